"""uint16/uint32/uint64 are emulated on int64 bits (Paddle cannot hold them):
every operation must give NumPy's dtype and exact values, over the full range."""

import numpy as np
import pytest
from conftest import assert_same, to_numpy
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

UNSIGNED = ["uint8", "uint16", "uint32", "uint64"]
EMULATED = ["uint16", "uint32", "uint64"]


def full_range(dtype, shape=hnp.array_shapes(min_dims=0, max_dims=2, max_side=4)):
    """Arrays over the whole range of ``dtype``, extremes included."""
    info = np.iinfo(dtype)
    edges = st.sampled_from([0, 1, info.max, info.max - 1, info.max // 2, info.max // 2 + 1])
    return hnp.arrays(np.dtype(dtype), shape, elements=st.integers(0, int(info.max)) | edges)


def same_shape_pair(dtype1, dtype2=None):
    return hnp.array_shapes(min_dims=0, max_dims=2, max_side=4).flatmap(
        lambda shape: st.tuples(full_range(dtype1, shape), full_range(dtype2 or dtype1, shape))
    )


BINARY = [
    "add", "subtract", "multiply", "bitwise_and", "bitwise_or", "bitwise_xor", "maximum", "minimum",
    "equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
]  # fmt: skip


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_binary_functions_are_exact_over_the_full_range(name, dtype, data):
    x1, x2 = data.draw(same_shape_pair(dtype))
    assert_same(getattr(ivy, name), x1, x2)


@pytest.mark.parametrize("name", ["floor_divide", "remainder"])
@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_unsigned_division_is_exact(name, dtype, data):
    x1, x2 = data.draw(same_shape_pair(dtype))
    x2 = np.where(x2 == 0, np.ones_like(x2), x2)
    assert_same(getattr(ivy, name), x1, x2)


@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_shifts(dtype, data):
    bits = np.iinfo(dtype).bits
    x = data.draw(full_range(dtype))
    shift = data.draw(hnp.arrays(np.dtype(dtype), x.shape, elements=st.integers(0, bits - 1)))
    assert_same(ivy.bitwise_left_shift, x, shift)
    assert_same(ivy.bitwise_right_shift, x, shift)


@pytest.mark.parametrize(
    "name", ["negative", "bitwise_invert", "square", "abs", "sign", "positive", "isnan", "isfinite"]
)  # fmt: skip
@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_unary_functions(name, dtype, data):
    assert_same(getattr(ivy, name), data.draw(full_range(dtype)))


@pytest.mark.parametrize("dtype", UNSIGNED)
@given(data=st.data())
def test_reductions_accumulate_in_uint64(dtype, data):
    x = data.draw(full_range(dtype, hnp.array_shapes(min_dims=1, max_dims=2, max_side=4)))
    assert_same(lambda a: (ivy.sum(a), ivy.prod(a), ivy.max(a), ivy.min(a), ivy.argmax(a)), x)
    assert_same(lambda a: ivy.cumulative_sum(ivy.reshape(a, (-1,))), x)


@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_ordering_and_sets(dtype, data):
    x = data.draw(full_range(dtype, hnp.array_shapes(min_dims=1, max_dims=1, max_side=8)))
    assert_same(lambda a: (ivy.sort(a), ivy.sort(a, descending=True), ivy.argsort(a, stable=True)), x)
    assert_same(lambda a: ivy.unique_counts(a), x)
    assert_same(lambda a: ivy.searchsorted(ivy.sort(a), a), x)


@pytest.mark.parametrize("source", EMULATED)
@pytest.mark.parametrize("target", ["float64", "float32", "int64", "int8", "uint8", "bool", "uint16", "uint64"])
@given(data=st.data())
def test_astype(source, target, data):
    assert_same(lambda a: ivy.astype(a, getattr(ivy, target)), data.draw(full_range(source)))


@pytest.mark.parametrize("dtype", EMULATED)
@pytest.mark.parametrize("other", ["int8", "int64", "uint8", "float32", "uint32"])
@given(data=st.data())
def test_mixed_dtypes_promote_like_the_core(dtype, other, data):
    x1, x2 = data.draw(same_shape_pair(dtype, other if other.startswith("u") else "uint8"))
    x2 = x2.astype(other)

    def program(a, b):
        result = ivy.add(a, b)
        assert result.dtype is ivy.result_type(a, b)
        return result, ivy.less(a, b), ivy.concat([ivy.reshape(a, (-1,)), ivy.reshape(b, (-1,))])

    assert_same(program, x1, x2)


@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_python_scalars(dtype, data):
    x = data.draw(full_range(dtype))
    value = data.draw(st.integers(0, int(np.iinfo(dtype).max)))
    assert_same(lambda a: (a + value, value * a, a // 3, a == value, ivy.clip(a, min=7, max=10**30)), x)
    with pytest.raises(OverflowError):
        ivy.add(ivy.asarray(x), -1)


@pytest.mark.parametrize("dtype", EMULATED)
@given(data=st.data())
def test_matmul_and_manipulation(dtype, data):
    x = data.draw(full_range(dtype, st.just((3, 3))))
    assert_same(
        lambda a: (a @ a, ivy.flip(a), ivy.roll(a, 1), a[1:, ::-1], ivy.take(a, ivy.asarray([2, 0]), axis=1),
                   ivy.where(a > 5, a, ivy.zeros_like(a)), ivy.reshape(a, (9,)), ivy.stack([a, a]), ivy.tril(a)),
        x,
    )  # fmt: skip


@pytest.mark.parametrize("dtype", EMULATED)
def test_setitem_and_scalars(dtype):
    top = int(np.iinfo(dtype).max)
    x = ivy.zeros((3,), dtype=getattr(ivy, dtype))
    x[1] = top
    x[ivy.asarray([True, False, False])] = 5
    assert x.dtype is getattr(ivy, dtype)
    assert to_numpy(x).tolist() == [5, top, 0]
    assert int(x[1]) == top and float(x[0]) == 5.0 and bool(x[2]) is False
    assert np.asarray(x).dtype == np.dtype(dtype)


@pytest.mark.parametrize("dtype", EMULATED)
def test_numpy_arrays_of_unsigned_dtypes_round_trip(dtype):
    # Paddle's to_tensor would silently read numpy.uint16 data as bfloat16
    values = np.array([0, 1, np.iinfo(dtype).max], dtype=dtype)
    x = ivy.asarray(values)
    assert x.dtype is getattr(ivy, dtype)
    assert np.array_equal(to_numpy(x), values)
    assert np.array_equal(np.from_dlpack(x), values)
    assert np.array_equal(to_numpy(ivy.from_dlpack(values)), values)


def test_the_unsigned_dtypes_are_supported():
    supported = ivy.__array_namespace_info__().dtypes()
    assert {"uint8", "uint16", "uint32", "uint64"} <= set(supported)
