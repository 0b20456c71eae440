"""Ivy's MLX backend: the ``mlx`` entry of the ``ivy.backends`` group.

Importing this module imports MLX; ``import ivy`` does not (the core loads it when
the ``mlx`` backend is selected). Hooks not implemented here are served by the core's
composites.
"""

from ivy.plugin import Backend
from ivy_mlx.backend import (
    autodiff,
    control_flow,
    creation,
    elementwise,
    fft,
    linalg,
    manipulation,
    protocol,
    statistical,
)

plugin = Backend(protocol, creation, elementwise, manipulation, statistical, linalg, fft, autodiff, control_flow)

__all__ = ["plugin"]
