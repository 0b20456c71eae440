"""Comparisons of whole arrays and type tests: ``allclose``, ``isclose``, ``array_equal``, ``isscalar``..."""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends.numpy._helpers import arr
from ivy_frontends.numpy._ndarray import ndarray

__all__ = [
    "isclose",
    "allclose",
    "array_equal",
    "array_equiv",
    "isscalar",
    "isreal",
    "iscomplex",
    "isrealobj",
    "iscomplexobj",
    "isneginf",
    "isposinf",
    "iterable",
]


def isclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> ndarray:
    """``|a - b| <= atol + rtol * |b|`` elementwise; infinities equal only to themselves."""
    x, y = arr(a, "numpy.isclose", "a"), arr(b, "numpy.isclose", "b")
    d = ivy.result_type(x, y, 1.0)
    x, y = ivy.astype(x, d), ivy.astype(y, d)
    close = ivy.less_equal(ivy.abs(ivy.subtract(x, y)), ivy.add(atol, ivy.multiply(rtol, ivy.abs(y))))
    finite = ivy.logical_and(ivy.isfinite(x), ivy.isfinite(y))
    result = ivy.logical_or(ivy.logical_and(finite, close), ivy.equal(x, y))
    if equal_nan:
        result = ivy.logical_or(result, ivy.logical_and(ivy.isnan(x), ivy.isnan(y)))
    return ndarray(result)


def allclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> bool:
    """Whether every pair is ``isclose``."""
    return builtins.bool(ivy.all(isclose(a, b, rtol, atol, equal_nan)._a))


def array_equal(a1: Any, a2: Any, equal_nan: bool = False) -> bool:
    """Same shape and the same elements."""
    x, y = arr(a1, "numpy.array_equal", "a1"), arr(a2, "numpy.array_equal", "a2")
    if x.shape != y.shape:
        return False
    eq = ivy.equal(x, y)
    if equal_nan and x.dtype.kind in "fc" and y.dtype.kind in "fc":
        eq = ivy.logical_or(eq, ivy.logical_and(ivy.isnan(x), ivy.isnan(y)))
    return builtins.bool(ivy.all(eq))


def array_equiv(a1: Any, a2: Any) -> bool:
    """Equal after broadcasting (False when they do not broadcast)."""
    x, y = arr(a1, "numpy.array_equiv", "a1"), arr(a2, "numpy.array_equiv", "a2")
    try:
        ivy.broadcast_shapes(x.shape, y.shape)
    except ValueError:
        return False
    return builtins.bool(ivy.all(ivy.equal(x, y)))


def isscalar(element: Any) -> bool:
    """Whether ``element`` is a Python number, string or bytes (0-d arrays are not)."""
    return isinstance(element, (builtins.bool, int, float, complex, str, bytes))


def isreal(x: Any) -> ndarray:
    """Elementwise: imaginary part is zero."""
    a = arr(x, "numpy.isreal", "x")
    return ndarray(ivy.equal(ivy.imag(a), 0) if a.dtype.kind == "c" else ivy.ones_like(a, dtype=ivy.bool))


def iscomplex(x: Any) -> ndarray:
    """Elementwise: imaginary part is non-zero."""
    a = arr(x, "numpy.iscomplex", "x")
    return ndarray(ivy.not_equal(ivy.imag(a), 0) if a.dtype.kind == "c" else ivy.zeros_like(a, dtype=ivy.bool))


def isrealobj(x: Any) -> bool:
    """Whether ``x``'s dtype is not complex."""
    return arr(x, "numpy.isrealobj", "x").dtype.kind != "c"


def iscomplexobj(x: Any) -> bool:
    """Whether ``x``'s dtype is complex."""
    return arr(x, "numpy.iscomplexobj", "x").dtype.kind == "c"


def isneginf(x: Any, out: Any = None) -> ndarray:
    """Elementwise: equal to minus infinity."""
    a = arr(x, "numpy.isneginf", "x")
    return ndarray(ivy.logical_and(ivy.isinf(a), ivy.less(a, 0)))


def isposinf(x: Any, out: Any = None) -> ndarray:
    """Elementwise: equal to plus infinity."""
    a = arr(x, "numpy.isposinf", "x")
    return ndarray(ivy.logical_and(ivy.isinf(a), ivy.greater(a, 0)))


def iterable(y: Any) -> bool:
    """Whether ``iter(y)`` works."""
    try:
        iter(y)
    except TypeError:
        return False
    return True
