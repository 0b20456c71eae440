"""torch's top-level runtime queries and settings (autocast, threads, determinism, anomaly mode, matmul
precision, default device, RNG state, typename): one table of call sequences, each run on real torch
and on the frontend; the answers must agree. Real torch's global settings are restored after each case."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
from conftest import run_both

from ivy_frontends import torch as fe
from ivy_frontends.torch import _runtime

DEVICES = ("cpu", "cuda", "xla", "ipu", "mps", "xpu", "hpu")


def _plain(values):
    """dtypes and devices as their torch strings, so both frameworks' answers compare as values."""
    return [v if isinstance(v, (bool, int, float, str, type(None))) else str(v) for v in values]


class _Plain:
    pass


def _autocast_set(T):
    T.set_autocast_enabled("cpu", True)
    T.set_autocast_dtype("cpu", T.float16)
    out = [T.is_autocast_enabled("cpu"), T.is_autocast_cpu_enabled(), T.get_autocast_cpu_dtype()]
    T.set_autocast_cpu_enabled(False)
    T.set_autocast_cpu_dtype(T.bfloat16)
    T.set_autocast_gpu_dtype(T.bfloat16)
    T.set_autocast_xla_enabled(True)
    T.set_autocast_cache_enabled(False)
    out += [T.is_autocast_cpu_enabled(), T.get_autocast_dtype("cpu"), T.get_autocast_dtype("cuda")]
    out += [T.is_autocast_xla_enabled(), T.is_autocast_cache_enabled(), T.clear_autocast_cache()]
    return _plain(out)


def _deterministic(T):
    out = [T.are_deterministic_algorithms_enabled(), T.get_deterministic_debug_mode()]
    T.use_deterministic_algorithms(True, warn_only=True)
    out += [T.are_deterministic_algorithms_enabled(), T.is_deterministic_algorithms_warn_only_enabled()]
    out.append(T.get_deterministic_debug_mode())
    T.set_deterministic_debug_mode("error")
    out += [T.get_deterministic_debug_mode(), T.is_deterministic_algorithms_warn_only_enabled()]
    T.set_deterministic_debug_mode(0)
    return [*out, T.are_deterministic_algorithms_enabled()]


def _flags(T):
    out = [T.is_anomaly_enabled(), T.is_anomaly_check_nan_enabled(), T.is_warn_always_enabled()]
    T.set_anomaly_enabled(True, False)
    T.set_warn_always(True)
    return [*out, T.is_anomaly_enabled(), T.is_anomaly_check_nan_enabled(), T.is_warn_always_enabled()]


def _precision_and_device(T):
    out = [T.get_float32_matmul_precision(), T.get_default_device()]
    T.set_float32_matmul_precision("medium")
    T.set_default_device("cpu")
    out += [T.get_float32_matmul_precision(), T.get_default_device()]
    T.set_default_device(None)
    return _plain([*out, T.get_default_device()])


def _rng_round_trip(T):
    T.manual_seed(3)
    state = T.get_rng_state()
    first = T.rand(4)
    T.set_rng_state(state)
    return [bool(T.equal(first, T.rand(4))), str(state.dtype), state.ndim]


def _typenames(T):
    tensors = [T.ones(2, dtype=getattr(T, d)) for d in ("float32", "float64", "int64", "int32", "uint8", "bool")]
    return [*(T.typename(t) for t in tensors), T.typename(3), T.typename(1.5), T.typename(_Plain())]


CASES = {
    "autocast_defaults": lambda T: _plain(
        [T.is_autocast_enabled()]
        + [f(d) for d in DEVICES for f in (T.is_autocast_enabled, T.get_autocast_dtype)]
        + [T.get_autocast_cpu_dtype(), T.get_autocast_gpu_dtype(), T.get_autocast_ipu_dtype()]
        + [T.get_autocast_xla_dtype(), T.is_autocast_cpu_enabled(), T.is_autocast_ipu_enabled()]
        + [T.is_autocast_xla_enabled(), T.is_autocast_cache_enabled()]
    ),
    "autocast_set": _autocast_set,
    "autocast_nesting": lambda T: [
        T.autocast_increment_nesting(),
        T.autocast_increment_nesting(),
        T.autocast_decrement_nesting(),
        T.autocast_decrement_nesting(),
    ],
    "num_threads": lambda T: [T.set_num_threads(1), T.get_num_threads(), T.init_num_threads()],
    "num_threads_rejects_zero": lambda T: T.set_num_threads(0),
    "deterministic": _deterministic,
    "debug_mode_rejects": lambda T: T.set_deterministic_debug_mode(7),
    "anomaly_warn_always": _flags,
    "precision_and_device": _precision_and_device,
    "precision_ignores_unknown": lambda T: [T.set_float32_matmul_precision("fast"), T.get_float32_matmul_precision()],
    "build_flags": lambda T: [T.compiled_with_cxx11_abi(), T.is_vulkan_available(), T.set_flush_denormal(False)],
    "is_distributed": lambda T: [T.is_distributed(T.ones(2)), T.ones(2).is_distributed()],
    "typename": _typenames,
    "rng_state": _rng_round_trip,
}


@pytest.fixture
def restore_torch():
    """Put real torch's global settings and the frontend's recorded ones back after a case."""
    saved = {
        "autocast": {d: (torch.is_autocast_enabled(d), torch.get_autocast_dtype(d)) for d in DEVICES},
        "threads": torch.get_num_threads(),
        "precision": torch.get_float32_matmul_precision(),
    }
    fe_saved = {k: dict(v) if isinstance(v, dict) else v for k, v in _runtime._state.items()}
    yield
    for d, (enabled, dtype) in saved["autocast"].items():
        torch.set_autocast_enabled(d, enabled)
        torch.set_autocast_dtype(d, dtype)
    torch.set_autocast_cache_enabled(True)
    torch.set_num_threads(saved["threads"])
    torch.set_float32_matmul_precision(saved["precision"])
    torch.use_deterministic_algorithms(False)
    torch.set_anomaly_enabled(False)
    torch.set_warn_always(False)
    torch.set_default_device(None)
    _runtime._state.update(fe_saved)


@pytest.mark.parametrize("name", sorted(CASES))
def test_runtime(name, restore_torch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch deprecates the per-device autocast spellings
        run_both(CASES[name])


def test_rng_state_is_checked():
    with pytest.raises(RuntimeError, match="set_rng_state"):
        fe.set_rng_state(fe.tensor(np.zeros(3, np.float32)))
