"""Manipulation, indexing, searching, set, sorting and utility functions.

Functions that only move data run on the signed twin of uint16..uint64
(same bits); functions that order data run on keys that order as the
unsigned values do.
"""

from __future__ import annotations

from functools import reduce
from typing import Any

import torch

from ivy.plugin import check_indices, hookimpl, native_impls, normalize_axes
from ivy_backend_torch._common import (
    PROMOTE,
    TWIN,
    Tensor,
    bits,
    from_key,
    key,
    operands,
)
from ivy_backend_torch.statistical import dims

globals().update(
    native_impls(
        broadcast_to=torch.broadcast_to,
        moveaxis=torch.movedim,
        permute_dims=torch.permute,
        tile=torch.tile,
    )
)


def _common_dtype(arrays: Any) -> torch.dtype:
    return reduce(lambda a, b: PROMOTE[a, b], (a.dtype for a in arrays))


def _same_dtype(arrays: Any) -> list:
    dtype = _common_dtype(arrays)
    return [a if a.dtype is dtype else a.to(dtype) for a in arrays]


def _on_bits(function: Any, x: Tensor, *args: Any, **kwargs: Any) -> Tensor:
    """``function(x, ...)`` on the signed twin of an unsigned ``x``, for data movement."""
    if x.dtype in TWIN:
        return function(bits(x), *args, **kwargs).view(x.dtype)
    return function(x, *args, **kwargs)


@hookimpl
def broadcast_arrays(arrays: Any) -> Any:
    return list(torch.broadcast_tensors(*arrays))


@hookimpl
def concat(arrays: Any, axis: Any) -> Any:
    arrays = _same_dtype(arrays)
    if axis is None:
        arrays = [a.reshape(-1) for a in arrays]
        axis = 0
    dtype = arrays[0].dtype
    if dtype in TWIN:
        return torch.cat([bits(a) for a in arrays], dim=axis).view(dtype)
    return torch.cat(arrays, dim=axis)


@hookimpl
def stack(arrays: Any, axis: Any) -> Any:
    arrays = _same_dtype(arrays)
    dtype = arrays[0].dtype
    if dtype in TWIN:
        return torch.stack([bits(a) for a in arrays], dim=axis).view(dtype)
    return torch.stack(arrays, dim=axis)


@hookimpl
def expand_dims(x: Any, axis: Any) -> Any:
    axes = normalize_axes(axis, x.ndim + (1 if isinstance(axis, int) else len(axis)))
    shape = list(x.shape)
    for a in sorted(axes):
        shape.insert(a, 1)
    return x.reshape(shape)


@hookimpl
def flip(x: Any, axis: Any) -> Any:
    axes = dims(x, axis)
    if not axes:
        return x.clone()
    return _on_bits(torch.flip, x, axes)


@hookimpl
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    if isinstance(repeats, Tensor) and repeats.dtype is not torch.int64:
        repeats = repeats.to(torch.int64)
    return _on_bits(torch.repeat_interleave, x, repeats, dim=axis)


@hookimpl
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    shape = tuple(shape)
    if copy:
        return x.reshape(shape).clone()
    if copy is False:
        try:
            return x.view(shape)
        except RuntimeError as error:
            raise ValueError(f"reshape: copy=False, but this reshape needs a copy ({error})") from error
    return x.reshape(shape)


@hookimpl
def roll(x: Any, shift: Any, axis: Any) -> Any:
    if axis is None:
        return _on_bits(torch.roll, x.reshape(-1), shift).reshape(x.shape)
    return _on_bits(torch.roll, x, shift, axis)


@hookimpl
def squeeze(x: Any, axis: Any) -> Any:
    axes = normalize_axes(axis, x.ndim)
    for a in axes:
        if x.shape[a] != 1:
            raise ValueError(f"squeeze: axis {a} has size {x.shape[a]}, not 1")
    return x.reshape([n for i, n in enumerate(x.shape) if i not in axes])


@hookimpl
def unstack(x: Any, axis: Any) -> Any:
    return tuple(torch.unbind(x, dim=axis))


# -- indexing -------------------------------------------------------------------------
def _indices(indices: Tensor, size: int) -> Tensor:
    if indices.dtype is not torch.int64:  # torch indexes with int64 (int32) only, and reads uint8 as a mask
        indices = indices.to(torch.int64)
        if indices.numel() == 0:
            return indices
    return torch.where(indices < 0, indices + size, indices) if indices.numel() else indices


@hookimpl
def take(x: Any, indices: Any, axis: Any) -> Any:
    if axis is None:
        if x.ndim > 1:
            raise ValueError("take: axis must be given for an array of more than one dimension")
        axis = 0
    axis = normalize_axes(axis, x.ndim)[0] if x.ndim else 0
    check_indices("take", indices, x.shape[axis] if x.ndim else 1, axis=axis)  # negatives would wrap twice
    index = (slice(None),) * axis + (_indices(indices, x.shape[axis] if x.ndim else 1),)
    return _on_bits(Tensor.__getitem__, x if x.ndim else x.reshape(1), index)


@hookimpl
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    size = x.shape[axis] if x.ndim else 1
    check_indices("take_along_axis", indices, size, axis=axis)  # torch.take_along_dim does not check
    return _on_bits(torch.take_along_dim, x, _indices(indices, size).to(torch.int64), dim=axis)


# -- searching ---------------------------------------------------------------------------
def _orderable(x: Tensor) -> Tensor:
    """``x`` as a tensor torch can order (keys for uint16.., uint8 for bool)."""
    if x.dtype in TWIN:
        return key(x)
    if x.dtype is torch.bool:
        return x.to(torch.uint8)
    return x


def _arg_extreme(native: Any) -> Any:
    def run(x: Tensor, axis: Any, keepdims: Any) -> Tensor:
        x = _orderable(x)
        if x.numel() == 0 and (axis is None or x.ndim == 0 or x.shape[axis] == 0):
            raise ValueError("attempt to get the position of an extreme of an empty sequence")
        if axis is None:
            result = native(x.reshape(-1), dim=0)
            return result.reshape((1,) * x.ndim) if keepdims else result
        return native(x, dim=axis, keepdim=keepdims)

    return run


_argmax = _arg_extreme(torch.argmax)
_argmin = _arg_extreme(torch.argmin)


@hookimpl
def argmax(x: Any, axis: Any, keepdims: Any) -> Any:
    return _argmax(x, axis, keepdims)


@hookimpl
def argmin(x: Any, axis: Any, keepdims: Any) -> Any:
    return _argmin(x, axis, keepdims)


@hookimpl
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    axes = dims(x, axis)
    if x.dtype in TWIN:
        x = bits(x)
    if not axes:
        return (x != 0).to(torch.int64)
    result = torch.count_nonzero(x, dim=axes)
    return _keep(result, x, axes) if keepdims else result


def _keep(result: Tensor, x: Tensor, axes: tuple[int, ...]) -> Tensor:
    return result.reshape([1 if i in axes else n for i, n in enumerate(x.shape)])


@hookimpl
def nonzero(x: Any) -> Any:
    if x.ndim == 0:
        raise ValueError("nonzero: the input must have at least one dimension")
    if x.dtype in TWIN:
        x = bits(x)
    return torch.nonzero(x, as_tuple=True)


@hookimpl
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    x1, x2, dtype = operands(x1, x2, tensors=True)
    if dtype in TWIN:
        x1, x2 = key(x1), key(x2)
    elif dtype is torch.bool:
        x1, x2 = x1.to(torch.uint8), x2.to(torch.uint8)
    if sorter is not None and sorter.dtype is not torch.int64:
        sorter = sorter.to(torch.int64)
    if x2.ndim == 0:
        return torch.searchsorted(x1, x2.reshape(1), side=side, sorter=sorter).reshape(())
    return torch.searchsorted(x1, x2, side=side, sorter=sorter)


@hookimpl
def where(condition: Any, x1: Any, x2: Any) -> Any:
    if condition.dtype is not torch.bool:
        condition = condition.to(torch.bool)
    if isinstance(x1, Tensor) and isinstance(x2, Tensor) and x1.dtype is x2.dtype and x1.dtype not in TWIN:
        return torch.where(condition, x1, x2)
    x1, x2, dtype = operands(x1, x2, tensors=True)
    if dtype in TWIN:
        return torch.where(condition, bits(x1), bits(x2)).view(dtype)
    return torch.where(condition, x1, x2)


# -- sets -------------------------------------------------------------------------------------
@hookimpl
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    x1, x2, dtype = operands(x1, x2, tensors=True)
    if dtype in TWIN:
        x1, x2 = bits(x1), bits(x2)
    return torch.isin(x1, x2, invert=invert)


def _unique_complex(flat: Tensor) -> tuple[Tensor, Tensor, Tensor]:
    """torch.unique has no complex kernel: unique (real, imag) rows; each NaN is its own value
    (rows holding NaN would break the sorted grouping, so they are set aside)."""
    nan = torch.isnan(flat.real) | torch.isnan(flat.imag)
    rows, inverse, counts = torch.unique(torch.view_as_real(flat[~nan]), dim=0, return_inverse=True, return_counts=True)
    values = torch.view_as_complex(rows.contiguous())
    nans = flat[nan]
    full = torch.empty(flat.shape, dtype=torch.int64, device=flat.device)
    full[~nan] = inverse
    full[nan] = values.numel() + torch.arange(nans.numel(), device=flat.device)
    ones = torch.ones(nans.numel(), dtype=counts.dtype, device=flat.device)
    return torch.cat([values, nans]), full, torch.cat([counts, ones])


def _unique(x: Tensor, inverse: bool, counts: bool) -> tuple:
    dtype = x.dtype
    if dtype.is_complex:
        values, inverse_indices, value_counts = _unique_complex(x.reshape(-1).resolve_conj())
        return values, inverse_indices.reshape(x.shape) if inverse else None, value_counts if counts else None
    work = key(x) if dtype in TWIN else x
    values, inverse_indices, value_counts = torch.unique(work, sorted=True, return_inverse=True, return_counts=True)
    if dtype in TWIN:
        values = from_key(values, dtype)
    return values, inverse_indices.reshape(x.shape) if inverse else None, value_counts if counts else None


@hookimpl
def unique_values(x: Any) -> Any:
    return _unique(x, False, False)[0]


@hookimpl
def unique_counts(x: Any) -> Any:
    values, _, counts = _unique(x, False, True)
    return values, counts


@hookimpl
def unique_inverse(x: Any) -> Any:
    values, inverse, _ = _unique(x, True, False)
    return values, inverse


@hookimpl
def unique_all(x: Any) -> Any:
    values, inverse, counts = _unique(x, True, True)
    flat = inverse.reshape(-1)
    positions = torch.arange(flat.numel(), device=x.device)
    first = torch.full((values.numel(),), flat.numel(), dtype=torch.int64, device=x.device)
    first = first.scatter_reduce(0, flat, positions, reduce="amin")
    return values, first, inverse, counts


# -- sorting -------------------------------------------------------------------------------------
@hookimpl
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    work = _orderable(x)
    if work.ndim == 0:
        return torch.zeros((), dtype=torch.int64, device=x.device)
    return torch.argsort(work, dim=axis, descending=descending, stable=stable)


@hookimpl
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    if x.ndim == 0:
        return x.clone()
    if x.dtype in TWIN:
        values = torch.sort(key(x), dim=axis, descending=descending, stable=stable).values
        return from_key(values, x.dtype)
    if x.dtype is torch.bool:
        return torch.sort(x.to(torch.uint8), dim=axis, descending=descending, stable=stable).values.to(torch.bool)
    return torch.sort(x, dim=axis, descending=descending, stable=stable).values


# -- utility ---------------------------------------------------------------------------------------------
def _truth(x: Tensor) -> Tensor:
    return x if x.dtype is torch.bool else (bits(x) if x.dtype in TWIN else x) != 0


@hookimpl
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    axes = dims(x, axis)
    truth = _truth(x)
    if not axes:
        return truth.clone() if truth is x else truth
    return torch.all(truth, dim=axes, keepdim=keepdims)


@hookimpl
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    axes = dims(x, axis)
    truth = _truth(x)
    if not axes:
        return truth.clone() if truth is x else truth
    return torch.any(truth, dim=axes, keepdim=keepdims)


@hookimpl
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    parts = [p for p in (prepend, x, append) if p is not None]
    if len(parts) > 1:
        x = concat(parts, axis)
    return _on_bits(torch.diff, x, n=n, dim=axis)
