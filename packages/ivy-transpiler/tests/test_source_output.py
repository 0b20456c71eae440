"""transpile(..., output="source"): target-only Python that runs on its own and matches torch.

Each emitted file is written to disk, checked (by its syntax tree) to import only the target
framework and the standard library and never to name ``ivy``, run in a fresh namespace on inputs
other than the example's, and compared with the torch program.
"""

from __future__ import annotations

import ast
import importlib.util
import runpy
import sys

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from conftest import TARGETS, as_numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from test_functions import CASES
from test_models import cnn, mlp

import ivy_transpiler
from ivy_transpiler._emit import MissingHooks

pytestmark = pytest.mark.usefixtures("jax_x64_restored")  # the tests load written JAX source themselves

#: the targets with a source dialect that are installed (paddle imported first: see conftest)
SOURCE_TARGETS = TARGETS + [t for t in ("paddle",) if t not in TARGETS and importlib.util.find_spec(t) is not None]

#: the top-level modules each target's source may import (besides the standard library)
ROOTS = {"numpy": {"numpy"}, "torch": {"torch"}, "jax": {"jax"}, "tensorflow": {"tensorflow"}, "paddle": {"paddle"}}


def encoder(activation="relu"):
    return torch.nn.TransformerEncoderLayer(
        16, 2, dim_feedforward=32, dropout=0.0, batch_first=True, activation=activation
    ).eval()


MODELS = {
    "mlp": (mlp, (4, 6)),
    "cnn": (cnn, (2, 3, 8, 8)),
    "encoder_relu": (encoder, (2, 5, 16)),
    "encoder_gelu": (lambda: encoder("gelu"), (2, 5, 16)),
}


def check_target_only(code: str, target: str) -> None:
    """Every import is the target's or the standard library's, and nothing is called ``ivy``."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            roots = {(node.module or "").split(".")[0]}
        else:
            roots = set()
        for root in roots:
            assert root in ROOTS[target] or root in sys.stdlib_module_names, f"imports {root}"
        if isinstance(node, ast.Name):
            assert not node.id.startswith("ivy"), f"names {node.id}"
    assert "ivy." not in code.replace("ivy_transpiler", "")


def load(source, tmp_path, target):
    """The emitted module, written to disk and run in a fresh namespace (``params`` loaded from its .npz)."""
    check_target_only(source, target)
    path = tmp_path / f"program_{target}.py"
    files = source.write(path)
    namespace = runpy.run_path(str(path))
    params = namespace["load_params"](str(files[1])) if len(files) > 1 else None
    return namespace, params


def to_target(target, array):
    if target == "torch":
        return torch.from_numpy(array)
    if target == "jax":
        import jax.numpy as jnp

        return jnp.asarray(array)
    if target == "tensorflow":
        import tensorflow as tf

        return tf.constant(array)
    if target == "paddle":
        import paddle

        return paddle.to_tensor(array)
    return array


def compare(expected, actual, rtol=1e-4, atol=1e-5):
    expected = expected if isinstance(expected, tuple) else (expected,)
    actual = actual if isinstance(actual, tuple) else (actual,)
    assert len(actual) == len(expected)
    for e, a in zip(expected, actual):
        a = as_numpy(a)
        assert a.dtype == e.numpy().dtype, (a.dtype, e.dtype)
        np.testing.assert_allclose(a, e.detach().numpy(), rtol=rtol, atol=atol)


@pytest.mark.parametrize("target", SOURCE_TARGETS)
@pytest.mark.parametrize("fn, make", CASES, ids=[c[0].__name__ for c in CASES])
def test_function_source(target, fn, make, tmp_path):
    source = ivy_transpiler.transpile(fn, target=target, args=make(), output="source", verify=False)
    assert isinstance(source, str) and "def forward(" in source
    namespace, params = load(source, tmp_path, target)
    assert params is None
    inputs = make()  # fresh values of the traced shapes
    actual = namespace["forward"](*[to_target(target, t.numpy()) for t in inputs])
    compare(fn(*inputs), actual)


@pytest.mark.parametrize("target", SOURCE_TARGETS)
@pytest.mark.parametrize("kind", list(MODELS))
def test_model_source(target, kind, tmp_path):
    make, shape = MODELS[kind]
    model = make()
    source = ivy_transpiler.transpile(model, target=target, args=(torch.randn(*shape),), output="source")
    namespace, params = load(source, tmp_path, target)
    assert set(params) <= {n for n, _ in model.state_dict().items()}
    assert set(params) >= {n for n, _ in model.named_parameters()}
    x = torch.randn(*shape)
    with torch.no_grad():
        expected = model(x)
    compare(expected, namespace["forward"](params, to_target(target, x.numpy())))


@pytest.mark.parametrize("target", SOURCE_TARGETS)
def test_promotion_and_integer_division_are_torchs(target, tmp_path):
    """Mixed int/float arithmetic, true and floor division of negative ints: torch's dtypes and values."""

    def mixed(x, i):
        return x * i + i / 3, i // -2, i % 3, (x > i).sum(dim=-1), x.argmax(dim=0)

    x, i = torch.randn(3, 4), torch.randint(-9, 9, (3, 4), dtype=torch.int32)
    source = ivy_transpiler.transpile(mixed, target=target, args=(x, i), output="source")
    namespace, _ = load(source, tmp_path, target)
    x, i = torch.randn(3, 4), torch.randint(-9, 9, (3, 4), dtype=torch.int32)
    compare(mixed(x, i), namespace["forward"](to_target(target, x.numpy()), to_target(target, i.numpy())))


def test_missing_hooks_are_listed_together():
    def spectral(x):
        return torch.fft.fft(x).real.sum(dim=0) + torch.linalg.svdvals(x) + torch.topk(x, 2).values.sum()

    with pytest.raises(MissingHooks) as caught:
        ivy_transpiler.transpile(spectral, target="jax", args=(torch.rand(4, 4),), output="source")
    assert set(caught.value.missing) == {"ivy.fft.fft", "ivy.linalg.svdvals", "ivy.top_k"}
    message = str(caught.value)
    assert all(name in message for name in caught.value.missing) and "output='callable'" in message


def test_source_verification_runs_the_source():
    source = ivy_transpiler.transpile(mlp(), target="numpy", args=(torch.randn(2, 6),), output="source")
    assert source.params.keys() == {"0.weight", "0.bias", "2.weight", "2.bias"}
    assert "forward(params, input)" in source


@settings(max_examples=8, deadline=None)
@given(
    shape=st.lists(st.integers(1, 4), min_size=1, max_size=3),
    dtype=st.sampled_from([torch.float32, torch.float64]),
    target=st.sampled_from(SOURCE_TARGETS),
    seed=st.integers(0, 2**16),
)
def test_elementwise_chain_any_shape(shape, dtype, target, seed, tmp_path_factory):
    def chain(x):
        y = torch.exp(-x.abs()) * torch.sin(x) + F.gelu(x) - F.softplus(x) / (1 + x**2)
        return torch.where(x > 0.5, y, torch.tanh(y)).mean(dim=-1, keepdim=True) - F.log_softmax(x, dim=-1)

    generator = torch.Generator().manual_seed(seed)
    x = torch.randn(*shape, generator=generator, dtype=dtype) * 3
    source = ivy_transpiler.transpile(chain, target=target, args=(x,), output="source")
    namespace, _ = load(source, tmp_path_factory.mktemp("chain"), target)
    x = torch.randn(*shape, generator=generator, dtype=dtype) * 3
    tol = 1e-5 if dtype == torch.float32 else 1e-8  # TensorFlow's float64 kernels (erf, softplus) differ by ~4e-9
    compare(chain(x), namespace["forward"](to_target(target, x.numpy())), rtol=tol, atol=tol)


@pytest.mark.parametrize("target", SOURCE_TARGETS)
def test_constants_with_non_finite_values_and_host_arrays(target, tmp_path):
    # a constant holding nan/inf is written as float('nan'); a host array the frontend hands to
    # asarray (a NumPy constant of a NumPy program) becomes the target's own literal
    def fn(x):
        return np.where(np.isnan(x * np.array([2.0, np.nan, 1.0], np.float32)), np.float32(np.inf), x) + np.float32(0.5)

    x = np.asarray([1.0, 2.0, -3.0], np.float32)
    source = ivy_transpiler.transpile(fn, source="numpy", target=target, args=(x,), output="source", verify=False)
    namespace, _ = load(source, tmp_path, target)
    fresh = np.asarray([-4.0, 0.25, 7.0], np.float32)
    np.testing.assert_array_equal(as_numpy(namespace["forward"](to_target(target, fresh))), fn(fresh))
