"""The ``ivy.frontends`` plugin object of the torch frontend."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


class TorchFrontend:
    """PyTorch emulated on ivy: ``namespace`` plays ``torch``; ``capture`` runs real torch programs on it."""

    name = "torch"

    @property
    def namespace(self) -> Any:
        import ivy_frontends.torch as namespace

        return namespace

    def capture(self, program: Any) -> Capture:
        """A real torch function or ``nn.Module`` bound to the frontend (see ``_capture``)."""
        from ivy_frontends.torch._capture import capture

        return capture(program)

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per torch namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.torch._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'torch'>"


frontend = TorchFrontend()
