"""Argument handling shared by the namespace's functions: ``out=``, axes, shapes."""

from __future__ import annotations

import operator
from typing import Any

import ivy
from ivy_frontends.numpy import _dtypes
from ivy_frontends.numpy._ndarray import ndarray, to_ivy, wrap


def finish(result: Any, out: Any = None, name: str = "numpy") -> Any:
    """Wrap an ivy result; with ``out``, write it there (cast, like NumPy) and return ``out``."""
    if out is None:
        return wrap(result)
    if not isinstance(out, ndarray):
        raise TypeError(f"{name}: argument 'out' must be an array, got {type(out).__name__}")
    if tuple(result.shape) != out.shape:
        raise ValueError(f"{name}: argument 'out' has shape {out.shape}, the result has {tuple(result.shape)}")
    out._a = ivy.astype(result, out._a.dtype)
    return out


def axis_arg(axis: Any, ndim: int, name: str) -> Any:
    """A NumPy ``axis`` (int, tuple or ``None``) checked against ``ndim``, normalised to non-negative."""
    if axis is None:
        return None
    if isinstance(axis, (tuple, list)):
        return tuple(axis_arg(a, ndim, name) for a in axis)
    try:
        a = operator.index(axis)
    except TypeError:
        raise TypeError(f"{name}: argument 'axis' must be an integer or a tuple, got {type(axis).__name__}") from None
    if not -max(ndim, 1) <= a < max(ndim, 1):
        raise ivy.AxisError(f"{name}: axis {a} is out of bounds for array of dimension {ndim}")
    return a % max(ndim, 1)


def shape_arg(shape: Any, name: str) -> tuple[int, ...]:
    """A shape given as an int or a sequence of ints."""
    if isinstance(shape, ndarray):
        shape = shape.tolist()
    try:
        return (
            (operator.index(shape),)
            if not isinstance(shape, (tuple, list))
            else tuple(operator.index(s) for s in shape)
        )
    except TypeError:
        raise TypeError(f"{name}: argument 'shape' must be an int or a sequence of ints, got {shape!r}") from None


def dtype_arg(dtype: Any, name: str) -> ivy.DType | None:
    """``dtype=`` as an ``ivy.DType`` (``None`` passes)."""
    return _dtypes.optional(dtype, name)


def arr(x: Any, name: str, arg: str = "a", dtype: Any = None) -> ivy.Array:
    """An array argument as an ``ivy.Array``."""
    return to_ivy(x, dtype, name, arg)
