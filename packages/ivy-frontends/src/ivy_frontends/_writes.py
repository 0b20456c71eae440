"""Writes a captured program makes to its own inputs (``x.add_(1)``, ``x[0] = 5``, ``a[...] = b``).

A frontend array holds its ``ivy.Array`` in one attribute (its *slot*) and an in-place
operation replaces it, or writes that ``ivy.Array`` itself (``ivy.Array.__setitem__`` swaps its
native data). :class:`InputWrites` remembers, for each array a run was given, the frontend array
standing for it, the slot's value and its data; after each operation the capture calls
:meth:`InputWrites.check` with the operation's name, and :meth:`InputWrites.result` gives
``Capture.writes``: the given array's ``id`` -> ``(value after the run, first writing operation)``.
"""

from __future__ import annotations

from typing import Any

import ivy

#: the operation named when no intercepted call wrote the input (a frontend method or operator the program called)
UNNAMED = "an in-place method or operator"


def pairs(given: Any, converted: Any) -> list[tuple[Any, Any]]:
    """``(ivy.Array given to a run, the frontend value it became)`` through matching lists, tuples and dicts."""
    if isinstance(given, ivy.Array):
        return [(given, converted)]
    if isinstance(given, (list, tuple)) and isinstance(converted, (list, tuple)) and len(given) == len(converted):
        return [p for g, c in zip(given, converted, strict=True) for p in pairs(g, c)]
    if isinstance(given, dict) and isinstance(converted, dict):
        return [p for k, g in given.items() if k in converted for p in pairs(g, converted[k])]
    return []


class InputWrites:
    """The run's input arrays and which of them the program wrote in place, by which operation."""

    def __init__(self, given: Any, converted: Any, slot: str) -> None:
        self.slot = slot
        watched = [(g, c, getattr(c, slot, None)) for g, c in pairs(given, converted)]
        self.watched = [(g, c, (a, a.data)) for g, c, a in watched if isinstance(a, ivy.Array)]
        self.named: dict[int, str] = {}
        self.marked: set[int] = set()  # written in place on the same ivy.Array and native (NumPy's __setitem__)

    def _now(self, converted: Any, before: tuple[Any, Any]) -> Any:
        """The frontend array's ``ivy.Array`` when the program wrote it, else None."""
        now = getattr(converted, self.slot, before[0])
        return now if now is not before[0] or now.data is not before[1] else None

    def check(self, operation: str) -> None:
        """Name ``operation`` as the writer of every watched input it changed (the first writer is kept)."""
        for given, converted, before in self.watched:
            if id(given) not in self.named and self._now(converted, before) is not None:
                self.named[id(given)] = operation

    def mark(self, converted: Any, operation: str) -> None:
        """Record that ``operation`` wrote ``converted`` (a frontend array) in place, whatever its slot holds now."""
        for given, watched, _ in self.watched:
            if watched is converted:
                self.named.setdefault(id(given), operation)
                self.marked.add(id(given))

    def result(self) -> dict[int, tuple[Any, str]]:
        """``id`` of each given array the run wrote -> ``(its value now, the operation that wrote it)``."""
        out = {}
        for given, converted, before in self.watched:
            now = self._now(converted, before)
            if now is not None or id(given) in self.marked:
                out[id(given)] = (getattr(converted, self.slot), self.named.get(id(given), UNNAMED))
        return out
