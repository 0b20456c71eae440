# ruff: noqa: A002 - paddle's own argument and function names (input, ...)
"""More shape, split/stack, scatter and indexing functions of ``paddle`` over ``ivy`` calls.

Registered as ``paddle.<name>``; ``_families`` decides which are also ``Tensor`` methods.
"""

from __future__ import annotations

import builtins
import itertools
from typing import Any

import ivy
from ivy_frontends._shared.indices import INDEX_MODES, into_range
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._manipulation import _shape, ints, split
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap

fn = register(method=False)


def _atleast(n: int) -> Any:
    def op(*inputs: Any, name: str | None = None) -> Any:
        outs = []
        for t in inputs:
            a = as_ivy(t)
            if a.ndim < n:
                a = ivy.reshape(a, _padded_shape(tuple(a.shape), n))
            outs.append(wrap(a))
        return outs[0] if len(outs) == 1 else outs

    op.__name__ = op.__qualname__ = f"atleast_{n}d"
    op.__doc__ = f"paddle.atleast_{n}d: each input viewed with at least {n} dimensions (NumPy's placement)."
    return op


def _padded_shape(shape: tuple[int, ...], n: int) -> tuple[int, ...]:
    """NumPy's placement: a vector is a row (and a 3-D ``(1, k, 1)``), a 2-D input gains a trailing axis."""
    if n == 3 and len(shape) == 2:
        return (*shape, 1)
    if n == 3 and len(shape) == 1:
        return (1, *shape, 1)
    return (1,) * (n - len(shape)) + shape


for _n in (1, 2, 3):
    fn(_atleast(_n))


def _list(x: Any) -> list[Any]:
    return [as_ivy(t) for t in x]


@fn
def column_stack(x: Any, name: str | None = None) -> Tensor:
    """paddle.column_stack: 1-D inputs become columns, then join along axis 1."""
    arrs = [ivy.reshape(a, (-1, 1)) if a.ndim < 2 else a for a in _list(x)]
    return wrap(ivy.concat(arrs, axis=1))


@fn
def row_stack(x: Any, name: str | None = None) -> Tensor:
    """paddle.row_stack: inputs of at least 2 dims joined along axis 0."""
    arrs = [ivy.reshape(a, (1, -1)) if a.ndim < 2 else a for a in _list(x)]
    return wrap(ivy.concat(arrs, axis=0))


@fn
def dstack(x: Any, name: str | None = None) -> Tensor:
    """paddle.dstack: inputs of at least 3 dims joined along axis 2."""
    arrs = [as_ivy(t) for t in (_atleast(3)(*x) if len(x) > 1 else [_atleast(3)(*x)])]
    return wrap(ivy.concat(arrs, axis=2))


def _split_at(axis_for: Any, what: str, min_dim: int) -> Any:
    def op(x: Any, num_or_indices: Any, name: str | None = None) -> list[Tensor]:
        a = as_ivy(x)
        if a.ndim < min_dim:
            raise ValueError(f"paddle.{what}: x must have at least {min_dim} dimensions, got {a.ndim}")
        axis = axis_for(a.ndim)
        if isinstance(num_or_indices, (list, tuple)):
            bounds = [
                0,
                *(
                    builtins.min(builtins.max(i if i >= 0 else i + a.shape[axis], 0), a.shape[axis])
                    for i in num_or_indices
                ),
                a.shape[axis],
            ]
            return [
                wrap(ivy.take(a, ivy.arange(lo, builtins.max(lo, hi), dtype=ivy.int64), axis=axis))
                for lo, hi in itertools.pairwise(bounds)
            ]
        if a.shape[axis] % builtins.int(num_or_indices):
            raise ValueError(f"paddle.{what}: size {a.shape[axis]} of axis {axis} is not divisible by {num_or_indices}")
        return split(wrap(a), builtins.int(num_or_indices), axis)

    op.__name__ = op.__qualname__ = what
    op.__doc__ = f"paddle.{what}: split into equal parts or at indices."
    return op


fn(_split_at(lambda nd: 1 if nd > 1 else 0, "hsplit", 1))
fn(_split_at(lambda nd: 0, "vsplit", 2))
fn(_split_at(lambda nd: 2, "dsplit", 3))


@fn
def narrow(input: Any, dim: int, start: Any, length: int) -> Tensor:
    """paddle.narrow: ``length`` entries of axis ``dim`` from ``start``."""
    a = as_ivy(input)
    start = ints(start)
    n = a.shape[dim]
    if start < 0:
        start += n
    if not 0 <= start <= n or length < 0 or start + length > n:
        raise ValueError(f"paddle.narrow: start {start} and length {length} exceed axis {dim} of size {n}")
    return wrap(ivy.take(a, ivy.arange(start, start + length, dtype=ivy.int64), axis=dim))


@fn
def ravel(input: Any) -> Tensor:
    """paddle.ravel: the flattened tensor."""
    return wrap(ivy.reshape(as_ivy(input), (-1,)))


@fn
def unflatten(x: Any, axis: int, shape: Any, name: str | None = None) -> Tensor:
    """paddle.unflatten: axis ``axis`` split into ``shape`` (one -1 inferred)."""
    a = as_ivy(x)
    ax = axis % a.ndim
    s = list(_shape(shape))
    if not s:
        raise ValueError("paddle.unflatten: shape must not be empty")
    return wrap(ivy.reshape(a, tuple(a.shape[:ax]) + tuple(s) + tuple(a.shape[ax + 1 :])))


@fn
def view_as(x: Any, other: Any, name: str | None = None) -> Tensor:
    """paddle.view_as: ``x`` reshaped to ``other``'s shape."""
    return wrap(ivy.reshape(as_ivy(x), tuple(as_ivy(other).shape)))


@fn
def unfold(x: Any, axis: int, size: int, step: int, name: str | None = None) -> Tensor:
    """paddle.unfold (Tensor.unfold): windows of ``size`` every ``step`` along ``axis``, as a new last axis."""
    a = as_ivy(x)
    ax = axis % a.ndim if a.ndim else 0
    n = a.shape[ax] if a.ndim else 1
    if size > n or step <= 0:
        raise ValueError(f"paddle.unfold: size {size} must be <= {n} and step {step} > 0")
    count = (n - size) // step + 1
    idx = ivy.add(ivy.expand_dims(ivy.arange(count, dtype=ivy.int64) * step, axis=1), ivy.arange(size, dtype=ivy.int64))
    out = ivy.take(a, ivy.reshape(idx, (-1,)), axis=ax)
    out = ivy.reshape(out, (*tuple(a.shape[:ax]), count, size, *tuple(a.shape[ax + 1 :])))
    return wrap(ivy.moveaxis(out, ax + 1, -1))


def _as_complex(x: Any, what: str) -> Tensor:
    a = as_ivy(x)
    if a.dtype not in (ivy.float32, ivy.float64) or a.ndim == 0 or a.shape[-1] != 2:
        raise ValueError(f"paddle.{what}: x must be float32/float64 with a last axis of size 2")
    c = ivy.complex64 if a.dtype == ivy.float32 else ivy.complex128
    re, im = ivy.take(a, ivy.asarray(0), axis=-1), ivy.take(a, ivy.asarray(1), axis=-1)
    return wrap(ivy.add(ivy.astype(re, c), ivy.multiply(ivy.astype(im, c), ivy.asarray(1j, dtype=c))))


def _as_real(x: Any, what: str) -> Tensor:
    a = as_ivy(x)
    if a.dtype.kind != "c":
        raise ValueError(f"paddle.{what}: x must be complex, got {D.of_ivy(a.dtype)}")
    return wrap(ivy.stack([ivy.real(a), ivy.imag(a)], axis=-1))


@fn
def as_complex(x: Any, name: str | None = None) -> Tensor:
    """paddle.as_complex: pairs on the last axis as complex numbers."""
    return _as_complex(x, "as_complex")


@fn
def view_as_complex(input: Any) -> Tensor:
    """paddle.view_as_complex (a copy: frontend tensors do not alias)."""
    return _as_complex(input, "view_as_complex")


@fn
def as_real(x: Any, name: str | None = None) -> Tensor:
    """paddle.as_real: complex numbers as (real, imag) pairs on a new last axis."""
    return _as_real(x, "as_real")


@fn
def view_as_real(input: Any) -> Tensor:
    """paddle.view_as_real (a copy)."""
    return _as_real(input, "view_as_real")


@fn
def as_strided(x: Any, shape: Any, stride: Any, offset: int = 0, name: str | None = None) -> Tensor:
    """paddle.as_strided: elements at ``offset + sum(i_k * stride_k)`` of the flattened input (a copy)."""
    a = ivy.reshape(as_ivy(x), (-1,))
    pos = ivy.asarray(builtins.int(offset), dtype=ivy.int64)
    for size, st in zip(_shape(shape), _shape(stride), strict=True):
        pos = ivy.add(ivy.expand_dims(pos, axis=-1), ivy.arange(size, dtype=ivy.int64) * builtins.int(st))
    return wrap(ivy.reshape(ivy.take(a, ivy.reshape(pos, (-1,)), axis=0), _shape(shape)))


@fn
def take(x: Any, index: Any, mode: str = "raise", name: str | None = None) -> Tensor:
    """paddle.take: elements of the flattened input at ``index`` (``raise``, ``wrap`` or ``clip`` out-of-range)."""
    a = ivy.reshape(as_ivy(x), (-1,))
    idx = as_ivy(index)
    if idx.dtype.kind not in "iu":
        raise TypeError(f"paddle.take: index must be an integer tensor, got {D.of_ivy(idx.dtype)}")
    n = a.shape[0]
    if mode not in INDEX_MODES:
        raise ValueError(f"paddle.take: mode must be 'raise', 'wrap' or 'clip', got {mode!r}")
    if mode == "raise":
        if builtins.bool(ivy.any(ivy.logical_or(idx >= n, idx < -n))):
            raise IndexError(f"paddle.take: index out of range for {n} elements")
        idx = ivy.where(idx < 0, idx + n, idx)
    idx = into_range(idx, n, mode)
    return wrap(ivy.reshape(ivy.take(a, ivy.reshape(ivy.astype(idx, ivy.int64), (-1,)), axis=0), tuple(idx.shape)))


def _axis_mask(a: Any, axis: int, index: Any) -> Any:
    ax = axis % a.ndim
    hit = ivy.any(
        ivy.equal(ivy.expand_dims(ivy.arange(a.shape[ax], dtype=ivy.int64), 1), ivy.reshape(index, (1, -1))), axis=1
    )
    return ivy.reshape(hit, tuple(-1 if i == ax else 1 for i in range(a.ndim)))


@fn
def index_fill(x: Any, index: Any, axis: int, value: Any, name: str | None = None) -> Tensor:
    """paddle.index_fill: the slices ``index`` along ``axis`` set to ``value``."""
    a = as_ivy(x)
    idx = ivy.astype(as_ivy(index), ivy.int64)
    idx = ivy.where(idx < 0, idx + a.shape[axis], idx)
    v = ivy.astype(as_ivy(value) if isinstance(value, Tensor) else ivy.asarray(value), a.dtype)
    return wrap(ivy.where(_axis_mask(a, axis, idx), v, a))


@fn
def index_put(x: Any, indices: Any, value: Any, accumulate: bool = False, name: str | None = None) -> Tensor:
    """paddle.index_put: ``x[indices] = value`` (or ``+=`` with ``accumulate``, repeated indices adding up)."""
    a = as_ivy(x)
    idx = [as_ivy(i) for i in indices]
    ids = ivy.reshape(ivy.arange(_numel(a.shape), dtype=ivy.int64), tuple(a.shape))
    if len(idx) == 1 and idx[0].dtype == ivy.bool:
        coords = ivy.nonzero(idx[0])
        if coords[0].shape[0] == 0:
            return wrap(a)
        sel = ivy.gather_nd(ids, ivy.stack([ivy.astype(c, ivy.int64) for c in coords], axis=-1))
    else:
        idx = [ivy.where(i < 0, i + a.shape[k], i) for k, i in enumerate(idx)]
        b = ivy.broadcast_arrays(*idx)
        sel = ivy.gather_nd(ids, ivy.stack([ivy.astype(i, ivy.int64) for i in b], axis=-1))
    flat_sel = ivy.reshape(sel, (-1,))
    v = ivy.reshape(ivy.astype(ivy.broadcast_to(as_ivy(value), tuple(sel.shape)), a.dtype), (-1,))
    flat = ivy.reshape(a, (-1,))
    if accumulate:
        out = _acc(flat, flat_sel, v)
    else:
        out = ivy.index_put(flat, (flat_sel,), v)
    return wrap(ivy.reshape(out, tuple(a.shape)))


def _acc(flat: Any, pos: Any, v: Any) -> Any:
    hit = ivy.equal(ivy.expand_dims(ivy.arange(flat.shape[0], dtype=ivy.int64), 1), ivy.expand_dims(pos, 0))
    add = ivy.sum(ivy.where(hit, ivy.expand_dims(v, 0), ivy.zeros((), dtype=v.dtype)), axis=1)
    return ivy.add(flat, ivy.astype(add, flat.dtype))


def _numel(shape: Any) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


@fn
def masked_scatter(x: Any, mask: Any, value: Any, name: str | None = None) -> Tensor:
    """paddle.masked_scatter: the True positions of ``mask`` (broadcast) filled in order from ``value``."""
    a, m = as_ivy(x), as_ivy(mask)
    shape = ivy.broadcast_shapes(tuple(a.shape), tuple(m.shape))
    a, m = ivy.broadcast_to(a, shape), ivy.reshape(ivy.broadcast_to(m, shape), (-1,))
    src = ivy.reshape(ivy.astype(as_ivy(value), a.dtype), (-1,))
    order = ivy.subtract(ivy.cumulative_sum(ivy.astype(m, ivy.int64)), 1)
    need = builtins.int(ivy.sum(ivy.astype(m, ivy.int64)))
    if need > src.shape[0]:
        raise ValueError(f"paddle.masked_scatter: value has {src.shape[0]} elements, mask selects {need}")
    picked = ivy.take(src, ivy.clip(order, 0, builtins.max(src.shape[0] - 1, 0)), axis=0)
    return wrap(ivy.reshape(ivy.where(m, picked, ivy.reshape(a, (-1,))), shape))


def _scatter_positions(a: Any, dim: int, index: Any) -> Any:
    """Flat positions in ``a`` of ``index`` along ``dim`` (the other axes from the index's own position)."""
    idx = ivy.astype(index, ivy.int64)
    dim = dim % a.ndim
    idx = ivy.where(idx < 0, idx + a.shape[dim], idx)
    grids = ivy.meshgrid(*[ivy.arange(s, dtype=ivy.int64) for s in idx.shape], indexing="ij")
    coords = [idx if k == dim else g for k, g in enumerate(grids)]
    strides = [_numel(a.shape[k + 1 :]) for k in range(a.ndim)]
    pos = ivy.zeros(tuple(idx.shape), dtype=ivy.int64)
    for c, s in zip(coords, strides, strict=True):
        pos = ivy.add(pos, ivy.multiply(c, s))
    return ivy.reshape(pos, (-1,))


def _sub_src(src: Any, index: Any) -> Any:
    sl = tuple(slice(0, s) for s in index.shape)
    return ivy.reshape(src[sl], (-1,))


@fn
def scatter_add(input: Any, dim: int, index: Any, src: Any) -> Tensor:
    """paddle.scatter_add (torch-style): ``input[..index..] += src`` along ``dim``."""
    return scatter_reduce(input, dim, index, src, "sum")


@fn
def scatter_reduce(input: Any, dim: int, index: Any, src: Any, reduce: str, include_self: bool = True) -> Tensor:
    """paddle.scatter_reduce: combine ``src`` into ``input`` along ``dim`` (sum, prod, mean, amax, amin)."""
    if reduce not in ("sum", "prod", "mean", "amax", "amin"):
        raise ValueError(f"paddle.scatter_reduce: reduce must be sum, prod, mean, amax or amin, got {reduce!r}")
    a, idx = as_ivy(input), as_ivy(index)
    pos = _scatter_positions(a, dim, idx)
    v = ivy.astype(_sub_src(as_ivy(src), idx), a.dtype)
    flat = ivy.reshape(a, (-1,))
    n = flat.shape[0]
    hit = ivy.equal(ivy.expand_dims(ivy.arange(n, dtype=ivy.int64), 1), ivy.expand_dims(pos, 0))
    touched = ivy.any(hit, axis=1)
    cnt = ivy.sum(ivy.astype(hit, ivy.int64), axis=1)
    ve = ivy.expand_dims(v, 0)
    if reduce in ("sum", "mean"):
        red = ivy.sum(ivy.where(hit, ve, ivy.zeros((), dtype=a.dtype)), axis=1)
        out = ivy.add(flat, red) if include_self else red
        if reduce == "mean":
            total = ivy.add(cnt, 1) if include_self else cnt
            total = ivy.where(total == 0, ivy.ones_like(total), total)
            out = (
                ivy.floor_divide(out, ivy.astype(total, a.dtype))
                if a.dtype.kind in "iu"
                else ivy.divide(out, ivy.astype(total, a.dtype))
            )
    elif reduce == "prod":
        red = ivy.prod(ivy.where(hit, ve, ivy.ones((), dtype=a.dtype)), axis=1)
        out = ivy.multiply(flat, red) if include_self else red
    else:
        f = ivy.max if reduce == "amax" else ivy.min
        fill = _extreme_fill(a.dtype, reduce == "amax")
        red = f(ivy.where(hit, ve, fill), axis=1)
        out = (ivy.maximum if reduce == "amax" else ivy.minimum)(flat, red) if include_self else red
    return wrap(ivy.reshape(ivy.where(touched, ivy.astype(out, a.dtype), flat), tuple(a.shape)))


def _extreme_fill(dtype: Any, for_max: bool) -> Any:
    info = ivy.finfo(dtype) if dtype.kind == "f" else ivy.iinfo(dtype)
    return ivy.asarray(info.min if for_max else info.max, dtype=dtype)


@fn
def select_scatter(x: Any, values: Any, axis: int, index: int, name: str | None = None) -> Tensor:
    """paddle.select_scatter: ``values`` written into index ``index`` of axis ``axis``."""
    a = as_ivy(x)
    n = a.shape[axis]
    if not -n <= index < n:
        raise IndexError(f"paddle.select_scatter: index {index} out of range for axis {axis} of size {n}")
    i = index % n
    key = tuple(i if k == axis % a.ndim else slice(None) for k in range(a.ndim))
    from ivy_frontends.paddle._tensor import setitem

    return wrap(setitem(a, key, ivy.astype(as_ivy(values), a.dtype)))


@fn
def slice_scatter(
    x: Any, value: Any, axes: Any, starts: Any, ends: Any, strides: Any, name: str | None = None
) -> Tensor:
    """paddle.slice_scatter: ``value`` written into the strided slices of ``x``."""
    a = as_ivy(x)
    key = [slice(None)] * a.ndim
    for ax, s, e, st in zip(ints(axes), ints(starts), ints(ends), ints(strides), strict=True):
        key[ax] = slice(s, e, st)
    from ivy_frontends.paddle._tensor import setitem

    return wrap(setitem(a, tuple(key), ivy.astype(as_ivy(value), a.dtype)))


@fn
def diagonal_scatter(
    x: Any, y: Any, offset: int = 0, axis1: int = 0, axis2: int = 1, name: str | None = None
) -> Tensor:
    """paddle.diagonal_scatter: ``y`` written onto the ``offset`` diagonal of axes ``axis1``/``axis2``."""
    a = as_ivy(x)
    ids = ivy.reshape(ivy.arange(_numel(a.shape), dtype=ivy.int64), tuple(a.shape))
    pos = ivy.linalg.diagonal(ivy.moveaxis(ids, (axis1, axis2), (-2, -1)), offset=offset)
    v = ivy.astype(as_ivy(y), a.dtype)
    if tuple(v.shape) != tuple(pos.shape):
        raise ValueError(f"paddle.diagonal_scatter: y has shape {list(v.shape)}, the diagonal {list(pos.shape)}")
    out = ivy.index_put(ivy.reshape(a, (-1,)), (ivy.reshape(pos, (-1,)),), ivy.reshape(v, (-1,)))
    return wrap(ivy.reshape(out, tuple(a.shape)))


@fn
def unique_consecutive(
    x: Any,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: Any = None,
    dtype: Any = "int64",
    name: Any = None,
) -> Any:
    """paddle.unique_consecutive: runs of equal values collapsed (flattened unless ``axis``)."""
    a = as_ivy(x)
    it = D.to_dtype(dtype)._ivy
    if axis is None:
        a, ax = ivy.reshape(a, (-1,)), 0
    else:
        ax = builtins.int(axis) % a.ndim
    n = a.shape[ax]
    moved = ivy.reshape(ivy.moveaxis(a, ax, 0), (n, -1))
    if n:
        change = ivy.any(ivy.not_equal(moved[1:], moved[:-1]), axis=1)
        start = ivy.concat([ivy.asarray([True]), change])
    else:
        start = ivy.zeros((0,), dtype=ivy.bool)
    group = ivy.subtract(ivy.cumulative_sum(ivy.astype(start, ivy.int64)), 1)
    first = ivy.nonzero(start)[0]
    values = ivy.moveaxis(ivy.take(ivy.moveaxis(a, ax, 0), first, axis=0), 0, ax)
    out = [wrap(values)]
    if return_inverse:
        out.append(wrap(ivy.astype(group, it)))
    if return_counts:
        ends = ivy.concat([first[1:], ivy.asarray([n], dtype=first.dtype)])
        out.append(wrap(ivy.astype(ivy.subtract(ends, first), it)))
    return out[0] if len(out) == 1 else tuple(out)


@fn
def combinations(x: Any, r: int = 2, with_replacement: bool = False, name: str | None = None) -> Tensor:
    """paddle.combinations: the length-``r`` combinations of a 1-D tensor's elements, as rows."""
    a = as_ivy(x)
    if a.ndim != 1:
        raise ValueError(f"paddle.combinations: x must be 1-D, got shape {list(a.shape)}")
    pick = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    rows = list(pick(range(a.shape[0]), r))
    if not rows:
        return wrap(ivy.zeros((0, r), dtype=a.dtype))
    idx = ivy.asarray(rows, dtype=ivy.int64)
    return wrap(ivy.reshape(ivy.take(a, ivy.reshape(idx, (-1,)), axis=0), (len(rows), r)))


@fn
def cartesian_prod(x: Any, name: str | None = None) -> Tensor:
    """paddle.cartesian_prod: every combination of one element per 1-D input, as rows."""
    arrs = _list(x)
    if len(arrs) == 1:
        return wrap(arrs[0])
    grids = ivy.meshgrid(*arrs, indexing="ij")
    return wrap(ivy.stack([ivy.reshape(g, (-1,)) for g in grids], axis=1))


@fn
def block_diag(inputs: Any, name: str | None = None) -> Tensor:
    """paddle.block_diag: the inputs (0-, 1- or 2-D) along the diagonal of one matrix."""
    arrs = []
    for t in inputs:
        a = as_ivy(t)
        arrs.append(ivy.reshape(a, (1, -1)) if a.ndim < 2 else a)
    dt = arrs[0].dtype
    for a in arrs[1:]:
        dt = ivy.result_type(dt, a.dtype)
    rows, cols = builtins.sum(a.shape[0] for a in arrs), builtins.sum(a.shape[1] for a in arrs)
    out, c = [], 0
    for a in arrs:
        out.append(ivy.pad(ivy.astype(a, dt), ((0, 0), (c, cols - c - a.shape[1]))))
        c += a.shape[1]
    return wrap(ivy.concat(out, axis=0) if rows else ivy.zeros((0, cols), dtype=dt))


@fn
def broadcast_shapes(*shapes: Any) -> list[int]:
    """paddle.broadcast_shapes: the broadcast of several shapes."""
    return list(ivy.broadcast_shapes(*[_shape(s) for s in shapes]))


@fn
def crop(x: Any, shape: Any = None, offsets: Any = None, name: str | None = None) -> Tensor:
    """paddle.crop: the ``shape`` block starting at ``offsets`` (-1 in shape: up to the end)."""
    a = as_ivy(x)
    s = list(_shape(shape)) if shape is not None else list(a.shape)
    o = list(_shape(offsets)) if offsets is not None else [0] * a.ndim
    key = []
    for d, (size, off) in enumerate(zip(s, o, strict=True)):
        size = a.shape[d] - off if size == -1 else size
        if off + size > a.shape[d]:
            raise ValueError(f"paddle.crop: offset {off} + size {size} exceeds axis {d} of size {a.shape[d]}")
        key.append(slice(off, off + size))
    return wrap(a[tuple(key)])


@fn
def shard_index(input: Any, index_num: int, nshards: int, shard_id: int, ignore_value: int = -1) -> Tensor:
    """paddle.shard_index: indices of shard ``shard_id`` made local, the others set to ``ignore_value``."""
    a = as_ivy(input)
    if not 0 <= shard_id < nshards:
        raise ValueError(f"paddle.shard_index: shard_id {shard_id} must be in [0, {nshards})")
    size = (index_num + nshards - 1) // nshards
    mine = ivy.equal(ivy.floor_divide(a, size), shard_id)
    return wrap(ivy.where(mine, ivy.remainder(a, size), ivy.full_like(a, ignore_value)))


@fn
def tolist(x: Any) -> Any:
    """paddle.tolist."""
    return wrap(as_ivy(x)).tolist()


@fn
def argwhere(input: Any) -> Tensor:
    """paddle.argwhere: the indices of nonzero elements, one row each (int64)."""
    a = as_ivy(input)
    if a.ndim == 0:
        return wrap(ivy.zeros((1 if builtins.bool(a) else 0, 0), dtype=ivy.int64))
    nz = ivy.nonzero(a)
    return wrap(ivy.astype(ivy.stack(list(nz), axis=1), ivy.int64))
