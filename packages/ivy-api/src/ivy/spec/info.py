"""Inspection: the standard's ``__array_namespace_info__``."""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="inspection")


@spec(core="ivy._info:__array_namespace_info__")
def __array_namespace_info__() -> Any:
    """Inspection object: capabilities, default device and dtypes, supported dtypes and devices."""
