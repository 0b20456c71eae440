"""Shape arithmetic several frontends' functions share."""

from __future__ import annotations


def section_bounds(n: int, sections: int) -> list[int]:
    """Where to cut ``n`` items into ``sections`` nearly equal parts, the first ones larger (``array_split``)."""
    size, extra = divmod(n, sections)
    bounds, pos = [], 0
    for i in range(sections - 1):
        pos += size + (1 if i < extra else 0)
        bounds.append(pos)
    return bounds
