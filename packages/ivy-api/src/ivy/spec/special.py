"""Special functions ML code needs beyond the standard (Ivy extensions, main namespace)."""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="special", standard=False)


@spec(dtypes="real floating")
def erf(x: Array, /) -> Array:
    """The error function, elementwise."""


@spec(dtypes="real floating")
def erfinv(x: Array, /) -> Array:
    """The inverse error function on ``(-1, 1)``, elementwise."""


@spec(dtypes="real floating")
def logsumexp(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """``log(sum(exp(x)))`` along ``axis``, stabilised by the maximum."""
