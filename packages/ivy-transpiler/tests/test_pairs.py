"""The pair panel: every source framework to every other target framework.

Functions: all 20 directed pairs of torch, jax, tensorflow, paddle and numpy; a function written
natively in the source (matmul, elementwise, reductions) must match the source's own output on
inputs of any shape (hypothesis). Models: every source with models (torch, flax nnx and linen,
Keras, paddle) to every trainable target (torch, jax, tensorflow, paddle): outputs, parameter
names, gradients of an MSE loss against the SOURCE framework's own gradients, and a few
optimizer steps in the target that lower the loss; numpy targets get inference.
"""

from __future__ import annotations

import functools
import importlib.util

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kits import FRAMEWORKS, KITS, as_numpy, function, loss_and_grads, native, parameter_names, train

import ivy_transpiler

INSTALLED = [f for f in FRAMEWORKS if importlib.util.find_spec(f) is not None]
FUNCTION_PAIRS = [(s, t) for s in INSTALLED for t in INSTALLED if s != t]
TRAINABLE = [t for t in ("torch", "jax", "tensorflow", "paddle") if t in INSTALLED]
MODEL_KITS = [k for k, kit in KITS.items() if kit.framework in INSTALLED and importlib.util.find_spec(k.split(".")[0])]
MODEL_CASES = [(k, kind, t) for k in MODEL_KITS for kind in KITS[k].kinds for t in TRAINABLE if t != KITS[k].framework]


@functools.cache
def _transpiled(source: str, target: str):
    rng = np.random.default_rng(0)
    x, w = rng.standard_normal((3, 4), np.float32), rng.standard_normal((4, 4), np.float32)
    return ivy_transpiler.transpile(
        function(source), source=source, target=target, args=(native(source, x), native(source, w))
    )


@pytest.mark.parametrize("source, target", FUNCTION_PAIRS, ids=[f"{s}-to-{t}" for s, t in FUNCTION_PAIRS])
@settings(max_examples=8, deadline=None)
@given(n=st.integers(1, 4), k=st.integers(1, 5), m=st.integers(1, 4), seed=st.integers(0, 2**16))
def test_function_matches_source(source, target, n, k, m, seed):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3, 3, (n, k)).astype(np.float32)
    w = rng.uniform(-1, 1, (k, m)).astype(np.float32)
    f = _transpiled(source, target)
    actual = f(native(target, x), native(target, w))
    assert type(actual).__module__.split(".")[0] in (target, "jaxlib", "numpy")
    expected = as_numpy(function(source)(native(source, x), native(source, w)))
    assert as_numpy(actual).dtype == np.float32
    np.testing.assert_allclose(as_numpy(actual), expected, rtol=2e-5, atol=2e-5)


def _data(kit, kind, seed=1):
    shape, out = kit.shape(kind)
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape, np.float32), rng.standard_normal((shape[0], out), np.float32)


@pytest.mark.parametrize("kit_name, kind, target", MODEL_CASES, ids=[f"{k}-{m}-to-{t}" for k, m, t in MODEL_CASES])
def test_model_outputs_gradients_and_training(kit_name, kind, target):
    kit = KITS[kit_name]
    source = kit.make(kind)
    x, y = _data(kit, kind)
    model = ivy_transpiler.transpile(source, target=target, args=(native(kit.framework, x),))
    source_grads = kit.grads(source, x, y)
    assert sorted(parameter_names(target, model)) == sorted(source_grads)
    x2, _ = _data(kit, kind, seed=2)  # inputs other than the example
    np.testing.assert_allclose(as_numpy(model(native(target, x2))), kit.call(source, x2), rtol=1e-4, atol=1e-5)
    _, grads = loss_and_grads(target, model, x, y)
    for name, expected in source_grads.items():
        scale = max(1.0, float(np.abs(expected).max()))
        np.testing.assert_allclose(grads[name], expected, rtol=1e-4, atol=1e-5 * scale, err_msg=name)
    losses = train(target, model, x, y)
    assert losses[-1] < losses[0], losses
    np.testing.assert_allclose(kit.call(source, x2), kit.call(kit.make(kind), x2), rtol=0, atol=0)  # source untouched


@pytest.mark.parametrize("kit_name", MODEL_KITS)
def test_model_to_numpy_inference(kit_name):
    kit = KITS[kit_name]
    kind = kit.kinds[-1]
    source = kit.make(kind)
    x, _ = _data(kit, kind)
    model = ivy_transpiler.transpile(source, target="numpy", args=(native(kit.framework, x),))
    x2, _ = _data(kit, kind, seed=2)
    out = model(x2)
    assert isinstance(out, np.ndarray)
    np.testing.assert_allclose(out, kit.call(source, x2), rtol=1e-4, atol=1e-5)


def test_flax_model_fine_tuned_with_torch_optim():
    import jax.numpy as jnp
    import torch
    from flax import nnx

    kit = KITS["flax.nnx"]
    source = kit.make("mlp")
    x, y = _data(kit, "mlp")
    module = ivy_transpiler.transpile(source, source="jax", target="torch", args=(jnp.asarray(x),))
    assert isinstance(module, torch.nn.Module)
    optimizer = torch.optim.Adam(module.parameters(), lr=0.02)
    losses = []
    for _ in range(5):
        optimizer.zero_grad()
        loss = ((module(torch.from_numpy(x)) - torch.from_numpy(y)) ** 2).mean()
        loss.backward()
        optimizer.step()
        losses.append(float(loss.detach()))
    assert losses[-1] < losses[0], losses
    # the fine-tuned weights go back into the flax model by name, and both agree
    tuned = dict(module.named_parameters())
    params = nnx.state(source, nnx.Param)
    flat = [
        (p, v.replace(jnp.asarray(tuned[".".join(map(str, p))].detach().numpy()))) for p, v in nnx.to_flat_state(params)
    ]
    nnx.update(source, nnx.from_flat_state(flat))
    x2, _ = _data(kit, "mlp", seed=2)
    np.testing.assert_allclose(
        as_numpy(module(torch.from_numpy(x2))), np.asarray(source(jnp.asarray(x2))), rtol=1e-5, atol=1e-5
    )


def test_nnx_batchnorm_in_training_mode_updates_statistics_like_flax():
    import jax.numpy as jnp
    import paddle

    kit = KITS["flax.nnx"]
    source = kit.make("cnn")
    source.train()
    x, _ = _data(kit, "cnn")
    layer = ivy_transpiler.transpile(source, target="paddle", args=(jnp.asarray(x),))
    assert layer.traced_training
    np.testing.assert_allclose(  # the example run (and verify) left the source's statistics alone
        np.asarray(source.norm.mean[...]), np.asarray(kit.make("cnn").norm.mean[...]), rtol=0, atol=0
    )
    x2, _ = _data(kit, "cnn", seed=2)
    out = layer(paddle.to_tensor(x2))
    expected = source(jnp.asarray(x2))  # flax updates its statistics in this call
    np.testing.assert_allclose(out.numpy(), np.asarray(expected), rtol=1e-4, atol=1e-5)
    buffers = dict(layer.named_buffers())
    for name, variable in (("norm.mean", source.norm.mean), ("norm.var", source.norm.var)):
        np.testing.assert_allclose(buffers[name].numpy(), np.asarray(variable[...]), rtol=1e-5, atol=1e-6)


def test_unknown_source_is_refused_at_the_boundary():
    with pytest.raises(ValueError, match=r"transpile: argument 'source'.*'foo'"):
        ivy_transpiler.transpile(lambda x: x, source="foo", target="numpy", args=(np.ones(2),))
