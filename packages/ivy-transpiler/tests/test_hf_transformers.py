"""A Hugging Face transformers encoder (BERT from a small config, random weights, nothing downloaded)
transpiled from torch to JAX and TensorFlow, called with keyword arguments, against the torch model."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import tensorflow as tf
import torch
from conftest import as_numpy
from transformers import BertConfig, BertModel

import ivy_transpiler

VOCAB, BATCH, LENGTH = 100, 2, 7


def _model(attention: str) -> BertModel:
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=VOCAB,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=32,
        attn_implementation=attention,
    )
    return BertModel(config).eval()


def _inputs(seed: int) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    ids = torch.randint(0, VOCAB, (BATCH, LENGTH), generator=g)
    mask = torch.ones(BATCH, LENGTH, dtype=torch.long)
    mask[1, 4 + seed :] = 0  # the second sequence is padded
    return {"input_ids": ids, "attention_mask": mask}


def _native(inputs: dict[str, torch.Tensor], target: str) -> dict:
    convert = jnp.asarray if target == "jax" else tf.constant
    return {k: convert(v.numpy()) for k, v in inputs.items()}


@pytest.mark.parametrize("target", ["jax", "tensorflow"])
@pytest.mark.parametrize("attention", ["eager", "sdpa"])
def test_bert_matches_torch(attention, target):
    model = _model(attention)
    transpiled = ivy_transpiler.transpile(model, source="torch", target=target, kwargs=_inputs(0))
    assert len(transpiled.params) == len(list(model.parameters()))
    for seed in (0, 1):  # the example inputs, then others of the same shapes
        inputs = _inputs(seed)
        with torch.no_grad():
            expected = model(**inputs)
        out = transpiled(**_native(inputs, target))
        # the ModelOutput comes back as a dict of the target's arrays, keyed like the source's
        assert set(out) == {"last_hidden_state", "pooler_output"}
        for key in out:
            assert isinstance(out[key], jax.Array if target == "jax" else tf.Tensor)
            np.testing.assert_allclose(as_numpy(out[key]), expected[key].numpy(), rtol=1e-4, atol=1e-5)


def test_bert_jax_model_is_a_pytree_under_jit():
    model = _model("sdpa")
    transpiled = ivy_transpiler.transpile(model, source="torch", target="jax", kwargs=_inputs(0))
    inputs = _inputs(1)
    apply = jax.jit(lambda m, ids, mask: m(input_ids=ids, attention_mask=mask)["last_hidden_state"])
    out = apply(transpiled, *_native(inputs, "jax").values())
    with torch.no_grad():
        expected = model(**inputs).last_hidden_state
    np.testing.assert_allclose(np.asarray(out), expected.numpy(), rtol=1e-4, atol=1e-5)
