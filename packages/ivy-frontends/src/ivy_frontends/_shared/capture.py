"""What the frontends' captures share: where a program called a missing operation, its inputs as frontend values."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import ivy

#: the ivy_frontends package: its frames are never the program's own
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def call_site(framework_dir: str, *, fall_back_to_framework: bool = False) -> str:
    """``file:line`` of the innermost frame outside the framework and this package (the program's own code).

    With ``fall_back_to_framework``, the innermost framework frame when no frame is outside both.
    """
    skip = (_PACKAGE, framework_dir or "\0")
    frame = sys._getframe(1)
    fallback = None
    while frame is not None:
        path = frame.f_code.co_filename
        if not path.startswith(skip):
            return f"{path}:{frame.f_lineno}"
        if fall_back_to_framework and fallback is None and path.startswith(skip[1]):
            fallback = f"{path}:{frame.f_lineno}"
        frame = frame.f_back
    return fallback or "?"


class MissingLog:
    """What one run of a captured program lacked: how often each operation was called, and where first."""

    def __init__(self) -> None:
        self.missing: Counter = Counter()
        self.where: dict[str, str] = {}

    def note(self, name: str, site: Callable[[], str]) -> None:
        """Count one call of the missing ``name``; ``site()`` gives its place the first time."""
        self.missing[name] += 1
        if name not in self.where:
            self.where[name] = site()


def to_frontend(value: Any, tensor: type, wrap: Callable[[Any], Any], native: Callable[[Any], Any]) -> Any:
    """A program input as a frontend value, walking lists, tuples and dicts.

    Frontend tensors (``tensor``) stay as they are, ivy arrays are wrapped, a
    framework tensor is converted through ``native(value)`` (its NumPy data, or
    None for anything else), and NumPy arrays are converted.
    """
    if isinstance(value, tensor):
        return value
    if isinstance(value, ivy.Array):
        return wrap(value)
    data = native(value)
    if data is not None:
        return wrap(ivy.asarray(data))
    if type(value).__name__ == "ndarray":
        return wrap(ivy.asarray(value))
    if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
        return type(value)(to_frontend(v, tensor, wrap, native) for v in value)
    if isinstance(value, dict):
        return {k: to_frontend(v, tensor, wrap, native) for k, v in value.items()}
    return value
