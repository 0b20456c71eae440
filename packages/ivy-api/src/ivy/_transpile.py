"""``ivy.transpile``: the transpiler, found in the ``ivy.transpile`` entry-point group when one is installed.

The core names no transpiler package: like the ``ivy`` command's subcommands (``ivy.cli``), the
function comes from whichever installed package registers it (``ivy-transpiler`` does).
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

GROUP = "ivy.transpile"


def transpile(obj: Any, *args: Any, **kwargs: Any) -> Any:
    """Translate ``obj`` (a function, model or library) from one framework to another.

    Forwards to the function registered in the ``ivy.transpile`` entry-point group (with
    ``ivy-transpiler`` installed: ``ivy_transpiler.transpile``, which documents the arguments).
    """
    found = list(entry_points(group=GROUP))
    if not found:
        raise ImportError(
            "ivy.transpile needs a transpiler: pip install ivy-transpiler "
            "(and ivy-frontends with the source framework's frontend)"
        )
    return found[0].load()(obj, *args, **kwargs)
