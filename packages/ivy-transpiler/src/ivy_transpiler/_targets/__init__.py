"""Targets: how a traced program becomes native code of a framework.

Targets are registered in the ``ivy_transpiler.targets`` entry-point group (a ``Target``
instance per framework); an installed ivy backend without a registered target gets
functions only (the base ``Target``).
"""

from __future__ import annotations

from ivy_transpiler import _plugins
from ivy_transpiler._targets.base import Target, TranspiledFunction


def names() -> tuple[str, ...]:
    """The registered targets (none is imported)."""
    return _plugins.names(_plugins.TARGETS)


def get(name: str) -> Target:
    """The target named ``name``; an installed ivy backend without a target of its own gets functions only."""
    import ivy

    if name in names():
        return _plugins.load(_plugins.TARGETS, name)
    if name in ivy.available_backends():
        return Target(name)
    known = ", ".join(sorted(set(names()) | set(ivy.available_backends())))
    raise ValueError(f"ivy_transpiler.transpile: argument 'target': unknown target {name!r} (known: {known})")


__all__ = ["Target", "TranspiledFunction", "get", "names"]
