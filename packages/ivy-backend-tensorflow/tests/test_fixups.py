"""Where the backend adapts TensorFlow to the standard, checked against NumPy on the same
inputs (and against Python's math where NumPy itself differs from the standard)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from _oracle import FLOATS, assert_same, np_dtype, to_numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, math.inf, -math.inf, math.nan, 1e-5, 3e5]
#: TensorFlow's CPU kernels flush subnormal floats to zero (on some threads, not others), so
#: inputs and results stay clear of the subnormal range: a documented limit, not tested here.
MAGNITUDE = {np.float16: 1e2, np.float32: 1e8, np.float64: 1e60}


def _moderate(dtype):
    limit = MAGNITUDE[dtype]
    floats = st.floats(-limit, limit, width=np.dtype(dtype).itemsize * 8, allow_subnormal=False)
    return floats.filter(lambda v: v == 0 or abs(v) >= 1 / limit)


def float_arrays(dtype=np.float64, size=6):
    return hnp.arrays(dtype, (size,), elements=_moderate(dtype) | st.sampled_from(SPECIAL))


def _same_bits(got: np.ndarray, expected: np.ndarray) -> None:
    """Equal values, NaN where NaN, and zeros signed alike."""
    assert got.dtype == expected.dtype
    nan = np.isnan(expected)
    np.testing.assert_array_equal(np.isnan(got), nan)
    np.testing.assert_array_equal(got[~nan], expected[~nan])
    np.testing.assert_array_equal(np.signbit(got[~nan]), np.signbit(expected[~nan]))


@settings(max_examples=100, deadline=None)
@given(float_arrays(), float_arrays())
def test_remainder_is_numpys(a, b):
    with np.errstate(all="ignore"):
        expected = np.remainder(a, b)
    _same_bits(to_numpy(ivy.remainder(ivy.asarray(a), ivy.asarray(b))), expected)


@settings(max_examples=100, deadline=None)
@given(float_arrays(), float_arrays())
def test_floor_divide_is_the_floor_of_the_quotient(a, b):
    with np.errstate(all="ignore"):
        # NumPy follows divmod at infinities; the standard asks for floor(a / b) there
        expected = np.where(np.isinf(a) | np.isinf(b), np.floor(a / b), np.floor_divide(a, b))
    got = to_numpy(ivy.floor_divide(ivy.asarray(a), ivy.asarray(b)))
    nan = np.isnan(expected)
    np.testing.assert_array_equal(np.isnan(got), nan)
    np.testing.assert_array_equal(got[~nan], expected[~nan])


BINARY = {"copysign": np.copysign, "hypot": np.hypot, "logaddexp": np.logaddexp, "nextafter": np.nextafter,
          "atan2": np.arctan2, "maximum": np.maximum, "minimum": np.minimum}  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(BINARY)), st.sampled_from([np.float32, np.float64]), st.data())
def test_binary_float_functions(name, dtype, data):
    a = data.draw(float_arrays(dtype))
    b = data.draw(float_arrays(dtype))
    with np.errstate(all="ignore"):
        expected = BINARY[name](a, b)
    result = getattr(ivy, name)(ivy.asarray(a), ivy.asarray(b))
    if name in ("copysign", "nextafter"):  # (the sign of maximum(0.0, -0.0) is unspecified)
        _same_bits(to_numpy(result), expected)
    else:
        assert_same(result, expected, rtol=4 * np.finfo(dtype).eps)


UNARY = {"signbit": np.signbit, "log2": np.log2, "log10": np.log10, "trunc": np.trunc, "round": np.round,
         "isnan": np.isnan, "isfinite": np.isfinite, "sign": np.sign, "expm1": np.expm1, "log1p": np.log1p}  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(UNARY)), st.sampled_from([np.float16, np.float32, np.float64]), st.data())
def test_unary_float_functions(name, dtype, data):
    values = data.draw(float_arrays(dtype))
    with np.errstate(all="ignore"):
        expected = UNARY[name](values)
    result = getattr(ivy, name)(ivy.asarray(values))
    if name in ("log2", "log10", "expm1", "log1p"):
        assert_same(result, expected, rtol=4 * float(np.finfo(dtype).eps))
    else:
        _same_bits(to_numpy(result), expected) if expected.dtype.kind == "f" else assert_same(result, expected)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([np.float32, np.float64]), st.data(), st.booleans())
def test_sort_puts_nan_last_and_is_stable(dtype, data, descending):
    values = data.draw(float_arrays(dtype, data.draw(st.integers(0, 8))))
    x = ivy.asarray(values)
    key = [(math.isnan(v), -v if descending and not math.isnan(v) else v) for v in values.tolist()]
    order = sorted(range(len(values)), key=lambda i: key[i])  # Python's sort is stable; -0.0 == 0.0
    assert to_numpy(ivy.argsort(x, descending=descending)).tolist() == order
    _same_bits(to_numpy(ivy.sort(x, descending=descending)), values[order] if len(values) else values)


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_argmax_argmin_return_the_first_nan(data):
    values = data.draw(float_arrays(np.float64, data.draw(st.integers(1, 8))))
    x = ivy.asarray(values)
    assert int(ivy.argmax(x)) == int(np.argmax(values))
    assert int(ivy.argmin(x)) == int(np.argmin(values))


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_unique_counts_every_nan_apart(data):
    values = data.draw(hnp.arrays(np.float64, st.integers(0, 8), elements=st.sampled_from([0.0, -0.0, 1.0, math.nan])))
    x = ivy.asarray(values)
    result = ivy.unique_all(x)
    got = to_numpy(result.values)
    expected = np.unique(values, equal_nan=False)
    assert sorted(got[~np.isnan(got)].tolist()) == sorted(expected[~np.isnan(expected)].tolist())
    assert int(np.isnan(got).sum()) == int(np.isnan(values).sum())
    counts = to_numpy(result.counts)
    assert int(counts.sum()) == len(values) and result.counts.dtype is ivy.int64
    inverse, first = to_numpy(result.inverse_indices), to_numpy(result.indices)
    np.testing.assert_array_equal(got[inverse], values)  # NaN == NaN here: assert_array_equal treats NaN as equal
    np.testing.assert_array_equal(values[first], got)


@settings(max_examples=80, deadline=None)
@given(st.data(), st.sampled_from(["left", "right"]))
def test_searchsorted_matches_numpy(data, side):
    base = data.draw(float_arrays(np.float64, data.draw(st.integers(0, 8))))
    x1 = np.sort(base)  # NumPy's sort: NaN last, as the standard asks
    x2 = data.draw(float_arrays(np.float64, 4))
    expected = np.searchsorted(x1, x2, side=side)
    got = ivy.searchsorted(ivy.asarray(x1), ivy.asarray(x2), side=side)
    assert got.dtype is ivy.int64
    np.testing.assert_array_equal(to_numpy(got), expected)


@pytest.mark.parametrize("dtype", [*FLOATS, ivy.int16, ivy.uint8])
def test_clip_keeps_the_dtype_and_saturates_bounds(dtype):
    values = np.asarray([0, 3, 100], dtype=np_dtype(dtype))
    result = ivy.clip(ivy.asarray(values), min=1, max=1000)
    limit = np.iinfo(np_dtype(dtype)).max if dtype.kind in "iu" else 1000
    assert_same(result, np.clip(values, 1, min(1000, limit)).astype(np_dtype(dtype)))


def test_casting_complex_to_bool_tests_for_nonzero():
    x = ivy.asarray([0j, 1j, 1 + 0j, complex(0, -0.0)])
    assert to_numpy(ivy.astype(x, ivy.bool)).tolist() == np.asarray([0j, 1j, 1 + 0j, 0j]).astype(bool).tolist()


@pytest.mark.parametrize("correction", [0, 1, 2.5])
def test_std_and_var_with_correction(correction):
    values = np.random.default_rng(3).normal(size=(4, 5))
    x = ivy.asarray(values)
    assert_same(ivy.var(x, axis=1, correction=correction), np.var(values, axis=1, ddof=correction))
    assert_same(
        ivy.std(x, axis=0, correction=correction, keepdims=True), np.std(values, axis=0, ddof=correction, keepdims=True)
    )


def test_empty_and_zero_dimensional_reductions():
    empty = np.zeros((0, 3))
    assert_same(ivy.sum(ivy.asarray(empty), axis=0), np.sum(empty, axis=0))
    assert_same(ivy.prod(ivy.asarray(empty)), np.prod(empty))
    with np.errstate(all="ignore"):
        assert_same(ivy.mean(ivy.asarray(empty), axis=0), np.mean(empty, axis=0))
    with pytest.raises(ValueError):
        ivy.max(ivy.asarray(empty))
    scalar = np.float64(2.5)
    for name in ("sum", "prod", "max", "min", "mean"):
        assert_same(getattr(ivy, name)(ivy.asarray(scalar)), np.asarray(getattr(np, name)(scalar)))
    assert_same(ivy.sort(ivy.asarray(scalar)), np.asarray(scalar))
    assert_same(ivy.cumulative_sum(ivy.asarray([1, 2], dtype=ivy.int8), include_initial=True), np.asarray([0, 1, 3]))


def test_copy_semantics():
    x = ivy.asarray([1.0, 2.0])
    assert ivy.to_native(ivy.asarray(x, copy=False)) is ivy.to_native(x)
    assert ivy.to_native(ivy.asarray(x)) is ivy.to_native(x)
    with pytest.raises(ValueError):
        ivy.asarray(x, dtype=ivy.float32, copy=False)
    copied = ivy.asarray(x, copy=True)
    assert ivy.to_native(copied) is not ivy.to_native(x)
    assert_same(copied, np.asarray([1.0, 2.0]))


def test_copy_false_for_a_python_list_raises_value_error():
    with pytest.raises(ValueError):
        ivy.asarray([1.0, 2.0], copy=False)


FFT_NORMS = ["backward", "ortho", "forward"]


@pytest.mark.parametrize("norm", FFT_NORMS)
@pytest.mark.parametrize("n", [None, 3, 8])
def test_fft_family_against_numpy(norm, n):
    rng = np.random.default_rng(7)
    real = rng.normal(size=(3, 5))
    cplx = real + 1j * rng.normal(size=(3, 5))
    tolerance = 1e-12
    for name, data in (("fft", cplx), ("ifft", cplx), ("rfft", real), ("irfft", cplx), ("hfft", cplx), ("ihfft", real)):
        expected = getattr(np.fft, name)(data, n=n, axis=0, norm=norm)
        assert_same(getattr(ivy.fft, name)(ivy.asarray(data), n=n, axis=0, norm=norm), expected, rtol=tolerance)
    s = None if n is None else (n, 4)
    for name, data in (("fftn", cplx), ("ifftn", cplx), ("rfftn", real), ("irfftn", cplx)):
        expected = getattr(np.fft, name)(data, s=s, axes=(0, 1), norm=norm)
        assert_same(getattr(ivy.fft, name)(ivy.asarray(data), s=s, axes=(0, 1), norm=norm), expected, rtol=tolerance)


def test_fft_keeps_single_precision():
    x = np.arange(8, dtype=np.float32)
    assert ivy.fft.rfft(ivy.asarray(x)).dtype is ivy.complex64
    assert ivy.fft.irfft(ivy.fft.rfft(ivy.asarray(x))).dtype is ivy.float32
    assert ivy.fft.fft(ivy.asarray(x.astype(np.complex64))).dtype is ivy.complex64


def test_linalg_against_numpy():
    rng = np.random.default_rng(11)
    a = rng.normal(size=(2, 4, 3))
    square = rng.normal(size=(2, 3, 3)) + 3 * np.eye(3)
    x = ivy.asarray(a)
    assert_same(ivy.linalg.pinv(x), np.linalg.pinv(a), rtol=1e-10)
    assert_same(ivy.linalg.matrix_rank(x), np.linalg.matrix_rank(a).astype(np.int64))
    for ord_ in ("fro", "nuc", 1, -1, 2, -2, math.inf, -math.inf):
        assert_same(ivy.linalg.matrix_norm(x, ord=ord_), np.linalg.matrix_norm(a, ord=ord_), rtol=1e-10)
    for ord_ in (1, 2, 0, 3, math.inf, -math.inf, 0.5):
        assert_same(
            ivy.linalg.vector_norm(x, axis=(1, 2), ord=ord_),
            np.linalg.vector_norm(a, axis=(1, 2), ord=ord_),
            rtol=1e-10,
        )
    for offset in (-3, -1, 0, 1, 2, 5):
        assert_same(ivy.linalg.diagonal(x, offset=offset), np.linalg.diagonal(a, offset=offset))
        assert_same(ivy.linalg.trace(x, offset=offset), np.linalg.trace(a, offset=offset), rtol=1e-12)
    b = rng.normal(size=(3,))
    assert_same(
        ivy.linalg.solve(ivy.asarray(square), ivy.asarray(b)),
        np.linalg.solve(square, b[None, :, None])[..., 0],
        rtol=1e-10,
    )
    u, s, vh = ivy.linalg.svd(ivy.asarray(a), full_matrices=False)
    np.testing.assert_allclose(to_numpy(u) * to_numpy(s)[..., None, :] @ to_numpy(vh), a, atol=1e-12)
    assert_same(ivy.linalg.cross(ivy.asarray(a[0]), ivy.asarray(a[1, :1])), np.cross(a[0], a[1, :1]))
    assert_same(ivy.linalg.matrix_power(ivy.asarray(square), -2), np.linalg.matrix_power(square, -2), rtol=1e-10)
    assert_same(ivy.linalg.trace(ivy.asarray([[1, 2], [3, 4]], dtype=ivy.uint8)), np.asarray(5, dtype=np.uint64))


# -- copies carry gradients --------------------------------------------------------------------


@given(
    hnp.arrays(np.float32, hnp.array_shapes(min_dims=1, max_dims=3, max_side=4), elements=st.floats(-4, 4, width=32))
)
def test_copies_are_differentiable_like_the_uncopied_program(values):
    """``copy=True`` (asarray, astype, reshape) makes a buffer of its own and passes gradients
    through unchanged: the gradient matches TensorFlow's own of the program without copies."""
    import tensorflow as tf

    def through_ivy(x):
        copied = ivy.asarray(x, copy=True)
        same = ivy.astype(copied, copied.dtype, copy=True)
        flat = ivy.reshape(same * x, (-1,), copy=True)
        return ivy.sum(ivy.sin(flat))

    grad = ivy.grad(through_ivy)(ivy.asarray(values))
    x = tf.constant(values)
    with tf.GradientTape() as tape:
        tape.watch(x)
        total = tf.reduce_sum(tf.sin(tf.reshape(x * x, [-1])))
    np.testing.assert_allclose(to_numpy(grad), tape.gradient(total, x).numpy(), rtol=1e-5, atol=1e-6)
