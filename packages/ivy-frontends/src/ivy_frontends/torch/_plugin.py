"""The ``ivy.frontends`` plugin object of the torch frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Capture, Model, import_framework


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

    def describe(self, program: Any) -> Model | None:
        """An ``nn.Module``'s parameters (``named_parameters()``), other state and train/eval mode; None otherwise."""
        torch = sys.modules.get("torch")
        if torch is None or not isinstance(program, torch.nn.Module):
            return None
        parameters = [n for n, _ in program.named_parameters()]
        buffers = [n for n in program.state_dict() if n not in set(parameters)]
        return Model(parameters, buffers, bool(program.training))

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in torch without gradients; a module's state (BatchNorm statistics) is restored after."""
        torch = import_framework("torch")
        saved = None
        if isinstance(program, torch.nn.Module):
            saved = {k: v.detach().clone() for k, v in program.state_dict().items()}
        try:
            with torch.no_grad():
                return program(*args, **kwargs)
        finally:
            if saved is not None:
                program.load_state_dict(saved)

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's ``Tensor``s; None for any other value."""
        from ivy_frontends.torch._tensor import Tensor

        return value._ivy if isinstance(value, Tensor) else None

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per torch namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.torch._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'torch'>"


frontend = TorchFrontend()
