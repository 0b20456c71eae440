"""The nn argument forms every framework shares: one value or one per spatial axis."""

from __future__ import annotations

from typing import Any


def per_axis(value: Any, n: int, *, channels_last: bool | None = None) -> tuple:
    """``value`` given once or per spatial axis, as a tuple of ``n`` items.

    A scalar or a one-item sequence repeats ``n`` times; a sequence of ``n`` items stays as it is.
    With ``channels_last`` given, a sequence of ``n + 2`` items (batch and channel axes
    included, as TensorFlow and Paddle allow) loses those two axes. Any other sequence is kept,
    so that the function reading it reports the mismatch. Array-like values (a tensor of sizes)
    are read with ``tolist()``.
    """
    if hasattr(value, "tolist") and not isinstance(value, (list, tuple)):
        value = value.tolist()
    if not isinstance(value, (list, tuple)):
        return (value,) * n
    if len(value) == 1:
        return tuple(value) * n
    if channels_last is not None and len(value) == n + 2 and n > 0:
        return tuple(value[1:-1]) if channels_last else tuple(value[2:])
    return tuple(value)


def ints_per_axis(value: Any, n: int, *, channels_last: bool | None = None) -> tuple[int, ...]:
    """:func:`per_axis` with every item an int (strides, dilations, kernel sizes)."""
    return tuple(int(v) for v in per_axis(value, n, channels_last=channels_last))
