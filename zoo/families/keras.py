"""Every ``keras.applications`` model (``weights=None``, 10 classes, its smallest input), from tensorflow."""

from __future__ import annotations

from typing import Any

SOURCE = "tensorflow"
TARGETS = ["torch", "jax"]
GRADIENTS = 4
#: the smallest input side an application accepts, where it is more than 32
SIDES = {"InceptionV3": 75, "InceptionResNetV2": 75, "Xception": 71, "NASNetMobile": 32, "NASNetLarge": 32}


def cases() -> list[str]:
    import keras

    return sorted(n for n in dir(keras.applications) if n[0].isupper())


def build(name: str) -> tuple[Any, Any]:
    import keras
    import numpy as np

    side = SIDES.get(name, 32)
    keras.utils.set_random_seed(0)
    model = getattr(keras.applications, name)(weights=None, input_shape=(side, side, 3), classes=10)

    def inputs(seed: int) -> tuple[tuple, dict]:
        rng = np.random.default_rng(seed)
        return (rng.uniform(0, 255, (2, side, side, 3)).astype("float32"),), {}

    return model, inputs


def run(model: Any, args: tuple, kwargs: dict) -> Any:
    return model(*args, training=False, **kwargs)


def gradients(model: Any, program: Any, args: tuple, kwargs: dict, target: str) -> bool | None:
    """Gradients of the summed output by variable path, tensorflow against the torch module."""
    if target != "torch":
        return None
    import numpy as np
    import tensorflow as tf
    import torch

    x = tf.constant(args[0])
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(model(x, training=False))
    variables = model.trainable_variables
    expected = dict(zip((v.path for v in variables), tape.gradient(loss, variables), strict=True))
    program.zero_grad()
    program(torch.from_numpy(np.array(args[0]))).sum().backward()
    got = {n: p.grad for n, p in program.named_parameters()}
    compared = 0
    for path, want in expected.items():
        key = next((n for n in got if n.replace(".", "/") == path), None)
        if key is not None and got[key] is not None:
            compared += 1
            if not np.allclose(got[key].numpy(), want.numpy(), rtol=1e-2, atol=1e-3):
                return False
    return compared > 0
