"""The ``ivy.frontends`` plugin object of the torch frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Model, import_framework
from ivy_frontends._shared.plugin import FrontendPlugin


class TorchFrontend(FrontendPlugin):
    """PyTorch emulated on ivy: ``namespace`` plays ``torch``; ``capture`` runs real torch programs on it."""

    name = "torch"
    array = ("._tensor", "Tensor", "_ivy")

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


frontend = TorchFrontend()
