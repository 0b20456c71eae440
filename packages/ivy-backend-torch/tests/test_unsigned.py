"""uint16/uint32/uint64: torch lacks most kernels; the backend computes them
exactly (on the signed twin's bits, on order-preserving keys, or widened),
checked against NumPy over the whole value range."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import UNSIGNED, assert_same, both, unique_sorted
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

unsigned = st.sampled_from(UNSIGNED)


def _arrays(dtype: str, shape: tuple | st.SearchStrategy | None = None, **kwargs: object) -> st.SearchStrategy:
    shape = hnp.array_shapes(min_dims=1, max_dims=2, max_side=5) if shape is None else shape
    return hnp.arrays(np.dtype(dtype), shape, **kwargs)


@st.composite
def pair(draw: st.DrawFn, nonzero: bool = False) -> tuple:
    dtype = draw(unsigned)
    a = draw(_arrays(dtype))
    elements = st.integers(1, np.iinfo(dtype).max) if nonzero else None
    b = draw(_arrays(dtype, a.shape[-1:], elements=elements))
    return a, b


@given(pair())
def test_arithmetic_and_comparisons(operands: tuple) -> None:
    a, b = operands
    for fn in (
        ivy.add,
        ivy.subtract,
        ivy.multiply,
        ivy.maximum,
        ivy.minimum,
        ivy.equal,
        ivy.not_equal,
        ivy.less,
        ivy.less_equal,
        ivy.greater,
        ivy.greater_equal,
        ivy.bitwise_and,
        ivy.bitwise_or,
        ivy.bitwise_xor,
    ):
        assert_same(*both(fn, a, b))


@given(pair(nonzero=True))
def test_division(operands: tuple) -> None:
    a, b = operands
    assert_same(*both(ivy.floor_divide, a, b))
    assert_same(*both(ivy.remainder, a, b))
    assert_same(*both(ivy.divide, a, b))


@given(dtype=unsigned, data=st.data())
def test_division_by_python_scalars_and_large_divisors(dtype: str, data: st.DataObject) -> None:
    top = int(np.iinfo(dtype).max)
    a = data.draw(_arrays(dtype), label="a")
    divisor = data.draw(st.integers(1, top) | st.integers(top // 2, top), label="divisor")
    assert_same(*both(lambda x: x // divisor, a))
    assert_same(*both(lambda x: x % divisor, a))
    assert_same(*both(lambda x: ivy.maximum(x, divisor), a))
    assert_same(*both(lambda x: x < divisor, a))
    assert_same(*both(lambda x: x + divisor, a))


@given(dtype=unsigned, data=st.data())
def test_shifts_and_powers(dtype: str, data: st.DataObject) -> None:
    width = np.iinfo(dtype).bits
    a = data.draw(_arrays(dtype), label="a")
    shift = data.draw(_arrays(dtype, a.shape, elements=st.integers(0, width - 1)), label="shift")
    exponent = data.draw(_arrays(dtype, a.shape, elements=st.integers(0, 70)), label="exponent")
    assert_same(*both(ivy.bitwise_left_shift, a, shift))
    assert_same(*both(ivy.bitwise_right_shift, a, shift))
    assert_same(*both(ivy.pow, a, exponent))


@given(dtype=unsigned, data=st.data())
def test_unary(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_arrays(dtype), label="a")
    for fn in (
        ivy.abs,
        ivy.negative,
        ivy.positive,
        ivy.square,
        ivy.sign,
        ivy.bitwise_invert,
        ivy.floor,
        ivy.round,
        ivy.isnan,
        ivy.isfinite,
        ivy.sqrt,
        ivy.exp,
    ):
        assert_same(*both(fn, a))


@given(dtype=unsigned, data=st.data())
def test_reductions_and_scans(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=3, max_side=4)), label="a")
    axis = data.draw(st.integers(-a.ndim, a.ndim - 1), label="axis")
    for fn in (ivy.sum, ivy.prod, ivy.max, ivy.min, ivy.argmax, ivy.argmin, ivy.count_nonzero, ivy.all, ivy.any):
        assert_same(*both(fn, a))
        assert_same(*both(fn, a, axis=axis, keepdims=True))
    assert_same(*both(ivy.sum, a, axis=axis, dtype=getattr(ivy, dtype)))
    assert_same(*both(ivy.cumulative_sum, a, axis=axis, include_initial=True))
    assert_same(*both(ivy.cumulative_prod, a, axis=axis))
    assert_same(*both(ivy.mean, a.astype("float64"), axis=axis))


@given(dtype=unsigned, data=st.data())
def test_ordering_and_sets(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_arrays(dtype, st.integers(1, 8).map(lambda n: (n,))), label="a")
    b = data.draw(_arrays(dtype, (3,)), label="b")
    for descending in (False, True):
        assert_same(*both(ivy.sort, a, descending=descending))
        assert_same(*both(ivy.argsort, a, descending=descending))
    assert_same(*map(unique_sorted, both(ivy.unique_values, a)))
    values, indices, inverse, counts = both(lambda x: tuple(ivy.unique_all(x)), a)[0]
    assert_same(values, np.unique(a))  # sorted, as torch.unique returns them
    assert_same(values[inverse], a)
    assert_same(indices, np.unique(a, return_index=True)[1])  # first occurrences
    assert_same(counts, np.unique(a, return_counts=True)[1])
    assert_same(*both(ivy.isin, b, a))
    sorted_a = np.sort(a)
    assert_same(*both(ivy.searchsorted, sorted_a, b))
    assert_same(*both(ivy.searchsorted, sorted_a, b, side="right"))
    assert_same(*both(lambda x: ivy.clip(x, min=b[0], max=max(b[0], b[1])), a))


@given(dtype=unsigned, data=st.data())
def test_data_movement(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_arrays(dtype, (3, 4)), label="a")
    b = data.draw(_arrays(dtype, (3, 4)), label="b")
    mask = data.draw(hnp.arrays(np.bool_, (3, 4)), label="mask")
    index = np.array([2, 0, -1])
    assert_same(*both(ivy.flip, a))
    assert_same(*both(ivy.roll, a, 2, axis=1))
    assert_same(*both(ivy.tril, a))
    assert_same(*both(ivy.triu, a, k=1))
    assert_same(*both(ivy.take, a, index, axis=1))
    assert_same(*both(ivy.take_along_axis, a, np.argsort(a, axis=1), axis=1))
    assert_same(*both(ivy.where, mask, a, b))
    assert_same(*both(ivy.concat, [a, b], axis=1))
    assert_same(*both(ivy.stack, [a, b]))
    assert_same(*both(ivy.repeat, a, 2, axis=0))
    assert_same(*both(ivy.diff, a, axis=1))
    assert_same(*both(ivy.nonzero, a))
    assert_same(*both(lambda x, m: x[m], a, mask))
    assert_same(*both(lambda x: x[::-1, 1::2], a))
    assert_same(*both(lambda x, i: x[i], a, np.array([0, 2], dtype=dtype)))
    assert_same(*both(ivy.matmul, a, b.T.copy()))
    assert_same(*both(ivy.linalg.outer, a[0], b[0]))
    assert_same(*both(ivy.tensordot, a, b, axes=2))
    assert_same(*both(ivy.vecdot, a, b))
    assert_same(*both(ivy.linalg.trace, a))


@given(dtype=unsigned, data=st.data())
def test_setitem_and_creation(dtype: str, data: st.DataObject) -> None:
    top = int(np.iinfo(dtype).max)
    value = data.draw(st.integers(0, top), label="value")
    a = data.draw(_arrays(dtype, (5,)), label="a")

    def store(x: ivy.Array) -> ivy.Array:
        x[1] = value
        x[::-2] = ivy.asarray([value, 0, 1], dtype=x.dtype)
        return x

    assert_same(*both(store, a.copy()))
    kind = getattr(ivy, dtype)
    for fn in (lambda: ivy.full((2,), value, dtype=kind), lambda: ivy.asarray([value, 0], dtype=kind),
               lambda: ivy.arange(3, dtype=kind), lambda: ivy.eye(3, k=1, dtype=kind),
               lambda: ivy.linspace(0, 10, 4, dtype=kind)):  # fmt: skip
        assert_same(*both(fn))
    assert_same(*both(lambda x: ivy.astype(x, ivy.float64), a))


@pytest.mark.parametrize("dtype", UNSIGNED)
def test_largest_values_round_trip(dtype: str) -> None:
    top = int(np.iinfo(dtype).max)
    x = ivy.asarray([top, 0], dtype=getattr(ivy, dtype))
    assert np.asarray(x).tolist() == [top, 0]
    assert np.asarray(x + 1).tolist() == [0, 1]
    assert np.asarray(ivy.max(x)).item() == top


def test_python_int_of_large_uint64() -> None:
    x = ivy.asarray(2**64 - 1, dtype=ivy.uint64)
    assert int(x) == 2**64 - 1
