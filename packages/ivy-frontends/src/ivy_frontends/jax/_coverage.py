"""Coverage of the real jax namespaces by the frontend (grown with the frontend)."""

from __future__ import annotations

from ivy_frontends._plugin import import_framework


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}``."""
    jax = import_framework("jax")
    report = {}
    for label in ("numpy", "nn", "lax", "random"):
        real = {n for n in dir(getattr(jax, label)) if not n.startswith("_")}
        report[f"jax.{label}"] = (real, set())
    return report
