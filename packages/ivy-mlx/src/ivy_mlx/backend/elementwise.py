"""Elementwise functions: MLX's kernels after the core's promotion (MLX promotes
its own way, e.g. ``int8 + 1000`` fails), adapted where MLX differs from the standard."""

from __future__ import annotations

from typing import Any

import mlx.core as mx

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import (
    FLOATS,
    INTEGERS,
    UNSIGNED,
    any_hook,
    binary_hook,
    floating_hook,
    promoted,
)


def _exact(native: Any) -> Any:
    """A rounding function: integers and booleans are already whole (a copy of them)."""

    def function(x: Any) -> Any:
        return mx.array(x) if x.dtype in INTEGERS or x.dtype == mx.bool_ else native(x)

    return function


def _logical(native: Any) -> Any:
    return lambda x1, x2: native(mx.array(x1).astype(mx.bool_), mx.array(x2).astype(mx.bool_))


def _signbit(x: Any) -> Any:
    if x.dtype in FLOATS:
        return (x < 0) | ((x == 0) & (mx.reciprocal(x) < 0))
    return x < 0


def _copysign(x1: Any, x2: Any) -> Any:
    return mx.where(_signbit(x2), -mx.abs(x1), mx.abs(x1))


def _hypot(x1: Any, x2: Any) -> Any:
    a, b = mx.abs(x1), mx.abs(x2)
    big, small = mx.maximum(a, b), mx.minimum(a, b)
    ratio = mx.where(big == 0, mx.zeros_like(big), small / mx.where(big == 0, mx.ones_like(big), big))
    result = big * mx.sqrt(1 + ratio * ratio)
    return mx.where(mx.isinf(a) | mx.isinf(b), mx.full(a.shape, float("inf"), dtype=a.dtype), result)


def _integer_safe(native: Any, by_zero: int, by_minus_one: Any) -> Any:
    """An integer division kernel that never divides by 0 or -1: MLX's CPU kernels trap
    (SIGFPE kills the process) on ``x // 0`` and ``INT_MIN // -1``. The standard leaves
    division by zero to the implementation: 0, as NumPy gives."""

    def function(x1: Any, x2: Any) -> Any:
        if x1.dtype not in INTEGERS:
            return native(x1, x2)
        x1, x2 = mx.broadcast_arrays(x1, x2)
        if x2.dtype in UNSIGNED:
            result = native(x1, mx.where(x2 == 0, mx.ones_like(x2), x2))
            return mx.where(x2 == 0, mx.full(result.shape, by_zero, dtype=result.dtype), result)
        special = (x2 == 0) | (x2 == -1)
        result = native(x1, mx.where(special, mx.ones_like(x2), x2))
        result = mx.where(x2 == -1, by_minus_one(x1), result)
        return mx.where(x2 == 0, mx.full(result.shape, by_zero, dtype=result.dtype), result)

    return function


def _floor_divide(x1: Any, x2: Any) -> Any:
    if x1.dtype in FLOATS:
        return mx.floor(x1 / x2)
    return _integer_safe(mx.floor_divide, 0, lambda x: mx.zeros_like(x) - x)(x1, x2)


_remainder = _integer_safe(mx.remainder, 0, mx.zeros_like)


abs = any_hook("abs", mx.abs)  # noqa: A001 - the standard's name
acos = floating_hook("acos", mx.arccos)
acosh = floating_hook("acosh", mx.arccosh)
asin = floating_hook("asin", mx.arcsin)
asinh = floating_hook("asinh", mx.arcsinh)
atan = floating_hook("atan", mx.arctan)
atanh = floating_hook("atanh", mx.arctanh)
cos = floating_hook("cos", mx.cos)
cosh = floating_hook("cosh", mx.cosh)
exp = floating_hook("exp", mx.exp)
expm1 = floating_hook("expm1", mx.expm1)
log = floating_hook("log", mx.log)
log1p = floating_hook("log1p", mx.log1p)
log2 = floating_hook("log2", mx.log2)
log10 = floating_hook("log10", mx.log10)
sin = floating_hook("sin", mx.sin)
sinh = floating_hook("sinh", mx.sinh)
sqrt = floating_hook("sqrt", mx.sqrt)
tan = floating_hook("tan", mx.tan)
tanh = floating_hook("tanh", mx.tanh)
reciprocal = floating_hook("reciprocal", mx.reciprocal)
bitwise_invert = any_hook("bitwise_invert", mx.bitwise_invert)
conj = any_hook("conj", mx.conjugate)
isfinite = any_hook("isfinite", mx.isfinite)
isinf = any_hook("isinf", mx.isinf)
isnan = any_hook("isnan", mx.isnan)
logical_not = any_hook("logical_not", lambda x: mx.logical_not(x.astype(mx.bool_)))
negative = any_hook("negative", mx.negative)
positive = any_hook("positive", mx.array)
square = any_hook("square", mx.square)
sign = any_hook("sign", mx.sign)
signbit = any_hook("signbit", _signbit)
ceil = any_hook("ceil", _exact(mx.ceil))
floor = any_hook("floor", _exact(mx.floor))
round = any_hook("round", _exact(mx.round))  # noqa: A001 - the standard's name
trunc = any_hook("trunc", _exact(lambda x: mx.where(x < 0, mx.ceil(x), mx.floor(x))))
real = any_hook("real", lambda x: mx.real(x) if x.dtype == mx.complex64 else mx.array(x))
imag = any_hook("imag", mx.imag)

add = binary_hook("add", mx.add)
subtract = binary_hook("subtract", mx.subtract)
multiply = binary_hook("multiply", mx.multiply)
divide = binary_hook("divide", _integer_safe(mx.divide, 0, lambda x: mx.zeros_like(x) - x))
floor_divide = binary_hook("floor_divide", _floor_divide)
remainder = binary_hook("remainder", _remainder)
pow = binary_hook("pow", mx.power)  # noqa: A001 - the standard's name
atan2 = binary_hook("atan2", mx.arctan2)
copysign = binary_hook("copysign", _copysign)
hypot = binary_hook("hypot", _hypot)
logaddexp = binary_hook("logaddexp", mx.logaddexp)
maximum = binary_hook("maximum", mx.maximum)
minimum = binary_hook("minimum", mx.minimum)
equal = binary_hook("equal", mx.equal)
not_equal = binary_hook("not_equal", mx.not_equal)
greater = binary_hook("greater", mx.greater)
greater_equal = binary_hook("greater_equal", mx.greater_equal)
less = binary_hook("less", mx.less)
less_equal = binary_hook("less_equal", mx.less_equal)
bitwise_and = binary_hook("bitwise_and", mx.bitwise_and)
bitwise_or = binary_hook("bitwise_or", mx.bitwise_or)
bitwise_xor = binary_hook("bitwise_xor", mx.bitwise_xor)
bitwise_left_shift = binary_hook("bitwise_left_shift", mx.left_shift)
bitwise_right_shift = binary_hook("bitwise_right_shift", mx.right_shift)
logical_and = binary_hook("logical_and", _logical(mx.logical_and))
logical_or = binary_hook("logical_or", _logical(mx.logical_or))
logical_xor = binary_hook("logical_xor", _logical(mx.not_equal))


@hookimpl
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    result = x
    if min is not None:
        result = promoted(mx.maximum)(result, min).astype(x.dtype)
    if max is not None:
        result = promoted(mx.minimum)(result, max).astype(x.dtype)
    return mx.array(result) if result is x else result
