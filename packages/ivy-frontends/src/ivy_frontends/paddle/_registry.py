"""Where the frontend's functions are collected before ``__init__`` publishes them.

A function is registered under its paddle names: as ``paddle.<name>``
(``namespace``), as ``paddle.Tensor.<name>`` (``method``), or both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: ``paddle.<name>`` -> function
NAMESPACE: dict[str, Callable[..., Any]] = {}
#: ``paddle.Tensor.<name>`` -> function taking the tensor first
METHODS: dict[str, Callable[..., Any]] = {}


def register(
    *names: str, namespace: bool = True, method: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator: publish a function under ``names`` in the paddle namespace and/or as Tensor methods."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        for name in names or (fn.__name__.strip("_"),):
            add(name, fn, namespace=namespace, method=method)
        return fn

    return decorate


def add(name: str, fn: Callable[..., Any], *, namespace: bool = True, method: bool = True) -> None:
    """Publish an already-built function (used by the table-driven families)."""
    if namespace:
        NAMESPACE[name] = fn
    if method:
        METHODS[name] = fn
