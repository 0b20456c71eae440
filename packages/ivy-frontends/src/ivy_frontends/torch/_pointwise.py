# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Elementwise functions, generated from tables.

Each table row gives the torch name and the ivy computation; one loop makes
the namespace function (with ``out=``), the Tensor method and the in-place
``name_`` method, so the three always agree. Operators (``__add__``,
``__radd__``, ``__iadd__``...) are made from the binary rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import assign, make_inplace, to_out
from ivy_frontends.torch._promotion import binary, unary_float
from ivy_frontends.torch._registry import add
from ivy_frontends.torch._tensor import Tensor, as_ivy, tensor_arg, wrap

# -- unary -------------------------------------------------------------------
# mode: "float" turns integer/bool inputs into the default float dtype first (torch.sin(int) is float32),
# "same" keeps the dtype, "bool" gives a bool result (no in-place form).


def _frac(x: Any) -> Any:
    if x.dtype.kind not in "fc":
        raise NotImplementedError(f"torch.frac: not implemented for '{D.from_ivy(x.dtype)}'")
    return ivy.subtract(x, ivy.trunc(x))


def _sinc(x: Any) -> Any:
    """torch computes half-precision sinc in float32 and rounds once."""
    if x.dtype in (ivy.float16, ivy.bfloat16):
        return ivy.astype(shared_math.sinc(ivy.astype(x, ivy.float32)), x.dtype)
    return shared_math.sinc(x)


def _sgn(x: Any) -> Any:
    if x.dtype.kind != "c":
        return ivy.sign(x)
    mag = ivy.abs(x)
    return ivy.where(ivy.equal(mag, 0), ivy.zeros_like(x), ivy.divide(x, ivy.astype(mag, x.dtype)))


def _angle(x: Any) -> Any:
    if x.dtype.kind == "c":
        return ivy.atan2(ivy.imag(x), ivy.real(x))
    return ivy.where(ivy.less(x, 0), ivy.full_like(x, math.pi), ivy.where(ivy.isnan(x), x, ivy.zeros_like(x)))


def _sign(x: Any) -> Any:
    if x.dtype.kind == "b":
        return x
    return ivy.sign(x)


def _neg(x: Any) -> Any:
    if x.dtype.kind == "b":
        raise RuntimeError("Negation, the `-` operator, on a bool tensor is not supported.")
    return ivy.negative(x)


def _bitwise_not(x: Any) -> Any:
    if x.dtype.kind == "b":
        return ivy.logical_not(x)
    if x.dtype.kind not in "iu":
        raise RuntimeError("bitwise_not: only integral and boolean tensors are supported")
    return ivy.bitwise_invert(x)


def _relu(x: Any) -> Any:
    if x.dtype.kind == "f":
        return ivy.nn.relu(x)  # the backends' native relu (ints keep their dtype through maximum)
    return ivy.maximum(x, 0) if x.dtype.kind != "b" else x


def _logical_not(x: Any) -> Any:
    return ivy.logical_not(x if x.dtype.kind == "b" else ivy.not_equal(x, 0))


def _isreal(x: Any) -> Any:
    return ivy.equal(ivy.imag(x), 0) if x.dtype.kind == "c" else ivy.ones_like(x, dtype=ivy.bool)


def _isfinite(x: Any) -> Any:
    return ivy.isfinite(x) if x.dtype.kind in "fc" else ivy.ones_like(x, dtype=ivy.bool)


def _isinf(x: Any) -> Any:
    return ivy.isinf(x) if x.dtype.kind in "fc" else ivy.zeros_like(x, dtype=ivy.bool)


def _isnan(x: Any) -> Any:
    return ivy.isnan(x) if x.dtype.kind in "fc" else ivy.zeros_like(x, dtype=ivy.bool)


def _isposinf(x: Any) -> Any:
    return ivy.logical_and(_isinf(x), ivy.greater(x, 0)) if x.dtype.kind == "f" else _isinf(x)


def _isneginf(x: Any) -> Any:
    return ivy.logical_and(_isinf(x), ivy.less(x, 0)) if x.dtype.kind == "f" else _isinf(x)


def _signbit(x: Any) -> Any:
    return ivy.signbit(x) if x.dtype.kind == "f" else ivy.less(x, 0)


def _rsqrt(x: Any) -> Any:
    return ivy.divide(1, ivy.sqrt(x))


def _exp2(x: Any) -> Any:
    return ivy.pow(2.0, x)


UNARY: dict[str, tuple[Callable[[Any], Any], str]] = {
    "abs": (ivy.abs, "same"),
    "neg": (_neg, "same"),
    "positive": (ivy.positive, "same"),
    "sign": (_sign, "same"),
    "sgn": (_sgn, "same"),
    "square": (ivy.square, "same"),
    "relu": (_relu, "same"),
    "floor": (ivy.floor, "same"),
    "ceil": (ivy.ceil, "same"),
    "trunc": (ivy.trunc, "same"),
    "frac": (_frac, "same"),
    "conj": (ivy.conj, "same"),
    "conj_physical": (ivy.conj, "same"),
    "resolve_conj": (lambda x: x, "same"),
    "resolve_neg": (lambda x: x, "same"),
    "bitwise_not": (_bitwise_not, "same"),
    "sqrt": (ivy.sqrt, "float"),
    "rsqrt": (_rsqrt, "float"),
    "exp": (ivy.exp, "float"),
    "exp2": (_exp2, "float"),
    "expm1": (ivy.expm1, "float"),
    "log": (ivy.log, "float"),
    "log2": (ivy.log2, "float"),
    "log10": (ivy.log10, "float"),
    "log1p": (ivy.log1p, "float"),
    "sin": (ivy.sin, "float"),
    "cos": (ivy.cos, "float"),
    "tan": (ivy.tan, "float"),
    "asin": (ivy.asin, "float"),
    "acos": (ivy.acos, "float"),
    "atan": (ivy.atan, "float"),
    "sinh": (ivy.sinh, "float"),
    "cosh": (ivy.cosh, "float"),
    "tanh": (ivy.tanh, "float"),
    "asinh": (ivy.asinh, "float"),
    "acosh": (ivy.acosh, "float"),
    "atanh": (ivy.atanh, "float"),
    "sigmoid": (ivy.nn.sigmoid, "float"),
    "reciprocal": (lambda x: ivy.divide(1, x), "float"),
    "erf": (ivy.erf, "float"),
    "erfc": (lambda x: ivy.subtract(1, ivy.erf(x)), "float"),
    "erfinv": (ivy.erfinv, "float"),
    "deg2rad": (lambda x: ivy.multiply(x, math.pi / 180), "float"),
    "rad2deg": (lambda x: ivy.multiply(x, 180 / math.pi), "float"),
    "sinc": (_sinc, "float"),
    "angle": (_angle, "float"),
    "logical_not": (_logical_not, "bool"),
    "isnan": (_isnan, "bool"),
    "isinf": (_isinf, "bool"),
    "isfinite": (_isfinite, "bool"),
    "isposinf": (_isposinf, "bool"),
    "isneginf": (_isneginf, "bool"),
    "isreal": (_isreal, "bool"),
    "signbit": (_signbit, "bool"),
}
UNARY_ALIASES = {
    "absolute": "abs",
    "negative": "neg",
    "fix": "trunc",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
    "arcsinh": "asinh",
    "arccosh": "acosh",
    "arctanh": "atanh",
}
#: names with no in-place form in torch (or none worth having), and those torch lacks as methods
_NO_INPLACE = {"positive", "isnan", "isinf", "isfinite", "isposinf", "isneginf", "isreal", "signbit", "angle"}
_NO_INPLACE |= {"conj", "resolve_conj", "resolve_neg"}
_NOT_IN_NAMESPACE: set[str] = set()


def _make_unary(name: str, compute: Callable[[Any], Any], mode: str) -> Callable[..., Tensor]:
    full = f"torch.{name}"
    if mode == "float":

        def fn(input: Tensor, *, out: Tensor | None = None) -> Tensor:
            return to_out(out, compute(unary_float(tensor_arg(input, full))), full)

    else:

        def fn(input: Tensor, *, out: Tensor | None = None) -> Tensor:
            return to_out(out, compute(tensor_arg(input, full)._ivy), full)

    return named(fn, name, f"torch.{name}, elementwise, computed with ivy.")


for _name, (_compute, _mode) in UNARY.items():
    _fn = _make_unary(_name, _compute, _mode)
    add(_name, _fn)
    if _name not in _NO_INPLACE:
        add(f"{_name}_", make_inplace(_fn, _name), namespace=_name in {"relu", "sigmoid", "exp", "sqrt", "abs"})
for _alias, _name in UNARY_ALIASES.items():
    add(_alias, _make_unary(_alias, *UNARY[_name]))
    add(f"{_alias}_", make_inplace(_make_unary(_alias, *UNARY[_name]), _alias), namespace=False)

# -- binary ------------------------------------------------------------------


def _floor_div(a: Any, b: Any) -> Any:
    return (
        ivy.floor_divide(a, b)
        if getattr(a, "dtype", None) is None or a.dtype.kind != "b"
        else ivy.floor_divide(ivy.astype(a, ivy.int8), b)
    )


def _trunc_div(a: Any, b: Any) -> Any:
    if _kind(a, b) in "iu":
        q = ivy.floor_divide(a, b)
        r = ivy.remainder(a, b)
        fix = ivy.logical_and(ivy.not_equal(r, 0), ivy.not_equal(ivy.less(a, 0), ivy.less(b, 0)))
        return ivy.where(fix, ivy.add(q, 1), q)
    return ivy.trunc(ivy.divide(a, b))


def _kind(a: Any, b: Any) -> str:
    return (a if isinstance(a, ivy.Array) else b).dtype.kind


def _fmod(a: Any, b: Any) -> Any:
    r = ivy.remainder(a, b)
    fix = ivy.logical_and(ivy.not_equal(r, 0), ivy.not_equal(ivy.less(r, 0), ivy.less(a, 0)))
    return ivy.where(fix, ivy.subtract(r, b), r)


def _add(a: Any, b: Any) -> Any:
    return ivy.logical_or(a, b) if _kind(a, b) == "b" else ivy.add(a, b)


def _mul(a: Any, b: Any) -> Any:
    return ivy.logical_and(a, b) if _kind(a, b) == "b" else ivy.multiply(a, b)


def _sub(a: Any, b: Any) -> Any:
    if _kind(a, b) == "b":
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not supported.")
    return ivy.subtract(a, b)


def _xlogy(a: Any, b: Any) -> Any:
    out = ivy.multiply(a, ivy.log(b))
    return ivy.where(ivy.logical_and(ivy.equal(a, 0), ivy.logical_not(ivy.isnan(b))), ivy.zeros_like(out), out)


def _bool(a: Any) -> Any:
    if not isinstance(a, ivy.Array):
        return bool(a)
    return a if a.dtype.kind == "b" else ivy.not_equal(a, 0)


def _bitwise(function: Callable[[Any, Any], Any], logical: Callable[[Any, Any], Any], name: str) -> Callable:
    def compute(a: Any, b: Any) -> Any:
        kind = _kind(a, b)
        if kind == "b":
            return logical(a, b)
        if kind not in "iu":
            raise RuntimeError(f"{name}: only integral and boolean tensors are supported, not floating or complex")
        return function(a, b)

    return compute


def _pow(a: Any, b: Any) -> Any:
    return ivy.pow(a, b)


# mode: "arith" keeps the promoted dtype, "float" makes integer results the default float (true division),
# "floating" rejects integer operands as torch's kernels do, "cmp" gives bool,
# "logical" works on truthiness and gives bool.
BINARY: dict[str, tuple[Callable[[Any, Any], Any], str]] = {
    "add": (_add, "arith"),
    "sub": (_sub, "arith"),
    "mul": (_mul, "arith"),
    "div": (ivy.divide, "float"),
    "floor_divide": (_floor_div, "arith"),
    "remainder": (ivy.remainder, "arith"),
    "fmod": (_fmod, "arith"),
    "pow": (_pow, "arith"),
    "atan2": (ivy.atan2, "float"),
    "hypot": (ivy.hypot, "floating"),
    "logaddexp": (ivy.logaddexp, "floating"),
    "logaddexp2": (shared_math.logaddexp2, "floating"),
    "copysign": (ivy.copysign, "float"),
    "nextafter": (ivy.nextafter, "arith"),
    "xlogy": (_xlogy, "float"),
    "maximum": (ivy.maximum, "arith"),
    "minimum": (ivy.minimum, "arith"),
    "fmax": (partial(shared_math.fmax, ties_to_first=True), "arith"),
    "fmin": (partial(shared_math.fmin, ties_to_first=True), "arith"),
    "bitwise_and": (_bitwise(ivy.bitwise_and, ivy.logical_and, "bitwise_and"), "arith"),
    "bitwise_or": (_bitwise(ivy.bitwise_or, ivy.logical_or, "bitwise_or"), "arith"),
    "bitwise_xor": (_bitwise(ivy.bitwise_xor, ivy.logical_xor, "bitwise_xor"), "arith"),
    "bitwise_left_shift": (ivy.bitwise_left_shift, "arith"),
    "bitwise_right_shift": (ivy.bitwise_right_shift, "arith"),
    "eq": (ivy.equal, "cmp"),
    "ne": (ivy.not_equal, "cmp"),
    "lt": (ivy.less, "cmp"),
    "le": (ivy.less_equal, "cmp"),
    "gt": (ivy.greater, "cmp"),
    "ge": (ivy.greater_equal, "cmp"),
    "logical_and": (lambda a, b: ivy.logical_and(_bool(a), _bool(b)), "logical"),
    "logical_or": (lambda a, b: ivy.logical_or(_bool(a), _bool(b)), "logical"),
    "logical_xor": (lambda a, b: ivy.logical_xor(_bool(a), _bool(b)), "logical"),
}
BINARY_ALIASES = {
    "subtract": "sub",
    "multiply": "mul",
    "divide": "div",
    "true_divide": "div",
    "arctan2": "atan2",
    "greater": "gt",
    "greater_equal": "ge",
    "less": "lt",
    "less_equal": "le",
    "not_equal": "ne",
}
_BINARY_NO_INPLACE = {"maximum", "minimum", "fmax", "fmin", "logaddexp", "logaddexp2", "nextafter"}


def _make_binary(name: str, compute: Callable[[Any, Any], Any], mode: str) -> Callable[..., Tensor]:
    full = f"torch.{name}"

    def fn(input: Any, other: Any, *, out: Tensor | None = None) -> Tensor:
        a, b, target = binary(input, other, full)
        if mode == "floating" and D.category(target) < 2:
            raise NotImplementedError(f"{full}: \"{name}_cpu\" not implemented for '{target}'")
        if mode == "float" and D.category(target) < 2:
            f = D.get_default_dtype()._ivy
            a = ivy.astype(a, f) if isinstance(a, ivy.Array) else float(a)
            b = ivy.astype(b, f) if isinstance(b, ivy.Array) else float(b)
        if not isinstance(a, ivy.Array):
            a = as_ivy(a, target)
        return to_out(out, compute(a, b), full)

    return named(fn, name, f"torch.{name}: elementwise with torch's type promotion.")


_BINARY_FNS: dict[str, Callable[..., Tensor]] = {}
for _name, (_compute, _mode) in BINARY.items():
    _BINARY_FNS[_name] = _make_binary(_name, _compute, _mode)
for _alias, _name in BINARY_ALIASES.items():
    _BINARY_FNS[_alias] = _make_binary(_alias, *BINARY[_name])


def _scaled(fn: Callable[..., Tensor], name: str) -> Callable[..., Tensor]:
    """add/sub with torch's ``alpha`` multiplier on ``other``."""

    def scaled(input: Any, other: Any, *, alpha: Any = 1, out: Tensor | None = None) -> Tensor:
        if alpha != 1:
            other = mul(other, alpha) if isinstance(other, Tensor) else other * alpha
        return fn(input, other, out=out)

    return named(scaled, name, f"torch.{name}: ``input {'+' if name == 'add' else '-'} alpha * other``.")


def _div_rounding(fn: Callable[..., Tensor], name: str) -> Callable[..., Tensor]:
    """div with torch's ``rounding_mode`` (None, "trunc", "floor")."""

    def div(input: Any, other: Any, *, rounding_mode: str | None = None, out: Tensor | None = None) -> Tensor:
        if rounding_mode is None:
            return fn(input, other, out=out)
        full = f"torch.{name}"
        a, b, target = binary(input, other, full)
        if not isinstance(a, ivy.Array):
            a = as_ivy(a, target)
        if rounding_mode == "floor":
            return to_out(out, ivy.floor(ivy.divide(a, b)) if target.is_floating_point else _floor_div(a, b), full)
        if rounding_mode == "trunc":
            return to_out(out, _trunc_div(a, b), full)
        raise ValueError(f"{full}(): argument 'rounding_mode' must be None, 'trunc' or 'floor', not {rounding_mode!r}")

    return named(div, name, f"torch.{name}: true division, or rounded with ``rounding_mode``.")


for _name in ("add", "sub", "subtract"):
    _BINARY_FNS[_name] = _scaled(_BINARY_FNS[_name], _name)
for _name in ("div", "divide"):
    _BINARY_FNS[_name] = _div_rounding(_BINARY_FNS[_name], _name)

for _name, _fn in _BINARY_FNS.items():
    add(_name, _fn)
    if _name not in _BINARY_NO_INPLACE:
        add(f"{_name}_", make_inplace(_fn, _name), namespace=False)

mul = _BINARY_FNS["mul"]


def _rsub(input: Any, other: Any, *, alpha: Any = 1) -> Tensor:
    """torch.rsub: ``other - alpha * input``."""
    return _BINARY_FNS["sub"](other, input, alpha=alpha)


add("rsub", _rsub, method=False)

# -- operators ---------------------------------------------------------------
OPERATORS = {
    "add": "add",
    "sub": "sub",
    "mul": "mul",
    "truediv": "div",
    "floordiv": "floor_divide",
    "mod": "remainder",
    "pow": "pow",
    "and": "bitwise_and",
    "or": "bitwise_or",
    "xor": "bitwise_xor",
    "lshift": "bitwise_left_shift",
    "rshift": "bitwise_right_shift",
}
COMPARISONS = {"eq": "eq", "ne": "ne", "lt": "lt", "le": "le", "gt": "gt", "ge": "ge"}


def _reflected(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    def reflected(self: Tensor, other: Any) -> Tensor:
        return fn(other, self)

    return reflected


def _plain(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    def op(self: Tensor, other: Any) -> Tensor:
        return fn(self, other)

    return op


def _comparison(fn: Callable[..., Tensor], dunder: str) -> Callable[..., Any]:
    def op(self: Tensor, other: Any) -> Any:
        if not isinstance(other, (Tensor, ivy.Array, bool, int, float, complex)):
            return NotImplemented if dunder not in ("eq", "ne") else dunder == "ne"
        return fn(self, other)

    return op


def _inplace_op(fn: Callable[..., Tensor], name: str) -> Callable[..., Tensor]:
    def op(self: Tensor, other: Any) -> Tensor:
        return assign(self, fn(self, other)._ivy, f"Tensor.__i{name}__")

    return op


def install_operators(cls: type) -> None:
    """Attach the Python operators to ``cls`` from the binary and unary tables."""
    for dunder, name in OPERATORS.items():
        fn = _BINARY_FNS[name]
        setattr(cls, f"__{dunder}__", _plain(fn))
        setattr(cls, f"__r{dunder}__", _reflected(fn))
        setattr(cls, f"__i{dunder}__", _inplace_op(fn, dunder))
    for dunder, name in COMPARISONS.items():
        setattr(cls, f"__{dunder}__", _comparison(_BINARY_FNS[name], dunder))
    for prefix in ("", "r", "i"):  # torch keeps Python 2's names of true division (``__rdiv__``)
        setattr(cls, f"__{prefix}div__", getattr(cls, f"__{prefix}truediv__"))
    cls.__neg__ = lambda self: wrap(_neg(self._ivy))
    cls.__pos__ = lambda self: self
    cls.__abs__ = lambda self: wrap(ivy.abs(self._ivy))
    cls.__invert__ = lambda self: wrap(_bitwise_not(self._ivy))
