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


@pytest.fixture(autouse=True)
def _seed():
    torch.manual_seed(0)
