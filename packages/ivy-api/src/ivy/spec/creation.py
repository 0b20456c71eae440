"""Array creation functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="creation", namespace="")


@spec(dtypes="real numeric")
def arange(
    start: int | float,
    /,
    stop: int | float | None = None,
    step: int | float = 1,
    *,
    dtype: DType | None = None,
    device: Device | None = None,
) -> Array:
    """Evenly spaced values in the half-open interval ``[start, stop)``."""


@spec()
def asarray(
    obj: Array | bool | int | float | complex | NestedSequence | SupportsBufferProtocol,
    /,
    *,
    dtype: DType | None = None,
    device: Device | None = None,
    copy: bool | None = None,
) -> Array:
    """Convert ``obj`` (array, scalar, nested sequence or buffer) to an array."""


@spec()
def empty(shape: int | tuple[int, ...], *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Uninitialised array of the given shape."""


@spec()
def empty_like(x: Array, /, *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Uninitialised array with the shape of ``x``."""


@spec()
def eye(
    n_rows: int, n_cols: int | None = None, /, *, k: int = 0, dtype: DType | None = None, device: Device | None = None
) -> Array:
    """Two-dimensional array with ones on the ``k``-th diagonal and zeros elsewhere."""


@spec()
def from_dlpack(x: object, /, *, device: Device | None = None, copy: bool | None = None) -> Array:
    """Array viewing (or copying) an object that implements the DLPack protocol."""


@spec()
def full(
    shape: int | tuple[int, ...],
    fill_value: bool | int | float | complex,
    *,
    dtype: DType | None = None,
    device: Device | None = None,
) -> Array:
    """Array of the given shape filled with ``fill_value``."""


@spec()
def full_like(
    x: Array, /, fill_value: bool | int | float | complex, *, dtype: DType | None = None, device: Device | None = None
) -> Array:
    """Array shaped like ``x`` filled with ``fill_value``."""


@spec(dtypes="floating")
def linspace(
    start: int | float | complex,
    stop: int | float | complex,
    /,
    num: int,
    *,
    dtype: DType | None = None,
    device: Device | None = None,
    endpoint: bool = True,
) -> Array:
    """``num`` evenly spaced samples over the closed (or half-open) interval."""


@spec()
def meshgrid(*arrays: Array, indexing: Literal["xy", "ij"] = "xy") -> tuple[Array, ...]:
    """Coordinate grids from one-dimensional coordinate arrays."""


@spec()
def ones(shape: int | tuple[int, ...], *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Array of the given shape filled with ones."""


@spec()
def ones_like(x: Array, /, *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Array shaped like ``x`` filled with ones."""


@spec()
def tril(x: Array, /, *, k: int = 0) -> Array:
    """Lower triangle of each matrix in ``x``; entries above diagonal ``k`` are zeroed."""


@spec()
def triu(x: Array, /, *, k: int = 0) -> Array:
    """Upper triangle of each matrix in ``x``; entries below diagonal ``k`` are zeroed."""


@spec()
def zeros(shape: int | tuple[int, ...], *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Array of the given shape filled with zeros."""


@spec()
def zeros_like(x: Array, /, *, dtype: DType | None = None, device: Device | None = None) -> Array:
    """Array shaped like ``x`` filled with zeros."""
