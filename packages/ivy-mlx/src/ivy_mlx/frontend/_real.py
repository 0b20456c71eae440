"""The real MLX modules, imported through the backend's guard."""

from __future__ import annotations

from typing import Any

from ivy.plugin import import_framework


def real_core() -> Any:
    return import_framework("mlx.core")
