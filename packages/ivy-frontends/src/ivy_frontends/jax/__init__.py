"""``ivy_frontends.jax``: JAX's API (``jax.numpy``, ``jax.lax``, ``jax.nn``, ``jax.random``) built from ``ivy`` calls."""

from __future__ import annotations

from ivy_frontends.jax._plugin import frontend

__all__ = ["frontend"]
