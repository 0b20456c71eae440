"""JAX as a source: functions, flax ``nnx.Module``s and bound flax ``linen`` modules."""

from __future__ import annotations

import sys
from typing import Any

import jax
import jax.numpy as jnp

from ivy_frontends.jax import _flax
from ivy_transpiler._sources._inputs import convert


def model_info(obj: Any) -> tuple[list[str], bool] | None:
    """Parameter names (dotted paths) and mode of a flax model; None for a function."""
    if not _flax.is_model(obj):
        return None
    state = _flax.state_of(obj)
    return state.parameters, state.training


def run(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The program in JAX; an nnx model's state (BatchNorm statistics) is restored after the call."""
    args, kwargs = convert(args, kwargs, lambda a: isinstance(a, jax.Array), jnp.asarray)
    nnx = sys.modules.get("flax.nnx")
    is_nnx = nnx is not None and isinstance(obj, nnx.Module)
    saved = jax.tree.map(lambda a: a, nnx.state(obj)) if is_nnx else None  # new Variables, same arrays
    try:
        return obj(*args, **kwargs)
    finally:
        if saved is not None:
            nnx.update(obj, saved)
