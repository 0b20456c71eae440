"""Transpile functions, models and libraries between ML frameworks (work in progress)."""

from __future__ import annotations

from typing import Any


def transpile(obj: Any, *args: Any, **kwargs: Any) -> Any:
    """Not built yet."""
    raise NotImplementedError("ivy_transpiler.transpile is not built yet")
