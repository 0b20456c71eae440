"""Every ``paddle.vision.models`` model builder (random weights, 10 classes, a small input), from paddle."""

from __future__ import annotations

import inspect
from typing import Any

SOURCE = "paddle"
TARGETS = ["torch", "jax"]
GRADIENTS = 4
#: input sides models need (fully connected heads after fixed pooling, or deep downsampling)
SIDES = {"alexnet": 224, "vgg": 224, "inception_v3": 299, "googlenet": 224, "lenet": 28}


def cases() -> list[str]:
    import paddle.vision.models as models

    return sorted(
        n for n, f in vars(models).items() if inspect.isfunction(f) and not n.startswith("_") and n[0].islower()
    )


def build(name: str) -> tuple[Any, Any]:
    import numpy as np
    import paddle
    import paddle.vision.models as models

    paddle.seed(0)
    builder = getattr(models, name)
    kwargs = {"num_classes": 10} if "num_classes" in inspect.signature(builder).parameters else {}
    model = builder(**kwargs)
    model.eval()
    side = next((s for k, s in SIDES.items() if name.startswith(k)), 64)
    channels = 1 if name == "lenet" else 3

    def inputs(seed: int) -> tuple[tuple, dict]:
        rng = np.random.default_rng(seed)
        return (paddle.to_tensor(rng.standard_normal((1, channels, side, side)).astype("float32")),), {}

    return model, inputs


def run(model: Any, args: tuple, kwargs: dict) -> Any:
    import paddle

    with paddle.no_grad():
        return model(*args, **kwargs)


def gradients(model: Any, program: Any, args: tuple, kwargs: dict, target: str) -> bool | None:
    """Gradients of the summed output by parameter name, paddle against the torch module."""
    if target != "torch":
        return None
    import numpy as np
    import torch

    model.clear_gradients()
    model(*args).sum().backward()
    expected = {n: p.grad.numpy() for n, p in model.named_parameters() if p.grad is not None}
    program.zero_grad()
    program(torch.from_numpy(args[0].numpy())).sum().backward()
    names = getattr(program, "names", {})
    got = {n: p.grad for n, p in program.named_parameters()}
    compared = 0
    for name, want in expected.items():
        grad = got.get(names.get(name, name))
        if grad is not None:
            compared += 1
            if not np.allclose(grad.numpy(), want, rtol=1e-2, atol=1e-3):
                return False
    return compared > 0
