"""A TransformerEncoderLayer -> JAX: outputs and gradients match torch."""

from __future__ import annotations

import numpy as np
import torch

import ivy_transpiler


def test_transformer_encoder_layer_to_jax():
    import jax
    import jax.numpy as jnp

    layer = torch.nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, dropout=0.0, batch_first=True).eval()
    x = torch.randn(2, 5, 16)
    model = ivy_transpiler.transpile(layer, target="jax", args=(x,))
    assert list(model.params) == [n for n, _ in layer.named_parameters()]
    x2 = torch.randn(2, 5, 16)
    np.testing.assert_allclose(
        np.asarray(model(jnp.asarray(x2.numpy()))), layer(x2).detach().numpy(), rtol=1e-4, atol=1e-5
    )
    layer(x2).pow(2).mean().backward()
    grads = jax.grad(lambda m, x: jnp.mean(m(x) ** 2))(model, jnp.asarray(x2.numpy()))
    for name, p in layer.named_parameters():
        np.testing.assert_allclose(np.asarray(grads.params[name]), p.grad.numpy(), rtol=1e-3, atol=1e-6, err_msg=name)
