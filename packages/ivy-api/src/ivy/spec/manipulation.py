"""Array manipulation functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="manipulation", namespace="")


@spec()
def broadcast_arrays(*arrays: Array) -> tuple[Array, ...]:
    """The arrays broadcast against each other."""


@spec(core="ivy._shapes:broadcast_shapes")
def broadcast_shapes(*shapes: tuple[int | None, ...]) -> tuple[int | None, ...]:
    """The shape that broadcasting the given shapes gives."""


@spec()
def broadcast_to(x: Array, /, shape: tuple[int, ...]) -> Array:
    """``x`` broadcast to ``shape``."""


@spec()
def concat(arrays: tuple[Array, ...] | list[Array], /, *, axis: int | None = 0) -> Array:
    """The arrays joined along an existing axis (flattened first when ``axis`` is None)."""


@spec()
def expand_dims(x: Array, /, axis: int | tuple[int, ...]) -> Array:
    """``x`` with new size-one axes inserted at ``axis``."""


@spec()
def flip(x: Array, /, *, axis: int | tuple[int, ...] | None = None) -> Array:
    """``x`` with the order of elements reversed along ``axis``."""


@spec()
def moveaxis(x: Array, source: int | tuple[int, ...], destination: int | tuple[int, ...], /) -> Array:
    """``x`` with axes moved from ``source`` to ``destination``."""


@spec()
def permute_dims(x: Array, /, axes: tuple[int, ...]) -> Array:
    """``x`` with its axes permuted to ``axes``."""


@spec()
def repeat(x: Array, repeats: int | Array, /, *, axis: int | None = None) -> Array:
    """Each element of ``x`` repeated ``repeats`` times along ``axis``."""


@spec()
def reshape(x: Array, /, shape: tuple[int, ...], *, copy: bool | None = None) -> Array:
    """``x`` with a new shape and the same data."""


@spec()
def roll(x: Array, /, shift: int | tuple[int, ...], *, axis: int | tuple[int, ...] | None = None) -> Array:
    """``x`` with elements shifted cyclically along ``axis``."""


@spec()
def squeeze(x: Array, /, axis: int | tuple[int, ...]) -> Array:
    """``x`` with the given size-one axes removed."""


@spec()
def stack(arrays: tuple[Array, ...] | list[Array], /, *, axis: int = 0) -> Array:
    """The arrays joined along a new axis."""


@spec()
def tile(x: Array, repetitions: tuple[int, ...], /) -> Array:
    """``x`` repeated ``repetitions`` times along each axis."""


@spec()
def unstack(x: Array, /, *, axis: int = 0) -> tuple[Array, ...]:
    """The slices of ``x`` along ``axis``, as a tuple."""
