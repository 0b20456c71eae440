"""Data type functions: casting, promotion and dtype inspection."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="data_type", namespace="")


@spec()
def astype(x: Array, dtype: DType, /, *, copy: bool = True, device: Device | None = None) -> Array:
    """``x`` cast to ``dtype`` (and optionally moved to ``device``)."""


@spec(core="ivy._dtypes:can_cast")
def can_cast(from_: DType | Array, to: DType, /) -> bool:
    """Whether ``from_`` casts to ``to`` under the type-promotion rules."""


@spec(core="ivy._dtypes:finfo")
def finfo(type: DType | Array, /) -> FInfo:
    """Machine limits of a floating-point dtype."""


@spec(core="ivy._dtypes:iinfo")
def iinfo(type: DType | Array, /) -> IInfo:
    """Machine limits of an integer dtype."""


@spec(core="ivy._dtypes:isdtype")
def isdtype(dtype: DType, kind: DType | str | tuple[DType | str, ...]) -> bool:
    """Whether ``dtype`` belongs to ``kind`` (a dtype, a kind name, or a tuple of them)."""


@spec(core="ivy._dtypes:result_type")
def result_type(*arrays_and_dtypes: Array | int | float | complex | bool | DType) -> DType:
    """The dtype that type promotion gives for the arguments."""
