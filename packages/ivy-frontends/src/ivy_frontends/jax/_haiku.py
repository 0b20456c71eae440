"""Haiku models as captures: ``(transformed, params)`` or ``(transformed, params, state)``.

A haiku model is a pure pair of functions (``hk.transform``) and its parameters (and state, for
``hk.transform_with_state``) kept apart, so it is passed as that tuple. Parameters are named
``"<module path>.<name>"`` as haiku prints them (``"mlp/~/linear_0.w"``); state entries are
buffers named ``"state.<module path>.<name>"`` and a call's new state is written back
(``BatchNorm`` statistics in training mode). ``apply`` is called with no random key (a model
that draws random numbers, dropout, needs one and is refused by haiku).
"""

from __future__ import annotations

import inspect
import sys
from typing import Any

STATE = "state."


def is_model(obj: Any) -> bool:
    """Whether ``obj`` is ``(Transformed, params)`` or ``(TransformedWithState, params, state)``."""
    hk = sys.modules.get("haiku")
    if hk is None or not isinstance(obj, tuple) or len(obj) not in (2, 3):
        return False
    kind = hk.TransformedWithState if len(obj) == 3 else hk.Transformed
    return isinstance(obj[0], kind) and all(isinstance(part, dict | _mapping()) for part in obj[1:])


def _mapping() -> type:
    from collections.abc import Mapping

    return Mapping


def _flat(tree: Any, prefix: str) -> dict[str, tuple[str, str, Any]]:
    return {f"{prefix}{m}.{k}": (m, k, v) for m, inner in tree.items() for k, v in inner.items()}


def _nest(flat: dict[str, tuple[str, str, Any]], given: dict[str, Any]) -> dict[str, dict[str, Any]]:
    tree: dict[str, dict[str, Any]] = {}
    for name, (module, key, _) in flat.items():
        tree.setdefault(module, {})[key] = given[name]
    return tree


def state_of(obj: Any) -> Any:
    """The model's parameters and state by name, and a pure function of them (see ``_flax.FlaxState``)."""
    from ivy_frontends.jax._flax import FlaxState

    transformed, params, *rest = obj
    params_flat = _flat(params, "")
    state_flat = _flat(rest[0], STATE) if rest else {}
    values = {n: v for n, (_, _, v) in (params_flat | state_flat).items()}
    takes_rng = "rng" in inspect.signature(transformed.apply).parameters

    def pure(given: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        inputs = [_nest(params_flat, given)]
        if rest:
            inputs.append(_nest(state_flat, given))
        if takes_rng:
            inputs.append(None)
        result = transformed.apply(*inputs, *args, **kwargs)
        if not rest:
            return result, {}
        result, new_state = result
        return result, {n: v for n, (_, _, v) in _flat(new_state, STATE).items()}

    return FlaxState(values, list(params_flat), False, pure)


def call(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The model run by haiku itself (its new state, if any, dropped: the caller's state is unchanged)."""
    state = state_of(obj)
    result, _ = state.pure(state.values, *args, **kwargs)
    return result
