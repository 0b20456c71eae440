"""The dtype object torch and paddle frontends share: a framework name backed by an ivy dtype."""

from __future__ import annotations

from typing import Any, TypeVar

import ivy

D = TypeVar("D", bound="FrontendDtype")


class FrontendDtype:
    """``<prefix>.<name>`` (``torch.float32``), backed by the matching ivy dtype; pickles as its module global."""

    __slots__ = ("_ivy", "_name")
    #: the framework module name shown by ``repr`` (set by each subclass)
    prefix = ""

    def __init__(self, name: str, ivy_dtype: Any) -> None:
        self._name = name
        self._ivy = ivy_dtype

    def __repr__(self) -> str:
        return f"{self.prefix}.{self._name}"

    def __reduce__(self) -> str:
        return self._name


def dtypes_of(cls: type[D], names: str) -> tuple[D, ...]:
    """One ``cls`` per space-separated ivy dtype name, in order (the module binds them to its names)."""
    return tuple(cls(name, getattr(ivy, name)) for name in names.split())
