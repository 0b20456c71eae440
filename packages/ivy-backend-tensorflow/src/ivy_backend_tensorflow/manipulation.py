"""Manipulation, indexing, searching, set, sorting and utility functions.

TensorFlow sorts NaN first and has no kernel for some dtypes (``tile`` of
uint16, sorting booleans); sorting therefore works on keys that order NaN
last and that every dtype has a kernel for. Set functions sort once and
derive values, counts, first indices and inverse indices from the sorted
order, treating every NaN as distinct, as the standard asks.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, normalize_axes
from ivy_backend_tensorflow._common import (
    BOOL,
    COMPLEX,
    FLOAT16,
    INT8,
    INT32,
    INT64,
    REAL_FLOATING,
    SCALARS,
    UINT16,
    UNSIGNED,
    as_tensor,
    cast,
    deep_copy,
    promote,
    promote_many,
)

_m = tf.math


def _bits16(function: Any) -> Any:
    """``function`` run on 16-bit values reinterpreted as float16 (moves data only)."""

    def run(x: tf.Tensor, *args: Any) -> tf.Tensor:
        if x.dtype is UINT16:
            return tf.bitcast(function(tf.bitcast(x, FLOAT16), *args), UINT16)
        return function(x, *args)

    return run


# -- manipulation ---------------------------------------------------------------------


@hookimpl
def broadcast_arrays(arrays: Any) -> Any:
    tensors = [as_tensor(a) for a in arrays]
    if not tensors:
        return []
    shape = tuple(np.broadcast_shapes(*(tuple(t.shape) for t in tensors)))
    return [t if tuple(t.shape) == shape else tf.broadcast_to(t, shape) for t in tensors]


@hookimpl
def broadcast_to(x: Any, shape: Any) -> Any:
    x = as_tensor(x)
    shape = tuple(shape)
    np.broadcast_shapes(tuple(x.shape), shape)  # raises ValueError for incompatible shapes
    if tuple(np.broadcast_shapes(tuple(x.shape), shape)) != shape:
        raise ValueError(f"cannot broadcast an array of shape {tuple(x.shape)} to {shape}")
    return tf.broadcast_to(x, shape)


@hookimpl
def concat(arrays: Any, axis: Any) -> Any:
    tensors = promote_many(arrays)
    if axis is None:
        return tf.concat([tf.reshape(t, [-1]) for t in tensors], 0)
    return tf.concat(tensors, axis)


@hookimpl
def expand_dims(x: Any, axis: Any) -> Any:
    x = as_tensor(x)
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    ndim = x.shape.rank + len(axes)
    positions = sorted(normalize_axes(axes, ndim))
    shape = list(x.shape)
    for p in positions:
        shape.insert(p, 1)
    return tf.reshape(x, shape)


@hookimpl
def flip(x: Any, axis: Any) -> Any:
    x = as_tensor(x)
    axes = normalize_axes(axis, x.shape.rank)
    return tf.reverse(x, axes) if axes and x.shape.rank else x


@hookimpl
def moveaxis(x: Any, source: Any, destination: Any) -> Any:
    x = as_tensor(x)
    ndim = x.shape.rank
    source = normalize_axes(source, ndim)
    destination = normalize_axes(destination, ndim)
    if len(source) != len(destination):
        raise ValueError("moveaxis: source and destination must have the same number of elements")
    order = [a for a in range(ndim) if a not in source]
    for dest, src in sorted(zip(destination, source, strict=False)):
        order.insert(dest, src)
    return tf.transpose(x, order)


@hookimpl
def permute_dims(x: Any, axes: Any) -> Any:
    x = as_tensor(x)
    axes = list(axes)
    if sorted(normalize_axes(axes, x.shape.rank)) != list(range(x.shape.rank)) or len(axes) != x.shape.rank:
        raise ValueError(f"permute_dims: {tuple(axes)} is not a permutation of the axes of a {x.shape.rank}-d array")
    return tf.transpose(x, normalize_axes(axes, x.shape.rank))


@hookimpl
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    x = as_tensor(x)
    if axis is None:
        x = tf.reshape(x, [-1])
        axis = 0
    if not isinstance(repeats, int):
        repeats = tf.cast(as_tensor(repeats), INT64)
    return _bits16(lambda t: tf.repeat(t, repeats, axis=axis))(x)


@hookimpl
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    x = as_tensor(x)
    shape = [int(s) for s in shape]
    if shape.count(-1) > 1:
        raise ValueError("reshape: only one dimension can be -1")
    result = tf.reshape(x, shape)
    return deep_copy(result) if copy else result


@hookimpl
def roll(x: Any, shift: Any, axis: Any) -> Any:
    x = as_tensor(x)
    if axis is None:
        return tf.reshape(tf.roll(tf.reshape(x, [-1]), shift, 0), tf.shape(x))
    shifts = [shift] if isinstance(shift, int) else list(shift)
    axes = [axis] if isinstance(axis, int) else list(axis)
    if len(shifts) == 1 and len(axes) > 1:
        shifts = shifts * len(axes)
    return tf.roll(x, shifts, normalize_axes(axes, x.shape.rank))


@hookimpl
def squeeze(x: Any, axis: Any) -> Any:
    x = as_tensor(x)
    axes = normalize_axes(axis, x.shape.rank)
    for a in axes:
        if x.shape[a] != 1:
            raise ValueError(f"squeeze: cannot remove axis {a} of size {x.shape[a]}")
    shape = [d for i, d in enumerate(x.shape) if i not in axes]
    return tf.reshape(x, shape)


@hookimpl
def stack(arrays: Any, axis: Any) -> Any:
    if not arrays:  # tf.stack of nothing gives an empty float32 array; the standard has no dtype for it
        raise ValueError("stack: no arrays to stack")
    tensors = promote_many(arrays)
    return tf.stack(tensors, axis)


@hookimpl
def tile(x: Any, repetitions: Any) -> Any:
    x = as_tensor(x)
    repetitions = [int(r) for r in repetitions]
    extra = len(repetitions) - x.shape.rank
    if extra > 0:
        x = tf.reshape(x, [1] * extra + list(x.shape))
    elif extra < 0:
        repetitions = [1] * -extra + repetitions
    return _bits16(tf.tile)(x, repetitions)


@hookimpl
def unstack(x: Any, axis: Any) -> Any:
    x = as_tensor(x)
    axis = normalize_axes(axis, x.shape.rank)[0]
    return tuple(tf.unstack(x, axis=axis))


# -- indexing -----------------------------------------------------------------------------


def _check_indices(indices: tf.Tensor, size: int) -> tf.Tensor:
    """``indices`` as int64 with negatives wrapped, raising for any out of bounds."""
    indices = cast(indices, INT64)
    if tf.size(indices) == 0:
        return indices
    low, high = int(tf.reduce_min(indices)), int(tf.reduce_max(indices))
    if low < -size or high >= size:
        raise IndexError(f"index {low if low < -size else high} is out of bounds for an axis of size {size}")
    return tf.where(indices < 0, indices + size, indices) if low < 0 else indices


@hookimpl
def take(x: Any, indices: Any, axis: Any) -> Any:
    x = as_tensor(x)
    if axis is None:
        if x.shape.rank != 1:
            x = tf.reshape(x, [-1])
        axis = 0
    axis = normalize_axes(axis, x.shape.rank)[0]
    return tf.gather(x, _check_indices(as_tensor(indices), x.shape[axis]), axis=axis)


@hookimpl
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    x = as_tensor(x)
    indices = as_tensor(indices)
    axis = normalize_axes(axis, x.shape.rank)[0]
    indices = _check_indices(indices, x.shape[axis])
    shape = np.broadcast_shapes(
        tuple(d for i, d in enumerate(x.shape) if i != axis), tuple(d for i, d in enumerate(indices.shape) if i != axis)
    )
    x_shape = list(shape)
    x_shape.insert(axis, x.shape[axis])
    i_shape = list(shape)
    i_shape.insert(axis, indices.shape[axis])
    x = tf.broadcast_to(x, x_shape)
    indices = tf.broadcast_to(indices, i_shape)
    last = x.shape.rank - 1
    if axis == last:
        return _gather_last(x, indices)
    perm = list(range(x.shape.rank))
    perm[axis], perm[last] = last, axis
    return tf.transpose(_gather_last(tf.transpose(x, perm), tf.transpose(indices, perm)), perm)


# -- sorting ------------------------------------------------------------------------------
#
# TensorFlow sorts with ``top_k`` (descending and stable: ties keep their
# order) and puts NaN first. Every sort here calls ``top_k`` on a key whose
# descending order is the wanted order: floats map to int64 keys that order
# them totally (-0.0 with 0.0, every NaN last), integers are reversed without
# overflow (``-1 - x``, ``max - x``) for ascending sorts.

_INT64_MIN = tf.constant(np.iinfo(np.int64).min, INT64)
_INT64_MAX = tf.constant(np.iinfo(np.int64).max, INT64)


def float_key(x: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor]:
    """int64 keys ordered as the floats ``x`` are (NaN largest), and the NaN mask."""
    wide = cast(x, tf.float64)
    bits = tf.bitcast(wide, INT64)
    key = tf.where(bits < 0, _INT64_MIN - bits, bits)  # -0.0 and 0.0 both map to 0
    nan = _m.is_nan(wide)
    return tf.where(nan, _INT64_MAX, key), nan


def ascending_key(x: tf.Tensor) -> tf.Tensor:
    """A tensor with TensorFlow kernels for sorting and searching, ordered as ``x`` (NaN last)."""
    if x.dtype is BOOL:
        return tf.cast(x, INT32)
    if x.dtype in REAL_FLOATING:
        return float_key(x)[0]
    if x.dtype in COMPLEX:
        raise TypeError("complex numbers have no order")
    return x


def _descending_order_key(x: tf.Tensor, descending: bool) -> tf.Tensor:
    if x.dtype is BOOL:
        x = tf.cast(x, INT32)
    if x.dtype in REAL_FLOATING:
        key, nan = float_key(x)
        return tf.where(nan, _INT64_MIN, key) if descending else -1 - key
    if x.dtype in COMPLEX:
        raise TypeError("complex numbers have no order")
    if descending:
        return x
    if x.dtype in UNSIGNED:
        return tf.constant(x.dtype.max, x.dtype) - x
    return -1 - x  # never overflows


def _order_last_axis(x: tf.Tensor, descending: bool) -> tf.Tensor:
    """Stable sorting permutation (int64) along the last axis."""
    key = _descending_order_key(x, descending)
    size = x.shape[-1]
    if size == 0:
        return tf.zeros(tf.shape(x), INT64)
    return tf.cast(_m.top_k(key, size, sorted=True).indices, INT64)


def _along_last(function: Any, x: tf.Tensor, axis: int) -> tf.Tensor:
    last = x.shape.rank - 1
    if axis == last:
        return function(x)
    perm = list(range(x.shape.rank))
    perm[axis], perm[last] = last, axis
    return tf.transpose(function(tf.transpose(x, perm)), perm)


def _gather_last(x: tf.Tensor, order: tf.Tensor) -> tf.Tensor:
    return tf.gather(x, order, axis=x.shape.rank - 1, batch_dims=x.shape.rank - 1)


def lexicographic_order(flat: tf.Tensor) -> tf.Tensor:
    """Stable ascending order of a 1-d tensor; complex numbers by (real, imag)."""
    if flat.dtype in COMPLEX:
        by_imag = _order_last_axis(_m.imag(flat), False)
        by_real = _order_last_axis(tf.gather(_m.real(flat), by_imag), False)
        return tf.gather(by_imag, by_real)
    return _order_last_axis(flat, False)


@hookimpl
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    x = as_tensor(x)
    if x.shape.rank == 0:
        return tf.zeros((), INT64)
    axis = normalize_axes(axis, x.shape.rank)[0]
    return _along_last(lambda t: _order_last_axis(t, descending), x, axis)


@hookimpl
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    x = as_tensor(x)
    if x.shape.rank == 0:
        return x
    axis = normalize_axes(axis, x.shape.rank)[0]
    return _along_last(lambda t: _gather_last(t, _order_last_axis(t, descending)), x, axis)


# -- searching ------------------------------------------------------------------------------


def _first_true(mask: tf.Tensor, axis: int) -> tf.Tensor:
    """The index of the first True along ``axis`` (TensorFlow's argmin/argmax do not promise the
    first of equal values: on some CPUs their vectorized kernels return a later one)."""
    size = mask.shape[axis]
    positions = tf.reshape(tf.range(size, dtype=INT64), [size if d == axis else 1 for d in range(mask.shape.rank)])
    return tf.reduce_min(tf.where(mask, positions, tf.constant(size, INT64)), axis=axis)


def _arg_extreme(x: tf.Tensor, axis: Any, largest: bool) -> tf.Tensor:
    if x.dtype is BOOL:
        x = tf.cast(x, INT8)
    if axis is None:
        x = tf.reshape(x, [-1])
        axis = 0
    if x.shape.rank == 0:
        return tf.zeros((), INT64)
    axis = normalize_axes(axis, x.shape.rank)[0]
    if x.shape[axis] == 0:
        raise ValueError("attempt to get the position of an extreme value of an empty sequence")
    extreme = (tf.reduce_max if largest else tf.reduce_min)(x, axis=axis, keepdims=True)
    mask = _m.equal(x, extreme)
    if x.dtype in REAL_FLOATING:  # the first NaN wins, as in NumPy (TensorFlow skips NaN)
        nan = _m.is_nan(x)
        mask = tf.where(tf.reduce_any(nan, axis=axis, keepdims=True), nan, mask)
    return _first_true(mask, axis)


def _arg_hook(largest: bool) -> Any:
    def hook(x: Any, axis: Any, keepdims: Any) -> Any:
        x = as_tensor(x)
        result = _arg_extreme(x, axis, largest)
        if keepdims:
            if axis is None:
                return tf.reshape(result, [1] * x.shape.rank)
            return tf.expand_dims(result, normalize_axes(axis, x.shape.rank)[0])
        return result

    hook.__name__ = hook.__qualname__ = "argmax" if largest else "argmin"
    return hookimpl(hook)


argmax = _arg_hook(True)
argmin = _arg_hook(False)


@hookimpl
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    x = as_tensor(x)
    if isinstance(axis, tuple):
        axis = list(axis)
    nonzero_mask = _m.not_equal(x, tf.zeros((), x.dtype))
    return tf.reduce_sum(tf.cast(nonzero_mask, INT64), axis=axis, keepdims=keepdims)


@hookimpl
def nonzero(x: Any) -> Any:
    x = as_tensor(x)
    if x.shape.rank == 0:
        raise ValueError("nonzero: a 0-d array has no dimensions to index")
    positions = tf.where(_m.not_equal(x, tf.zeros((), x.dtype)) if x.dtype is not BOOL else x)
    return tuple(positions[:, i] for i in range(x.shape.rank))


@hookimpl
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    x1 = as_tensor(x1)
    if sorter is not None:
        x1 = tf.gather(x1, cast(as_tensor(sorter), INT64))
    x1, x2 = promote(x1, x2)
    shape = tf.shape(x2)
    values = tf.reshape(ascending_key(x2), [1, -1])
    result = tf.searchsorted(ascending_key(x1)[None, :], values, side=side, out_type=INT64)
    return tf.reshape(result, shape)


@hookimpl
def where(condition: Any, x1: Any, x2: Any) -> Any:
    x1, x2 = promote(x1, x2)
    condition = as_tensor(condition)
    if condition.dtype is not BOOL:
        condition = tf.cast(condition, BOOL)
    return tf.where(condition, x1, x2)


# -- sets -----------------------------------------------------------------------------------


def _unique(x: tf.Tensor) -> tuple[tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor]:
    """(values, first indices, inverse indices, counts) of the flattened ``x``, NaNs distinct."""
    flat = tf.reshape(x, [-1])
    size = tf.shape(flat, out_type=INT64)[0]
    order = lexicographic_order(flat)
    ordered = tf.gather(flat, order)
    differs = _m.not_equal(ordered[1:], ordered[:-1])  # NaN != NaN: every NaN is its own group
    starts = tf.concat([tf.ones([1], BOOL) if flat.shape[0] else tf.zeros([0], BOOL), differs], 0)
    group = tf.cumsum(tf.cast(starts, INT64)) - 1  # group of each sorted element
    positions = tf.where(starts)[:, 0]
    values = tf.gather(ordered, positions)
    count = tf.shape(positions, out_type=INT64)[0]
    counts = tf.math.unsorted_segment_sum(tf.ones_like(group), group, count)
    first = tf.math.unsorted_segment_min(order, group, count)  # stable sort: the first is the smallest
    inverse = tf.scatter_nd(order[:, None], group, tf.reshape(size, [1]))
    return values, first, inverse, counts


@hookimpl
def unique_all(x: Any) -> Any:
    x = as_tensor(x)
    values, first, inverse, counts = _unique(x)
    return values, first, tf.reshape(inverse, tf.shape(x)), counts


@hookimpl
def unique_counts(x: Any) -> Any:
    values, _, _, counts = _unique(as_tensor(x))
    return values, counts


@hookimpl
def unique_inverse(x: Any) -> Any:
    x = as_tensor(x)
    values, _, inverse, _ = _unique(x)
    return values, tf.reshape(inverse, tf.shape(x))


@hookimpl
def unique_values(x: Any) -> Any:
    return _unique(as_tensor(x))[0]


@hookimpl
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    if type(x1) in SCALARS and type(x2) in SCALARS:
        x1 = as_tensor(x1)
    x1, x2 = promote(x1, x2)
    flat2 = tf.reshape(x2, [-1])
    if flat2.shape[0] == 0:
        found = tf.zeros(tf.shape(x1), BOOL)
    else:
        found = tf.reduce_any(_m.equal(tf.expand_dims(x1, -1), flat2), axis=-1)
    return _m.logical_not(found) if invert else found


# -- utility --------------------------------------------------------------------------------


def _truth(x: tf.Tensor) -> tf.Tensor:
    return x if x.dtype is BOOL else _m.not_equal(x, tf.zeros((), x.dtype))


def _axes_arg(axis: Any, ndim: int) -> Any:
    if axis is None:
        return None
    return normalize_axes(axis, ndim)


@hookimpl
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    x = as_tensor(x)
    return tf.reduce_all(_truth(x), axis=_axes_arg(axis, x.shape.rank), keepdims=keepdims)


@hookimpl
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    x = as_tensor(x)
    return tf.reduce_any(_truth(x), axis=_axes_arg(axis, x.shape.rank), keepdims=keepdims)


@hookimpl
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    x = as_tensor(x)
    parts = [p for p in (prepend, x, append) if p is not None]
    if len(parts) > 1:
        parts = promote_many(parts)
        x = tf.concat(parts, axis)
    axis = normalize_axes(axis, x.shape.rank)[0]
    for _ in range(n):
        size = x.shape[axis]
        upper = [slice(None)] * x.shape.rank
        lower = [slice(None)] * x.shape.rank
        upper[axis] = slice(1, size)
        lower[axis] = slice(0, max(size - 1, 0))
        high, low = x[tuple(upper)], x[tuple(lower)]
        x = _m.not_equal(high, low) if x.dtype is BOOL else _m.subtract(high, low)
    return x
