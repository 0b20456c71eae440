"""Targets: how a traced program becomes native code of a framework."""

from __future__ import annotations

import importlib
from typing import Any

from ivy_transpiler._targets.base import Target, TranspiledFunction

#: target name -> module defining ``TARGET``
_MODULES = {
    "jax": "ivy_transpiler._targets.jax",
    "torch": "ivy_transpiler._targets.torch",
    "tensorflow": "ivy_transpiler._targets.tensorflow",
    "numpy": "ivy_transpiler._targets.numpy",
    "paddle": "ivy_transpiler._targets.paddle",
}


def get(name: str) -> Target:
    """The target named ``name``; an installed ivy backend without a module of its own gets functions only."""
    import ivy

    if name in _MODULES:
        return importlib.import_module(_MODULES[name]).TARGET
    if name in ivy.available_backends():
        return Target(name)
    known = ", ".join(sorted(set(_MODULES) | set(ivy.available_backends())))
    raise ValueError(f"ivy_transpiler.transpile: argument 'target': unknown target {name!r} (known: {known})")


__all__ = ["Target", "TranspiledFunction", "get"]
