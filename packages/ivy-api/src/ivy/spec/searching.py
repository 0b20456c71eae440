"""Searching functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="searching", namespace="")


@spec(dtypes="real numeric")
def argmax(x: Array, /, *, axis: int | None = None, keepdims: bool = False) -> Array:
    """Index of the first maximum along ``axis``."""


@spec(dtypes="real numeric")
def argmin(x: Array, /, *, axis: int | None = None, keepdims: bool = False) -> Array:
    """Index of the first minimum along ``axis``."""


@spec()
def count_nonzero(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """Number of non-zero elements along ``axis``."""


@spec()
def nonzero(x: Array, /) -> tuple[Array, ...]:
    """Indices of the non-zero elements, one array per dimension."""


@spec(dtypes="real numeric")
def searchsorted(
    x1: Array, x2: Array | int | float, /, *, side: Literal["left", "right"] = "left", sorter: Array | None = None
) -> Array:
    """Insertion points of ``x2`` into the sorted one-dimensional ``x1``."""


@spec()
def where(
    condition: Array, x1: Array | int | float | complex | bool, x2: Array | int | float | complex | bool, /
) -> Array:
    """Elements of ``x1`` where ``condition`` holds and of ``x2`` elsewhere."""
