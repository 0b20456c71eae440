"""Shared helpers: the targets under test, and target arrays as NumPy."""

from __future__ import annotations

import importlib.util

if importlib.util.find_spec("paddle") is not None:
    import paddle  # noqa: F401 - before anything imports tensorflow: the other order segfaults with today's wheels

import numpy as np
import pytest
import torch

TARGETS = [t for t in ("numpy", "torch", "jax", "tensorflow") if importlib.util.find_spec(t) is not None]
TRAINABLE = [t for t in TARGETS if t != "numpy"]


def as_numpy(value):
    """A target's array (or a torch tensor) as a NumPy array."""
    if isinstance(value, torch.Tensor):
        return value.detach().numpy()
    if hasattr(value, "numpy") and not isinstance(value, np.ndarray):
        return np.asarray(value.numpy())
    return np.asarray(value)


def _jax_x64():
    import sys

    jax = sys.modules.get("jax")
    return None if jax is None else bool(jax.config.jax_enable_x64)


@pytest.fixture
def jax_x64_restored():
    """For tests that load written JAX source themselves: a 64-bit program's source turns JAX's 64-bit
    mode on when loaded (its documented prelude); the setting is put back after the test."""
    before = _jax_x64()
    yield
    if before is not None and _jax_x64() != before:
        import jax

        jax.config.update("jax_enable_x64", before)


@pytest.fixture(autouse=True)
def _jax_x64_untouched():
    """A test (or the transpiler under it) must leave JAX's global x64 switch as it found it."""
    before = _jax_x64()
    yield
    after = _jax_x64()
    if before is not None and after != before:
        import jax

        jax.config.update("jax_enable_x64", before)
        pytest.fail(f"JAX's global jax_enable_x64 changed from {before} to {after}")


@pytest.fixture(autouse=True)
def _seed():
    torch.manual_seed(0)
