"""Elementwise ``jax.lax`` primitives on ivy arrays: name -> function of ivy arrays (and params).

XLA's semantics where they differ from NumPy's: integer ``div`` truncates toward
zero, ``rem`` takes the dividend's sign, ``max``/``min`` propagate NaN, ``round``
has a rounding method, ``and``/``or``/``not`` are bitwise on integers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math


def _div(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    if x.dtype.kind in "iu":
        q = ivy.floor_divide(x, y)
        r = ivy.remainder(x, y)
        fix = (r != 0) & ((x < 0) != (y < 0))
        return ivy.where(fix, q + 1, q)
    return ivy.divide(x, y)


def _rem(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    if x.dtype.kind in "iu":
        r = ivy.remainder(x, y)
        return ivy.where((r != 0) & ((r < 0) != (x < 0)), r - y, r)
    return x - ivy.trunc(x / y) * y


def _bitwise(fn_bool: Callable[..., Any], fn_int: Callable[..., Any]) -> Callable[..., Any]:
    def run(x: ivy.Array, y: ivy.Array) -> ivy.Array:
        return fn_bool(x, y) if x.dtype.kind == "b" else fn_int(x, y)

    return run


def _not(x: ivy.Array) -> ivy.Array:
    return ivy.logical_not(x) if x.dtype.kind == "b" else ivy.bitwise_invert(x)


def _pow(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    if y.dtype != x.dtype and y.dtype.kind in "iu":
        y = ivy.astype(y, x.dtype)
    return ivy.pow(x, y)


def integer_pow(x: ivy.Array, y: int) -> ivy.Array:
    """x ** y by repeated squaring (exact for integers)."""
    n = abs(int(y))
    acc, base = None, x
    while n:
        if n & 1:
            acc = base if acc is None else acc * base
        n >>= 1
        if n:
            base = base * base
    if acc is None:
        acc = ivy.ones_like(x)
    return ivy.reciprocal(acc) if y < 0 else acc


def _round(x: ivy.Array, rounding_method: Any = 0) -> ivy.Array:
    if int(rounding_method) == 1:  # TO_NEAREST_EVEN
        return ivy.round(x)
    return ivy.sign(x) * ivy.floor(ivy.abs(x) + 0.5)


def _rsqrt(x: ivy.Array) -> ivy.Array:
    return ivy.reciprocal(ivy.sqrt(x))


def _cbrt(x: ivy.Array) -> ivy.Array:
    return ivy.sign(x) * ivy.pow(ivy.abs(x), ivy.full_like(x, 1.0 / 3.0))


def _exp2(x: ivy.Array) -> ivy.Array:
    return ivy.exp(x * 0.6931471805599453)


def _erfc(x: ivy.Array) -> ivy.Array:
    return 1.0 - ivy.erf(x)


def _sign(x: ivy.Array) -> ivy.Array:
    return ivy.sign(x)


def _shift_right_logical(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    if x.dtype.kind == "u":
        return ivy.bitwise_right_shift(x, y)
    bits = x.dtype.bits
    unsigned = getattr(ivy, f"uint{bits}")
    return ivy.astype(ivy.bitwise_right_shift(ivy.astype(x, unsigned), ivy.astype(y, unsigned)), x.dtype)


def _complex(x: ivy.Array, y: ivy.Array) -> ivy.Array:
    c = ivy.complex128 if x.dtype == ivy.float64 else ivy.complex64
    return ivy.astype(x, c) + ivy.astype(y, c) * ivy.asarray(1j, dtype=c)


def _is_finite(x: ivy.Array) -> ivy.Array:
    return ivy.isfinite(x)


#: primitive name -> function of ivy arrays
UNARY: dict[str, Callable[..., ivy.Array]] = {
    "neg": ivy.negative,
    "exp": ivy.exp,
    "exp2": _exp2,
    "log": ivy.log,
    "log1p": ivy.log1p,
    "expm1": ivy.expm1,
    "logistic": ivy.nn.sigmoid,
    **shared_math.TRIGONOMETRIC,
    "sqrt": ivy.sqrt,
    "rsqrt": _rsqrt,
    "cbrt": _cbrt,
    "erf": ivy.erf,
    "erfc": _erfc,
    "erf_inv": ivy.erfinv,
    "abs": ivy.abs,
    "sign": _sign,
    "floor": ivy.floor,
    "ceil": ivy.ceil,
    "is_finite": _is_finite,
    "square": ivy.square,
    "conj": ivy.conj,
    "real": ivy.real,
    "imag": ivy.imag,
    "not": _not,
    "stop_gradient": ivy.stop_gradient,
}

BINARY: dict[str, Callable[..., ivy.Array]] = {
    "add": ivy.add,
    "sub": ivy.subtract,
    "mul": ivy.multiply,
    "div": _div,
    "rem": _rem,
    "pow": _pow,
    "max": shared_math.maximum,
    "min": shared_math.minimum,
    "atan2": ivy.atan2,
    "nextafter": ivy.nextafter,
    "and": _bitwise(ivy.logical_and, ivy.bitwise_and),
    "or": _bitwise(ivy.logical_or, ivy.bitwise_or),
    "xor": _bitwise(ivy.logical_xor, ivy.bitwise_xor),
    "eq": ivy.equal,
    "ne": ivy.not_equal,
    "lt": ivy.less,
    "le": ivy.less_equal,
    "gt": ivy.greater,
    "ge": ivy.greater_equal,
    "shift_left": ivy.bitwise_left_shift,
    "shift_right_arithmetic": ivy.bitwise_right_shift,
    "shift_right_logical": _shift_right_logical,
    "complex": _complex,
}

WITH_PARAMS: dict[str, Callable[..., ivy.Array]] = {"integer_pow": integer_pow, "round": _round}
