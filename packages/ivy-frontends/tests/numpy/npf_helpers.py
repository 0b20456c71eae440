"""Shared helpers (a uniquely named module, so it never collides with another suite's conftest).

Run a call in real NumPy and in the frontend on the same inputs, compare with dtype-fit tolerances."""

from __future__ import annotations

import os
from typing import Any

import numpy as real
import pytest

import ivy

ivy.set_backend(os.environ.get("IVY_BACKEND", "numpy"))

import ivy_frontends.numpy as fnp  # noqa: E402

#: Relative tolerance by result dtype: a few units in the last place of that dtype, looser for float16.
RTOL = {"float16": 2e-3, "float32": 2e-5, "complex64": 2e-5, "float64": 1e-9, "complex128": 1e-9}


def to_frontend(x: Any) -> Any:
    """Real NumPy inputs as frontend inputs (arrays converted, containers mapped, the rest as is)."""
    if isinstance(x, real.ndarray):
        return fnp.asarray(x)
    if isinstance(x, real.generic):
        return fnp.asarray(real.asarray(x))
    if isinstance(x, list):
        return [to_frontend(v) for v in x]
    if isinstance(x, tuple):
        return tuple(to_frontend(v) for v in x)
    if isinstance(x, dict):
        return {k: to_frontend(v) for k, v in x.items()}
    if isinstance(x, real.dtype) or (isinstance(x, type) and issubclass(x, real.generic)):
        return fnp.dtype(real.dtype(x).name)
    return x


def assert_same(ours: Any, theirs: Any, rtol: float | None = None, atol: float = 0.0, check_dtype: bool = True) -> None:
    """``ours`` (frontend) equals ``theirs`` (real NumPy): structure, shape, dtype and values."""
    if isinstance(theirs, real.dtype):
        assert ours.name == theirs.name, f"dtype {ours.name} != NumPy's {theirs.name}"
        return
    if isinstance(theirs, (tuple, list)) and not isinstance(ours, fnp.ndarray):
        assert isinstance(ours, (tuple, list)), f"expected a sequence, got {type(ours).__name__}"
        assert len(ours) == len(theirs)
        for o, t in zip(ours, theirs):
            assert_same(o, t, rtol, atol, check_dtype)
        return
    if isinstance(theirs, (bool, int, float, complex)) and not isinstance(ours, fnp.ndarray):
        assert type(ours) is type(theirs) or (isinstance(theirs, float) and isinstance(ours, (float, int)))
        theirs = real.asarray(theirs)
        ours_np = real.asarray(ours)
    else:
        assert isinstance(ours, fnp.ndarray), f"expected an ndarray, got {type(ours).__name__}: {ours!r}"
        theirs = real.asarray(theirs)
        ours_np = real.asarray(ours)
        if check_dtype:
            assert ours.dtype.name == theirs.dtype.name, f"dtype {ours.dtype.name} != NumPy's {theirs.dtype.name}"
    assert ours_np.shape == theirs.shape, f"shape {ours_np.shape} != NumPy's {theirs.shape}"
    if theirs.dtype.kind in "fc":
        tol = RTOL.get(theirs.dtype.name, 1e-9) if rtol is None else rtol
        real.testing.assert_allclose(ours_np, theirs, rtol=tol, atol=atol or tol, equal_nan=True)
    else:
        real.testing.assert_array_equal(ours_np, theirs)


def resolve(module: Any, path: str) -> Any:
    for part in path.split("."):
        module = getattr(module, part)
    return module


def differential(path: str, args: tuple, kwargs: dict | None = None, **tol: Any) -> None:
    """Call ``numpy.<path>`` and the frontend's on the same inputs; errors must match in kind."""
    kwargs = kwargs or {}
    try:
        theirs = resolve(real, path)(*args, **kwargs)
    except Exception as error:  # NumPy refuses: the frontend must refuse with an exception of the same family
        kind = ValueError if isinstance(error, ValueError) else TypeError if isinstance(error, TypeError) else Exception
        with pytest.raises(kind):
            resolve(fnp, path)(*to_frontend(args), **to_frontend(kwargs))
        return
    ours = resolve(fnp, path)(*to_frontend(args), **to_frontend(kwargs))
    assert_same(ours, theirs, **tol)
