"""paddle as a source: ``nn.Layer`` models (parameters by ``named_parameters()``) and functions."""

from __future__ import annotations

from typing import Any

import paddle

from ivy_transpiler._sources._inputs import convert


def model_info(obj: Any) -> tuple[list[str], bool] | None:
    """Trainable parameter names and train/eval mode of an ``nn.Layer``; None for a function.

    paddle keeps BatchNorm's running statistics as parameters made with ``trainable=False``:
    those (and any other non-trainable parameter) are buffers here.
    """
    if isinstance(obj, paddle.nn.Layer):
        return [n for n, p in obj.named_parameters() if getattr(p, "trainable", True)], bool(obj.training)
    return None


def run(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The program in paddle without gradients; a layer's state (BatchNorm statistics) is restored after."""
    args, kwargs = convert(args, kwargs, lambda a: isinstance(a, paddle.Tensor), paddle.to_tensor)
    saved = None
    if isinstance(obj, paddle.nn.Layer):
        saved = {k: paddle.assign(v) for k, v in obj.state_dict().items()}
    try:
        with paddle.no_grad():
            return obj(*args, **kwargs)
    finally:
        if saved is not None:
            obj.set_state_dict(saved)
