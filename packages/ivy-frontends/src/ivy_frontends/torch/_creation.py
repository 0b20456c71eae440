# ruff: noqa: A001, A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Tensor creation: tensor/as_tensor, zeros/ones/full/empty (+ _like, new_*), arange/linspace/logspace, eye..."""

from __future__ import annotations

import builtins
import inspect
import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import to_out
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, as_ivy, shape_args, tensor_arg, wrap


def _dt(dtype: Any, function: str) -> D.dtype | None:
    return None if dtype is None else D.as_dtype(dtype, function)


@register("tensor", "as_tensor", "asarray", method=False)
def tensor(data: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kw: Any) -> Tensor:
    """torch.tensor: a new tensor from data (floats get the default dtype, ints int64)."""
    t = wrap(as_ivy(data, _dt(dtype, "torch.tensor")))
    t.requires_grad = requires_grad
    return t


@register("from_numpy", method=False)
def from_numpy(ndarray: Any) -> Tensor:
    """torch.from_numpy: keeps the array's dtype (a copy here)."""
    return wrap(ivy.asarray(ndarray))


_P = inspect.Parameter


def _kw(**defaults: Any) -> tuple[inspect.Parameter, ...]:
    return tuple(_P(n, _P.KEYWORD_ONLY, default=v, annotation=Any) for n, v in defaults.items())


#: the keywords torch's factories take (``layout``, ``device`` and anything else are accepted and ignored)
_FACTORY = (
    *_kw(out=None, dtype=None, layout=None, device=None, requires_grad=False),
    _P("kw", _P.VAR_KEYWORD, annotation=Any),
)
#: the keywords of the ``*_like`` factories, which take no ``out``
_LIKE = _kw(dtype=None, layout=None, device=None, requires_grad=False, memory_format=None)
#: the keywords of ``Tensor.new_*``
_NEW = (*_kw(dtype=None, device=None, requires_grad=False), _P("kw", _P.VAR_KEYWORD, annotation=Any))
_SIZE = (_P("size", _P.VAR_POSITIONAL, annotation=Any),)


def _factory(
    name: str, positional: tuple[inspect.Parameter, ...], impl: Any, doc: str, keywords: tuple = _FACTORY
) -> Any:
    """``torch.<name>``: ``positional`` parameters and a factory's ``keywords``, computed by ``impl``, registered."""
    return register(name, method=False)(signed(name, positional + keywords, impl, f"torch.{name}{doc}"))


def _with_grad(t: Tensor, requires_grad: bool) -> Tensor:
    t.requires_grad = requires_grad
    return t


def _filled(name: str, fill: Any) -> Any:
    def make(size: Any, out: Any, dtype: Any, requires_grad: bool) -> Tensor:
        shape = shape_args(size, f"torch.{name}")
        d = _dt(dtype, f"torch.{name}") or (out.dtype if out is not None else D.get_default_dtype())
        return _with_grad(to_out(out, fill(shape, dtype=d._ivy), f"torch.{name}"), requires_grad)

    doc = "(*size): a new tensor of the default float dtype unless ``dtype`` is given."
    return _factory(name, _SIZE, make, doc)


zeros = _filled("zeros", ivy.zeros)
ones = _filled("ones", ivy.ones)
empty = _filled("empty", ivy.zeros)


@register("scalar_tensor", method=False)
def scalar_tensor(s: Any, *, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kw: Any) -> Tensor:
    """torch.scalar_tensor: a 0-d tensor of the default float dtype (whatever the number's kind) unless ``dtype``."""
    value = s.item() if isinstance(s, Tensor) else s
    if not isinstance(value, (bool, int, float, complex)):
        raise TypeError(f"torch.scalar_tensor: argument 's' must be a Number, not {type(s).__name__}")
    d = _dt(dtype, "torch.scalar_tensor") or D.get_default_dtype()
    return _with_grad(wrap(ivy.asarray(value, dtype=d._ivy)), requires_grad)


def _full(size: Any, fill_value: Any, out: Any, dtype: Any) -> Tensor:
    d = _dt(dtype, "torch.full") or (fill_value.dtype if isinstance(fill_value, Tensor) else D.scalar_dtype(fill_value))
    value = fill_value.item() if isinstance(fill_value, Tensor) else fill_value
    shape = shape_args((size,), "torch.full")
    values = ivy.full(shape, value, dtype=d._ivy) if _fits(value, d) else ivy.astype(ivy.full(shape, value), d._ivy)
    return to_out(out, values, "torch.full")


full = _factory(
    "full",
    params("size", "fill_value"),
    _full,
    ": the fill value's dtype (bool, int64, default float) unless ``dtype``.",
)


def _fits(value: Any, d: D.dtype) -> bool:
    from ivy_frontends.torch._tensor import _fits as fits

    return fits(value, d._ivy)


def _filled_like(name: str, input: Tensor, fill_value: Any, dtype: Any) -> Tensor:
    x = tensor_arg(input, f"torch.{name}")
    d = _dt(dtype, f"torch.{name}") or x.dtype
    return wrap(ivy.astype(ivy.full(x._ivy.shape, fill_value), d._ivy))


def _like(name: str, value: Any) -> Any:
    def make(input: Tensor, dtype: Any) -> Tensor:
        return _filled_like(name, input, value, dtype)

    return _factory(name, params("input"), make, ": shaped like ``input``, its dtype unless ``dtype`` is given.", _LIKE)


_like("zeros_like", 0)
_like("ones_like", 1)
_like("empty_like", 0)


def _full_like(input: Tensor, fill_value: Any, dtype: Any) -> Tensor:
    return _filled_like("full_like", input, fill_value, dtype)


full_like = _factory(
    "full_like", params("input", "fill_value"), _full_like, ": ``input``'s shape and dtype, filled.", _LIKE
)


def _new_filled(name: str, self: Tensor, size: tuple, fill_value: Any, dtype: Any) -> Tensor:
    d = _dt(dtype, f"Tensor.{name}") or self.dtype
    return wrap(ivy.astype(ivy.full(shape_args(size, f"Tensor.{name}"), fill_value), d._ivy))


def _new(name: str, value: Any) -> None:
    def make(self: Tensor, size: Any, dtype: Any) -> Tensor:
        return _new_filled(name, self, size, value, dtype)

    doc = f"Tensor.{name}: a new tensor of ``size`` with this tensor's dtype."
    register(name, namespace=False)(signed(name, params("self") + _SIZE + _NEW, make, doc))


_new("new_zeros", 0)
_new("new_ones", 1)
_new("new_empty", 0)


def _new_full(self: Tensor, size: Any, fill_value: Any, dtype: Any) -> Tensor:
    return _new_filled("new_full", self, (size,), fill_value, dtype)


new_full = register("new_full", namespace=False)(
    signed(
        "new_full",
        params("self", "size", "fill_value") + _NEW[:-1],
        _new_full,
        "Tensor.new_full: a new filled tensor with this tensor's dtype.",
    )
)


@register("new_tensor", namespace=False)
def new_tensor(
    self: Tensor, data: Any, *, dtype: Any = None, device: Any = None, requires_grad: bool = False
) -> Tensor:
    """Tensor.new_tensor: data converted to this tensor's dtype."""
    return wrap(as_ivy(data, _dt(dtype, "Tensor.new_tensor") or self.dtype))


def _arange(start: Any, end: Any, step: Any, out: Any, dtype: Any) -> Tensor:
    if end is None:
        start, end = 0, start
    vals = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    if step == 0:
        raise RuntimeError("arange(): step must be nonzero")
    d = _dt(dtype, "torch.arange")
    if d is None:
        d = D.int64 if builtins.all(isinstance(v, int) for v in vals) else D.get_default_dtype()
    if d.is_floating_point:
        n = builtins.max(0, math.ceil((vals[1] - vals[0]) / vals[2]))
        values = ivy.add(ivy.multiply(ivy.arange(n, dtype=ivy.float64), vals[2]), vals[0])
        return to_out(out, ivy.astype(values, d._ivy), "torch.arange")
    return to_out(out, ivy.arange(*vals, dtype=d._ivy), "torch.arange")


arange = _factory(
    "arange", params("start", end=None, step=1), _arange, ": int64 for integer arguments, the default float otherwise."
)


@register("range", method=False)
def range(start: Any = 0, end: Any = None, step: Any = 1, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.range (deprecated in torch): ``end`` included, the default float dtype."""
    d = _dt(dtype, "torch.range") or D.get_default_dtype()
    n = math.floor((end - start) / step) + 1
    return wrap(ivy.astype(ivy.add(ivy.multiply(ivy.arange(n, dtype=ivy.float64), step), start), d._ivy))


def _linspace(start: Any, end: Any, steps: int, out: Any, dtype: Any) -> Tensor:
    d = _dt(dtype, "torch.linspace") or D.get_default_dtype()
    start, end = (v.item() if isinstance(v, Tensor) else v for v in (start, end))
    vals = ivy.linspace(start, end, steps, dtype=ivy.float64)
    if d.is_floating_point or d.is_complex:
        return to_out(out, ivy.astype(vals, d._ivy), "torch.linspace")
    return to_out(out, ivy.astype(ivy.trunc(vals), d._ivy), "torch.linspace")


linspace = _factory(
    "linspace", params("start", "end", "steps"), _linspace, ": ``steps`` evenly spaced values, ``end`` included."
)


def _logspace(start: Any, end: Any, steps: int, base: float, out: Any, dtype: Any) -> Tensor:
    d = _dt(dtype, "torch.logspace") or D.get_default_dtype()
    values = ivy.pow(base, ivy.linspace(start, end, steps, dtype=ivy.float64))
    return to_out(out, ivy.astype(values, d._ivy), "torch.logspace")


logspace = _factory(
    "logspace", params("start", "end", "steps", base=10.0), _logspace, ": ``base ** linspace(start, end, steps)``."
)


def _eye(n: int, m: Any, out: Any, dtype: Any) -> Tensor:
    d = _dt(dtype, "torch.eye") or D.get_default_dtype()
    return to_out(out, ivy.eye(n, m, dtype=d._ivy), "torch.eye")


eye = _factory("eye", params("n", m=None), _eye, ": identity matrix (the default float dtype).")


def _tri_indices(name: str, upper: bool) -> Any:
    def indices(
        row: int, col: int, offset: int = 0, *, dtype: Any = None, device: Any = None, layout: Any = None
    ) -> Tensor:
        d = _dt(dtype, f"torch.{name}") or D.int64
        mask = ivy.ones((row, col), dtype=ivy.bool)
        mask = ivy.triu(mask, k=offset) if upper else ivy.tril(mask, k=offset)
        return wrap(ivy.astype(ivy.stack(ivy.nonzero(mask)), d._ivy))

    return named(indices, name, f"torch.{name}: the 2-row coordinates of the {'upper' if upper else 'lower'} triangle.")


register("tril_indices", method=False)(_tri_indices("tril_indices", False))
register("triu_indices", method=False)(_tri_indices("triu_indices", True))


@register("complex", method=False)
def complex(real: Tensor, imag: Tensor) -> Tensor:
    """torch.complex: from real and imaginary parts."""
    r, i = tensor_arg(real, "torch.complex", "real")._ivy, tensor_arg(imag, "torch.complex", "imag")._ivy
    c = ivy.complex128 if r.dtype == ivy.float64 else ivy.complex64
    return wrap(ivy.add(ivy.astype(r, c), ivy.multiply(ivy.astype(i, c), 1j)))


@register("polar", method=False)
def polar(abs: Tensor, angle: Tensor) -> Tensor:
    """torch.polar: ``abs * (cos(angle) + i sin(angle))``."""
    r, a = abs._ivy, angle._ivy
    return complex(wrap(ivy.multiply(r, ivy.cos(a))), wrap(ivy.multiply(r, ivy.sin(a))))


@register("view_as_real")
def view_as_real(input: Tensor) -> Tensor:
    """torch.view_as_real: a complex tensor's real and imaginary parts on a new last axis of size 2 (a copy here)."""
    x = tensor_arg(input, "torch.view_as_real")._ivy
    if x.dtype.kind != "c":
        raise RuntimeError(f"torch.view_as_real: argument 'input': expected a complex tensor, got {x.dtype}")
    return wrap(ivy.stack([ivy.real(x), ivy.imag(x)], axis=-1))


@register("view_as_complex")
def view_as_complex(input: Tensor) -> Tensor:
    """torch.view_as_complex: a float tensor whose last axis (size 2) holds real and imaginary parts (a copy here)."""
    x = tensor_arg(input, "torch.view_as_complex")._ivy
    if x.dtype not in (ivy.float32, ivy.float64) or x.ndim == 0 or x.shape[-1] != 2:
        raise RuntimeError(
            "torch.view_as_complex: argument 'input': expected a float32 or float64 tensor whose last "
            f"dimension has size 2, got {x.dtype}{list(x.shape)}"
        )
    return complex(wrap(x[..., 0]), wrap(x[..., 1]))


@register("is_tensor", method=False)
def is_tensor(obj: Any) -> bool:
    """torch.is_tensor."""
    return isinstance(obj, Tensor)


def is_floating_point(input: Tensor) -> bool:
    """torch.is_floating_point."""
    return tensor_arg(input, "torch.is_floating_point").is_floating_point()


def is_complex(input: Tensor) -> bool:
    """torch.is_complex."""
    return tensor_arg(input, "torch.is_complex").is_complex()


def is_nonzero(input: Tensor) -> bool:
    """torch.is_nonzero: the truth of a one-element tensor."""
    return bool(tensor_arg(input, "torch.is_nonzero"))


register("is_floating_point", method=False)(is_floating_point)
register("is_complex", method=False)(is_complex)
register("is_nonzero")(is_nonzero)


@register("_assert_async", method=False)
def _assert_async(input: Tensor, assert_msg: str | None = None) -> None:
    """torch._assert_async: raise ``RuntimeError`` when the one-element tensor is zero.

    The frontend checks at once (torch may report later). A condition computed from the inputs of a
    program being traced cannot be checked in a graph: the check is left out of it (as the assertion
    is asynchronous in torch, the program's result never depends on it).
    """
    from ivy.tracer.recording import IvyTracingError

    try:
        holds = bool(tensor_arg(input, "torch._assert_async"))
    except IvyTracingError:
        return
    if not holds:
        raise RuntimeError(assert_msg or "Expected Tensor with single nonzero value, but got zero")
