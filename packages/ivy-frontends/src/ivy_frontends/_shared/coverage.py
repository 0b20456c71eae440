"""What the coverage reports count as a real namespace's public routines."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any


def routines(module: Any, keep: Callable[[Any], bool] | None = None) -> set[str]:
    """Names without a leading ``_`` of the functions and builtins in ``module`` (not classes, modules, constants).

    ``keep``, when given, must also accept the object (e.g. only what the module defines itself).
    """
    out = set()
    for name in dir(module):
        if name.startswith("_"):
            continue
        obj = getattr(module, name, None)
        if obj is None or isinstance(obj, type) or inspect.ismodule(obj) or not callable(obj):
            continue
        if keep is None or keep(obj):
            out.add(name)
    return out
