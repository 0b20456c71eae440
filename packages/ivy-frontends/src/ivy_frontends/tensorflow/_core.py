# ruff: noqa: A002 - TensorFlow's own argument names (input, ...)
"""``tf.*`` array functions (creation, shape manipulation, indexing, scatter) and the Tensor operators."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._math import FUNCTIONS as M
from ivy_frontends.tensorflow._math import axes
from ivy_frontends.tensorflow._tensor import (
    InvalidArgumentError,
    Tensor,
    TensorShape,
    Variable,
    as_tensor,
    binary,
    constant,
    convert_to_tensor,
)

FUNCTIONS: dict[str, Callable[..., Any]] = {}


def register(fn: Callable[..., Any]) -> Callable[..., Any]:
    FUNCTIONS[fn.__name__] = fn
    return fn


def _t(x: Any) -> Tensor:
    return as_tensor(x)


def _shape(shape: Any) -> tuple[int, ...]:
    if isinstance(shape, (Tensor, Variable)):
        return tuple(int(s) for s in shape.numpy().reshape(-1).tolist())
    if isinstance(shape, int):
        return (shape,)
    return tuple(int(s) for s in shape)


def _dt(dtype: Any, default: d.DType = d.float32) -> Any:
    return (d.as_dtype(dtype) if dtype is not None else default)._ivy


@register
def zeros(shape: Any, dtype: Any = d.float32, name: str | None = None, layout: Any = None) -> Tensor:
    """tf.zeros."""
    return Tensor(ivy.zeros(_shape(shape), dtype=_dt(dtype)))


@register
def ones(shape: Any, dtype: Any = d.float32, name: str | None = None, layout: Any = None) -> Tensor:
    """tf.ones."""
    return Tensor(ivy.ones(_shape(shape), dtype=_dt(dtype)))


@register
def zeros_like(input: Any, dtype: Any = None, name: str | None = None, layout: Any = None) -> Tensor:
    """tf.zeros_like."""
    t = _t(input)
    return Tensor(ivy.zeros_like(t._ivy, dtype=_dt(dtype, t.dtype)))


@register
def ones_like(input: Any, dtype: Any = None, name: str | None = None, layout: Any = None) -> Tensor:
    """tf.ones_like."""
    t = _t(input)
    return Tensor(ivy.ones_like(t._ivy, dtype=_dt(dtype, t.dtype)))


@register
def fill(dims: Any, value: Any, name: str | None = None, layout: Any = None) -> Tensor:
    """tf.fill: ``value``'s dtype (Python values by TF's inference)."""
    v = _t(value)
    return Tensor(ivy.broadcast_to(v._ivy, _shape(dims)))


@register
def range(start: Any, limit: Any = None, delta: Any = 1, dtype: Any = None, name: str = "range") -> Tensor:  # noqa: A001
    """tf.range: int32 for Python ints, float32 if any bound is a float."""
    if limit is None:
        start, limit = 0, start
    vals = [v.numpy().item() if isinstance(v, Tensor) else v for v in (start, limit, delta)]
    if dtype is None:
        typed = [v.dtype for v in (start, limit, delta) if isinstance(v, Tensor)]
        dt = typed[0] if typed else d.infer_python(vals)
    else:
        dt = d.as_dtype(dtype)
    return Tensor(ivy.arange(vals[0], vals[1], vals[2], dtype=dt._ivy))


@register
def linspace(start: Any, stop: Any, num: Any, name: str | None = None, axis: int = 0) -> Tensor:
    """tf.linspace (scalar bounds): ``start``'s dtype."""
    s = _t(start)
    return Tensor(ivy.linspace(float(s), float(_t(stop)), int(num), dtype=s._ivy.dtype))


@register
def eye(
    num_rows: int, num_columns: Any = None, batch_shape: Any = None, dtype: Any = d.float32, name: Any = None
) -> Tensor:
    """tf.eye."""
    out = ivy.eye(int(num_rows), None if num_columns is None else int(num_columns), dtype=_dt(dtype))
    if batch_shape is not None:
        out = ivy.broadcast_to(out, _shape(batch_shape) + tuple(out.shape))
    return Tensor(out)


@register
def cast(x: Any, dtype: Any, name: str | None = None) -> Tensor:
    """tf.cast (float to int truncates toward zero; complex to real keeps the real part)."""
    t = _t(x)
    want = d.as_dtype(dtype)
    a = t._ivy
    if t.dtype.is_complex and not want.is_complex:
        a = ivy.real(a)
    return Tensor(ivy.astype(a, want._ivy))


@register
def identity(input: Any, name: str | None = None) -> Tensor:
    """tf.identity."""
    return _t(input)


@register
def reshape(tensor: Any, shape: Any, name: str | None = None) -> Tensor:
    """tf.reshape (one ``-1`` allowed)."""
    return Tensor(ivy.reshape(_t(tensor)._ivy, _shape(shape)))


@register
def transpose(a: Any, perm: Any = None, conjugate: bool = False, name: str = "transpose") -> Tensor:
    """tf.transpose: reversed axes by default."""
    t = _t(a)
    p = tuple(reversed(builtins_range(t.ndim))) if perm is None else _shape(perm)
    out = ivy.permute_dims(t._ivy, p)
    return Tensor(ivy.conj(out) if conjugate else out)


def builtins_range(n: int) -> Any:
    import builtins

    return builtins.range(n)


def _same(values: Any, op: str) -> list[Tensor]:
    ts = [convert_to_tensor(v) if not isinstance(v, (int, float, bool)) else v for v in values]
    first = next((t for t in ts if isinstance(t, Tensor)), None)
    out = []
    for t in ts:
        out.append(binary(first, t, op)[1] if first is not None else convert_to_tensor(t))
    return out


@register
def concat(values: Any, axis: Any, name: str = "concat") -> Tensor:
    """tf.concat: same dtype required."""
    ts = _same(values, "ConcatV2")
    ax = int(axis)
    return Tensor(ivy.concat([t._ivy for t in ts], axis=ax))


@register
def stack(values: Any, axis: int = 0, name: str = "stack") -> Tensor:
    """tf.stack."""
    ts = _same(values, "Pack")
    return Tensor(ivy.stack([t._ivy for t in ts], axis=int(axis)))


@register
def unstack(value: Any, num: Any = None, axis: int = 0, name: str = "unstack") -> list[Tensor]:
    """tf.unstack."""
    return [Tensor(a) for a in ivy.unstack(_t(value)._ivy, axis=int(axis))]


@register
def split(value: Any, num_or_size_splits: Any, axis: int = 0, num: Any = None, name: str = "split") -> list[Tensor]:
    """tf.split: equal parts or explicit sizes (one may be -1)."""
    t = _t(value)
    ax = int(axis) % t.ndim
    if isinstance(num_or_size_splits, int):
        if t.shape[ax] % num_or_size_splits:
            raise InvalidArgumentError(
                f"Number of ways to split should evenly divide the split dimension, but got split_dim {ax} "
                f"(size = {t.shape[ax]}) and num_split {num_or_size_splits}"
            )
        return [Tensor(a) for a in ivy.split(t._ivy, num_or_size_splits, axis=ax)]
    sizes = list(_shape(num_or_size_splits))
    if -1 in sizes:
        sizes[sizes.index(-1)] = t.shape[ax] - (sum(sizes) + 1)
    if sum(sizes) != t.shape[ax]:
        raise InvalidArgumentError("Determined shape must either match input shape along split_dim exactly")
    out, start = [], 0
    for s in sizes:
        out.append(Tensor(ivy.take(t._ivy, ivy.arange(start, start + s), axis=ax)))
        start += s
    return out


@register
def expand_dims(input: Any, axis: int, name: str | None = None) -> Tensor:
    """tf.expand_dims."""
    t = _t(input)
    ax = int(axis)
    if ax < 0:
        ax += t.ndim + 1
    return Tensor(ivy.expand_dims(t._ivy, axis=ax))


@register
def squeeze(input: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """tf.squeeze: all size-1 axes, or the named ones (which must have size 1)."""
    t = _t(input)
    if axis is None or axis == []:
        ax = tuple(i for i, s in enumerate(t.shape) if s == 1)
    else:
        ax = axes(axis, t.ndim)
        for i in ax:
            if t.shape[i] != 1:
                raise InvalidArgumentError(f"Can not squeeze dim[{i}], expected a dimension of 1, got {t.shape[i]}")
    return Tensor(ivy.squeeze(t._ivy, ax)) if ax else t


@register
def tile(input: Any, multiples: Any, name: str | None = None) -> Tensor:
    """tf.tile: one multiple per axis."""
    t = _t(input)
    m = _shape(multiples)
    if len(m) != t.ndim:
        raise InvalidArgumentError(f"Expected multiples argument to be a vector of length {t.ndim} but got {len(m)}")
    return Tensor(ivy.tile(t._ivy, m))


@register
def pad(
    tensor: Any, paddings: Any, mode: str = "CONSTANT", constant_values: Any = 0, name: str | None = None
) -> Tensor:
    """tf.pad: CONSTANT, REFLECT or SYMMETRIC."""
    t = _t(tensor)
    p = paddings.numpy().tolist() if isinstance(paddings, Tensor) else paddings
    widths = tuple((int(a), int(b)) for a, b in p)
    mode = mode.upper()
    if mode == "CONSTANT":
        v = constant_values.numpy().item() if isinstance(constant_values, Tensor) else constant_values
        return Tensor(ivy.pad(t._ivy, widths, mode="constant", value=v))
    return Tensor(ivy.pad(t._ivy, widths, mode={"REFLECT": "reflect", "SYMMETRIC": "symmetric"}[mode]))


@register
def gather(
    params: Any, indices: Any, validate_indices: Any = None, axis: Any = None, batch_dims: int = 0, name: Any = None
) -> Tensor:
    """tf.gather: slices along ``axis`` (0 by default); out-of-range indices raise."""
    p, i = _t(params), _t(indices)
    ax = 0 if axis is None else int(axis) % p.ndim
    n = p.shape[ax]
    if i._ivy.size and (bool(ivy.any(ivy.less(i._ivy, 0))) or bool(ivy.any(ivy.greater_equal(i._ivy, n)))):
        raise InvalidArgumentError(f"indices is not in [0, {n})")
    return Tensor(ivy.gather(p._ivy, i._ivy, axis=ax, batch_dims=int(batch_dims) % max(i.ndim, 1) if batch_dims else 0))


@register
def gather_nd(params: Any, indices: Any, batch_dims: int = 0, name: str | None = None) -> Tensor:
    """tf.gather_nd."""
    return Tensor(ivy.gather_nd(_t(params)._ivy, _t(indices)._ivy, batch_dims=int(batch_dims)))


@register
def scatter_nd(indices: Any, updates: Any, shape: Any, name: str | None = None) -> Tensor:
    """tf.scatter_nd: zeros of ``shape`` with ``updates`` summed in at ``indices``."""
    return Tensor(ivy.scatter_nd(_t(indices)._ivy, _t(updates)._ivy, _shape(shape), reduction="add"))


def _scatter_into(tensor: Any, indices: Any, updates: Any, how: str) -> Tensor:
    t, i, u = _t(tensor), _t(indices)._ivy, _t(updates)
    _, u = binary(t, u, "TensorScatter")
    k = i.shape[-1]
    idx = tuple(ivy.reshape(ivy.take(i, ivy.asarray([j]), axis=-1), i.shape[:-1]) for j in builtins_range(k))
    if how == "update":
        return Tensor(ivy.index_put(t._ivy, idx, u._ivy, accumulate=False))
    if how == "add":
        return Tensor(ivy.index_put(t._ivy, idx, u._ivy, accumulate=True))
    if how == "sub":
        return Tensor(ivy.index_put(t._ivy, idx, ivy.negative(u._ivy), accumulate=True))
    mask = ivy.astype(
        ivy.scatter_nd(i, ivy.ones_like(u._ivy, dtype=ivy.int32), tuple(t.shape), reduction="add"), ivy.bool
    )
    base = ivy.scatter_nd(i, u._ivy, tuple(t.shape), reduction=how)
    comb = (ivy.maximum if how == "max" else ivy.minimum)(t._ivy, base)
    return Tensor(ivy.where(mask, comb, t._ivy))


for _how in ("update", "add", "sub", "max", "min"):

    def _mk(how: str = _how) -> Callable[..., Tensor]:
        def op(tensor: Any, indices: Any, updates: Any, name: str | None = None) -> Tensor:
            return _scatter_into(tensor, indices, updates, how)

        op.__name__ = op.__qualname__ = f"tensor_scatter_nd_{how}"
        op.__doc__ = f"tf.tensor_scatter_nd_{how}: ``tensor`` with ``updates`` combined in at ``indices``."
        return op

    FUNCTIONS[f"tensor_scatter_nd_{_how}"] = _mk()


@register
def where(condition: Any, x: Any = None, y: Any = None, name: str | None = None) -> Tensor:
    """tf.where: select with broadcasting, or the int64 coordinates of true elements."""
    c = _t(condition)
    if x is None and y is None:
        nz = ivy.nonzero(c._ivy)
        return Tensor(ivy.astype(ivy.stack(list(nz), axis=-1), ivy.int64))
    a, b = binary(x, y, "SelectV2")
    return Tensor(ivy.where(c._ivy, a._ivy, b._ivy))


def _matmul(a: Any, b: Any, transpose_a: bool, transpose_b: bool, adjoint_a: bool, adjoint_b: bool) -> Tensor:
    """tf.linalg.matmul: same dtypes, rank >= 2, optional (conjugate) transposes."""
    x, y = binary(a, b, "MatMul")
    if x.ndim < 2 or y.ndim < 2:
        raise InvalidArgumentError("In[0] and In[1] must have rank >= 2")
    xa, ya = x._ivy, y._ivy
    if transpose_a or adjoint_a:
        xa = ivy.matrix_transpose(xa)
        xa = ivy.conj(xa) if adjoint_a else xa
    if transpose_b or adjoint_b:
        ya = ivy.matrix_transpose(ya)
        ya = ivy.conj(ya) if adjoint_b else ya
    return Tensor(ivy.matmul(xa, ya))


#: matmul's flags: the transposes it applies and the sparsity hints and gradient flags TF accepts (ignored here)
_MATMUL_FLAGS = ("transpose_a", "transpose_b", "adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse")
_MATMUL = params("a", "b", **dict.fromkeys(_MATMUL_FLAGS, False), output_type=None, grad_a=False, grad_b=False)
matmul = register(signed("matmul", _MATMUL + params(name=None), _matmul))


@register
def einsum(equation: str, *inputs: Any, **kwargs: Any) -> Tensor:
    """tf.einsum."""
    return Tensor(ivy.einsum(equation, *[_t(i)._ivy for i in inputs]))


@register
def tensordot(a: Any, b: Any, axes: Any, name: str | None = None) -> Tensor:
    """tf.tensordot."""
    x, y = binary(a, b, "Tensordot")
    ax = axes if isinstance(axes, int) else tuple(tuple(v) if not isinstance(v, int) else (v,) for v in axes)
    return Tensor(ivy.linalg.tensordot(x._ivy, y._ivy, axes=ax))


@register
def one_hot(
    indices: Any,
    depth: int,
    on_value: Any = None,
    off_value: Any = None,
    axis: Any = None,
    dtype: Any = None,
    name: str | None = None,
) -> Tensor:
    """tf.one_hot: float32 by default; out-of-range indices give all ``off_value``."""
    i = _t(indices)._ivy
    dt = d.as_dtype(dtype) if dtype is not None else (_t(on_value).dtype if on_value is not None else d.float32)
    rng = ivy.arange(int(depth), dtype=i.dtype)
    hot = ivy.equal(ivy.expand_dims(i, axis=-1), rng)
    on = 1 if on_value is None else _t(on_value).numpy().item()
    off = 0 if off_value is None else _t(off_value).numpy().item()
    out = ivy.where(hot, ivy.full(hot.shape, on, dtype=dt._ivy), ivy.full(hot.shape, off, dtype=dt._ivy))
    if axis is not None and int(axis) != -1:
        out = ivy.moveaxis(out, -1, int(axis))
    return Tensor(out)


@register
def clip_by_value(t: Any, clip_value_min: Any, clip_value_max: Any, name: str | None = None) -> Tensor:
    """tf.clip_by_value."""
    x = _t(t)
    _, lo = binary(x, clip_value_min, "ClipByValue")
    _, hi = binary(x, clip_value_max, "ClipByValue")
    return Tensor(ivy.minimum(ivy.maximum(x._ivy, lo._ivy), hi._ivy))


@register
def clip_by_norm(t: Any, clip_norm: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """tf.clip_by_norm: rescale so the L2 norm over ``axes`` is at most ``clip_norm``."""
    x = _t(t)
    n = M["reduce_euclidean_norm"](x, axes, keepdims=True)._ivy
    c = ivy.full_like(n, float(_t(clip_norm)))
    return Tensor(ivy.divide(ivy.multiply(x._ivy, c), ivy.maximum(n, c)))


@register
def sort(values: Any, axis: int = -1, direction: str = "ASCENDING", name: str | None = None) -> Tensor:
    """tf.sort."""
    return Tensor(ivy.sort(_t(values)._ivy, axis=int(axis), descending=direction == "DESCENDING"))


@register
def argsort(
    values: Any, axis: int = -1, direction: str = "ASCENDING", stable: bool = False, name: Any = None
) -> Tensor:
    """tf.argsort: int32 indices (stable)."""
    out = ivy.argsort(_t(values)._ivy, axis=int(axis), descending=direction == "DESCENDING", stable=True)
    return Tensor(ivy.astype(out, ivy.int32))


@register
def shape(input: Any, out_type: Any = d.int32, name: str | None = None) -> Tensor:
    """tf.shape: the dims as an int32 vector."""
    return Tensor(ivy.asarray(list(_t(input).shape), dtype=_dt(out_type)))


@register
def rank(input: Any, name: str | None = None) -> Tensor:
    """tf.rank."""
    return Tensor(ivy.asarray(_t(input).ndim, dtype=ivy.int32))


@register
def size(input: Any, out_type: Any = d.int32, name: str | None = None) -> Tensor:
    """tf.size."""
    return Tensor(ivy.asarray(_t(input)._ivy.size, dtype=_dt(out_type)))


@register
def reverse(tensor: Any, axis: Any, name: str | None = None) -> Tensor:
    """tf.reverse."""
    t = _t(tensor)
    return Tensor(ivy.flip(t._ivy, axis=axes(axis, t.ndim)))


@register
def roll(input: Any, shift: Any, axis: Any, name: str | None = None) -> Tensor:
    """tf.roll."""
    s = _shape(shift)
    a = _shape(axis)
    return Tensor(ivy.roll(_t(input)._ivy, s if len(s) > 1 else s[0], axis=a if len(a) > 1 else a[0]))


@register
def broadcast_to(input: Any, shape: Any, name: str | None = None) -> Tensor:
    """tf.broadcast_to."""
    return Tensor(ivy.broadcast_to(_t(input)._ivy, _shape(shape)))


@register
def broadcast_static_shape(shape_x: Any, shape_y: Any) -> TensorShape:
    """tf.broadcast_static_shape."""
    return TensorShape(ivy.broadcast_shapes(tuple(shape_x), tuple(shape_y)))


@register
def meshgrid(*args: Any, **kwargs: Any) -> list[Tensor]:
    """tf.meshgrid (``indexing='xy'`` by default)."""
    return [Tensor(a) for a in ivy.meshgrid(*[_t(x)._ivy for x in args], indexing=kwargs.get("indexing", "xy"))]


@register
def repeat(input: Any, repeats: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """tf.repeat."""
    t = _t(input)
    r = repeats if isinstance(repeats, int) else _t(repeats)._ivy
    if axis is None:
        return Tensor(ivy.repeat(ivy.reshape(t._ivy, (-1,)), r, axis=0))
    return Tensor(ivy.repeat(t._ivy, r, axis=int(axis)))


@register
def boolean_mask(tensor: Any, mask: Any, axis: Any = None, name: str = "boolean_mask") -> Tensor:
    """tf.boolean_mask over the leading ``mask.ndim`` axes."""
    t, m = _t(tensor), _t(mask)
    flat = ivy.reshape(t._ivy, (-1, *tuple(t.shape[m.ndim :])))
    idx = ivy.nonzero(ivy.reshape(m._ivy, (-1,)))[0]
    return Tensor(ivy.take(flat, idx, axis=0))


@register
def unique(x: Any, out_idx: Any = d.int32, name: str | None = None) -> Any:
    """tf.unique: values in order of first appearance, and each element's index into them."""
    a = _t(x)._ivy
    res = ivy.unique_inverse(a)
    vals, inv = res[0], ivy.reshape(res[1], (-1,))
    n = vals.shape[0]
    pos = ivy.arange(a.shape[0], dtype=ivy.int64)
    big = ivy.full((n, a.shape[0]), a.shape[0], dtype=ivy.int64)
    first = ivy.min(
        ivy.where(ivy.equal(ivy.expand_dims(ivy.arange(n, dtype=inv.dtype), axis=1), inv), pos, big), axis=1
    )
    order = ivy.argsort(first)
    rank_of = ivy.argsort(order)
    from collections import namedtuple

    return namedtuple("Unique", ["y", "idx"])(
        Tensor(ivy.take(vals, order, axis=0)), Tensor(ivy.astype(ivy.take(rank_of, inv, axis=0), _dt(out_idx)))
    )


@register
def searchsorted(
    sorted_sequence: Any, values: Any, side: str = "left", out_type: Any = d.int32, name: str | None = None
) -> Tensor:
    """tf.searchsorted over the innermost axis (1-d sequences)."""
    s, v = _t(sorted_sequence)._ivy, _t(values)._ivy
    return Tensor(ivy.astype(ivy.searchsorted(s, v, side=side), _dt(out_type)))


@register
def stop_gradient(input: Any, name: str | None = None) -> Tensor:
    """tf.stop_gradient."""
    return Tensor(ivy.stop_gradient(_t(input)._ivy))


@register
def norm(tensor: Any, ord: Any = "euclidean", axis: Any = None, keepdims: Any = None, name: Any = None) -> Tensor:
    """tf.norm: vector norms (matrix ``fro`` when two axes are given)."""
    t = _t(tensor)
    keep = bool(keepdims)
    ax = axes(axis, t.ndim)
    if ord in ("euclidean", "fro", 2) and (ax is None or len(ax) <= 2):
        return M["reduce_euclidean_norm"](t, ax, keep)
    o = float("inf") if ord == "inf" or ord == float("inf") else ord
    return Tensor(ivy.linalg.vector_norm(t._ivy, axis=ax, keepdims=keep, ord=o))


@register
def ensure_shape(x: Any, shape: Any, name: str | None = None) -> Tensor:
    """tf.ensure_shape: ``x`` if its shape matches (``None`` matches any size)."""
    t = _t(x)
    want = list(shape)
    if len(want) != t.ndim or any(w is not None and w != s for w, s in zip(want, t.shape, strict=True)):
        raise InvalidArgumentError(f"Shape of tensor {tuple(t.shape)} is not compatible with expected shape {want}")
    return t


@register
def slice(input_: Any, begin: Any, size: Any, name: str | None = None) -> Tensor:  # noqa: A001
    """tf.slice: ``size[i] == -1`` means to the end."""
    t = _t(input_)
    b, s = _shape(begin), _shape(size)
    import builtins

    key = tuple(
        builtins.slice(bi, t.shape[i] if si == -1 else bi + si) for i, (bi, si) in enumerate(zip(b, s, strict=True))
    )
    return Tensor(t._ivy[key])


def _strided_slice(input_: Any, begin: Any, end: Any, strides: Any, **masks: Any) -> Tensor:
    """tf.strided_slice with all five masks (``masks`` by TF's names)."""
    t = _t(input_)
    b, e = _shape(begin), _shape(end)
    st = _shape(strides) if strides is not None else (1,) * len(b)
    import builtins

    key: list[Any] = []
    for i in builtins.range(len(b)):
        bit = 1 << i
        if masks["ellipsis_mask"] & bit:
            key.append(Ellipsis)
        elif masks["new_axis_mask"] & bit:
            key.append(None)
        elif masks["shrink_axis_mask"] & bit:
            key.append(b[i])
        else:
            lo, hi = None if masks["begin_mask"] & bit else b[i], None if masks["end_mask"] & bit else e[i]
            key.append(builtins.slice(lo, hi, st[i]))
    return Tensor(t._ivy[tuple(key)])


_MASKS = ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask", "shrink_axis_mask")
_STRIDED = params("input_", "begin", "end", strides=None, **dict.fromkeys(_MASKS, 0), var=None, name=None)
strided_slice = register(signed("strided_slice", _STRIDED, _strided_slice))


def install_operators(cls: type) -> None:
    """Python operators and methods of ``tf.Tensor`` (and ``tf.Variable``) with TF's dtype rules."""

    def bin_(fn: str, swap: bool = False) -> Callable[..., Any]:
        def op(self: Any, other: Any) -> Any:
            return M[fn](other, self) if swap else M[fn](self, other)

        return op

    def logic(bool_fn: str, int_fn: str, swap: bool = False) -> Callable[..., Any]:
        def op(self: Any, other: Any) -> Any:
            a, b = binary(other, self) if swap else binary(self, other)
            if a.dtype.is_bool:
                return M[bool_fn](a, b)
            return Tensor(getattr(ivy, int_fn)(a._ivy, b._ivy))

        return op

    for dunder, fn in [
        ("add", "add"),
        ("sub", "subtract"),
        ("mul", "multiply"),
        ("truediv", "truediv"),
        ("floordiv", "floordiv"),
        ("mod", "floormod"),
        ("pow", "pow"),
    ]:
        setattr(cls, f"__{dunder}__", bin_(fn))
        setattr(cls, f"__r{dunder}__", bin_(fn, swap=True))
    for dunder, fn in [("lt", "less"), ("le", "less_equal"), ("gt", "greater"), ("ge", "greater_equal")]:
        setattr(cls, f"__{dunder}__", bin_(fn))

    def eq(self: Any, other: Any) -> Any:
        try:
            return M["equal"](self, other)
        except (TypeError, ValueError):
            return False

    def ne(self: Any, other: Any) -> Any:
        try:
            return M["not_equal"](self, other)
        except (TypeError, ValueError):
            return True

    cls.__eq__ = eq
    cls.__ne__ = ne
    cls.__matmul__ = lambda self, other: FUNCTIONS["matmul"](self, other)
    cls.__rmatmul__ = lambda self, other: FUNCTIONS["matmul"](other, self)
    cls.__neg__ = lambda self: M["negative"](self)
    cls.__pos__ = lambda self: as_tensor(self)
    cls.__abs__ = lambda self: M["abs"](self)
    cls.__invert__ = lambda self: (
        M["logical_not"](self) if self.dtype.is_bool else Tensor(ivy.bitwise_invert(as_tensor(self)._ivy))
    )
    for dunder, bfn, ifn in [
        ("and", "logical_and", "bitwise_and"),
        ("or", "logical_or", "bitwise_or"),
        ("xor", "logical_xor", "bitwise_xor"),
    ]:
        setattr(cls, f"__{dunder}__", logic(bfn, ifn))
        setattr(cls, f"__r{dunder}__", logic(bfn, ifn, swap=True))


install_operators(Tensor)
install_operators(Variable)
Variable.__hash__ = object.__hash__
_ = constant
