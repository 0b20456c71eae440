"""Default implementations of hooks, written with Ivy's own functions.

A composite implements a hook in terms of other public functions (the way
``jax.nn`` is written on ``jax.lax``): every backend gets it for free, with
the core's semantics, and it differentiates wherever the primitives do. A
backend that has a faster native kernel implements the hook itself; pluggy
then prefers the backend's implementation (composites are ``trylast``).

Composites are ordinary Ivy code: their array arguments arrive as
``ivy.Array`` and they return ``ivy.Array`` (the binder adapts them to the
native calling convention of hook implementations).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

from ivy.plugin import hookimpl

#: Modules holding composites, registered with every backend when it is bound.
MODULES = (
    "ivy.composite.bessel",
    "ivy.composite.linalg_factor",
    "ivy.composite.nn_activations",
    "ivy.composite.nn_spatial",
    "ivy.composite.nn_layers",
    "ivy.composite.nn_losses",
    "ivy.composite.optim",
    "ivy.composite.random",
    "ivy.composite.signal",
    "ivy.composite.special",
    "ivy.composite.utilities",
    "ivy.composite.windows",
)


def composite(function: Callable) -> Callable:
    """Mark ``function`` as the core's default implementation of its hook."""
    function.__ivy_composite__ = True  # type: ignore[attr-defined]
    return hookimpl(trylast=True)(function)


def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in MODULES]
