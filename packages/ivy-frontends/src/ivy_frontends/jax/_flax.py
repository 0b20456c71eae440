"""Flax models as captures: their state by dotted path, read by the captured program at each call.

Two kinds of model hold their own state:

- a ``flax.nnx.Module``: parameters are its ``nnx.Param`` variables, named by their path
  (``"linear1.kernel"``, ``"layers.0.bias"``); every other variable (``BatchStat``) is a buffer.
  Buffers the call updates (``BatchNorm`` in training mode) are written back to
  ``Capture.parameters``. Train/eval mode is the modules' ``use_running_average`` /
  ``deterministic`` flags (``model.train()`` / ``model.eval()``).
- a ``flax.linen`` module bound to its variables (``module.bind(variables)``): parameters are
  the ``"params"`` collection by dotted path (``"Dense_0.kernel"``); other collections are
  buffers named with the collection first (``"batch_stats.BatchNorm_0.mean"``). The call is
  ``module.apply(variables, ..., mutable=...)`` with the collections the binding made mutable
  (``module.bind(variables, mutable=["batch_stats"])``): their new values are written back as
  flax writes them into the bound module, and the model is in training mode; bound with nothing
  mutable, train/eval mode is whatever the call's own arguments say.

Haiku ``(transformed, params[, state])`` tuples (``_haiku``) and equinox modules (``_equinox``)
are models of the same shape.

The model becomes a pure JAX function of ``(values by name, *args)`` that the function capture
turns into a jaxpr; the ``Capture`` runs it with the values in ``Capture.parameters``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ivy
from ivy_frontends._plugin import Capture, import_framework
from ivy_frontends.jax._array import Array, to_ivy


@dataclass
class FlaxState:
    """A flax model's state: ``values`` (all of it, by name, in order), which names are parameters, and mode."""

    values: dict[str, Any]  # jax arrays
    parameters: list[str]
    training: bool
    pure: Callable[..., Any]  # pure(values, *args, **kwargs) -> (result, {buffer name: new value})


def is_model(obj: Any) -> bool:
    """Whether ``obj`` is an nnx Module, a bound linen Module, a haiku model or an equinox module
    (none of these libraries is imported here)."""
    from ivy_frontends.jax import _equinox, _haiku

    return _nnx_module(obj) or _bound_linen(obj) or _haiku.is_model(obj) or _equinox.is_model(obj)


def _nnx_module(obj: Any) -> bool:
    nnx = sys.modules.get("flax.nnx")
    return nnx is not None and isinstance(obj, nnx.Module)


def _bound_linen(obj: Any) -> bool:
    linen = sys.modules.get("flax.linen")
    return linen is not None and isinstance(obj, linen.Module) and obj.scope is not None


def _dotted(path: tuple) -> str:
    return ".".join(str(getattr(p, "key", p)) for p in path)


def state_of(obj: Any) -> FlaxState:
    """The state of an nnx Module or bound linen Module, and a pure function of it."""
    if _nnx_module(obj):
        return _nnx_state(obj)
    if _bound_linen(obj):
        return _linen_state(obj)
    from ivy_frontends.jax import _equinox, _haiku

    if _haiku.is_model(obj):
        return _haiku.state_of(obj)
    if _equinox.is_model(obj):
        return _equinox.state_of(obj)
    raise TypeError(
        "ivy_frontends.jax: expected a flax nnx.Module, a bound linen Module, a haiku (transformed, params) "
        f"tuple or an equinox Module, got {type(obj).__name__}"
    )


def call(obj: Any, args: tuple, kwargs: dict) -> Any:
    """``obj`` run by its own library on ``args``, leaving its state as it was (the verification's reference)."""
    from ivy_frontends.jax import _haiku

    if _haiku.is_model(obj):
        return _haiku.call(obj, args, kwargs)
    if _bound_linen(obj):
        state = _linen_state(obj)
        result, _ = state.pure(state.values, *args, **kwargs)
        return result
    return obj(*args, **kwargs)


def _nnx_state(model: Any) -> FlaxState:
    nnx = import_framework("flax.nnx")
    graphdef, state = nnx.split(model)
    flat = list(nnx.to_flat_state(state))
    names = [_dotted(path) for path, _ in flat]
    values = {n: v.get_value() for n, (_, v) in zip(names, flat, strict=True)}
    params = [n for n, (_, v) in zip(names, flat, strict=True) if isinstance(v, nnx.Param)]
    buffers = [n for n in names if n not in params]
    training = any(
        getattr(m, "use_running_average", True) is False or getattr(m, "deterministic", True) is False
        for _, m in nnx.iter_modules(model)
    )

    def pure(given: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        rebuilt = nnx.from_flat_state([(p, v.replace(given[n])) for n, (p, v) in zip(names, flat, strict=True)])
        copy = nnx.merge(graphdef, rebuilt)
        result = copy(*args, **kwargs)
        after = dict(zip(names, (v.get_value() for _, v in nnx.to_flat_state(nnx.state(copy))), strict=True))
        return result, {n: after[n] for n in buffers}

    return FlaxState(values, params, training, pure)


def _linen_state(bound: Any) -> FlaxState:
    traverse = import_framework("flax.traverse_util")
    module, variables = bound.unbind()
    variables = dict(variables)
    values: dict[str, Any] = {}
    where: dict[str, tuple] = {}
    for collection in ["params", *(c for c in variables if c != "params")]:
        for path, value in traverse.flatten_dict(dict(variables.get(collection, {}))).items():
            name = ".".join(str(p) for p in path)
            name = name if collection == "params" else f"{collection}.{name}"
            values[name], where[name] = value, (collection, *path)
    params = [n for n in values if where[n][0] == "params"]
    mutable = bound.scope.mutable
    mutable = [c for c in variables if c != "params" and (mutable is True or c in (mutable or ()))]

    def pure(given: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        rebuilt = traverse.unflatten_dict({where[n]: given[n] for n in where})
        if not mutable:
            return module.apply(rebuilt, *args, **kwargs), {}
        result, updated = module.apply(rebuilt, *args, mutable=mutable, **kwargs)
        updates = {}
        for collection in mutable:
            for path, value in traverse.flatten_dict(dict(updated.get(collection, {}))).items():
                updates[".".join((collection, *(str(p) for p in path)))] = value
        return result, updates

    return FlaxState(values, params, bool(mutable), pure)


def capture_model(model: Any, capture_function: Callable[..., Capture]) -> Capture:
    """A ``Capture`` of a flax model: ``parameters`` is its state as ivy arrays; ``run`` reads it at each call."""
    state = state_of(model)
    parameters = {n: to_ivy(v) for n, v in state.values.items()}
    inner = capture_function(state.pure)

    def run(*args: Any, **kwargs: Any) -> Any:
        result, updates = inner.run({n: parameters[n] for n in state.values}, *args, **kwargs)
        for name, value in updates.items():
            new = value._a if isinstance(value, Array) else value
            if isinstance(new, ivy.Array) and new is not parameters[name]:
                parameters[name] = new
        return result

    return Capture(run=run, parameters=parameters, name=type(model).__name__)
