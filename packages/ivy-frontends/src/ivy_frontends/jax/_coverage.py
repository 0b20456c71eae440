"""Coverage of the real jax namespaces by the frontend.

"Public names" of a real namespace, by rule: the names in ``dir()`` without a
leading underscore that are not modules, and for ``jax.lax`` not the ``*_p``
primitive objects (those are counted by the capture's primitive table, not as
API). A name is emulated when the frontend's namespace has an attribute of that
name (``jax.numpy``/``jax.nn``/``jax.lax``/``jax.random``).
"""

from __future__ import annotations

import types
from typing import Any

from ivy_frontends._plugin import import_framework


def _public(module: Any, drop_primitives: bool = False) -> set[str]:
    out = set()
    for name in dir(module):
        if name.startswith("_") or isinstance(getattr(module, name, None), types.ModuleType):
            continue
        if drop_primitives and name.endswith("_p"):
            continue
        out.add(name)
    return out


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}`` for jax.numpy, jax.nn, jax.lax and jax.random."""
    jax = import_framework("jax")
    import_framework("jax.numpy")
    from ivy_frontends.jax import lax, nn, random
    from ivy_frontends.jax import numpy as jnp

    report = {}
    for label, real_mod, mine in (
        ("jax.numpy", jax.numpy, jnp),
        ("jax.nn", jax.nn, nn),
        ("jax.lax", jax.lax, lax),
        ("jax.random", jax.random, random),
    ):
        real = _public(real_mod, drop_primitives=label == "jax.lax")
        if label == "jax.nn":
            real.add("initializers")
        report[label] = (real, {n for n in real if hasattr(mine, n)})
    return report
