"""The ``ivy.frontends`` plugin object of the paddle frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Capture, Model, import_framework


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

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's ``Tensor``s; None for any other value."""
        from ivy_frontends.paddle._tensor import Tensor

        return value._ivy if isinstance(value, Tensor) else None

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per paddle namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.paddle._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'paddle'>"


frontend = PaddleFrontend()
