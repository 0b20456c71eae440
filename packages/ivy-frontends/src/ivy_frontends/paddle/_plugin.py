"""The ``ivy.frontends`` plugin object of the paddle frontend."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


class PaddleFrontend:
    """PaddlePaddle emulated on ivy: ``namespace`` plays ``paddle``; ``capture`` runs real paddle programs on it."""

    name = "paddle"

    @property
    def namespace(self) -> Any:
        import ivy_frontends.paddle as namespace

        return namespace

    def capture(self, program: Any) -> Capture:
        """A real paddle function or ``nn.Layer`` bound to the frontend (see ``_capture``)."""
        from ivy_frontends.paddle._capture import capture

        return capture(program)

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per paddle namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.paddle._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'paddle'>"


frontend = PaddleFrontend()
