# ruff: noqa: A002, N812, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Gather/scatter, masked and index_* functions, where/nonzero, and fill_/zero_/copy_."""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import assign, make_inplace, to_out
from ivy_frontends.torch._promotion import binary
from ivy_frontends.torch._registry import add, register
from ivy_frontends.torch._tensor import Tensor, _dim, as_ivy, tensor_arg, wrap


def _arr(x: Any, function: str, argument: str = "input") -> Any:
    return tensor_arg(x, function, argument)._ivy


def _index(x: Any, function: str) -> Any:
    idx = _arr(x, function, "index")
    if idx.dtype.kind not in "iu":
        raise RuntimeError(f"{function}(): Expected dtype int64 for index, got {D.from_ivy(idx.dtype)}")
    return idx


def _value(value: Any, dtype: Any) -> Any:
    """A scalar or 0-d tensor fill value as an ivy array of ``dtype``."""
    if isinstance(value, Tensor):
        return ivy.astype(value._ivy, dtype)
    return as_ivy(value, D.from_ivy(dtype))


def _scatter_index(index: Any, axis: int) -> tuple[Any, ...]:
    """Full coordinates for torch's scatter: ``index`` along ``axis``, positions elsewhere."""
    grids = ivy.meshgrid(*[ivy.arange(s, dtype=ivy.int64) for s in index.shape], indexing="ij")
    coords = list(grids)
    coords[axis] = ivy.astype(index, ivy.int64)
    return tuple(coords)


def _src_for(src: Any, index: Any, dtype: Any) -> Any:
    if isinstance(src, Tensor):
        s = src._ivy
        s = s[tuple(slice(0, n) for n in index.shape)] if s.shape != index.shape else s
        return s if s.dtype == dtype else ivy.astype(s, dtype)
    return ivy.full(index.shape, src, dtype=dtype)


@register("gather")
def gather(input: Tensor, dim: int, index: Tensor, *, sparse_grad: bool = False, out: Any = None) -> Tensor:
    """torch.gather: ``out[i][j] = input[index[i][j]][j]`` along ``dim``."""
    x, idx = _arr(input, "torch.gather"), _index(index, "torch.gather")
    d = _dim(dim, x.ndim, "torch.gather")
    if idx.ndim != x.ndim:
        raise RuntimeError("gather(): Index tensor must have the same number of dimensions as input tensor")
    if builtins.any(idx.shape[i] > x.shape[i] for i in range(x.ndim) if i != d):
        raise RuntimeError(
            f"gather(): Size does not match at some dimension other than {d}: index {list(idx.shape)}, input {list(x.shape)}"
        )
    x = x[tuple(slice(None) if i == d else slice(0, idx.shape[i]) for i in range(x.ndim))]
    return to_out(out, ivy.take_along_axis(x, idx, axis=d), "torch.gather")


@register("take_along_dim")
def take_along_dim(input: Tensor, indices: Tensor, dim: Any = None, *, out: Any = None) -> Tensor:
    """torch.take_along_dim: like NumPy's take_along_axis (flattened when ``dim`` is None)."""
    x, idx = _arr(input, "torch.take_along_dim"), _index(indices, "torch.take_along_dim")
    if dim is None:
        return to_out(out, ivy.take(ivy.reshape(x, (-1,)), ivy.reshape(idx, (-1,))), "torch.take_along_dim")
    d = _dim(dim, x.ndim, "torch.take_along_dim")
    shape = list(ivy.broadcast_shapes(x.shape, idx.shape))
    shape_x, shape_i = list(shape), list(shape)
    shape_x[d], shape_i[d] = x.shape[d], idx.shape[d]
    x, idx = ivy.broadcast_to(x, tuple(shape_x)), ivy.broadcast_to(idx, tuple(shape_i))
    return to_out(out, ivy.take_along_axis(x, idx, axis=d), "torch.take_along_dim")


@register("take")
def take(input: Tensor, index: Tensor) -> Tensor:
    """torch.take: elements of the flattened input."""
    x, idx = _arr(input, "torch.take"), _index(index, "torch.take")
    return wrap(ivy.reshape(ivy.take(ivy.reshape(x, (-1,)), ivy.reshape(idx, (-1,))), idx.shape))


@register("index_select")
def index_select(input: Tensor, dim: int, index: Tensor, *, out: Any = None) -> Tensor:
    """torch.index_select: whole slices along ``dim`` picked by a 1-d index."""
    x, idx = _arr(input, "torch.index_select"), _index(index, "torch.index_select")
    if idx.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    return to_out(
        out, ivy.take(x, ivy.reshape(idx, (-1,)), axis=_dim(dim, x.ndim, "torch.index_select")), "torch.index_select"
    )


@register("scatter")
def scatter(
    input: Tensor, dim: int, index: Tensor, src: Any = None, *, value: Any = None, reduce: Any = None
) -> Tensor:
    """torch.scatter: ``out[index[i][j]][j] = src[i][j]`` along ``dim`` (``reduce`` "add"/"multiply")."""
    x, idx = _arr(input, "torch.scatter"), _index(index, "torch.scatter")
    src = value if src is None else src
    d = _dim(dim, x.ndim, "torch.scatter")
    coords = _scatter_index(idx, d)
    vals = _src_for(src, idx, x.dtype)
    if reduce in ("add", "sum"):
        return wrap(ivy.index_put(x, coords, vals, accumulate=True))
    if reduce == "multiply":
        raise NotImplementedError("torch.scatter: reduce='multiply' is not supported by the ivy frontend")
    if reduce is not None:
        raise RuntimeError(f"scatter(): reduce argument must be either add or multiply, got {reduce!r}")
    return wrap(ivy.index_put(x, coords, vals))


@register("scatter_add")
def scatter_add(input: Tensor, dim: int, index: Tensor, src: Tensor) -> Tensor:
    """torch.scatter_add: add ``src`` into ``input`` at ``index`` along ``dim`` (duplicates summed)."""
    return scatter(input, dim, index, src, reduce="add")


@register("scatter_reduce")
def scatter_reduce(
    input: Tensor, dim: int, index: Tensor, src: Tensor, reduce: str, *, include_self: bool = True
) -> Tensor:
    """torch.scatter_reduce with ``sum``, ``mean``, ``amax`` or ``amin``."""
    x, idx = _arr(input, "torch.scatter_reduce"), _index(index, "torch.scatter_reduce")
    d = _dim(dim, x.ndim, "torch.scatter_reduce")
    coords = _scatter_index(idx, d)
    vals = _src_for(src, idx, x.dtype)
    touched = ivy.index_put(ivy.zeros(x.shape, dtype=ivy.bool), coords, ivy.ones(idx.shape, dtype=ivy.bool))
    base = x if include_self else ivy.where(touched, ivy.zeros_like(x), x)
    if reduce in ("sum", "mean"):
        total = ivy.index_put(base, coords, vals, accumulate=True)
        if reduce == "sum":
            return wrap(total)
        count = ivy.index_put(
            ivy.zeros(x.shape, dtype=ivy.int64), coords, ivy.ones(idx.shape, dtype=ivy.int64), accumulate=True
        )
        if include_self:
            count = ivy.add(count, 1)
        count = ivy.where(ivy.equal(count, 0), ivy.ones_like(count), count)
        mean = (
            ivy.divide(total, ivy.astype(count, x.dtype))
            if x.dtype.kind == "f"
            else ivy.floor_divide(total, ivy.astype(count, x.dtype))
        )
        return wrap(mean)
    if reduce in ("amax", "amin"):
        flat = ivy.stack([ivy.reshape(c, (-1,)) for c in coords], axis=-1)
        red = ivy.scatter_nd(flat, ivy.reshape(vals, (-1,)), x.shape, reduction="max" if reduce == "amax" else "min")
        both = (ivy.maximum if reduce == "amax" else ivy.minimum)(x, red) if include_self else red
        return wrap(ivy.where(touched, both, x))
    raise RuntimeError(f"scatter_reduce(): reduce argument must be one of sum, mean, amax, amin; got {reduce!r}")


def _index_coords(x: Any, d: int, idx: Any) -> tuple[Any, ...]:
    """Coordinates for every element of the slices ``x.select(d, idx[k])``."""
    shape = list(x.shape)
    shape[d] = idx.shape[0]
    grids = list(ivy.meshgrid(*[ivy.arange(s, dtype=ivy.int64) for s in shape], indexing="ij"))
    grids[d] = ivy.take(ivy.astype(idx, ivy.int64), grids[d])
    return tuple(grids)


@register("index_add")
def index_add(input: Tensor, dim: int, index: Tensor, source: Tensor, *, alpha: Any = 1) -> Tensor:
    """torch.index_add: ``alpha * source`` slices added at ``index`` along ``dim``."""
    x, idx = _arr(input, "torch.index_add"), ivy.reshape(_index(index, "torch.index_add"), (-1,))
    d = _dim(dim, x.ndim, "torch.index_add")
    src = ivy.astype(_arr(source, "torch.index_add", "source"), x.dtype)
    if alpha != 1:
        src = ivy.multiply(src, alpha)
    return wrap(ivy.index_put(x, _index_coords(x, d, idx), src, accumulate=True))


@register("index_copy")
def index_copy(input: Tensor, dim: int, index: Tensor, source: Tensor) -> Tensor:
    """torch.index_copy: ``source`` slices written at ``index`` along ``dim``."""
    x, idx = _arr(input, "torch.index_copy"), ivy.reshape(_index(index, "torch.index_copy"), (-1,))
    d = _dim(dim, x.ndim, "torch.index_copy")
    src = ivy.astype(_arr(source, "torch.index_copy", "source"), x.dtype)
    return wrap(ivy.index_put(x, _index_coords(x, d, idx), src))


@register("index_fill")
def index_fill(input: Tensor, dim: int, index: Tensor, value: Any) -> Tensor:
    """torch.index_fill: the slices at ``index`` along ``dim`` set to ``value``."""
    x, idx = _arr(input, "torch.index_fill"), ivy.reshape(_index(index, "torch.index_fill"), (-1,))
    d = _dim(dim, x.ndim, "torch.index_fill")
    coords = _index_coords(x, d, idx)
    return wrap(ivy.index_put(x, coords, ivy.broadcast_to(_value(value, x.dtype), coords[0].shape)))


@register("masked_fill")
def masked_fill(input: Tensor, mask: Tensor, value: Any) -> Tensor:
    """torch.masked_fill: ``value`` where the bool ``mask`` (broadcast) is true."""
    x, m = _arr(input, "torch.masked_fill"), _arr(mask, "torch.masked_fill", "mask")
    if m.dtype != ivy.bool:
        raise RuntimeError(f"masked_fill_ only supports boolean masks, but got mask with dtype {D.from_ivy(m.dtype)}")
    if isinstance(value, Tensor) and value.ndim:
        raise RuntimeError(
            f"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with {value.ndim} dimension(s)."
        )
    out = ivy.where(m, _value(value, x.dtype), x)
    return wrap(out if out.shape == x.shape else ivy.broadcast_to(out, out.shape))


@register("masked_select")
def masked_select(input: Tensor, mask: Tensor) -> Tensor:
    """torch.masked_select: the elements where ``mask`` holds, as a 1-d tensor."""
    x, m = _arr(input, "torch.masked_select"), _arr(mask, "torch.masked_select", "mask")
    x, m = ivy.broadcast_arrays(x, m)
    return wrap(x[m])


@register("masked_scatter")
def masked_scatter(input: Tensor, mask: Tensor, source: Tensor) -> Tensor:
    """torch.masked_scatter: consecutive ``source`` elements written where ``mask`` holds."""
    x, m = _arr(input, "torch.masked_scatter"), _arr(mask, "torch.masked_scatter", "mask")
    m = ivy.broadcast_to(m, x.shape)
    n = int(ivy.sum(ivy.astype(m, ivy.int64)))
    src = ivy.astype(ivy.reshape(_arr(source, "torch.masked_scatter", "source"), (-1,))[:n], x.dtype)
    out = ivy.asarray(x, copy=True)
    out[m] = src
    return wrap(out)


@register("where")
def where(condition: Tensor, input: Any = None, other: Any = None, *, out: Any = None) -> Any:
    """torch.where: elementwise choice with promotion, or ``nonzero(as_tuple=True)`` with one argument."""
    c = _arr(condition, "torch.where", "condition")
    if input is None and other is None:
        return nonzero(wrap(c), as_tuple=True)
    if c.dtype != ivy.bool:
        raise RuntimeError(
            f"where expected condition to be a boolean tensor, but got a tensor with dtype {D.from_ivy(c.dtype)}"
        )
    a, b, target = binary(input, other, "torch.where")
    if not isinstance(a, ivy.Array):
        a = as_ivy(a, target)
    if not isinstance(b, ivy.Array):
        b = as_ivy(b, target)
    return to_out(out, ivy.where(c, a, b), "torch.where")


def _where_method(self: Tensor, condition: Tensor, y: Any) -> Tensor:
    """Tensor.where(condition, y): ``self`` where ``condition`` holds, else ``y``."""
    return where(condition, self, y)


add("where", _where_method, namespace=False)


@register("nonzero")
def nonzero(input: Tensor, *, as_tuple: bool = False, out: Any = None) -> Any:
    """torch.nonzero: an ``(n, ndim)`` int64 tensor of indices, or one tensor per dimension."""
    x = _arr(input, "torch.nonzero")
    if x.ndim == 0:
        x = ivy.reshape(x, (1,))
    parts = [ivy.astype(p, ivy.int64) for p in ivy.nonzero(x)]
    if as_tuple:
        return tuple(wrap(p) for p in parts)
    return to_out(out, ivy.stack(parts, axis=1), "torch.nonzero")


@register("argwhere")
def argwhere(input: Tensor) -> Tensor:
    """torch.argwhere: the same as ``nonzero``."""
    return nonzero(input)


@register("put")
def put(input: Tensor, index: Tensor, source: Tensor, accumulate: bool = False) -> Tensor:
    """torch.put: ``source`` written at flat indices."""
    x, idx = _arr(input, "torch.put"), _index(index, "torch.put")
    flat = ivy.reshape(x, (-1,))
    idx = ivy.reshape(idx, (-1,))
    idx = ivy.where(ivy.less(idx, 0), ivy.add(idx, flat.shape[0]), idx)
    src = ivy.astype(ivy.reshape(_arr(source, "torch.put", "source"), (-1,)), x.dtype)
    return wrap(ivy.reshape(ivy.index_put(flat, (idx,), src, accumulate=accumulate), x.shape))


for _name in ("scatter", "scatter_add", "scatter_reduce", "index_add", "index_copy", "index_fill", "masked_fill"):
    add(f"{_name}_", make_inplace(globals()[_name], _name), namespace=False)
add("masked_scatter_", make_inplace(masked_scatter, "masked_scatter"), namespace=False)
add("put_", make_inplace(put, "put"), namespace=False)


@register("fill_", namespace=False)
def fill_(self: Tensor, value: Any) -> Tensor:
    """Tensor.fill_: every element set to ``value``."""
    self._ivy = ivy.broadcast_to(_value(value, self._ivy.dtype), self._ivy.shape)
    return self


@register("zero_", namespace=False)
def zero_(self: Tensor) -> Tensor:
    """Tensor.zero_: every element set to zero."""
    self._ivy = ivy.zeros_like(self._ivy)
    return self


@register("copy_", namespace=False)
def copy_(self: Tensor, src: Any, non_blocking: bool = False) -> Tensor:
    """Tensor.copy_: ``src`` broadcast and cast into the tensor."""
    s = _arr(src, "Tensor.copy_", "src") if not isinstance(src, (int, float, bool)) else as_ivy(src)
    self._ivy = ivy.broadcast_to(ivy.astype(s, self._ivy.dtype), self._ivy.shape)
    return self


@register("set_", namespace=False)
def set_(self: Tensor, source: Tensor) -> Tensor:
    """Tensor.set_: take ``source``'s data (shape and dtype included)."""
    self._ivy = _arr(source, "Tensor.set_", "source")
    return self


@register("index_put")
def index_put(input: Tensor, indices: Any, values: Any, accumulate: bool = False) -> Tensor:
    """torch.index_put: ``input[indices] = values`` (or ``+=`` with ``accumulate``) on a copy."""
    x = _arr(input, "torch.index_put")
    idx = tuple(_arr(i, "torch.index_put", "indices") for i in indices)
    if builtins.any(i.dtype == ivy.bool for i in idx):
        out = ivy.asarray(x, copy=True)
        key = idx[0] if len(idx) == 1 else idx
        if accumulate:
            out[key] = ivy.add(out[key], ivy.astype(_arr(values, "torch.index_put", "values"), x.dtype))
        else:
            out[key] = ivy.astype(_arr(values, "torch.index_put", "values"), x.dtype)
        return wrap(out)
    vals = _arr(values, "torch.index_put", "values")
    shape = ivy.broadcast_shapes(*[i.shape for i in idx])
    vals = ivy.broadcast_to(ivy.astype(vals, x.dtype), (*shape, *x.shape[len(idx) :]))
    return wrap(ivy.index_put(x, idx, vals, accumulate=accumulate))


@register("index_put_", namespace=False)
def index_put_(self: Tensor, indices: Any, values: Any, accumulate: bool = False) -> Tensor:
    """Tensor.index_put_: in place."""
    return assign(self, index_put(self, indices, values, accumulate)._ivy, "index_put_")
