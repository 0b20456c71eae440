"""Nested containers of arrays: split into a static template and a flat list of arrays, and rebuilt.

The template keeps every non-array value (Python numbers, strings, ``None``) in place, so it
is part of a traced program's signature: a call with other static values traces anew.

Besides dicts, lists and tuples, plain data objects that hold arrays in their attributes (a
Hugging Face ``DynamicCache`` of key and value tensors, say) are containers too: their arrays
are outputs like any other, and the object comes back rebuilt around the target's arrays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ivy.capture import holds, is_data_object


@dataclass(frozen=True)
class Leaf:
    """The place of the ``index``-th array in a template."""

    index: int


@dataclass(frozen=True)
class Fields:
    """A data object in a template: its class and the templates of its attributes."""

    cls: type
    fields: dict


def flatten(tree: Any, is_array: Callable[[Any], bool]) -> tuple[Any, list]:
    """``(template, arrays)``: the arrays of ``tree`` in depth-first order, replaced by ``Leaf`` markers."""
    arrays: list = []
    active: set[int] = set()  # data objects being walked: a reference back to one stays as it is

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
        if id(item) not in active and is_data_object(item) and holds(item, is_array):
            active.add(id(item))
            fields = {name: walk(value) for name, value in vars(item).items()}
            active.discard(id(item))
            return Fields(type(item), fields)
        return item

    return walk(tree), arrays


def unflatten(template: Any, arrays: list) -> Any:
    """The tree of ``template`` with each ``Leaf(i)`` replaced by ``arrays[i]``."""
    if isinstance(template, Leaf):
        return arrays[template.index]
    if isinstance(template, Fields):
        rebuilt = template.cls.__new__(template.cls)
        rebuilt.__dict__.update({name: unflatten(v, arrays) for name, v in template.fields.items()})
        return rebuilt
    if isinstance(template, dict):
        return {k: unflatten(v, arrays) for k, v in template.items()}
    if isinstance(template, tuple) and hasattr(template, "_fields"):
        return type(template)(*(unflatten(v, arrays) for v in template))
    if isinstance(template, (list, tuple)):
        return type(template)(unflatten(v, arrays) for v in template)
    return template


def freeze(item: Any) -> Any:
    """A hashable image of a template (for the trace cache)."""
    if isinstance(item, Fields):
        return ("object", item.cls.__module__, item.cls.__qualname__, freeze(item.fields))
    if isinstance(item, dict):
        return ("dict", tuple((k, freeze(v)) for k, v in item.items()))
    if isinstance(item, (list, tuple)):
        return (type(item).__name__, tuple(freeze(v) for v in item))
    try:
        hash(item)
    except TypeError:
        return ("repr", type(item).__name__, repr(item))
    return (type(item).__name__, item)
