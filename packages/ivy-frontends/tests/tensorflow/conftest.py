"""Shared checks for the tensorflow frontend tests: every result is compared with real TF's on the same inputs."""

from __future__ import annotations

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np
import pytest
import tensorflow as tf
from hypothesis import HealthCheck, settings

from ivy_frontends import tensorflow as fe

settings.register_profile(
    "tf-frontend", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("tf-frontend")

TOL = {"float16": (1e-2, 1e-2), "bfloat16": (5e-2, 5e-2), "float32": (2e-5, 2e-5), "float64": (1e-10, 1e-10)}
TOL["complex64"], TOL["complex128"] = TOL["float32"], TOL["float64"]


def assert_same(mine, ref, rtol=None, atol=None):
    """A frontend result equals TF's: same structure, dtype, shape, and values within the dtype's tolerance."""
    if isinstance(ref, (tf.Tensor, tf.Variable)):
        assert isinstance(mine, (fe.Tensor, fe.Variable)), f"expected a Tensor, got {type(mine).__name__}"
        assert mine.dtype.name == ref.dtype.name, f"dtype {mine.dtype.name} != TF's {ref.dtype.name}"
        assert tuple(mine.shape) == tuple(ref.shape), f"shape {tuple(mine.shape)} != TF's {tuple(ref.shape)}"
        r, a = TOL.get(ref.dtype.name, (0, 0))
        np.testing.assert_allclose(
            mine.numpy(),
            ref.numpy(),
            rtol=r if rtol is None else rtol,
            atol=a if atol is None else atol,
            equal_nan=True,
        )
    elif isinstance(ref, (tuple, list)):
        assert len(mine) == len(ref)
        for m, r in zip(mine, ref, strict=True):
            assert_same(m, r, rtol, atol)
    else:
        assert mine == ref, f"{mine!r} != TF's {ref!r}"


def run_both(case, *arrays, rtol=None, atol=None):
    """Call ``case(namespace, *tensors)`` with real TF and the frontend on the same data; compare results or errors."""
    t_in = [tf.constant(np.array(a)) for a in arrays]
    f_in = [fe.constant(np.array(a)) for a in arrays]
    try:
        ref = case(tf, *t_in)
    except Exception:  # TF rejects the input: the frontend must reject it too
        with pytest.raises(Exception):
            case(fe, *f_in)
        return
    assert_same(case(fe, *f_in), ref, rtol, atol)
