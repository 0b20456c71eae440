"""The ``ivy.frontends`` plugin object of the jax frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Model
from ivy_frontends._shared.plugin import FrontendPlugin


class JaxFrontend(FrontendPlugin):
    """JAX emulated on ivy: ``namespace`` plays ``jax``; ``capture`` runs real JAX programs through their jaxpr."""

    name = "jax"
    array = ("._array", "Array", "_a")

    def describe(self, program: Any) -> Model | None:
        """A flax model's parameters and buffers by dotted path, and its mode (see ``_flax``); None otherwise."""
        from ivy_frontends.jax import _flax

        if not _flax.is_model(program):
            return None
        state = _flax.state_of(program)
        return Model(state.parameters, [n for n in state.values if n not in set(state.parameters)], state.training)

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in JAX; an nnx model's state (BatchNorm statistics) is restored after the call."""
        from ivy_frontends.jax import _flax

        nnx = sys.modules.get("flax.nnx")
        if _flax.is_model(program) and not (nnx is not None and isinstance(program, nnx.Module)):
            return _flax.call(program, args, kwargs)  # linen, haiku, equinox: their state left as it was
        saved = None
        if nnx is not None and isinstance(program, nnx.Module):
            jax = sys.modules["jax"]
            saved = jax.tree.map(lambda a: a, nnx.state(program))  # new Variables, same arrays
        try:
            return program(*args, **kwargs)
        finally:
            if saved is not None:
                nnx.update(program, saved)


frontend = JaxFrontend()
