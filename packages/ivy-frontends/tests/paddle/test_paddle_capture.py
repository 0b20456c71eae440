"""Capture: real ``paddle.nn.Layer`` objects and functions run through the frontend on another backend."""

from __future__ import annotations

import threading

import numpy as np
import paddle
import pytest

import ivy
from ivy_frontends._plugin import Capture, MissingOperations, load

fe = load("paddle")


def _mlp():
    paddle.seed(0)
    return paddle.nn.Sequential(paddle.nn.Linear(6, 16), paddle.nn.ReLU(), paddle.nn.Linear(16, 3))


def _cnn():
    paddle.seed(1)
    model = paddle.nn.Sequential(
        paddle.nn.Conv2D(3, 8, 3, padding=1),
        paddle.nn.BatchNorm2D(8),
        paddle.nn.ReLU(),
        paddle.nn.MaxPool2D(2),
        paddle.nn.Conv2D(8, 4, 3, stride=2, padding="SAME"),
        paddle.nn.Flatten(),
        paddle.nn.Linear(4 * 2 * 2, 5),
    )
    # non-trivial running statistics, so eval mode differs from training mode
    bn = model[1]
    bn._mean.set_value(paddle.linspace(-0.5, 0.5, 8))
    bn._variance.set_value(paddle.linspace(0.5, 2.0, 8))
    return model


class Block(paddle.nn.Layer):
    """Attention-style block: Tensor methods, operators, paddle.* and F.* calls in one forward."""

    def __init__(self):
        super().__init__()
        paddle.seed(2)
        self.proj = paddle.nn.Linear(8, 8)
        self.norm = paddle.nn.LayerNorm(8)
        self.scale = self.create_parameter([8], default_initializer=paddle.nn.initializer.Constant(0.5))

    def forward(self, x):
        h = self.norm(x)
        q = self.proj(h).reshape([x.shape[0], x.shape[1], 2, 4])
        att = paddle.nn.functional.scaled_dot_product_attention(q, q, q)
        y = att.flatten(2) * self.scale + x
        return paddle.nn.functional.gelu(y).mean(axis=-1, keepdim=True), paddle.sum(y, axis=1)


MODELS = {
    "mlp": (_mlp, (7, 6), 1e-5),
    "cnn_eval": (_cnn, (2, 3, 8, 8), 1e-4),
    "block": (Block, (2, 5, 8), 1e-4),
}


def _outputs(value):
    return [v.numpy() for v in value] if isinstance(value, (tuple, list)) else [value.numpy()]


@pytest.mark.parametrize("name", sorted(MODELS))
def test_capture_layer_on_torch_backend(name):
    make, shape, tol = MODELS[name]
    model = make()
    model.eval()
    x = np.random.RandomState(3).randn(*shape).astype(np.float32)
    ref = _outputs(model(paddle.to_tensor(x)))
    with ivy.using_backend("torch"):
        captured = fe.capture(model)
        assert isinstance(captured, Capture)
        assert set(captured.parameters) == set(model.state_dict())
        out = captured(x)
        assert ivy.current_backend() == "torch"
        got = _outputs(out)
    for g, r in zip(got, ref, strict=True):
        assert g.shape == r.shape
        np.testing.assert_allclose(g, r, rtol=tol, atol=tol)
    # the layer is unchanged afterwards and still runs in real paddle
    assert isinstance(model.state_dict()[next(iter(model.state_dict()))], paddle.Tensor)
    np.testing.assert_array_equal(_outputs(model(paddle.to_tensor(x)))[0], ref[0])


def test_capture_train_mode_updates_buffers():
    model = _cnn()
    model.train()
    x = np.random.RandomState(4).randn(4, 3, 8, 8).astype(np.float32)
    captured = fe.capture(model)
    before = np.asarray(captured.parameters["1._mean"]).copy()
    out = captured(x)
    ref = model(paddle.to_tensor(x))  # paddle updates its running stats the same way
    np.testing.assert_allclose(out.numpy(), ref.numpy(), rtol=1e-4, atol=1e-4)
    after = np.asarray(captured.parameters["1._mean"])
    assert not np.allclose(before, after)
    np.testing.assert_allclose(after, model[1]._mean.numpy(), rtol=1e-5, atol=1e-6)


def test_capture_function():
    def f(x, y):
        return paddle.matmul(x, y, transpose_y=True).clip(-1.0, 1.0) + paddle.nn.functional.softmax(x @ y.T)

    a = np.random.RandomState(5).randn(3, 4).astype(np.float32)
    b = np.random.RandomState(6).randn(2, 4).astype(np.float32)
    ref = f(paddle.to_tensor(a), paddle.to_tensor(b)).numpy()
    out = fe.capture(f)(a, b)
    np.testing.assert_allclose(out.numpy(), ref, rtol=1e-5, atol=1e-6)


class Unsupported(paddle.nn.Layer):
    def __init__(self):
        super().__init__()
        self.lin = paddle.nn.Linear(4, 4)

    def forward(self, x):
        y = self.lin(x)
        y = paddle.nn.functional.fractional_max_pool2d(y.reshape([1, 1, 4, 4]), 2)
        y = paddle.nn.functional.fractional_max_pool2d(y, 2)
        z = paddle.poisson(x).lu()
        return y + z


def test_missing_operations_reported_by_full_name():
    x = np.ones((4, 4), np.float32)
    real_pool = paddle.nn.functional.fractional_max_pool2d
    with pytest.raises(MissingOperations) as info:
        fe.capture(Unsupported())(x)
    missing = info.value.missing
    assert missing["paddle.nn.functional.fractional_max_pool2d"] == 2
    assert missing["paddle.poisson"] == 1
    assert "paddle.nn.functional.linear" not in missing
    assert "paddle.nn.functional.fractional_max_pool2d" in str(info.value)
    assert "test_paddle_capture.py" in info.value.where["paddle.nn.functional.fractional_max_pool2d"]
    # every swap is undone, also after the error
    assert paddle.nn.functional.fractional_max_pool2d is real_pool
    assert isinstance(Unsupported().lin.weight, paddle.Tensor)


def test_missing_tensor_method_reported():
    def f(x):
        return x.retain_grads()

    with pytest.raises(MissingOperations) as info:
        fe.capture(f)(np.eye(3, dtype=np.float32))
    assert dict(info.value.missing) == {"paddle.Tensor.retain_grads": 1}


def test_capture_restores_on_error_and_threads():
    model = _mlp()
    model.eval()
    captured = fe.capture(model)
    with pytest.raises(Exception):
        captured(np.ones((2, 5), np.float32))  # wrong width: the frontend's matmul rejects it
    assert paddle.nn.functional.linear.__module__.startswith("paddle")
    assert isinstance(model[0].weight, paddle.Tensor)
    x = np.random.RandomState(7).randn(4, 6).astype(np.float32)
    ref = model(paddle.to_tensor(x)).numpy()
    results, errors = [], []

    def worker():
        try:
            results.append(captured(x).numpy())
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for r in results:
        np.testing.assert_allclose(r, ref, rtol=1e-5, atol=1e-5)


def test_coverage_report():
    report = fe.coverage()
    assert set(report) == {"paddle", "paddle.Tensor", "paddle.nn.functional", "paddle.linalg", "paddle.fft"}
    emulated = sum(len(set(done) & set(real)) for real, done, _ in report.values())
    assert emulated >= 1000
    real, done, out_of_scope = report["paddle.nn.functional"]
    assert {"linear", "conv2d", "cross_entropy"} <= set(done) <= set(real)
    for real, done, out_of_scope in report.values():  # reasons only for real names the frontend lacks
        assert set(out_of_scope) <= set(real) - set(done) and all(out_of_scope.values())
