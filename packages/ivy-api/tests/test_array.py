"""``ivy.Array`` against NumPy on the numpy backend: operators, indexing, conversions."""

import operator

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy


@pytest.fixture(autouse=True)
def _numpy():
    ivy.set_backend("numpy")


INTS = hnp.arrays(np.int32, hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4),
                  elements=st.integers(-1000, 1000))  # fmt: skip
FLOATS = hnp.arrays(np.float64, hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4),
                    elements=st.floats(allow_nan=True, allow_infinity=True))  # fmt: skip

BINARY = [operator.add, operator.sub, operator.mul, operator.truediv, operator.eq, operator.ne, operator.lt,
          operator.le, operator.gt, operator.ge]  # fmt: skip


@pytest.mark.parametrize("op", BINARY, ids=lambda op: op.__name__)
@given(a=FLOATS, scalar=st.floats(-10, 10))
def test_binary_operators_with_arrays_and_reflected_scalars(op, a, scalar):
    x = ivy.asarray(a)
    with np.errstate(all="ignore"):
        for ours, expected in ((op(x, x), op(a, a)), (op(x, scalar), op(a, scalar)), (op(scalar, x), op(scalar, a))):
            assert isinstance(ours, ivy.Array)
            np.testing.assert_array_equal(np.asarray(ours), expected)
            assert ours.dtype.name == np.asarray(expected).dtype.name


@pytest.mark.parametrize("op", [operator.and_, operator.or_, operator.xor, operator.lshift, operator.rshift,
                                operator.floordiv, operator.mod])  # fmt: skip
@given(a=INTS, b=st.integers(1, 7))
def test_integer_operators(op, a, b):
    x = ivy.asarray(a)
    np.testing.assert_array_equal(np.asarray(op(x, b)), op(a, np.int32(b)))
    np.testing.assert_array_equal(
        np.asarray(op(b, x)) if op not in (operator.lshift, operator.rshift) else 0,
        op(np.int32(b), a) if op not in (operator.lshift, operator.rshift) else 0,
    )


@given(a=INTS)
def test_unary_operators(a):
    x = ivy.asarray(a)
    for op in (operator.neg, operator.pos, operator.abs, operator.invert):
        np.testing.assert_array_equal(np.asarray(op(x)), op(a))


@given(a=FLOATS, b=st.floats(-3, 3))
def test_in_place_operators_rebind_and_keep_dtype(a, b):
    x = ivy.asarray(a.copy())
    alias = x
    x += b
    x *= 2
    with np.errstate(all="ignore"):
        expected = (a + b) * 2
    assert alias is x
    np.testing.assert_array_equal(np.asarray(x), expected)
    assert x.dtype is ivy.float64


def test_matmul_operators():
    a = np.arange(6.0).reshape(2, 3)
    x = ivy.asarray(a)
    np.testing.assert_array_equal(np.asarray(x @ x.T), a @ a.T)
    np.testing.assert_array_equal(np.asarray(a.T @ x), a.T @ a)


@given(a=hnp.arrays(np.float64, (4, 5), elements=st.floats(-5, 5)), i=st.integers(-4, 3), j=st.integers(-5, 4))
def test_getitem_and_setitem(a, i, j):
    x = ivy.asarray(a.copy())
    expected = a.copy()
    for key in (i, (i, j), slice(1, None), (Ellipsis, j), (None, i), (slice(None, None, -1), j)):
        np.testing.assert_array_equal(np.asarray(x[key]), expected[key])
    mask = a > 0
    np.testing.assert_array_equal(np.asarray(x[ivy.asarray(mask)]), a[mask])
    x[i, j] = 7.0
    expected[i, j] = 7.0
    x[ivy.asarray(mask)] = ivy.asarray(0.5)
    expected[mask] = 0.5
    x[:, 0] = ivy.asarray(np.arange(4.0))
    expected[:, 0] = np.arange(4.0)
    np.testing.assert_array_equal(np.asarray(x), expected)


def test_properties():
    a = np.zeros((2, 3, 4), dtype=np.float32)
    x = ivy.asarray(a)
    assert x.shape == (2, 3, 4) and x.ndim == 3 and x.size == 24 and x.dtype is ivy.float32
    assert x.device == ivy.Device("cpu") and x.device == "cpu"
    assert x.mT.shape == (2, 4, 3)
    assert ivy.asarray(np.zeros((2, 5))).T.shape == (5, 2)
    assert x.__array_namespace__() is ivy
    with pytest.raises(ValueError, match="unsupported api_version"):
        x.__array_namespace__(api_version="1999.01")
    assert x.to_device("cpu").shape == x.shape


def test_python_scalar_conversions():
    assert bool(ivy.asarray(True)) is True
    assert int(ivy.asarray(7)) == 7 and float(ivy.asarray(2.5)) == 2.5 and complex(ivy.asarray(1j)) == 1j
    assert operator.index(ivy.asarray(3)) == 3
    assert [1, 2, 3, 4][ivy.asarray(2)] == 3
    with pytest.raises(TypeError):
        operator.index(ivy.asarray(3.0))
    with pytest.raises(TypeError, match="only arrays with one element"):
        bool(ivy.asarray([1, 2]))


def test_dlpack_round_trip_with_numpy():
    a = np.arange(5.0)
    x = ivy.asarray(a)
    assert x.__dlpack_device__() == a.__dlpack_device__()
    np.testing.assert_array_equal(np.from_dlpack(x), a)
    np.testing.assert_array_equal(np.asarray(ivy.from_dlpack(x)), a)


def test_functions_accept_native_arrays_and_return_ivy_arrays():
    result = ivy.add(np.ones(3), np.ones(3))
    assert isinstance(result, ivy.Array) and isinstance(ivy.to_native(result), np.ndarray)
    assert ivy.to_native(5) == 5


def test_repr_is_readable():
    text = repr(ivy.asarray([1.0, 2.0], dtype=ivy.float32))
    assert text.startswith("ivy.Array(") and "dtype=float32" in text and "backend=numpy" in text


def test_iteration_and_len():
    x = ivy.asarray([[1, 2], [3, 4]])
    assert len(x) == 2
    assert [np.asarray(row).tolist() for row in x] == [[1, 2], [3, 4]]
