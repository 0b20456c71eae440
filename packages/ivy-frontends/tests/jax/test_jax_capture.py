"""Capture: real JAX programs turned into jaxprs and run with the frontend on the current ivy backend."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import ivy_frontends
from ivy_frontends import MissingOperations
from ivy_frontends.jax import numpy as fjnp


def _mlp(params, x):
    for layer in params["hidden"]:
        x = jax.nn.gelu(x @ layer["w"] + layer["b"])
    out = x @ params["out"]["w"] + params["out"]["b"]
    return jax.nn.log_softmax(out), jnp.argmax(out, axis=-1)


def _init(sizes, key):
    keys = jax.random.split(key, len(sizes))
    layers = [
        {
            "w": jax.random.normal(k, (m, n), jnp.float32) / float(np.sqrt(m)),
            "b": jax.random.normal(k, (n,), jnp.float32) * 0.1,
        }
        for k, m, n in zip(keys, sizes[:-1], sizes[1:], strict=False)
    ]
    return {"hidden": layers[:-1], "out": layers[-1]}


def _mine(tree):
    return jax.tree_util.tree_map(lambda a: fjnp.asarray(np.asarray(a)), tree)


def test_mlp_params_pytree_matches_jax():
    params = _init([6, 32, 32, 4], jax.random.PRNGKey(1))
    x = jax.random.normal(jax.random.PRNGKey(2), (16, 6), jnp.float32)
    captured = ivy_frontends.load("jax").capture(lambda params, x: _mlp(params, x))
    out, idx = captured(_mine(params), fjnp.asarray(np.asarray(x)))
    ref, ref_idx = _mlp(params, x)
    assert str(out.dtype) == "float32" and out.shape == (16, 4)
    np.testing.assert_allclose(out.numpy(), np.asarray(ref), rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(idx.numpy(), np.asarray(ref_idx))
    assert set(captured.parameters) == {"['hidden'][0]['b']", "['hidden'][0]['w']", "['hidden'][1]['b']"} | {
        "['hidden'][1]['w']",
        "['out']['b']",
        "['out']['w']",
    }


def _cnn(params, x):
    y = jax.lax.conv_general_dilated(x, params["k"], (1, 1), "SAME", dimension_numbers=("NHWC", "HWIO", "NHWC"))
    y = jax.nn.relu(y + params["b"])
    y = jax.lax.reduce_window(y, -jnp.inf, jax.lax.max, (1, 2, 2, 1), (1, 2, 2, 1), "VALID")
    y = y.reshape(y.shape[0], -1)
    z = jax.nn.one_hot(jnp.argmax(y, axis=-1), y.shape[-1])
    return jax.nn.softmax(y) + z, jnp.cumsum(y, axis=-1)[:, ::3], y.at[:, 0].set(0.0).sum(axis=0)


def test_cnn_with_conv_pool_scatter_and_jit():
    params = {"k": jax.random.normal(jax.random.PRNGKey(3), (3, 3, 2, 4)) * 0.3, "b": jnp.linspace(-0.1, 0.1, 4)}
    params = jax.tree_util.tree_map(lambda a: a.astype(jnp.float32), params)
    x = jax.random.normal(jax.random.PRNGKey(4), (2, 6, 6, 2), jnp.float32)
    fn = jax.jit(_cnn)
    captured = ivy_frontends.load("jax").capture(fn)
    mine = captured(_mine(params), fjnp.asarray(np.asarray(x)))
    ref = fn(params, x)
    for m, r in zip(mine, ref, strict=True):
        np.testing.assert_allclose(m.numpy(), np.asarray(r), rtol=1e-5, atol=1e-5)


def test_control_flow_and_custom_jvp():
    def f(x):
        y = jax.lax.fori_loop(0, 3, lambda i, c: c * 0.5 + jnp.sin(c), x)
        y = jax.lax.cond(y.sum() > 0, lambda v: v + 1, lambda v: v - 1, y)
        carry, ys = jax.lax.scan(lambda c, v: (c + v, c * v), 0.0, y)
        return jax.nn.relu(ys) + jax.nn.silu(y) + carry, jnp.sort(y)[jnp.array([0, -1])]

    x = np.linspace(-1, 1, 5).astype("float32")
    mine = ivy_frontends.load("jax").capture(f)(fjnp.asarray(x))
    ref = f(jnp.asarray(x))
    for m, r in zip(mine, ref, strict=True):
        np.testing.assert_allclose(m.numpy(), np.asarray(r), rtol=1e-5, atol=1e-5)


def test_missing_primitives_reported_by_full_name_and_count():
    def f(x):
        return (
            jnp.linalg.eigh(x)[0].sum()
            + jnp.linalg.eigh(x + 1)[0].sum()
            + jax.lax.population_count(x.astype(jnp.int32)).sum()
        )

    with pytest.raises(MissingOperations) as info:
        ivy_frontends.load("jax").capture(f)(fjnp.ones((3, 3), dtype="float32"))
    missing = info.value.missing
    assert missing["jax.lax.eigh"] == 2 and missing["jax.lax.population_count"] == 1
    assert "jax.lax.eigh: 2 call(s)" in str(info.value)


def test_capture_with_example_inputs_records_parameters():
    params = {"w": jnp.ones((3, 2), jnp.float32)}
    captured = ivy_frontends.load("jax").capture(
        lambda p, x: x @ p["w"], *(_mine(params), fjnp.ones((1, 3), "float32"))
    )
    assert list(captured.parameters) == ["['w']"]
    assert captured(_mine(params), fjnp.ones((1, 3), "float32")).tolist() == [[3.0, 3.0]]


def test_coverage_counts():
    report = ivy_frontends.load("jax").coverage()
    scipy = {"jax.scipy.special", "jax.scipy.stats", "jax.scipy.linalg"}
    assert set(report) == {"jax.numpy", "jax.nn", "jax.lax", "jax.random"} | scipy
    done = sum(len(set(e) & set(r)) for label, (r, e, _) in report.items() if label not in scipy)
    assert done >= 300
    assert "norm.logpdf" in report["jax.scipy.stats"][0]  # distributions count as dotted names
    assert report["jax.lax"][2]["psum"] and "psum" not in report["jax.lax"][1]


def test_flax_mlp_with_its_params_on_the_torch_backend():
    """A flax.linen model's ``apply`` with its params, captured and run on ivy's torch backend."""
    import ivy

    linen = pytest.importorskip("flax.linen")

    class MLP(linen.Module):
        @linen.compact
        def __call__(self, x):
            x = linen.gelu(linen.Dense(32)(x))
            x = linen.LayerNorm()(x)
            x = linen.relu(linen.Dense(32)(x))
            return linen.log_softmax(linen.Dense(5)(x))

    model = MLP()
    x = jax.random.normal(jax.random.PRNGKey(3), (8, 6), jnp.float32)
    variables = model.init(jax.random.PRNGKey(4), x)
    expected = np.asarray(model.apply(variables, x))
    with ivy.using_backend("torch"):
        captured = ivy_frontends.load("jax").capture(lambda variables, x: model.apply(variables, x))
        out = captured(_mine(variables), fjnp.asarray(np.asarray(x)))
        assert type(ivy.to_native(out._a)).__module__.startswith("torch")
        np.testing.assert_allclose(out.numpy(), expected, rtol=1e-5, atol=1e-5)
    assert "['params']['Dense_0']['kernel']" in captured.parameters
