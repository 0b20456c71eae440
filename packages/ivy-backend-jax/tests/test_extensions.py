"""Native JAX kernels for Ivy's extensions, against Python's math and NumPy."""

import math

import numpy as np
import pytest
from _oracle import arrays, assert_same, to_ivy
from hypothesis import assume, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy.spec import SPECS


def _declared(*hooks):
    return pytest.mark.skipif(any(h not in SPECS for h in hooks), reason=f"the installed core does not declare {hooks}")


@_declared("erf", "erfinv")
@given(st.sampled_from(["float32", "float64"]), st.data())
def test_erf_and_its_inverse(dtype, data):
    a = data.draw(arrays(dtype, (5,), bound=3))
    assert_same(ivy.erf(to_ivy(a)), np.asarray([math.erf(v) for v in a.tolist()]), dtype=dtype)
    inside = np.clip(a / 4, -0.99, 0.99).astype(dtype)
    back = ivy.erf(ivy.erfinv(to_ivy(inside)))
    np.testing.assert_allclose(np.asarray(back), inside, rtol=1e-5 if dtype == "float32" else 1e-12, atol=1e-6)


@_declared("logsumexp")
@given(st.sampled_from(["float32", "float64"]), st.data())
def test_logsumexp_is_stable(dtype, data):
    a = data.draw(arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=4), bound=500))
    shifted = a.astype(np.float64)
    top = np.max(shifted, axis=-1, keepdims=True)
    expected = (top + np.log(np.sum(np.exp(shifted - top), axis=-1, keepdims=True)))[..., 0]
    assert_same(ivy.logsumexp(to_ivy(a), axis=-1), expected, dtype=dtype)


@_declared("pad")
@given(
    st.sampled_from(["constant", "reflect", "symmetric", "edge", "wrap"]),
    hnp.arrays(np.int32, hnp.array_shapes(min_dims=1, max_dims=2, min_side=2, max_side=4)),
    st.integers(0, 3),
)
def test_pad_matches_numpy(mode, a, width):
    options = {"constant_values": 7} if mode == "constant" else {}
    expected = np.pad(a, width, mode=mode, **options)
    kwargs = {"value": 7} if mode == "constant" else {}
    assert_same(ivy.pad(to_ivy(a), width, mode=mode, **kwargs), expected)


def _reference_unfold(x, kernel, dilation, padding, stride):
    n, c, h, w = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (padding[0],) * 2, (padding[1],) * 2))
    out_h = (h + 2 * padding[0] - dilation[0] * (kernel[0] - 1) - 1) // stride[0] + 1
    out_w = (w + 2 * padding[1] - dilation[1] * (kernel[1] - 1) - 1) // stride[1] + 1
    columns = np.zeros((n, c * kernel[0] * kernel[1], out_h * out_w), dtype=x.dtype)
    for ci in range(c):
        for i in range(kernel[0]):
            for j in range(kernel[1]):
                for oi in range(out_h):
                    for oj in range(out_w):
                        value = padded[:, ci, oi * stride[0] + i * dilation[0], oj * stride[1] + j * dilation[1]]
                        columns[:, (ci * kernel[0] + i) * kernel[1] + j, oi * out_w + oj] = value
    return columns


@_declared("unfold")
@given(
    st.tuples(st.integers(1, 2), st.integers(1, 3), st.integers(3, 6), st.integers(3, 6)),
    st.tuples(st.integers(1, 3), st.integers(1, 3)),
    st.tuples(st.integers(1, 2), st.integers(1, 2)),
    st.tuples(st.integers(0, 1), st.integers(0, 1)),
    st.tuples(st.integers(1, 2), st.integers(1, 2)),
)
def test_unfold_is_torchs_im2col(shape, kernel, dilation, padding, stride):
    for side, k, d, p in zip(shape[2:], kernel, dilation, padding, strict=True):
        assume(side + 2 * p >= d * (k - 1) + 1)  # at least one window position
    x = np.arange(math.prod(shape), dtype=np.float64).reshape(shape)
    expected = _reference_unfold(x, kernel, dilation, padding, stride)
    got = ivy.unfold(ivy.asarray(x), kernel, dilation=dilation, padding=padding, stride=stride)
    assert_same(got, expected, exact=True)


@_declared("erfinv")
@given(st.floats(-1.0, 1.0, exclude_min=True, exclude_max=True, allow_subnormal=False))
def test_erfinv_is_accurate_in_float64(y):  # XLA flushes subnormals to zero on CPU
    mpmath = pytest.importorskip("mpmath")
    expected = float(mpmath.erfinv(mpmath.mpf(y)))
    assume(expected == 0 or abs(expected) >= np.finfo(np.float64).tiny)  # nor subnormal results
    got = float(ivy.erfinv(ivy.asarray(y)))
    # erfinv's condition number grows towards +-1; allow what the input's own rounding causes.
    slope = math.sqrt(math.pi) / 2 * math.exp(expected * expected)
    tolerance = 4 * np.spacing(abs(expected)) + 2 * slope * np.spacing(abs(y))
    assert abs(got - expected) <= tolerance
