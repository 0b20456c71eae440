"""``dynamic_slice``, ``dynamic_update_slice``, ``gather`` and ``scatter`` (XLA semantics) on ivy arrays.

Gather and scatter build one index array per operand dimension, broadcast over
the output (gather) or the updates (scatter), from the dimension numbers, then
use ivy's advanced indexing / ``index_put`` / ``scatter_nd``. Start indices are
clamped (``CLIP`` and ``PROMISE_IN_BOUNDS``); ``FILL_OR_DROP`` fills
out-of-bounds gathers and drops out-of-bounds scatter updates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import ivy


def _scalar_index(i: Any) -> ivy.Array:
    return ivy.astype(ivy.reshape(i if isinstance(i, ivy.Array) else ivy.asarray(i), ()), ivy.int64)


def dynamic_slice(x: ivy.Array, *start_indices: Any, slice_sizes: Sequence[int], **params: Any) -> ivy.Array:
    """The block of ``slice_sizes`` at the (clamped) start indices."""
    grids = []
    for d, (s, size) in enumerate(zip(start_indices, slice_sizes, strict=True)):
        start = ivy.clip(_scalar_index(s), 0, x.shape[d] - size)
        shape = [1] * x.ndim
        shape[d] = size
        grids.append(ivy.reshape(ivy.arange(size, dtype=ivy.int64) + start, tuple(shape)))
    return x[tuple(grids)] if grids else x


def dynamic_update_slice(x: ivy.Array, update: ivy.Array, *indices: Any, **params: Any) -> ivy.Array:
    """``x`` with ``update`` written at the (clamped) start indices."""
    grids = []
    for d, s in enumerate(indices):
        size = update.shape[d]
        start = ivy.clip(_scalar_index(s), 0, x.shape[d] - size)
        shape = [1] * x.ndim
        shape[d] = size
        grids.append(
            ivy.broadcast_to(ivy.reshape(ivy.arange(size, dtype=ivy.int64) + start, tuple(shape)), update.shape)
        )
    if not grids:
        return update
    return ivy.index_put(x, tuple(grids), ivy.astype(update, x.dtype))


def _mode_name(mode: Any) -> str:
    return str(getattr(mode, "name", mode) or "").upper()


def _fields(dn: Any, names: str) -> list[tuple[int, ...]]:
    """The dimension-number fields ``names`` (space-separated) of ``dn``, each a tuple (absent ones empty)."""
    return [tuple(getattr(dn, name, ()) or ()) for name in names.split()]


def _placer(rank: int, positions: Sequence[int], sizes: Sequence[int]) -> Any:
    """Reshape a batch-shaped array to ``rank`` dimensions, its axes at ``positions`` and size-1 axes elsewhere."""
    shape = [1] * rank
    for p, s in zip(positions, sizes, strict=True):
        shape[p] = s
    return lambda a: ivy.reshape(a, tuple(shape))


def gather(
    x: ivy.Array,
    indices: ivy.Array,
    dimension_numbers: Any,
    slice_sizes: Sequence[int],
    mode: Any = None,
    fill_value: Any = None,
    **params: Any,
) -> ivy.Array:
    """XLA gather: slices of ``slice_sizes`` starting at ``indices[..., :]``."""
    offset_dims, collapsed, start_map, op_batch, idx_batch = _fields(
        dimension_numbers,
        "offset_dims collapsed_slice_dims start_index_map operand_batching_dims start_indices_batching_dims",
    )
    batch_shape = tuple(indices.shape[:-1])
    out_rank = len(batch_shape) + len(offset_dims)
    batch_pos = [d for d in range(out_rank) if d not in offset_dims]
    window_dims = [d for d in range(x.ndim) if d not in collapsed and d not in op_batch]

    batch_to_out = _placer(out_rank, batch_pos, batch_shape)
    idx = ivy.astype(indices, ivy.int64)
    fill = _mode_name(mode).endswith("FILL_OR_DROP")
    valid = None
    grids = []
    for d in range(x.ndim):
        g = None
        if d in start_map:
            raw = idx[..., start_map.index(d)]
            hi = x.shape[d] - slice_sizes[d]
            if fill:
                ok = (raw >= 0) & (raw <= hi)
                valid = ok if valid is None else valid & ok
            g = batch_to_out(ivy.clip(raw, 0, max(hi, 0)))
        if d in op_batch:
            src = idx_batch[op_batch.index(d)]
            shape = [1] * len(batch_shape)
            shape[src] = batch_shape[src]
            ar = ivy.reshape(ivy.arange(batch_shape[src], dtype=ivy.int64), tuple(shape))
            g = batch_to_out(ivy.broadcast_to(ar, batch_shape))
        if d in window_dims:
            out_dim = offset_dims[window_dims.index(d)]
            shape = [1] * out_rank
            shape[out_dim] = slice_sizes[d]
            w = ivy.reshape(ivy.arange(slice_sizes[d], dtype=ivy.int64), tuple(shape))
            g = w if g is None else g + w
        grids.append(g if g is not None else ivy.zeros((1,) * out_rank, dtype=ivy.int64))
    out_shape = ivy.broadcast_shapes(*[tuple(g.shape) for g in grids]) if grids else ()
    out = x[tuple(ivy.broadcast_to(g, out_shape) for g in grids)]
    full = [1] * out_rank
    for p, s in zip(batch_pos, batch_shape, strict=True):
        full[p] = s
    for k, d in enumerate(window_dims):
        full[offset_dims[k]] = slice_sizes[d]
    out = ivy.broadcast_to(out, tuple(full))
    if valid is not None:
        value = fill_value if fill_value is not None else (float("nan") if x.dtype.kind in "fc" else 0)
        if x.dtype.kind == "b":
            value = True
        out = ivy.where(batch_to_out(valid), out, ivy.astype(ivy.asarray(value), x.dtype))
    return out


def scatter(
    x: ivy.Array,
    indices: ivy.Array,
    updates: ivy.Array,
    dimension_numbers: Any,
    mode: Any = None,
    how: str = "set",
    **params: Any,
) -> ivy.Array:
    """XLA scatter: combine ``updates`` into ``x`` at the windows ``indices`` name (``how``: set/add/mul/min/max)."""
    window, inserted, to_operand, op_batch, idx_batch = _fields(
        dimension_numbers,
        "update_window_dims inserted_window_dims scatter_dims_to_operand_dims operand_batching_dims "
        "scatter_indices_batching_dims",
    )
    urank = updates.ndim
    scatter_pos = [d for d in range(urank) if d not in window]
    batch_shape = tuple(indices.shape[:-1])
    window_op_dims = [d for d in range(x.ndim) if d not in inserted and d not in op_batch]

    batch_to_upd = _placer(urank, scatter_pos, batch_shape)
    idx = ivy.astype(indices, ivy.int64)
    clip = not _mode_name(mode).endswith("FILL_OR_DROP")
    valid = ivy.ones(tuple(updates.shape), dtype=ivy.bool)
    flat = None
    for d in range(x.ndim):
        g = ivy.zeros((1,) * urank, dtype=ivy.int64)
        size = 1
        if d in window_op_dims:
            u_dim = window[window_op_dims.index(d)]
            size = updates.shape[u_dim]
            shape = [1] * urank
            shape[u_dim] = size
            g = ivy.reshape(ivy.arange(size, dtype=ivy.int64), tuple(shape))
        if d in to_operand:
            start = idx[..., to_operand.index(d)]
            if clip:
                start = ivy.clip(start, 0, max(x.shape[d] - size, 0))
            g = g + batch_to_upd(start)
        if d in op_batch:
            src = idx_batch[op_batch.index(d)]
            shape = [1] * len(batch_shape)
            shape[src] = batch_shape[src]
            ar = ivy.reshape(ivy.arange(batch_shape[src], dtype=ivy.int64), tuple(shape))
            g = g + batch_to_upd(ivy.broadcast_to(ar, batch_shape))
        g = ivy.broadcast_to(g, tuple(updates.shape))
        valid = valid & (g >= 0) & (g < x.shape[d])
        flat = g if flat is None else flat * x.shape[d] + g
    n = 1
    for s in x.shape:
        n *= s
    pos = ivy.reshape(ivy.where(valid, flat, ivy.full_like(flat, n)), (-1,))  # dropped updates go to slot n
    upd = ivy.reshape(ivy.astype(updates, x.dtype), (-1,))
    base = ivy.concat([ivy.reshape(x, (n,)), ivy.zeros((1,), dtype=x.dtype)])
    if how == "set":
        out = ivy.index_put(base, (pos,), upd)
    elif how == "add":
        out = ivy.index_put(base, (pos,), upd, accumulate=True)
    else:
        touched = ivy.scatter_nd(ivy.expand_dims(pos, axis=-1), ivy.ones_like(pos), (n + 1,)) > 0
        if how == "mul":
            red = base
            for k in range(upd.shape[0]):
                red = ivy.index_put(red, (pos[k : k + 1],), red[pos[k : k + 1]] * upd[k : k + 1])
        else:
            red = ivy.scatter_nd(ivy.expand_dims(pos, axis=-1), upd, (n + 1,), reduction=how)
            red = ivy.minimum(base, red) if how == "min" else ivy.maximum(base, red)
        out = ivy.where(touched, red, base)
    return ivy.reshape(out[:n], tuple(x.shape))
