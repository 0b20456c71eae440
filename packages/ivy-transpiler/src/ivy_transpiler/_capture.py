"""Capturing the source program with its frontend plugin, and the error for what a frontend lacks."""

from __future__ import annotations

from collections import Counter
from typing import Any

import ivy
import ivy_frontends
from ivy_frontends import Capture, MissingOperations


class UnsupportedOperations(MissingOperations):
    """The source program uses operations its frontend lacks: every one, by full name, count and call site.

    A ``MissingOperations`` (so ``except MissingOperations`` catches it) whose message says what
    was being transpiled, from which framework to which.
    """

    def __init__(self, error: MissingOperations, program: str, source: str, target: str) -> None:
        super().__init__(error.frontend, Counter(error.missing), dict(error.where))
        self.program, self.source, self.target = program, source, target
        self.args = (f"ivy_transpiler.transpile: cannot transpile {program} from {source} to {target}: {self.args[0]}",)


def capture(obj: Any, source: str, target: str) -> Capture:
    """``obj`` bound to the ``source`` frontend, its state held as ``ivy.Array`` of the ``target`` backend."""
    if source not in ivy_frontends.available():
        raise ValueError(
            f"ivy_transpiler.transpile: argument 'source': no frontend for {source!r} is installed "
            f"(installed: {', '.join(ivy_frontends.available()) or 'none'})"
        )
    plugin = ivy_frontends.load(source)
    with ivy.using_backend(target):
        return plugin.capture(obj)


def describe(obj: Any) -> str:
    """A short name for error messages: a model's class, or a function's qualified name."""
    name = getattr(obj, "__qualname__", None)
    return f"{name}()" if isinstance(name, str) else type(obj).__name__
