"""``jax.numpy.fft`` on ivy, through the ivy NumPy frontend's ``fft`` (same semantics)."""

from __future__ import annotations

import inspect as _inspect

import ivy_frontends.numpy.fft as _np_fft
from ivy_frontends.jax.numpy._delegate import delegate as _delegate

FUNCTIONS = {
    n: _delegate(n, "fft") for n in dir(_np_fft) if not n.startswith("_") and _inspect.isfunction(getattr(_np_fft, n))
}
globals().update(FUNCTIONS)
__all__ = sorted(FUNCTIONS)
