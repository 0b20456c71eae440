"""Type promotion is the core's on TensorFlow, which refuses mixed dtypes:
results have ``ivy.result_type``'s dtype and NumPy's values."""

from __future__ import annotations

import numpy as np
import pytest
from _oracle import DTYPES, INTEGERS, REAL, assert_same, np_dtype
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

BINARY = {
    "add": np.add, "subtract": np.subtract, "multiply": np.multiply, "equal": np.equal,
    "not_equal": np.not_equal, "maximum": np.maximum, "minimum": np.minimum, "less": np.less,
    "greater_equal": np.greater_equal,
}  # fmt: skip
NUMERIC = [d for d in DTYPES if d.kind != "b"]


def _values(dtype, n=4, seed=0):
    rng = np.random.default_rng(seed)
    if dtype.kind == "b":
        return rng.integers(0, 2, n).astype(bool)
    if dtype.kind in "iu":
        info = np.iinfo(np_dtype(dtype))
        return rng.integers(max(info.min, -50), min(info.max, 50), n, endpoint=True).astype(np_dtype(dtype))
    if dtype.kind == "f":
        return rng.uniform(-20, 20, n).astype(np_dtype(dtype))
    return (rng.uniform(-5, 5, n) + 1j * rng.uniform(-5, 5, n)).astype(np_dtype(dtype))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NUMERIC), st.sampled_from(NUMERIC), st.sampled_from(sorted(BINARY)), st.integers(0, 99))
def test_mixed_dtypes_promote_like_the_core(d1, d2, name, seed):
    if name in ("maximum", "minimum", "less", "greater_equal") and "c" in (d1.kind, d2.kind):
        return  # not defined for complex numbers
    a, b = _values(d1, seed=seed), _values(d2, seed=seed + 1)
    result = getattr(ivy, name)(ivy.asarray(a), ivy.asarray(b))
    promoted = ivy.result_type(d1, d2)
    expected_dtype = ivy.bool if name in ("equal", "not_equal", "less", "greater_equal") else promoted
    assert result.dtype is expected_dtype
    # the oracle: NumPy on both operands cast to the promoted dtype (exact casts)
    expected = BINARY[name](a.astype(np_dtype(promoted)), b.astype(np_dtype(promoted)))
    assert_same(result, expected)


@pytest.mark.parametrize("dtype", REAL)
@pytest.mark.parametrize("scalar", [3, 2.5, True])
def test_python_scalars_are_weak(dtype, scalar):
    if isinstance(scalar, float) and dtype.kind in "iu":
        expected_dtype = ivy.float64  # the core: an int array with a float scalar is the default float
    else:
        expected_dtype = dtype
    x = ivy.asarray(_values(dtype), dtype=dtype)
    result = x * scalar
    assert result.dtype is expected_dtype
    assert (scalar * x).dtype is expected_dtype
    expected = _values(dtype).astype(np_dtype(expected_dtype)) * np.asarray(scalar, dtype=np_dtype(expected_dtype))
    assert_same(result, expected)


@pytest.mark.parametrize("dtype", INTEGERS)
def test_out_of_range_python_ints_raise_instead_of_wrapping(dtype):
    info = ivy.iinfo(dtype)
    x = ivy.asarray([1], dtype=dtype)
    with pytest.raises(OverflowError):
        ivy.add(x, info.max + 1)
    with pytest.raises(OverflowError):
        ivy.add(info.min - 1, x)
    assert int(ivy.add(ivy.asarray([0], dtype=dtype), info.max)[0]) == info.max


def test_defaults_are_64_bit():
    assert ivy.asarray([1.0]).dtype is ivy.float64
    assert ivy.asarray([1]).dtype is ivy.int64
    assert ivy.asarray(1j).dtype is ivy.complex128
    assert ivy.asarray([True]).dtype is ivy.bool
    assert ivy.zeros((2,)).dtype is ivy.float64
    assert ivy.ones((2,)).dtype is ivy.float64
    assert ivy.full((2,), 3).dtype is ivy.int64
    assert ivy.full((2,), 3.0).dtype is ivy.float64
    assert ivy.arange(3).dtype is ivy.int64
    assert ivy.arange(0.5, 3).dtype is ivy.float64
    assert ivy.linspace(0, 1, 3).dtype is ivy.float64
    assert ivy.eye(2).dtype is ivy.float64
    assert ivy.sum(ivy.asarray([1, 2], dtype=ivy.int8)).dtype is ivy.int64
    assert ivy.sum(ivy.asarray([1, 2], dtype=ivy.uint8)).dtype is ivy.uint64


@given(st.sampled_from(NUMERIC), st.sampled_from(NUMERIC))
@settings(max_examples=40, deadline=None)
def test_concat_and_where_promote(d1, d2):
    a, b = _values(d1), _values(d2)
    promoted = ivy.result_type(d1, d2)
    result = ivy.concat([ivy.asarray(a), ivy.asarray(b)])
    assert_same(result, np.concatenate([a.astype(np_dtype(promoted)), b.astype(np_dtype(promoted))]))
    condition = np.array([True, False, True, False])
    chosen = ivy.where(ivy.asarray(condition), ivy.asarray(a), ivy.asarray(b))
    assert_same(chosen, np.where(condition, a.astype(np_dtype(promoted)), b.astype(np_dtype(promoted))))
