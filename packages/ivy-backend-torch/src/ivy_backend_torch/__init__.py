"""Ivy's PyTorch backend: the ``torch`` entry of the ``ivy.backends`` group.

Importing this module imports torch; ``import ivy`` does not import this
module (the core loads it when the backend is selected).
"""

from ivy.plugin import Backend
from ivy_backend_torch import (
    autodiff,
    creation,
    elementwise,
    fft,
    linalg,
    manipulation,
    nn,
    optim,
    protocol,
    special,
    statistical,
)

plugin = Backend(protocol, creation, elementwise, manipulation, statistical, linalg, fft, special, nn, optim, autodiff)

__all__ = ["plugin"]
