"""Differential tests of the places where torch's own behaviour differs from
the core's and the backend adapts it. NumPy (through ivy's NumPy backend, with
the same input values) is the oracle."""

from __future__ import annotations

import math

import numpy as np
import pytest
from conftest import FLOATS, INTEGERS, assert_same, both, unique_sorted
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

floats = st.sampled_from(FLOATS)
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, -3.0, math.inf, -math.inf, math.nan, 1e-300, 5e300]


def _float_arrays(dtype: str, shape: object = None) -> st.SearchStrategy:
    shape = hnp.array_shapes(min_dims=1, max_dims=2, max_side=5) if shape is None else shape
    elements = st.sampled_from(SPECIAL) | st.floats(width=np.finfo(dtype).bits, allow_subnormal=False)
    return hnp.arrays(np.dtype(dtype), shape, elements=elements)


@given(dtype=floats, data=st.data())
def test_floor_divide_and_remainder_special_values(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_float_arrays(dtype), label="a")
    b = data.draw(_float_arrays(dtype, a.shape), label="b")
    with np.errstate(all="ignore"):
        assert_same(*both(ivy.floor_divide, a, b), signed_zeros=True)
        assert_same(*both(ivy.remainder, a, b), signed_zeros=True)
        assert_same(*both(lambda x: x // 2.0, a), signed_zeros=True)
        assert_same(*both(lambda x: -3.5 % x, a), signed_zeros=True)


@given(dtype=st.sampled_from(["int8", "int16", "int32", "int64"]), data=st.data())
def test_integer_division_signs(dtype: str, data: st.DataObject) -> None:
    info = np.iinfo(dtype)
    values = st.integers(info.min + 1, info.max)
    a = data.draw(hnp.arrays(np.dtype(dtype), (6,), elements=values), label="a")
    b = data.draw(hnp.arrays(np.dtype(dtype), (6,), elements=values.filter(bool)), label="b")
    assert_same(*both(ivy.floor_divide, a, b))
    assert_same(*both(ivy.remainder, a, b))
    assert_same(*both(lambda x: x % -7, a))
    assert_same(*both(lambda x: x // -7, a))


@given(dtype=floats, data=st.data())
def test_sign_round_and_nan(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_float_arrays(dtype), label="a")
    for fn in (ivy.sign, ivy.round, ivy.floor, ivy.ceil, ivy.trunc, ivy.abs, ivy.positive):
        assert_same(*both(fn, a), signed_zeros=fn is not ivy.sign)
    c = _complex(a, a[::-1])
    assert_same(*both(ivy.round, c))
    finite = np.isfinite(c)
    with np.errstate(all="ignore"):
        got, want = both(ivy.sign, c)
        # x / |x| with |x| computed on x scaled by its larger part: NumPy's own overflows for |x| near
        # the largest float (it gives 1j for 1.27e308 + 1.27e308j, whose sign is (1 + 1j) / sqrt(2))
        scale = np.maximum(np.abs(c.real), np.abs(c.imag))
        scaled = np.where(scale > 0, c / np.where(scale > 0, scale, 1), c)
        want = np.where(scale > 0, scaled / np.abs(scaled), want).astype(c.dtype)
    assert_same(got[finite], want[finite])
    # the standard: a NaN component gives NaN + NaN j (NumPy differs there)
    nan = np.isnan(c.real) | np.isnan(c.imag)
    assert np.isnan(got[nan].real).all() and np.isnan(got[nan].imag).all()


def _complex(re: np.ndarray, im: np.ndarray) -> np.ndarray:
    z = np.empty(re.shape, dtype="complex64" if re.dtype == np.float32 else "complex128")
    z.real, z.imag = re, im
    return z


@given(dtype=floats, data=st.data())
def test_complex_special_functions(dtype: str, data: st.DataObject) -> None:
    """expm1, log1p and acos on complex arguments, finite and not."""
    re = data.draw(_float_arrays(dtype, (6,)), label="re")
    im = data.draw(_float_arrays(dtype, (6,)), label="im")
    z = _complex(re, im)
    moderate = np.isfinite(z) & (np.abs(z) < 50)
    special = ~np.isfinite(z)
    with np.errstate(all="ignore"):
        for fn in (ivy.expm1, ivy.log1p, ivy.acos):
            got, want = both(fn, z)
            # moderate arguments: values; non-finite ones: where the NaNs are
            assert_same(got[moderate], want[moderate])
            assert np.array_equal(np.isnan(got[special].real), np.isnan(want[special].real))
            assert np.array_equal(np.isnan(got[special].imag), np.isnan(want[special].imag))


@given(dtype=floats, data=st.data())
def test_sorting_with_nans(dtype: str, data: st.DataObject) -> None:
    a = data.draw(_float_arrays(dtype, st.integers(1, 8).map(lambda n: (n,))), label="a")
    for descending in (False, True):
        assert_same(*both(ivy.sort, a, descending=descending))
        assert_same(*both(ivy.argsort, a, descending=descending, stable=True))
    assert_same(*both(ivy.argmax, a))
    assert_same(*both(ivy.argmin, a))
    assert_same(*map(unique_sorted, both(ivy.unique_values, a)))
    assert_same(*map(unique_sorted, both(lambda x: tuple(ivy.unique_counts(x)), a)))
    assert_same(*both(ivy.max, a))
    assert_same(*both(ivy.maximum, a, a[::-1]))


@given(data=st.data())
def test_reductions_over_no_axis_and_keepdims(data: st.DataObject) -> None:
    """torch reads dim=() as every axis; the standard as none."""
    elements = st.floats(-1e6, 1e6) | st.sampled_from([math.inf, -math.inf, math.nan])
    shapes = hnp.array_shapes(min_dims=0, max_dims=3, max_side=3)
    a = data.draw(hnp.arrays(np.float64, shapes, elements=elements), label="a")
    finite = np.abs(a[np.isfinite(a)])
    eps = 64 * np.finfo(np.float64).eps
    # sums round differently (pairwise in NumPy); cancellation leaves absolute errors
    atol = {ivy.sum: eps * finite.sum(), ivy.mean: eps * finite.sum(), ivy.var: eps * (finite.max(initial=0) ** 2),
            ivy.std: np.sqrt(eps) * finite.max(initial=0)}  # fmt: skip
    for fn in (ivy.sum, ivy.prod, ivy.mean, ivy.max, ivy.min, ivy.std, ivy.var, ivy.all, ivy.any, ivy.count_nonzero):
        if fn in (ivy.max, ivy.min) and a.size == 0:
            continue
        assert_same(*both(fn, a, axis=()), atol=atol.get(fn, 0.0))
        assert_same(*both(fn, a, keepdims=True), atol=atol.get(fn, 0.0))
    for fn in (ivy.argmax, ivy.argmin):
        if a.size:
            assert_same(*both(fn, a, keepdims=True))


@given(data=st.data(), correction=st.sampled_from([0, 1, 0.5, 2]))
def test_std_var_correction(data: st.DataObject, correction: float) -> None:
    shape = hnp.array_shapes(min_dims=1, max_dims=2, min_side=3, max_side=5)
    a = data.draw(hnp.arrays(np.float64, shape, elements=st.floats(-1e3, 1e3)), label="a")
    scale = 64 * np.finfo(np.float64).eps * float(np.max(np.abs(a))) ** 2  # rounding of the mean, squared
    assert_same(*both(ivy.var, a, axis=0, correction=correction), atol=scale)
    assert_same(*both(ivy.std, a, correction=correction), atol=np.sqrt(scale))


@given(dtype=st.sampled_from([*INTEGERS, "bool", "float32"]), data=st.data())
def test_sum_prod_accumulators(dtype: str, data: st.DataObject) -> None:
    a = data.draw(hnp.arrays(np.dtype(dtype), hnp.array_shapes(min_dims=1, max_dims=3, max_side=3)), label="a")
    axes = data.draw(st.lists(st.integers(0, a.ndim - 1), unique=True).map(tuple), label="axes")
    if dtype == "float32":
        a = np.nan_to_num(a, posinf=1, neginf=-1).clip(-4, 4)
    assert_same(*both(ivy.sum, a, axis=axes))
    assert_same(*both(ivy.prod, a, axis=axes, keepdims=True))
    assert_same(*both(ivy.cumulative_sum, a, axis=-1, include_initial=True))
    assert_same(*both(ivy.cumulative_prod, a, axis=0))


@given(data=st.data())
def test_negative_step_indexing(data: st.DataObject) -> None:
    """torch slices only forward."""
    a = data.draw(hnp.arrays(np.int32, hnp.array_shapes(min_dims=1, max_dims=3, max_side=5)), label="a")
    steps = st.integers(-3, 3).filter(bool)
    bounds = st.none() | st.integers(-6, 6)
    key = tuple(data.draw(st.builds(slice, bounds, bounds, steps), label=f"slice{i}") for i in range(a.ndim))
    assert_same(*both(lambda x: x[key], a))
    assert_same(*both(lambda x: x[(..., key[-1])], a))
    assert_same(*both(lambda x: x[(None, *key)], a))

    def store(x: ivy.Array) -> ivy.Array:
        x[key] = 7
        return x

    assert_same(*both(store, a.copy()))


@given(data=st.data())
def test_advanced_indexing_with_unsigned_index_arrays(data: st.DataObject) -> None:
    """torch reads a uint8 index array as a mask; the standard as indices."""
    a = data.draw(hnp.arrays(np.float64, (4, 3)), label="a")
    index = data.draw(hnp.arrays(np.uint8, (3,), elements=st.integers(0, 3)), label="index")
    assert_same(*both(lambda x, i: x[i], a, index))
    assert_same(*both(lambda x, i: x[i, 1], a, index))


@given(dtype=st.sampled_from(["int8", "int64", "float32", "float64"]), data=st.data())
def test_clip(dtype: str, data: st.DataObject) -> None:
    a = data.draw(hnp.arrays(np.dtype(dtype), (5,)), label="a")
    low = data.draw(st.integers(-1000, 1000), label="low")
    high = data.draw(st.integers(low, 1000), label="high")
    assert_same(*both(ivy.clip, a, low, high))
    assert_same(*both(ivy.clip, a, None, high))
    bound = a[::-1].copy()
    assert_same(*both(lambda x, b: ivy.clip(x, min=b), a, bound))


@given(num=st.integers(0, 12), endpoint=st.booleans(), start=st.integers(-50, 50), stop=st.integers(-50, 50))
def test_linspace_arange_eye(num: int, endpoint: bool, start: int, stop: int) -> None:
    assert_same(*both(ivy.linspace, start, stop, num, endpoint=endpoint))
    assert_same(*both(ivy.linspace, float(start), stop, num, endpoint=endpoint, dtype=ivy.int32))
    assert_same(*both(ivy.arange, start, stop, 3))
    assert_same(*both(ivy.arange, stop, start, -2.5))
    assert_same(*both(ivy.eye, num, num + 1, k=start % 5 - 2))
    assert_same(*both(ivy.eye, num, 2, k=2**63 if start > 0 else -(2**63) - 1))  # beyond int64


@given(data=st.data())
def test_solve_reads_two_dimensional_right_sides_as_matrices(data: st.DataObject) -> None:
    """torch reads x2 of shape x1.shape[:-1] as a stack of vectors; the standard as matrices."""
    n = data.draw(st.integers(1, 3), label="n")
    batch = data.draw(st.integers(1, 3), label="batch")
    elements = st.floats(-10, 10)
    a = data.draw(hnp.arrays(np.float64, (batch, n, n), elements=elements), label="a") + 10 * np.eye(n) * n
    b = data.draw(hnp.arrays(np.float64, (batch, n), elements=elements), label="b")
    if batch == n:
        assert_same(*both(ivy.linalg.solve, a, b))
    assert_same(*both(ivy.linalg.solve, a[0], b[0]))


@given(dtype=st.sampled_from(["int8", "int32", "float64", "complex128"]), data=st.data())
def test_products(dtype: str, data: st.DataObject) -> None:
    kwargs = {"elements": st.integers(-5, 5)} if "int" in dtype else {"elements": st.floats(-5, 5)}
    a = data.draw(hnp.arrays(np.dtype(dtype), (2, 3), **kwargs), label="a")
    b = data.draw(hnp.arrays(np.dtype(dtype), (3, 2), **kwargs), label="b")
    if dtype == "complex128":
        a = a + 1j * a[:, ::-1]
    assert_same(*both(ivy.matmul, a, b))
    assert_same(*both(ivy.vecdot, a, b.T.copy()))
    assert_same(*both(ivy.tensordot, a, b, axes=1))
    assert_same(*both(ivy.linalg.trace, a[:, :2]))
    assert_same(*both(ivy.linalg.trace, a[:, :2], offset=1, dtype=ivy.complex128))


def test_reshape_copy_false_raises_when_a_copy_is_needed() -> None:
    x = ivy.permute_dims(ivy.reshape(ivy.arange(6), (2, 3)), (1, 0))
    with pytest.raises(ValueError):
        ivy.reshape(x, (6,), copy=False)
    assert ivy.reshape(x, (6,)).shape == (6,)


def test_squeeze_refuses_axes_of_other_sizes() -> None:
    with pytest.raises(ValueError):
        ivy.squeeze(ivy.zeros((1, 2)), axis=1)
    assert ivy.squeeze(ivy.zeros((1, 2)), axis=0).shape == (2,)


def test_asarray_copy_semantics() -> None:
    x = ivy.asarray([1.0, 2.0])
    same = ivy.asarray(x, copy=False)
    copied = ivy.asarray(x, copy=True)
    x[0] = 5.0
    assert float(same[0]) == 5.0
    assert float(copied[0]) == 1.0
    assert ivy.asarray(x).data is x.data
    with pytest.raises(Exception):
        ivy.asarray([1.0], copy=False)
    with pytest.raises(Exception):
        ivy.asarray(x, dtype=ivy.float32, copy=False)
    y = ivy.astype(x, ivy.float64, copy=False)
    assert y.data is x.data
    assert ivy.astype(x, ivy.float64).data is not x.data


def test_asarray_copy_false_raises_value_error() -> None:
    with pytest.raises(ValueError):
        ivy.asarray([1.0], copy=False)


def test_positive_and_real_return_new_arrays() -> None:
    x = ivy.asarray([1.0, 2.0])
    for fn in (ivy.positive, ivy.real, ivy.abs):
        y = fn(x)
        y[0] = -9.0
        assert float(x[0]) == 1.0


def test_buffer_protocol_and_numpy_inputs() -> None:
    import array

    buffer = array.array("i", [1, 2, 3])
    assert_same(*both(lambda: ivy.asarray(buffer)))
    assert_same(*both(lambda: ivy.asarray(np.arange(3, dtype=np.uint16))))
    assert_same(*both(lambda: ivy.asarray([np.float32(1.5)])))


@given(data=st.data(), inner=st.sampled_from([1, 3, 256, 300]))
def test_boolean_matmul(data: st.DataObject, inner: int) -> None:
    """torch has no bool matmul kernel; counting in a narrow integer would wrap at 256."""
    a = data.draw(hnp.arrays(np.bool_, (2, inner)), label="a")
    b = data.draw(hnp.arrays(np.bool_, (inner, 2)), label="b")
    assert_same(*both(ivy.matmul, a, b))
    assert_same(*both(ivy.matmul, np.ones((1, inner), bool), np.ones((inner, 1), bool)))


@given(
    shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=3),
    mask_shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=3),
)
def test_boolean_masks_of_another_shape_raise(shape: tuple, mask_shape: tuple) -> None:
    """torch lets a mismatched mask through when a side is empty; NumPy (the standard) raises."""
    x = np.zeros(shape, dtype="float32")
    mask = np.ones(mask_shape, dtype=bool)
    got, want = both(lambda a, m: a[m], x, mask)
    if want is not None:
        assert_same(got, want)
