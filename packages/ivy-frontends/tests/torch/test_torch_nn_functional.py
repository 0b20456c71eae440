"""``torch.nn.functional`` against real torch: activations from the frontend's table, then a table
of layer, loss and attention calls on hypothesis-drawn inputs."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends.torch.nn import _activation


def f32(shape, lo=-5.0, hi=5.0):
    # no subnormals: XLA (the jax backend) flushes them to zero, torch keeps them
    return hnp.arrays(
        np.float32,
        shape,
        elements=st.floats(float(np.float32(lo)), float(np.float32(hi)), width=32, allow_subnormal=False),
    )


def ints(shape, hi):
    return hnp.arrays(np.int64, shape, elements=st.integers(0, hi - 1))


ACTIVATIONS = sorted(n for n in _activation.FUNCTIONS if not n.endswith("_") and n not in ("rrelu", "gumbel_softmax"))
EXTRA = {"softmax": (1,), "log_softmax": (1,), "softmin": (1,), "threshold": (0.5, -1.0), "glu": (-1,)}


@pytest.mark.parametrize("name", ACTIVATIONS)
@given(x=f32((2, 4, 3), -30, 30))
def test_activation(name, x):
    args = EXTRA.get(name, ())
    if name == "prelu":
        run_both(lambda T, a: T.nn.functional.prelu(a, T.full((4,), 0.2)), x, rtol=1e-5, atol=1e-5)
        return
    run_both(lambda T, a: getattr(T.nn.functional, name)(a, *args), x, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("approximate", ["none", "tanh"])
@given(x=f32((3, 5), -8, 8))
def test_gelu_modes(approximate, x):
    run_both(lambda T, a: T.nn.functional.gelu(a, approximate=approximate), x, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("name", sorted(n for n in _activation.FUNCTIONS if n.endswith("_") and n != "rrelu_"))
@given(x=f32((2, 3)))
def test_activation_inplace(name, x):
    def call(T, a):
        out = getattr(T.nn.functional, name)(a)
        assert out is a
        return a

    run_both(call, x, rtol=1e-5, atol=1e-5)


X4 = f32((2, 4, 6, 6))
# normalisation inputs with spread in every channel: a near-constant channel divides rounding noise by sqrt(eps)
XN = X4.map(lambda a: a + np.linspace(-2, 2, a.size, dtype=np.float32).reshape(a.shape))
CASES = {
    "linear": ((f32((3, 5)), f32((4, 5)), f32((4,))), lambda T, x, w, b: T.nn.functional.linear(x, w, b)),
    "linear_bad": ((f32((3, 5)), f32((4, 6))), lambda T, x, w: T.nn.functional.linear(x, w)),
    "bilinear": ((f32((3, 2)), f32((3, 4)), f32((5, 2, 4))), lambda T, a, b, w: T.nn.functional.bilinear(a, b, w)),
    "conv1d": ((f32((2, 3, 9)), f32((4, 3, 3))), lambda T, x, w: T.nn.functional.conv1d(x, w, stride=2, padding=1)),
    "conv2d": (
        (X4, f32((6, 2, 3, 3)), f32((6,))),
        lambda T, x, w, b: T.nn.functional.conv2d(x, w, b, padding=1, groups=2),
    ),
    "conv2d_same_dilated": (
        (X4, f32((3, 4, 3, 3))),
        lambda T, x, w: T.nn.functional.conv2d(x, w, padding="same", dilation=2),
    ),
    "conv2d_channels_bad": ((X4, f32((3, 3, 3, 3))), lambda T, x, w: T.nn.functional.conv2d(x, w)),
    "conv3d": ((f32((1, 2, 4, 4, 4)), f32((3, 2, 2, 2, 2))), lambda T, x, w: T.nn.functional.conv3d(x, w)),
    "conv_transpose1d": (
        (f32((2, 3, 5)), f32((3, 2, 3))),
        lambda T, x, w: T.nn.functional.conv_transpose1d(x, w, stride=2),
    ),
    "conv_transpose2d": (
        (X4, f32((4, 3, 3, 3))),
        lambda T, x, w: T.nn.functional.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1),
    ),
    "max_pool1d": ((f32((2, 3, 9)),), lambda T, x: T.nn.functional.max_pool1d(x, 3, 2)),
    "max_pool2d": ((X4,), lambda T, x: T.nn.functional.max_pool2d(x, 2)),
    "max_pool2d_pad_ceil": ((X4,), lambda T, x: T.nn.functional.max_pool2d(x, 3, 2, 1, ceil_mode=True)),
    "avg_pool1d": ((f32((2, 3, 9)),), lambda T, x: T.nn.functional.avg_pool1d(x, 3)),
    "avg_pool2d": ((X4,), lambda T, x: T.nn.functional.avg_pool2d(x, 3, 2, 1, count_include_pad=False)),
    "adaptive_avg_pool1d": ((f32((2, 3, 7)),), lambda T, x: T.nn.functional.adaptive_avg_pool1d(x, 3)),
    "adaptive_avg_pool2d": ((X4,), lambda T, x: T.nn.functional.adaptive_avg_pool2d(x, (4, 1))),
    "adaptive_max_pool2d": ((X4,), lambda T, x: T.nn.functional.adaptive_max_pool2d(x, 4)),
    "batch_norm_eval": (
        (XN, f32((4,)), f32((4,), 0.5, 2)),
        lambda T, x, m, v: T.nn.functional.batch_norm(x, m, v, training=False),
    ),
    "batch_norm_train": (
        (XN, f32((4,)), f32((4,), 0.5, 2), f32((4,)), f32((4,))),
        lambda T, x, m, v, w, b: (T.nn.functional.batch_norm(x, m, v, w, b, training=True, momentum=0.3), m, v),
    ),
    "layer_norm": (
        (f32((2, 3, 5)), f32((5,)), f32((5,))),
        lambda T, x, w, b: T.nn.functional.layer_norm(x, (5,), w, b),
    ),
    "group_norm": ((XN,), lambda T, x: T.nn.functional.group_norm(x, 2)),
    "instance_norm": ((XN,), lambda T, x: T.nn.functional.instance_norm(x)),
    "rms_norm": ((f32((2, 3, 5)),), lambda T, x: T.nn.functional.rms_norm(x, (5,), eps=1e-6)),
    "local_response_norm": ((XN,), lambda T, x: T.nn.functional.local_response_norm(x, 3)),
    "dropout_eval": ((X4,), lambda T, x: T.nn.functional.dropout(x, 0.5, training=False)),
    "dropout_p_bad": ((X4,), lambda T, x: T.nn.functional.dropout(x, 1.5)),
    "embedding": ((ints((2, 3), 5), f32((5, 4))), lambda T, i, w: T.nn.functional.embedding(i, w)),
    "one_hot": ((ints((2, 3), 5),), lambda T, i: T.nn.functional.one_hot(i, 6)),
    "pad_constant": ((X4,), lambda T, x: T.nn.functional.pad(x, (1, 2, 0, 1), value=0.5)),
    "pad_reflect": ((X4,), lambda T, x: T.nn.functional.pad(x, (2, 1, 1, 0), mode="reflect")),
    "pad_reflect_bad_size": ((X4,), lambda T, x: T.nn.functional.pad(x, (2, 1), mode="reflect")),
    "pad_replicate": ((X4,), lambda T, x: T.nn.functional.pad(x, (1, 1, 2, 0), mode="replicate")),
    "pad_circular": ((X4,), lambda T, x: T.nn.functional.pad(x, (1, 2, 0, 1), mode="circular")),
    "pad_negative": ((X4,), lambda T, x: T.nn.functional.pad(x, (-1, 1))),
    "interpolate_nearest": ((X4,), lambda T, x: T.nn.functional.interpolate(x, scale_factor=2)),
    "interpolate_bilinear": ((X4,), lambda T, x: T.nn.functional.interpolate(x, size=(9, 4), mode="bilinear")),
    "interpolate_bilinear_ac": (
        (X4,),
        lambda T, x: T.nn.functional.interpolate(x, size=(3, 8), mode="bilinear", align_corners=True),
    ),
    "unfold": ((X4,), lambda T, x: T.nn.functional.unfold(x, 3, padding=1, stride=2)),
    "fold": ((f32((2, 8, 9)),), lambda T, x: T.nn.functional.fold(x, (4, 4), 2, stride=1)),
    "pixel_shuffle": ((f32((2, 8, 3, 3)),), lambda T, x: T.nn.functional.pixel_shuffle(x, 2)),
    "pixel_unshuffle": ((X4,), lambda T, x: T.nn.functional.pixel_unshuffle(x, 2)),
    "normalize": ((f32((3, 4)),), lambda T, x: T.nn.functional.normalize(x, dim=1)),
    "cosine_similarity": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.cosine_similarity(a, b)),
    "pairwise_distance": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.pairwise_distance(a, b)),
    "pdist": ((f32((4, 3)),), lambda T, x: T.nn.functional.pdist(x)),
    "cross_entropy": ((f32((4, 5)), ints((4,), 5)), lambda T, x, t: T.nn.functional.cross_entropy(x, t)),
    "cross_entropy_smooth_ignore": (
        (f32((4, 5, 3)), ints((4, 3), 5)),
        lambda T, x, t: T.nn.functional.cross_entropy(x, t, ignore_index=1, label_smoothing=0.1),
    ),
    "cross_entropy_probs": (
        (f32((4, 5)), f32((4, 5), 0, 1)),
        lambda T, x, p: T.nn.functional.cross_entropy(x, p, reduction="sum"),
    ),
    "cross_entropy_weight": (
        (f32((4, 5)), ints((4,), 5), f32((5,), 0.1, 2)),
        lambda T, x, t, w: T.nn.functional.cross_entropy(x, t, weight=w),
    ),
    "nll_loss": (
        (f32((4, 5)), ints((4,), 5)),
        lambda T, x, t: T.nn.functional.nll_loss(T.nn.functional.log_softmax(x, 1), t, reduction="none"),
    ),
    "mse_loss": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.mse_loss(a, b)),
    "l1_loss": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.l1_loss(a, b, reduction="sum")),
    "smooth_l1_loss": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.smooth_l1_loss(a, b, beta=0.5)),
    "huber_loss": ((f32((3, 4)), f32((3, 4))), lambda T, a, b: T.nn.functional.huber_loss(a, b, reduction="none")),
    "mse_loss_weighted": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4), 0.5, 2)),
        lambda T, a, b, w: (
            T.nn.functional.mse_loss(a, b, weight=w),
            T.nn.functional.mse_loss(a, b, None, None, "sum", w),
        ),
    ),
    "l1_loss_weighted": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4), 0.5, 2)),
        lambda T, a, b, w: (
            T.nn.functional.l1_loss(a, b, weight=w),
            T.nn.functional.l1_loss(a, b, reduction="none", weight=w),
        ),
    ),
    "l1_loss_weight_bad": (
        (f32((3, 4)), f32((3, 4)), f32((4,))),
        lambda T, a, b, w: T.nn.functional.l1_loss(a, b, weight=w),
    ),
    "huber_loss_weighted": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4), 0.5, 2)),
        lambda T, a, b, w: (T.nn.functional.huber_loss(a, b, "sum", 0.5), T.nn.functional.huber_loss(a, b, weight=w)),
    ),
    "smooth_l1_loss_positional": (
        (f32((3, 4)), f32((3, 4))),
        lambda T, a, b: T.nn.functional.smooth_l1_loss(a, b, None, None, "sum", 0.5),
    ),
    "bce": ((f32((3, 4), 0.01, 0.99), f32((3, 4), 0, 1)), lambda T, p, t: T.nn.functional.binary_cross_entropy(p, t)),
    "bce_logits": (
        (f32((3, 4)), f32((3, 4), 0, 1), f32((4,), 0.5, 2)),
        lambda T, x, t, w: T.nn.functional.binary_cross_entropy_with_logits(x, t, pos_weight=w),
    ),
    "kl_div": (
        (f32((3, 4)), f32((3, 4), 0.01, 1)),
        lambda T, x, t: T.nn.functional.kl_div(T.nn.functional.log_softmax(x, 1), t, reduction="batchmean"),
    ),
    "soft_margin_loss": ((f32((3, 4)),), lambda T, x: T.nn.functional.soft_margin_loss(x, T.ones(3, 4))),
    "margin_ranking_loss": (
        (f32((5,)), f32((5,))),
        lambda T, a, b: T.nn.functional.margin_ranking_loss(a, b, T.ones(5), margin=0.2),
    ),
    "cosine_embedding_loss": (
        (f32((3, 4)), f32((3, 4))),
        lambda T, a, b: T.nn.functional.cosine_embedding_loss(a, b, T.tensor([1, -1, 1])),
    ),
    "triplet_margin_loss": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4))),
        lambda T, a, p, n: T.nn.functional.triplet_margin_loss(a, p, n),
    ),
    "poisson_nll_loss": ((f32((3, 4)), f32((3, 4), 0, 3)), lambda T, x, t: T.nn.functional.poisson_nll_loss(x, t)),
    "poisson_nll_loss_full_positional": (  # torch's order: eps between size_average and reduce
        (f32((3, 4), 0.1, 2), f32((3, 4), 0, 3)),
        lambda T, x, t: T.nn.functional.poisson_nll_loss(x, t, False, True, None, 1e-4, None, "none"),
    ),
    "triplet_margin_loss_swap": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4))),
        lambda T, a, p, n: T.nn.functional.triplet_margin_loss(a, p, n, 0.5, 1, 1e-6, True, reduction="none"),
    ),
    "gaussian_nll_loss": (
        (f32((3, 4)), f32((3, 4)), f32((3, 4), 0.1, 2)),
        lambda T, x, t, v: T.nn.functional.gaussian_nll_loss(x, t, v),
    ),
    "multilabel_soft_margin_loss": (
        (f32((3, 4)), f32((3, 4), 0, 1)),
        lambda T, x, t: T.nn.functional.multilabel_soft_margin_loss(x, t),
    ),
    "sdpa": (
        (f32((2, 3, 4, 8)), f32((2, 3, 5, 8)), f32((2, 3, 5, 8))),
        lambda T, q, k, v: T.nn.functional.scaled_dot_product_attention(q, k, v),
    ),
    "sdpa_causal": (
        (f32((2, 4, 8)),),
        lambda T, q: T.nn.functional.scaled_dot_product_attention(q, q, q, is_causal=True),
    ),
    "sdpa_bool_mask": (
        (f32((2, 4, 8)),),
        lambda T, q: T.nn.functional.scaled_dot_product_attention(q, q, q, attn_mask=T.ones(4, 4, dtype=T.bool).tril()),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@given(data=st.data())
def test_functional(name, data):
    strategies, call = CASES[name]
    run_both(call, *[data.draw(s) for s in strategies], rtol=2e-4, atol=2e-4)


@pytest.mark.parametrize("need_weights", [True, False])  # False: the fused-attention path
@pytest.mark.parametrize("masked", [True, False])
@given(x=f32((3, 5, 8)), w=f32((24, 8), -0.5, 0.5), b=f32((24,)), ow=f32((8, 8), -0.5, 0.5))
def test_multi_head_attention_forward(need_weights, masked, x, w, b, ow):
    def call(T, x, w, b, ow):
        mask = T.zeros(3, 3, dtype=T.bool)
        mask[0, 2] = True
        kpm = T.tensor([[False, False, True]] * 5)
        out, weights = T.nn.functional.multi_head_attention_forward(
            x, x, x, 8, 2, w, b, None, None, False, 0.0, ow, None, training=False, need_weights=need_weights,
            key_padding_mask=kpm if masked else None, attn_mask=mask if masked else None,
        )  # fmt: skip
        return (out, weights) if need_weights else out

    run_both(call, x, w, b, ow, rtol=1e-4, atol=1e-4)


def test_dropout_training_statistics():
    """Dropout keeps about 1 - p of the elements and scales them by 1 / (1 - p) (ivy's stream, not torch's)."""
    from ivy_frontends import torch as fe

    fe.manual_seed(0)
    y = fe.nn.functional.dropout(fe.ones(200, 50), 0.3, training=True)
    kept = (y != 0).float().mean().item()
    assert abs(kept - 0.7) < 0.03
    assert np.allclose(np.unique(y.numpy()), [0.0, 1 / 0.7])


@pytest.mark.parametrize("align_corners", [False, True])
@pytest.mark.parametrize("padding_mode", ["zeros", "border", "reflection"])
@pytest.mark.parametrize("mode", ["bilinear", "nearest"])
@given(x=f32((2, 3, 5, 7)), grid=f32((2, 4, 6, 2), -1.4, 1.4))
def test_grid_sample(mode, padding_mode, align_corners, x, grid):
    # points outside [-1, 1] exercise the padding modes
    run_both(
        lambda T, a, g: T.nn.functional.grid_sample(
            a, g, mode=mode, padding_mode=padding_mode, align_corners=align_corners
        ),
        x,
        grid,
        rtol=1e-5,
        atol=1e-5,
    )


@pytest.mark.parametrize("align_corners", [False, True])
@given(theta=f32((2, 2, 3), -2, 2))
def test_affine_grid(align_corners, theta):
    run_both(lambda T, t: T.nn.functional.affine_grid(t, [2, 3, 5, 4], align_corners=align_corners), theta)
    # the grid of an affine map samples the image as torch does
    image = np.arange(2 * 3 * 5 * 4, dtype=np.float32).reshape(2, 3, 5, 4)
    run_both(
        lambda T, t, a: T.nn.functional.grid_sample(
            a, T.nn.functional.affine_grid(t, list(a.shape), align_corners=align_corners), align_corners=align_corners
        ),
        theta,
        image,
        rtol=1e-4,
        atol=1e-4,
    )


def test_grid_sample_bad_arguments():
    x, grid = np.zeros((1, 1, 3, 3), np.float32), np.zeros((1, 2, 2, 2), np.float32)
    for kwargs in ({"mode": "cubic"}, {"padding_mode": "wrap"}):
        assert run_both(lambda T, a, g: T.nn.functional.grid_sample(a, g, **kwargs), x, grid) is not None
    assert run_both(lambda T, a, g: T.nn.functional.grid_sample(a, g.double()), x, grid) is not None
    assert run_both(lambda T, t: T.nn.functional.affine_grid(t, [1, 1, 3, 3]), np.zeros((1, 3, 3), np.float32))
