"""Leaving the source object as it was: what a capture or a verification run changed on it is undone.

A capture runs the user's real program with frontend values in place of the framework's
arrays, so a program that assigns state (``self.count += 1`` on a torch buffer, ``self.cache = x``)
leaves capture values on the user's model, and a program that raises may leave it half-updated.
:func:`preserved` records, before the transpiler touches the object, the contents of every
mutable container within reach of it (instance ``__dict__``s, dicts and lists, as a model tree
holds its submodules, parameters and buffers), and puts back every entry that changed when it
exits, however it exits. Arrays are recorded as references, never copied or entered: their
values are the framework's to keep (the sources restore what a native run updates in place).
"""

from __future__ import annotations

import contextlib
import functools
import operator
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

#: values never entered: code, namespaces and classes (their state is not the model's)
_OPAQUE = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.FrameType,
    str,
    bytes,
    int,
    float,
    complex,
    bool,
)


def _is_array(value: Any) -> bool:
    """An array of any framework (its class has ``shape`` and ``dtype``): kept by reference, not entered."""
    cls = type(value)
    return hasattr(cls, "shape") and hasattr(cls, "dtype")


def _contents(value: Any) -> dict[Any, Any] | list[Any] | None:
    """The mutable container to record for ``value`` (its ``__dict__``, or itself), or None."""
    if isinstance(value, (dict, list)):
        return value
    if isinstance(value, _OPAQUE) or value is None or _is_array(value):
        return None
    if type(value).__module__.split(".")[0] in sys.stdlib_module_names:  # a logger, a lock: not the model's
        return None
    try:
        found = object.__getattribute__(value, "__dict__")
    except (AttributeError, TypeError):
        return None
    return found if isinstance(found, dict) else None


#: a container's recorded entries: ``(container, its keys (None for a list), its values)``
_Record = tuple[Any, list[Any] | None, list[Any]]


def _record(root: Any) -> list[_Record]:
    """The entries of every dict and list within reach of ``root``, by reference."""
    records: list[_Record] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        value = stack.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, tuple):
            stack.extend(value)
            continue
        container = _contents(value)
        if container is None or (container is not value and id(container) in seen):
            continue
        seen.add(id(container))
        values = list(container.values()) if isinstance(container, dict) else list(container)
        records.append((container, list(container) if isinstance(container, dict) else None, values))
        stack.extend(values)
    return records


def _changed(container: Any, keys: list[Any] | None, values: list[Any]) -> bool:
    """Whether ``container`` holds other objects than recorded (compared by identity, in C through ``map``)."""
    if len(container) != len(values):
        return True
    if keys is not None:
        if any(map(operator.is_not, container, keys)):
            return True
        container = container.values()
    return any(map(operator.is_not, container, values))


def _put_back(records: list[_Record]) -> None:
    for container, keys, values in records:
        if not _changed(container, keys, values):
            continue
        if keys is None:
            container[:] = values
        else:
            container.clear()
            container.update(zip(keys, values, strict=True))


@contextlib.contextmanager
def preserved(obj: Any) -> Iterator[None]:
    """Within the block, changes to what ``obj`` holds are allowed; on exit (error or not) they are undone."""
    records = _record(obj)
    try:
        yield
    finally:
        _put_back(records)


def preserving(obj: Any, run: Callable[..., Any]) -> Callable[..., Any]:
    """``run`` (a capture's) that leaves ``obj`` as it found it after every call."""

    def run_preserving(*args: Any, **kwargs: Any) -> Any:
        with preserved(obj):
            return run(*args, **kwargs)

    return run_preserving


def leaving_alone(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function(obj, ...)`` (``transpile``) that leaves ``obj`` as it found it, however it ends."""

    @functools.wraps(function)
    def wrapper(obj: Any, *args: Any, **kwargs: Any) -> Any:
        with preserved(obj):
            return function(obj, *args, **kwargs)

    return wrapper
