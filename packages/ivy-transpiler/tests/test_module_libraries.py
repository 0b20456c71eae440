"""Models of JAX's module libraries (haiku, equinox, flax linen with mutable collections) transpiled
to trainable torch modules: parameter names, outputs, an optimizer step and state updates against
the library itself."""

from __future__ import annotations

import haiku as hk
import jax
import jax.numpy as jnp
import numpy as np
import pytest
import torch

import ivy_transpiler

equinox = pytest.importorskip("equinox")  # installed by the transpiler session; a clear skip elsewhere


def _x(seed: int, shape: tuple[int, ...] = (4, 5)) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape).astype("float32")


def _sgd_step(module: torch.nn.Module, x: np.ndarray) -> dict[str, np.ndarray]:
    """One SGD step (lr 0.1) on the summed squared output; the new parameters by name."""
    optimizer = torch.optim.SGD(module.parameters(), lr=0.1)
    optimizer.zero_grad()
    (module(torch.from_numpy(x)) ** 2).sum().backward()
    optimizer.step()
    return {n: p.detach().numpy() for n, p in module.named_parameters()}


def _jax_sgd_step(loss, params):
    grads = jax.grad(loss)(params)
    return jax.tree_util.tree_map(lambda p, g: p - 0.1 * g, params, grads)


def _mlp(x):
    return hk.nets.MLP([8, 3], activation=jnp.tanh)(x)


@pytest.mark.parametrize("rng", [True, False], ids=["transform", "without_apply_rng"])
def test_haiku_model_becomes_a_trainable_torch_module(rng):
    transformed = hk.transform(_mlp) if rng else hk.without_apply_rng(hk.transform(_mlp))
    params = transformed.init(jax.random.PRNGKey(0), jnp.asarray(_x(0)))
    apply = (lambda p, x: transformed.apply(p, None, x)) if rng else transformed.apply
    module = ivy_transpiler.transpile((transformed, params), source="jax", target="torch", args=(jnp.asarray(_x(0)),))
    assert isinstance(module, torch.nn.Module)
    names = {f"{m}.{k}" for m, inner in params.items() for k in inner}
    assert set(dict(module.named_parameters())) == names  # haiku's module paths, as haiku prints them
    x = _x(1)
    np.testing.assert_allclose(module(torch.from_numpy(x)).detach().numpy(), apply(params, x), rtol=1e-5, atol=1e-6)
    stepped = _sgd_step(module, x)
    expected = _jax_sgd_step(lambda p: (apply(p, x) ** 2).sum(), params)
    for m, inner in expected.items():
        for k, value in inner.items():
            np.testing.assert_allclose(stepped[f"{m}.{k}"], value, rtol=1e-4, atol=1e-6)


def test_haiku_model_with_state_updates_its_statistics_like_haiku():
    def net(x):
        return hk.BatchNorm(True, True, decay_rate=0.9)(hk.Linear(6)(x), is_training=True)

    transformed = hk.without_apply_rng(hk.transform_with_state(net))
    params, state = transformed.init(jax.random.PRNGKey(0), jnp.asarray(_x(0)))
    module = ivy_transpiler.transpile(
        (transformed, params, state), source="jax", target="torch", args=(jnp.asarray(_x(0)),)
    )
    assert set(dict(module.named_parameters())) == {f"{m}.{k}" for m, inner in params.items() for k in inner}
    for seed in (1, 2):  # two training steps: the torch buffers follow haiku's state
        x = _x(seed)
        expected, state = transformed.apply(params, state, x)
        np.testing.assert_allclose(module(torch.from_numpy(x)).detach().numpy(), expected, rtol=1e-4, atol=1e-5)
    buffers = dict(module.named_buffers())
    for m, inner in state.items():
        for k, value in inner.items():
            np.testing.assert_allclose(buffers[f"state.{m}.{k}"].numpy(), value, rtol=1e-5, atol=1e-6)


def test_equinox_module_becomes_a_trainable_torch_module():
    model = equinox.nn.MLP(5, 3, 8, 2, activation=jax.nn.gelu, key=jax.random.PRNGKey(0))
    module = ivy_transpiler.transpile(model, source="jax", target="torch", args=(jnp.asarray(_x(0)[0]),))
    paths = jax.tree_util.tree_flatten_with_path(equinox.filter(model, equinox.is_inexact_array))[0]
    expected_names = {jax.tree_util.keystr(p, simple=True, separator=".") for p, _ in paths}
    assert set(dict(module.named_parameters())) == expected_names  # "layers.0.weight", ...
    x = _x(1)[0]
    np.testing.assert_allclose(module(torch.from_numpy(x)).detach().numpy(), model(x), rtol=1e-5, atol=1e-6)
    stepped = _sgd_step(module, x)

    def loss(m):
        return (m(x) ** 2).sum()

    grads = equinox.filter_grad(loss)(model)
    new = equinox.apply_updates(model, jax.tree_util.tree_map(lambda g: -0.1 * g, grads))
    for path, value in jax.tree_util.tree_flatten_with_path(equinox.filter(new, equinox.is_inexact_array))[0]:
        name = jax.tree_util.keystr(path, simple=True, separator=".")
        np.testing.assert_allclose(stepped[name], value, rtol=1e-4, atol=1e-6)


def test_linen_batchnorm_in_training_mode_updates_its_statistics_like_flax():
    import flax.linen as nn

    class Net(nn.Module):
        @nn.compact
        def __call__(self, x):
            x = nn.Dense(6)(x)
            return nn.relu(nn.BatchNorm(use_running_average=False, momentum=0.8)(x))

    net = Net()
    variables = net.init(jax.random.PRNGKey(0), jnp.asarray(_x(0)))
    module = ivy_transpiler.transpile(
        net.bind(variables, mutable=["batch_stats"]), source="jax", target="torch", args=(jnp.asarray(_x(0)),)
    )
    assert module.training
    assert set(dict(module.named_buffers())) == {"batch_stats.BatchNorm_0.mean", "batch_stats.BatchNorm_0.var"}
    for seed in (1, 2):
        x = _x(seed)
        expected, updated = net.apply(variables, x, mutable=["batch_stats"])
        variables = {**variables, **updated}
        np.testing.assert_allclose(module(torch.from_numpy(x)).detach().numpy(), expected, rtol=1e-4, atol=1e-5)
    buffers = dict(module.named_buffers())
    for key in ("mean", "var"):
        want = variables["batch_stats"]["BatchNorm_0"][key]
        np.testing.assert_allclose(buffers[f"batch_stats.BatchNorm_0.{key}"].numpy(), want, rtol=1e-5, atol=1e-6)
