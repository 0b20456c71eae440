"""Manipulation, indexing, searching, set, sorting and utility functions."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl, native_impls

globals().update(
    native_impls(
        broadcast_to=np.broadcast_to,
        flip=np.flip,
        moveaxis=np.moveaxis,
        permute_dims=np.permute_dims,
        tile=np.tile,
        matmul=np.matmul,
        matrix_transpose=np.matrix_transpose,
        unique_all=np.unique_all,
        unique_counts=np.unique_counts,
        unique_inverse=np.unique_inverse,
        unique_values=np.unique_values,
        nonzero=np.nonzero,
    )
)


@hookimpl
def broadcast_arrays(arrays: Any) -> Any:
    return np.broadcast_arrays(*arrays)


@hookimpl
def concat(arrays: Any, axis: Any) -> Any:
    return np.concat(arrays, axis=axis)


@hookimpl
def expand_dims(x: Any, axis: Any) -> Any:
    return np.expand_dims(x, axis)


@hookimpl
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    return np.repeat(x, repeats, axis=axis)


@hookimpl
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    return np.reshape(x, shape, copy=copy)


@hookimpl
def roll(x: Any, shift: Any, axis: Any) -> Any:
    return np.roll(x, shift, axis=axis)


@hookimpl
def squeeze(x: Any, axis: Any) -> Any:
    return np.squeeze(x, axis=axis)


@hookimpl
def stack(arrays: Any, axis: Any) -> Any:
    return np.stack(arrays, axis=axis)


@hookimpl
def unstack(x: Any, axis: Any) -> Any:
    return tuple(np.moveaxis(x, axis, 0))


@hookimpl
def take(x: Any, indices: Any, axis: Any) -> Any:
    return np.take(x, indices, axis=axis)


@hookimpl
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    return np.take_along_axis(x, indices, axis=axis)


@hookimpl
def argmax(x: Any, axis: Any, keepdims: Any) -> Any:
    return np.argmax(x, axis=axis, keepdims=keepdims)


@hookimpl
def argmin(x: Any, axis: Any, keepdims: Any) -> Any:
    return np.argmin(x, axis=axis, keepdims=keepdims)


@hookimpl
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    return np.asarray(np.count_nonzero(x, axis=axis, keepdims=keepdims), dtype=np.int64)


@hookimpl
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    return np.searchsorted(x1, x2, side=side, sorter=sorter)


@hookimpl
def where(condition: Any, x1: Any, x2: Any) -> Any:
    return np.where(condition, x1, x2)


@hookimpl
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    return np.isin(x1, x2, invert=invert)


@hookimpl
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    kind = "stable" if stable else None
    if not descending:
        return np.argsort(x, axis=axis, kind=kind)
    # Descending and stable: sort the reversed array, then map indices back.
    size = x.shape[axis] if x.ndim else 1
    reversed_order = np.argsort(np.flip(x, axis=axis), axis=axis, kind=kind)
    return size - 1 - np.flip(reversed_order, axis=axis)


@hookimpl
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    result = np.sort(x, axis=axis, kind="stable" if stable else None)
    return np.flip(result, axis=axis) if descending else result


@hookimpl
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return np.all(x, axis=axis, keepdims=keepdims)


@hookimpl
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return np.any(x, axis=axis, keepdims=keepdims)


@hookimpl
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    extra = {}
    if prepend is not None:
        extra["prepend"] = prepend
    if append is not None:
        extra["append"] = append
    return np.diff(x, n=n, axis=axis, **extra)
