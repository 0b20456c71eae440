"""Statistical functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="statistical", namespace="")


@spec(dtypes="numeric")
def cumulative_prod(
    x: Array, /, *, axis: int | None = None, dtype: DType | None = None, include_initial: bool = False
) -> Array:
    """Cumulative product along ``axis``."""


@spec(dtypes="numeric")
def cumulative_sum(
    x: Array, /, *, axis: int | None = None, dtype: DType | None = None, include_initial: bool = False
) -> Array:
    """Cumulative sum along ``axis``."""


@spec(dtypes="real numeric")
def max(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """Maximum along ``axis``."""


@spec(dtypes="floating")
def mean(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """Arithmetic mean along ``axis``."""


@spec(dtypes="real numeric")
def min(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """Minimum along ``axis``."""


@spec(dtypes="numeric")
def prod(
    x: Array, /, *, axis: int | tuple[int, ...] | None = None, dtype: DType | None = None, keepdims: bool = False
) -> Array:
    """Product along ``axis``."""


@spec(dtypes="real floating")
def std(
    x: Array, /, *, axis: int | tuple[int, ...] | None = None, correction: int | float = 0.0, keepdims: bool = False
) -> Array:
    """Standard deviation along ``axis`` with ``correction`` degrees of freedom removed."""


@spec(dtypes="numeric")
def sum(
    x: Array, /, *, axis: int | tuple[int, ...] | None = None, dtype: DType | None = None, keepdims: bool = False
) -> Array:
    """Sum along ``axis``."""


@spec(dtypes="real floating")
def var(
    x: Array, /, *, axis: int | tuple[int, ...] | None = None, correction: int | float = 0.0, keepdims: bool = False
) -> Array:
    """Variance along ``axis`` with ``correction`` degrees of freedom removed."""
