"""Elementwise functions that are not ufuncs: ``clip``, ``round``, ``nan_to_num``, ``angle``, ``interp``..."""

# ruff: noqa: A001, A002 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends.numpy._dtypes import float_for
from ivy_frontends.numpy._helpers import arr, finish
from ivy_frontends.numpy._ndarray import ndarray, operand

__all__ = ["clip", "round", "around", "nan_to_num", "real", "imag", "angle", "sinc", "fix", "interp", "i0"]


def clip(
    a: Any, a_min: Any = None, a_max: Any = None, out: Any = None, *, min: Any = None, max: Any = None, **kwargs: Any
) -> Any:
    """Values limited to ``[a_min, a_max]`` (either may be ``None``)."""
    x = arr(a, "numpy.clip")
    lo = a_min if a_min is not None else min
    hi = a_max if a_max is not None else max
    lo = None if lo is None else operand(lo, "numpy.clip", "a_min")
    hi = None if hi is None else operand(hi, "numpy.clip", "a_max")
    if lo is None and hi is None:
        return finish(x, out, "numpy.clip")
    result = x
    if lo is not None:
        result = ivy.maximum(result, lo)
    if hi is not None:
        result = ivy.minimum(result, hi)
    return finish(result, out, "numpy.clip")


def round(a: Any, decimals: int = 0, out: Any = None) -> Any:
    """Round half to even at ``decimals`` decimal places."""
    x = arr(a, "numpy.round")
    if x.dtype.kind in "biu":
        if decimals >= 0:
            return finish(x, out, "numpy.round")
        scale = 10 ** (-decimals)
        return finish(ivy.multiply(ivy.astype(ivy.round(ivy.divide(x, scale)), x.dtype), scale), out, "numpy.round")
    if decimals == 0:
        return finish(ivy.round(x), out, "numpy.round")
    scale = 10.0**decimals
    return finish(ivy.divide(ivy.round(ivy.multiply(x, scale)), scale), out, "numpy.round")


around = round


def nan_to_num(
    x: Any, copy: bool = True, nan: float = 0.0, posinf: float | None = None, neginf: float | None = None
) -> ndarray:
    """NaN and infinities replaced by finite numbers (the dtype's extremes by default)."""
    a = arr(x, "numpy.nan_to_num", "x")
    if a.dtype.kind not in "fc":
        return ndarray(a)
    if a.dtype.kind == "c":
        re = nan_to_num(ivy.real(a), copy, nan, posinf, neginf)._a
        im = nan_to_num(ivy.imag(a), copy, nan, posinf, neginf)._a
        return ndarray(ivy.add(ivy.astype(re, a.dtype), ivy.multiply(ivy.astype(im, a.dtype), 1j)))
    info = ivy.finfo(a.dtype)
    hi = info.max if posinf is None else posinf
    lo = info.min if neginf is None else neginf
    out = ivy.where(ivy.isnan(a), ivy.full_like(a, nan), a)
    out = ivy.where(ivy.logical_and(ivy.isinf(a), ivy.greater(a, 0)), ivy.full_like(a, hi), out)
    return ndarray(ivy.where(ivy.logical_and(ivy.isinf(a), ivy.less(a, 0)), ivy.full_like(a, lo), out))


def real(val: Any) -> ndarray:
    """The real part."""
    x = arr(val, "numpy.real", "val")
    return ndarray(ivy.real(x) if x.dtype.kind == "c" else x)


def imag(val: Any) -> ndarray:
    """The imaginary part (zeros for real input)."""
    x = arr(val, "numpy.imag", "val")
    return ndarray(ivy.imag(x) if x.dtype.kind == "c" else ivy.zeros_like(x))


def angle(z: Any, deg: bool = False) -> ndarray:
    """The argument of complex ``z`` (radians, or degrees)."""
    x = arr(z, "numpy.angle", "z")
    if x.dtype.kind == "c":
        result = ivy.atan2(ivy.imag(x), ivy.real(x))
    else:
        x = ivy.astype(x, float_for(x.dtype) if x.dtype.kind != "b" else ivy.float64) if x.dtype.kind != "f" else x
        if x.dtype is ivy.float16:
            x = ivy.astype(x, ivy.float64)
        result = ivy.atan2(ivy.zeros_like(x), x)
    return ndarray(ivy.multiply(result, 180.0 / math.pi) if deg else result)


def sinc(x: Any) -> ndarray:
    """``sin(pi x) / (pi x)``, 1 at 0."""
    a = arr(x, "numpy.sinc", "x")
    return ndarray(shared_math.sinc(a if a.dtype.kind in "fc" else ivy.astype(a, ivy.float64)))


def fix(x: Any, out: Any = None) -> Any:
    """Round towards zero."""
    return finish(ivy.trunc(arr(x, "numpy.fix", "x")), out, "numpy.fix")


def interp(x: Any, xp: Any, fp: Any, left: Any = None, right: Any = None, period: Any = None) -> ndarray:
    """Piecewise-linear interpolation of ``(xp, fp)`` at ``x`` (``xp`` increasing)."""
    if period is not None:
        raise NotImplementedError("numpy.interp: argument 'period' is not supported by the frontend")
    v = ivy.astype(arr(x, "numpy.interp", "x"), ivy.float64)
    xs = ivy.astype(arr(xp, "numpy.interp", "xp"), ivy.float64)
    fs = arr(fp, "numpy.interp", "fp")
    fs = fs if fs.dtype.kind in "fc" else ivy.astype(fs, ivy.float64)
    n = xs.shape[0]
    if n == 0 or fs.shape[0] != n:
        raise ValueError("numpy.interp: fp and xp are not of the same length, or are empty")
    i = ivy.clip(ivy.subtract(ivy.searchsorted(xs, v, side="right"), 1), 0, max(n - 2, 0))
    j = ivy.clip(ivy.add(i, 1), 0, n - 1)
    x0, x1 = ivy.take(xs, i), ivy.take(xs, j)
    f0, f1 = ivy.take(fs, i), ivy.take(fs, j)
    slope = ivy.divide(ivy.subtract(f1, f0), ivy.where(ivy.equal(x1, x0), ivy.ones_like(x1), ivy.subtract(x1, x0)))
    result = ivy.add(f0, ivy.multiply(slope, ivy.subtract(v, x0)))
    result = ivy.where(ivy.equal(v, x1), f1, result)
    lo = fs[0] if left is None else left
    hi = fs[-1] if right is None else right
    result = ivy.where(ivy.less(v, xs[0]), ivy.astype(ivy.asarray(lo), result.dtype), result)
    return ndarray(ivy.where(ivy.greater(v, xs[-1]), ivy.astype(ivy.asarray(hi), result.dtype), result))


def i0(x: Any) -> ndarray:
    """Modified Bessel function of the first kind, order 0 (the core's ``ivy.i0``; else a 60-term power series)."""
    a = arr(x, "numpy.i0", "x")
    a = a if a.dtype.kind == "f" else ivy.astype(a, ivy.float64)
    if hasattr(ivy, "i0"):  # the core's, once it has one
        return ndarray(ivy.i0(a))
    q = ivy.divide(ivy.square(a), 4.0)
    term = ivy.ones_like(a)
    total = ivy.ones_like(a)
    for k in range(1, 60):
        term = ivy.divide(ivy.multiply(term, q), float(k * k))
        total = ivy.add(total, term)
    return ndarray(total)
