"""Recurrent torch layers (nn.LSTM, nn.GRU, nn.RNN) transpiled to JAX: outputs, final states and
parameter gradients against torch on the same weights and inputs."""

from __future__ import annotations

import numpy as np
import pytest
import torch

import ivy_transpiler

#: name -> (layer class, its arguments, whether the initial state is given)
CONFIGS = {
    "lstm-2layer-bidirectional-batch_first-state": (
        torch.nn.LSTM,
        {"num_layers": 2, "bidirectional": True, "batch_first": True},
        True,
    ),
    "lstm-projection": (torch.nn.LSTM, {"proj_size": 3}, False),
    "gru-2layer": (torch.nn.GRU, {"num_layers": 2}, False),
    "gru-bidirectional-batch_first-nobias-state": (
        torch.nn.GRU,
        {"bidirectional": True, "batch_first": True, "bias": False},
        True,
    ),
    "rnn-relu-state": (torch.nn.RNN, {"nonlinearity": "relu"}, True),
}


class _Head(torch.nn.Module):
    """A recurrent layer and every output it gives: the sequence and the final state(s), flattened."""

    def __init__(self, layer: torch.nn.Module, with_state: bool) -> None:
        super().__init__()
        self.rnn = layer
        self.with_state = with_state

    def forward(self, x, h0=None):
        if not self.with_state:
            out, state = self.rnn(x)
        elif isinstance(self.rnn, torch.nn.LSTM):
            out, state = self.rnn(
                x, (h0, torch.zeros_like(h0[..., :1]).expand(*h0.shape[:-1], self.rnn.hidden_size) + 0.5)
            )
        else:
            out, state = self.rnn(x, h0)
        states = state if isinstance(state, tuple) else (state,)
        return (out, *states)


def _inputs(layer: torch.nn.Module, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    batch, steps = 2, 4
    shape = (batch, steps, layer.input_size) if layer.batch_first else (steps, batch, layer.input_size)
    directions = 2 if layer.bidirectional else 1
    out_size = layer.proj_size or layer.hidden_size if isinstance(layer, torch.nn.LSTM) else layer.hidden_size
    h0 = torch.randn(layer.num_layers * directions, batch, out_size, generator=g)
    return torch.randn(*shape, generator=g), h0


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_recurrent_layer_to_jax_matches_torch(name):
    import jax
    import jax.numpy as jnp

    cls, kwargs, with_state = CONFIGS[name]
    torch.manual_seed(0)
    source = _Head(cls(4, 6, **kwargs), with_state).eval()
    x, h0 = _inputs(source.rnn, 1)
    args = (x, h0) if with_state else (x,)
    model = ivy_transpiler.transpile(source, source="torch", target="jax", args=args)

    expected = source(*args)
    jargs = tuple(jnp.asarray(a.numpy()) for a in args)
    got = model(*jargs)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_allclose(np.asarray(g), e.detach().numpy(), rtol=1e-5, atol=1e-5)

    # gradients of one scalar loss of every output, with respect to every weight
    weights = [torch.linspace(-1, 1, e.numel()).reshape(e.shape) for e in expected]
    source.zero_grad()
    sum((e * w).sum() for e, w in zip(source(*args), weights, strict=True)).backward()
    jweights = [jnp.asarray(w.numpy()) for w in weights]

    def loss(m):
        return sum(jnp.sum(o * w) for o, w in zip(m(*jargs), jweights, strict=True))

    grads = jax.grad(loss)(model).params
    torch_grads = {n: p.grad.numpy() for n, p in source.named_parameters()}
    assert set(grads) == set(torch_grads)
    for n, g in torch_grads.items():
        np.testing.assert_allclose(np.asarray(grads[n]), g, rtol=1e-4, atol=1e-5, err_msg=n)
