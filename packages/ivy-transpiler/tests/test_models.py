"""torch models -> every target: outputs, parameter names, weights, gradients and training steps."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import TARGETS, TRAINABLE, as_numpy

import ivy_transpiler


def mlp():
    return torch.nn.Sequential(torch.nn.Linear(6, 16), torch.nn.ReLU(), torch.nn.Linear(16, 3))


def cnn():
    net = torch.nn.Sequential(
        torch.nn.Conv2d(3, 4, 3, padding=1),
        torch.nn.BatchNorm2d(4),
        torch.nn.ReLU(),
        torch.nn.MaxPool2d(2),
        torch.nn.Flatten(),
        torch.nn.Linear(4 * 4 * 4, 5),
    )
    with torch.no_grad():  # running statistics that are not the defaults
        net[1].running_mean.uniform_(-0.5, 0.5)
        net[1].running_var.uniform_(0.5, 2.0)
    return net.eval()


MODELS = {"mlp": (mlp, (4, 6), 3), "cnn": (cnn, (2, 3, 8, 8), 5)}


def _loss_torch(model, x, y):
    return ((model(x) - y) ** 2).mean()


def _loss_grads(target, model, x, y):
    """(loss, {name: gradient}) of the mean squared error in the target framework."""
    if target == "jax":
        import jax
        import jax.numpy as jnp

        def loss(m, x):
            return jnp.mean((m(x) - y) ** 2)

        value, grads = jax.value_and_grad(loss)(model, jnp.asarray(x))
        return float(value), {n: np.asarray(g) for n, g in grads.params.items()}
    if target == "tensorflow":
        import tensorflow as tf

        with tf.GradientTape() as tape:
            value = tf.reduce_mean((model(tf.constant(x)) - y) ** 2)
        grads = tape.gradient(value, model.params)
        return float(value), {n: g.numpy() for n, g in grads.items()}
    model.zero_grad()
    value = ((model(torch.from_numpy(x)) - torch.from_numpy(y)) ** 2).mean()
    value.backward()
    return float(value.detach()), {n: p.grad.numpy() for n, p in model.named_parameters()}


def _sgd_step(target, model, grads, lr):
    if target == "jax":
        model.params = {n: p - lr * grads[n] for n, p in model.params.items()}
    elif target == "tensorflow":
        for n, v in model.params.items():
            v.assign_sub(lr * grads[n])
    else:
        with torch.no_grad():
            for n, p in model.named_parameters():
                p -= lr * torch.from_numpy(grads[n])


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("kind", list(MODELS))
def test_model_outputs_and_names(target, kind):
    make, shape, _ = MODELS[kind]
    source = make()
    x = torch.randn(*shape)
    model = ivy_transpiler.transpile(source, target=target, args=(x,))
    names = [n for n, _ in source.named_parameters()]
    if target == "torch":
        assert isinstance(model, torch.nn.Module)
        assert [n for n, _ in model.named_parameters()] == names
        assert list(model.state_dict()) == list(source.state_dict())
    else:
        assert list(model.params) == names
    if kind == "cnn":  # buffers carried over
        buffers = dict(model.named_buffers()) if target == "torch" else model.buffers
        np.testing.assert_allclose(as_numpy(buffers["1.running_var"]), source[1].running_var.numpy())
    x2 = torch.randn(*shape)
    with torch.no_grad():
        expected = source(x2).numpy()
    actual = as_numpy(model(as_numpy(x2)))
    np.testing.assert_allclose(actual, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("target", TRAINABLE)
@pytest.mark.parametrize("kind", list(MODELS))
def test_gradients_match_torch_and_sgd_lowers_the_loss(target, kind):
    make, shape, out = MODELS[kind]
    source = make()
    x, y = torch.randn(*shape), torch.randn(shape[0], out)
    model = ivy_transpiler.transpile(source, target=target, args=(x,))
    source.zero_grad()
    _loss_torch(source, x, y).backward()
    xn, yn = x.numpy(), y.numpy()
    loss, grads = _loss_grads(target, model, xn, yn)
    assert set(grads) == {n for n, _ in source.named_parameters()}
    for name, p in source.named_parameters():
        np.testing.assert_allclose(grads[name], p.grad.numpy(), rtol=1e-4, atol=1e-6, err_msg=name)
    losses = [loss]
    for _ in range(3):
        _sgd_step(target, model, grads, lr=0.05)
        loss, grads = _loss_grads(target, model, xn, yn)
        losses.append(loss)
    assert losses[-1] < losses[0], losses


def test_jax_model_jit_and_apply():
    import jax
    import jax.numpy as jnp

    source = mlp()
    x = torch.randn(4, 6)
    model = ivy_transpiler.transpile(source, target="jax", args=(x,))
    xj = jnp.asarray(x.numpy())
    jitted = jax.jit(lambda m, x: m(x))(model, xj)
    np.testing.assert_allclose(np.asarray(jitted), source(x).detach().numpy(), rtol=1e-5, atol=1e-5)
    zeros = jax.tree_util.tree_map(jnp.zeros_like, model.params)
    np.testing.assert_allclose(np.asarray(model.apply(zeros, xj)), 0.0)
    assert len(jax.tree_util.tree_leaves(model)) == len(model.params)


def test_batchnorm_training_mode_updates_running_statistics():
    source = cnn().train()
    x = torch.randn(4, 3, 8, 8)
    model = ivy_transpiler.transpile(source, target="torch", args=(x,))
    assert model.traced_training
    reference = cnn().train()
    reference.load_state_dict(source.state_dict())
    x2 = torch.randn(4, 3, 8, 8)
    out = model(x2)
    expected = reference(x2)
    np.testing.assert_allclose(out.detach().numpy(), expected.detach().numpy(), rtol=1e-4, atol=1e-5)
    for name in ("1.running_mean", "1.running_var"):
        np.testing.assert_allclose(
            dict(model.named_buffers())[name].numpy(), reference.state_dict()[name].numpy(), rtol=1e-5, atol=1e-6
        )


def test_transpiled_torch_model_trains_with_torch_optim():
    source = mlp()
    x, y = torch.randn(8, 6), torch.randn(8, 3)
    model = ivy_transpiler.transpile(source, target="torch", args=(x,))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    losses = []
    for _ in range(3):
        optimizer.zero_grad()
        loss = _loss_torch(model, x, y)
        loss.backward()
        optimizer.step()
        losses.append(float(loss.detach()))
    assert losses[-1] < losses[0]
    for (_, p), (_, q) in zip(source.named_parameters(), model.named_parameters()):
        assert not torch.equal(p, q)  # the source's weights are not shared with the transpiled model


def test_compiled_targets_retrace_new_batch_sizes():
    import jax
    import jax.numpy as jnp
    import tensorflow as tf

    source = mlp()
    x, x8 = torch.randn(4, 6), torch.randn(8, 6)
    expected = source(x8).detach().numpy()
    tf_model = ivy_transpiler.transpile(source, target="tensorflow", args=(x,))
    np.testing.assert_allclose(tf.function(tf_model)(tf.constant(x8.numpy())).numpy(), expected, rtol=1e-5, atol=1e-5)
    jax_model = ivy_transpiler.transpile(source, target="jax", args=(x,))
    np.testing.assert_allclose(np.asarray(jax.jit(jax_model)(jnp.asarray(x8.numpy()))), expected, rtol=1e-5, atol=1e-5)


class _Tagger(torch.nn.Module):
    """Integer work inside the model: a position ramp (arange), an embedding lookup and an argmax."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(10, 4)
        self.head = torch.nn.Linear(4, 3)

    def forward(self, tokens):
        positions = torch.arange(tokens.shape[1], dtype=torch.float32)
        scores = self.head(self.embed(tokens) + positions[None, :, None])
        return scores, scores.argmax(-1)


def test_jax_model_inside_the_users_jit_and_grad_with_64_bit_types_off():
    """JAX's default mode (64-bit types off): the transpiled model, whose eager calls compute with
    int64 indices, traces in the caller's mode inside ``jax.jit`` and ``jax.grad`` (one XLA program
    cannot mix the two modes)."""
    import jax
    import jax.numpy as jnp

    source = _Tagger().eval()
    tokens = torch.randint(0, 10, (2, 5))
    model = ivy_transpiler.transpile(source, target="jax", args=(tokens,))
    expected_scores, expected_labels = (t.detach().numpy() for t in source(tokens))
    with jax.enable_x64(False):
        ids = jnp.asarray(tokens.numpy())  # int32: the caller's mode
        scores, labels = jax.jit(lambda m, ids: m(ids))(model, ids)
        grads = jax.grad(lambda m: m(ids)[0].sum())(model)
    np.testing.assert_allclose(np.asarray(scores), expected_scores, rtol=1e-5, atol=1e-5)
    np.testing.assert_array_equal(np.asarray(labels), expected_labels)
    (source(tokens)[0]).sum().backward()
    for name, p in source.named_parameters():
        np.testing.assert_allclose(np.asarray(grads.params[name]), p.grad.numpy(), rtol=1e-5, atol=1e-5, err_msg=name)
