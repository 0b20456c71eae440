"""Coverage of the real jax namespaces by the frontend.

"Public names" of a real namespace, by rule: the names in ``dir()`` without a
leading underscore that are not modules, and for ``jax.lax`` and
``jax.random`` not the ``*_p`` primitive objects (those are counted by the
capture's primitive table, not as API). ``jax.scipy.stats`` is counted
through its distributions: its own public names (``mode``, ``rankdata``, ...)
plus, for every public submodule (a distribution such as ``norm``), that
submodule's public names as dotted names (``norm.logpdf``, ``norm.cdf``). A
name is emulated when the frontend's namespace has it (a dotted name: an
attribute of the frontend's attribute of that distribution).

Names that make no sense off JAX (collectives over named mapped axes,
sharding, effect tokens, compiler internals) are listed in ``OUT_OF_SCOPE``
with their reasons and left out of the share.
"""

from __future__ import annotations

import types
from typing import Any

from ivy_frontends._plugin import import_framework

_COLLECTIVE = "a collective over a named mapped axis (pmap/shard_map); the frontend has no named device axes"
OUT_OF_SCOPE: dict[str, dict[str, str]] = {
    "jax.lax": {
        **dict.fromkeys(
            (
                "all_gather",
                "all_to_all",
                "axis_index",
                "axis_size",
                "pbroadcast",
                "pcast",
                "pmax",
                "pmean",
                "pmin",
                "ppermute",
                "precv",
                "psend",
                "pshuffle",
                "psum",
                "psum_scatter",
                "pswapaxes",
                "ragged_all_to_all",
            ),
            _COLLECTIVE,
        ),
        "with_sharding_constraint": "sharding annotation for the XLA partitioner",
        "after_all": "orders XLA side-effect tokens",
        "create_token": "creates an XLA side-effect token",
        "dce_sink": "keeps a value alive through XLA's dead-code elimination",
        "composite": "marks a decomposable XLA composite op for the compiler",
    },
    "jax.numpy": {
        **dict.fromkeys(
            (
                "float4_e2m1fn",
                "float6_e2m3fn",
                "float6_e3m2fn",
                "float8_e3m4",
                "float8_e4m3",
                "float8_e4m3b11fnuz",
                "float8_e4m3fn",
                "float8_e4m3fnuz",
                "float8_e5m2",
                "float8_e5m2fnuz",
                "float8_e8m0fnu",
                "int1",
                "int2",
                "int4",
                "uint1",
                "uint2",
                "uint4",
            ),
            "a sub-byte or 8-bit float/integer dtype (ml_dtypes) that no ivy dtype holds",
        ),
        **dict.fromkeys(("fromfile", "load", "save", "savez"), "file I/O of NumPy's formats, not array computation"),
        **dict.fromkeys(
            ("get_printoptions", "printoptions", "set_printoptions"),
            "NumPy's process-wide print settings (jax.numpy re-exports NumPy's), not array computation",
        ),
    },
}


def _public(module: Any, drop_primitives: bool = False) -> set[str]:
    out = set()
    for name in dir(module):
        if name.startswith("_") or isinstance(getattr(module, name, None), types.ModuleType):
            continue
        if drop_primitives and name.endswith("_p"):
            continue
        out.add(name)
    return out


def _dotted(module: Any) -> set[str]:
    """A namespace's public names plus its public submodules' names, dotted."""
    out = _public(module)
    for sub in dir(module):
        if not sub.startswith("_") and isinstance(getattr(module, sub), types.ModuleType):
            out |= {f"{sub}.{n}" for n in _public(getattr(module, sub))}
    return out


def _has(namespace: Any, dotted: str) -> bool:
    for part in dotted.split("."):
        if not hasattr(namespace, part):
            return False
        namespace = getattr(namespace, part)
    return True


def coverage() -> dict[str, tuple[set[str], set[str], dict[str, str]]]:
    """``{namespace: (real public names, emulated names, out of scope)}`` for each emulated jax namespace."""
    jax = import_framework("jax")
    for sub in ("jax.numpy", "jax.scipy.special", "jax.scipy.stats", "jax.scipy.linalg"):
        import_framework(sub)
    from ivy_frontends.jax import lax, nn, random, scipy
    from ivy_frontends.jax import numpy as jnp

    report = {}
    for label, real_mod, mine in (
        ("jax.numpy", jax.numpy, jnp),
        ("jax.nn", jax.nn, nn),
        ("jax.lax", jax.lax, lax),
        ("jax.random", jax.random, random),
        ("jax.scipy.special", jax.scipy.special, scipy.special),
        ("jax.scipy.stats", jax.scipy.stats, scipy.stats),
        ("jax.scipy.linalg", jax.scipy.linalg, scipy.linalg),
    ):
        if label == "jax.scipy.stats":
            real = _dotted(real_mod)
        else:
            real = _public(real_mod, drop_primitives=label in ("jax.lax", "jax.random"))
        if label == "jax.nn":
            real.add("initializers")
        report[label] = (real, {n for n in real if _has(mine, n)}, OUT_OF_SCOPE.get(label, {}))
    return report
