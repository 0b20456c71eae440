"""Names used in hookspec annotations.

The dispatcher reads these annotations to decide, per parameter, what to
unwrap (arrays), translate (dtypes, devices) or pass through, and per return
value what to wrap. They are markers for that purpose, not runtime types.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol

from ivy._devices import Device
from ivy._dtypes import DType, FInfo, IInfo

__all__ = [
    "Any",
    "Array",
    "DType",
    "Device",
    "EigResult",
    "EighResult",
    "FInfo",
    "IInfo",
    "LUFactorResult",
    "NestedSequence",
    "QRResult",
    "SVDResult",
    "SlogdetResult",
    "SupportsBufferProtocol",
    "UniqueAllResult",
    "UniqueCountsResult",
    "UniqueInverseResult",
]


class Array(Protocol):
    """An ``ivy.Array`` or a native array of the selected backend."""


class NestedSequence(Protocol):
    """A (nested) Python sequence of scalars."""


class SupportsBufferProtocol(Protocol):
    """An object exposing the Python buffer protocol."""


class UniqueAllResult(NamedTuple):
    values: Any
    indices: Any
    inverse_indices: Any
    counts: Any


class UniqueCountsResult(NamedTuple):
    values: Any
    counts: Any


class UniqueInverseResult(NamedTuple):
    values: Any
    inverse_indices: Any


class EigResult(NamedTuple):
    eigenvalues: Any
    eigenvectors: Any


class EighResult(NamedTuple):
    eigenvalues: Any
    eigenvectors: Any


class QRResult(NamedTuple):
    Q: Any
    R: Any


class SlogdetResult(NamedTuple):
    sign: Any
    logabsdet: Any


class SVDResult(NamedTuple):
    U: Any
    S: Any
    Vh: Any


class LUFactorResult(NamedTuple):
    LU: Any
    pivots: Any
