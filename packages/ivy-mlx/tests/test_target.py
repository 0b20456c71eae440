"""Transpiling to MLX: torch models become trainable ``mlx.nn.Module``s matching torch,
functions become functions of ``mx.array``s (also under ``mx.compile``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
mx = pytest.importorskip("mlx.core")
nn = pytest.importorskip("mlx.nn")
optim = pytest.importorskip("mlx.optimizers")

from mlx.utils import tree_flatten  # noqa: E402

from ivy_transpiler import transpile  # noqa: E402


class _CNN(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv2d(3, 4, 3, padding=1)
        self.norm = torch.nn.BatchNorm2d(4)
        self.head = torch.nn.Sequential(torch.nn.Linear(4 * 6 * 6, 8), torch.nn.GELU(), torch.nn.Linear(8, 5))

    def forward(self, x):
        return self.head(torch.relu(self.norm(self.conv(x))).flatten(1))


@pytest.fixture(scope="module")
def cnn():
    torch.manual_seed(0)
    model = _CNN().eval()
    with torch.no_grad():  # non-trivial running statistics
        model.norm.running_mean.uniform_(-0.5, 0.5)
        model.norm.running_var.uniform_(0.5, 2.0)
    return model, transpile(model, source="torch", target="mlx", args=(torch.randn(2, 3, 6, 6),))


def _loss(model, x, y):
    return mx.mean((model(x) - y) ** 2)


def test_cnn_is_a_native_module_with_the_sources_parameters(cnn):
    model, mlx_model = cnn
    assert isinstance(mlx_model, nn.Module)
    flat = dict(tree_flatten(mlx_model.trainable_parameters()))
    assert list(flat) == [name for name, _ in model.named_parameters()]
    for name, value in model.named_parameters():
        np.testing.assert_array_equal(np.array(flat[name]), value.detach().numpy())
    assert sum(v.size for v in flat.values()) == sum(p.numel() for p in model.parameters())
    assert "norm.running_mean" in mlx_model.buffers and "norm.running_mean" not in flat


@settings(max_examples=5, deadline=None)
@given(batch=st.integers(1, 4), seed=st.integers(0, 2**16))
def test_cnn_outputs_and_gradients_match_torch(cnn, batch, seed):
    model, mlx_model = cnn
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, 3, 6, 6)).astype(np.float32)
    y = rng.standard_normal((batch, 5)).astype(np.float32)
    model.zero_grad()
    expected = model(torch.from_numpy(x))
    expected_loss = ((expected - torch.from_numpy(y)) ** 2).mean()
    expected_loss.backward()
    loss, grads = nn.value_and_grad(mlx_model, _loss)(mlx_model, mx.array(x), mx.array(y))
    np.testing.assert_allclose(loss.item(), expected_loss.item(), rtol=1e-4)
    np.testing.assert_allclose(np.array(mlx_model(mx.array(x))), expected.detach().numpy(), rtol=1e-4, atol=1e-5)
    for name, grad in tree_flatten(grads):
        reference = dict(model.named_parameters())[name].grad.numpy()
        np.testing.assert_allclose(np.array(grad), reference, rtol=1e-3, atol=1e-5, err_msg=name)


def test_sgd_steps_lower_the_loss():
    torch.manual_seed(1)
    source = torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.Tanh(), torch.nn.Linear(16, 1))
    model = transpile(source, source="torch", target="mlx", args=(torch.randn(4, 6),))
    rng = np.random.default_rng(0)
    x = mx.array(rng.standard_normal((32, 6)).astype(np.float32))
    y = mx.sum(x[:, :2], axis=1, keepdims=True)
    step = nn.value_and_grad(model, _loss)
    optimizer = optim.SGD(learning_rate=0.1)
    first, _ = step(model, x, y)
    for _ in range(10):
        _, grads = step(model, x, y)
        optimizer.update(model, grads)
        mx.eval(model.parameters())
    assert _loss(model, x, y).item() < 0.7 * first.item()


def _torch_function(x, w):
    return torch.tanh(x @ w).sum(dim=-1) + torch.nn.functional.softplus(x).mean(dim=-1)


@settings(max_examples=5, deadline=None)
@given(rows=st.integers(1, 5), seed=st.integers(0, 2**16))
def test_function_matches_torch_and_compiles(rows, seed):
    rng = np.random.default_rng(seed)
    x, w = (rng.standard_normal(s).astype(np.float32) for s in ((rows, 3), (3, 4)))
    function = transpile(_torch_function, source="torch", target="mlx", args=(torch.ones(2, 3), torch.ones(3, 4)))
    expected = _torch_function(torch.from_numpy(x), torch.from_numpy(w)).numpy()
    result = function(mx.array(x), mx.array(w))
    assert isinstance(result, mx.array)
    np.testing.assert_allclose(np.array(result), expected, rtol=1e-5, atol=1e-6)
    compiled = mx.compile(lambda a, b: function(a, b))
    np.testing.assert_allclose(np.array(compiled(mx.array(x), mx.array(w))), expected, rtol=1e-5, atol=1e-6)


def test_jax_function_to_mlx():
    jnp = pytest.importorskip("jax.numpy")

    def source(x):
        return jnp.cumsum(jnp.sin(x) * 2.0, axis=0)

    x = np.linspace(-2, 2, 12, dtype=np.float32).reshape(4, 3)
    function = transpile(source, source="jax", target="mlx", args=(jnp.asarray(x),))
    np.testing.assert_allclose(np.array(function(mx.array(x))), np.asarray(source(jnp.asarray(x))), rtol=1e-6)
