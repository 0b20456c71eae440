"""Equinox modules as captures: a module is a pytree, its floating-point array leaves are the
parameters, named by their pytree path (``"layers.0.weight"``); other array leaves are buffers.
"""

from __future__ import annotations

import sys
from typing import Any


def is_model(obj: Any) -> bool:
    """Whether ``obj`` is an ``equinox.Module`` (equinox is never imported here)."""
    eqx = sys.modules.get("equinox")
    return eqx is not None and isinstance(obj, eqx.Module)


def _name(path: tuple) -> str:
    parts = []
    for key in path:
        for attribute in ("name", "key", "idx"):
            if hasattr(key, attribute):
                parts.append(str(getattr(key, attribute)))
                break
        else:
            parts.append(str(key))
    return ".".join(parts)


def state_of(model: Any) -> Any:
    """The module's array leaves by path name, and a pure function of them (see ``_flax.FlaxState``)."""
    import numpy as np

    from ivy_frontends._plugin import import_framework
    from ivy_frontends.jax._flax import FlaxState

    jax = import_framework("jax")
    flat, treedef = jax.tree_util.tree_flatten_with_path(model)
    arrays = [i for i, (_, leaf) in enumerate(flat) if isinstance(leaf, jax.Array | np.ndarray)]
    names = [_name(flat[i][0]) for i in arrays]
    values = {n: flat[i][1] for n, i in zip(names, arrays, strict=True)}
    params = [n for n in names if np.issubdtype(values[n].dtype, np.inexact)]
    leaves = [leaf for _, leaf in flat]

    def pure(given: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        new = list(leaves)
        for n, i in zip(names, arrays, strict=True):
            new[i] = given[n]
        return jax.tree_util.tree_unflatten(treedef, new)(*args, **kwargs), {}

    return FlaxState(values, params, False, pure)
