"""NumPy as the oracle: the same inputs, given to NumPy and to the tensorflow backend."""

from __future__ import annotations

import numpy as np

import ivy

#: ivy dtypes this backend and NumPy share (bfloat16 is not a NumPy dtype)
DTYPES = [d for d in ivy._dtypes.ALL_DTYPES if d is not ivy.bfloat16]
INTEGERS = [d for d in DTYPES if d.kind in "iu"]
UNSIGNED = [d for d in DTYPES if d.kind == "u"]
REAL = [d for d in DTYPES if d.kind in "iuf"]
FLOATS = [d for d in DTYPES if d.kind == "f"]


def np_dtype(dtype) -> np.dtype:
    return np.dtype(dtype.name)


def to_numpy(x) -> np.ndarray:
    return np.asarray(ivy.to_native(x))


def tolerance(dtype) -> float:
    return {"float16": 2e-3, "float32": 2e-6, "complex64": 2e-6, "float64": 1e-12, "complex128": 1e-12}.get(
        dtype.name, 0.0
    )


def assert_same(result, expected: np.ndarray, *, rtol: float | None = None) -> None:
    """``result`` (an ivy.Array) has NumPy's dtype, shape and values (NaN where NumPy has NaN)."""
    got = to_numpy(result)
    assert result.dtype.name == np.dtype(expected.dtype).name, f"dtype {result.dtype.name} != {expected.dtype}"
    assert got.shape == expected.shape, f"shape {got.shape} != {expected.shape}"
    tol = tolerance(result.dtype) if rtol is None else rtol
    if expected.dtype.kind in "fc":
        np.testing.assert_allclose(got, expected, rtol=tol, atol=tol, equal_nan=True)
    else:
        np.testing.assert_array_equal(got, expected)
