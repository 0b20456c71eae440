"""Array utilities ML code leans on (Ivy extensions, main namespace)."""

from __future__ import annotations

from typing import Literal, NamedTuple

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="utilities", standard=False)


class TopKResult(NamedTuple):
    values: Any
    indices: Any


@spec(dtypes="numeric")
def einsum(subscripts: str, /, *operands: Array) -> Array:
    """Einstein summation over ``operands`` as ``subscripts`` describes (explicit ``->`` or implicit)."""


@spec()
def gather(x: Array, indices: Array, /, *, axis: int = 0, batch_dims: int = 0) -> Array:
    """Slices of ``x`` along ``axis`` picked by an integer array of any shape (``tf.gather`` semantics)."""


@spec()
def gather_nd(x: Array, indices: Array, /, *, batch_dims: int = 0) -> Array:
    """Elements or slices of ``x`` addressed by the last axis of ``indices`` (``tf.gather_nd`` semantics)."""


@spec()
def scatter_nd(
    indices: Array,
    updates: Array,
    /,
    shape: tuple[int, ...],
    *,
    reduction: Literal["add", "update", "min", "max"] = "add",
) -> Array:
    """A zero array of ``shape`` with ``updates`` combined in at ``indices`` (duplicates combine)."""


@spec()
def scatter_add(x: Array, indices: Array, updates: Array, /, *, axis: int = 0) -> Array:
    """``x`` with ``updates`` added at ``indices`` along ``axis`` (``torch.scatter_add`` semantics)."""


@spec()
def index_put(x: Array, indices: tuple[Array, ...], values: Array, /, *, accumulate: bool = False) -> Array:
    """``x`` with ``x[indices] = values`` (or ``+=`` with ``accumulate``, duplicates summed); ``x`` unchanged."""


@spec(dtypes="real numeric")
def top_k(x: Array, /, k: int, *, axis: int = -1, largest: bool = True, sorted: bool = True) -> TopKResult:
    """The ``k`` largest (or smallest) values along ``axis`` and their indices."""


@spec()
def split(x: Array, /, indices_or_sections: int | tuple[int, ...], *, axis: int = 0) -> tuple[Array, ...]:
    """``x`` split into equal sections or at the given indices along ``axis``."""
