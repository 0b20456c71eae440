"""Shared checks for the paddle frontend tests: every result is compared with real paddle's on the same inputs."""

from __future__ import annotations

import numpy as np
import paddle
import pytest
from hypothesis import HealthCheck, settings

from ivy_frontends import paddle as fe

settings.register_profile(
    "paddle-frontend", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("paddle-frontend")

TOL = {"float16": (1e-2, 1e-2), "bfloat16": (5e-2, 5e-2), "float32": (1e-5, 1e-5), "float64": (1e-10, 1e-10)}
TOL["complex64"], TOL["complex128"] = TOL["float32"], TOL["float64"]


def _name(d) -> str:
    return str(d).removeprefix("paddle.")


def assert_same(mine, ref, rtol=None, atol=None, check_dtype=True):
    """A frontend result equals paddle's: same structure, dtype, shape, and values within the dtype's tolerance."""
    if isinstance(ref, paddle.Tensor):
        assert isinstance(mine, fe.Tensor), f"expected a Tensor, got {type(mine).__name__}"
        if check_dtype:
            assert _name(mine.dtype) == _name(ref.dtype), f"dtype {mine.dtype} != paddle's {ref.dtype}"
        assert list(mine.shape) == list(ref.shape), f"shape {mine.shape} != paddle's {list(ref.shape)}"
        r, a = TOL.get(_name(ref.dtype), (0, 0))
        expected = ref.numpy() if ref.dtype != paddle.bfloat16 else ref.astype("float32").numpy()
        got = mine.numpy() if mine.dtype != fe.bfloat16 else mine.astype("float32").numpy()
        np.testing.assert_allclose(
            got, expected, rtol=rtol if rtol is not None else r, atol=atol if atol is not None else a, equal_nan=True
        )
    elif isinstance(ref, (tuple, list)):
        assert len(mine) == len(ref)
        for m, r in zip(mine, ref, strict=True):
            assert_same(m, r, rtol, atol, check_dtype)
    elif isinstance(ref, float):
        assert np.isclose(mine, ref, rtol=rtol or 1e-6, atol=atol or 1e-6, equal_nan=True)
    else:
        assert mine == ref, f"{mine!r} != paddle's {ref!r}"


def both(*arrays):
    """The same NumPy data as (paddle tensors, frontend tensors)."""
    return [paddle.to_tensor(np.array(a)) for a in arrays], [fe.to_tensor(np.array(a)) for a in arrays]


def run_both(case, *arrays, rtol=None, atol=None):
    """Call ``case(namespace, *tensors)`` with real paddle and the frontend; compare results or errors."""
    p_in, f_in = both(*arrays)
    try:
        ref = case(paddle, *p_in)
    except Exception as error:  # paddle rejects the input: the frontend must reject it too
        with pytest.raises(Exception):
            case(fe, *f_in)
        return error
    mine = case(fe, *f_in)
    assert_same(mine, ref, rtol, atol)
    return None
