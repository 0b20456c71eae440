"""Framework APIs (torch, numpy, ...) emulated with ``ivy`` calls only.

Frontends are found in the ``ivy.frontends`` entry-point group and imported on
first use, so ``import ivy_frontends`` imports no array framework. Each one is a
:class:`Frontend`: its namespace module, how to capture a real program of its
framework, and its coverage of the real namespaces.
"""

from __future__ import annotations

import importlib
from typing import Any

from ivy_frontends._plugin import Capture, Frontend, MissingOperations, available, load

__all__ = ["Capture", "Frontend", "MissingOperations", "available", "load"]

_SUBMODULES = ("torch", "numpy", "jax", "tensorflow", "paddle")


def __getattr__(name: str) -> Any:
    """``ivy_frontends.torch`` and friends, imported when first named."""
    if name in _SUBMODULES:
        return importlib.import_module(f"ivy_frontends.{name}")
    raise AttributeError(f"module 'ivy_frontends' has no attribute {name!r}")
