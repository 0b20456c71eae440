# ruff: noqa: A001, A002 - paddle's own argument and function names (max, min, sum, ...)
"""Elementwise math, comparisons, logic and operators: tables of ``paddle`` names over ``ivy`` calls."""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable
from functools import partial
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._registry import add, register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, operands, wrap

# -- unary -------------------------------------------------------------------------------


def _rsqrt(a: Any) -> Any:
    return ivy.reciprocal(ivy.sqrt(a))


def _sigmoid(a: Any) -> Any:
    return ivy.nn.sigmoid(a)


def _deg2rad(a: Any) -> Any:
    return ivy.multiply(a, ivy.asarray(math.pi / 180, dtype=a.dtype))


def _rad2deg(a: Any) -> Any:
    return ivy.multiply(a, ivy.asarray(180 / math.pi, dtype=a.dtype))


def _logit(a: Any) -> Any:
    return ivy.log(ivy.divide(a, ivy.subtract(ivy.asarray(1, dtype=a.dtype), a)))


def _exp2(a: Any) -> Any:
    return ivy.pow(ivy.asarray(2, dtype=a.dtype), a)


def _sinc(a: Any) -> Any:
    """paddle turns every NaN of ``sin(pi x) / (pi x)`` into 1: NaN and the infinities give 1."""
    out = shared_math.sinc(a)
    return ivy.where(ivy.isnan(out), ivy.ones_like(out), out)


#: functions whose integer/bool inputs are computed in the default float dtype
FLOAT_UNARY: dict[str, Callable[[Any], Any]] = {
    **shared_math.same_names("exp expm1 log log2 log10 log1p sqrt"),
    "rsqrt": _rsqrt,
    **shared_math.TRIGONOMETRIC,
    **shared_math.same_names("erf erfinv reciprocal"),
    "sigmoid": _sigmoid,
    "deg2rad": _deg2rad,
    "rad2deg": _rad2deg,
    "logit": _logit,
    "exp2": _exp2,
    "sinc": _sinc,
}
#: functions that keep the input dtype
SAME_UNARY: dict[str, Callable[[Any], Any]] = {
    "abs": ivy.abs,
    "neg": ivy.negative,
    "floor": ivy.floor,
    "ceil": ivy.ceil,
    "trunc": ivy.trunc,
    "sign": ivy.sign,
    "square": ivy.square,
    "conj": ivy.conj,
    "bitwise_not": ivy.bitwise_invert,
    "positive": ivy.positive,
}
#: predicates (bool result)
BOOL_UNARY: dict[str, Callable[[Any], Any]] = {
    "isnan": ivy.isnan,
    "isinf": ivy.isinf,
    "isfinite": ivy.isfinite,
    "logical_not": ivy.logical_not,
    "signbit": ivy.signbit,
}


def _to_float(a: Any) -> Any:
    return a if a.dtype.kind in "fc" else ivy.astype(a, D.default_float()._ivy)


def _float_unary(name: str, f: Callable[[Any], Any]) -> Callable[..., Tensor]:
    def op(x: Any, name: str | None = None) -> Tensor:
        return wrap(f(_to_float(as_ivy(x))))

    return named(op, name, f"paddle.{name}: elementwise, integers computed in the default float dtype.")


def _same_unary(name: str, f: Callable[[Any], Any]) -> Callable[..., Tensor]:
    def op(x: Any, name: str | None = None) -> Tensor:
        return wrap(f(as_ivy(x)))

    return named(op, name, f"paddle.{name}: elementwise, same dtype.")


def _bool_unary(name: str, f: Callable[[Any], Any]) -> Callable[..., Tensor]:
    def op(x: Any, name: str | None = None) -> Tensor:
        return wrap(f(as_ivy(x)))

    return named(op, name, f"paddle.{name}: elementwise predicate.")


def inplace(fn: Callable[..., Tensor], name: str) -> Callable[..., Tensor]:
    """The ``name_`` form of ``fn``: the result rebinds the first tensor (dtype kept, except that
    comparisons and logical ops leave a bool tensor, as paddle's in-place kernels do)."""

    def op(x: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        out = fn(x, *args, **kwargs)
        keep = out._ivy.dtype in (x._ivy.dtype, ivy.bool)
        x._ivy = out._ivy if keep else ivy.astype(out._ivy, x._ivy.dtype)
        return x

    return named(op, name, f"paddle.Tensor.{name}: in place.")


for _n, _f in FLOAT_UNARY.items():
    add(_n, _float_unary(_n, _f))
for _n, _f in SAME_UNARY.items():
    add(_n, _same_unary(_n, _f))
for _n, _f in BOOL_UNARY.items():
    add(_n, _bool_unary(_n, _f))
add("negative", _same_unary("negative", ivy.negative))


@register()
def round(x: Any, decimals: int = 0, name: str | None = None) -> Tensor:
    """paddle.round: half to even (paddle 3's rounding, like NumPy's), optionally to ``decimals`` places."""
    a = as_ivy(x)
    if a.dtype.kind not in "fc":
        return wrap(a)
    if not decimals:
        return wrap(ivy.round(a))
    scale = ivy.asarray(10.0**decimals, dtype=a.dtype)
    return wrap(ivy.divide(ivy.round(ivy.multiply(a, scale)), scale))


@register()
def stanh(x: Any, scale_a: float = 0.67, scale_b: float = 1.7159, name: str | None = None) -> Tensor:
    """paddle.stanh: ``scale_b * tanh(scale_a * x)``."""
    a = _to_float(as_ivy(x))
    return wrap(ivy.multiply(ivy.tanh(ivy.multiply(a, ivy.asarray(scale_a, dtype=a.dtype))), scale_b))


@register()
def scale(
    x: Any, scale: float = 1.0, bias: float = 0.0, bias_after_scale: bool = True, act: Any = None, name: Any = None
) -> Tensor:
    """paddle.scale: ``x * scale + bias`` (or ``(x + bias) * scale``)."""
    a = as_ivy(x)
    s = as_ivy(scale, D.of_ivy(a.dtype)) if isinstance(scale, Tensor) else ivy.asarray(scale, dtype=a.dtype)
    b = ivy.asarray(bias, dtype=a.dtype)
    out = ivy.add(ivy.multiply(a, s), b) if bias_after_scale else ivy.multiply(ivy.add(a, b), s)
    return wrap(out)


# -- binary ------------------------------------------------------------------------------


def _binary(name: str, f: Callable[[Any, Any], Any], result: str = "same") -> Callable[..., Tensor]:
    def op(x: Any, y: Any, name: str | None = None) -> Tensor:
        a, b, out = operands(x, y)
        if result == "float" and out.kind not in "fc":
            a, b = ivy.astype(a, D.default_float()._ivy), ivy.astype(b, D.default_float()._ivy)
        return wrap(f(a, b))

    return named(op, name, f"paddle.{name}: elementwise with paddle's promotion.")


def _maximum(a: Any, b: Any) -> Any:
    nan = ivy.logical_or(ivy.isnan(a), ivy.isnan(b)) if a.dtype.kind in "fc" else None
    out = ivy.maximum(a, b)
    return ivy.where(nan, ivy.add(a, b), out) if nan is not None else out


def _minimum(a: Any, b: Any) -> Any:
    nan = ivy.logical_or(ivy.isnan(a), ivy.isnan(b)) if a.dtype.kind in "fc" else None
    out = ivy.minimum(a, b)
    return ivy.where(nan, ivy.add(a, b), out) if nan is not None else out


def _remainder(a: Any, b: Any) -> Any:
    return ivy.remainder(a, b)


BINARY: dict[str, tuple[Callable[[Any, Any], Any], str]] = {
    "add": (ivy.add, "same"),
    "subtract": (ivy.subtract, "same"),
    "multiply": (ivy.multiply, "same"),
    "divide": (ivy.divide, "float"),
    "true_divide": (ivy.divide, "float"),
    "floor_divide": (ivy.floor_divide, "same"),
    "remainder": (_remainder, "same"),
    "mod": (_remainder, "same"),
    "floor_mod": (_remainder, "same"),
    "maximum": (_maximum, "same"),
    "minimum": (_minimum, "same"),
    "fmax": (shared_math.fmax, "same"),
    "fmin": (shared_math.fmin, "same"),
    "atan2": (ivy.atan2, "float"),
    "hypot": (ivy.hypot, "float"),
    "logaddexp": (ivy.logaddexp, "float"),
    "copysign": (ivy.copysign, "float"),
    "nextafter": (ivy.nextafter, "float"),
    "heaviside": (partial(shared_math.heaviside, nan_gives_zero=True), "same"),
    "bitwise_and": (ivy.bitwise_and, "same"),
    "bitwise_or": (ivy.bitwise_or, "same"),
    "bitwise_xor": (ivy.bitwise_xor, "same"),
    "bitwise_left_shift": (ivy.bitwise_left_shift, "same"),
    "bitwise_right_shift": (ivy.bitwise_right_shift, "same"),
    "logical_and": (ivy.logical_and, "same"),
    "logical_or": (ivy.logical_or, "same"),
    "logical_xor": (ivy.logical_xor, "same"),
    "equal": (ivy.equal, "same"),
    "not_equal": (ivy.not_equal, "same"),
    "greater_than": (ivy.greater, "same"),
    "greater_equal": (ivy.greater_equal, "same"),
    "less_than": (ivy.less, "same"),
    "less_equal": (ivy.less_equal, "same"),
    "less": (ivy.less, "same"),
    "greater": (ivy.greater, "same"),
}
for _n, (_f, _r) in BINARY.items():
    add(_n, _binary(_n, _f, _r))

#: ops whose in-place form paddle offers (``x.add_(y)``, ``paddle.add_``)
INPLACE = (
    "add subtract multiply divide floor_divide remainder mod floor_mod exp sqrt rsqrt reciprocal abs floor ceil "
    "round trunc tanh sigmoid sin cos tan log log2 log10 log1p expm1 square neg sign asin acos atan sinh cosh "
    "asinh acosh atanh erfinv logit lerp clip scale pow bitwise_and bitwise_or bitwise_xor bitwise_not "
    "logical_and logical_or logical_xor logical_not equal not_equal greater_than greater_equal less_than less_equal "
    "cumsum cumprod digamma hypot copysign nan_to_num"
).split()


@register()
def pow(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.pow: a scalar exponent keeps ``x``'s dtype; tensors promote."""
    if isinstance(y, (builtins.int, builtins.float)) and not isinstance(y, builtins.bool):
        a = as_ivy(x)
        if a.dtype.kind in "iu":
            return wrap(ivy.astype(ivy.pow(ivy.astype(a, ivy.float64), builtins.float(y)), a.dtype))
        return wrap(ivy.pow(a, ivy.asarray(y, dtype=a.dtype)))
    a, b, _ = operands(x, y)
    return wrap(ivy.pow(a, b))


@register()
def lerp(x: Any, y: Any, weight: Any, name: str | None = None) -> Tensor:
    """paddle.lerp: ``x + weight * (y - x)``."""
    a, b, d = operands(x, y)
    w = (
        as_ivy(weight, d)
        if not isinstance(weight, (builtins.int, builtins.float))
        else ivy.asarray(weight, dtype=a.dtype)
    )
    return wrap(ivy.add(a, ivy.multiply(w, ivy.subtract(b, a))))


@register()
def clip(x: Any, min: Any = None, max: Any = None, name: str | None = None) -> Tensor:
    """paddle.clip: bounds in ``x``'s dtype."""
    a = as_ivy(x)
    lo = None if min is None else ivy.astype(as_ivy(min) if isinstance(min, Tensor) else ivy.asarray(min), a.dtype)
    hi = None if max is None else ivy.astype(as_ivy(max) if isinstance(max, Tensor) else ivy.asarray(max), a.dtype)
    return wrap(ivy.clip(a, lo, hi))


@register()
def nan_to_num(
    x: Any, nan: float = 0.0, posinf: float | None = None, neginf: float | None = None, name: str | None = None
) -> Tensor:
    """paddle.nan_to_num."""
    a = as_ivy(x)
    if a.dtype.kind not in "f":
        return wrap(a)
    fi = ivy.finfo(a.dtype)
    hi = fi.max if posinf is None else posinf
    lo = fi.min if neginf is None else neginf
    out = ivy.where(ivy.isnan(a), ivy.asarray(nan, dtype=a.dtype), a)
    out = ivy.where(ivy.logical_and(ivy.isinf(out), ivy.greater(out, 0)), ivy.asarray(hi, dtype=a.dtype), out)
    return wrap(ivy.where(ivy.logical_and(ivy.isinf(out), ivy.less(out, 0)), ivy.asarray(lo, dtype=a.dtype), out))


@register()
def isclose(
    x: Any, y: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False, name: str | None = None
) -> Tensor:
    """paddle.isclose: ``|x - y| <= atol + rtol * |y|``."""
    a, b, _ = operands(x, y)
    close = ivy.less_equal(ivy.abs(ivy.subtract(a, b)), ivy.add(atol, ivy.multiply(rtol, ivy.abs(b))))
    close = ivy.logical_or(close, ivy.equal(a, b))
    if equal_nan:
        close = ivy.logical_or(close, ivy.logical_and(ivy.isnan(a), ivy.isnan(b)))
    return wrap(close)


@register()
def allclose(
    x: Any, y: Any, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False, name: str | None = None
) -> Tensor:
    """paddle.allclose: a 0-d bool tensor."""
    return wrap(ivy.all(isclose(x, y, rtol, atol, equal_nan)._ivy))


@register()
def equal_all(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.equal_all: same shape and all elements equal."""
    a, b = as_ivy(x), as_ivy(y)
    if tuple(a.shape) != tuple(b.shape):
        return wrap(ivy.asarray(False))
    return wrap(ivy.all(ivy.equal(a, b)))


@register()
def increment(x: Tensor, value: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.increment: ``x += value`` in place (a 1-element tensor)."""
    x._ivy = ivy.add(x._ivy, ivy.asarray(value, dtype=x._ivy.dtype))
    return x


@register()
def addmm(input: Any, x: Any, y: Any, beta: float = 1.0, alpha: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.addmm: ``beta * input + alpha * x @ y``."""
    a, b = as_ivy(x), as_ivy(y)
    prod = ivy.matmul(a, b)
    return wrap(ivy.add(ivy.multiply(as_ivy(input), beta), ivy.multiply(prod, alpha)))


# -- operators ---------------------------------------------------------------------------


def _reflect(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    def op(self: Any, other: Any) -> Tensor:
        return fn(other, self)

    return op


def _truediv(x: Any, y: Any) -> Tensor:
    return BINARY_FNS["divide"](x, y)


def _pow_op(x: Any, y: Any) -> Tensor:
    a, b, _ = operands(x, y)
    return wrap(ivy.pow(a, b))


def _matmul_op(x: Any, y: Any) -> Tensor:
    from ivy_frontends.paddle._linalg_core import matmul

    return matmul(x, y)


def _eq(self: Any, other: Any) -> Any:
    if other is None or not isinstance(other, (Tensor, ivy.Array, builtins.int, builtins.float, builtins.complex)):
        return False
    return BINARY_FNS["equal"](self, other)


def _ne(self: Any, other: Any) -> Any:
    if other is None or not isinstance(other, (Tensor, ivy.Array, builtins.int, builtins.float, builtins.complex)):
        return True
    return BINARY_FNS["not_equal"](self, other)


def _neg(self: Any) -> Tensor:
    a = as_ivy(self)
    return wrap(ivy.logical_not(a) if a.dtype.kind == "b" else ivy.negative(a))


def _invert(self: Any) -> Tensor:
    a = as_ivy(self)
    return wrap(ivy.logical_not(a) if a.dtype.kind == "b" else ivy.bitwise_invert(a))


BINARY_FNS: dict[str, Callable[..., Tensor]] = {}


def install_operators(cls: type) -> None:
    """Python operators of the Tensor class, through the registered paddle functions."""
    from ivy_frontends.paddle._registry import NAMESPACE

    BINARY_FNS.update({n: NAMESPACE[n] for n in BINARY})
    table = {
        "add": "add",
        "sub": "subtract",
        "mul": "multiply",
        "floordiv": "floor_divide",
        "mod": "remainder",
        "and": "bitwise_and",
        "or": "bitwise_or",
        "xor": "bitwise_xor",
        "lshift": "bitwise_left_shift",
        "rshift": "bitwise_right_shift",
    }
    for short, fname in table.items():
        fn = NAMESPACE[fname]
        setattr(cls, f"__{short}__", fn)
        setattr(cls, f"__r{short}__", _reflect(fn))
    cls.__truediv__ = _truediv
    cls.__rtruediv__ = _reflect(_truediv)
    cls.__pow__ = _pow_op
    cls.__rpow__ = _reflect(_pow_op)
    cls.__matmul__ = _matmul_op
    cls.__rmatmul__ = _reflect(_matmul_op)
    cls.__lt__ = NAMESPACE["less_than"]
    cls.__le__ = NAMESPACE["less_equal"]
    cls.__gt__ = NAMESPACE["greater_than"]
    cls.__ge__ = NAMESPACE["greater_equal"]
    cls.__eq__ = _eq
    cls.__ne__ = _ne
    cls.__neg__ = _neg
    cls.__pos__ = lambda self: self
    cls.__abs__ = NAMESPACE["abs"]
    cls.__invert__ = _invert
    cls.__hash__ = lambda self: id(self)
    for short in ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor"):
        setattr(cls, f"__i{short}__", _iop(getattr(cls, f"__{short}__")))


def _iop(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    def op(self: Tensor, other: Any) -> Tensor:
        out = fn(self, other)
        self._ivy = out._ivy
        return self

    return op
