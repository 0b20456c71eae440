"""Plain data objects in a program's results (a Hugging Face ``DynamicCache``): see :mod:`ivy.capture`."""

from __future__ import annotations

from ivy.capture import holds, is_data_object

__all__ = ["holds", "is_data_object"]
