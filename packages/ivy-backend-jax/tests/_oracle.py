"""Helpers shared by the differential tests: NumPy is the oracle."""

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

INTEGER = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
REAL = ["float16", "float32", "float64"]
COMPLEX = ["complex64", "complex128"]
NUMERIC = INTEGER + REAL + COMPLEX
REAL_NUMERIC = INTEGER + REAL
ALL = ["bool", *NUMERIC]

#: Relative tolerance that fits each float dtype's precision (a few ulps).
RTOL = {"float16": 4e-3, "float32": 4e-6, "float64": 1e-13, "complex64": 4e-6, "complex128": 1e-13}

SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)


def elements(dtype: str, bound: float | None = None, finite: bool = False):
    """Values of ``dtype``: any (NaN and infinities included unless ``finite``),
    or within ``[-bound, bound]`` (``[0, bound]`` for unsigned integers)."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return st.booleans()
    if dt.kind in "iu":
        info = np.iinfo(dt)
        low, high = (info.min, info.max) if bound is None else (max(info.min, -int(bound)), min(info.max, int(bound)))
        return st.integers(low, high)
    finite = finite or bound is not None
    if dt.kind == "f":
        limits = {} if bound is None else {"min_value": -bound, "max_value": bound}
        return st.floats(
            width=dt.itemsize * 8, allow_subnormal=False, allow_nan=not finite, allow_infinity=not finite, **limits
        )
    return st.complex_numbers(
        width=dt.itemsize * 8,
        allow_subnormal=False,
        allow_nan=not finite,
        allow_infinity=not finite,
        max_magnitude=bound,
    )


def arrays(dtype: str, shape=SHAPES, bound: float | None = None, finite: bool = False):
    return hnp.arrays(np.dtype(dtype), shape, elements=elements(dtype, bound, finite))


def to_ivy(a: np.ndarray) -> ivy.Array:
    return ivy.asarray(a, dtype=getattr(ivy, a.dtype.name))


def to_numpy(x: ivy.Array) -> np.ndarray:
    return np.asarray(x)


def assert_same(
    result: ivy.Array, expected: np.ndarray, dtype: str | None = None, exact: bool = False, atol: float = 0.0
) -> None:
    """``result`` has ``expected``'s shape, the dtype ``dtype`` (default: expected's) and its values:
    exactly for integers and booleans (and when ``exact``), within the dtype's tolerance for floats;
    NaNs match NaNs."""
    dtype = dtype or expected.dtype.name
    assert result.dtype == getattr(ivy, dtype), (result.dtype, dtype)
    got = to_numpy(result)
    assert got.shape == expected.shape, (got.shape, expected.shape)
    expected = expected.astype(dtype)
    if got.dtype.kind in "fc" and not exact:
        np.testing.assert_allclose(got, expected, rtol=RTOL[dtype], atol=atol, equal_nan=True)
    else:
        np.testing.assert_array_equal(got, expected)
