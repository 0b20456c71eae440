"""Where the paddle backend corrects Paddle, checked against the numpy backend
on the same inputs (NumPy is the oracle; tolerances fit each dtype)."""

import math

import numpy as np
import pytest
from conftest import assert_same, to_numpy
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

SMALL = ["int8", "int16", "uint8", "bool"]
INTS = ["int8", "int16", "int32", "int64", "uint8"]


def arrays(dtype, shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=4), **kwargs):
    return hnp.arrays(np.dtype(dtype), shape, **kwargs)


def floats(dtype, shape=hnp.array_shapes(min_dims=0, max_dims=3, max_side=4)):
    """Finite and non-finite floats, signed zeros and tiny values (Paddle's ``==`` tolerance)."""
    width = np.finfo(dtype).bits
    special = st.sampled_from([0.0, -0.0, math.inf, -math.inf, math.nan, 1e-30, -1e-30, 1.0, -1.0])
    return arrays(dtype, shape, elements=st.floats(width=width, allow_subnormal=False) | special)


# -- equality: Paddle's equal treats floats closer than 1e-8 as equal ----------------------
@pytest.mark.parametrize("dtype", ["float32", "float64", "complex64", "complex128"])
@given(data=st.data())
def test_equality_is_exact(dtype, data):
    real = "float32" if dtype in ("float32", "complex64") else "float64"
    shape = data.draw(hnp.array_shapes(min_dims=1, max_dims=2, max_side=4))
    x1 = data.draw(floats(real, st.just(shape))).astype(dtype)
    x2 = data.draw(floats(real, st.just(shape))).astype(dtype)
    x2 = np.where(data.draw(arrays("bool", st.just(shape))), x1, x2)  # some equal pairs
    assert_same(lambda a, b: (a == b, a != b, ivy.isin(a, b), ivy.equal(a, 1e-30)), x1, x2)


@given(floats("float64", hnp.array_shapes(min_dims=1, max_dims=2, max_side=5)))
def test_zero_tests_are_exact(x):
    assert_same(lambda a: (ivy.count_nonzero(a), ivy.any(a), ivy.all(a), *ivy.nonzero(a)), x)


@given(floats("float64", hnp.array_shapes(min_dims=1, max_dims=1, max_side=8)))
def test_unique_treats_every_nan_as_distinct(x):
    assert_same(lambda a: ivy.unique_all(a)[0::3], x)  # values and counts
    assert_same(lambda a: ivy.unique_inverse(a)[1], np.nan_to_num(x))


# -- missing kernels: small integers and half floats go through a wider dtype ----------------
@pytest.mark.parametrize("dtype", SMALL)
@given(data=st.data())
def test_small_integers_wrap_like_numpy(dtype, data):
    shape = data.draw(hnp.array_shapes(min_dims=0, max_dims=2, max_side=4))
    x1, x2 = data.draw(arrays(dtype, st.just(shape))), data.draw(arrays(dtype, st.just(shape)))
    if dtype == "bool":
        assert_same(lambda a, b: (a * b, a & b, ivy.where(a, a, b), ivy.sort(ivy.reshape(a, (-1,)))), x1, x2)
        return
    assert_same(
        lambda a, b: (a * b, a - b, ivy.square(a), ivy.abs(a), ivy.maximum(a, b), ivy.flip(a), ivy.roll(a, 1),
                      ivy.where(a > b, a, b), ivy.sort(ivy.reshape(a, (-1,))), ivy.max(a), -a),
        x1, x2,
    )  # fmt: skip


@pytest.mark.parametrize("name", ["sin", "exp", "sqrt", "log1p", "tanh", "trunc", "round", "sign"])
@given(x=arrays("float16", elements=st.floats(0, 10, width=16)))
def test_half_floats_compute_in_float32_and_round_back(name, x):
    assert_same(getattr(ivy, name), x)


HALF_BITS = arrays("uint16", st.just((6,))).map(lambda bits: bits.view(np.float16))  # every float16, NaNs too


@given(HALF_BITS, HALF_BITS)
def test_half_float_nextafter_steps_one_half_ulp(x1, x2):
    assert_same(ivy.nextafter, x1, x2)


# -- integer semantics ---------------------------------------------------------------------
@pytest.mark.parametrize("dtype", INTS)
@given(data=st.data())
def test_integer_division_floors(dtype, data):
    x1 = data.draw(arrays(dtype, st.just((8,))))
    x2 = data.draw(arrays(dtype, st.just((8,)))).astype(dtype)
    x2 = np.where(x2 == 0, np.ones_like(x2), x2)
    assert_same(lambda a, b: (a // b, a % b), x1, x2)


@pytest.mark.parametrize("dtype", ["int32", "int64"])
@given(data=st.data())
def test_integer_powers_are_exact(dtype, data):
    # Paddle's integer pow goes through double precision: wrong above 2**53
    base = data.draw(arrays(dtype, st.just((6,)), elements=st.integers(-9, 9)))
    exponent = data.draw(arrays(dtype, st.just((6,)), elements=st.integers(0, 40)))
    assert_same(ivy.pow, base, exponent)


@pytest.mark.parametrize("dtype", ["int8", "int32", "int64"])
@given(data=st.data())
def test_integer_matmul_is_exact(dtype, data):
    # Paddle's integer matmul computes in single precision and saturates
    x1 = data.draw(arrays(dtype, st.just((3, 4))))
    x2 = data.draw(arrays(dtype, st.just((4, 2))))
    assert_same(lambda a, b: (a @ b, ivy.tensordot(a, b, axes=1), ivy.vecdot(a, ivy.matrix_transpose(b)[:1])), x1, x2)
    assert_same(lambda a: ivy.linalg.matrix_power(a[:3, :3], 3), x1)


# -- floating special values ---------------------------------------------------------------
@given(floats("float64", st.just((6,))), floats("float64", st.just((6,))))
def test_floor_divide_and_remainder_signs(x1, x2):
    # inf // finite is the floor of the quotient; remainder takes x2's sign, zeros included
    assert_same(lambda a, b: (a // b, a % b), x1, x2)


@given(floats("float64", st.just((6,))), floats("float64", st.just((6,))))
def test_logaddexp_at_infinities(x1, x2):
    # Paddle's exp is not accurate for subnormal results: an absolute tolerance there
    assert_same(ivy.logaddexp, x1, x2, rtol=1e-13, atol=1e-300)


MODERATE_OR_NOT = st.floats(-700, 700) | st.sampled_from([math.inf, -math.inf, math.nan])


@given(
    hnp.arrays(
        np.complex128,
        st.just((5,)),
        elements=st.builds(complex, MODERATE_OR_NOT, st.floats()),
    )
)
def test_complex_exp_special_values_and_large_imaginary_parts(x):
    assert_same(ivy.exp, x, rtol=1e-12, atol=1e-300)


# -- statistics ----------------------------------------------------------------------------------
@pytest.mark.parametrize("dtype", ["int8", "uint8", "bool", "int32"])
@given(data=st.data())
def test_sums_of_small_integers_accumulate_in_the_default_integer(dtype, data):
    x = data.draw(arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=2, max_side=5)))
    assert_same(lambda a: (ivy.sum(a), ivy.prod(a, axis=0), ivy.cumulative_sum(a, axis=0), ivy.sum(a, axis=())), x)


@given(floats("float64", hnp.array_shapes(min_dims=0, max_dims=2, max_side=4)), st.sampled_from([0, 1]))
def test_var_and_std_with_correction(x, correction):
    assert_same(lambda a: (ivy.var(a, correction=correction), ivy.std(a, axis=(), correction=0)), x, rtol=1e-9)


# -- creation ----------------------------------------------------------------------------------
@given(
    st.integers(-20, 20) | st.floats(-20, 20),
    st.integers(-20, 20) | st.floats(-20, 20),
    st.sampled_from([1, 2, -1, -3, 0.5, -0.25]),
)
def test_arange_has_the_standards_length(start, stop, step):
    assert_same(lambda: ivy.arange(start, stop, step), rtol=1e-12, atol=1e-12)


@given(st.integers(0, 5), st.integers(0, 5), st.integers(-7, 7))
def test_eye_diagonals(rows, cols, k):
    assert_same(lambda: (ivy.eye(rows, cols, k=k), ivy.tril(ivy.ones((rows, cols)), k=k)))


@given(st.floats(-10, 10), st.floats(-10, 10), st.integers(0, 7), st.booleans())
def test_linspace(start, stop, num, endpoint):
    assert_same(lambda: ivy.linspace(start, stop, num, endpoint=endpoint), rtol=1e-12, atol=1e-12)


def test_reshape_to_and_from_empty_shapes():
    # Paddle reads a 0 in a shape as "keep this dimension"
    assert_same(lambda: (ivy.reshape(ivy.zeros((0, 3)), (3, 0)), ivy.reshape(ivy.zeros((2, 0)), (0, 3, 5))))
    with pytest.raises(ValueError):
        ivy.reshape(ivy.zeros((2, 3)), (0, 6))


def test_squeeze_refuses_an_axis_that_is_not_one():
    with pytest.raises(ValueError):
        ivy.squeeze(ivy.zeros((2, 3)), axis=0)


def test_integer_division_by_zero_is_an_error_not_a_value():
    with pytest.raises(Exception, match=r"(?i)division by zero"):
        ivy.floor_divide(ivy.asarray([1, 2]), ivy.asarray([1, 0]))


def test_copy_semantics():
    x = ivy.asarray([1.0, 2.0])
    same = ivy.asarray(x, copy=False)
    fresh = ivy.asarray(x, copy=True)
    x[0] = 5.0
    assert float(same[0]) == 5.0 and float(fresh[0]) == 1.0
    assert ivy.astype(x, ivy.float64, copy=False).data is x.data
    with pytest.raises(ValueError):
        ivy.asarray(x, dtype=ivy.float32, copy=False)
    with pytest.raises((ValueError, TypeError)):  # the core re-diagnoses this one as a TypeError
        ivy.asarray([1.0], copy=False)


def test_bfloat16_values_are_read_as_values():
    x = ivy.asarray([1.5, -2.0], dtype=ivy.bfloat16)
    assert x.dtype is ivy.bfloat16
    assert to_numpy(x).tolist() == [1.5, -2.0]
    assert float(ivy.sum(x)) == -0.5
