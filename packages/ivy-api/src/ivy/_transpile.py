"""``ivy.transpile``: the transpiler's entry point, when the ``ivy-transpiler`` package is installed."""

from __future__ import annotations

from typing import Any


def transpile(obj: Any, *args: Any, **kwargs: Any) -> Any:
    """Translate ``obj`` (a function, model or library) from one framework to another.

    See ``ivy_transpiler.transpile``; this forwards to it, so that ``ivy.transpile``
    works wherever ``ivy-transpiler`` is installed.
    """
    try:
        from ivy_transpiler import transpile as run
    except ModuleNotFoundError as error:
        if error.name != "ivy_transpiler":  # installed, but something it needs is not: say that
            raise
        raise ImportError(
            "ivy.transpile needs the transpiler package: pip install ivy-transpiler "
            "(and ivy-frontends with the source framework's frontend)"
        ) from error
    return run(obj, *args, **kwargs)
