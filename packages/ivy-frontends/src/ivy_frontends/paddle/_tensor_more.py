# ruff: noqa: A001, A002 - paddle's own argument and method names
"""``paddle.Tensor`` methods that have no ``paddle.<name>`` twin: dtype conversions (``x.float()``),
``new_*`` constructors, ``to``/``type_as``, layout queries, the random in-place fills and creation
helpers (``paddle.range``/``tensor``/``*_like``/windows), over ``ivy`` calls."""

from __future__ import annotations

import builtins
import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._creation import _float, _next_seed, arange, to_tensor
from ivy_frontends.paddle._manipulation import _shape, split
from ivy_frontends.paddle._registry import add, register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap

method = register(namespace=False)
fn = register(method=False)

#: ``Tensor.<name>()`` -> the dtype it converts to
CONVERSIONS = {
    "bfloat16": "bfloat16",
    "bool": "bool",
    "byte": "uint8",
    "uint8": "uint8",
    "char": "int8",
    "int8": "int8",
    "short": "int16",
    "int16": "int16",
    "int": "int32",
    "int32": "int32",
    "long": "int64",
    "int64": "int64",
    "half": "float16",
    "float16": "float16",
    "float": "float32",
    "float32": "float32",
    "double": "float64",
    "float64": "float64",
    "cfloat": "complex64",
    "complex64": "complex64",
    "cdouble": "complex128",
    "complex128": "complex128",
}


def _conversion(name: str, target: str) -> Any:
    def op(x: Tensor) -> Tensor:
        return x.astype(target)

    return named(op, name, f"paddle.Tensor.{name}: a copy as {target}.")


for _name, _target in CONVERSIONS.items():
    add(_name, _conversion(_name, _target), namespace=False)


def _new(fill: Any, name: str) -> Any:
    def op(
        x: Tensor, *size: Any, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kw: Any
    ) -> Tensor:
        shape = _shape(size[0] if len(size) == 1 else list(size))
        d = x._ivy.dtype if dtype is None else D.to_dtype(dtype)._ivy
        return wrap(ivy.full(shape, fill, dtype=d), not requires_grad)

    return named(op, name, f"paddle.Tensor.{name}: a new tensor of the given size in this tensor's dtype.")


add("new_zeros", _new(0, "new_zeros"), namespace=False)
add("new_ones", _new(1, "new_ones"), namespace=False)
add("new_empty", _new(0, "new_empty"), namespace=False)


@method
def new_full(x: Tensor, size: Any, fill_value: Any, *, dtype: Any = None, device: Any = None, **kw: Any) -> Tensor:
    """paddle.Tensor.new_full."""
    d = x._ivy.dtype if dtype is None else D.to_dtype(dtype)._ivy
    return wrap(ivy.full(_shape(size), fill_value, dtype=d))


@method
def type_as(x: Tensor, other: Any) -> Tensor:
    """paddle.Tensor.type_as: a copy in ``other``'s dtype."""
    return wrap(ivy.astype(x._ivy, as_ivy(other).dtype))


@method
def to(x: Tensor, *args: Any, **kwargs: Any) -> Tensor:
    """paddle.Tensor.to: a dtype among the arguments converts; devices are ignored (one place)."""
    for v in (*args, kwargs.get("dtype")):
        if isinstance(v, Tensor):
            return type_as(x, v)
        if isinstance(v, D.dtype) or (isinstance(v, str) and v.removeprefix("paddle.") in {d._name for d in D.ALL}):
            return x.astype(v)
    return x


@method
def repeat(x: Any, *repeats: Any) -> Tensor:
    """paddle.Tensor.repeat: torch-style tiling (more repeats than axes add leading axes)."""
    reps = _shape(repeats[0] if len(repeats) == 1 else list(repeats))
    a = as_ivy(x)
    if len(reps) < a.ndim:
        raise ValueError(f"paddle.Tensor.repeat: {len(reps)} repeats for a {a.ndim}-D tensor")
    a = ivy.reshape(a, (1,) * (len(reps) - a.ndim) + tuple(a.shape))
    return wrap(ivy.tile(a, reps))


@method
def split_with_sizes(x: Any, split_sizes: list[int], dim: int = 0) -> list[Tensor]:
    """paddle.Tensor.split_with_sizes."""
    return split(x, list(split_sizes), dim)


@method
def is_same_shape(x: Tensor, y: Any) -> bool:
    """paddle.Tensor.is_same_shape."""
    return list(x.shape) == list(as_ivy(y).shape)


def _strides(shape: list[int]) -> list[int]:
    out, n = [], 1
    for s in reversed(shape):
        out.append(n)
        n *= s
    return out[::-1]


@method
def stride(x: Tensor, dim: int | None = None) -> Any:
    """paddle.Tensor.stride: contiguous element strides (frontend tensors are always contiguous)."""
    s = _strides(x.shape)
    return s if dim is None else s[dim]


@method
def get_strides(x: Tensor) -> list[int]:
    """paddle.Tensor.get_strides."""
    return _strides(x.shape)


@method
def fill_diagonal_tensor(x: Any, y: Any, offset: int = 0, dim1: int = 0, dim2: int = 1, name: Any = None) -> Tensor:
    """paddle.Tensor.fill_diagonal_tensor: ``y`` written onto a diagonal (paddle.diagonal_scatter)."""
    from ivy_frontends.paddle._manipulation_more import diagonal_scatter

    return diagonal_scatter(x, y, offset, dim1, dim2)


@register("requires_grad_", namespace=False)
def requires_grad_(x: Tensor, requires_grad: bool = True) -> Tensor:
    """paddle.Tensor.requires_grad_: sets ``stop_gradient`` to the opposite."""
    x.stop_gradient = not requires_grad
    return x


@register("detach_", namespace=False)
def detach_(x: Tensor) -> Tensor:
    """paddle.Tensor.detach_: cuts the tensor from the graph in place."""
    x._ivy = ivy.stop_gradient(x._ivy)
    x.stop_gradient = True
    return x


@register("cast_")
def cast_(x: Tensor, dtype: Any) -> Tensor:
    """paddle.Tensor.cast_ (paddle.cast_): converts in place, the dtype changes."""
    x._ivy = ivy.astype(x._ivy, D.to_dtype(dtype)._ivy)
    return x


def _property(name: str, get: Any, doc: str) -> None:
    add(name, property(get, doc=doc), namespace=False)


def _set_requires_grad(x: Tensor, value: bool) -> None:
    x.stop_gradient = not value


add(
    "requires_grad",
    property(lambda x: not x.stop_gradient, _set_requires_grad, doc="paddle.Tensor.requires_grad: not stop_gradient."),
    namespace=False,
)
_property("itemsize", lambda x: x._ivy.dtype.itemsize, "paddle.Tensor.itemsize: bytes per element.")
_property("strides", lambda x: _strides(x.shape), "paddle.Tensor.strides: contiguous element strides.")
_property("offset", lambda x: 0, "paddle.Tensor.offset: 0 (no views share storage).")
_property("is_cuda", lambda x: False, "paddle.Tensor.is_cuda: False (one CPU-like place).")
_property("device", lambda x: "cpu", "paddle.Tensor.device.")
_property("data", lambda x: x, "paddle.Tensor.data: the tensor itself.")
_property("inplace_version", lambda x: 0, "paddle.Tensor.inplace_version.")

# -- random in-place fills (ivy's streams, not paddle's numbers) ---------------------------------


def _fill_with(x: Tensor, values: Any) -> Tensor:
    x._ivy = ivy.astype(values, x._ivy.dtype)
    return x


def _uniform01(x: Tensor) -> Any:
    d = x._ivy.dtype if x._ivy.dtype.kind == "f" else ivy.float64
    return ivy.random.uniform(tuple(x._ivy.shape), dtype=d, seed=_next_seed())


@register("uniform_", namespace=False)
def uniform_(x: Tensor, min: float = 0, max: float = 1.0, seed: int = 0, name: Any = None) -> Tensor:
    """paddle.Tensor.uniform_: uniform values in [min, max)."""
    return _fill_with(
        x, ivy.random.uniform(tuple(x._ivy.shape), low=min, high=max, dtype=x._ivy.dtype, seed=seed or _next_seed())
    )


@register("normal_")
def normal_(x: Tensor, mean: float = 0.0, std: float = 1.0, name: Any = None) -> Tensor:
    """paddle.normal_: normal values with ``mean`` and ``std``."""
    return _fill_with(
        x, ivy.random.normal(tuple(x._ivy.shape), mean=mean, std=std, dtype=x._ivy.dtype, seed=_next_seed())
    )


@register("log_normal_")
def log_normal_(x: Tensor, mean: float = 1.0, std: float = 2.0, name: Any = None) -> Tensor:
    """paddle.log_normal_: ``exp`` of normal values."""
    z = ivy.random.normal(tuple(x._ivy.shape), mean=mean, std=std, dtype=x._ivy.dtype, seed=_next_seed())
    return _fill_with(x, ivy.exp(z))


@register("exponential_", namespace=False)
def exponential_(x: Tensor, lam: float = 1.0, name: Any = None) -> Tensor:
    """paddle.Tensor.exponential_: exponential values with rate ``lam``."""
    u = _uniform01(x)
    return _fill_with(x, ivy.divide(ivy.negative(ivy.log1p(ivy.negative(u))), lam))


@register("cauchy_")
def cauchy_(x: Tensor, loc: float = 0, scale: float = 1, name: Any = None) -> Tensor:
    """paddle.cauchy_: Cauchy values."""
    u = _uniform01(x)
    return _fill_with(x, ivy.add(ivy.multiply(ivy.tan(ivy.multiply(ivy.subtract(u, 0.5), math.pi)), scale), loc))


@register("geometric_")
def geometric_(x: Tensor, probs: Any, name: Any = None) -> Tensor:
    """paddle.geometric_: the number of trials to the first success (>= 1)."""
    u = _uniform01(x)
    log_q = ivy.log1p(ivy.negative(as_ivy(probs))) if isinstance(probs, Tensor) else math.log1p(-probs)
    return _fill_with(x, ivy.ceil(ivy.divide(ivy.log1p(ivy.negative(u)), log_q)))


@register("bernoulli_")
def bernoulli_(x: Tensor, p: Any = 0.5, name: Any = None) -> Tensor:
    """paddle.bernoulli_: 0/1 values with probability ``p``."""
    u = _uniform01(x)
    pp = as_ivy(p) if isinstance(p, Tensor) else p
    return _fill_with(x, ivy.less(u, pp))


@register("random_", namespace=False)
def random_(x: Tensor, from_: int = 0, to: int | None = None, generator: Any = None) -> Tensor:
    """paddle.Tensor.random_: integers in [from_, to) (to defaults to the dtype's range)."""
    if to is None:
        d = x._ivy.dtype
        to = 2 ** ivy.finfo(d).nmant + 1 if d.kind == "f" else ivy.iinfo(d).max
    vals = ivy.random.randint(
        builtins.int(from_), builtins.int(to), tuple(x._ivy.shape), dtype=ivy.int64, seed=_next_seed()
    )
    return _fill_with(x, vals)


@fn
def log_normal(mean: float = 1.0, std: float = 2.0, shape: Any = None, name: Any = None) -> Tensor:
    """paddle.log_normal: ``exp`` of normal values of ``shape``."""
    z = ivy.random.normal(
        _shape(shape if shape is not None else [1]), mean=mean, std=std, dtype=_float(None), seed=_next_seed()
    )
    return wrap(ivy.exp(z))


# -- creation helpers ----------------------------------------------------------------------------


@fn
def range(start: Any = 0, end: Any = None, step: Any = 1, dtype: Any = None, out: Any = None, **kw: Any) -> Tensor:
    """paddle.range (deprecated in paddle): ``[start, end]`` inclusive, the default float dtype."""
    if end is None:
        start, end = 0, start
    s, e, st = (builtins.float(v.item()) if isinstance(v, Tensor) else builtins.float(v) for v in (start, end, step))
    if st == 0:
        raise ValueError("paddle.range: step must not be 0")
    n = builtins.max(math.floor((e - s) / st) + 1, 0)
    d = _float(dtype)
    return wrap(ivy.add(ivy.multiply(ivy.arange(n, dtype=d), ivy.asarray(st, dtype=d)), ivy.asarray(s, dtype=d)))


def _alias_to_tensor(name: str) -> Any:
    def op(
        data: Any = None, dtype: Any = None, *args: Any, copy: Any = None, requires_grad: bool = False, **kw: Any
    ) -> Tensor:
        return to_tensor(data, dtype=dtype, stop_gradient=not requires_grad)

    return named(op, name, f"paddle.{name}: a tensor from data (paddle.to_tensor's dtypes).")


for _name in ("tensor", "as_tensor", "asarray", "from_numpy"):
    fn(_alias_to_tensor(_name))


@fn
def rand_like(
    input: Any, name: Any = None, *, dtype: Any = None, device: Any = None, requires_grad: bool = False
) -> Tensor:
    """paddle.rand_like: uniform [0, 1) values of ``input``'s shape (and dtype unless given)."""
    a = as_ivy(input)
    d = a.dtype if dtype is None else D.to_dtype(dtype)._ivy
    return wrap(ivy.random.uniform(tuple(a.shape), dtype=d, seed=_next_seed()))


@fn
def randn_like(
    x: Any, dtype: Any = None, name: Any = None, *, device: Any = None, requires_grad: bool = False
) -> Tensor:
    """paddle.randn_like: standard normal values of ``x``'s shape."""
    a = as_ivy(x)
    d = a.dtype if dtype is None else D.to_dtype(dtype)._ivy
    return wrap(ivy.random.normal(tuple(a.shape), dtype=d, seed=_next_seed()))


@fn
def randint_like(x: Any, low: int = 0, high: int | None = None, dtype: Any = None, name: Any = None) -> Tensor:
    """paddle.randint_like: integers in [low, high) of ``x``'s shape, in ``x``'s dtype unless given."""
    if high is None:
        low, high = 0, low
    if high <= low:
        raise ValueError(f"paddle.randint_like: high {high} must exceed low {low}")
    a = as_ivy(x)
    d = a.dtype if dtype is None else D.to_dtype(dtype)._ivy
    vals = ivy.random.randint(builtins.int(low), builtins.int(high), tuple(a.shape), dtype=ivy.int64, seed=_next_seed())
    return wrap(ivy.astype(vals, d))


def _cosine_window(coeffs: tuple[float, ...], name: str) -> Any:
    def op(window_length: int, periodic: bool = True, *, dtype: Any = "float32", **kw: Any) -> Tensor:
        return _window(window_length, periodic, dtype, coeffs)

    return named(op, name, f"paddle.{name}: a generalized cosine window.")


def _window(n: int, periodic: bool, dtype: Any, coeffs: tuple[float, ...]) -> Tensor:
    d = D.to_dtype(dtype)._ivy
    if n <= 1:
        return wrap(ivy.ones((n,), dtype=d))
    denom = n if periodic else n - 1
    k = ivy.multiply(ivy.arange(n, dtype=ivy.float64), 2 * math.pi / denom)
    out = ivy.zeros((n,), dtype=ivy.float64)
    for j, c in enumerate(coeffs):
        out = ivy.add(out, ivy.multiply(ivy.cos(ivy.multiply(k, j)), c * (-1) ** j))
    return wrap(ivy.astype(out, d))


fn(_cosine_window((0.5, 0.5), "hann_window"))
fn(_cosine_window((0.42, 0.5, 0.08), "blackman_window"))


@fn
def hamming_window(
    window_length: int,
    periodic: bool = True,
    alpha: float = 0.54,
    beta: float = 0.46,
    *,
    dtype: Any = "float32",
    **kw: Any,
) -> Tensor:
    """paddle.hamming_window: ``alpha - beta cos(2 pi k / N)``."""
    return _window(window_length, periodic, dtype, (alpha, beta))


@fn
def bartlett_window(window_length: int, periodic: bool = True, *, dtype: Any = "float32", **kw: Any) -> Tensor:
    """paddle.bartlett_window: the triangular window."""
    d = D.to_dtype(dtype)._ivy
    n = window_length
    if n <= 1:
        return wrap(ivy.ones((n,), dtype=d))
    denom = n if periodic else n - 1
    k = ivy.arange(n, dtype=ivy.float64)
    out = ivy.subtract(1.0, ivy.abs(ivy.subtract(ivy.multiply(k, 2.0 / denom), 1.0)))
    return wrap(ivy.astype(out, d))


del arange


# -- storage queries (dense tensors only) and small helpers ---------------------------------------------

_property("layout", lambda x: "NCHW", "paddle.Tensor.layout: paddle reports 'NCHW' for dense tensors.")
for _name, _answer in (
    ("is_dense", True),
    ("is_sparse", False),
    ("is_sparse_coo", False),
    ("is_sparse_csr", False),
    ("is_selected_rows", False),
):
    add(
        _name,
        named(lambda x, _a=_answer: _a, _name, f"paddle.Tensor.{_name}: frontend tensors are dense."),
        namespace=False,
    )


@register("apply", namespace=False)
def apply(x: Tensor, func: Any) -> Tensor:
    """paddle.Tensor.apply: ``func(x)``."""
    return func(x)


@register("apply_", namespace=False)
def apply_(x: Tensor, func: Any) -> Tensor:
    """paddle.Tensor.apply_: ``x`` rebound to ``func(x)``."""
    x._ivy = as_ivy(func(x))
    return x


@register("fill_diagonal_", namespace=False)
def fill_diagonal_(x: Tensor, value: Any, offset: int = 0, wrap: bool = False, name: Any = None) -> Tensor:
    """paddle.Tensor.fill_diagonal_: the main (``offset``) diagonal of a 2-D tensor set to ``value``;
    ``wrap`` continues it below a tall matrix's square part."""
    a = x._ivy
    if a.ndim != 2:
        raise ValueError(f"paddle.Tensor.fill_diagonal_: the frontend supports 2-D tensors, got {a.ndim}-D")
    rows, cols = a.shape
    start = offset if offset >= 0 else -offset * cols
    if wrap:
        pos = list(builtins.range(start, rows * cols, cols + 1))
    else:
        count = min(rows, cols - offset) if offset >= 0 else min(rows + offset, cols)
        pos = [start + i * (cols + 1) for i in builtins.range(max(count, 0))]
    if pos:
        flat = ivy.index_put(
            ivy.reshape(a, (-1,)), (ivy.asarray(pos, dtype=ivy.int64),), ivy.full((len(pos),), value, dtype=a.dtype)
        )
        x._ivy = ivy.reshape(flat, (rows, cols))
    return x


def _no_grad(x: Tensor, *args: Any, **kwargs: Any) -> None:
    """Frontend tensors hold no gradients (their ``grad`` is None): nothing to clear."""


add("clear_grad", _no_grad, namespace=False)
add("clear_gradient", _no_grad, namespace=False)
