"""``transpile(..., target="mlx", output="source")``: MLX-only Python that runs on its own and
matches the torch program on inputs other than the example's."""

from __future__ import annotations

import ast
import runpy
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

torch = pytest.importorskip("torch")
mx = pytest.importorskip("mlx.core")

import torch.nn.functional as F  # noqa: E402

import ivy_transpiler  # noqa: E402


def _load(source, path):
    """The emitted module run from disk (its ``params`` read back by its own ``load_params``);
    it imports only MLX and the standard library, and never names ivy."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                assert name.split(".")[0] in {"mlx"} | sys.stdlib_module_names, name
        if isinstance(node, ast.Name):
            assert not node.id.startswith("ivy"), node.id
    files = source.write(path)
    namespace = runpy.run_path(str(path))
    return namespace, (namespace["load_params"](str(files[1])) if len(files) > 1 else None)


def _mlx(array: np.ndarray):
    return mx.array(array, dtype=getattr(mx, array.dtype.name))  # mx.array alone makes float64 float32


def test_the_dialect_is_registered_by_entry_point():
    from importlib.metadata import entry_points

    assert "mlx" in [point.name for point in entry_points(group="ivy_transpiler.dialects")]


def _chain(x):
    y = torch.exp(-x.abs()) * torch.sin(x) + F.gelu(x) - F.softplus(x) / (1 + x**2)
    z = torch.where(x > 0.5, y, torch.tanh(y)).mean(dim=-1, keepdim=True) - F.log_softmax(x, dim=-1)
    return z, x.argmax(dim=-1), torch.cumsum(x, dim=0)


def _float64_chain(x):
    return torch.exp(-x.abs()) * torch.sin(x) - torch.cos(3 * x) + torch.tanh(x).sum(dim=-1, keepdim=True)


@settings(max_examples=6, deadline=None)
@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    dtype=st.sampled_from([torch.float32, torch.float64]),
    seed=st.integers(0, 2**16),
)
def test_function_source_matches_torch(shape, dtype, seed, tmp_path_factory):
    """float32: activations, reductions, argmax, cumsum. float64: exp, sin and cos, which the
    dialect writes on MLX's exact expm1 and tan (MLX's float64 exp/sin/cos, and so its erf,
    logaddexp and logsumexp, are single precision: a float64 graph of those fails the
    transpiler's verification instead)."""
    function = _chain if dtype == torch.float32 else _float64_chain
    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(*shape, generator=generator, dtype=dtype) * 3
    source = ivy_transpiler.transpile(function, target="mlx", args=(x,), output="source")
    namespace, params = _load(source, tmp_path_factory.mktemp("chain") / "chain.py")
    assert params is None
    x = torch.randn(*shape, generator=generator, dtype=dtype) * 3
    expected = function(x)
    got = namespace["forward"](_mlx(x.numpy()))
    tol = 2e-5 if dtype == torch.float32 else 1e-12
    for got, expected in zip(*((got, expected) if dtype == torch.float32 else ((got,), (expected,))), strict=True):
        got = np.array(got)
        assert got.dtype == expected.numpy().dtype
        np.testing.assert_allclose(got, expected.numpy(), rtol=tol, atol=tol)


def _cnn():
    return torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3, padding=1, stride=(1, 2)),
        torch.nn.BatchNorm2d(4),
        torch.nn.GELU(approximate="tanh"),
        torch.nn.Conv2d(4, 4, 3, groups=2, dilation=2),
        torch.nn.Flatten(),
        torch.nn.Linear(4 * 4 * 2, 5),
    )


def _encoder():
    return torch.nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True)


@pytest.mark.parametrize("make, shape", [(_cnn, (2, 3, 8, 12)), (_encoder, (2, 5, 16))], ids=["cnn", "encoder"])
def test_model_source_matches_torch(make, shape, tmp_path):
    torch.manual_seed(0)
    model = make().eval()
    if isinstance(model[1] if isinstance(model, torch.nn.Sequential) else None, torch.nn.BatchNorm2d):
        with torch.no_grad():
            model[1].running_mean.uniform_(-0.5, 0.5)
            model[1].running_var.uniform_(0.5, 2.0)
    source = ivy_transpiler.transpile(model, target="mlx", args=(torch.randn(*shape),), output="source")
    namespace, params = _load(source, tmp_path / "model.py")
    assert set(params) >= {n for n, _ in model.named_parameters()}
    x = torch.randn(*shape)
    with torch.no_grad():
        expected = model(x).numpy()
    np.testing.assert_allclose(np.array(namespace["forward"](params, _mlx(x.numpy()))), expected, rtol=1e-4, atol=1e-5)


def test_what_mlx_cannot_write_is_listed_together():
    from ivy_transpiler._emit import MissingHooks

    def program(x):
        return torch.copysign(x, -x) + torch.hypot(x, x) + torch.signbit(x)

    with pytest.raises(MissingHooks) as caught:
        ivy_transpiler.transpile(program, target="mlx", args=(torch.randn(3),), output="source")
    assert {"ivy.copysign", "ivy.hypot", "ivy.signbit"} <= set(caught.value.missing)
