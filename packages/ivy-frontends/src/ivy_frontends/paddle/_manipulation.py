# ruff: noqa: A001, A002 - paddle's own argument and function names
"""Shape, joining, indexing, gather/scatter and sorting functions of ``paddle``."""

from __future__ import annotations

import builtins
from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared.shapes import section_bounds
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, operands, wrap


def ints(v: Any) -> Any:
    """A shape or list of ints given as ints, lists, tuples or Tensors (paddle allows all)."""
    if isinstance(v, Tensor):
        return [int(i) for i in v.tolist()] if v.ndim else int(v.item())
    if isinstance(v, (list, tuple)):
        return [int(i) if not isinstance(i, Tensor) else int(i.item()) for i in v]
    return int(v)


def _shape(shape: Any) -> tuple[int, ...]:
    s = ints(shape)
    return tuple(s) if isinstance(s, list) else (s,)


@register()
def reshape(x: Any, shape: Any, name: str | None = None) -> Tensor:
    """paddle.reshape: ``0`` copies the input's size on that axis, ``-1`` is inferred."""
    a = as_ivy(x)
    s = [a.shape[i] if d == 0 else d for i, d in enumerate(_shape(shape))]
    return wrap(ivy.reshape(a, tuple(s)))


@register("view")
def view(x: Any, shape_or_dtype: Any, name: str | None = None) -> Tensor:
    """paddle.view: a reshape (a dtype view is not supported)."""
    return reshape(x, shape_or_dtype)


@register()
def transpose(x: Any, perm: Any, name: str | None = None) -> Tensor:
    """paddle.transpose: axes permuted by ``perm``."""
    return wrap(ivy.permute_dims(as_ivy(x), tuple(ints(perm))))


@register("permute")
def permute(x: Any, *perm: Any) -> Tensor:
    """paddle.permute: like transpose, the order given as a list or as arguments."""
    p = perm[0] if len(perm) == 1 and isinstance(perm[0], (list, tuple)) else perm
    return transpose(x, list(p))


@register()
def t(input: Any, name: str | None = None) -> Tensor:
    """paddle.t: transpose of a tensor of at most 2 axes."""
    a = as_ivy(input)
    return wrap(a if a.ndim < 2 else ivy.permute_dims(a, (1, 0)))


@register()
def moveaxis(x: Any, source: Any, destination: Any, name: str | None = None) -> Tensor:
    """paddle.moveaxis."""
    s, d = ints(source), ints(destination)
    return wrap(ivy.moveaxis(as_ivy(x), tuple(s) if isinstance(s, list) else s, tuple(d) if isinstance(d, list) else d))


def _joined(xs: Any) -> list[Any]:
    arrays = [as_ivy(v) for v in xs]
    for a in arrays[1:]:
        if a.dtype != arrays[0].dtype:
            raise ValueError(
                "(InvalidArgument) The data_type of input tensor in list isn't consistent, "
                f"the first tensor is {D.of_ivy(arrays[0].dtype)._name}, but another is {D.of_ivy(a.dtype)._name}."
            )
    return arrays


@register("concat", method=False)
def concat(x: Any, axis: Any = 0, name: str | None = None) -> Tensor:
    """paddle.concat."""
    return wrap(ivy.concat(_joined(x), axis=ints(axis)))


@register(method=False)
def stack(x: Any, axis: int = 0, name: str | None = None) -> Tensor:
    """paddle.stack."""
    return wrap(ivy.stack(_joined(x), axis=int(axis)))


def _stacker(axis: int, min_dims: int) -> Any:
    def op(x: Any, name: str | None = None) -> Tensor:
        arrays = []
        for a in _joined(x):
            while a.ndim < min_dims:
                a = ivy.expand_dims(a, axis=0 if a.ndim == 0 or min_dims == 2 else -1)
            arrays.append(a)
        ax = axis if not (axis == 1 and arrays[0].ndim == 1) else 0
        return wrap(ivy.concat(arrays, axis=ax))

    return op


register("hstack", method=False)(_stacker(1, 1))
register("vstack", method=False)(_stacker(0, 2))


@register()
def split(x: Any, num_or_sections: Any, axis: Any = 0, name: str | None = None) -> list[Tensor]:
    """paddle.split: ``num_or_sections`` equal parts or a list of sizes (one may be -1)."""
    a = as_ivy(x)
    ax = ints(axis) % a.ndim
    n = a.shape[ax]
    if isinstance(num_or_sections, (list, tuple)):
        sizes = ints(num_or_sections)
        if -1 in sizes:
            sizes[sizes.index(-1)] = n - builtins.sum(s for s in sizes if s != -1)
    else:
        k = ints(num_or_sections)
        if n % k:
            raise ValueError(f"paddle.split: the axis size {n} is not divisible by {k}")
        sizes = [n // k] * k
    bounds, acc = [], 0
    for s in sizes[:-1]:
        acc += s
        bounds.append(acc)
    return [wrap(p) for p in ivy.split(a, tuple(bounds), axis=ax)] if bounds else [wrap(a)]


@register()
def chunk(x: Any, chunks: int, axis: int = 0, name: str | None = None) -> list[Tensor]:
    """paddle.chunk: ``chunks`` equal parts."""
    return split(x, chunks, axis)


@register()
def tensor_split(x: Any, num_or_indices: Any, axis: int = 0, name: str | None = None) -> list[Tensor]:
    """paddle.tensor_split: unequal parts allowed."""
    a = as_ivy(x)
    ax = axis % a.ndim
    n = a.shape[ax]
    if isinstance(num_or_indices, (list, tuple)):
        bounds = tuple(ints(num_or_indices))
    else:
        bounds = tuple(section_bounds(n, int(num_or_indices)))
    return [wrap(p) for p in ivy.split(a, bounds, axis=ax)] if bounds else [wrap(a)]


@register()
def unbind(input: Any, axis: int = 0) -> list[Tensor]:
    """paddle.unbind."""
    return [wrap(p) for p in ivy.unstack(as_ivy(input), axis=axis)]


@register()
def unstack(x: Any, axis: int = 0, num: int | None = None) -> list[Tensor]:
    """paddle.unstack."""
    return unbind(x, axis)


@register()
def squeeze(x: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """paddle.squeeze: axes of size 1 only (others are ignored)."""
    a = as_ivy(x)
    if axis is None:
        ax = tuple(i for i, s in enumerate(a.shape) if s == 1)
    else:
        ax = ints(axis)
        ax = tuple(ax) if isinstance(ax, list) else (ax,)
        ax = tuple(i % a.ndim for i in ax if a.shape[i % a.ndim] == 1) if a.ndim else ()
    return wrap(ivy.squeeze(a, axis=ax) if ax else a)


@register()
def unsqueeze(x: Any, axis: Any, name: str | None = None) -> Tensor:
    """paddle.unsqueeze: one or several new axes."""
    a = as_ivy(x)
    ax = ints(axis)
    for i in ax if isinstance(ax, list) else [ax]:
        a = ivy.expand_dims(a, axis=i if i >= 0 else i + a.ndim + 1)
    return wrap(a)


@register()
def flatten(x: Any, start_axis: int = 0, stop_axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.flatten: axes ``start_axis..stop_axis`` merged."""
    a = as_ivy(x)
    if a.ndim == 0:
        return wrap(ivy.reshape(a, (1,)))
    s, e = start_axis % a.ndim, stop_axis % a.ndim
    n = 1
    for d in a.shape[s : e + 1]:
        n *= d
    return wrap(ivy.reshape(a, (*a.shape[:s], n, *a.shape[e + 1 :])))


@register()
def flip(x: Any, axis: Any, name: str | None = None) -> Tensor:
    """paddle.flip."""
    ax = ints(axis)
    return wrap(ivy.flip(as_ivy(x), axis=tuple(ax) if isinstance(ax, list) else ax))


@register()
def roll(x: Any, shifts: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """paddle.roll: over the flattened tensor without ``axis``."""
    s, ax = ints(shifts), None if axis is None else ints(axis)
    s = tuple(s) if isinstance(s, list) else s
    ax = tuple(ax) if isinstance(ax, list) else ax
    return wrap(ivy.roll(as_ivy(x), s, axis=ax))


@register()
def rot90(x: Any, k: int = 1, axes: Any = (0, 1), name: str | None = None) -> Tensor:
    """paddle.rot90: ``k`` quarter turns from the first axis toward the second."""
    a = as_ivy(x)
    a0, a1 = axes
    k %= 4
    for _ in range(k):
        a = ivy.flip(a, axis=a1)
        perm = list(range(a.ndim))
        perm[a0], perm[a1] = perm[a1], perm[a0]
        a = ivy.permute_dims(a, tuple(perm))
    return wrap(a)


@register()
def tile(x: Any, repeat_times: Any, name: str | None = None) -> Tensor:
    """paddle.tile."""
    a = as_ivy(x)
    reps = tuple(ints(repeat_times))
    while a.ndim < len(reps):
        a = ivy.expand_dims(a, axis=0)
    reps = (1,) * (a.ndim - len(reps)) + reps
    return wrap(ivy.tile(a, reps))


@register("expand", "broadcast_to")
def expand(x: Any, shape: Any, name: str | None = None) -> Tensor:
    """paddle.expand: ``-1`` keeps an axis."""
    a = as_ivy(x)
    s = list(_shape(shape))
    off = len(s) - a.ndim
    s = [a.shape[i - off] if d == -1 else d for i, d in enumerate(s)]
    return wrap(ivy.broadcast_to(a, tuple(s)))


@register()
def expand_as(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.expand_as."""
    return expand(x, list(as_ivy(y).shape))


@register(method=False)
def broadcast_tensors(input: Any, name: str | None = None) -> list[Tensor]:
    """paddle.broadcast_tensors."""
    return [wrap(a) for a in ivy.broadcast_arrays(*[as_ivy(v) for v in input])]


@register(method=False)
def broadcast_shape(x_shape: Any, y_shape: Any) -> list[int]:
    """paddle.broadcast_shape."""
    return list(ivy.broadcast_shapes(tuple(x_shape), tuple(y_shape)))


@register()
def repeat_interleave(x: Any, repeats: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """paddle.repeat_interleave."""
    a = as_ivy(x)
    r = as_ivy(repeats) if isinstance(repeats, Tensor) else int(repeats)
    if axis is None:
        a, axis = ivy.reshape(a, (-1,)), 0
    return wrap(ivy.repeat(a, r, axis=axis))


@register()
def gather(x: Any, index: Any, axis: Any = None, name: str | None = None) -> Tensor:
    """paddle.gather: rows ``index`` (1-D or 0-D) along ``axis``."""
    a, i = as_ivy(x), as_ivy(index)
    ax = 0 if axis is None else ints(axis)
    if i.ndim == 2 and i.shape[1] == 1:
        i = ivy.reshape(i, (-1,))
    return wrap(ivy.take(a, i, axis=ax))


@register()
def gather_nd(x: Any, index: Any, name: str | None = None) -> Tensor:
    """paddle.gather_nd: the last axis of ``index`` addresses the leading axes of ``x``."""
    return wrap(ivy.gather_nd(as_ivy(x), as_ivy(index)))


@register()
def index_select(x: Any, index: Any, axis: int = 0, name: str | None = None) -> Tensor:
    """paddle.index_select."""
    return wrap(ivy.take(as_ivy(x), as_ivy(index), axis=axis))


@register()
def take_along_axis(arr: Any, indices: Any, axis: int, broadcast: bool = True) -> Tensor:
    """paddle.take_along_axis."""
    a, i = as_ivy(arr), as_ivy(indices)
    if broadcast:
        shape = list(a.shape)
        shape[axis] = i.shape[axis]
        bshape = [builtins.max(s, t) for s, t in zip(shape, i.shape, strict=False)]
        bshape[axis] = i.shape[axis]
        i = ivy.broadcast_to(i, tuple(bshape))
        ashape = list(bshape)
        ashape[axis] = a.shape[axis]
        a = ivy.broadcast_to(a, tuple(ashape))
    return wrap(ivy.take_along_axis(a, i, axis=axis))


def _positions(shape: tuple[int, ...]) -> Any:
    n = 1
    for s in shape:
        n *= s
    return ivy.reshape(ivy.arange(n, dtype=ivy.int64), shape)


@register()
def put_along_axis(
    arr: Tensor,
    indices: Tensor,
    values: Tensor | float,
    axis: int,
    reduce: str = "assign",
    include_self: bool = True,
    broadcast: bool = True,
) -> Tensor:
    """paddle.put_along_axis: ``reduce`` in assign, add, mul (multiply)."""
    a, i = as_ivy(arr), as_ivy(indices)
    if broadcast and i.ndim == a.ndim:
        shape = list(a.shape)
        shape[axis] = i.shape[axis]
        i = ivy.broadcast_to(i, tuple(shape))
    pos = ivy.take_along_axis(_positions(tuple(a.shape)), i, axis=axis)
    v = ivy.astype(ivy.broadcast_to(as_ivy(values), tuple(pos.shape)), a.dtype)
    flat, p, vv = ivy.reshape(a, (-1,)), ivy.reshape(pos, (-1,)), ivy.reshape(v, (-1,))
    if reduce == "assign":
        out = ivy.index_put(flat, (p,), vv)
    elif reduce == "add":
        out = ivy.index_put(flat, (p,), vv, accumulate=True)
    elif reduce in ("mul", "multiply"):
        out = _scatter_mul(flat, p, vv)
    else:
        raise ValueError(f"paddle.put_along_axis: unsupported reduce {reduce!r}")
    return wrap(ivy.reshape(out, tuple(a.shape)))


def _scatter_mul(flat: Any, p: Any, vv: Any) -> Any:
    out = flat
    for j in range(p.shape[0]):
        idx = p[j : j + 1]
        out = ivy.index_put(out, (idx,), ivy.multiply(ivy.take(out, idx, axis=0), vv[j : j + 1]))
    return out


@register()
def scatter(x: Any, index: Any, updates: Any, overwrite: bool = True, name: str | None = None) -> Tensor:
    """paddle.scatter: rows ``index`` of ``x`` set (or, with ``overwrite=False``, zeroed then summed)."""
    a, i, u = as_ivy(x), as_ivy(index), as_ivy(updates)
    i = ivy.reshape(i, (-1,))
    u = ivy.astype(u, a.dtype)
    if overwrite:
        pos = ivy.take(_positions(tuple(a.shape)), i, axis=0)
        flat = ivy.index_put(ivy.reshape(a, (-1,)), (ivy.reshape(pos, (-1,)),), ivy.reshape(u, (-1,)))
        return wrap(ivy.reshape(flat, tuple(a.shape)))
    keep = ivy.scatter_nd(
        ivy.expand_dims(i, axis=-1), ivy.ones_like(u, dtype=ivy.bool), tuple(a.shape), reduction="update"
    )
    base = ivy.where(keep, ivy.zeros_like(a), a)
    return wrap(ivy.add(base, ivy.scatter_nd(ivy.expand_dims(i, axis=-1), u, tuple(a.shape), reduction="add")))


@register()
def scatter_nd_add(x: Any, index: Any, updates: Any, name: str | None = None) -> Tensor:
    """paddle.scatter_nd_add: ``updates`` summed into ``x`` at ``index``."""
    a = as_ivy(x)
    s = ivy.scatter_nd(as_ivy(index), ivy.astype(as_ivy(updates), a.dtype), tuple(a.shape), reduction="add")
    return wrap(ivy.add(a, s))


@register(method=False)
def scatter_nd(index: Any, updates: Any, shape: Any, name: str | None = None) -> Tensor:
    """paddle.scatter_nd: ``updates`` summed into zeros of ``shape``."""
    return wrap(ivy.scatter_nd(as_ivy(index), as_ivy(updates), _shape(shape), reduction="add"))


@register()
def index_add(x: Any, index: Any, axis: int, value: Any, name: str | None = None) -> Tensor:
    """paddle.index_add: slices of ``value`` added at ``index`` along ``axis``."""
    a, i, v = as_ivy(x), as_ivy(index), as_ivy(value)
    am, vm = ivy.moveaxis(a, axis, 0), ivy.astype(ivy.moveaxis(v, axis, 0), a.dtype)
    out = ivy.add(am, ivy.scatter_nd(ivy.expand_dims(i, axis=-1), vm, tuple(am.shape), reduction="add"))
    return wrap(ivy.moveaxis(out, 0, axis))


@register()
def masked_select(x: Any, mask: Any, name: str | None = None) -> Tensor:
    """paddle.masked_select: the 1-D tensor of the selected elements."""
    a, m = ivy.broadcast_arrays(as_ivy(x), as_ivy(mask))
    return wrap(a[m])


@register()
def masked_fill(x: Any, mask: Any, value: Any, name: str | None = None) -> Tensor:
    """paddle.masked_fill."""
    a = as_ivy(x)
    v = ivy.astype(as_ivy(value), a.dtype) if isinstance(value, Tensor) else ivy.asarray(value, dtype=a.dtype)
    return wrap(ivy.where(as_ivy(mask), v, a))


@register()
def where(condition: Any, x: Any = None, y: Any = None, name: str | None = None) -> Any:
    """paddle.where: elementwise choice, or the indices of the true elements without ``x``/``y``."""
    if x is None and y is None:
        return tuple(wrap(ivy.expand_dims(ivy.astype(i, ivy.int64), axis=-1)) for i in ivy.nonzero(as_ivy(condition)))
    if not isinstance(x, Tensor) and not isinstance(y, Tensor):
        a, b = as_ivy(x), as_ivy(y)
        if a.dtype != b.dtype:
            d = ivy.result_type(a.dtype, b.dtype)
            a, b = ivy.astype(a, d), ivy.astype(b, d)
    else:
        a, b = as_ivy(x), as_ivy(y)
        if a.dtype != b.dtype:
            d = D.promote_tensors(D.of_ivy(a.dtype), D.of_ivy(b.dtype))
            a, b = ivy.astype(a, d._ivy), ivy.astype(b, d._ivy)
    return wrap(ivy.where(as_ivy(condition), a, b))


@register()
def nonzero(x: Any, as_tuple: bool = False) -> Any:
    """paddle.nonzero: an ``[n, ndim]`` int64 tensor (or a tuple of ``[n, 1]`` tensors)."""
    idx = [ivy.astype(i, ivy.int64) for i in ivy.nonzero(as_ivy(x))]
    if as_tuple:
        return tuple(wrap(ivy.expand_dims(i, axis=-1)) for i in idx)
    return wrap(ivy.stack(idx, axis=-1))


@register()
def tril(x: Any, diagonal: int = 0, name: str | None = None) -> Tensor:
    """paddle.tril."""
    return wrap(ivy.tril(as_ivy(x), k=diagonal))


@register()
def triu(x: Any, diagonal: int = 0, name: str | None = None) -> Tensor:
    """paddle.triu."""
    return wrap(ivy.triu(as_ivy(x), k=diagonal))


@register()
def diagonal(x: Any, offset: int = 0, axis1: int = 0, axis2: int = 1, name: str | None = None) -> Tensor:
    """paddle.diagonal."""
    a = ivy.moveaxis(as_ivy(x), (axis1, axis2), (-2, -1))
    return wrap(ivy.linalg.diagonal(a, offset=offset))


@register()
def diag(x: Any, offset: int = 0, padding_value: Any = 0, name: str | None = None) -> Tensor:
    """paddle.diag: the diagonal of a matrix, or the matrix of a vector."""
    a = as_ivy(x)
    if a.ndim == 2:
        return wrap(ivy.linalg.diagonal(a, offset=offset))
    n = a.shape[0] + builtins.abs(offset)
    rows = ivy.add(ivy.arange(a.shape[0], dtype=ivy.int64), builtins.max(-offset, 0))
    cols = ivy.add(ivy.arange(a.shape[0], dtype=ivy.int64), builtins.max(offset, 0))
    out = ivy.full((n, n), padding_value, dtype=a.dtype)
    return wrap(ivy.index_put(out, (rows, cols), a))


@register()
def diag_embed(input: Any, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Tensor:
    """paddle.diag_embed: the last axis placed on the ``offset`` diagonal of new matrices on axes ``dim1``/``dim2``."""
    a = as_ivy(input)
    k = a.shape[-1]
    n = k + builtins.abs(offset)
    base = ivy.arange(k, dtype=ivy.int64)
    flat = ivy.add(ivy.multiply(base + builtins.max(-offset, 0), n), base + builtins.max(offset, 0))
    onehot = ivy.astype(ivy.equal(ivy.expand_dims(flat, 1), ivy.arange(n * n, dtype=ivy.int64)), a.dtype)
    out = ivy.reshape(ivy.matmul(a, onehot), (*a.shape[:-1], n, n))
    nd = a.ndim + 1
    d1, d2 = dim1 % nd, dim2 % nd
    if d1 == d2:
        raise ValueError(f"paddle.diag_embed: dim1 and dim2 must differ, got {dim1} and {dim2}")
    return wrap(ivy.moveaxis(out, (-2, -1), (d1, d2)))


_SortResult = namedtuple("_SortResult", ["values", "indices"])


@register()
def sort(x: Any, axis: int = -1, descending: bool = False, stable: bool = False, name: str | None = None) -> Tensor:
    """paddle.sort: the values only."""
    return wrap(ivy.sort(as_ivy(x), axis=axis, descending=descending, stable=True))


@register()
def argsort(x: Any, axis: int = -1, descending: bool = False, stable: bool = False, name: str | None = None) -> Tensor:
    """paddle.argsort: int64 indices."""
    return wrap(ivy.astype(ivy.argsort(as_ivy(x), axis=axis, descending=descending, stable=True), ivy.int64))


@register()
def topk(
    x: Any, k: Any, axis: int | None = None, largest: bool = True, sorted: bool = True, name: str | None = None
) -> tuple[Tensor, Tensor]:
    """paddle.topk: values and int64 indices of the ``k`` largest (or smallest) along ``axis`` (last by default)."""
    res = ivy.top_k(as_ivy(x), ints(k), axis=-1 if axis is None else axis, largest=largest, sorted=sorted)
    return wrap(res[0]), wrap(ivy.astype(res[1], ivy.int64))


@register()
def searchsorted(
    sorted_sequence: Any, values: Any, out_int32: bool = False, right: bool = False, name: str | None = None
) -> Tensor:
    """paddle.searchsorted (1-D sorted sequence)."""
    out = ivy.searchsorted(as_ivy(sorted_sequence), as_ivy(values), side="right" if right else "left")
    return wrap(ivy.astype(out, ivy.int32 if out_int32 else ivy.int64))


@register()
def unique(
    x: Any,
    return_index: bool = False,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: Any = None,
    dtype: Any = "int64",
    name: str | None = None,
) -> Any:
    """paddle.unique: sorted unique values of the flattened tensor, with optional index/inverse/counts."""
    a = ivy.reshape(as_ivy(x), (-1,))
    res = ivy.unique_all(a)
    values = res[0]
    order = ivy.argsort(values)
    values = ivy.take(values, order, axis=0)
    it = D.to_dtype(dtype)._ivy
    out = [wrap(values)]
    if return_index:
        out.append(wrap(ivy.astype(ivy.take(res[1], order, axis=0), it)))
    if return_inverse:
        rank = ivy.argsort(order)
        out.append(wrap(ivy.astype(ivy.take(rank, ivy.reshape(res[2], (-1,)), axis=0), it)))
    if return_counts:
        out.append(wrap(ivy.astype(ivy.take(res[3], order, axis=0), it)))
    return out[0] if len(out) == 1 else tuple(out)


@register()
def numel(x: Any, name: str | None = None) -> Tensor:
    """paddle.numel: an int64 0-d tensor."""
    return wrap(ivy.asarray(as_ivy(x).size, dtype=ivy.int64))


@register("shape", method=False)
def shape(input: Any) -> Tensor:
    """paddle.shape: the shape as an int64 tensor."""
    return wrap(ivy.asarray(list(as_ivy(input).shape), dtype=ivy.int64))


@register(method=False)
def slice(input: Any, axes: Any, starts: Any, ends: Any) -> Tensor:
    """paddle.slice: ``input[starts:ends]`` on ``axes``."""
    a = as_ivy(input)
    key = [builtins.slice(None)] * a.ndim
    for ax, s, e in zip(ints(axes), ints(starts), ints(ends), strict=True):
        key[ax] = builtins.slice(s, e)
    return wrap(a[tuple(key)])


@register()
def strided_slice(x: Any, axes: Any, starts: Any, ends: Any, strides: Any, name: str | None = None) -> Tensor:
    """paddle.strided_slice."""
    a = as_ivy(x)
    key = [builtins.slice(None)] * a.ndim
    for ax, s, e, st in zip(ints(axes), ints(starts), ints(ends), ints(strides), strict=True):
        key[ax] = builtins.slice(s, e, st)
    return wrap(a[tuple(key)])


@register(method=False)
def meshgrid(*args: Any, **kwargs: Any) -> list[Tensor]:
    """paddle.meshgrid: 'ij' indexing."""
    xs = args[0] if len(args) == 1 and isinstance(args[0], (list, tuple)) else args
    return [wrap(a) for a in ivy.meshgrid(*[as_ivy(v) for v in xs], indexing="ij")]


@register()
def index_sample(x: Any, index: Any) -> Tensor:
    """paddle.index_sample: per-row gather of a 2-D tensor."""
    return wrap(ivy.take_along_axis(as_ivy(x), as_ivy(index), axis=1))


@register()
def outer(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.outer."""
    a, b, _ = operands(as_ivy(x), as_ivy(y))
    return wrap(ivy.multiply(ivy.reshape(a, (-1, 1)), ivy.reshape(b, (1, -1))))


@register()
def inner(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.inner: sum over the last axes."""
    a, b, _ = operands(as_ivy(x), as_ivy(y))
    return wrap(ivy.tensordot(a, b, axes=([a.ndim - 1], [b.ndim - 1])))


@register()
def kron(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.kron (2-D)."""
    a, b, _ = operands(as_ivy(x), as_ivy(y))
    out = ivy.multiply(
        ivy.expand_dims(ivy.expand_dims(a, axis=1), axis=3), ivy.expand_dims(ivy.expand_dims(b, axis=0), axis=2)
    )
    return wrap(ivy.reshape(out, (a.shape[0] * b.shape[0], a.shape[1] * b.shape[1])))


@register()
def trace(x: Any, offset: int = 0, axis1: int = 0, axis2: int = 1, name: str | None = None) -> Tensor:
    """paddle.trace."""
    return wrap(ivy.sum(diagonal(x, offset, axis1, axis2)._ivy, axis=-1))


@register()
def diff(
    x: Any, n: int = 1, axis: int = -1, prepend: Any = None, append: Any = None, name: str | None = None
) -> Tensor:
    """paddle.diff."""
    a = as_ivy(x)
    pre = None if prepend is None else as_ivy(prepend)
    app = None if append is None else as_ivy(append)
    parts = [p for p in (pre, a, app) if p is not None]
    a = ivy.concat(parts, axis=axis) if len(parts) > 1 else a
    for _ in range(n):
        a = ivy.diff(a, axis=axis)
    return wrap(a)


@register()
def bincount(x: Any, weights: Any = None, minlength: int = 0, name: str | None = None) -> Tensor:
    """paddle.bincount."""
    a = as_ivy(x)
    n = builtins.max(int(ivy.max(a)) + 1 if a.size else 0, minlength)
    if weights is None:
        w = ivy.ones(tuple(a.shape), dtype=ivy.int64)
    else:
        w = as_ivy(weights)
    return wrap(ivy.scatter_nd(ivy.expand_dims(a, axis=-1), w, (n,), reduction="add"))
