"""Where the frontend's functions are collected before ``__init__`` publishes them.

Each module registers a function under its torch names: as ``torch.<name>``
(``namespace``), as ``torch.Tensor.<name>`` (``method``), or both. The
namespace module and the ``Tensor`` class are then filled from these tables,
so no name is written twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: ``torch.<name>`` -> function
NAMESPACE: dict[str, Callable[..., Any]] = {}
#: ``torch.Tensor.<name>`` -> function taking the tensor first
METHODS: dict[str, Callable[..., Any]] = {}


def register(
    *names: str, namespace: bool = True, method: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: publish a function under ``names`` in the torch namespace and/or as Tensor methods."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        for name in names or (fn.__name__.strip("_"),):
            if namespace:
                NAMESPACE[name] = fn
            if method:
                METHODS[name] = fn
        return fn

    return decorate


def add(name: str, fn: Callable[..., Any], *, namespace: bool = True, method: bool = True) -> None:
    """Publish an already-built function (used by the table-driven families)."""
    if namespace:
        NAMESPACE[name] = fn
    if method:
        METHODS[name] = fn
