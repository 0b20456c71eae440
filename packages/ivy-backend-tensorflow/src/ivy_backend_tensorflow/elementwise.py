"""Elementwise functions.

Functions whose TensorFlow kernel already has the standard's semantics for
every dtype it accepts are bound directly. Binary functions promote their
operands first (see ``_common.binary``). The rest are adapted below: kernels
TensorFlow lacks for some dtypes (unsigned ``abs``/``negative``/``sign``/
``pow``, integer ``floor``/``isnan``...), functions it lacks altogether
(``copysign``, ``hypot``, ``logaddexp``, ``signbit``, ``log2``...), and
special values where it differs from the standard.
"""

from __future__ import annotations

import math
from typing import Any

import tensorflow as tf

from ivy.plugin import hookimpl, native_impls
from ivy_backend_tensorflow._common import (
    BOOL,
    COMPLEX,
    FLOAT32,
    FLOAT64,
    INT_RANGE,
    INTEGRAL,
    REAL_FLOATING,
    REAL_OF,
    SCALARS,
    UNSIGNED,
    NativeError,
    as_tensor,
    binary,
    binary_raw,
    cast,
    fallback_unary,
    scalar_tensor,
    to_signed_bits,
    unary_raw,
    via_int64,
)

_m = tf.math
_b = tf.bitwise

# -- bound directly --------------------------------------------------------------------

globals().update(
    native_impls(
        conj=_m.conj,
        imag=_m.imag,
    )
)
_raw = tf.raw_ops
for _name, _op in dict(
    acos=_raw.Acos,
    acosh=_raw.Acosh,
    asin=_raw.Asin,
    asinh=_raw.Asinh,
    atan=_raw.Atan,
    atanh=_raw.Atanh,
    cos=_raw.Cos,
    cosh=_raw.Cosh,
    exp=_raw.Exp,
    logical_not=_raw.LogicalNot,
    reciprocal=_raw.Reciprocal,
    sin=_raw.Sin,
    sinh=_raw.Sinh,
    sqrt=_raw.Sqrt,
    square=_raw.Square,
    tan=_raw.Tan,
).items():
    globals()[_name] = unary_raw(_op, _name)


# -- complex special values ----------------------------------------------------------


def _expm1_complex(x: tf.Tensor) -> tf.Tensor:
    # exp(a + ib) - 1 = expm1(a) cos b - 2 sin(b/2)^2 + i e^a sin b: accurate near 0; then
    # the standard's special values where the formula meets inf * 0 or inf - inf.
    a, b = _m.real(x), _m.imag(x)
    real = _m.expm1(a) * _m.cos(b) - 2 * _m.square(_m.sin(b / 2))
    imag = _m.exp(a) * _m.sin(b)
    zero = tf.zeros((), a.dtype)
    real = real + zero  # -0 - 0 is -0; the standard's expm1(-0 + 0j) is +0 + 0j
    inf = tf.constant(math.inf, a.dtype)
    nan = tf.constant(math.nan, a.dtype)
    b_zero = _m.equal(b, zero)
    imag = tf.where(b_zero, b, imag)  # x + 0j stays on the real axis (nan + 0j too)
    b_bad = ~_m.is_finite(b)
    minus_inf, plus_inf = _m.equal(a, -inf), _m.equal(a, inf)
    real = tf.where(minus_inf, -tf.ones((), a.dtype), real)
    imag = tf.where(minus_inf & b_bad, zero, imag)
    real = tf.where(plus_inf & b_bad, inf, real)
    imag = tf.where(plus_inf & b_bad, nan, imag)
    return tf.complex(real, imag)


@hookimpl
def expm1(x: Any) -> Any:
    x = as_tensor(x)
    return _expm1_complex(x) if x.dtype in COMPLEX else _m.expm1(x)


@hookimpl
def log1p(x: Any) -> Any:
    x = as_tensor(x)
    if x.dtype not in COMPLEX:
        return _m.log1p(x)
    # Away from the finite plane (and at -1) log1p(z) is log(1 + z), whose special values are the standard's.
    shifted = x + tf.ones((), x.dtype)
    exact = _m.is_finite(_m.real(x)) & _m.is_finite(_m.imag(x)) & _m.not_equal(shifted, tf.zeros((), x.dtype))
    return tf.where(exact, _m.log1p(x), _m.log(shifted))


@hookimpl
def tanh(x: Any) -> Any:
    x = as_tensor(x)
    result = _m.tanh(x)
    if x.dtype not in COMPLEX:
        return result
    # tanh(±inf + iy), y finite, is ±1 with a zero imaginary part signed like y (the standard).
    a, b = _m.real(x), _m.imag(x)
    edge = _m.is_inf(a) & _m.is_finite(b)
    one = tf.ones((), a.dtype)
    real = tf.where(edge, tf.where(a > 0, one, -one), _m.real(result))
    imag = tf.where(edge, tf.where(signbit_of(b), -tf.zeros((), a.dtype), tf.zeros((), a.dtype)), _m.imag(result))
    return tf.complex(real, imag)


def _copy(x: Any) -> tf.Tensor:
    return as_tensor(x)


# -- unary functions with fix-ups ------------------------------------------------------

abs = fallback_unary(_m.abs, "abs", _copy)  # noqa: A001 - unsigned: |x| is x
negative = fallback_unary(_m.negative, "negative", lambda x: _m.subtract(tf.zeros((), x.dtype), x))  # wraps
positive = fallback_unary(tf.identity, "positive", _copy)


@hookimpl
def sign(x: Any) -> Any:
    x = as_tensor(x)
    if x.dtype in UNSIGNED:
        return tf.cast(x > 0, x.dtype)
    if x.dtype in COMPLEX:
        # z / |z| with z scaled by its larger part first: TensorFlow's kernel squares the parts,
        # and gives 0 where the squares underflow. (NaN parts stay NaN; the scaling leaves 0 at 0.)
        a, b = _m.real(x), _m.imag(x)
        big = _m.maximum(_m.abs(a), _m.abs(b))
        big = tf.where(_m.equal(big, tf.zeros((), a.dtype)) | ~_m.is_finite(big), tf.ones((), a.dtype), big)
        return _m.sign(tf.complex(a / big, b / big))
    return _m.sign(x)


def _integral_identity(kernel: Any, name: str) -> Any:
    def hook(x: Any) -> Any:
        x = as_tensor(x)
        if x.dtype in INTEGRAL or x.dtype is BOOL:
            return x
        return kernel(x)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def _trunc(x: tf.Tensor) -> tf.Tensor:
    return tf.where(x < 0, _m.ceil(x), _m.floor(x))


ceil = _integral_identity(_m.ceil, "ceil")
floor = _integral_identity(_m.floor, "floor")
trunc = _integral_identity(_trunc, "trunc")


def _complex_round(x: tf.Tensor) -> tf.Tensor:
    return tf.complex(_m.round(_m.real(x)), _m.round(_m.imag(x)))


@hookimpl
def round(x: Any) -> Any:  # noqa: A001 - the standard's name
    x = as_tensor(x)
    if x.dtype in INTEGRAL:
        return x
    if x.dtype in COMPLEX:
        return _complex_round(x)
    return _m.round(x)  # halves to even


def _float_predicate(kernel: Any, complex_combine: Any, integral_value: bool, name: str) -> Any:
    def hook(x: Any) -> Any:
        x = as_tensor(x)
        if x.dtype in COMPLEX:
            return complex_combine(kernel(_m.real(x)), kernel(_m.imag(x)))
        if x.dtype in INTEGRAL or x.dtype is BOOL:
            return tf.fill(tf.shape(x), integral_value)
        return kernel(x)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


isnan = _float_predicate(_m.is_nan, _m.logical_or, False, "isnan")
isinf = _float_predicate(_m.is_inf, _m.logical_or, False, "isinf")
isfinite = _float_predicate(_m.is_finite, _m.logical_and, True, "isfinite")


@hookimpl
def real(x: Any) -> Any:
    x = as_tensor(x)
    return _m.real(x) if x.dtype in COMPLEX else x


_LN2 = math.log(2.0)
_LN10 = math.log(10.0)


def _log_complex(x: tf.Tensor) -> tf.Tensor:
    """``log|z| + i arg z`` with ``log|z|`` computed without squaring the parts (TensorFlow's
    kernel gives NaN where ``|z|**2`` underflows) and the standard's special values."""
    a, b = _m.abs(_m.real(x)), _m.abs(_m.imag(x))
    big, small = _m.maximum(a, b), _m.minimum(a, b)
    zero = tf.zeros((), a.dtype)
    regular = _m.not_equal(big, zero) & _m.is_finite(big)
    ratio = small / tf.where(regular, big, tf.ones((), a.dtype))
    magnitude = _m.log(tf.where(regular, big, zero)) + 0.5 * _m.log1p(_m.square(ratio))
    infinite = _m.is_inf(a) | _m.is_inf(b)  # log(inf + nan j) is inf + nan j
    nan = _m.is_nan(a) | _m.is_nan(b)
    magnitude = tf.where(infinite, tf.constant(math.inf, a.dtype), tf.where(nan, a + b, magnitude))
    return tf.complex(magnitude, _m.atan2(_m.imag(x), _m.real(x)))


@hookimpl
def log(x: Any) -> Any:
    x = as_tensor(x)
    return _log_complex(x) if x.dtype in COMPLEX else _raw.Log(x=x)


def _log_base(x: Any, ln_base: float) -> tf.Tensor:
    x = as_tensor(x)
    if x.dtype in COMPLEX:
        z = _log_complex(x)  # both parts divided by the real ln(base): a complex division makes NaNs of infinities
        scale = tf.constant(ln_base, REAL_OF[x.dtype])
        return tf.complex(_m.real(z) / scale, _m.imag(z) / scale)
    return _raw.Log(x=x) / tf.constant(ln_base, x.dtype)


@hookimpl
def log2(x: Any) -> Any:
    return _log_base(x, _LN2)


@hookimpl
def log10(x: Any) -> Any:
    return _log_base(x, _LN10)


@hookimpl
def bitwise_invert(x: Any) -> Any:
    x = as_tensor(x)
    return _m.logical_not(x) if x.dtype is BOOL else _b.invert(x)


def signbit_of(x: tf.Tensor) -> tf.Tensor:
    """Whether the sign bit of each float is set (NaN and -0.0 included)."""
    return to_signed_bits(x) < 0


@hookimpl
def signbit(x: Any) -> Any:
    x = as_tensor(x)
    if x.dtype in INTEGRAL:
        return x < 0
    if x.dtype is BOOL:
        return tf.zeros(tf.shape(x), BOOL)
    return signbit_of(x)


# -- binary functions ---------------------------------------------------------------------

for _name, _op in dict(
    add=_raw.AddV2,
    subtract=_raw.Sub,
    multiply=_raw.Mul,
    equal=_raw.Equal,
    not_equal=_raw.NotEqual,
    less=_raw.Less,
    less_equal=_raw.LessEqual,
    greater=_raw.Greater,
    greater_equal=_raw.GreaterEqual,
    maximum=_raw.Maximum,
    minimum=_raw.Minimum,
    logical_and=_raw.LogicalAnd,
    logical_or=_raw.LogicalOr,
).items():
    globals()[_name] = binary_raw(_op, _name)  # every one of these names its operands x and y
atan2 = binary(_m.atan2, "atan2")  # (the raw Atan2 names them y and x)
logical_xor = binary(_m.logical_xor, "logical_xor")
nextafter = binary(_m.nextafter, "nextafter")


def _complex_divide(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    """Smith's algorithm, as NumPy has it: TensorFlow's kernel makes NaN of finite / infinite."""
    a, b, c, d = _m.real(x1), _m.imag(x1), _m.real(x2), _m.imag(x2)
    real_larger = _m.abs(c) >= _m.abs(d)
    zero = tf.zeros((), c.dtype)
    by_zero = real_larger & _m.equal(c, zero) & _m.equal(d, zero)
    one = tf.ones((), c.dtype)
    # |c| >= |d|: ratio = d / c; else ratio = c / d (the zero divisor kept out of both).
    top = tf.where(real_larger, d, c)
    bottom = tf.where(by_zero, one, tf.where(real_larger, c, d))
    ratio = top / bottom
    scale = one / (bottom + top * ratio)
    real = tf.where(real_larger, a + b * ratio, a * ratio + b) * scale
    imag = tf.where(real_larger, b - a * ratio, b * ratio - a) * scale
    zero_divisor = _m.abs(c)  # (+0: the signs of a and b decide)
    real = tf.where(by_zero, a / zero_divisor, real)
    imag = tf.where(by_zero, b / zero_divisor, imag)
    return tf.complex(real, imag)


def _divide_kernel(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    result = _raw.RealDiv(x=x1, y=x2)  # (no integer kernel: those take _divide)
    return _complex_divide(x1, x2) if result.dtype in COMPLEX else result


def _divide(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    if x1.dtype in INTEGRAL or x1.dtype is BOOL:  # NumPy's answer: float64
        x1, x2 = tf.cast(x1, FLOAT64), tf.cast(x2, FLOAT64)
    if x1.dtype in COMPLEX:
        return _complex_divide(x1, x2)
    return _m.truediv(x1, x2)


divide = binary(_divide_kernel, "divide", _divide)


def _bitwise(kernel: Any, logical: Any) -> Any:
    def run(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
        return logical(x1, x2) if x1.dtype is BOOL else kernel(x1, x2)

    return run


bitwise_and = binary(_b.bitwise_and, "bitwise_and", _bitwise(_b.bitwise_and, _m.logical_and))
bitwise_or = binary(_b.bitwise_or, "bitwise_or", _bitwise(_b.bitwise_or, _m.logical_or))
bitwise_xor = binary(_b.bitwise_xor, "bitwise_xor", _bitwise(_b.bitwise_xor, _m.logical_xor))


def _left_shift(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    # Shifting by the width or more gives 0 (TensorFlow shifts by the amount modulo the width).
    width = x1.dtype.size * 8
    too_far = x2 >= tf.cast(width, x2.dtype)
    safe = tf.where(too_far, tf.zeros((), x2.dtype), x2)
    return tf.where(too_far, tf.zeros((), x1.dtype), _b.left_shift(x1, safe))


def _right_shift(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    width = x1.dtype.size * 8
    too_far = x2 >= tf.cast(width, x2.dtype)
    safe = tf.where(too_far, tf.cast(width - 1, x2.dtype), x2)
    shifted = _b.right_shift(x1, safe)
    if x1.dtype in UNSIGNED:
        return tf.where(too_far, tf.zeros((), x1.dtype), shifted)
    return shifted  # by width - 1: 0 or -1, the sign, as NumPy gives


bitwise_left_shift = binary(_left_shift, "bitwise_left_shift")
bitwise_right_shift = binary(_right_shift, "bitwise_right_shift")


def _pow(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    if x1.dtype in UNSIGNED:
        return via_int64(_m.pow)(x1, x2)
    return _m.pow(x1, x2)


pow = binary(_m.pow, "pow", _pow)  # noqa: A001 - the standard's name


def _zero_divisor_safe(kernel: Any) -> Any:
    """An integer division that gives 0 for a zero divisor, as NumPy does (TensorFlow raises)."""

    def run(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
        try:
            return kernel(x1, x2)
        except NativeError:
            if x1.dtype not in INTEGRAL:
                raise
        zero = tf.zeros((), x2.dtype)
        is_zero = _m.equal(x2, zero)
        result = kernel(x1, tf.where(is_zero, tf.ones((), x2.dtype), x2))
        return tf.where(is_zero, tf.zeros((), result.dtype), result)

    return run


def _float_floor_divide(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    """The floor of the exact quotient, by Python's (and NumPy's) algorithm: ``floor(x1 / x2)``
    rounds the quotient first and can be one too large (7 // 1e-5 is 699999, not 700000)."""
    dtype = x1.dtype
    if dtype not in (FLOAT32, FLOAT64):  # no kernel for half precision: exact enough in float32
        return tf.cast(_float_floor_divide(tf.cast(x1, FLOAT32), tf.cast(x2, FLOAT32)), dtype)
    zero = tf.zeros((), dtype)
    modulo = _raw.TruncateMod(x=x1, y=x2)  # C's fmod
    quotient = (x1 - modulo) / x2  # an integer up to rounding
    adjust = _m.not_equal(modulo, zero) & _m.not_equal(x2 < zero, modulo < zero)
    quotient = tf.where(adjust, quotient - 1, quotient)
    floored = _m.floor(quotient)
    floored = tf.where(quotient - floored > 0.5, floored + 1, floored)
    floored = tf.where(_m.equal(quotient, zero), _copysign(zero, x1 / x2), floored)
    regular = _m.is_finite(x1) & _m.is_finite(x2) & _m.not_equal(x2, zero)
    return tf.where(regular, floored, _m.floor(x1 / x2))  # the standard's special values


def _floor_divide(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    if x1.dtype is BOOL:
        raise TypeError("floor_divide is not defined for booleans")
    if x1.dtype in REAL_FLOATING:
        return _float_floor_divide(x1, x2)
    return _zero_divisor_safe(_m.floordiv)(x1, x2)


def _remainder_kernel(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    result = _m.floormod(x1, x2)
    if x1.dtype not in REAL_FLOATING:
        return result
    # The standard: a finite non-zero x1 with an infinite x2 gives x1 when their signs agree,
    # else x2; a zero result takes the sign of x2 (TensorFlow keeps the sign of x1).
    zero = tf.zeros((), x1.dtype)
    x1_zero = _m.equal(x1, zero)
    by_infinity = _m.is_finite(x1) & _m.is_inf(x2) & ~x1_zero
    same_sign = _m.equal(signbit_of(x1), signbit_of(x2))
    result = tf.where(by_infinity, tf.where(same_sign, x1, x2), result)
    zero_result = _m.equal(result, zero) | (x1_zero & ~_m.is_nan(x2) & _m.not_equal(x2, zero))
    return tf.where(zero_result, _copysign(zero, x2), result)


def _remainder(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    if x1.dtype is BOOL:
        raise TypeError("remainder is not defined for booleans")
    return _zero_divisor_safe(_remainder_kernel)(x1, x2)


floor_divide = binary(_floor_divide, "floor_divide", mixed_raises=False)  # (half precision runs in float32)
remainder = binary(_remainder, "remainder")


def _copysign(magnitude: tf.Tensor, sign_of: tf.Tensor) -> tf.Tensor:
    size = _m.abs(magnitude)
    return tf.where(signbit_of(sign_of), _m.negative(size), size)


copysign = binary(_copysign, "copysign", mixed_raises=False)


def _hypot(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    dtype = x1.dtype
    a, b = _m.abs(x1), _m.abs(x2)
    if dtype is not FLOAT64:  # float32 and smaller: exact enough in float64
        wide_a, wide_b = tf.cast(a, FLOAT64), tf.cast(b, FLOAT64)
        result = tf.cast(_m.sqrt(wide_a * wide_a + wide_b * wide_b), dtype)
    else:
        big, small = _m.maximum(a, b), _m.minimum(a, b)
        is_zero = _m.equal(big, tf.zeros((), dtype))  # (NaN is not: NaN stays NaN below)
        ratio = small / tf.where(is_zero, tf.ones((), dtype), big)
        result = tf.where(is_zero, tf.zeros((), dtype), big * _m.sqrt(1 + ratio * ratio))
    # Inf wins over NaN (hypot(inf, nan) is inf).
    return tf.where(_m.is_inf(a) | _m.is_inf(b), tf.constant(math.inf, dtype), result)


hypot = binary(_hypot, "hypot", mixed_raises=False)


def _logaddexp(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    big = _m.maximum(x1, x2)  # (NaN if either is)
    difference = -_m.abs(x1 - x2)  # -inf against -inf: exp gives 0, and big + 0 turns -0 into +0
    result = big + _m.log1p(_m.exp(difference))
    # Equal infinities (inf - inf is nan): the maximum; any NaN stays NaN.
    return tf.where(_m.is_nan(difference) & _m.is_inf(big), big, result)


logaddexp = binary(_logaddexp, "logaddexp")


@hookimpl
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    x = as_tensor(x)
    dtype = x.dtype
    result = x
    for bound, kernel in ((min, _m.maximum), (max, _m.minimum)):
        if bound is None:
            continue
        if type(bound) in SCALARS:
            if dtype in INTEGRAL:
                if isinstance(bound, float):
                    bound = math.floor(bound) if kernel is _m.maximum else math.ceil(bound)
                low, high = INT_RANGE[dtype]
                bound = low if bound < low else high if bound > high else int(bound)
            bound = scalar_tensor(bound, dtype)
        else:
            bound = as_tensor(bound)
            if bound.dtype is not dtype:
                bound = cast(bound, dtype)
        result = kernel(result, bound)  # the shape x and the bounds broadcast to
    return result if result is not x else tf.identity(x)
