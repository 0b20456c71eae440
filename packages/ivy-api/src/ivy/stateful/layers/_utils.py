"""Helpers shared by the layers: argument tuples and unbatched inputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy


def ntuple(value: Any, n: int) -> tuple:
    """``value`` repeated ``n`` times unless it is already a sequence."""
    if isinstance(value, (tuple, list)):
        return tuple(value)
    return (value,) * n


def check_input(layer: str, x: ivy.Array, batched: int, unbatched: int | None = None) -> None:
    """Require ``batched`` (or ``unbatched``) dimensions."""
    allowed = (batched,) if unbatched is None else (unbatched, batched)
    if x.ndim not in allowed:
        expected = " or ".join(f"{n}-d" for n in allowed)
        raise ivy.IvyValueError(f"ivy.layers.{layer}: expected a {expected} input, got shape {tuple(x.shape)}")


def with_batch(function: Callable[[ivy.Array], ivy.Array], x: ivy.Array, batched_ndim: int) -> ivy.Array:
    """Apply ``function`` (which expects a batch axis) to ``x``, adding and removing one if ``x`` lacks it."""
    if x.ndim == batched_ndim - 1:
        return ivy.squeeze(function(ivy.expand_dims(x, axis=0)), axis=0)
    return function(x)


def fmt(**settings: Any) -> str:
    return ", ".join(f"{name}={value}" for name, value in settings.items())
