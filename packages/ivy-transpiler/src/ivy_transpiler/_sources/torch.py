"""torch as a source: ``nn.Module`` models (parameters by ``named_parameters()``) and functions."""

from __future__ import annotations

from typing import Any

import torch

from ivy_transpiler._sources._inputs import convert


def model_info(obj: Any) -> tuple[list[str], bool] | None:
    """Parameter names and train/eval mode of an ``nn.Module``; None for a function."""
    if isinstance(obj, torch.nn.Module):
        return [n for n, _ in obj.named_parameters()], bool(obj.training)
    return None


def run(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The program in torch without gradients; a module's state (BatchNorm statistics) is restored after."""
    args, kwargs = convert(args, kwargs, lambda a: isinstance(a, torch.Tensor), torch.from_numpy)
    saved = None
    if isinstance(obj, torch.nn.Module):
        saved = {k: v.detach().clone() for k, v in obj.state_dict().items()}
    try:
        with torch.no_grad():
            return obj(*args, **kwargs)
    finally:
        if saved is not None:
            obj.load_state_dict(saved)
