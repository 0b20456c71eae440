"""Which backend a call goes to: global, context-local, or chosen for you.

Generated public functions read the selection as ``_get(_default)``: the
context-local choice made by ``using_backend`` if there is one, else the
global one from ``set_backend``. With neither, a placeholder resolves the
default backend on first use (``IVY_BACKEND``, else the only installed one).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from ivy import _backends
from ivy._errors import BackendNotFoundError

_context: ContextVar[_backends.Ops] = ContextVar("ivy.backend")


class _Unselected:
    """Stands in for the backend until one is chosen; chooses on first use."""

    name = None

    def __getattr__(self, hook: str) -> Any:
        return getattr(_resolve_default(), hook)

    def __repr__(self) -> str:
        return "<no ivy backend selected>"


UNSELECTED = _Unselected()

#: Globals of every generated public function. ``_default`` is the global choice.
GLOBALS: dict[str, Any] = {"_get": _context.get, "_default": UNSELECTED}


def _resolve_default() -> _backends.Ops:
    name = os.environ.get("IVY_BACKEND")
    if not name:
        installed = _backends.available_backends()
        if len(installed) != 1:
            listed = ", ".join(installed) or "none installed"
            raise BackendNotFoundError(
                "ivy: no backend selected and none can be chosen for you "
                f"(installed: {listed}); call ivy.set_backend(name), set IVY_BACKEND, "
                "or install exactly one backend (e.g. `pip install ivy-backend-numpy`)"
            )
        name = installed[0]
    ops = _backends.load(name)
    if GLOBALS["_default"] is UNSELECTED:
        GLOBALS["_default"] = ops
    return ops


def ops() -> _backends.Ops:
    """The bound backend that a call made now would use."""
    current = _context.get(GLOBALS["_default"])
    return _resolve_default() if current is UNSELECTED else current


def set_backend(name: str) -> None:
    """Select the backend for every thread and context without their own choice."""
    GLOBALS["_default"] = _backends.load(name)


def unset_backend() -> None:
    """Forget the global choice (context-local choices stay)."""
    GLOBALS["_default"] = UNSELECTED


def current_backend() -> str:
    """Name of the backend a call made now would use."""
    return ops().name


@contextmanager
def using_backend(name: str) -> Iterator[str]:
    """Use backend ``name`` inside the block, in this thread/context only."""
    token = _context.set(_backends.load(name))
    try:
        yield name
    finally:
        _context.reset(token)


def dtype_of_any(obj: Any) -> Any:
    """The ivy dtype of a native array or native dtype, or ``None``."""
    from ivy._array import Array

    if isinstance(obj, Array):
        return obj.dtype
    candidates = [ops()] if GLOBALS["_default"] is not UNSELECTED or _context.get(None) else []
    candidates += _backends.loaded_backends()
    for backend in candidates:
        try:
            if backend.owns(obj):
                return backend.from_native_dtype[backend.dtype_of(obj)]
            if obj in backend.from_native_dtype:
                return backend.from_native_dtype[obj]
        except TypeError:  # unhashable
            continue
    return None
