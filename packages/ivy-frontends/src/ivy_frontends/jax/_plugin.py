"""The ``ivy.frontends`` plugin object of the jax frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Capture, Model


class JaxFrontend:
    """JAX emulated on ivy: ``namespace`` plays ``jax``; ``capture`` runs real JAX programs through their jaxpr."""

    name = "jax"

    @property
    def namespace(self) -> Any:
        import ivy_frontends.jax as namespace

        return namespace

    def capture(self, program: Any, *example_args: Any) -> Capture:
        """A real JAX function or flax model bound to the frontend (see ``_capture`` and ``_flax``)."""
        from ivy_frontends.jax._capture import capture

        return capture(program, *example_args)

    def describe(self, program: Any) -> Model | None:
        """A flax model's parameters and buffers by dotted path, and its mode (see ``_flax``); None otherwise."""
        from ivy_frontends.jax import _flax

        if not _flax.is_model(program):
            return None
        state = _flax.state_of(program)
        return Model(state.parameters, [n for n in state.values if n not in set(state.parameters)], state.training)

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in JAX; an nnx model's state (BatchNorm statistics) is restored after the call."""
        nnx = sys.modules.get("flax.nnx")
        saved = None
        if nnx is not None and isinstance(program, nnx.Module):
            jax = sys.modules["jax"]
            saved = jax.tree.map(lambda a: a, nnx.state(program))  # new Variables, same arrays
        try:
            return program(*args, **kwargs)
        finally:
            if saved is not None:
                nnx.update(program, saved)

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's ``Array``s; None for any other value."""
        from ivy_frontends.jax._array import Array

        return value._a if isinstance(value, Array) else None

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per jax namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.jax._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'jax'>"


frontend = JaxFrontend()
