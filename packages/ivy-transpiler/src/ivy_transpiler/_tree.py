"""Nested containers of arrays: split into a static template and a flat list of arrays, and rebuilt.

The template keeps every non-array value (Python numbers, strings, ``None``) in place, so it
is part of a traced program's signature: a call with other static values traces anew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Leaf:
    """The place of the ``index``-th array in a template."""

    index: int


def flatten(tree: Any, is_array: Callable[[Any], bool]) -> tuple[Any, list]:
    """``(template, arrays)``: the arrays of ``tree`` in depth-first order, replaced by ``Leaf`` markers."""
    arrays: list = []

    def walk(item: Any) -> Any:
        if is_array(item):
            arrays.append(item)
            return Leaf(len(arrays) - 1)
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        if isinstance(item, tuple) and hasattr(item, "_fields"):
            return type(item)(*(walk(v) for v in item))
        if isinstance(item, (list, tuple)):
            return type(item)(walk(v) for v in item)
        return item

    return walk(tree), arrays


def unflatten(template: Any, arrays: list) -> Any:
    """The tree of ``template`` with each ``Leaf(i)`` replaced by ``arrays[i]``."""
    if isinstance(template, Leaf):
        return arrays[template.index]
    if isinstance(template, dict):
        return {k: unflatten(v, arrays) for k, v in template.items()}
    if isinstance(template, tuple) and hasattr(template, "_fields"):
        return type(template)(*(unflatten(v, arrays) for v in template))
    if isinstance(template, (list, tuple)):
        return type(template)(unflatten(v, arrays) for v in template)
    return template


def freeze(item: Any) -> Any:
    """A hashable image of a template (for the trace cache)."""
    if isinstance(item, dict):
        return ("dict", tuple((k, freeze(v)) for k, v in item.items()))
    if isinstance(item, (list, tuple)):
        return (type(item).__name__, tuple(freeze(v) for v in item))
    try:
        hash(item)
    except TypeError:
        return ("repr", type(item).__name__, repr(item))
    return (type(item).__name__, item)
