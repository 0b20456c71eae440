"""``jax.numpy.linalg`` on ivy, through the ivy NumPy frontend's ``linalg`` (same semantics)."""

from __future__ import annotations

import inspect as _inspect

import ivy_frontends.numpy.linalg as _np_linalg
from ivy_frontends.jax.numpy._delegate import delegate as _delegate

FUNCTIONS = {
    n: _delegate(n, "linalg")
    for n in dir(_np_linalg)
    if not n.startswith("_") and _inspect.isfunction(getattr(_np_linalg, n))
}
globals().update(FUNCTIONS)
__all__ = sorted(FUNCTIONS)
