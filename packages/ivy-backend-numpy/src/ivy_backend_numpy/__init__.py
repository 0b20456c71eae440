"""Ivy's NumPy backend: the ``numpy`` entry of the ``ivy.backends`` group."""

from ivy.plugin import Backend
from ivy_backend_numpy import creation, elementwise, fft, linalg, manipulation, protocol, statistical

plugin = Backend(protocol, creation, elementwise, manipulation, statistical, linalg, fft)

__all__ = ["plugin"]
