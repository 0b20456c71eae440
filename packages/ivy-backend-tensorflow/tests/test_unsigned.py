"""Unsigned and small integers, where TensorFlow lacks kernels (``abs``, ``negative``,
``sign``, ``pow``, ``matmul``, ``tile``/``repeat`` of uint16...): same dtype and same
values as NumPy, whose integer arithmetic wraps modulo 2**bits."""

from __future__ import annotations

import numpy as np
import pytest
from _oracle import INTEGERS, UNSIGNED, assert_same, np_dtype
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy


def _arrays(dtype, shape=st.integers(0, 6).map(lambda n: (n,))):
    return hnp.arrays(np_dtype(dtype), shape)


@st.composite
def int_arrays(draw, dtypes=INTEGERS, shape=None):
    dtype = draw(st.sampled_from(dtypes))
    values = draw(_arrays(dtype, shape) if shape is not None else _arrays(dtype))
    return dtype, values


def ivy_of(values, dtype):
    return ivy.asarray(values, dtype=dtype)


UNARY = {"abs": np.abs, "negative": np.negative, "positive": np.positive, "sign": np.sign,
         "square": np.square, "bitwise_invert": np.invert, "floor": np.floor, "ceil": np.ceil,
         "trunc": np.trunc, "round": np.round}  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(int_arrays(), st.sampled_from(sorted(UNARY)))
def test_unary_integer_functions(case, name):
    dtype, values = case
    with np.errstate(all="ignore"):
        expected = UNARY[name](values)
    if name in ("floor", "ceil", "trunc", "round"):
        expected = values  # integers are their own rounding (NumPy agrees, in the same dtype)
    assert_same(getattr(ivy, name)(ivy_of(values, dtype)), np.asarray(expected, dtype=np_dtype(dtype)))


BINARY = {"add": np.add, "subtract": np.subtract, "multiply": np.multiply, "maximum": np.maximum,
          "bitwise_and": np.bitwise_and, "bitwise_xor": np.bitwise_xor, "greater": np.greater}  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.data(), st.sampled_from(sorted(BINARY)))
def test_binary_integer_functions_wrap_like_numpy(data, name):
    dtype = data.draw(st.sampled_from(INTEGERS))
    a = data.draw(_arrays(dtype, st.just((5,))))
    b = data.draw(_arrays(dtype, st.just((5,))))
    with np.errstate(all="ignore"):
        expected = BINARY[name](a, b)
    assert_same(getattr(ivy, name)(ivy_of(a, dtype), ivy_of(b, dtype)), expected)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_pow_wraps_like_numpy(data):
    dtype = data.draw(st.sampled_from(INTEGERS))
    a = data.draw(_arrays(dtype, st.just((4,))))
    exponent = data.draw(hnp.arrays(np_dtype(dtype), (4,), elements=st.integers(0, 70)))
    with np.errstate(all="ignore"):
        expected = np.power(a, exponent)
    assert_same(ivy.pow(ivy_of(a, dtype), ivy_of(exponent, dtype)), expected)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_floor_divide_and_remainder_of_integers(data):
    dtype = data.draw(st.sampled_from(INTEGERS))
    a = data.draw(_arrays(dtype, st.just((6,))))
    b = data.draw(_arrays(dtype, st.just((6,))))  # zeros included: NumPy gives 0, and so must we
    with np.errstate(all="ignore"):
        assert_same(ivy.floor_divide(ivy_of(a, dtype), ivy_of(b, dtype)), np.floor_divide(a, b))
        assert_same(ivy.remainder(ivy_of(a, dtype), ivy_of(b, dtype)), np.remainder(a, b))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_shifts_by_the_width_or_more(data):
    dtype = data.draw(st.sampled_from(INTEGERS))
    bits = np.dtype(np_dtype(dtype)).itemsize * 8
    a = data.draw(_arrays(dtype, st.just((5,))))
    shift = data.draw(hnp.arrays(np_dtype(dtype), (5,), elements=st.integers(0, min(2 * bits, 127))))
    assert_same(ivy.bitwise_left_shift(ivy_of(a, dtype), ivy_of(shift, dtype)), np.left_shift(a, shift))
    assert_same(ivy.bitwise_right_shift(ivy_of(a, dtype), ivy_of(shift, dtype)), np.right_shift(a, shift))


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_integer_matmul_and_tensordot(data):
    dtype = data.draw(st.sampled_from(INTEGERS))
    n, k, m = data.draw(st.tuples(st.integers(0, 4), st.integers(0, 4), st.integers(0, 4)))
    a = data.draw(_arrays(dtype, st.just((n, k))))
    b = data.draw(_arrays(dtype, st.just((k, m))))
    with np.errstate(all="ignore"):
        expected = np.matmul(a, b)
    assert_same(ivy.matmul(ivy_of(a, dtype), ivy_of(b, dtype)), expected)
    assert_same(ivy.tensordot(ivy_of(a, dtype), ivy_of(b, dtype), axes=1), expected)
    if k:
        vector = a[0] if n else np.zeros((k,), np_dtype(dtype))
        with np.errstate(all="ignore"):
            assert_same(ivy.matmul(ivy_of(vector, dtype), ivy_of(b, dtype)), np.matmul(vector, b))


@pytest.mark.parametrize("dtype", [*UNSIGNED, ivy.int16])
def test_tile_and_repeat_of_every_integer_dtype(dtype):
    values = np.asarray([0, 1, np.iinfo(np_dtype(dtype)).max], dtype=np_dtype(dtype))
    x = ivy_of(values, dtype)
    assert_same(ivy.tile(x, (2,)), np.tile(values, 2))
    assert_same(ivy.repeat(x, 2), np.repeat(values, 2))
    assert_same(ivy.repeat(x, ivy.asarray([1, 0, 3])), np.repeat(values, [1, 0, 3]))


@settings(max_examples=80, deadline=None)
@given(int_arrays(dtypes=[*INTEGERS, ivy.bool]), st.booleans())
def test_sorting_every_integer_dtype(case, descending):
    dtype, values = case
    x = ivy_of(values, dtype)
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=descending)  # stable
    assert np.asarray(ivy.to_native(ivy.argsort(x, descending=descending))).tolist() == order
    assert_same(ivy.sort(x, descending=descending), values[order] if len(values) else values)


@settings(max_examples=60, deadline=None)
@given(int_arrays(dtypes=UNSIGNED))
def test_unsigned_reductions_accumulate_in_uint64(case):
    dtype, values = case
    x = ivy_of(values, dtype)
    assert_same(ivy.sum(x), np.sum(values, dtype=np.uint64))
    with np.errstate(all="ignore"):
        assert_same(ivy.prod(x), np.prod(values, dtype=np.uint64))
    assert_same(ivy.cumulative_sum(x), np.cumsum(values, dtype=np.uint64))
    if len(values):
        assert_same(ivy.max(x), np.max(values))
        assert_same(ivy.argmin(x), np.asarray(np.argmin(values)))


def test_uint64_extremes_survive():
    big = 2**64 - 1
    x = ivy.asarray([big, 0, 2**63], dtype=ivy.uint64)
    assert [int(v) for v in ivy.sort(x)] == [0, 2**63, big]
    assert int(ivy.max(x)) == big
    assert int(ivy.abs(x)[0]) == big
    assert int(ivy.negative(ivy.asarray([1], dtype=ivy.uint64))[0]) == big
    assert int(ivy.pow(ivy.asarray([2], dtype=ivy.uint64), 63)[0]) == 2**63
