"""The ``ivy.frontends`` plugin object of the jax frontend."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


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

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per jax namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.jax._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'jax'>"


frontend = JaxFrontend()
