"""Transpiles between MLX and TensorFlow, PaddlePaddle and NumPy, both ways: functions match
the source framework on fresh inputs; models keep the source's parameter names, match its
outputs and gradients, and train with the target's own optimizer."""

from __future__ import annotations

import functools
import importlib
import importlib.util

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

mx = pytest.importorskip("mlx.core")
mnn = pytest.importorskip("mlx.nn")
optim = pytest.importorskip("mlx.optimizers")

from mlx.utils import tree_flatten  # noqa: E402

from ivy_transpiler import transpile  # noqa: E402

OTHERS = [f for f in ("tensorflow", "paddle", "numpy") if importlib.util.find_spec(f) is not None]
TRAINABLE = [f for f in OTHERS if f != "numpy"]


def _native(framework: str, array: np.ndarray):
    """``array`` as ``framework``'s array of the same dtype."""
    if framework == "mlx":
        return mx.array(array)
    if framework == "tensorflow":
        return importlib.import_module("tensorflow").constant(array)
    if framework == "paddle":
        return importlib.import_module("paddle").to_tensor(array)
    return array


def _numpy(value) -> np.ndarray:
    if isinstance(value, mx.array):
        return np.array(value)
    return np.asarray(value.numpy() if hasattr(value, "numpy") else value)


def _function(framework: str):
    """``tanh(x @ w) * 0.5 + sum(exp(-|x|), -1, keepdims) - mean(x @ w, 0)`` written natively."""
    if framework == "mlx":
        return lambda x, w: mx.tanh(x @ w) * 0.5 + mx.sum(mx.exp(-mx.abs(x)), -1, keepdims=True) - mx.mean(x @ w, 0)
    if framework == "tensorflow":
        import tensorflow as tf

        return lambda x, w: (
            tf.tanh(tf.matmul(x, w)) * 0.5
            + tf.reduce_sum(tf.exp(-tf.abs(x)), -1, keepdims=True)
            - tf.reduce_mean(tf.matmul(x, w), 0)
        )
    if framework == "paddle":
        import paddle

        return lambda x, w: (
            paddle.tanh(paddle.matmul(x, w)) * 0.5
            + paddle.sum(paddle.exp(-paddle.abs(x)), -1, keepdim=True)
            - paddle.matmul(x, w).mean(0)
        )
    return lambda x, w: np.tanh(x @ w) * 0.5 + np.sum(np.exp(-np.abs(x)), -1, keepdims=True) - np.mean(x @ w, 0)


PAIRS = [(s, "mlx") for s in OTHERS] + [("mlx", t) for t in OTHERS]


@functools.cache
def _transpiled_function(source: str, target: str):
    x, w = np.ones((2, 3), np.float32), np.ones((3, 4), np.float32)
    return transpile(_function(source), source=source, target=target, args=(_native(source, x), _native(source, w)))


@pytest.mark.parametrize("source, target", PAIRS, ids=[f"{s}-to-{t}" for s, t in PAIRS])
@settings(max_examples=5, deadline=None)
@given(n=st.integers(1, 4), k=st.integers(1, 5), m=st.integers(1, 4), seed=st.integers(0, 2**16))
def test_function_matches_source(source, target, n, k, m, seed):
    rng = np.random.default_rng(seed)
    x, w = rng.uniform(-3, 3, (n, k)).astype(np.float32), rng.uniform(-1, 1, (k, m)).astype(np.float32)
    result = _transpiled_function(source, target)(_native(target, x), _native(target, w))
    assert type(result).__module__.split(".")[0] in (target, "numpy")
    expected = _numpy(_function(source)(_native(source, x), _native(source, w)))
    assert _numpy(result).dtype == np.float32
    np.testing.assert_allclose(_numpy(result), expected, rtol=2e-5, atol=2e-5)


# -- models ---------------------------------------------------------------------------------------
class _MlxMLP(mnn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.layers = [mnn.Linear(6, 16), mnn.Linear(16, 3)]

    def __call__(self, x):
        return self.layers[1](mnn.tanh(self.layers[0](x)))


def _model(framework: str):
    """A 6-16-3 tanh MLP written natively in ``framework``."""
    if framework == "mlx":
        mx.random.seed(0)
        return _MlxMLP()
    if framework == "tensorflow":
        import keras

        keras.utils.set_random_seed(0)
        return keras.Sequential([keras.Input((6,)), keras.layers.Dense(16, activation="tanh"), keras.layers.Dense(3)])
    import paddle

    paddle.seed(0)
    return paddle.nn.Sequential(paddle.nn.Linear(6, 16), paddle.nn.Tanh(), paddle.nn.Linear(16, 3))


def _loss_and_grads(framework: str, model, x: np.ndarray, y: np.ndarray) -> tuple[float, dict[str, np.ndarray]]:
    """The MSE loss and its gradients by parameter name, computed by ``framework`` itself."""
    if framework == "mlx":
        loss, grads = mnn.value_and_grad(model, lambda m: mx.mean((m(mx.array(x)) - mx.array(y)) ** 2))(model)
        return loss.item(), {n: np.array(g) for n, g in tree_flatten(grads)}
    if framework == "tensorflow":
        import tensorflow as tf

        variables = dict(model.params) if hasattr(model, "params") else {v.path: v for v in model.trainable_variables}
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((model(tf.constant(x)) - y) ** 2)
        grads = tape.gradient(loss, variables)
        return float(loss), {n: g.numpy() for n, g in grads.items()}
    import paddle

    model.clear_gradients()
    loss = ((model(paddle.to_tensor(x)) - paddle.to_tensor(y)) ** 2).mean()
    loss.backward()
    return float(loss), {n: p.grad.numpy().copy() for n, p in model.named_parameters()}


def _sgd(framework: str, model, x: np.ndarray, y: np.ndarray, steps: int = 3) -> list[float]:
    """Losses before and after ``steps`` SGD steps taken with ``framework``'s own optimizer."""
    losses = [_loss_and_grads(framework, model, x, y)[0]]
    if framework == "mlx":
        inputs, targets = mx.array(x), mx.array(y)
        step = mnn.value_and_grad(model, lambda m: mx.mean((m(inputs) - targets) ** 2))
        optimizer = optim.SGD(learning_rate=0.05)
        for _ in range(steps):
            optimizer.update(model, step(model)[1])
            mx.eval(model.parameters())
    elif framework == "tensorflow":
        import keras
        import tensorflow as tf

        optimizer, variables = keras.optimizers.SGD(learning_rate=0.05), list(model.params.values())
        for _ in range(steps):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean((model(tf.constant(x)) - y) ** 2)
            optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables, strict=True))
    else:
        import paddle

        optimizer = paddle.optimizer.SGD(learning_rate=0.05, parameters=model.parameters())
        for _ in range(steps):
            optimizer.clear_grad()
            ((model(paddle.to_tensor(x)) - paddle.to_tensor(y)) ** 2).mean().backward()
            optimizer.step()
    return [*losses, _loss_and_grads(framework, model, x, y)[0]]


def _data(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.standard_normal((5, 6), np.float32), rng.standard_normal((5, 3), np.float32)


MODEL_PAIRS = [(s, "mlx") for s in TRAINABLE] + [("mlx", t) for t in OTHERS]


@pytest.mark.parametrize("source, target", MODEL_PAIRS, ids=[f"{s}-to-{t}" for s, t in MODEL_PAIRS])
def test_model_matches_source_and_trains(source, target):
    model = _model(source)
    x, _ = _data(1)
    converted = transpile(model, source=source, target=target, args=(_native(source, x),))
    x2, y2 = _data(2)  # inputs other than the example
    expected = _numpy(model(_native(source, x2)))
    np.testing.assert_allclose(_numpy(converted(_native(target, x2))), expected, rtol=1e-5, atol=1e-6)
    _, source_grads = _loss_and_grads(source, model, x2, y2)
    if target == "numpy":  # inference only: the weights carried over under the source's names
        assert sorted(converted.params) == sorted(source_grads)
        return
    _, grads = _loss_and_grads(target, converted, x2, y2)
    assert sorted(grads) == sorted(source_grads)
    for name, reference in source_grads.items():
        np.testing.assert_allclose(grads[name], reference, rtol=1e-4, atol=1e-6, err_msg=name)
    losses = _sgd(target, converted, x2, y2)
    assert losses[-1] < losses[0], losses
