"""Elementwise functions.

Most ``jax.numpy`` functions already have the standard's semantics once
their operands have Ivy's promoted dtype (see ``_common.binary``); the few
that differ are adapted below.
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
import numpy as np
from jax import lax

from ivy_backend_jax._common import Tracer, as_array, binary, cast, elementwise_call, jit, plan, scoped, unary
from ivy_backend_jax._complex import TABLES, with_special_values


def _same_shape(x1: Any, x2: Any) -> tuple[Any, Any]:
    """Both operands broadcast to one shape, behind an optimisation barrier.

    XLA rewrites ``x / broadcast(y)`` as ``x * broadcast(1 / y)``, which is not
    correctly rounded (one ulp off, e.g. ``3e16 / 1.2e-67``); with operands of
    one shape there is nothing to rewrite, and division is IEEE division as on
    every other backend.
    """
    shape1, shape2 = jnp.shape(x1), jnp.shape(x2)
    if shape1 == shape2:
        return x1, x2
    shape = jnp.broadcast_shapes(shape1, shape2)
    return lax.optimization_barrier((jnp.broadcast_to(x1, shape), jnp.broadcast_to(x2, shape)))


def _divide(x1: Any, x2: Any) -> Any:
    return jnp.divide(*_same_shape(x1, x2))


def _floor_divide(x1: Any, x2: Any) -> Any:
    x1, x2 = _same_shape(x1, x2)
    result = jnp.floor_divide(x1, x2)
    if result.dtype.kind != "f":
        return result
    # JAX follows Python's divmod, which gives nan for inf // finite and -1 for
    # 1 // -inf; the standard asks for floor(x1 / x2) there.
    quotient = jnp.divide(x1, x2)
    infinite = jnp.isinf(x1) | jnp.isinf(x2)
    result = jnp.where(infinite, jnp.floor(quotient), result)
    # A zero result has the sign of the quotient (-0.0 // 1.0 is -0.0), as in NumPy.
    return jnp.where(result == 0, jnp.copysign(jnp.zeros_like(result), quotient), result)


def _sign(x: Any) -> Any:
    result = jnp.sign(x)
    if result.dtype.kind != "f":
        return result
    return jnp.where(x == 0, jnp.zeros_like(result), result)  # +0 for either zero, as the standard asks


def _remainder(x1: Any, x2: Any) -> Any:
    result = jnp.remainder(x1, x2)
    if result.dtype.kind != "f":
        return result
    # A zero remainder has the sign of the divisor (-0.0 % 1.0 is +0.0), as in NumPy.
    return jnp.where(result == 0, jnp.copysign(jnp.zeros_like(result), x2), result)


_UNARY = dict(
    abs=jnp.abs,
    acos=jnp.acos,
    acosh=jnp.acosh,
    asin=jnp.asin,
    asinh=jnp.asinh,
    atan=jnp.atan,
    atanh=jnp.atanh,
    bitwise_invert=jnp.bitwise_invert,
    conj=jnp.conj,
    cos=jnp.cos,
    cosh=jnp.cosh,
    exp=jnp.exp,
    expm1=jnp.expm1,
    isfinite=jnp.isfinite,
    isinf=jnp.isinf,
    isnan=jnp.isnan,
    log=jnp.log,
    log1p=jnp.log1p,
    log2=jnp.log2,
    log10=jnp.log10,
    logical_not=jnp.logical_not,
    negative=jnp.negative,
    positive=jnp.positive,
    round=jnp.round,
    sign=_sign,
    signbit=jnp.signbit,
    sin=jnp.sin,
    sinh=jnp.sinh,
    square=jnp.square,
    sqrt=jnp.sqrt,
    tan=jnp.tan,
    tanh=jnp.tanh,
    ceil=jnp.ceil,
    floor=jnp.floor,
    trunc=jnp.trunc,
    real=jnp.real,
    imag=jnp.imag,
    reciprocal=jnp.reciprocal,
)

_BINARY = dict(
    add=jnp.add,
    subtract=jnp.subtract,
    multiply=jnp.multiply,
    divide=_divide,
    pow=jnp.pow,
    atan2=jnp.atan2,
    copysign=jnp.copysign,
    hypot=jnp.hypot,
    logaddexp=jnp.logaddexp,
    nextafter=jnp.nextafter,
    maximum=jnp.maximum,
    minimum=jnp.minimum,
    equal=jnp.equal,
    not_equal=jnp.not_equal,
    less=jnp.less,
    less_equal=jnp.less_equal,
    greater=jnp.greater,
    greater_equal=jnp.greater_equal,
    bitwise_and=jnp.bitwise_and,
    bitwise_or=jnp.bitwise_or,
    bitwise_xor=jnp.bitwise_xor,
    bitwise_left_shift=jnp.bitwise_left_shift,
    bitwise_right_shift=jnp.bitwise_right_shift,
    logical_and=jnp.logical_and,
    logical_or=jnp.logical_or,
    logical_xor=jnp.logical_xor,
    remainder=_remainder,
    floor_divide=_floor_divide,
)

_UNARY.update({name: with_special_values(name, _UNARY[name]) for name in TABLES})

globals().update({name: unary(function, name) for name, function in _UNARY.items()})
globals().update({name: binary(function, name) for name, function in _BINARY.items()})


def _clip(x: Any, low: Any, high: Any, cast_x_low: Any, cast_low: Any, cast_x_high: Any, cast_high: Any) -> Any:
    # Each bound is compared in the dtype promotion gives it with x; the result keeps x's dtype.
    result = x
    if low is not None:
        result = cast(jnp.maximum(cast(result, cast_x_low), cast(low, cast_low)), x.dtype)
    if high is not None:
        result = cast(jnp.minimum(cast(result, cast_x_high), cast(high, cast_high)), x.dtype)
    return result


_clip_kernel = jit(_clip, (3, 4, 5, 6))
_clip_seen: dict = {}


@scoped
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    x = as_array(x)
    low, high = min, max
    if x.dtype.kind in "iu":
        info = np.iinfo(x.dtype)
        if type(low) in (int, float) and low <= info.min:
            low = None
        if type(high) in (int, float) and high >= info.max:
            high = None
    casts = [None, None, None, None]
    if low is not None:
        _, low, casts[0], casts[1] = plan(x, low)
    if high is not None:
        _, high, casts[2], casts[3] = plan(x, high)
    if low is None and high is None:
        return x
    if any(isinstance(v, Tracer) for v in (x, low, high)):
        return _clip(x, low, high, *casts)
    return elementwise_call(_clip_kernel, _clip_seen, (x, low, high), tuple(casts))
