"""Shared checks for the torch frontend tests: every result is compared with real torch's on the same inputs."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, settings

from ivy_frontends import torch as fe

settings.register_profile(
    "torch-frontend", max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.load_profile("torch-frontend")

TOL = {"float16": (1e-2, 1e-2), "bfloat16": (5e-2, 5e-2), "float32": (1e-5, 1e-5), "float64": (1e-10, 1e-10)}
TOL["complex64"], TOL["complex128"] = TOL["float32"], TOL["float64"]


def assert_same(mine, ref, rtol=None, atol=None, check_dtype=True):
    """A frontend result equals torch's: same structure, dtype, shape, and values within the dtype's tolerance."""
    if isinstance(ref, torch.Tensor):
        assert isinstance(mine, fe.Tensor), f"expected a Tensor, got {type(mine).__name__}"
        if check_dtype:
            assert repr(mine.dtype) == str(ref.dtype), f"dtype {mine.dtype} != torch's {ref.dtype}"
        assert tuple(mine.shape) == tuple(ref.shape), f"shape {tuple(mine.shape)} != torch's {tuple(ref.shape)}"
        r, a = TOL.get(str(ref.dtype).removeprefix("torch."), (0, 0))
        expected = ref.detach().numpy() if ref.dtype != torch.bfloat16 else ref.detach().float().numpy()
        got = mine.numpy() if mine.dtype is not fe.bfloat16 else mine.float().numpy()
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
        assert mine == ref or (type(ref) is torch.Size and tuple(mine) == tuple(ref)), f"{mine!r} != torch's {ref!r}"


def both(*arrays):
    """The same NumPy data as (torch tensors, frontend tensors)."""
    return [torch.from_numpy(np.array(a)) for a in arrays], [fe.tensor(np.array(a)) for a in arrays]


def run_both(case, *arrays, rtol=None, atol=None):
    """Call ``case(namespace, *tensors)`` with real torch and the frontend; compare results or errors."""
    t_in, f_in = both(*arrays)
    try:
        ref = case(torch, *t_in)
    except Exception as error:  # torch rejects the input: the frontend must reject it too
        with pytest.raises(Exception):
            case(fe, *f_in)
        return error
    mine = case(fe, *f_in)
    assert_same(mine, ref, rtol, atol)
    return None
