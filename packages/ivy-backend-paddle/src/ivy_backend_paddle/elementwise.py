"""Elementwise functions.

Most Paddle functions have the standard's semantics once their operands have
the core's promoted dtype and a dtype Paddle has a kernel for (see
``_common.unary`` and ``_common.binary``); the few that differ are adapted
below.
"""

from __future__ import annotations

import builtins
import math
from typing import Any

import paddle
from paddle import _C_ops

from ivy_backend_paddle._common import (
    BF16,
    BOOL,
    C64,
    C128,
    COMPLEX,
    F16,
    F32,
    F64,
    HALF,
    I8,
    I16,
    I32,
    I64,
    IINFO,
    INTEGRAL,
    TENSORS,
    U8,
    WIDE,
    Tensor,
    binary,
    binary_hooks,
    cast,
    exact_equal,
    hookimpl,
    hooks,
    operands,
    scalar_tensor,
    truth,
    unary,
)
from ivy_backend_paddle._common import (
    FLOATING as FLOATING_DTYPES,
)

# -- routes: where a dtype without a (correct) kernel is computed -------------------
#: compute in the wider dtype, cast back to the same dtype
SAME = {d: (w, d) for d, w in WIDE.items() if d is not BOOL}
#: half floats in float32, cast back
HALF_SAME = {F16: (F32, F16), BF16: (F32, BF16)}
#: floating functions: half floats in float32, cast back; integers and booleans
#: in NumPy's float for them (the smallest float holding every value)
FLOATING = {
    **HALF_SAME, BOOL: (F32, F16), I8: (F32, F16), U8: (F32, F16), I16: (F32, F32), I32: (F64, F64), I64: (F64, F64),
}  # fmt: skip
#: comparisons: compute wide, keep the boolean result
COMPARE = {d: (w, None) for d, w in WIDE.items()}

FLOATS = (F32, F64)
INEXACT = (F32, F64, C64, C128)
NUMBERS = (I32, I64, F32, F64, C64, C128)
ALL = (BOOL, I8, I16, I32, I64, U8, F16, BF16, F32, F64, C64, C128)
INTS = (BOOL, I8, I16, I32, I64, U8)


#: below these, Paddle's vectorised exp returns a constant (about 5.6e-309 and 2.9e-39)
#: instead of the subnormal result or zero, even at -inf
_EXP_FLOOR = {F64: -708.0, F32: -87.0}
_EXP_SHIFT = 64 * math.log(2.0)


def _real_exp(x: Tensor) -> Tensor:
    result = paddle.exp(x)
    floor = _EXP_FLOOR.get(x.dtype)
    if floor is None:
        return result
    deep = x < floor
    if not bool(paddle.any(deep)):
        return result
    # exp(x) = exp(x + 64 ln 2) * 2**-64: the scaling by a power of two rounds once
    scaled = paddle.exp(paddle.where(deep, x + _EXP_SHIFT, paddle.zeros_like(x))) * 2.0**-64
    return paddle.where(deep, scaled, result)


def _exp(x: Tensor) -> Tensor:
    if x.dtype not in COMPLEX:
        return _real_exp(x)
    # e**a (cos b + i sin b) with real kernels: Paddle's complex exp gives NaN for a large
    # imaginary part and at non-finite inputs; the special values are C99's cexp, as the
    # standard asks
    a, b = paddle.real(x), paddle.imag(x)
    magnitude = _real_exp(a)
    flat = paddle.logical_not(truth(b))  # b is +-0: the result's imaginary part is b
    re = paddle.where(flat, magnitude, magnitude * paddle.cos(b))
    im = paddle.where(flat, b, magnitude * paddle.sin(b))
    if not bool(paddle.all(paddle.isfinite(x))):
        wild = paddle.logical_not(paddle.isfinite(b))
        vanishing = paddle.logical_and(wild, paddle.logical_and(paddle.isinf(a), a < 0))
        exploding = paddle.logical_and(wild, paddle.logical_and(paddle.isinf(a), a > 0))
        zero = paddle.zeros_like(re)
        re = paddle.where(vanishing, zero, paddle.where(exploding, a, re))
        im = paddle.where(vanishing, zero, paddle.where(exploding, zero + math.nan, im))
    return paddle.complex(re, im)


def _hypot(x1: Tensor, x2: Tensor) -> Tensor:
    # scaled, so that neither overflows nor underflows (Paddle's squares both); an
    # infinite operand gives +inf even next to NaN
    a1, a2 = paddle.abs(x1), paddle.abs(x2)
    big, small = paddle.maximum(a1, a2), paddle.minimum(a1, a2)
    ratio = small / paddle.where(big > 0, big, paddle.ones_like(big))
    result = big * paddle.sqrt(ratio * ratio + 1.0)
    infinite = paddle.logical_or(paddle.isinf(a1), paddle.isinf(a2))
    return paddle.where(infinite, scalar_tensor(math.inf, result.dtype), result)


_LOG2_E = 1.0 / math.log(2.0)


def _log2(x: Tensor) -> Tensor:
    if x.dtype not in COMPLEX:
        return paddle.log2(x)
    # log(x) / log(2): Paddle's complex log2 gives NaN imaginary parts at zeros and infinities
    natural = paddle.log(x)
    return paddle.complex(paddle.real(natural) * _LOG2_E, paddle.imag(natural) * _LOG2_E)


def _log1p(x: Tensor) -> Tensor:
    result = paddle.log1p(x)
    if x.dtype not in COMPLEX:
        return result
    # the imaginary part is arg(1 + x), signed like imag(x) (Paddle loses the sign of -0).
    # (Like NumPy, the reference, the real part is log|1 + x|, which loses |x|**2 / 2 near 0.)
    return paddle.complex(paddle.real(result), paddle.copysign(paddle.imag(result), paddle.imag(x)))


def _tanh(x: Tensor) -> Tensor:
    result = paddle.tanh(x)
    if x.dtype not in COMPLEX:
        return result
    # tanh(+-inf + iy) for finite y is +-1 with an imaginary zero signed like y (the standard)
    a, b = paddle.real(x), paddle.imag(x)
    edge = paddle.logical_and(paddle.isinf(a), paddle.isfinite(b))
    if not bool(paddle.any(edge)):
        return result
    one = paddle.ones_like(a)
    fixed = paddle.complex(paddle.copysign(one, a), paddle.copysign(paddle.zeros_like(b), b))
    return paddle.where(edge, fixed, result)


globals().update(
    hooks(
        {
            name: unary(native, INEXACT, FLOATING)
            for name, native in dict(
                acos=paddle.acos,
                acosh=paddle.acosh,
                asin=paddle.asin,
                asinh=paddle.asinh,
                atan=paddle.atan,
                atanh=paddle.atanh,
                cos=paddle.cos,
                cosh=paddle.cosh,
                exp=_exp,
                expm1=paddle.expm1,
                log=paddle.log,
                log1p=_log1p,
                log2=_log2,
                log10=paddle.log10,
                sin=paddle.sin,
                sinh=paddle.sinh,
                tan=paddle.tan,
                tanh=_tanh,
                reciprocal=paddle.reciprocal,
            ).items()
        }
    )
)

globals().update(
    hooks(
        dict(
            sqrt=unary(
                paddle.sqrt, (F64, C64, C128), {**FLOATING, F32: (F64, F32), F16: (F64, F16), BF16: (F64, BF16)}
            ),
            abs=unary(paddle.abs, NUMBERS, SAME),
            square=unary(paddle.square, NUMBERS, SAME),
            bitwise_invert=unary(paddle.bitwise_not, INTS, {}),
            logical_not=unary(paddle.logical_not, (BOOL,), {}),
            signbit=unary(paddle.signbit, (F32, F64, *INTS), {F16: (F32, None), BF16: (F32, None)}),
        )
    )
)
globals().update(
    binary_hooks(
        dict(
            add=(_C_ops.add, (*NUMBERS, BOOL, I8, I16, U8), SAME),
            subtract=(_C_ops.subtract, (*NUMBERS, I16), SAME),
            multiply=(_C_ops.multiply, (*NUMBERS, BOOL), SAME),
            atan2=(paddle.atan2, FLOATS, FLOATING),
            copysign=(paddle.copysign, FLOATS, FLOATING),
            hypot=(_hypot, FLOATS, FLOATING),
            less=(_C_ops.less_than, ALL, COMPARE),
            less_equal=(_C_ops.less_equal, ALL, COMPARE),
            greater=(_C_ops.greater_than, ALL, COMPARE),
            greater_equal=(_C_ops.greater_equal, ALL, COMPARE),
            bitwise_and=(paddle.bitwise_and, INTS, {}),
            bitwise_or=(paddle.bitwise_or, INTS, {}),
            bitwise_xor=(paddle.bitwise_xor, INTS, {}),
            bitwise_left_shift=(paddle.bitwise_left_shift, INTS, {}),
            bitwise_right_shift=(paddle.bitwise_right_shift, INTS, {}),
            logical_and=(paddle.logical_and, (BOOL,), {}),
            logical_or=(paddle.logical_or, (BOOL,), {}),
            logical_xor=(paddle.logical_xor, (BOOL,), {}),
            divide=(_C_ops.divide, INEXACT, {**HALF_SAME, **{d: (F64, None) for d in INTS}}),
        )
    )
)


def _equal(x1: Any, x2: Any) -> Any:
    if x1.__class__ is Tensor and x2.__class__ is Tensor:
        dtype = x1.dtype
        if dtype is x2.dtype:
            if dtype is I64 or dtype is I32 or dtype is BOOL:
                return _C_ops.equal(x1, x2)
            if dtype is F64 or dtype is F32:
                return _C_ops.logical_and(_C_ops.less_equal(x1, x2), _C_ops.greater_equal(x1, x2))
    x1, x2, _ = operands(x1, x2)
    return exact_equal(x1, x2)


@hookimpl
def equal(x1: Any, x2: Any) -> Any:
    return _equal(x1, x2)


@hookimpl
def not_equal(x1: Any, x2: Any) -> Any:
    return _C_ops.logical_not(_equal(x1, x2))


globals().update(
    binary_hooks(
        dict(
            maximum=(paddle.maximum, (I32, I64, F32, F64), SAME),
            minimum=(paddle.minimum, (I32, I64, F32, F64), SAME),
        )
    )
)
_maximum = binary(paddle.maximum, (I32, I64, F32, F64), SAME)
_minimum = binary(paddle.minimum, (I32, I64, F32, F64), SAME)


def _integral(dtype: Any) -> bool:
    return dtype == BOOL or dtype in INTEGRAL


# -- identities on integers ----------------------------------------------------------
def _rounding(native: Any, fast: tuple) -> Any:
    floating = unary(native, fast, HALF_SAME)

    def function(x: Any) -> Any:
        return x.clone() if _integral(x.dtype) else floating(x)

    return function


globals().update(
    hooks(
        dict(
            ceil=_rounding(paddle.ceil, FLOATS),
            floor=_rounding(paddle.floor, FLOATS),
            trunc=_rounding(paddle.trunc, FLOATS),
            round=_rounding(paddle.round, INEXACT),
        )
    )
)


_negate_integers = unary(paddle.neg, INTS, {})


@hookimpl
def negative(x: Any) -> Any:
    # Paddle's neg gives +0 for +0; multiplying by -1 signs the zero
    dtype = x.dtype
    if dtype in COMPLEX:
        return paddle.complex(negative(paddle.real(x)), negative(paddle.imag(x)))
    if dtype in HALF:
        return _C_ops.cast(negative(_C_ops.cast(x, F32)), dtype)
    if dtype in FLOATING_DTYPES:
        return _C_ops.multiply(x, scalar_tensor(-1.0, dtype, x.place))
    if dtype is BOOL:  # the standard's negative takes numbers, as the other backends' kernels
        raise TypeError("negative is not defined for booleans")
    return _negate_integers(x)


@hookimpl
def positive(x: Any) -> Any:
    return x.clone()


@hookimpl
def conj(x: Any) -> Any:
    return paddle.conj(x) if x.dtype in COMPLEX else x.clone()


@hookimpl
def real(x: Any) -> Any:
    return paddle.real(x) if x.dtype in COMPLEX else x.clone()


@hookimpl
def imag(x: Any) -> Any:
    return paddle.imag(x) if x.dtype in COMPLEX else paddle.zeros_like(x)


_sign = unary(paddle.sign, (I8, I16, I32, I64, U8, F32, F64), HALF_SAME)


@hookimpl
def sign(x: Any) -> Any:
    if x.dtype not in COMPLEX:
        return _sign(x)
    # x / |x|, 0 at 0; with one infinite component, the unit vector along it (as NumPy)
    magnitude = paddle.abs(x)
    zero = magnitude <= 0
    safe = paddle.where(zero, paddle.ones_like(magnitude), magnitude)
    result = paddle.where(zero, paddle.zeros_like(x), x / paddle.complex(safe, paddle.zeros_like(safe)))
    a, b = paddle.real(x), paddle.imag(x)
    infinite_a, infinite_b = paddle.isinf(a), paddle.isinf(b)
    one_infinite = paddle.logical_xor(infinite_a, infinite_b)
    if not bool(paddle.any(one_infinite)):
        return result
    unit = paddle.complex(
        paddle.where(infinite_a, paddle.sign(a), paddle.zeros_like(a)),
        paddle.where(infinite_b, paddle.sign(b), paddle.zeros_like(b)),
    )
    return paddle.where(one_infinite, unit, result)


def _classify(native: Any, integral_value: bool) -> Any:
    def function(x: Any) -> Any:
        if _integral(x.dtype):
            return _C_ops.full(list(x.shape), integral_value, BOOL, x.place)
        return native(x)

    return function


globals().update(
    hooks(
        dict(
            isfinite=_classify(paddle.isfinite, True),
            isinf=_classify(paddle.isinf, False),
            isnan=_classify(paddle.isnan, False),
        )
    )
)


# -- arithmetic that needs more than promotion ------------------------------------------------
_floor_divide = binary(paddle.floor_divide, (I8, I16, I32, I64, U8, F32, F64), SAME)


@hookimpl
def floor_divide(x1: Any, x2: Any) -> Any:
    result = _floor_divide(x1, x2)
    if _integral(result.dtype):
        return result
    # Paddle (like Python's divmod) gives nan for inf // finite and -1 for 1 // -inf;
    # the standard asks for floor(x1 / x2) there.
    x1, x2, _ = operands(x1, x2)
    infinite = paddle.logical_or(paddle.isinf(x1), paddle.isinf(x2))
    if not bool(paddle.any(infinite)):
        return result
    quotient = paddle.floor(cast(x1, F64) / cast(x2, F64))
    return paddle.where(infinite, cast(quotient, result.dtype), result)


_remainder = binary(paddle.remainder, (I32, I64, F32, F64), SAME)


@hookimpl
def remainder(x1: Any, x2: Any) -> Any:
    result = _remainder(x1, x2)
    if _integral(result.dtype):
        return result
    # the result has the sign of x2, zeros included (Paddle gives -0 for -0 % 3)
    _, x2, _ = operands(x1, x2)
    if result.dtype in HALF:
        return cast(paddle.copysign(cast(result, F32), cast(x2, F32)), result.dtype)
    return paddle.copysign(result, cast(x2, result.dtype))


_LN2 = math.log(2.0)


def _logaddexp(x1: Tensor, x2: Tensor) -> Tensor:
    # max + log1p(exp(-|x1 - x2|)); equal operands (infinities included) give x + log(2)
    larger = paddle.maximum(x1, x2)
    result = larger + paddle.log1p(_real_exp(-paddle.abs(x1 - x2)))
    return paddle.where(exact_equal(x1, x2), x1 + _LN2, result)


globals().update(
    binary_hooks(
        dict(
            logaddexp=(_logaddexp, FLOATS, FLOATING),
        )
    )
)

_nextafter = binary(paddle.nextafter, FLOATS, {d: r for d, r in FLOATING.items() if d not in HALF})


@hookimpl
def nextafter(x1: Any, x2: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    if dtype not in HALF:
        return _nextafter(x1, x2)

    # 16-bit floats: step the bit pattern (computing in float32 would round back to x1);
    # the bits travel as int32, for which Paddle has where kernels
    def bits(value: Tensor) -> Tensor:
        return _C_ops.cast(value.view(I16), I32)

    toward_zero = paddle.logical_xor(x2 > x1, x1 > 0)  # |x1| shrinks
    result = paddle.where(toward_zero, bits(x1) - 1, bits(x1) + 1)
    one, negative_one = scalar_tensor(1, I32, x1.place), scalar_tensor(-(2**15) + 1, I32, x1.place)
    result = paddle.where(paddle.logical_not(truth(x1)), paddle.where(x2 > 0, one, negative_one), result)
    result = paddle.where(exact_equal(x1, x2), bits(x2), result)
    nan = paddle.logical_or(paddle.isnan(x1), paddle.isnan(x2))
    result = paddle.where(nan, bits(cast(cast(x1, F32) + cast(x2, F32), dtype)), result)
    return _C_ops.cast(result, I16).view(dtype)


@hookimpl
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    if min is None and max is None:
        return x.clone()
    dtype = x.dtype
    limits = IINFO.get(dtype)
    result = x
    for bound, pick in ((min, _maximum), (max, _minimum)):
        if bound is None:
            continue
        if isinstance(bound, TENSORS):
            bound = cast(bound, dtype)
        else:
            if limits is not None:  # Python bounds beyond the dtype's range saturate to it
                bound = builtins.min(builtins.max(bound, limits[0]), limits[1])
                bound = int(bound) if not math.isnan(bound) else bound
            bound = scalar_tensor(bound, dtype, x.place)
        result = pick(result, bound)
    return cast(result, dtype)


# -- powers ------------------------------------------------------------------------------------
def _integer_pow(base: Tensor, exponent: Tensor) -> Tensor:
    """``base ** exponent`` for integers, exactly and wrapping like NumPy (Paddle's
    kernel goes through double precision and is wrong above 2**53)."""
    dtype = base.dtype
    shape = _broadcast_shapes(base, exponent)
    base = paddle.broadcast_to(_C_ops.cast(base, I64), shape)
    exponent = paddle.broadcast_to(_C_ops.cast(exponent, I64), shape)
    negative = exponent < 0
    remaining = paddle.where(negative, paddle.zeros_like(exponent), exponent)
    result = paddle.ones_like(base)
    square = base
    one = scalar_tensor(1, I64, base.place)
    while bool(paddle.any(remaining > 0)):
        odd = _C_ops.cast(paddle.bitwise_and(remaining, one), BOOL)
        result = paddle.where(odd, result * square, result)
        remaining = paddle.bitwise_right_shift(remaining, one)
        square = square * square
    if bool(paddle.any(negative)):
        # 1 / base**|e| truncated toward zero: 1 for base 1, +-1 for base -1, 0 otherwise
        odd = _C_ops.cast(paddle.bitwise_and(exponent, one), BOOL)
        minus_one = paddle.where(odd, -paddle.ones_like(base), paddle.ones_like(base))
        inverse = paddle.where(base == 1, paddle.ones_like(base), paddle.zeros_like(base))
        inverse = paddle.where(base == -1, minus_one, inverse)
        result = paddle.where(negative, inverse, result)
    return _C_ops.cast(result, dtype) if dtype != I64 else result


def _broadcast_shapes(a: Tensor, b: Tensor) -> list:
    return list(paddle.broadcast_shape(list(a.shape), list(b.shape)))


_float_pow = binary(paddle.pow, INEXACT, HALF_SAME)


@hookimpl
def pow(x1: Any, x2: Any) -> Any:  # noqa: A001 - the standard's name
    if x1.__class__ is Tensor and x2.__class__ is Tensor:
        dtype = x1.dtype
        if dtype is x2.dtype and (dtype is F64 or dtype is F32):
            return paddle.pow(x1, x2)
    x1, x2, dtype = operands(x1, x2)
    if _integral(dtype):
        if dtype == BOOL:
            raise TypeError("pow: boolean operands are not supported")
        return _integer_pow(x1, x2)
    return _float_pow(x1, x2)
