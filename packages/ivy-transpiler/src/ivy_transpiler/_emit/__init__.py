"""Target-only Python source from a traced graph: one small dialect module per framework.

``dialect(target)`` is the target's ``Dialect`` (a table from Ivy hook names to native source);
``module_source`` writes a graph with it. A hook a dialect lacks is never written as an Ivy
call: ``MissingHooks`` lists every one.
"""

from __future__ import annotations

import importlib

from ivy_transpiler._emit._module import module_source, used_values
from ivy_transpiler._emit._writer import Dialect, MissingHooks

#: target -> module defining ``DIALECT``
MODULES = {
    "jax": "ivy_transpiler._emit.jax",
    "torch": "ivy_transpiler._emit.torch",
    "numpy": "ivy_transpiler._emit.numpy",
    "tensorflow": "ivy_transpiler._emit.tensorflow",
    "paddle": "ivy_transpiler._emit.paddle",
}


def dialect(target: str) -> Dialect:
    """The source dialect of ``target``; a ``ValueError`` names the targets that have one."""
    if target not in MODULES:
        raise ValueError(
            f"ivy_transpiler.transpile: output='source' is not available for target {target!r} "
            f"(source targets: {', '.join(MODULES)})"
        )
    return importlib.import_module(MODULES[target]).DIALECT


__all__ = ["MODULES", "Dialect", "MissingHooks", "dialect", "module_source", "used_values"]
