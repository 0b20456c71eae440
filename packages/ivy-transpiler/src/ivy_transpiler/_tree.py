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


@dataclass(frozen=True)
class Leaf:
    """The place of the ``index``-th array in a template."""

    index: int


@dataclass(frozen=True)
class Fields:
    """A data object in a template: its class and the templates of its attributes."""

    cls: type
    fields: dict


def _is_data_object(item: Any, is_array: Callable[[Any], bool]) -> bool:
    """An instance with attributes that holds arrays: not a class, function, module or other
    callable (a model is not flattened into its weights), and at least one array within reach."""
    if callable(item) or not hasattr(item, "__dict__") or isinstance(item, type):
        return False
    return _holds_array(item, is_array, set())


def _holds_array(item: Any, is_array: Callable[[Any], bool], seen: set[int]) -> bool:
    if is_array(item):
        return True
    if id(item) in seen:
        return False
    seen.add(id(item))
    if isinstance(item, dict):
        values: Any = item.values()
    elif isinstance(item, (list, tuple)):
        values = item
    elif hasattr(item, "__dict__") and not callable(item) and not isinstance(item, type):
        values = vars(item).values()
    else:
        return False
    return any(_holds_array(v, is_array, seen) for v in values)


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
        if id(item) not in active and _is_data_object(item, is_array):
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
