"""0-d arrays, empty arrays, indexing and ``__setitem__`` against the numpy backend."""

import numpy as np
import pytest
from conftest import assert_same, run
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

DTYPES = ["bool", "int8", "int64", "uint8", "uint16", "uint64", "float32", "float64", "complex64"]


@pytest.mark.parametrize("dtype", DTYPES)
def test_zero_d_arrays_stay_zero_d(dtype):
    x = np.asarray(1, dtype=dtype)
    assert_same(
        lambda a: (a[()], a[...], a[None], ivy.reshape(a, (1,)), ivy.expand_dims(a, axis=0), ivy.sum(a),
                   ivy.max(a), ivy.squeeze(ivy.reshape(a, (1, 1)), axis=(0, 1)), ivy.flip(a), ivy.stack([a, a]),
                   ivy.concat([a, a], axis=None), a[ivy.asarray(True)], a[ivy.asarray(False)]),
        x,
    )  # fmt: skip


@pytest.mark.parametrize("dtype", ["float64", "int32", "uint32"])
def test_zero_d_arithmetic_and_reductions(dtype):
    x = np.asarray(3, dtype=dtype)
    assert_same(
        lambda a: (a + a, a * 2, a == 3, ivy.argmax(a), ivy.sort(ivy.reshape(a, (1,))), ivy.any(a), ivy.prod(a)),
        x,
    )


@pytest.mark.parametrize("shape", [(0,), (2, 0), (0, 3, 1)])
@pytest.mark.parametrize("dtype", ["float64", "int8", "uint16"])
def test_empty_arrays(shape, dtype):
    x = np.zeros(shape, dtype=dtype)
    assert_same(
        lambda a: (ivy.sum(a, axis=0), ivy.prod(a), ivy.reshape(a, (-1,)), ivy.flip(a), ivy.sort(a, axis=0),
                   ivy.concat([a, a]), a[ivy.asarray(np.zeros(shape, dtype=bool))], ivy.unique_values(a),
                   ivy.cumulative_sum(ivy.reshape(a, (-1,)))),
        x,
    )  # fmt: skip


@st.composite
def basic_keys(draw, shape):
    """ints, slices (negative steps too), None and an Ellipsis."""
    parts = []
    for size in shape:
        kind = draw(st.sampled_from(["int", "slice", "full"]))
        if kind == "int" and size:
            parts.append(draw(st.integers(-size, size - 1)))
        elif kind == "slice":
            bound = st.none() | st.integers(-size - 2, size + 2)
            parts.append(slice(draw(bound), draw(bound), draw(st.none() | st.sampled_from([1, 2, -1, -2]))))
        else:
            parts.append(slice(None))
    for _ in range(draw(st.integers(0, 2))):
        parts.insert(draw(st.integers(0, len(parts))), None)
    if parts and draw(st.booleans()):
        start = draw(st.integers(0, len(parts) - 1))
        stop = draw(st.integers(start, len(parts)))
        parts[start:stop] = [Ellipsis]
    return tuple(parts)


@given(data=st.data())
def test_getitem_basic_keys(data):
    shape = data.draw(hnp.array_shapes(min_dims=0, max_dims=8, min_side=1, max_side=3))
    x = np.arange(int(np.prod(shape)), dtype=np.int16).reshape(shape)
    key = data.draw(basic_keys(shape))
    if x[key].ndim > 9:  # beyond Paddle's largest rank: a clear error
        with pytest.raises(IndexError, match="at most 9"):
            ivy.asarray(x)[key]
        return
    assert_same(lambda a: a[key], x)


@given(data=st.data())
def test_setitem_basic_keys_and_masks(data):
    shape = data.draw(hnp.array_shapes(min_dims=0, max_dims=8, min_side=1, max_side=3))
    dtype = data.draw(st.sampled_from(["float64", "int8", "uint16", "bool"]))
    x = np.arange(int(np.prod(shape))).reshape(shape).astype(dtype)
    key = data.draw(basic_keys(shape))
    mask = data.draw(hnp.arrays(np.bool_, shape))
    value = data.draw(st.sampled_from([False, True] if dtype == "bool" else [0, 1, 7]))

    def program(a):
        a = ivy.asarray(a, copy=True)
        a[key] = value
        a[ivy.asarray(mask)] = ivy.asarray(1, dtype=a.dtype)
        return a

    assert_same(program, x)


def test_setitem_with_an_array_value_of_a_smaller_dtype():
    def program():
        a = ivy.zeros((3, 4))
        a[1, :] = ivy.asarray([1.5, 2.5, 3.5, 4.5], dtype=ivy.float32)
        a[:, 0] = 7
        return a

    assert_same(program)


def test_setitem_mutates_views_of_the_same_array():
    x = ivy.zeros((3,))
    alias = ivy.asarray(x, copy=False)
    x[1] = 4.0
    assert run("paddle", lambda: alias)[0][1].tolist() == [0.0, 4.0, 0.0]


def test_boolean_mask_with_a_zero_size_dimension_selects_nothing():
    assert_same(lambda a: a[ivy.asarray(np.zeros((0,), dtype=bool))], np.arange(3))
    with pytest.raises(IndexError):
        ivy.asarray([1, 2, 3])[ivy.asarray([True, False])]
