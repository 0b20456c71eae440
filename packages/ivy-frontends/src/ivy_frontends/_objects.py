"""Plain data objects in a program's results: instances whose attributes hold arrays.

A Hugging Face decoder returns its key/value cache as such an object (a
``DynamicCache`` of layers of tensors). Captures unwrap the arrays inside them and
the transpiler flattens and rebuilds them, as they do for dicts, lists and tuples.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def is_data_object(value: Any) -> bool:
    """An instance with attributes that is not a class, function, module or other callable
    (a model is never taken apart into its weights)."""
    return hasattr(value, "__dict__") and not callable(value) and not isinstance(value, type)


def holds(value: Any, found: Callable[[Any], bool]) -> bool:
    """Whether ``found`` holds for ``value`` or for anything within reach of it through dicts,
    lists, tuples and data objects (each object is visited once, so cycles end)."""
    return _holds(value, found, set())


def _holds(value: Any, found: Callable[[Any], bool], seen: set[int]) -> bool:
    if found(value):
        return True
    if id(value) in seen:
        return False
    seen.add(id(value))
    if isinstance(value, dict):
        values: Any = value.values()
    elif isinstance(value, (list, tuple)):
        values = value
    elif is_data_object(value):
        values = vars(value).values()
    else:
        return False
    return any(_holds(v, found, seen) for v in values)
