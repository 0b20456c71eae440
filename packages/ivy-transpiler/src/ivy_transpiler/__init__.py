"""Transpile functions and trainable models from one ML framework to another.

``transpile(obj, source="torch", target="jax", args=example_inputs)``: the source program is
captured by its frontend plugin (``ivy.capture``), traced into an ``ivy.Graph`` and bound to the target's
native arrays. See ``transpile`` and the package README.
"""

from __future__ import annotations

from ivy_transpiler._api import transpile
from ivy_transpiler._capture import DataDependentValue, UnsupportedOperations
from ivy_transpiler._program import InputWriteError
from ivy_transpiler._verify import VerificationError

__all__ = ["DataDependentValue", "InputWriteError", "UnsupportedOperations", "VerificationError", "transpile"]
