"""Elementwise jax.numpy functions with JAX's promotion (weak Python scalars), table-driven.

Each entry names the ivy function and how the result dtype is found:
``same`` (the promoted dtype), ``inexact`` (integers computed in floating point,
``jnp.sqrt(int32)`` is float32) or ``bool`` (comparisons and predicates).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, cast_to, operand


def _deg2rad(x: ivy.Array) -> ivy.Array:
    return x * (3.141592653589793 / 180.0)


def _rad2deg(x: ivy.Array) -> ivy.Array:
    return x * (180.0 / 3.141592653589793)


def _exp2(x: ivy.Array) -> ivy.Array:
    return ivy.pow(ivy.full_like(x, 2), x)


def _cbrt(x: ivy.Array) -> ivy.Array:
    return ivy.sign(x) * ivy.pow(ivy.abs(x), ivy.full_like(x, 1.0 / 3.0))


def _rint(x: ivy.Array) -> ivy.Array:
    return ivy.round(x) if x.dtype.kind in "fc" else x


def _keep_int(fn: Callable[[ivy.Array], ivy.Array]) -> Callable[[ivy.Array], ivy.Array]:
    return lambda x: fn(x) if x.dtype.kind in "fc" else x


def _fix(x: ivy.Array) -> ivy.Array:
    return ivy.trunc(x) if x.dtype.kind in "fc" else x


def _square(x: ivy.Array) -> ivy.Array:
    return x * x


def _float_power(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    return ivy.pow(a, b)


def _fmod(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    if a.dtype.kind in "fc":
        return a - ivy.trunc(a / b) * b
    r = ivy.remainder(a, b)
    return ivy.where((r != 0) & ((r < 0) != (a < 0)), r - b, r)


def _power(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    return ivy.pow(a, b)


def _floor_divide(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    return ivy.floor_divide(a, b)


def _ldexp(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    return a * ivy.pow(ivy.full_like(a, 2), b)


#: name -> (ivy function, result rule)
UNARY: dict[str, tuple[Callable[..., Any], str]] = {
    "sqrt": (ivy.sqrt, "inexact"),
    "exp": (ivy.exp, "inexact"),
    "exp2": (_exp2, "inexact"),
    "expm1": (ivy.expm1, "inexact"),
    "log": (ivy.log, "inexact"),
    "log1p": (ivy.log1p, "inexact"),
    "log2": (ivy.log2, "inexact"),
    "log10": (ivy.log10, "inexact"),
    "sin": (ivy.sin, "inexact"),
    "cos": (ivy.cos, "inexact"),
    "tan": (ivy.tan, "inexact"),
    "arcsin": (ivy.asin, "inexact"),
    "arccos": (ivy.acos, "inexact"),
    "arctan": (ivy.atan, "inexact"),
    "asin": (ivy.asin, "inexact"),
    "acos": (ivy.acos, "inexact"),
    "atan": (ivy.atan, "inexact"),
    "sinh": (ivy.sinh, "inexact"),
    "cosh": (ivy.cosh, "inexact"),
    "tanh": (ivy.tanh, "inexact"),
    "arcsinh": (ivy.asinh, "inexact"),
    "arccosh": (ivy.acosh, "inexact"),
    "arctanh": (ivy.atanh, "inexact"),
    "asinh": (ivy.asinh, "inexact"),
    "acosh": (ivy.acosh, "inexact"),
    "atanh": (ivy.atanh, "inexact"),
    "cbrt": (_cbrt, "inexact"),
    "deg2rad": (_deg2rad, "inexact"),
    "rad2deg": (_rad2deg, "inexact"),
    "radians": (_deg2rad, "inexact"),
    "degrees": (_rad2deg, "inexact"),
    "sinc": (shared_math.sinc, "inexact"),
    "reciprocal": (ivy.reciprocal, "inexact"),
    "negative": (ivy.negative, "same"),
    "positive": (ivy.positive, "same"),
    "abs": (ivy.abs, "same"),
    "absolute": (ivy.abs, "same"),
    "sign": (ivy.sign, "same"),
    "square": (_square, "same"),
    "floor": (_keep_int(ivy.floor), "same"),
    "ceil": (_keep_int(ivy.ceil), "same"),
    "trunc": (_keep_int(ivy.trunc), "same"),
    "rint": (_rint, "same"),
    "conj": (ivy.conj, "same"),
    "conjugate": (ivy.conj, "same"),
    "bitwise_not": (ivy.bitwise_invert, "same"),
    "bitwise_invert": (ivy.bitwise_invert, "same"),
    "invert": (ivy.bitwise_invert, "same"),
    "logical_not": (ivy.logical_not, "bool"),
    "isnan": (ivy.isnan, "bool"),
    "isinf": (ivy.isinf, "bool"),
    "isfinite": (ivy.isfinite, "bool"),
    "signbit": (ivy.signbit, "bool"),
}

BINARY: dict[str, tuple[Callable[..., Any], str]] = {
    "add": (ivy.add, "same"),
    "subtract": (ivy.subtract, "same"),
    "multiply": (ivy.multiply, "same"),
    "divide": (ivy.divide, "inexact"),
    "true_divide": (ivy.divide, "inexact"),
    "floor_divide": (_floor_divide, "same"),
    "remainder": (ivy.remainder, "same"),
    "mod": (ivy.remainder, "same"),
    "fmod": (_fmod, "same"),
    "power": (_power, "same"),
    "pow": (_power, "same"),
    "float_power": (_float_power, "inexact"),
    "maximum": (shared_math.maximum, "same"),  # JAX propagates NaN
    "minimum": (shared_math.minimum, "same"),
    "fmax": (shared_math.fmax, "same"),
    "fmin": (shared_math.fmin, "same"),
    "arctan2": (ivy.atan2, "inexact"),
    "atan2": (ivy.atan2, "inexact"),
    "hypot": (ivy.hypot, "inexact"),
    "logaddexp": (ivy.logaddexp, "inexact"),
    "logaddexp2": (shared_math.logaddexp2, "inexact"),
    "copysign": (ivy.copysign, "inexact"),
    "nextafter": (ivy.nextafter, "inexact"),
    "heaviside": (shared_math.heaviside, "inexact"),
    "ldexp": (_ldexp, "inexact"),
    "bitwise_and": (ivy.bitwise_and, "same"),
    "bitwise_or": (ivy.bitwise_or, "same"),
    "bitwise_xor": (ivy.bitwise_xor, "same"),
    "left_shift": (ivy.bitwise_left_shift, "same"),
    "right_shift": (ivy.bitwise_right_shift, "same"),
    "bitwise_left_shift": (ivy.bitwise_left_shift, "same"),
    "bitwise_right_shift": (ivy.bitwise_right_shift, "same"),
    "equal": (ivy.equal, "bool"),
    "not_equal": (ivy.not_equal, "bool"),
    "less": (ivy.less, "bool"),
    "less_equal": (ivy.less_equal, "bool"),
    "greater": (ivy.greater, "bool"),
    "greater_equal": (ivy.greater_equal, "bool"),
    "logical_and": (ivy.logical_and, "bool"),
    "logical_or": (ivy.logical_or, "bool"),
    "logical_xor": (ivy.logical_xor, "bool"),
}

#: the logical functions compute on booleans, not on the promoted dtype
_ON_BOOL = {"logical_and", "logical_or", "logical_xor", "logical_not"}


def _promoted(name: str, rule: str, *xs: Any) -> tuple[list[ivy.Array], _dtypes.dtype, bool]:
    ops = [operand(x) for x in xs]
    d, weak = _dtypes.result(*ops)
    if name in _ON_BOOL:
        d = _dtypes.DTYPES["bool"]
    elif rule == "inexact":
        d = _dtypes.to_inexact(d)
    return [cast_to(o, d) for o in ops], d, weak and rule != "bool"


def make_unary(name: str, fn: Callable[..., Any], rule: str) -> Callable[..., Array]:
    def unary(x: Any, /, **kwargs: Any) -> Array:
        (a,), d, weak = _promoted(name, rule, x)
        out = fn(a)
        if rule != "bool" and out.dtype.name != d.name:
            out = ivy.astype(out, d.ivy)
        return Array(out, weak)

    return named(unary, name, f"jax.numpy.{name}: elementwise, JAX's promotion ({rule}).")


def make_binary(name: str, fn: Callable[..., Any], rule: str) -> Callable[..., Array]:
    def binary(x1: Any, x2: Any, /, **kwargs: Any) -> Array:
        (a, b), d, weak = _promoted(name, rule, x1, x2)
        out = fn(a, b)
        if rule != "bool" and out.dtype.name != d.name:
            out = ivy.astype(out, d.ivy)
        return Array(out, weak)

    return named(binary, name, f"jax.numpy.{name}: elementwise with broadcasting, JAX's promotion ({rule}).")


FUNCTIONS: dict[str, Callable[..., Array]] = {n: make_unary(n, f, r) for n, (f, r) in UNARY.items()}
FUNCTIONS.update({n: make_binary(n, f, r) for n, (f, r) in BINARY.items()})


def divmod(x1: Any, x2: Any, /) -> tuple[Array, Array]:  # noqa: A001 - JAX's name
    """jnp.divmod: (floor_divide, remainder)."""
    return FUNCTIONS["floor_divide"](x1, x2), FUNCTIONS["remainder"](x1, x2)


def clip(arr: Any = None, /, min: Any = None, max: Any = None, **kwargs: Any) -> Array:  # noqa: A002
    """jnp.clip: bounds of the array's dtype, either may be ``None``."""
    a = kwargs.pop("a", arr)
    min = kwargs.pop("a_min", min)  # noqa: A001
    max = kwargs.pop("a_max", max)  # noqa: A001
    x = operand(a)
    out = x
    if min is not None:
        out = FUNCTIONS["maximum"](out, min)
    if max is not None:
        out = FUNCTIONS["minimum"](out, max)
    return out


def where(condition: Any, x: Any = None, y: Any = None, /, **kwargs: Any) -> Any:
    """jnp.where: select with JAX's promotion of ``x`` and ``y``; one argument gives ``nonzero``."""
    if x is None and y is None:
        from ivy_frontends.jax.numpy._delegate import delegate

        return delegate("nonzero")(condition)
    c = cast_to(operand(condition), _dtypes.DTYPES["bool"])
    (a, b), _d, weak = _promoted("where", "same", x, y)
    return Array(ivy.where(c, a, b), weak)


def isclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Array:
    """jnp.isclose."""
    (x, y), d, _ = _promoted("isclose", "same", a, b)
    if d.kind not in "fc":
        return Array(ivy.equal(x, y))
    close = ivy.abs(x - y) <= atol + rtol * ivy.abs(y)
    close = close | (x == y)
    if equal_nan:
        close = close | (ivy.isnan(x) & ivy.isnan(y))
    return Array(close)


def allclose(a: Any, b: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Array:
    """jnp.allclose."""
    return Array(ivy.all(isclose(a, b, rtol, atol, equal_nan)._a))


def nan_to_num(x: Any, copy: bool = True, nan: float = 0.0, posinf: Any = None, neginf: Any = None) -> Array:
    """jnp.nan_to_num: NaN to ``nan``, infinities to the dtype's extremes (or the given values)."""
    a = operand(x)
    if a.dtype.kind not in "fc":
        return a
    v = a._a
    fi = ivy.finfo(v.dtype if v.dtype.kind == "f" else ivy.float64)
    hi = fi.max if posinf is None else posinf
    lo = fi.min if neginf is None else neginf
    v = ivy.where(ivy.isnan(v), ivy.full_like(v, nan), v)
    v = ivy.where(v == float("inf"), ivy.full_like(v, hi), v)
    v = ivy.where(v == float("-inf"), ivy.full_like(v, lo), v)
    return Array(v, a.weak)


FUNCTIONS.update({"divmod": divmod, "clip": clip, "where": where, "isclose": isclose, "allclose": allclose})
FUNCTIONS["nan_to_num"] = nan_to_num
