"""Source frameworks: which objects are models (and their parameters), and running a program natively.

One module per framework (``_sources/<name>.py``) with ``model_info(obj)`` and ``run(obj, args,
kwargs)``; a module is imported (and with it its framework) only for a program of that framework.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

#: source name -> module with ``model_info`` and ``run``
_MODULES = {name: f"ivy_transpiler._sources.{name}" for name in ("torch", "jax", "tensorflow", "paddle", "numpy")}


def _module(source: str) -> ModuleType:
    if source not in _MODULES:
        raise ValueError(
            f"ivy_transpiler.transpile: argument 'source': unknown source {source!r} (known: {', '.join(_MODULES)})"
        )
    return importlib.import_module(_MODULES[source])


def model_info(obj: Any, source: str) -> tuple[list[str], bool] | None:
    """``(parameter names, training)`` when ``obj`` is a model of ``source`` (the rest of its state is buffers)."""
    return _module(source).model_info(obj)


def run(obj: Any, source: str, args: tuple, kwargs: dict) -> Any:
    """``obj(*args, **kwargs)`` run by ``source`` itself on its own arrays; a model's state is left as it was."""
    return _module(source).run(obj, args, kwargs)
