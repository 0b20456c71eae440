"""``ivy_frontends.jax``: JAX's API (``jax.numpy``, ``jax.lax``, ``jax.nn``, ``jax.random``) built from ``ivy`` calls.

``Array`` is JAX's immutable array (``.at[...]`` updates); ``frontend`` is the
plugin object of the ``ivy.frontends`` entry point: ``capture`` turns a real
JAX program into its jaxpr and runs it with the ``jax.lax`` frontend.
"""

from __future__ import annotations

from ivy_frontends.jax import numpy
from ivy_frontends.jax._array import Array
from ivy_frontends.jax._methods import install as _install
from ivy_frontends.jax._plugin import frontend

_install()

__all__ = ["Array", "frontend", "numpy"]
