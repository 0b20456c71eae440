"""The table a frontend collects its functions in before its ``__init__`` publishes them.

A function is registered under its framework names: as ``<fw>.<name>``
(``namespace``), as ``<fw>.Tensor.<name>`` (``method``), or both; the
namespace module and the tensor class are then filled from the two tables,
so no name is written twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Fn = Callable[..., Any]


class Registry:
    """``namespace``: ``<fw>.<name>`` -> function; ``methods``: ``<fw>.Tensor.<name>`` -> function (tensor first)."""

    def __init__(self) -> None:
        self.namespace: dict[str, Fn] = {}
        self.methods: dict[str, Fn] = {}

    def register(self, *names: str, namespace: bool = True, method: bool = True) -> Callable[[Fn], Fn]:
        """Decorator: publish a function under ``names`` (its own name by default)."""

        def decorate(fn: Fn) -> Fn:
            for name in names or (fn.__name__.strip("_"),):
                self.add(name, fn, namespace=namespace, method=method)
            return fn

        return decorate

    def add(self, name: str, fn: Fn, *, namespace: bool = True, method: bool = True) -> None:
        """Publish an already-built function (used by the table-driven families)."""
        if namespace:
            self.namespace[name] = fn
        if method:
            self.methods[name] = fn
