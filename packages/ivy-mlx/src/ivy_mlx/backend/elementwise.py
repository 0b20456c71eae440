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


#: e^-700: scales the results below e^-709.78, where expm1(-x) overflows, into the subnormals
_TINY = 9.859676543759770e-305


def _exp64(x: Any) -> Any:
    """Float64 ``e^x`` from MLX's exact ``expm1`` (its CPU ``exp`` computes float64 in single
    precision, inf above 88.7): ``expm1(x) + 1`` for ``x >= 0``, ``1 / (expm1(-x) + 1)`` below
    (within 2 ulp, no cancellation), scaled by e^-700 under -700."""
    deep = x < -700
    m = mx.expm1(mx.abs(mx.where(deep, x + 700, x)))
    small = mx.reciprocal(m + 1)
    return mx.where(x >= 0, m + 1, mx.where(deep, small * _TINY, small))


def _cos_sin(x: Any) -> tuple[Any, Any]:
    """Float64 cosine and sine from MLX's exact ``tan`` (its ``sin``/``cos`` are single
    precision for float64): ``|cos x| = 1 / sqrt(1 + tan^2 x)``, with the sign of
    ``1 - tan^2(x / 2)``, and ``sin x = tan x * cos x`` (signed zeros kept)."""
    t = mx.tan(x)
    sign = mx.where(mx.abs(mx.tan(x / 2)) > 1, -1.0, 1.0).astype(x.dtype)
    cos = sign * mx.rsqrt(1 + t * t)
    return cos, t * cos


def _precise(function: Any, derivative: Any) -> Any:
    """``function`` for float64 with a gradient from ``derivative(x, y)``: MLX's own vjps
    of exp, sin, cos and tan evaluate its single-precision float64 kernels."""
    custom = mx.custom_function(function)

    @custom.vjp
    def vjp(x: Any, cotangent: Any, output: Any) -> Any:
        return cotangent * derivative(x, output)

    return custom


_EXP64 = _precise(_exp64, lambda x, y: y)
_COS64 = _precise(lambda x: _cos_sin(x)[0], lambda x, y: -_SIN64(x))  # custom again: second derivatives
_SIN64 = _precise(lambda x: _cos_sin(x)[1], lambda x, y: _COS64(x))
_TAN64 = _precise(mx.tan, lambda x, y: 1 + y * y)
_EXPM164 = _precise(mx.expm1, lambda x, y: y + 1)


def _float64(precise: Any, native: Any) -> Any:
    """``precise`` for float64 arrays, ``native`` for the rest."""
    return lambda x: precise(x) if x.dtype == mx.float64 else native(x)


_exp = _float64(_EXP64, mx.exp)
_cos = _float64(_COS64, mx.cos)
_sin = _float64(_SIN64, lambda x: mx.where(x == 0, x, mx.sin(x)))  # MLX's sin(-0.0) is +0.0
_tan = _float64(_TAN64, mx.tan)


def _complex_expm1(z: Any) -> Any:
    """``e^z - 1`` for complex64 (MLX has no complex expm1), without cancellation near 0:
    the real part is ``expm1(a) cos b - 2 sin^2(b / 2)``."""
    a, b = mx.real(z), mx.imag(z)
    half = mx.sin(b / 2)
    real = mx.expm1(a) * mx.cos(b) - 2 * half * half
    return real + 1j * (mx.exp(a) * mx.sin(b))


_expm1 = _float64(_EXPM164, lambda x: _complex_expm1(x) if x.dtype == mx.complex64 else mx.expm1(x))


def _logaddexp(x1: Any, x2: Any) -> Any:
    """``max + log1p(e^-|x1 - x2|)`` on the precise ``_exp`` for float64 (equal infinities kept)."""
    if x1.dtype != mx.float64:
        return mx.logaddexp(x1, x2) + 0.0  # a zero result is +0.0 (MLX gives logaddexp(-inf, -0.0) = -0.0)
    big = mx.maximum(x1, x2)
    spread = _EXP64(-mx.abs(x1 - x2))
    return mx.where(x1 == x2, x1 + 0.6931471805599453, big + mx.log1p(spread)) + 0.0


#: a float dtype -> the signed integer of its width (to step through its bit patterns)
_BITS = {mx.float16: mx.int16, mx.bfloat16: mx.int16, mx.float32: mx.int32, mx.float64: mx.int64}


def _nextafter(x1: Any, x2: Any) -> Any:
    """The next float after ``x1`` towards ``x2``: one step of ``x1``'s bit pattern (away
    from zero when moving away from it), the smallest subnormal of ``x2``'s sign from zero."""
    x1, x2 = mx.broadcast_arrays(x1, x2)
    bits = x1.view(_BITS[x1.dtype])
    away = (x2 > x1) == (x1 > 0)
    stepped = mx.where(away, bits + 1, bits - 1).view(x1.dtype)
    tiny = mx.ones_like(bits).view(x1.dtype)
    from_zero = mx.where(x2 > 0, tiny, -tiny)
    result = mx.where(x1 == 0, from_zero, stepped)
    result = mx.where(x1 == x2, x2, result)
    return mx.where(mx.isnan(x1) | mx.isnan(x2), x1 + x2, result)


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
    if x1.dtype in FLOATS:  # a quotient that underflows to -0.0 floors to -1 (Python's rule)
        quotient = mx.floor(x1 / x2)
        below = (quotient == 0) & (x1 != 0) & ((x1 < 0) != (x2 < 0)) & ~mx.isinf(x1)
        return mx.where(below, mx.full(quotient.shape, -1.0, dtype=quotient.dtype), quotient)
    return _integer_safe(mx.floor_divide, 0, lambda x: mx.zeros_like(x) - x)(x1, x2)


def _float_remainder(x1: Any, x2: Any) -> Any:
    """MLX's remainder, with a zero result signed as the divisor (the standard's rule; MLX
    keeps the dividend's sign)."""
    result = mx.remainder(x1, x2)
    if result.dtype not in FLOATS:
        return result
    return mx.where(result == 0, _copysign(mx.zeros_like(result), x2), result)


_remainder = _integer_safe(_float_remainder, 0, mx.zeros_like)


abs = any_hook("abs", mx.abs)  # noqa: A001 - the standard's name
acos = floating_hook("acos", mx.arccos)
acosh = floating_hook("acosh", mx.arccosh)
asin = floating_hook("asin", mx.arcsin)
asinh = floating_hook("asinh", mx.arcsinh)
atan = floating_hook("atan", mx.arctan)
atanh = floating_hook("atanh", mx.arctanh)
cos = floating_hook("cos", _cos)
cosh = floating_hook("cosh", mx.cosh)
exp = floating_hook("exp", _exp)
expm1 = floating_hook("expm1", _expm1)
log = floating_hook("log", mx.log)
log1p = floating_hook("log1p", mx.log1p)
log2 = floating_hook("log2", mx.log2)
log10 = floating_hook("log10", mx.log10)
sin = floating_hook("sin", _sin)
sinh = floating_hook("sinh", mx.sinh)
sqrt = floating_hook("sqrt", mx.sqrt)
tan = floating_hook("tan", _tan)
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
sign = any_hook("sign", lambda x: mx.where(mx.isnan(x), x, mx.sign(x)) if x.dtype in FLOATS else mx.sign(x))
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
nextafter = binary_hook("nextafter", _nextafter)
logaddexp = binary_hook("logaddexp", _logaddexp)
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
