"""``x[key]`` and ``x[key] = value`` against NumPy for every kind of index the standard has:
ints, slices, ``...``, ``None``, boolean masks and integer arrays (NumPy's placement rules).
TensorFlow tensors are immutable: ``__setitem__`` swaps in a new tensor."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
import tensorflow as tf
from _oracle import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

SHAPES = st.lists(st.integers(0, 4), min_size=0, max_size=3).map(tuple)


@st.composite
def keys(draw, shape):
    """A key for an array of ``shape``, as NumPy values (arrays are converted per backend)."""
    items = []
    axis = 0
    ndim = len(shape)
    use_ellipsis = draw(st.booleans())
    ellipsis_at = draw(st.integers(0, ndim)) if use_ellipsis else None
    mask_used = False
    while axis < ndim:
        if ellipsis_at is not None and axis == ellipsis_at:
            items.append(Ellipsis)
            skip = draw(st.integers(0, ndim - axis))
            axis += skip
            ellipsis_at = None
            continue
        size = shape[axis]
        choices = ["int", "slice", "array", "mask", "none"] + ([] if any(k is Ellipsis for k in items) else ["stop"])
        choice = draw(st.sampled_from(choices))  # after '...' every item must be there: they index the last axes
        if choice == "stop":
            break
        if choice == "none":
            items.append(None)
            continue
        if choice == "int" and size:
            items.append(draw(st.integers(-size, size - 1)))
        elif choice == "array" and size:
            length = draw(st.integers(0, 3))
            indices = draw(st.lists(st.integers(-size, size - 1), min_size=length, max_size=length))
            items.append(np.asarray(indices, dtype=np.int64))
        elif choice == "mask" and not mask_used:
            mask_used = True
            items.append(np.asarray(draw(st.lists(st.booleans(), min_size=size, max_size=size)), dtype=bool))
        else:
            start = draw(st.none() | st.integers(-6, 6))
            stop = draw(st.none() | st.integers(-6, 6))
            step = draw(st.none() | st.sampled_from([-3, -2, -1, 1, 2, 3]))
            items.append(slice(start, stop, step))
        axis += 1
    if ellipsis_at is not None:
        items.append(Ellipsis)
    arrays = [k for k in items if isinstance(k, np.ndarray) and k.dtype != bool]
    if len(arrays) > 1:  # the arrays must broadcast together
        try:
            np.broadcast_shapes(*(a.shape for a in arrays))
        except ValueError:
            items = [k if not (isinstance(k, np.ndarray) and k.dtype != bool) else k[:1] for k in items]
            arrays = [k for k in items if isinstance(k, np.ndarray) and k.dtype != bool]
            try:
                np.broadcast_shapes(*(a.shape for a in arrays))
            except ValueError:
                items = [slice(None) if isinstance(k, np.ndarray) and k.dtype != bool else k for k in items]
    masks = [k for k in items if isinstance(k, np.ndarray) and k.dtype == bool]
    if masks and arrays:  # a mask combined with integer arrays must broadcast with them too
        try:
            np.broadcast_shapes(*(a.shape for a in arrays), (int(masks[0].sum()),))
        except ValueError:
            items = [slice(None) if isinstance(k, np.ndarray) and k.dtype == bool else k for k in items]
    return tuple(items)


def _path(taped: bool):
    """Under a gradient tape the backend indexes with TensorFlow ops (differentiably);
    otherwise a host tensor is indexed through its NumPy view: both must agree with NumPy."""
    return tf.GradientTape() if taped else contextlib.nullcontext()


def _ivy_key(key):
    return tuple(ivy.asarray(k) if isinstance(k, np.ndarray) else k for k in key)


@st.composite
def arrays_and_keys(draw):
    shape = draw(SHAPES)
    values = np.arange(int(np.prod(shape, dtype=np.int64)), dtype=np.float64).reshape(shape)
    key = draw(keys(shape))
    return values, key


@settings(max_examples=150, deadline=None)
@given(arrays_and_keys(), st.booleans())
def test_getitem_matches_numpy(case, taped):
    values, key = case
    expected = values[key]
    x = ivy.asarray(values)
    with _path(taped):
        result = x[_ivy_key(key)]
    assert_same(result, np.asarray(expected))


@settings(max_examples=150, deadline=None)
@given(arrays_and_keys(), st.booleans(), st.booleans())
def test_setitem_matches_numpy(case, scalar, taped):
    values, key = case
    expected = values.copy()
    selected = expected[key]
    if scalar or np.ndim(selected) == 0:
        value = -1.5
        ivy_value = value
    else:
        value = -np.arange(1, np.size(selected) + 1, dtype=np.float64).reshape(np.shape(selected))
        ivy_value = ivy.asarray(value)
    if isinstance(key, tuple) and any(isinstance(k, np.ndarray) and k.dtype != bool for k in key):
        # repeated integer indices: which write wins is unspecified, so keep them distinct
        flat = np.arange(values.size).reshape(values.shape)[key].ravel()
        if len(set(flat.tolist())) != flat.size:
            return
    expected[key] = value
    x = ivy.asarray(values)
    before = ivy.to_native(x)
    with _path(taped):
        x[_ivy_key(key)] = ivy_value
    assert_same(x, expected)
    np.testing.assert_array_equal(np.asarray(before), values)  # the old tensor is untouched


def test_setitem_casts_the_value_to_the_array_dtype():
    x = ivy.asarray([1, 2, 3], dtype=ivy.int16)
    x[1] = ivy.asarray(7, dtype=ivy.int8)
    assert x.dtype is ivy.int16 and np.asarray(ivy.to_native(x)).tolist() == [1, 7, 3]
    x[ivy.asarray([True, False, True])] = 0
    assert np.asarray(ivy.to_native(x)).tolist() == [0, 7, 0]


def test_setitem_on_uint64_keeps_large_values():
    x = ivy.zeros((3,), dtype=ivy.uint64)
    x[0] = 2**64 - 1
    assert int(x[0]) == 2**64 - 1


@pytest.mark.parametrize("taped", [False, True])
@pytest.mark.parametrize("key", [3, -4, (0, 3), (slice(None), 5)])
def test_out_of_bounds_raises_index_error(key, taped):
    x = ivy.asarray([[1.0, 2.0, 3.0]] * 3)
    with _path(taped), pytest.raises(IndexError):
        x[key]
    with _path(taped), pytest.raises(IndexError):
        x[key] = 1.0


@pytest.mark.parametrize("taped", [False, True])
def test_out_of_bounds_index_arrays_raise(taped):
    x = ivy.asarray([1.0, 2.0, 3.0])
    with _path(taped), pytest.raises(IndexError):
        x[ivy.asarray([0, 3])]


def test_indexing_under_a_tape_is_differentiable():
    x = tf.constant([1.0, 2.0, 3.0], tf.float64)
    with tf.GradientTape() as tape:
        tape.watch(x)
        picked = ivy.to_native(ivy.Array(x)[ivy.asarray([2, 0, 2])])
        total = tf.reduce_sum(picked * picked)
    np.testing.assert_array_equal(tape.gradient(total, x).numpy(), [2.0, 0.0, 12.0])


def test_zero_dimensional():
    x = ivy.asarray(5.0)
    assert float(x[()]) == 5.0 and x[...].shape == () and x[None].shape == (1,)
    x[()] = 2.0
    assert float(x) == 2.0
    x[...] = 3.0
    assert float(x) == 3.0
