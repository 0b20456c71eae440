"""Ivy's JAX backend: the ``jax`` entry of the ``ivy.backends`` group.

Importing this module imports JAX; ``import ivy`` does not import this
module (the core loads it when the ``jax`` backend is selected).
"""

from ivy.plugin import Backend
from ivy_backend_jax import (
    autodiff,
    control_flow,
    creation,
    elementwise,
    extensions,
    fft,
    linalg,
    manipulation,
    nn,
    protocol,
    special,
    statistical,
)
from ivy_backend_jax._common import x64_scope

plugin = Backend(
    protocol,
    creation,
    elementwise,
    manipulation,
    statistical,
    linalg,
    fft,
    extensions,
    special,
    nn,
    autodiff,
    control_flow,
)

__all__ = ["plugin", "x64_scope"]
