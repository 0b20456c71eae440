"""Elementwise functions.

Most ``jax.numpy`` functions already have the standard's semantics once
their operands have Ivy's promoted dtype (see ``_common.binary``); the few
that differ are adapted below.
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp

from ivy_backend_jax._common import as_array, binary, promote, scoped, strong, unary

_UNARY = {
    "abs": jnp.abs, "acos": jnp.acos, "acosh": jnp.acosh, "asin": jnp.asin, "asinh": jnp.asinh,
    "atan": jnp.atan, "atanh": jnp.atanh, "bitwise_invert": jnp.bitwise_invert, "conj": jnp.conj,
    "cos": jnp.cos, "cosh": jnp.cosh, "exp": jnp.exp, "isfinite": jnp.isfinite, "isinf": jnp.isinf,
    "isnan": jnp.isnan, "log": jnp.log, "log1p": jnp.log1p, "log2": jnp.log2, "log10": jnp.log10,
    "logical_not": jnp.logical_not, "negative": jnp.negative, "positive": jnp.positive,
    "round": jnp.round, "sign": jnp.sign, "signbit": jnp.signbit, "sin": jnp.sin, "sinh": jnp.sinh,
    "square": jnp.square, "sqrt": jnp.sqrt, "tan": jnp.tan, "tanh": jnp.tanh,
    "ceil": jnp.ceil, "floor": jnp.floor, "trunc": jnp.trunc, "imag": jnp.imag,
}  # fmt: skip

_BINARY = {
    "add": jnp.add, "subtract": jnp.subtract, "multiply": jnp.multiply, "divide": jnp.divide,
    "pow": jnp.pow, "atan2": jnp.atan2, "copysign": jnp.copysign, "hypot": jnp.hypot,
    "logaddexp": jnp.logaddexp, "nextafter": jnp.nextafter, "maximum": jnp.maximum,
    "minimum": jnp.minimum, "equal": jnp.equal, "not_equal": jnp.not_equal, "less": jnp.less,
    "less_equal": jnp.less_equal, "greater": jnp.greater, "greater_equal": jnp.greater_equal,
    "bitwise_and": jnp.bitwise_and, "bitwise_or": jnp.bitwise_or, "bitwise_xor": jnp.bitwise_xor,
    "bitwise_left_shift": jnp.bitwise_left_shift, "bitwise_right_shift": jnp.bitwise_right_shift,
    "logical_and": jnp.logical_and, "logical_or": jnp.logical_or, "logical_xor": jnp.logical_xor,
    "remainder": jnp.remainder,
}  # fmt: skip

globals().update({name: unary(function, name) for name, function in _UNARY.items()})
globals().update({name: binary(function, name) for name, function in _BINARY.items()})


@scoped
def real(x: Any) -> Any:
    return jnp.real(x)


@scoped
def reciprocal(x: Any) -> Any:
    return jnp.reciprocal(x)


@scoped
def expm1(x: Any) -> Any:
    return jnp.expm1(x)


@scoped
def floor_divide(x1: Any, x2: Any) -> Any:
    x1, x2 = promote(x1, x2)
    result = jnp.floor_divide(x1, x2)
    if result.dtype.kind != "f":
        return result
    # JAX follows Python's divmod, which gives nan for inf // finite and -1 for
    # 1 // -inf; the standard asks for floor(x1 / x2) there.
    infinite = jnp.isinf(x1) | jnp.isinf(x2)
    return jnp.where(infinite, jnp.floor(jnp.divide(x1, x2)), result)


@scoped
def clip(x: Any, min: Any, max: Any) -> Any:  # noqa: A002 - the standard's names
    x = as_array(x)
    dtype = x.dtype
    if dtype.kind in "iu":
        # A bound outside the dtype's range does not bound anything (and must not wrap around).
        info = jnp.iinfo(dtype)
        if isinstance(min, (int, float)) and not isinstance(min, bool) and min <= info.min:
            min = None  # noqa: A001
        if isinstance(max, (int, float)) and not isinstance(max, bool) and max >= info.max:
            max = None  # noqa: A001
    if min is None and max is None:
        return x
    result = x
    if min is not None:
        result = jnp.maximum(*promote(result, min))
    if max is not None:
        result = jnp.minimum(*promote(result, max))
    return strong(result, dtype) if result.dtype != dtype else result
