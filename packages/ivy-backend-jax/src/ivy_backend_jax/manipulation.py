"""Manipulation, indexing, searching, set, sorting and utility functions."""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ivy_backend_jax._common import (
    INDEX,
    MISS,
    Tracer,
    as_array,
    cast,
    common_dtype,
    elementwise_call,
    from_host,
    host_path,
    is_concrete,
    jit,
    kernel,
    on_cpu,
    plan,
    scoped,
    strong,
    traced,
)

# -- manipulation --------------------------------------------------------------


@kernel(sequences=("arrays",), host=lambda arrays: tuple(np.broadcast_arrays(*arrays)))
def broadcast_arrays(arrays: Any) -> Any:
    return tuple(jnp.broadcast_arrays(*arrays))


@kernel("shape", host=np.broadcast_to)
def broadcast_to(x: Any, shape: Any) -> Any:
    return jnp.broadcast_to(x, shape)


def _concat(arrays: Any, axis: Any, dtype: Any) -> Any:
    return jnp.concat([cast(a, dtype) for a in arrays], axis=axis)


def _stack(arrays: Any, axis: Any, dtype: Any) -> Any:
    return jnp.stack([cast(a, dtype) for a in arrays], axis=axis)


_concat_kernel = jit(_concat, (1, 2))
_stack_kernel = jit(_stack, (1, 2))


_join_seen: dict = {}


def _join(function: Any, compiled: Any, arrays: Any, axis: Any) -> Any:
    arrays = [as_array(a) for a in arrays]
    dtype = common_dtype(arrays) if arrays else None
    if traced(arrays):
        return function(arrays, axis, dtype)
    host = np.concatenate if function is _concat else np.stack
    result = host_path(
        _join_seen, lambda xs, a, d: host([x.astype(d) for x in xs], axis=a), (arrays, axis, dtype), _JOIN
    )
    return compiled(arrays, axis, dtype) if result is MISS else result


_JOIN = (False, True, True)


@scoped
def concat(arrays: Any, axis: Any) -> Any:
    return _join(_concat, _concat_kernel, arrays, axis)


@scoped
def stack(arrays: Any, axis: Any) -> Any:
    return _join(_stack, _stack_kernel, arrays, axis)


@kernel("axis", host=np.expand_dims)
def expand_dims(x: Any, axis: Any) -> Any:
    return jnp.expand_dims(x, axis)


@kernel("axis", host=lambda x, axis: np.flip(x, axis))
def flip(x: Any, axis: Any) -> Any:
    return jnp.flip(x, axis=axis)


@kernel("source", "destination", host=np.moveaxis)
def moveaxis(x: Any, source: Any, destination: Any) -> Any:
    return jnp.moveaxis(x, source, destination)


@kernel("axes", host=np.transpose)
def permute_dims(x: Any, axes: Any) -> Any:
    return jnp.permute_dims(x, axes)


_repeat_kernel = jit(lambda x, repeats, axis: jnp.repeat(x, repeats, axis=axis), (1, 2))


@scoped
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    if isinstance(repeats, jax.Array) and repeats.ndim == 0 and is_concrete(repeats):
        repeats = int(repeats)
    if isinstance(repeats, int) and not isinstance(x, Tracer):
        result = host_path(_take_seen, np.repeat, (x, repeats, axis), (False, True, True))
        return _repeat_kernel(x, repeats, axis) if result is MISS else result
    if on_cpu(x) and isinstance(repeats, jax.Array) and on_cpu(repeats):
        # Per-element counts make the output's shape depend on the values.
        return from_host(np.repeat(np.asarray(x), np.asarray(repeats), axis=axis))
    return jnp.repeat(x, repeats, axis=axis)


@kernel("shape", "copy", host=lambda x, shape, copy: np.reshape(x, shape))
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    # JAX arrays are immutable, so sharing memory or not is not observable:
    # copy=False never needs to raise, and a kernel's output is a new buffer.
    return jnp.reshape(x, shape)


@kernel("shift", "axis", host=np.roll)
def roll(x: Any, shift: Any, axis: Any) -> Any:
    return jnp.roll(x, shift, axis=axis)


@kernel("axis", host=np.squeeze)
def squeeze(x: Any, axis: Any) -> Any:
    return jnp.squeeze(x, axis=axis)


@kernel("repetitions", host=np.tile)
def tile(x: Any, repetitions: Any) -> Any:
    return jnp.tile(x, repetitions)


@kernel("axis", host=lambda x, axis: tuple(np.moveaxis(x, axis, 0)))
def unstack(x: Any, axis: Any) -> Any:
    return tuple(jnp.unstack(x, axis=axis))


# -- indexing ------------------------------------------------------------------


def _check_indices(indices: Any, size: int) -> None:
    """JAX fills (take) or clamps out-of-bounds indices; Ivy raises on every backend."""
    if indices.size and is_concrete(indices):
        values = np.asarray(indices) if on_cpu(indices) else indices
        low, high = int(values.min()), int(values.max())
        if low < -size or high >= size:
            bad = low if low < -size else high
            raise IndexError(f"index {bad} is out of bounds for an axis of size {size}")


_take_seen: dict = {}
_TAKE = (False, False, True)
_take_kernel = jit(lambda x, indices, axis: jnp.take(x, indices, axis=axis), (2,))
_take_along_kernel = jit(lambda x, indices, axis: jnp.take_along_axis(x, indices, axis=axis), (2,))


@scoped
def take(x: Any, indices: Any, axis: Any) -> Any:
    x, indices = as_array(x), as_array(indices)
    _check_indices(indices, x.size if axis is None else x.shape[axis])
    if traced((x, indices)):
        return jnp.take(x, indices, axis=axis)
    result = host_path(_take_seen, lambda a, i, ax: np.take(a, i, axis=ax), (x, indices, axis), _TAKE)
    return _take_kernel(x, indices, axis) if result is MISS else result


@scoped
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    x, indices = as_array(x), as_array(indices)
    _check_indices(indices, x.shape[axis])
    if traced((x, indices)):
        return jnp.take_along_axis(x, indices, axis=axis)
    result = host_path(_take_seen, np.take_along_axis, (x, indices, axis), _TAKE)
    return _take_along_kernel(x, indices, axis) if result is MISS else result


# -- searching -------------------------------------------------------------------


@kernel("axis", "keepdims", host=lambda x, axis, keepdims: np.argmax(x, axis, keepdims=keepdims).astype(INDEX))
def argmax(x: Any, axis: Any, keepdims: Any) -> Any:
    return cast(jnp.argmax(x, axis=axis, keepdims=keepdims), INDEX)


@kernel("axis", "keepdims", host=lambda x, axis, keepdims: np.argmin(x, axis, keepdims=keepdims).astype(INDEX))
def argmin(x: Any, axis: Any, keepdims: Any) -> Any:
    return cast(jnp.argmin(x, axis=axis, keepdims=keepdims), INDEX)


@kernel("axis", "keepdims", host=lambda x, axis, keepdims: np.count_nonzero(x, axis, keepdims=keepdims).astype(INDEX))
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    return cast(jnp.count_nonzero(x, axis=axis, keepdims=keepdims), INDEX)


@scoped
def nonzero(x: Any) -> Any:
    x = as_array(x)
    if x.ndim == 0:
        raise ValueError("nonzero: a 0-d array has no nonzero indices to report; use a 1-d array")
    if on_cpu(x):
        # The output's shape depends on the values: find them on the host.
        return tuple(_host_indices(i) for i in np.nonzero(np.asarray(x)))
    return tuple(strong(i, INDEX) for i in jnp.nonzero(x))


def _searchsorted(x1: Any, x2: Any, cast1: Any, cast2: Any, side: Any, sorter: Any) -> Any:
    x1, x2 = cast(x1, cast1), cast(x2, cast2)
    if sorter is not None:
        x1 = jnp.take(x1, sorter)
    return cast(jnp.searchsorted(x1, x2, side=side), INDEX)


_searchsorted_kernel = jit(_searchsorted, (2, 3, 4))


@scoped
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    x1, x2, cast1, cast2 = plan(x1, x2)
    if traced((x1, x2, sorter)):
        return _searchsorted(x1, x2, cast1, cast2, side, sorter)
    arguments = (x1, x2, cast1, cast2, side, sorter)
    result = host_path(_take_seen, _host_searchsorted, arguments, (False, False, True, True, True, False))
    return _searchsorted_kernel(*arguments) if result is MISS else result


def _host_searchsorted(x1: Any, x2: Any, cast1: Any, cast2: Any, side: Any, sorter: Any) -> Any:
    x1 = x1 if cast1 is None else x1.astype(cast1)
    x2 = x2 if cast2 is None else x2.astype(cast2)
    if not isinstance(x2, np.ndarray):
        x2 = np.asarray(x2, dtype=x1.dtype)  # a Python scalar takes the array's dtype
    return np.searchsorted(x1, x2, side=side, sorter=sorter).astype(INDEX)


def _where(condition: Any, x1: Any, x2: Any, cast1: Any, cast2: Any) -> Any:
    return jnp.where(condition, cast(x1, cast1), cast(x2, cast2))


_where_kernel = jit(_where, (3, 4))
_where_seen: dict = {}


@scoped
def where(condition: Any, x1: Any, x2: Any) -> Any:
    x1, x2, cast1, cast2 = plan(x1, x2)
    if traced((condition, x1, x2)):
        return _where(condition, x1, x2, cast1, cast2)
    return elementwise_call(_where_kernel, _where_seen, (condition, x1, x2), (cast1, cast2))


# -- sets ------------------------------------------------------------------------------


def _isin(x1: Any, x2: Any, cast1: Any, cast2: Any, invert: Any) -> Any:
    return jnp.isin(cast(x1, cast1), cast(x2, cast2), invert=invert)


_isin_kernel = jit(_isin, (2, 3, 4))


@scoped
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    x1, x2, cast1, cast2 = plan(x1, x2)
    if traced((x1, x2)):
        return _isin(x1, x2, cast1, cast2, invert)
    return _isin_kernel(x1, x2, cast1, cast2, invert)


def _host_indices(values: Any) -> Any:
    return from_host(np.asarray(values).astype(INDEX, copy=False))


# The output's shape depends on the values: host arrays are handled by NumPy
# (whose set functions have the standard's semantics, NaNs distinct), others
# by jax.numpy eagerly.


@scoped
def unique_all(x: Any) -> Any:
    if on_cpu(x):
        values, indices, inverse, counts = np.unique_all(np.asarray(x))
        return from_host(values), _host_indices(indices), _host_indices(inverse), _host_indices(counts)
    values, indices, inverse, counts = jnp.unique_all(x)
    return values, strong(indices, INDEX), strong(inverse, INDEX), strong(counts, INDEX)


@scoped
def unique_counts(x: Any) -> Any:
    if on_cpu(x):
        values, counts = np.unique_counts(np.asarray(x))
        return from_host(values), _host_indices(counts)
    values, counts = jnp.unique_counts(x)
    return values, strong(counts, INDEX)


@scoped
def unique_inverse(x: Any) -> Any:
    if on_cpu(x):
        values, inverse = np.unique_inverse(np.asarray(x))
        return from_host(values), _host_indices(inverse)
    values, inverse = jnp.unique_inverse(x)
    return values, strong(inverse, INDEX)


@scoped
def unique_values(x: Any) -> Any:
    if on_cpu(x):
        return from_host(np.unique_values(np.asarray(x)))
    return jnp.unique_values(x)


# -- sorting -------------------------------------------------------------------------


def _host_argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    if not descending:
        return np.argsort(x, axis=axis, kind="stable").astype(INDEX)
    # Stable descending: sort the reversed array and map the indices back (NaNs come first).
    reversed_order = np.argsort(np.flip(x, axis), axis=axis, kind="stable")
    return (x.shape[axis] - 1 - np.flip(reversed_order, axis)).astype(INDEX)


def _host_sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    # Descending values are the ascending ones reversed, as in JAX (and Ivy's NumPy backend):
    # equal values are indistinguishable except for the sign of a zero.
    ascending = np.sort(x, axis=axis, kind="stable")
    return np.flip(ascending, axis) if descending else ascending


# Sorting only compares and moves elements: NumPy's stable sorts give the same
# result as JAX's (NaNs last, -0.0 and 0.0 equal), checked in the tests.
@kernel("axis", "descending", "stable", host=_host_argsort)
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    return cast(jnp.argsort(x, axis=axis, descending=descending, stable=True), INDEX)  # stable is always allowed


@kernel("axis", "descending", "stable", host=_host_sort)
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    return jnp.sort(x, axis=axis, descending=descending, stable=True)


# -- utility ---------------------------------------------------------------------------


@kernel("axis", "keepdims", host=lambda x, axis, keepdims: np.all(x, axis=axis, keepdims=keepdims))
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.all(x, axis=axis, keepdims=keepdims)


@kernel("axis", "keepdims", host=lambda x, axis, keepdims: np.any(x, axis=axis, keepdims=keepdims))
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.any(x, axis=axis, keepdims=keepdims)


def _diff(x: Any, prepend: Any, append: Any, axis: Any, n: Any, dtype: Any) -> Any:
    prepend = None if prepend is None else cast(prepend, dtype)
    append = None if append is None else cast(append, dtype)
    return jnp.diff(cast(x, dtype), n=n, axis=axis, prepend=prepend, append=append)


_diff_kernel = jit(_diff, (3, 4, 5))


@scoped
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    parts = [as_array(p) for p in (x, prepend, append) if p is not None]
    dtype = common_dtype(parts)
    if traced(parts):
        return _diff(x, prepend, append, axis, n, dtype)
    return _diff_kernel(x, prepend, append, axis, n, dtype)
