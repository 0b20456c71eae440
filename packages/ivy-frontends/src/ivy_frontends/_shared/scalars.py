"""Python scalar conversions of a frontend array through its ``item()``."""

from __future__ import annotations

from typing import Any


class ItemConversions:
    """``int(x)``, ``float(x)`` and ``complex(x)`` of a one-element array, as its ``item()`` converts."""

    __slots__ = ()

    def item(self, *args: Any) -> Any:  # pragma: no cover - every array class defines its own
        raise NotImplementedError

    def __int__(self) -> int:
        return int(self.item())

    def __float__(self) -> float:
        return float(self.item())

    def __complex__(self) -> complex:
        return complex(self.item())
