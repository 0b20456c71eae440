"""The ``ivy.frontends`` plugin object of the paddle frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Model, import_framework
from ivy_frontends._shared.plugin import FrontendPlugin


class PaddleFrontend(FrontendPlugin):
    """PaddlePaddle emulated on ivy: ``namespace`` plays ``paddle``; ``capture`` runs real paddle programs on it."""

    name = "paddle"
    array = ("._tensor", "Tensor", "_ivy")

    def describe(self, program: Any) -> Model | None:
        """An ``nn.Layer``'s trainable parameters, other state and train/eval mode; None otherwise.

        paddle keeps BatchNorm's running statistics as parameters made with ``trainable=False``:
        those (and any other non-trainable parameter) are buffers here.
        """
        paddle = sys.modules.get("paddle")
        if paddle is None or not isinstance(program, paddle.nn.Layer):
            return None
        parameters = [n for n, p in program.named_parameters() if getattr(p, "trainable", True)]
        buffers = [n for n in program.state_dict() if n not in set(parameters)]
        return Model(parameters, buffers, bool(program.training))

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in paddle without gradients; a layer's state (BatchNorm statistics) is restored after."""
        paddle = import_framework("paddle")
        saved = None
        if isinstance(program, paddle.nn.Layer):
            saved = {k: paddle.assign(v) for k, v in program.state_dict().items()}
        try:
            with paddle.no_grad():
                return program(*args, **kwargs)
        finally:
            if saved is not None:
                program.set_state_dict(saved)


frontend = PaddleFrontend()
