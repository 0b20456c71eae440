"""Ivy's NumPy backend: the ``numpy`` entry of the ``ivy.backends`` group."""

from ivy.plugin import Backend
from ivy_backend_numpy import (
    autodiff,
    creation,
    elementwise,
    fft,
    linalg,
    manipulation,
    nn,
    protocol,
    special,
    statistical,
)

plugin = Backend(protocol, creation, elementwise, manipulation, statistical, linalg, fft, special, nn, autodiff)

__all__ = ["plugin"]
