"""torch's top level beyond the tensor math: runtime queries and settings (autocast, threads, determinism,
anomaly mode, matmul precision, default device, RNG state, typename), one table of call sequences whose
answers must agree with real torch's (real torch's global settings are restored after each case); and the
functional kernels torch exposes at the top (batch_norm, embedding, kl_div, ... with ATen's signatures),
one table of calls on hypothesis-drawn data."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import torch
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

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


def _floats(shape, low=-3.0, high=3.0):
    return hnp.arrays(np.float32, shape, elements=st.floats(low, high, width=32, allow_subnormal=False))


X = _floats((2, 3, 4))
V = _floats((3,), 0.5, 2.0)
ROWS = _floats((4, 3))
IDX = hnp.arrays(np.int64, (2, 3), elements=st.integers(0, 3))
SIGN = hnp.arrays(np.float32, (2,), elements=st.sampled_from([-1.0, 1.0]))
PROB = _floats((2, 3, 4), 0.0, 1.0)
W4 = _floats((4,), 0.5, 2.0)
PAIR = _floats((2, 3))

# name -> (strategies of the inputs, call on a namespace T with tensors)
KERNELS = {
    "batch_norm_train": ((X, V, V), lambda T, x, w, b: T.batch_norm(x, w, b, None, None, True, 0.1, 1e-5, False)),
    "batch_norm_eval": ((X, V, V), lambda T, x, m, v: T.batch_norm(x, None, None, m, v, False, 0.1, 1e-5, False)),
    "embedding": ((ROWS, IDX), lambda T, w, i: T.embedding(w, i)),
    "embedding_float_indices": ((ROWS, ROWS), lambda T, w, i: T.embedding(w, i)),
    "kl_div": ((X, PROB), lambda T, x, t: [T.kl_div(x, t, r) for r in (0, 1, 2)]),
    "kl_div_log_target": ((X, X), lambda T, x, t: T.kl_div(x, t, 2, log_target=True)),
    "constant_pad_nd": ((X,), lambda T, x: T.constant_pad_nd(x, [1, 2, 0, 1], 2.5)),
    "constant_pad_nd_crop": ((X,), lambda T, x: T.constant_pad_nd(x, (-1, 1))),
    "bce_with_logits": (
        (X, PROB),
        lambda T, x, t: [T.binary_cross_entropy_with_logits(x, t, None, None, r) for r in (0, 1, 2)],
    ),
    "bce_with_logits_weights": (
        (X, PROB, W4, W4),
        lambda T, x, t, w, pw: T.binary_cross_entropy_with_logits(x, t, w, pw, 2),
    ),
    "cosine_embedding_loss": (
        (PAIR, PAIR, SIGN),
        lambda T, a, b, y: [T.cosine_embedding_loss(a, b, y, 0.2, r) for r in (0, 1, 2)],
    ),
    "hinge_embedding_loss": (
        (PAIR, PAIR.map(np.sign)),
        lambda T, x, y: [T.hinge_embedding_loss(x, y, 0.5, r) for r in (0, 2)],
    ),
    "margin_ranking_loss": ((SIGN, SIGN, SIGN), lambda T, a, b, y: T.margin_ranking_loss(a, b, y, 0.1, 1)),
    "poisson_nll_loss": (
        (X, PROB),
        lambda T, x, t: [T.poisson_nll_loss(x, t, True, f, 1e-8, 1) for f in (False, True)],
    ),
    "triplet_margin_loss": (
        (PAIR, PAIR, PAIR),
        lambda T, a, p, n: [T.triplet_margin_loss(a, p, n, 1.0, 2, 1e-6, s, 0) for s in (False, True)],
    ),
    "rms_norm": ((X, _floats((4,))), lambda T, x, w: T.rms_norm(x, [4], w, 1e-5)),
    "native_channel_shuffle": ((_floats((1, 4, 2)),), lambda T, x: T.native_channel_shuffle(x, 2)),
    "convolution": ((X, _floats((5, 3, 2))), lambda T, x, w: T.convolution(x, w, None, [1], [1], [1], False, [0], 1)),
    "convolution_transposed": (
        (X, _floats((3, 2, 2))),
        lambda T, x, w: T.convolution(x, w, None, [2], [0], [1], True, [1], 1),
    ),
    "convolution_2d": (
        (_floats((1, 2, 4, 4)), _floats((2, 1, 3, 3))),
        lambda T, x, w: T.convolution(x, w, None, [1, 1], [1, 1], [1, 1], False, [0, 0], 2),
    ),
}


@pytest.mark.parametrize("name", sorted(KERNELS))
@given(data=st.data())
def test_kernel(name, data):
    strategies, call = KERNELS[name]
    arrays = [data.draw(s) for s in strategies]
    run_both(call, *arrays, rtol=1e-4, atol=1e-5)
