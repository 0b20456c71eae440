"""The frontend plugin contract, which lives in the core: see :mod:`ivy.capture`.

Re-exported here for the frontends' own modules; ``import_framework`` is the core's
(:func:`ivy.plugin.import_framework`), so a framework is imported after its backend's guard.
"""

from __future__ import annotations

from ivy.capture import GROUP, Capture, Frontend, MissingOperations, Model, available, load
from ivy.plugin import import_framework

__all__ = ["GROUP", "Capture", "Frontend", "MissingOperations", "Model", "available", "import_framework", "load"]
