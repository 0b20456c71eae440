"""Target-only Python source from a traced graph: one small dialect per framework.

``dialect(target)`` is the target's ``Dialect`` (a table from Ivy hook names to native source),
registered in the ``ivy_transpiler.dialects`` entry-point group; ``module_source`` writes a
graph with it. A hook a dialect lacks is never written as an Ivy call: ``MissingHooks`` lists
every one.
"""

from __future__ import annotations

from ivy_transpiler import _plugins
from ivy_transpiler._emit._module import module_source, used_values
from ivy_transpiler._emit._writer import Dialect, MissingHooks


def names() -> tuple[str, ...]:
    """The targets with a registered source dialect (none is imported)."""
    return _plugins.names(_plugins.DIALECTS)


def dialect(target: str) -> Dialect:
    """The source dialect of ``target``; a ``ValueError`` names the targets that have one."""
    if target not in names():
        raise ValueError(
            f"ivy_transpiler.transpile: output='source' is not available for target {target!r} "
            f"(source targets: {', '.join(names())})"
        )
    return _plugins.load(_plugins.DIALECTS, target)


__all__ = ["Dialect", "MissingHooks", "dialect", "module_source", "names", "used_values"]
