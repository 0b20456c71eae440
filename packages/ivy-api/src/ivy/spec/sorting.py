"""Sorting functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="sorting", namespace="")


@spec(dtypes="real numeric")
def argsort(x: Array, /, *, axis: int = -1, descending: bool = False, stable: bool = True) -> Array:
    """Indices that sort ``x`` along ``axis``."""


@spec(dtypes="real numeric")
def sort(x: Array, /, *, axis: int = -1, descending: bool = False, stable: bool = True) -> Array:
    """``x`` sorted along ``axis``."""
