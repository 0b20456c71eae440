"""Every ``ivy.layers`` layer loads the ``state_dict`` of its ``torch.nn`` namesake and gives its outputs.

The torch layer is built with its own default initialisation, its state dict
is loaded into the Ivy layer (names and shapes must match exactly: strict
loading), and both run on the same inputs, on every installed backend.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy

torch = pytest.importorskip("torch")
nn = torch.nn
L = ivy.layers

# paddle before tensorflow: importing tensorflow first crashes paddle with today's wheels
BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
RTOL, ATOL = 1e-4, 1e-5


def _np(x):
    """A NumPy copy of an ivy array (through the native array: 0-d TensorFlow arrays need it)."""
    return np.asarray(ivy.to_native(x))


def _inputs(shapes, seed=0, kind="float"):
    rng = np.random.default_rng(seed)
    if kind == "int":
        return [rng.integers(0, 10, size=s).astype("int64") for s in shapes]
    return [rng.standard_normal(s).astype("float32") for s in shapes]


def _first(out):
    return out[0] if isinstance(out, tuple) else out


# name: (torch layer factory, ivy layer factory, input shapes, input kind, training mode)
CASES = {
    "linear": (lambda: nn.Linear(5, 3), lambda: L.Linear(5, 3), [(4, 5)]),
    "linear_nobias_3d": (lambda: nn.Linear(5, 3, bias=False), lambda: L.Linear(5, 3, bias=False), [(2, 4, 5)]),
    "conv1d": (
        lambda: nn.Conv1d(3, 4, 3, stride=2, padding=1),
        lambda: L.Conv1d(3, 4, 3, stride=2, padding=1),
        [(2, 3, 9)],
    ),
    "conv2d_groups_dilation": (
        lambda: nn.Conv2d(4, 6, (3, 2), padding=(2, 1), dilation=(2, 1), groups=2),
        lambda: L.Conv2d(4, 6, (3, 2), padding=(2, 1), dilation=(2, 1), groups=2),
        [(2, 4, 7, 6)],
    ),
    "conv2d_same_reflect": (
        lambda: nn.Conv2d(2, 3, 3, padding="same", padding_mode="reflect"),
        lambda: L.Conv2d(2, 3, 3, padding="same", padding_mode="reflect"),
        [(1, 2, 5, 6)],
    ),
    "conv2d_unbatched": (lambda: nn.Conv2d(2, 3, 3), lambda: L.Conv2d(2, 3, 3), [(2, 5, 5)]),
    "conv3d": (
        lambda: nn.Conv3d(2, 2, 2, stride=(1, 2, 1)),
        lambda: L.Conv3d(2, 2, 2, stride=(1, 2, 1)),
        [(1, 2, 4, 5, 3)],
    ),
    "conv_transpose1d": (
        lambda: nn.ConvTranspose1d(3, 2, 3, stride=2, padding=1, output_padding=1),
        lambda: L.ConvTranspose1d(3, 2, 3, stride=2, padding=1, output_padding=1),
        [(2, 3, 5)],
    ),
    "conv_transpose2d_groups": (
        lambda: nn.ConvTranspose2d(4, 6, 3, stride=2, groups=2, dilation=2),
        lambda: L.ConvTranspose2d(4, 6, 3, stride=2, groups=2, dilation=2),
        [(1, 4, 3, 4)],
    ),
    "conv_transpose3d": (
        lambda: nn.ConvTranspose3d(2, 2, 2, stride=2),
        lambda: L.ConvTranspose3d(2, 2, 2, stride=2),
        [(1, 2, 2, 3, 2)],
    ),
    "max_pool1d": (
        lambda: nn.MaxPool1d(3, stride=2, padding=1),
        lambda: L.MaxPool1d(3, stride=2, padding=1),
        [(2, 3, 8)],
    ),
    "max_pool2d_ceil": (
        lambda: nn.MaxPool2d(2, ceil_mode=True, dilation=1),
        lambda: L.MaxPool2d(2, ceil_mode=True),
        [(2, 3, 5, 5)],
    ),
    "max_pool3d": (lambda: nn.MaxPool3d(2), lambda: L.MaxPool3d(2), [(1, 2, 4, 4, 4)]),
    "avg_pool2d": (
        lambda: nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False),
        lambda: L.AvgPool2d(3, stride=2, padding=1, count_include_pad=False),
        [(2, 2, 6, 5)],
    ),
    "avg_pool1d": (lambda: nn.AvgPool1d(2), lambda: L.AvgPool1d(2), [(2, 3, 7)]),
    "adaptive_avg_pool2d": (
        lambda: nn.AdaptiveAvgPool2d((3, None)),
        lambda: L.AdaptiveAvgPool2d((3, None)),
        [(2, 2, 7, 5)],
    ),
    "adaptive_max_pool1d": (lambda: nn.AdaptiveMaxPool1d(3), lambda: L.AdaptiveMaxPool1d(3), [(2, 2, 8)]),
    "batch_norm1d_train": (lambda: nn.BatchNorm1d(4), lambda: L.BatchNorm1d(4), [(6, 4)], "float", True),
    "batch_norm2d_eval": (lambda: nn.BatchNorm2d(3), lambda: L.BatchNorm2d(3), [(2, 3, 4, 4)], "float", False),
    "layer_norm": (lambda: nn.LayerNorm((3, 4)), lambda: L.LayerNorm((3, 4)), [(2, 3, 4)]),
    "group_norm": (lambda: nn.GroupNorm(2, 4), lambda: L.GroupNorm(2, 4), [(2, 4, 3, 3)]),
    "rms_norm": (lambda: nn.RMSNorm(6), lambda: L.RMSNorm(6), [(3, 6)]),
    "instance_norm2d_affine": (
        lambda: nn.InstanceNorm2d(3, affine=True),
        lambda: L.InstanceNorm2d(3, affine=True),
        [(2, 3, 4, 4)],
    ),
    "embedding_padding": (
        lambda: nn.Embedding(10, 4, padding_idx=0),
        lambda: L.Embedding(10, 4, padding_idx=0),
        [(3, 5)],
        "int",
    ),
    "dropout_eval": (lambda: nn.Dropout(0.3), lambda: L.Dropout(0.3), [(4, 5)], "float", False),
    "flatten": (lambda: nn.Flatten(), lambda: L.Flatten(), [(2, 3, 4)]),
    "prelu": (lambda: nn.PReLU(3), lambda: L.PReLU(3), [(2, 3, 4)]),
    "gelu_tanh": (lambda: nn.GELU("tanh"), lambda: L.GELU("tanh"), [(3, 4)]),
    "leaky_relu": (lambda: nn.LeakyReLU(0.2), lambda: L.LeakyReLU(0.2), [(3, 4)]),
    "softmax": (lambda: nn.Softmax(dim=1), lambda: L.Softmax(dim=1), [(3, 4)]),
    "mha": (
        lambda: nn.MultiheadAttention(8, 2),
        lambda: L.MultiheadAttention(8, 2),
        [(5, 2, 8), (4, 2, 8), (4, 2, 8)],
    ),
    "mha_batch_first_masks": (
        lambda: nn.MultiheadAttention(8, 4, batch_first=True),
        lambda: L.MultiheadAttention(8, 4, batch_first=True),
        [(2, 5, 8)],
    ),
    "transformer_encoder_layer": (
        lambda: nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, batch_first=True),
        lambda: L.TransformerEncoderLayer(8, 2, dim_feedforward=16, batch_first=True),
        [(2, 5, 8)],
        "float",
        False,
    ),
    "transformer_encoder_layer_norm_first_gelu": (
        lambda: nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, activation="gelu", norm_first=True),
        lambda: L.TransformerEncoderLayer(8, 2, dim_feedforward=16, activation="gelu", norm_first=True),
        [(5, 2, 8)],
        "float",
        False,
    ),
    "transformer_encoder": (
        lambda: nn.TransformerEncoder(
            nn.TransformerEncoderLayer(8, 2, dim_feedforward=16), 2, norm=nn.LayerNorm(8), enable_nested_tensor=False
        ),
        lambda: L.TransformerEncoder(L.TransformerEncoderLayer(8, 2, dim_feedforward=16), 2, norm=L.LayerNorm(8)),
        [(5, 2, 8)],
        "float",
        False,
    ),
    "lstm_2layer_bidirectional": (
        lambda: nn.LSTM(3, 4, num_layers=2, bidirectional=True),
        lambda: L.LSTM(3, 4, num_layers=2, bidirectional=True),
        [(5, 2, 3)],
    ),
    "gru_batch_first": (lambda: nn.GRU(3, 4, batch_first=True), lambda: L.GRU(3, 4, batch_first=True), [(2, 5, 3)]),
    "rnn_relu": (lambda: nn.RNN(3, 4, nonlinearity="relu"), lambda: L.RNN(3, 4, nonlinearity="relu"), [(4, 3)]),
    "lstm_cell": (lambda: nn.LSTMCell(3, 4), lambda: L.LSTMCell(3, 4), [(2, 3)]),
    "gru_cell": (lambda: nn.GRUCell(3, 4), lambda: L.GRUCell(3, 4), [(2, 3)]),
    "sequential": (
        lambda: nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(8, 3)),
        lambda: L.Sequential(L.Conv2d(1, 2, 3), L.ReLU(), L.Flatten(), L.Linear(8, 3)),
        [(2, 1, 4, 4)],
    ),
}

# a few cases run on every backend (each layer family once); all of them on numpy and torch
EVERY_BACKEND = [
    "linear",
    "conv2d_groups_dilation",
    "conv_transpose1d",
    "max_pool2d_ceil",
    "avg_pool2d",
    "batch_norm1d_train",
    "layer_norm",
    "group_norm",
    "embedding_padding",
    "mha",
    "lstm_2layer_bidirectional",
    "gru_batch_first",
]


def _case(name):
    case = CASES[name]
    torch_factory, ivy_factory, shapes = case[:3]
    kind = case[3] if len(case) > 3 else "float"
    training = case[4] if len(case) > 4 else True
    return torch_factory, ivy_factory, shapes, kind, training


def _torch_output(name, torch_layer, inputs):
    args = [torch.tensor(a) for a in inputs]
    kwargs = {}
    if name == "mha_batch_first_masks":
        args = args * 3
        kwargs = {"key_padding_mask": torch.tensor(PADDING), "attn_mask": torch.tensor(CAUSAL)}
    with torch.no_grad():
        return _first(torch_layer(*args, **kwargs)).numpy(), torch_layer


PADDING = np.array([[False, False, False, True, True], [False] * 5])
CAUSAL = np.triu(np.ones((5, 5), dtype=bool), k=1)


def _ivy_output(name, layer, inputs):
    args = [ivy.asarray(a) for a in inputs]
    kwargs = {}
    if name == "mha_batch_first_masks":
        args = args * 3
        kwargs = {"key_padding_mask": ivy.asarray(PADDING), "attn_mask": ivy.asarray(CAUSAL)}
    return _np(_first(layer(*args, **kwargs)))


def check_layer(name, backend):
    torch_factory, ivy_factory, shapes, kind, training = _case(name)
    torch.manual_seed(0)
    torch_layer = torch_factory().train(training)
    if name.startswith("batch_norm2d_eval"):  # non-trivial running statistics
        torch_layer.running_mean.uniform_(-1, 1)
        torch_layer.running_var.uniform_(0.5, 2)
    state = {k: v.detach().clone() for k, v in torch_layer.state_dict().items()}
    inputs = _inputs(shapes, kind=kind)
    expected, torch_layer = _torch_output(name, torch_layer, inputs)
    with ivy.using_backend(backend):
        layer = ivy_factory().train(training)
        result = layer.load_state_dict(state)
        assert result.missing_keys == [] and result.unexpected_keys == []
        assert list(layer.state_dict()) == list(state), "names and order follow PyTorch's"
        actual = _ivy_output(name, layer, inputs)
        np.testing.assert_allclose(actual, expected, rtol=RTOL, atol=ATOL, err_msg=f"{name} on {backend}")
        if training and any(k.endswith("running_mean") for k in state):
            for key, value in torch_layer.state_dict().items():
                np.testing.assert_allclose(
                    _np(layer.state_dict()[key]), value.numpy(), rtol=RTOL, atol=ATOL, err_msg=key
                )


@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.parametrize("backend", [b for b in BACKENDS if b in ("numpy", "torch")])
def test_layer_matches_torch(name, backend):
    check_layer(name, backend)


@pytest.mark.parametrize("name", EVERY_BACKEND)
@pytest.mark.parametrize("backend", [b for b in BACKENDS if b not in ("numpy", "torch")])
def test_layer_matches_torch_on_other_backends(name, backend):
    check_layer(name, backend)


def test_default_initialisation_follows_torch_distributions():
    """Bounds of PyTorch's defaults: kaiming-uniform(a=sqrt 5) weights, 1/sqrt(fan_in) biases, N(0,1) embeddings."""
    with ivy.using_backend("numpy"):
        ivy.random.seed(3)
        conv = L.Conv2d(4, 8, 3)
        bound = 1 / np.sqrt(4 * 9)
        weight, bias = np.abs(np.asarray(conv.weight)), np.abs(np.asarray(conv.bias))
        assert 0.9 * bound < weight.max() <= bound and bias.max() <= bound
        embedding = np.asarray(L.Embedding(200, 50).weight)
        assert abs(embedding.std() - 1) < 0.05 and abs(embedding.mean()) < 0.05
        mha = L.MultiheadAttention(8, 2)
        assert np.abs(np.asarray(mha.in_proj_weight)).max() <= np.sqrt(6 / (8 + 24))
        assert not np.asarray(mha.in_proj_bias).any() and not np.asarray(mha.out_proj.bias).any()


@settings(max_examples=12, deadline=None)
@given(
    channels=st.sampled_from([(2, 4, 1), (4, 4, 2), (3, 6, 3)]),
    kernel=st.integers(1, 3),
    stride=st.integers(1, 2),
    padding=st.integers(0, 1),
    size=st.integers(3, 6),
)
def test_conv2d_matches_torch_for_drawn_settings(channels, kernel, stride, padding, size):
    c_in, c_out, groups = channels
    torch.manual_seed(1)
    reference = nn.Conv2d(c_in, c_out, kernel, stride=stride, padding=padding, groups=groups)
    x = _inputs([(2, c_in, size, size + 1)])[0]
    with torch.no_grad():
        expected = reference(torch.tensor(x)).numpy()
    with ivy.using_backend("numpy"):
        layer = L.Conv2d(c_in, c_out, kernel, stride=stride, padding=padding, groups=groups)
        layer.load_state_dict(reference.state_dict())
        np.testing.assert_allclose(np.asarray(layer(ivy.asarray(x))), expected, rtol=RTOL, atol=ATOL)


@pytest.mark.skipif("torch" not in BACKENDS, reason="needs the torch backend")
@pytest.mark.parametrize("name", ["conv2d_groups_dilation", "batch_norm1d_train", "mha", "lstm_2layer_bidirectional"])
def test_parameter_gradients_match_torch(name):
    """``ivy.value_and_grad`` over ``layer.parameters()`` through ``layer.apply`` gives torch's gradients."""
    torch_factory, ivy_factory, shapes, _, training = _case(name)
    torch.manual_seed(0)
    torch_layer = torch_factory().train(training)
    inputs = _inputs(shapes)
    out = _first(torch_layer(*[torch.tensor(a) for a in inputs]))
    (out * out).sum().backward()
    expected = {n: p.grad.numpy() for n, p in torch_layer.named_parameters()}
    with ivy.using_backend("torch"):
        layer = ivy_factory().train(training)
        layer.load_state_dict(torch_layer.state_dict())

        def objective(params):
            y = _first(layer.apply(params, *[ivy.asarray(a) for a in inputs]))
            return ivy.sum(y * y)

        _, grads = ivy.value_and_grad(objective)(layer.parameters())
        flat = dict(ivy.stateful._tree.items(grads))
        assert set(flat) == set(expected)
        for key, value in expected.items():
            np.testing.assert_allclose(_np(flat[key]), value, rtol=1e-3, atol=1e-4, err_msg=key)


def test_attention_weights_and_unbatched_inputs_match_torch():
    torch.manual_seed(2)
    reference = nn.MultiheadAttention(6, 3)
    query, key = _inputs([(4, 6), (5, 6)], seed=3)
    with torch.no_grad():
        out, weights = reference(torch.tensor(query), torch.tensor(key), torch.tensor(key))
        _, per_head = reference(torch.tensor(query), torch.tensor(key), torch.tensor(key), average_attn_weights=False)
    with ivy.using_backend("numpy"):
        layer = L.MultiheadAttention(6, 3)
        layer.load_state_dict(reference.state_dict())
        q, k = ivy.asarray(query), ivy.asarray(key)
        actual, actual_weights = layer(q, k, k)
        _, actual_per_head = layer(q, k, k, average_attn_weights=False)
        np.testing.assert_allclose(_np(actual), out.numpy(), rtol=RTOL, atol=ATOL)
        np.testing.assert_allclose(_np(actual_weights), weights.numpy(), rtol=RTOL, atol=ATOL)
        np.testing.assert_allclose(_np(actual_per_head), per_head.numpy(), rtol=RTOL, atol=ATOL)
        assert layer(q, k, k, need_weights=False)[1] is None


def test_layer_errors_are_clear():
    with ivy.using_backend("numpy"):
        with pytest.raises(ivy.IvyValueError, match="divisible by groups"):
            L.Conv2d(3, 4, 3, groups=2)
        with pytest.raises(ivy.IvyValueError, match="expected a 3-d or 4-d input"):
            L.Conv2d(1, 1, 3)(ivy.zeros((2, 3), dtype=ivy.float32))
        with pytest.raises(ivy.IvyValueError, match="expected 4 channels"):
            L.BatchNorm2d(4)(ivy.zeros((2, 3, 2, 2), dtype=ivy.float32))
        with pytest.raises(ivy.IvyValueError, match="not divisible by num_heads"):
            L.MultiheadAttention(6, 4)
