"""Per-framework pieces of the pair panel: native arrays, a native function, native models and their
gradients (the oracle), and a transpiled model's loss, gradients and optimizer step in each target.

Every framework is imported inside the functions that use it, so a run imports only what it tests
(conftest imports paddle before anything imports tensorflow).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import numpy as np

FRAMEWORKS = ("torch", "jax", "tensorflow", "paddle", "numpy")


# -- arrays ---------------------------------------------------------------------------------------
def native(framework: str, array: np.ndarray) -> Any:
    """A NumPy array as ``framework``'s array (same dtype)."""
    if framework == "torch":
        return importlib.import_module("torch").from_numpy(array.copy())
    if framework == "jax":
        return importlib.import_module("jax.numpy").asarray(array)
    if framework == "tensorflow":
        return importlib.import_module("tensorflow").constant(array)
    if framework == "paddle":
        return importlib.import_module("paddle").to_tensor(array)
    return array


def as_numpy(value: Any) -> np.ndarray:
    """Any framework's array as NumPy."""
    if hasattr(value, "detach"):  # torch
        return value.detach().cpu().numpy()
    if hasattr(value, "numpy") and not isinstance(value, np.ndarray):
        return np.asarray(value.numpy())
    return np.asarray(value)


# -- a function written natively in each framework --------------------------------------------------
def function(framework: str) -> Any:
    """``tanh(x @ w) / 2 + sum(exp(-|x|), -1) - mean(x @ w, 0)``: matmul, elementwise, two reductions."""
    if framework == "torch":
        import torch

        def f(x, w):
            y = x @ w
            return torch.tanh(y) * 0.5 + torch.exp(-torch.abs(x)).sum(dim=-1, keepdim=True) - y.mean(dim=0)

    elif framework == "jax":
        import jax.numpy as jnp

        def f(x, w):
            y = jnp.matmul(x, w)
            return jnp.tanh(y) * 0.5 + jnp.sum(jnp.exp(-jnp.abs(x)), axis=-1, keepdims=True) - jnp.mean(y, axis=0)

    elif framework == "tensorflow":
        import tensorflow as tf

        def f(x, w):
            y = tf.matmul(x, w)
            return tf.tanh(y) * 0.5 + tf.reduce_sum(tf.exp(-tf.abs(x)), axis=-1, keepdims=True) - tf.reduce_mean(y, 0)

    elif framework == "paddle":
        import paddle

        def f(x, w):
            y = paddle.matmul(x, w)
            return paddle.tanh(y) * 0.5 + paddle.sum(paddle.exp(-paddle.abs(x)), axis=-1, keepdim=True) - y.mean(0)

    else:

        def f(x, w):
            y = x @ w
            return np.tanh(y) * 0.5 + np.sum(np.exp(-np.abs(x)), axis=-1, keepdims=True) - np.mean(y, axis=0)

    f.__name__ = f"{framework}_function"
    return f


# -- models written natively in each framework, with their own gradients ---------------------------
@dataclass
class Kit:
    """One way of writing models in a source framework."""

    name: str
    framework: str
    kinds: tuple[str, ...]  # "mlp", "cnn"
    channels_last: bool = False

    def shape(self, kind: str) -> tuple[tuple[int, ...], int]:
        """``(input shape, output width)`` of a model kind."""
        if kind == "mlp":
            return (4, 6), 3
        return ((2, 8, 8, 3) if self.channels_last else (2, 3, 8, 8)), 5

    def make(self, kind: str) -> Any:
        return globals()[f"_{self.name.replace('.', '_')}_{kind}"]()

    def call(self, model: Any, x: np.ndarray) -> np.ndarray:
        """The source model's output on ``x``, computed by the source framework (inference)."""
        if self.name == "keras":
            return as_numpy(model(native("tensorflow", x), training=False))
        if self.framework == "paddle":
            import paddle

            with paddle.no_grad():
                return as_numpy(model(native("paddle", x)))
        return as_numpy(model(native(self.framework, x)))

    def grads(self, model: Any, x: np.ndarray, y: np.ndarray) -> dict[str, np.ndarray]:
        """The source framework's own gradients of the MSE loss, by parameter name."""
        return globals()[f"_grads_{self.name.replace('.', '_')}"](model, x, y)


KITS = {
    "torch": Kit("torch", "torch", ("mlp", "cnn")),
    "flax.nnx": Kit("flax.nnx", "jax", ("mlp", "cnn"), channels_last=True),
    "flax.linen": Kit("flax.linen", "jax", ("mlp",)),
    "keras": Kit("keras", "tensorflow", ("mlp", "cnn"), channels_last=True),
    "paddle": Kit("paddle", "paddle", ("mlp", "cnn")),
}


def _stats(shape: tuple[int, ...], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Running mean and variance that are not the defaults (so carrying them over is tested)."""
    rng = np.random.default_rng(seed)
    return rng.uniform(-0.5, 0.5, shape).astype(np.float32), rng.uniform(0.5, 2.0, shape).astype(np.float32)


def _torch_mlp():
    import torch

    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.Tanh(), torch.nn.Linear(16, 3))


def _torch_cnn():
    import torch

    torch.manual_seed(0)
    net = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3, padding=1),
        torch.nn.BatchNorm2d(4),
        torch.nn.ReLU(),
        torch.nn.MaxPool2d(2),
        torch.nn.Flatten(),
        torch.nn.Linear(4 * 4 * 4, 5),
    )
    mean, var = _stats((4,), 1)
    with torch.no_grad():
        net[1].running_mean.copy_(torch.from_numpy(mean))
        net[1].running_var.copy_(torch.from_numpy(var))
    return net.eval()


def _grads_torch(model, x, y):
    import torch

    model.zero_grad()
    ((model(torch.from_numpy(x)) - torch.from_numpy(y)) ** 2).mean().backward()
    return {n: p.grad.numpy().copy() for n, p in model.named_parameters()}


def _flax_nnx_mlp():
    from flax import nnx

    class MLP(nnx.Module):
        def __init__(self, rngs: nnx.Rngs) -> None:
            self.linear1 = nnx.Linear(6, 16, rngs=rngs)
            self.linear2 = nnx.Linear(16, 3, rngs=rngs)

        def __call__(self, x):
            return self.linear2(nnx.tanh(self.linear1(x)))

    return MLP(nnx.Rngs(0))


def _flax_nnx_cnn():
    import jax.numpy as jnp
    from flax import nnx

    class CNN(nnx.Module):
        def __init__(self, rngs: nnx.Rngs) -> None:
            self.conv = nnx.Conv(3, 4, kernel_size=(3, 3), padding="SAME", rngs=rngs)
            self.norm = nnx.BatchNorm(4, rngs=rngs)
            self.head = nnx.Linear(4 * 4 * 4, 5, rngs=rngs)

        def __call__(self, x):
            x = nnx.max_pool(nnx.relu(self.norm(self.conv(x))), (2, 2), strides=(2, 2))
            return self.head(x.reshape(x.shape[0], -1))

    model = CNN(nnx.Rngs(0))
    mean, var = _stats((4,), 1)
    model.norm.mean.set_value(jnp.asarray(mean))
    model.norm.var.set_value(jnp.asarray(var))
    model.eval()
    return model


def _grads_flax_nnx(model, x, y):
    from flax import nnx

    grads = nnx.grad(lambda m: ((m(x) - y) ** 2).mean())(model)
    return {".".join(map(str, path)): np.asarray(v.get_value()) for path, v in nnx.to_flat_state(grads)}


def _flax_linen_mlp():
    import flax.linen as nn
    import jax

    class MLP(nn.Module):
        @nn.compact
        def __call__(self, x):
            return nn.Dense(3)(nn.tanh(nn.Dense(16)(x)))

    module = MLP()
    variables = module.init(jax.random.PRNGKey(0), np.zeros((1, 6), np.float32))
    return module.bind(variables)


def _grads_flax_linen(bound, x, y):
    import jax
    from flax.traverse_util import flatten_dict

    module, variables = bound.unbind()

    def loss(params):
        return ((module.apply({**variables, "params": params}, x) - y) ** 2).mean()

    grads = jax.grad(loss)(variables["params"])
    return {".".join(path): np.asarray(g) for path, g in flatten_dict(dict(grads)).items()}


def _keras_mlp():
    import keras

    keras.utils.set_random_seed(0)
    return keras.Sequential([keras.Input((6,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(3)])


def _keras_cnn():
    import keras

    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input((8, 8, 3)),
            keras.layers.Conv2D(4, 3, padding="same"),
            keras.layers.BatchNormalization(),
            keras.layers.ReLU(),
            keras.layers.MaxPooling2D(2),
            keras.layers.Flatten(),
            keras.layers.Dense(5),
        ]
    )
    mean, var = _stats((4,), 1)
    model.layers[1].moving_mean.assign(mean)
    model.layers[1].moving_variance.assign(var)
    return model


def _grads_keras(model, x, y):
    import tensorflow as tf

    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((model(tf.constant(x), training=False) - y) ** 2)
    grads = tape.gradient(loss, model.trainable_variables)
    return {v.path: g.numpy() for v, g in zip(model.trainable_variables, grads, strict=True)}


def _paddle_mlp():
    import paddle

    paddle.seed(0)
    return paddle.nn.Sequential(paddle.nn.Linear(6, 16), paddle.nn.Tanh(), paddle.nn.Linear(16, 3))


def _paddle_cnn():
    import paddle

    paddle.seed(0)
    net = paddle.nn.Sequential(
        paddle.nn.Conv2D(3, 4, 3, padding=1),
        paddle.nn.BatchNorm2D(4),
        paddle.nn.ReLU(),
        paddle.nn.MaxPool2D(2),
        paddle.nn.Flatten(),
        paddle.nn.Linear(4 * 4 * 4, 5),
    )
    mean, var = _stats((4,), 1)
    net[1]._mean.set_value(mean)
    net[1]._variance.set_value(var)
    net.eval()
    return net


def _grads_paddle(model, x, y):
    import paddle

    model.clear_gradients()
    ((model(paddle.to_tensor(x)) - paddle.to_tensor(y)) ** 2).mean().backward()
    return {n: p.grad.numpy().copy() for n, p in model.named_parameters() if p.trainable}  # not BatchNorm's stats


# -- a transpiled model in its target: names, loss and gradients, an optimizer ------------------------
def parameter_names(target: str, model: Any) -> list[str]:
    """The transpiled model's parameter names as the target reports them."""
    if target in ("torch", "paddle"):
        return [n for n, _ in model.named_parameters()]
    return list(model.params)


def loss_and_grads(target: str, model: Any, x: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
    """The MSE loss and its gradients by source name, computed by the target framework."""
    if target == "jax":
        import jax
        import jax.numpy as jnp

        value, grads = jax.value_and_grad(lambda m: jnp.mean((m(jnp.asarray(x)) - y) ** 2))(model)
        return float(value), {n: np.asarray(g) for n, g in grads.params.items()}
    if target == "tensorflow":
        import tensorflow as tf

        with tf.GradientTape() as tape:
            value = tf.reduce_mean((model(tf.constant(x)) - y) ** 2)
        grads = tape.gradient(value, model.params)
        return float(value), {n: g.numpy() for n, g in grads.items()}
    if target == "torch":
        import torch

        model.zero_grad()
        value = ((model(torch.from_numpy(x)) - torch.from_numpy(y)) ** 2).mean()
        value.backward()
        return float(value.detach()), {n: p.grad.numpy().copy() for n, p in model.named_parameters()}
    import paddle

    model.clear_gradients()
    value = ((model(paddle.to_tensor(x)) - paddle.to_tensor(y)) ** 2).mean()
    value.backward()
    return float(value), {n: p.grad.numpy().copy() for n, p in model.params.items()}


def train(target: str, model: Any, x: np.ndarray, y: np.ndarray, steps: int = 3, lr: float = 0.05) -> list[float]:
    """Losses of ``steps`` SGD steps in the target (torch.optim / paddle.optimizer / jax / tf.keras optimizer)."""
    losses = []
    if target == "torch":
        import torch

        optimizer = torch.optim.SGD(model.parameters(), lr=lr)
        for _ in range(steps):
            optimizer.zero_grad()
            loss = ((model(torch.from_numpy(x)) - torch.from_numpy(y)) ** 2).mean()
            loss.backward()
            optimizer.step()
            losses.append(float(loss.detach()))
    elif target == "paddle":
        import paddle

        optimizer = paddle.optimizer.SGD(learning_rate=lr, parameters=model.parameters())
        for _ in range(steps):
            optimizer.clear_grad()
            loss = ((model(paddle.to_tensor(x)) - paddle.to_tensor(y)) ** 2).mean()
            loss.backward()
            optimizer.step()
            losses.append(float(loss))
    elif target == "tensorflow":
        import keras
        import tensorflow as tf

        optimizer = keras.optimizers.SGD(learning_rate=lr)
        variables = list(model.params.values())
        for _ in range(steps):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean((model(tf.constant(x)) - y) ** 2)
            optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables, strict=True))
            losses.append(float(loss))
    else:
        for _ in range(steps):
            loss, grads = loss_and_grads("jax", model, x, y)
            model.params = {n: p - lr * grads[n] for n, p in model.params.items()}
            losses.append(loss)
    losses.append(loss_and_grads(target, model, x, y)[0])
    return losses
