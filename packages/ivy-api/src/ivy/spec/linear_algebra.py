"""Linear algebra functions of the main namespace."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="linear_algebra", namespace="")


@spec(dtypes="numeric")
def matmul(x1: Array, x2: Array, /) -> Array:
    """Matrix product of ``x1`` and ``x2``, batched over leading dimensions."""


@spec()
def matrix_transpose(x: Array, /) -> Array:
    """Transpose of each matrix (the last two axes swapped)."""


@spec(dtypes="numeric")
def tensordot(x1: Array, x2: Array, /, *, axes: int | tuple[Sequence[int], Sequence[int]] = 2) -> Array:
    """Tensor contraction of ``x1`` and ``x2`` over ``axes``."""


@spec(dtypes="numeric")
def vecdot(x1: Array, x2: Array, /, *, axis: int = -1) -> Array:
    """Dot product of vectors along ``axis`` (the first argument conjugated)."""
