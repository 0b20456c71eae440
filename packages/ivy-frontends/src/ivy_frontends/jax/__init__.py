"""``ivy_frontends.jax``: JAX's API (``jax.numpy``, ``jax.lax``, ``jax.nn``, ``jax.random``) built from ``ivy`` calls.

``Array`` is JAX's immutable array (``.at[...]`` updates); ``frontend`` is the
plugin object of the ``ivy.frontends`` entry point: ``capture`` turns a real
JAX program into its jaxpr and runs it with the ``jax.lax`` frontend.
"""

from __future__ import annotations

from typing import Any

from ivy_frontends.jax import lax, nn, numpy, random, scipy
from ivy_frontends.jax._array import Array
from ivy_frontends.jax._methods import install as _install
from ivy_frontends.jax._plugin import frontend

_install()


def jit(fun: Any = None, **kwargs: Any) -> Any:
    """jax.jit: the function unchanged (the frontend runs eagerly)."""
    return fun if fun is not None else (lambda f: f)


def device_get(x: Any) -> Any:
    """jax.device_get: the values unchanged."""
    return x


def block_until_ready(x: Any) -> Any:
    """jax.block_until_ready: the values unchanged."""
    return x


__all__ = ["Array", "block_until_ready", "device_get", "frontend", "jit", "lax", "nn", "numpy", "random", "scipy"]
