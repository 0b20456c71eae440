"""A Hugging Face BERT (tiny config, random weights) transpiled from torch to MLX: a native
``mlx.nn.Module`` with torch's parameters under torch's names, matching torch on fresh tokens."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
mx = pytest.importorskip("mlx.core")
nn = pytest.importorskip("mlx.nn")

from mlx.utils import tree_flatten  # noqa: E402

from ivy_transpiler import transpile  # noqa: E402


def test_tiny_bert_torch_to_mlx_matches_torch():
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=64,
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=32,
    )
    model = transformers.BertModel(config).eval()
    converted = transpile(model, source="torch", target="mlx", args=(torch.randint(0, 64, (2, 7)),))
    assert isinstance(converted, nn.Module)
    flat = dict(tree_flatten(converted.trainable_parameters()))
    assert sorted(flat) == sorted(name for name, _ in model.named_parameters())
    assert sum(v.size for v in flat.values()) == sum(p.numel() for p in model.parameters())
    ids = torch.randint(0, 64, (2, 7), generator=torch.Generator().manual_seed(1))  # fresh tokens
    with torch.no_grad():
        expected = model(ids)
    got = converted(mx.array(ids.numpy()))
    np.testing.assert_allclose(
        np.array(got["last_hidden_state"]), expected.last_hidden_state.numpy(), rtol=1e-4, atol=1e-5
    )
    np.testing.assert_allclose(np.array(got["pooler_output"]), expected.pooler_output.numpy(), rtol=1e-4, atol=1e-5)
