"""jax.numpy functions whose semantics are NumPy's, run through the ivy NumPy frontend.

``delegate(name)`` wraps ``ivy_frontends.numpy.<name>``: frontend Arrays go in as
NumPy-frontend arrays, dtypes as names, and results come back as (strong) JAX
Arrays. Both frontends are built from ``ivy`` calls only. Functions whose dtype
rules differ from NumPy's (elementwise promotion, means, cumulative sums, ...)
are written natively in the sibling modules instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array


def _np() -> Any:
    import ivy_frontends.numpy as np_frontend

    return np_frontend


def to_np(x: Any) -> Any:
    """A value for the NumPy frontend."""
    from ivy_frontends.numpy._ndarray import ndarray

    if isinstance(x, Array):
        return ndarray(x._a)
    if isinstance(x, (_dtypes.dtype, _dtypes.scalar_type)):
        return _dtypes.canonical(x).name
    if isinstance(x, tuple) and not hasattr(x, "_fields"):
        return tuple(to_np(e) for e in x)
    if isinstance(x, list):
        return [to_np(e) for e in x]
    return x


def from_np(x: Any) -> Any:
    """A NumPy-frontend result as JAX values."""
    from ivy_frontends.numpy._ndarray import ndarray

    if isinstance(x, ndarray):
        return Array(x._a)
    if isinstance(x, ivy.Array):
        return Array(x)
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return type(x)(*(from_np(v) for v in x))
    if isinstance(x, (tuple, list)):
        return type(x)(from_np(v) for v in x)
    return x


def delegate(name: str, module: str = "") -> Callable[..., Any]:
    """``jax.numpy.<module>.<name>`` as the NumPy frontend's function of that name."""
    target = _np()
    for part in filter(None, module.split(".")):
        target = getattr(target, part)
    fn = getattr(target, name)

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        kwargs.pop("out", None)
        return from_np(fn(*(to_np(a) for a in args), **{k: to_np(v) for k, v in kwargs.items()}))

    run.__qualname__ = run.__name__ = name
    run.__module__ = "ivy_frontends.jax.numpy" + (f".{module}" if module else "")
    run.__doc__ = f"jax.numpy{'.' + module if module else ''}.{name}: NumPy's semantics, on ivy."
    return run
