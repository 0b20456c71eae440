"""Coverage of the real paddle namespaces by the frontend (stub, grown later)."""

from __future__ import annotations


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}``."""
    from ivy_frontends._plugin import import_framework

    paddle = import_framework("paddle")
    real = {n for n in dir(paddle) if not n.startswith("_") and callable(getattr(paddle, n, None))}
    return {"paddle": (real, set())}
