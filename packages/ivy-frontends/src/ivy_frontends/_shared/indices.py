"""Out-of-range index modes that NumPy's and Paddle's ``take``-like functions share."""

from __future__ import annotations

from typing import Any

import ivy

#: ``raise`` rejects an index out of range, ``wrap`` takes it modulo the size, ``clip`` clamps it
INDEX_MODES = ("raise", "wrap", "clip")


def into_range(index: Any, size: int, mode: str) -> Any:
    """``index`` brought into ``[0, size)`` as ``wrap`` or ``clip`` do; under any other mode, unchanged."""
    if mode == "wrap":
        return ivy.remainder(index, size)
    if mode == "clip":
        return ivy.clip(index, 0, size - 1)
    return index
