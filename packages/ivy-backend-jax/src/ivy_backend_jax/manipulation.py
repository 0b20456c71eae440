"""Manipulation, indexing, searching, set, sorting and utility functions."""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp

from ivy_backend_jax._common import INDEX, as_array, is_concrete, promote, promote_many, scoped, strong

# -- manipulation --------------------------------------------------------------


@scoped
def broadcast_arrays(arrays: Any) -> Any:
    return tuple(jnp.broadcast_arrays(*arrays))


@scoped
def broadcast_to(x: Any, shape: Any) -> Any:
    return jnp.broadcast_to(x, shape)


@scoped
def concat(arrays: Any, axis: Any) -> Any:
    return jnp.concat(promote_many(arrays), axis=axis)


@scoped
def expand_dims(x: Any, axis: Any) -> Any:
    return jnp.expand_dims(x, axis)


@scoped
def flip(x: Any, axis: Any) -> Any:
    return jnp.flip(x, axis=axis)


@scoped
def moveaxis(x: Any, source: Any, destination: Any) -> Any:
    return jnp.moveaxis(x, source, destination)


@scoped
def permute_dims(x: Any, axes: Any) -> Any:
    return jnp.permute_dims(x, axes)


@scoped
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    return jnp.repeat(x, repeats, axis=axis)


@scoped
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    # JAX arrays are immutable, so sharing or not sharing memory is not observable:
    # copy=False never needs to raise.
    result = jnp.reshape(x, shape)
    return jnp.array(result, copy=True) if copy and result is x else result


@scoped
def roll(x: Any, shift: Any, axis: Any) -> Any:
    return jnp.roll(x, shift, axis=axis)


@scoped
def squeeze(x: Any, axis: Any) -> Any:
    return jnp.squeeze(x, axis=axis)


@scoped
def stack(arrays: Any, axis: Any) -> Any:
    return jnp.stack(promote_many(arrays), axis=axis)


@scoped
def tile(x: Any, repetitions: Any) -> Any:
    return jnp.tile(x, repetitions)


@scoped
def unstack(x: Any, axis: Any) -> Any:
    return tuple(jnp.unstack(x, axis=axis))


# -- indexing ------------------------------------------------------------------


def _check_indices(indices: Any, size: int) -> None:
    """JAX fills (take) or clamps out-of-bounds indices; Ivy raises on every backend."""
    if indices.size and is_concrete(indices):
        low, high = int(indices.min()), int(indices.max())
        if low < -size or high >= size:
            bad = low if low < -size else high
            raise IndexError(f"index {bad} is out of bounds for an axis of size {size}")


@scoped
def take(x: Any, indices: Any, axis: Any) -> Any:
    x, indices = as_array(x), as_array(indices)
    _check_indices(indices, x.size if axis is None else x.shape[axis])
    return jnp.take(x, indices, axis=axis)


@scoped
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    x, indices = as_array(x), as_array(indices)
    _check_indices(indices, x.shape[axis])
    return jnp.take_along_axis(x, indices, axis=axis)


# -- searching -------------------------------------------------------------------


@scoped
def argmax(x: Any, axis: Any, keepdims: Any) -> Any:
    return strong(jnp.argmax(x, axis=axis, keepdims=keepdims), INDEX)


@scoped
def argmin(x: Any, axis: Any, keepdims: Any) -> Any:
    return strong(jnp.argmin(x, axis=axis, keepdims=keepdims), INDEX)


@scoped
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    return strong(jnp.count_nonzero(x, axis=axis, keepdims=keepdims), INDEX)


@scoped
def nonzero(x: Any) -> Any:
    x = as_array(x)
    if x.ndim == 0:
        raise ValueError("nonzero: a 0-d array has no nonzero indices to report; use a 1-d array")
    return tuple(strong(i, INDEX) for i in jnp.nonzero(x))


@scoped
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    x1, x2 = promote(x1, x2)
    if sorter is not None:
        x1 = jnp.take(x1, sorter)
    return strong(jnp.searchsorted(x1, x2, side=side), INDEX)


@scoped
def where(condition: Any, x1: Any, x2: Any) -> Any:
    return jnp.where(condition, *promote(x1, x2))


# -- sets ------------------------------------------------------------------------------


@scoped
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    return jnp.isin(*promote(x1, x2), invert=invert)


@scoped
def unique_all(x: Any) -> Any:
    values, indices, inverse, counts = jnp.unique_all(x)
    return values, strong(indices, INDEX), strong(inverse, INDEX), strong(counts, INDEX)


@scoped
def unique_counts(x: Any) -> Any:
    values, counts = jnp.unique_counts(x)
    return values, strong(counts, INDEX)


@scoped
def unique_inverse(x: Any) -> Any:
    values, inverse = jnp.unique_inverse(x)
    return values, strong(inverse, INDEX)


@scoped
def unique_values(x: Any) -> Any:
    return jnp.unique_values(x)


# -- sorting -------------------------------------------------------------------------


@scoped
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    return strong(jnp.argsort(x, axis=axis, descending=descending, stable=stable), INDEX)


@scoped
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    return jnp.sort(x, axis=axis, descending=descending, stable=stable)


# -- utility ---------------------------------------------------------------------------


@scoped
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.all(x, axis=axis, keepdims=keepdims)


@scoped
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.any(x, axis=axis, keepdims=keepdims)


@scoped
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    parts = promote_many([p for p in (prepend, x, append) if p is not None])
    if prepend is not None:
        prepend, parts = parts[0], parts[1:]
    x = parts[0]
    if append is not None:
        append = parts[1]
    return jnp.diff(x, n=n, axis=axis, prepend=prepend, append=append)
