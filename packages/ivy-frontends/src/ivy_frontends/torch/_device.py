# ruff: noqa: A001, A002 - torch's own argument and function names (input, min, max, sum, ...)
"""``torch.device`` and ``torch.Size``: the small value types tensors report."""

from __future__ import annotations

from typing import Any


class device:  # noqa: N801 - torch's name
    """Where a tensor lives: ``device("cpu")``, ``device("cuda", 0)``; ivy decides the real placement."""

    __slots__ = ("index", "type")

    def __init__(self, type: Any = "cpu", index: int | None = None) -> None:
        if isinstance(type, device):
            type, index = type.type, type.index
        elif isinstance(type, int):
            type, index = "cuda", type
        else:
            type = str(type)
            if ":" in type:
                type, _, idx = type.partition(":")
                index = int(idx)
        self.type = type
        self.index = index

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            other = device(other)
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self) -> int:
        return hash((self.type, self.index))

    def __str__(self) -> str:
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __repr__(self) -> str:
        return (
            f"device(type='{self.type}')" if self.index is None else f"device(type='{self.type}', index={self.index})"
        )


CPU = device("cpu")


class Size(tuple):
    """A tensor's shape: a tuple of ints with ``numel()``."""

    __slots__ = ()

    def numel(self) -> int:
        """The number of elements a tensor of this shape holds."""
        n = 1
        for d in self:
            n *= d
        return n

    def __repr__(self) -> str:
        return f"torch.Size({list(self)})"
