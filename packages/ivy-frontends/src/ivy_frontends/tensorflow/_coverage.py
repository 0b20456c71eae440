"""Coverage of the real TensorFlow namespaces by the frontend."""

from __future__ import annotations


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}``."""
    return {}
