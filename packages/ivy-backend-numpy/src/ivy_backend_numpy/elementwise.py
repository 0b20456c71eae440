"""Elementwise functions. Most NumPy ufuncs already have the standard's
semantics and are bound directly; the rest are adapted here."""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np

from ivy.plugin import hookimpl, native_impls

globals().update(
    native_impls(
        abs=np.abs,
        acos=np.acos,
        acosh=np.acosh,
        add=np.add,
        asin=np.asin,
        asinh=np.asinh,
        atan=np.atan,
        atan2=np.atan2,
        atanh=np.atanh,
        bitwise_and=np.bitwise_and,
        bitwise_left_shift=np.left_shift,
        bitwise_invert=np.invert,
        bitwise_or=np.bitwise_or,
        bitwise_right_shift=np.right_shift,
        bitwise_xor=np.bitwise_xor,
        conj=np.conj,
        copysign=np.copysign,
        cos=np.cos,
        cosh=np.cosh,
        divide=np.divide,
        equal=np.equal,
        exp=np.exp,
        greater=np.greater,
        greater_equal=np.greater_equal,
        hypot=np.hypot,
        isfinite=np.isfinite,
        isinf=np.isinf,
        isnan=np.isnan,
        less=np.less,
        less_equal=np.less_equal,
        log=np.log,
        log1p=np.log1p,
        log2=np.log2,
        log10=np.log10,
        logaddexp=np.logaddexp,
        logical_and=np.logical_and,
        logical_not=np.logical_not,
        logical_or=np.logical_or,
        logical_xor=np.logical_xor,
        maximum=np.maximum,
        minimum=np.minimum,
        multiply=np.multiply,
        negative=np.negative,
        nextafter=np.nextafter,
        not_equal=np.not_equal,
        positive=np.positive,
        pow=np.power,
        remainder=np.remainder,
        round=np.round,
        signbit=np.signbit,
        sin=np.sin,
        sinh=np.sinh,
        square=np.square,
        sqrt=np.sqrt,
        subtract=np.subtract,
        tan=np.tan,
    )
)


def _integral_or_bool(x: Any) -> bool:
    return x.dtype.kind in "biu"


@hookimpl
def ceil(x: Any) -> Any:
    return np.array(x, copy=True) if _integral_or_bool(x) else np.ceil(x)


@hookimpl
def floor(x: Any) -> Any:
    return np.array(x, copy=True) if _integral_or_bool(x) else np.floor(x)


@hookimpl
def trunc(x: Any) -> Any:
    return np.array(x, copy=True) if _integral_or_bool(x) else np.trunc(x)


@hookimpl
def sign(x: Any) -> Any:
    return np.sign(x)


@hookimpl
def reciprocal(x: Any) -> Any:
    return np.reciprocal(x) if x.dtype.kind in "fc" else np.divide(1.0, x)


@hookimpl
def real(x: Any) -> Any:
    return np.real(x) if x.dtype.kind == "c" else np.array(x, copy=True)


@hookimpl
def imag(x: Any) -> Any:
    return np.imag(x)


@hookimpl
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    if min is None and max is None:
        return np.array(x, copy=True)
    dtype = x.dtype
    if dtype.kind in "iu":  # Python bounds beyond the dtype's range saturate to it
        info = np.iinfo(dtype)
        min, max = (  # noqa: A001
            builtins.min(builtins.max(v, info.min), info.max) if isinstance(v, int) else v for v in (min, max)
        )
    result = np.clip(x, min, max)
    return result.astype(dtype, copy=False) if result.dtype != dtype else result


@hookimpl
def expm1(x: Any) -> Any:
    if x.dtype.kind != "c":
        return np.expm1(x)
    # exp(a + ib) - 1 = expm1(a) cos(b) - 2 sin(b/2)^2 + i e^a sin(b): accurate near 0;
    # non-finite inputs take exp(z) - 1, whose special values are the standard's.
    a, b = np.real(x), np.imag(x)
    with np.errstate(all="ignore"):
        accurate = (np.expm1(a) * np.cos(b) - 2 * np.sin(b / 2) ** 2 + 0.0) + 1j * (np.exp(a) * np.sin(b))
        naive = np.exp(x) - 1
    return np.where(np.isfinite(x), accurate, naive).astype(x.dtype, copy=False)


@hookimpl
def floor_divide(x1: Any, x2: Any) -> Any:
    result = np.floor_divide(x1, x2)
    if result.dtype.kind != "f":
        return result
    # NumPy follows Python's divmod, which gives nan for inf // finite and -1 for
    # 1 // -inf; the standard asks for floor(x1 / x2) there.
    with np.errstate(all="ignore"):
        infinite = np.isinf(x1) | np.isinf(x2)
        if not infinite.any():
            return result
        return np.where(infinite, np.floor(np.divide(x1, x2)), result).astype(result.dtype, copy=False)


@hookimpl
def tanh(x: Any) -> Any:
    result = np.tanh(x)
    if x.dtype.kind != "c":
        return result
    # tanh(±inf + iy) for finite y is ±1 with an imaginary zero signed like y
    # (the standard); C's ctanh signs that zero like sin(2y).
    edge = np.isinf(x.real) & np.isfinite(x.imag)
    if not edge.any():
        return result
    result = np.array(result, copy=True)
    result.imag[edge] = np.copysign(0.0, x.imag[edge])
    return result
