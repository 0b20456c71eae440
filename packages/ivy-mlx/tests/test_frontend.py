"""The MLX frontend against real MLX on the same inputs, and MLX programs transpiled to
torch and JAX (models trainable in torch, functions under ``jax.jit``)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

mx = pytest.importorskip("mlx.core")
mlx_nn = pytest.importorskip("mlx.nn")

from ivy_mlx.frontend import core, nn  # noqa: E402
from ivy_mlx.frontend._array import Array  # noqa: E402

import ivy  # noqa: E402

_UNARY = ["abs", "exp", "log1p", "sqrt", "square", "sin", "cos", "tanh", "negative", "sign", "floor", "sigmoid",
          "erf", "rsqrt", "expm1", "arctan"]  # fmt: skip
_BINARY = ["add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "logaddexp", "greater", "equal",
           "arctan2"]  # fmt: skip
_REDUCTIONS = ["sum", "mean", "max", "min", "prod", "logsumexp", "var", "softmax", "argmax"]
_ACTIVATIONS = ["relu", "gelu", "gelu_approx", "silu", "sigmoid", "elu", "selu", "mish", "softplus", "leaky_relu",
                "relu6", "log_softmax", "softmax"]  # fmt: skip
_POSITIVE = {"log1p", "sqrt", "rsqrt", "power"}

_floats = hnp.arrays(
    np.float32, hnp.array_shapes(min_dims=1, max_dims=3, max_side=4), elements=st.floats(-3, 3, width=32)
)


def _emulated(function, *arrays, **kwargs):
    with ivy.using_backend("numpy"):
        result = function(*(Array(ivy.asarray(a)) for a in arrays), **kwargs)
        return np.asarray(ivy.to_native(result.ivy))


def _check(expected, got):
    expected = np.array(expected)
    assert got.shape == expected.shape
    if expected.dtype.kind == "f":
        np.testing.assert_allclose(got, expected, rtol=2e-5, atol=2e-6)
    else:
        np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("name", _UNARY + _BINARY + _REDUCTIONS + [f"nn.{a}" for a in _ACTIVATIONS])
@settings(max_examples=6, deadline=None)
@given(x=_floats, data=st.data())
def test_function_against_mlx(name, x, data):
    if name.split(".")[-1] in _POSITIVE:
        x = np.abs(x) + np.float32(0.5)
    module, real = (nn, mlx_nn) if name.startswith("nn.") else (core, mx)
    short = name.split(".")[-1]
    if short in _BINARY:
        y = data.draw(hnp.arrays(np.float32, x.shape, elements=st.floats(0.5, 3, width=32)), label="y")
        args = (x, y)
    else:
        args = (x,)
    kwargs = {"axis": data.draw(st.integers(-x.ndim, x.ndim - 1), label="axis")} if short in _REDUCTIONS else {}
    expected = getattr(real, short)(*(mx.array(a) for a in args), **kwargs)
    _check(expected, _emulated(getattr(module, short), *args, **kwargs))


@settings(max_examples=6, deadline=None)
@given(
    logits=hnp.arrays(np.float32, (4, 5), elements=st.floats(-4, 4, width=32)),
    labels=hnp.arrays(np.int32, (4,), elements=st.integers(0, 4)),
    reduction=st.sampled_from(["none", "mean", "sum"]),
)
def test_losses_against_mlx(logits, labels, reduction):
    losses = mlx_nn.losses
    targets = np.tanh(logits[:, 0])
    cases = [
        ("cross_entropy", (logits, labels)),
        ("mse_loss", (logits[:, 0], targets)),
        ("l1_loss", (logits[:, 0], targets)),
        ("binary_cross_entropy", (logits[:, 0], (targets > 0).astype(np.float32))),
    ]
    for name, args in cases:
        expected = getattr(losses, name)(*(mx.array(a) for a in args), reduction=reduction)
        _check(expected, _emulated(getattr(nn, name), *args, reduction=reduction))


def test_unknown_mlx_function_is_reported_by_the_transpiler():
    from ivy_transpiler import transpile

    def program(x):
        return mx.cummax(x)  # not emulated

    with pytest.raises(NotImplementedError, match="mlx"):
        transpile(program, source="mlx", target="numpy", args=(mx.array([1.0, 2.0]),))


class _Net(mlx_nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = mlx_nn.Conv2d(3, 4, 3, padding=1)
        self.layers = [mlx_nn.Linear(4 * 5 * 5, 8), mlx_nn.Linear(8, 3)]
        self.norm = mlx_nn.LayerNorm(8)

    def __call__(self, x):
        h = mlx_nn.relu(self.conv(x)).reshape(x.shape[0], -1)
        return self.layers[1](mlx_nn.gelu(self.norm(self.layers[0](h))))


def test_mlx_model_to_torch_matches_and_trains():
    torch = pytest.importorskip("torch")
    from mlx.utils import tree_flatten

    from ivy_transpiler import transpile

    mx.random.seed(0)
    model = _Net()
    rng = np.random.default_rng(0)
    example = mx.array(rng.standard_normal((2, 5, 5, 3)).astype(np.float32))
    converted = transpile(model, source="mlx", target="torch", args=(example,))
    assert isinstance(converted, torch.nn.Module)
    names = dict(converted.named_parameters())
    assert sorted(names) == sorted(n for n, _ in tree_flatten(model.trainable_parameters()))
    x = rng.standard_normal((3, 5, 5, 3)).astype(np.float32)
    np.testing.assert_allclose(
        converted(torch.from_numpy(x)).detach().numpy(), np.array(model(mx.array(x))), rtol=1e-4, atol=1e-5
    )
    optimizer = torch.optim.SGD(converted.parameters(), lr=0.1)
    target = torch.zeros(3, 3)
    first = None
    for _ in range(5):
        loss = ((converted(torch.from_numpy(x)) - target) ** 2).mean()
        first = first if first is not None else loss.item()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert loss.item() < first


def test_mlx_function_to_jax_under_jit():
    jax = pytest.importorskip("jax")
    from ivy_transpiler import transpile

    def program(a, b):
        scores = a @ b
        return mx.sum(mx.tanh(scores), axis=-1) + mlx_nn.losses.cross_entropy(scores, mx.array([0, 1, 2]))

    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((3, 4)).astype(np.float32), rng.standard_normal((4, 5)).astype(np.float32)
    converted = transpile(program, source="mlx", target="jax", args=(mx.array(a), mx.array(b)))
    a2, b2 = rng.standard_normal((3, 4)).astype(np.float32), rng.standard_normal((4, 5)).astype(np.float32)
    got = jax.jit(converted)(jax.numpy.asarray(a2), jax.numpy.asarray(b2))
    np.testing.assert_allclose(np.asarray(got), np.array(program(mx.array(a2), mx.array(b2))), rtol=1e-5, atol=1e-6)
