"""Shared helpers: run the same program on the paddle backend and on the numpy
backend (the oracle) with the same NumPy inputs, and compare."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import settings

import ivy

settings.register_profile("ivy-paddle", deadline=None, max_examples=60)
settings.load_profile("ivy-paddle")

#: relative tolerance that fits each dtype (a few ulps)
RTOL = {"float16": 4e-3, "bfloat16": 3e-2, "float32": 4e-6, "complex64": 4e-6, "float64": 1e-13, "complex128": 1e-13}


@pytest.fixture(autouse=True)
def _paddle():
    with ivy.using_backend("paddle"):
        yield


def to_numpy(value):
    """A NumPy array with the values of an ivy array (bfloat16 via float32: Paddle hands out its raw bits)."""
    if isinstance(value, ivy.Array):
        if value.dtype is ivy.bfloat16:
            return np.asarray(ivy.astype(value, ivy.float32).data)
        return np.asarray(value.data)
    return np.asarray(value)


def run(backend, program, *inputs):
    """``program`` on ``backend`` with the NumPy ``inputs`` as ivy arrays; results as (dtype name, NumPy array)."""
    with ivy.using_backend(backend):
        arrays = [ivy.asarray(np.asarray(i)) if isinstance(i, np.ndarray) else i for i in inputs]
        result = program(*arrays)
        leaves = list(result) if isinstance(result, (tuple, list)) else [result]
        return [(leaf.dtype.name, to_numpy(leaf)) for leaf in leaves]


def assert_same(program, *inputs, rtol=None, atol=0.0):
    """``program`` gives the same dtypes and values on paddle as on numpy."""
    expected = run("numpy", program, *inputs)
    got = run("paddle", program, *inputs)
    assert len(got) == len(expected)
    for (got_dtype, got_value), (want_dtype, want_value) in zip(got, expected):
        assert got_dtype == want_dtype
        assert got_value.shape == want_value.shape
        tolerance = RTOL.get(want_dtype, 0.0) if rtol is None else rtol
        if tolerance == 0.0 and atol == 0.0:
            np.testing.assert_array_equal(got_value, want_value)
        else:
            np.testing.assert_allclose(got_value, want_value, rtol=tolerance, atol=atol, equal_nan=True)
