"""Set functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="set", namespace="")


@spec(dtypes="real numeric")
def isin(x1: Array | int, x2: Array | int, /, *, invert: bool = False) -> Array:
    """Whether each element of ``x1`` occurs in ``x2``."""


@spec()
def unique_all(x: Array, /) -> UniqueAllResult:
    """Unique values with first indices, inverse indices and counts."""


@spec()
def unique_counts(x: Array, /) -> UniqueCountsResult:
    """Unique values and how often each occurs."""


@spec()
def unique_inverse(x: Array, /) -> UniqueInverseResult:
    """Unique values and the indices that rebuild ``x`` from them."""


@spec()
def unique_values(x: Array, /) -> Array:
    """Unique values of ``x``."""
