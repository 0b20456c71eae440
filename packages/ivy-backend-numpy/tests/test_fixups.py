"""Where the numpy backend adapts NumPy to the standard, checked against Python's own math."""

import cmath
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy


@pytest.fixture(autouse=True)
def _numpy():
    with ivy.using_backend("numpy"):
        yield


FINITE_OR_NOT = st.one_of(st.floats(-1e6, 1e6), st.sampled_from([math.inf, -math.inf, 0.0, -0.0]))


@given(FINITE_OR_NOT, FINITE_OR_NOT.filter(lambda v: v != 0))
def test_floor_divide_is_floor_of_the_quotient_at_infinities(a, b):
    result = float(ivy.floor_divide(ivy.asarray(a), ivy.asarray(b)))
    if math.isinf(a) or math.isinf(b):
        expected = math.floor(a / b) if math.isfinite(a / b) else a / b
        if math.isinf(a) and math.isinf(b):
            assert math.isnan(result)
            return
        assert result == expected and math.copysign(1, result) == math.copysign(1, expected if expected else a / b)
    else:
        assert result == a // b


def _expm1_reference(z: complex) -> complex:
    """exp(z) - 1 by its Taylor series near 0 (exact enough), by cmath elsewhere."""
    if abs(z) >= 0.5:
        return cmath.exp(z) - 1
    term, total = z, z
    for k in range(2, 40):
        term *= z / k
        total += term
    return total


@given(st.complex_numbers(max_magnitude=20, allow_nan=False, allow_infinity=False))
def test_complex_expm1_is_accurate(z):
    result = complex(ivy.expm1(ivy.asarray(z, dtype=ivy.complex128)))
    expected = _expm1_reference(z)
    assert cmath.isclose(result, expected, rel_tol=1e-12, abs_tol=1e-300) or abs(expected) > 1e300


@given(hnp.arrays(np.int16, st.integers(0, 12), elements=st.integers(-3, 3)))
def test_descending_sorts_are_stable(values):
    x = ivy.asarray(values)
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=True)  # Python's sort is stable
    assert np.asarray(ivy.argsort(x, descending=True)).tolist() == order
    assert np.asarray(ivy.sort(x, descending=True)).tolist() == [int(values[i]) for i in order]


@given(hnp.arrays(np.int8, st.integers(0, 6)), st.integers(-1000, 1000), st.integers(-1000, 1000))
def test_clip_keeps_the_dtype_with_out_of_range_bounds(values, low, high):
    result = ivy.clip(ivy.asarray(values), min=low, max=max(low, high))
    assert result.dtype is ivy.int8
    saturate = lambda v: min(max(v, -128), 127)  # noqa: E731 - bounds beyond int8 saturate to its range
    expected = [min(max(int(v), saturate(low)), saturate(max(low, high))) for v in values]
    assert np.asarray(result).tolist() == expected


@pytest.mark.parametrize("name", ["ceil", "floor", "trunc"])
@pytest.mark.parametrize("dtype", [ivy.int8, ivy.uint32, ivy.int64])
def test_rounding_integers_keeps_their_dtype(name, dtype):
    x = ivy.asarray([1, 2, 3], dtype=dtype)
    result = getattr(ivy, name)(x)
    assert result.dtype is dtype and np.asarray(result).tolist() == [1, 2, 3]


@pytest.mark.parametrize(
    ("dtype", "accumulator"), [(ivy.int8, ivy.int64), (ivy.uint8, ivy.uint64), (ivy.bool, ivy.int64)]
)
def test_sums_of_small_integers_accumulate_in_the_default_integer(dtype, accumulator):
    x = ivy.asarray([1, 1, 1], dtype=dtype)
    assert ivy.sum(x).dtype is accumulator and int(ivy.sum(x)) == 3
    assert ivy.prod(x).dtype is accumulator
    assert ivy.cumulative_sum(x).dtype is accumulator


@pytest.mark.parametrize("name", ["fft", "ifft", "rfft", "hfft"])
def test_fft_keeps_single_precision(name):
    source = ivy.asarray([1.0, 2.0, 3.0, 4.0], dtype=ivy.float32 if name == "rfft" else ivy.complex64)
    result = getattr(ivy.fft, name)(source)
    assert result.dtype in (ivy.float32, ivy.complex64)


def test_eig_is_always_complex():
    values, vectors = ivy.linalg.eig(ivy.asarray([[2.0, 0.0], [0.0, 3.0]]))
    assert values.dtype is ivy.complex128 and vectors.dtype is ivy.complex128
    assert sorted(complex(v).real for v in values) == [2.0, 3.0]


def test_count_nonzero_is_default_integer():
    assert ivy.count_nonzero(ivy.asarray([0, 1, 2], dtype=ivy.int8)).dtype is ivy.int64


@given(st.sampled_from([math.inf, -math.inf]), st.floats(-1e300, 1e300))
def test_complex_tanh_at_infinity_signs_zero_like_the_imaginary_input(real, imag):
    """The standard: tanh(+inf + iy) = 1 + 0j for y > 0; tanh is odd and commutes with conj."""
    result = complex(ivy.tanh(ivy.asarray(complex(real, imag))))
    assert result.real == math.copysign(1.0, real)
    assert result.imag == 0.0 and math.copysign(1.0, result.imag) == math.copysign(1.0, imag)
