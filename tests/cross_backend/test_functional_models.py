"""An MLP and a small CNN written once in Ivy's functional API give the same
loss and gradients on every differentiable backend, and match the same model
written natively in PyTorch.

Parameters come from ``ivy.random`` with a fixed seed (the same numbers on
every backend); inputs from NumPy. Computation is in float32, so the
tolerance is float32's.
"""

from __future__ import annotations

import numpy as np
import pytest

import ivy

DIFFERENTIABLE = [b for b in ("torch", "jax", "tensorflow", "paddle") if b in ivy.available_backends()]
RTOL, ATOL = 2e-4, 2e-5
RNG = np.random.default_rng(0)
IMAGES = RNG.standard_normal((4, 1, 8, 8)).astype("float32")
FEATURES = RNG.standard_normal((6, 5)).astype("float32")
LABELS = np.array([0, 2, 1, 2, 0, 1])


def init(shapes: dict[str, tuple[int, ...]]) -> dict:
    params = {}
    for index, (name, shape) in enumerate(sorted(shapes.items())):
        fan_in = int(np.prod(shape[1:])) if len(shape) > 1 else shape[0]
        params[name] = ivy.random.uniform(shape, low=-1.0, high=1.0, dtype=ivy.float32, seed=100 + index) / fan_in**0.5
    return params


MLP_SHAPES = {"w1": (16, 5), "b1": (16,), "w2": (3, 16), "b2": (3,)}
CNN_SHAPES = {"conv": (4, 1, 3, 3), "conv_bias": (4,), "dense": (3, 36), "dense_bias": (3,)}


def mlp_loss(params, x, labels):
    hidden = ivy.nn.relu(ivy.nn.linear(x, params["w1"], params["b1"]))
    return ivy.nn.cross_entropy(ivy.nn.linear(hidden, params["w2"], params["b2"]), labels)


def cnn_loss(params, x, labels):
    features = ivy.nn.conv2d(x, params["conv"], params["conv_bias"], padding=1)
    features = ivy.nn.max_pool(ivy.nn.relu(features), (2, 2))
    features = ivy.nn.avg_pool(features, (2, 2), stride=(1, 1))
    flat = ivy.reshape(features, (features.shape[0], -1))
    return ivy.nn.cross_entropy(ivy.nn.linear(flat, params["dense"], params["dense_bias"]), labels)


MODELS = {"mlp": (mlp_loss, MLP_SHAPES, FEATURES), "cnn": (cnn_loss, CNN_SHAPES, IMAGES)}
LABELS_OF = {"mlp": LABELS, "cnn": LABELS[: len(IMAGES)]}


def run(backend: str, model: str) -> tuple[float, dict[str, np.ndarray]]:
    loss, shapes, inputs = MODELS[model]
    with ivy.using_backend(backend):
        params = init(shapes)
        value, grads = ivy.value_and_grad(loss)(params, ivy.asarray(inputs), ivy.asarray(LABELS_OF[model]))
        return float(value), {name: np.asarray(g) for name, g in grads.items()}


def torch_native(model: str, params: dict[str, np.ndarray]) -> tuple[float, dict[str, np.ndarray]]:
    import torch
    import torch.nn.functional as F

    p = {k: torch.tensor(v, requires_grad=True) for k, v in params.items()}
    labels = torch.tensor(LABELS_OF[model])
    if model == "mlp":
        hidden = F.relu(F.linear(torch.tensor(FEATURES), p["w1"], p["b1"]))
        loss = F.cross_entropy(F.linear(hidden, p["w2"], p["b2"]), labels)
    else:
        features = F.max_pool2d(F.relu(F.conv2d(torch.tensor(IMAGES), p["conv"], p["conv_bias"], padding=1)), 2)
        features = F.avg_pool2d(features, 2, stride=1)
        loss = F.cross_entropy(F.linear(features.flatten(1), p["dense"], p["dense_bias"]), labels)
    loss.backward()
    return float(loss), {k: v.grad.numpy() for k, v in p.items()}


@pytest.mark.skipif(len(DIFFERENTIABLE) < 2, reason="needs at least two differentiable backends installed")
@pytest.mark.parametrize("model", list(MODELS))
def test_same_loss_and_gradients_on_every_differentiable_backend(model):
    reference_loss, reference_grads = run(DIFFERENTIABLE[0], model)
    for backend in DIFFERENTIABLE[1:]:
        loss, grads = run(backend, model)
        np.testing.assert_allclose(loss, reference_loss, rtol=RTOL, err_msg=f"{model} loss on {backend}")
        for name, grad in grads.items():
            np.testing.assert_allclose(grad, reference_grads[name], rtol=RTOL, atol=ATOL,
                                       err_msg=f"{model} d/d{name} on {backend}")  # fmt: skip


@pytest.mark.skipif("torch" not in DIFFERENTIABLE, reason="needs the torch backend")
@pytest.mark.parametrize("model", list(MODELS))
def test_matches_the_model_written_in_pytorch(model):
    with ivy.using_backend("numpy"):
        params = {k: np.asarray(v) for k, v in init(MODELS[model][1]).items()}
    expected_loss, expected_grads = torch_native(model, params)
    loss, grads = run("torch", model)
    np.testing.assert_allclose(loss, expected_loss, rtol=RTOL)
    for name, grad in grads.items():
        np.testing.assert_allclose(grad, expected_grads[name], rtol=RTOL, atol=ATOL, err_msg=name)


def test_initialisation_is_the_same_on_every_backend():
    """The random draws are bit-identical; the float32 scaling after them may differ by an ulp."""
    with ivy.using_backend("numpy"):
        raw = np.asarray(ivy.random.uniform((4, 9), dtype=ivy.float32, seed=7))
        reference = {k: np.asarray(v) for k, v in init(CNN_SHAPES).items()}
    for backend in DIFFERENTIABLE:
        with ivy.using_backend(backend):
            np.testing.assert_array_equal(np.asarray(ivy.random.uniform((4, 9), dtype=ivy.float32, seed=7)), raw)
            for name, value in init(CNN_SHAPES).items():
                np.testing.assert_allclose(
                    np.asarray(value), reference[name], rtol=1e-6, err_msg=f"{name} on {backend}"
                )
