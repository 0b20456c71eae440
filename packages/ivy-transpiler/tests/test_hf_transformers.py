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


def _decoder(name: str) -> torch.nn.Module:
    import transformers

    torch.manual_seed(0)
    if name == "gpt2":
        config = transformers.GPT2Config(n_layer=2, n_head=2, n_embd=32, vocab_size=VOCAB, n_positions=32)
        return transformers.GPT2Model(config).eval()
    config = transformers.LlamaConfig(  # grouped-query attention, rotary embeddings computed under no_grad
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        hidden_size=32,
        intermediate_size=64,
        vocab_size=VOCAB,
    )
    return transformers.LlamaModel(config).eval()


@pytest.mark.parametrize("name", ["gpt2", "llama"])
def test_decoders_and_their_key_value_cache_match_torch(name):
    """Decoders return their key/value cache (a ``DynamicCache`` object holding tensors): it comes back
    as the same kind of object around JAX arrays, and every cached key and value matches torch's."""
    model = _decoder(name)
    ids = _inputs(0)["input_ids"]
    transpiled = ivy_transpiler.transpile(model, source="torch", target="jax", kwargs={"input_ids": ids})
    other = _inputs(1)["input_ids"]
    out = transpiled(input_ids=jnp.asarray(other.numpy()))
    with torch.no_grad():
        expected = model(input_ids=other)
    np.testing.assert_allclose(np.asarray(out["last_hidden_state"]), expected.last_hidden_state.numpy(), atol=1e-5)
    cache, expected_cache = out["past_key_values"], expected.past_key_values
    assert type(cache) is type(expected_cache) and len(cache.layers) == len(expected_cache.layers)
    for layer, expected_layer in zip(cache.layers, expected_cache.layers, strict=True):
        for part in ("keys", "values"):
            got, want = getattr(layer, part), getattr(expected_layer, part)
            assert isinstance(got, jax.Array)
            np.testing.assert_allclose(np.asarray(got), want.numpy(), atol=1e-5)


def _architecture(name: str) -> tuple[torch.nn.Module, dict[str, torch.Tensor]]:
    """A small random model of one architecture family, and inputs for it."""
    import transformers

    torch.manual_seed(0)
    g = torch.Generator().manual_seed(0)
    if name == "bloom":  # ALiBi attention through torch.baddbmm(..., batch1=, batch2=, beta=, alpha=)
        config = transformers.BloomConfig(n_layer=2, n_head=2, hidden_size=32, vocab_size=VOCAB)
        return transformers.BloomModel(config), {"input_ids": torch.randint(0, VOCAB, (BATCH, LENGTH), generator=g)}
    if name == "wav2vec2":  # a weight-normed positional convolution (torch._weight_norm)
        config = transformers.Wav2Vec2Config(
            num_hidden_layers=2,
            num_attention_heads=2,
            hidden_size=32,
            intermediate_size=64,
            conv_dim=(16, 16),
            conv_kernel=(10, 3),
            conv_stride=(5, 2),
            num_conv_pos_embeddings=16,
            num_conv_pos_embedding_groups=2,
        )
        return transformers.Wav2Vec2Model(config), {"input_values": torch.randn(BATCH, 400, generator=g)}
    # swin: windowed attention indexing its bias table with a registered index buffer
    config = transformers.SwinConfig(
        image_size=32, patch_size=4, embed_dim=16, depths=[1, 1], num_heads=[2, 2], window_size=4
    )
    return transformers.SwinModel(config), {"pixel_values": torch.randn(BATCH, 3, 32, 32, generator=g)}


@pytest.mark.parametrize("name", ["bloom", "wav2vec2", "swin"])
def test_architecture_families_match_torch(name):
    model, inputs = _architecture(name)
    model.eval()
    transpiled = ivy_transpiler.transpile(model, source="torch", target="jax", kwargs=inputs)
    with torch.no_grad():
        expected = model(**inputs).last_hidden_state.numpy()
    out = transpiled(**_native(inputs, "jax"))
    np.testing.assert_allclose(np.asarray(out["last_hidden_state"]), expected, rtol=1e-4, atol=1e-5)
