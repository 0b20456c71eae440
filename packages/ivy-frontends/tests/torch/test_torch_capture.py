"""Capture: real torch programs and modules run by the frontend on the current backend, against torch."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from torch import nn

import ivy
from ivy_frontends import MissingOperations, load
from ivy_frontends import torch as fe

frontend = load("torch")


def max_err(mine, ref):
    return float(np.abs(mine.numpy() - ref.detach().numpy()).max())


def make_cnn():
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Conv2d(3, 8, 3, padding=1),
        nn.BatchNorm2d(8),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(8, 8, 3, stride=2),
        nn.GELU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Dropout(0.0),
        nn.Linear(8, 5),
    )


def test_plugin_contract():
    from ivy_frontends import Frontend

    assert isinstance(frontend, Frontend)
    assert frontend.name == "torch" and frontend.namespace is fe


def test_cnn_eval_matches_torch():
    cnn = make_cnn().eval()
    x = torch.randn(4, 3, 16, 16)
    cap = frontend.capture(cnn)
    assert set(cap.parameters) == set(cnn.state_dict())
    assert max_err(cap(x), cnn(x)) < 1e-5


def test_cnn_train_updates_running_stats_like_torch():
    cnn = make_cnn().train()
    x = torch.randn(4, 3, 16, 16)
    cap = frontend.capture(cnn)
    out = cap(x)
    ref = cnn(x)  # torch updates its buffers too
    assert max_err(out, ref) < 1e-5
    for name in ("1.running_mean", "1.running_var"):
        np.testing.assert_allclose(
            np.asarray(cap.parameters[name]), cnn.state_dict()[name].numpy(), rtol=1e-5, atol=1e-6
        )
    assert int(np.asarray(cap.parameters["1.num_batches_tracked"])) == int(cnn.state_dict()["1.num_batches_tracked"])


@pytest.mark.parametrize("training", [False, True])
def test_transformer_encoder_layer_matches_torch(training):
    torch.manual_seed(1)
    layer = nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=True, norm_first=training)
    layer.train(training)
    src = torch.randn(2, 6, 16)
    mask = nn.Transformer.generate_square_subsequent_mask(6)
    cap = frontend.capture(layer)
    assert max_err(cap(src, src_mask=mask), layer(src, src_mask=mask)) < 1e-5
    with torch.no_grad():  # the fast path must still be declined: everything goes through the frontend
        assert max_err(cap(src), layer(src)) < 1e-5


@pytest.mark.parametrize("batch_first", [True, False])
@pytest.mark.parametrize("masks", ["none", "padding", "causal", "both"])
def test_self_attention_layouts_and_masks_match_torch(batch_first, masks):
    """Batch-first inputs take the projection-on-the-untransposed-input path; both layouts, every mask."""
    torch.manual_seed(2)
    layer = nn.TransformerEncoderLayer(16, 4, 32, dropout=0.0, batch_first=batch_first).eval()
    src = torch.randn(3, 5, 16)
    n, length = (3, 5) if batch_first else (5, 3)
    kwargs = {}
    if masks in ("padding", "both"):
        kwargs["src_key_padding_mask"] = torch.arange(length).expand(n, length) >= length - 1
    if masks in ("causal", "both"):
        kwargs["src_mask"] = nn.Transformer.generate_square_subsequent_mask(length)
    cap = frontend.capture(layer)
    with torch.no_grad():
        assert max_err(cap(src, **kwargs), layer(src, **kwargs)) < 1e-5


def test_plain_function_with_tensor_methods_and_indexing():
    def program(x, y):
        z = torch.cat([x, y], dim=1).softmax(-1) if hasattr(torch.Tensor, "softmax") else x
        z = z[:, 1:] * 2 + x.mean(dim=1, keepdim=True)
        z[z > 0.5] = 0.0
        w = torch.zeros(x.shape[0], 3).scatter_add(1, torch.tensor([[0, 1, 1]] * x.shape[0]), x[:, :3])
        return torch.nn.functional.relu(z).sum(-1) + w.amax(1), x.size(0)

    x, y = torch.randn(3, 4), torch.randn(3, 2)
    (out, n) = frontend.capture(program)(x, y)
    ref, rn = program(x, y)
    assert n == rn
    assert max_err(out, ref) < 1e-5


def test_inputs_as_ivy_arrays_and_outputs_as_frontend_tensors():
    lin = nn.Linear(4, 2)
    x = np.random.default_rng(0).standard_normal((3, 4)).astype(np.float32)
    out = frontend.capture(lin)(ivy.asarray(x))
    assert isinstance(out, fe.Tensor)
    assert max_err(out, lin(torch.from_numpy(x))) < 1e-6


def test_missing_operations_reported_by_full_name():
    def program(x):
        y = torch.special.airy_ai(x) + 1  # the frontend has no airy_ai
        y = torch.nn.functional.fractional_max_pool2d(y.unsqueeze(0).unsqueeze(0), 2, output_size=2)
        return torch.special.airy_ai(y).sum()

    with pytest.raises(MissingOperations) as info:
        frontend.capture(program)(torch.rand(4, 4) + 0.5)
    missing = info.value.missing
    assert missing["torch.special.airy_ai"] == 2
    assert missing["torch.nn.functional.fractional_max_pool2d"] == 1
    assert set(missing) == {"torch.special.airy_ai", "torch.nn.functional.fractional_max_pool2d"}
    assert "test_torch_capture.py" in info.value.where["torch.special.airy_ai"]
    assert "torch.special.airy_ai: 2 call(s)" in str(info.value)


def test_every_call_is_routed_no_real_torch_compute():
    """A program's result comes from the frontend: with a parameter changed in Capture.parameters, the
    output changes accordingly while the torch module is untouched."""
    lin = nn.Linear(3, 1, bias=False)
    cap = frontend.capture(lin)
    cap.parameters["weight"] = ivy.zeros((1, 3), dtype=ivy.float32)
    out = cap(torch.ones(2, 3))
    assert np.all(out.numpy() == 0) and not torch.all(lin.weight == 0)


def test_capture_runs_as_graph_capture():
    """While a program is captured, ``torch.compiler.is_compiling()`` is True (libraries take their graph paths)."""
    seen = []

    def program(x):
        seen.append(torch.compiler.is_compiling())
        return x * 2

    def failing(x):
        raise KeyError("inside")

    assert frontend.capture(program)(torch.ones(2)).numpy().tolist() == [2.0, 2.0]
    with pytest.raises(KeyError):
        frontend.capture(failing)(torch.ones(2))
    assert seen == [True] and not torch.compiler.is_compiling()
