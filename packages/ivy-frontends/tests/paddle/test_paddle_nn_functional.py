"""paddle.nn.functional, paddle.linalg and paddle.fft: one table of calls on real paddle and on the frontend."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


def floats(shape, lo=-4.0, hi=4.0, dtype=np.float32):
    width = 32 if dtype == np.float32 else 64
    return hnp.arrays(dtype, shape, elements=st.floats(lo, hi, width=width, allow_subnormal=False))


X = floats((4, 6))
X3 = floats((2, 3, 5))
# spread in every normalised group: paddle's float32 variance of a constant row is not exactly 0
SPREAD = X3.map(lambda a: a + np.arange(5, dtype=np.float32))
IMG = floats((2, 3, 6, 6))
# spread over every channel's positions: a constant channel's float32 variance is rounding noise
IMG_SPREAD = IMG.map(lambda a: a + np.linspace(0, 1, 36, dtype=np.float32).reshape(6, 6))
IMG_HWC = floats((2, 6, 6, 3))
W_LIN = floats((6, 5), -1, 1)
B_LIN = floats((5,), -1, 1)
W_CONV = floats((4, 3, 3, 3), -1, 1)
W_CONV1 = floats((4, 3, 3), -1, 1)
W_GROUP = floats((4, 1, 3, 3), -1, 1)
SIG = floats((4, 6), 0.0625, 0.9375)
LABEL = hnp.arrays(np.int64, (4,), elements=st.integers(0, 5))
LABEL_IGN = hnp.arrays(np.int64, (4,), elements=st.sampled_from([0, 1, 5, -100]))
SOFT = floats((4, 6), 0.0, 1.0).map(lambda a: (a + 0.01) / (a + 0.01).sum(-1, keepdims=True))
TOKENS = hnp.arrays(np.int64, (2, 3), elements=st.integers(0, 9))
EMB = floats((10, 4))
SQ = hnp.arrays(np.float64, (3, 3), elements=st.floats(-3, 3)).map(lambda a: a + 8 * np.eye(3))
SPD = SQ.map(lambda a: a @ a.T)
VEC3 = hnp.arrays(np.float64, (3, 2), elements=st.floats(-3, 3))
# scaled dot-product attention: [batch, seq, heads, dim] as paddle lays it out
QKV = floats((1, 4, 2, 8), -1, 1)


def F(P):
    return P.nn.functional


CASES = {
    "relu": ((X,), lambda P, x: F(P).relu(x)),
    "relu6": ((X,), lambda P, x: F(P).relu6(x)),
    "gelu": ((X,), lambda P, x: F(P).gelu(x)),
    "gelu_tanh": ((X,), lambda P, x: F(P).gelu(x, approximate=True)),
    "silu": ((X,), lambda P, x: F(P).silu(x)),
    "sigmoid": ((X,), lambda P, x: F(P).sigmoid(x)),
    "tanh": ((X,), lambda P, x: F(P).tanh(x)),
    "softmax": ((X3,), lambda P, x: F(P).softmax(x, axis=1)),
    "log_softmax": ((X,), lambda P, x: F(P).log_softmax(x)),
    "leaky_relu": ((X,), lambda P, x: F(P).leaky_relu(x, 0.2)),
    "elu": ((X,), lambda P, x: F(P).elu(x, 0.5)),
    "selu": ((X,), lambda P, x: F(P).selu(x)),
    "softplus": ((X,), lambda P, x: F(P).softplus(x, beta=2, threshold=3)),
    "hardswish": ((X,), lambda P, x: F(P).hardswish(x)),
    "hardsigmoid": ((X,), lambda P, x: F(P).hardsigmoid(x)),
    "mish": ((X,), lambda P, x: F(P).mish(x)),
    "log_sigmoid": ((X,), lambda P, x: F(P).log_sigmoid(x)),
    "softsign": ((X,), lambda P, x: F(P).softsign(x)),
    "hardtanh": ((X,), lambda P, x: F(P).hardtanh(x, -0.5, 0.5)),
    "prelu": ((IMG,), lambda P, x: F(P).prelu(x, P.to_tensor([0.1, 0.2, 0.3]))),
    "glu": ((X,), lambda P, x: F(P).glu(x)),
    "linear": ((X, W_LIN, B_LIN), lambda P, x, w, b: F(P).linear(x, w, b)),
    "linear_nobias": (
        (X3.map(lambda a: a[..., :5].copy()), W_LIN[:5] if False else floats((5, 2))),
        lambda P, x, w: F(P).linear(x, w),
    ),
    "conv2d": ((IMG, W_CONV), lambda P, x, w: F(P).conv2d(x, w, padding=1)),
    "conv2d_stride_bias": ((IMG, W_CONV), lambda P, x, w: F(P).conv2d(x, w, P.ones([4]), stride=2)),
    "conv2d_same": ((IMG, W_CONV), lambda P, x, w: F(P).conv2d(x, w, padding="SAME")),
    "conv2d_pad4": ((IMG, W_CONV), lambda P, x, w: F(P).conv2d(x, w, padding=[1, 0, 2, 1])),
    "conv2d_dilation": ((IMG, W_CONV), lambda P, x, w: F(P).conv2d(x, w, dilation=2)),
    # paddle's positional order: stride, padding, output_padding, dilation (before groups, for 2-d only)
    "conv2d_transpose_positional": (
        (IMG, W_CONV),
        lambda P, x, w: F(P).conv2d_transpose(x, P.transpose(w, [1, 0, 2, 3]), None, 2, 1, 1, 2, 1),
    ),
    "conv2d_nhwc": ((IMG_HWC, W_CONV), lambda P, x, w: F(P).conv2d(x, w, padding=1, data_format="NHWC")),
    "conv2d_groups": (
        (IMG.map(lambda a: np.concatenate([a, a[:, :1]], 1)), W_GROUP),
        lambda P, x, w: F(P).conv2d(x, w, groups=4),
    ),
    "conv1d": (
        (X3.map(lambda a: np.concatenate([a, a], 1)[:, :3]), W_CONV1),
        lambda P, x, w: F(P).conv1d(x, w, padding=1),
    ),
    "max_pool2d": ((IMG,), lambda P, x: F(P).max_pool2d(x, 2)),
    "max_pool2d_pad": ((IMG,), lambda P, x: F(P).max_pool2d(x, 3, stride=2, padding=1)),
    "avg_pool2d": ((IMG,), lambda P, x: F(P).avg_pool2d(x, 2)),
    "avg_pool2d_exclusive": ((IMG,), lambda P, x: F(P).avg_pool2d(x, 3, stride=2, padding=1)),
    "avg_pool2d_inclusive": ((IMG,), lambda P, x: F(P).avg_pool2d(x, 3, stride=2, padding=1, exclusive=False)),
    "adaptive_avg_pool2d": ((IMG,), lambda P, x: F(P).adaptive_avg_pool2d(x, 3)),
    "adaptive_avg_pool2d_1": ((IMG,), lambda P, x: F(P).adaptive_avg_pool2d(x, [1, 2])),
    "adaptive_max_pool2d": ((IMG,), lambda P, x: F(P).adaptive_max_pool2d(x, 2)),
    "batch_norm_eval": (
        (IMG,),
        lambda P, x: F(P).batch_norm(
            x,
            P.to_tensor([0.1, 0.0, -0.2]),
            P.to_tensor([1.0, 2.0, 0.5]),
            P.to_tensor([1.0, 0.5, 2.0]),
            P.to_tensor([0.0, 1.0, -1.0]),
        ),
    ),
    "batch_norm_train": (
        (IMG_SPREAD,),
        lambda P, x: F(P).batch_norm(x, P.zeros([3]), P.ones([3]), training=True),
    ),
    "layer_norm": ((SPREAD,), lambda P, x: F(P).layer_norm(x, 5)),
    "layer_norm_affine": ((SPREAD,), lambda P, x: F(P).layer_norm(x, [3, 5], P.full([15], 2.0), P.full([15], 0.5))),
    "group_norm": ((IMG_SPREAD.map(lambda a: np.concatenate([a, a + 1], 1)),), lambda P, x: F(P).group_norm(x, 2)),
    "instance_norm": ((IMG_SPREAD,), lambda P, x: F(P).instance_norm(x)),
    "dropout_eval": ((X,), lambda P, x: F(P).dropout(x, 0.5, training=False)),
    "dropout_downscale": ((X,), lambda P, x: F(P).dropout(x, 0.25, training=False, mode="downscale_in_infer")),
    "embedding": ((TOKENS, EMB), lambda P, i, w: F(P).embedding(i, w)),
    "embedding_pad": ((TOKENS, EMB), lambda P, i, w: F(P).embedding(i, w, padding_idx=0)),
    "one_hot": ((LABEL,), lambda P, y: F(P).one_hot(y, 6)),
    "pad_constant": ((IMG,), lambda P, x: F(P).pad(x, [1, 2, 0, 1], value=0.5)),
    "pad_all_axes": ((X,), lambda P, x: F(P).pad(x, [1, 0, 0, 2])),
    "pad_reflect": ((IMG,), lambda P, x: F(P).pad(x, [1, 1, 2, 0], mode="reflect")),
    "pad_replicate": ((IMG,), lambda P, x: F(P).pad(x, [2, 1, 1, 1], mode="replicate")),
    "interpolate_nearest": ((IMG,), lambda P, x: F(P).interpolate(x, scale_factor=2)),
    "interpolate_bilinear": ((IMG,), lambda P, x: F(P).interpolate(x, size=[9, 4], mode="bilinear")),
    "interpolate_bilinear_ac": (
        (IMG,),
        lambda P, x: F(P).interpolate(x, size=[9, 4], mode="bilinear", align_corners=True),
    ),
    "cross_entropy": ((X, LABEL), lambda P, x, y: F(P).cross_entropy(x, y)),
    "cross_entropy_2d_label": ((X, LABEL), lambda P, x, y: F(P).cross_entropy(x, y.unsqueeze(1), reduction="sum")),
    "cross_entropy_none": ((X, LABEL), lambda P, x, y: F(P).cross_entropy(x, y, reduction="none")),
    "cross_entropy_ignore": ((X, LABEL_IGN), lambda P, x, y: F(P).cross_entropy(x, y, ignore_index=-100)),
    "cross_entropy_weight": ((X, LABEL), lambda P, x, y: F(P).cross_entropy(x, y, weight=P.linspace(0.5, 2.0, 6))),
    "cross_entropy_soft": ((X, SOFT), lambda P, x, y: F(P).cross_entropy(x, y, soft_label=True)),
    "cross_entropy_smoothing": ((X, LABEL), lambda P, x, y: F(P).cross_entropy(x, y, label_smoothing=0.1)),
    "nll_loss": ((X, LABEL), lambda P, x, y: F(P).nll_loss(F(P).log_softmax(x), y)),
    "mse_loss": ((X, X), lambda P, x, y: F(P).mse_loss(x, y)),
    "l1_loss_sum": ((X, X), lambda P, x, y: F(P).l1_loss(x, y, reduction="sum")),
    "smooth_l1_loss": ((X, X), lambda P, x, y: F(P).smooth_l1_loss(x, y)),
    "bce": ((SIG, SIG), lambda P, p, y: F(P).binary_cross_entropy(p, y)),
    "bce_logits": ((X, SIG), lambda P, x, y: F(P).binary_cross_entropy_with_logits(x, y)),
    "bce_logits_pos_weight": (
        (X, SIG),
        lambda P, x, y: F(P).binary_cross_entropy_with_logits(x, y, pos_weight=P.full([6], 2.0), reduction="none"),
    ),
    "kl_div": ((X, SOFT), lambda P, x, y: F(P).kl_div(F(P).log_softmax(x), y, reduction="mean")),
    "normalize": ((X,), lambda P, x: F(P).normalize(x)),
    "normalize_p1": ((X3,), lambda P, x: F(P).normalize(x, p=1, axis=-1)),
    "cosine_similarity": ((X, X), lambda P, x, y: F(P).cosine_similarity(x, y, axis=1)),
    "pixel_shuffle": ((floats((1, 8, 2, 3)),), lambda P, x: F(P).pixel_shuffle(x, 2)),
    "unfold": ((IMG,), lambda P, x: F(P).unfold(x, 3, paddings=1)),
    "sdpa": ((QKV, QKV, QKV), lambda P, q, k, v: F(P).scaled_dot_product_attention(q, k, v)),
    "sdpa_causal": ((QKV, QKV, QKV), lambda P, q, k, v: F(P).scaled_dot_product_attention(q, k, v, is_causal=True)),
    # linalg and fft
    "inv": ((SQ,), lambda P, a: P.linalg.inv(a)),
    "det": ((SQ,), lambda P, a: P.linalg.det(a)),
    "solve": ((SQ, VEC3), lambda P, a, b: P.linalg.solve(a, b)),
    "cholesky": ((SPD,), lambda P, a: P.linalg.cholesky(a)),
    "eigvalsh": ((SPD,), lambda P, a: P.linalg.eigvalsh(a)),
    "svdvals": ((SQ,), lambda P, a: P.linalg.svd(a)[1]),
    "pinv": ((SQ,), lambda P, a: P.linalg.pinv(a)),
    "matrix_power": ((SQ,), lambda P, a: P.linalg.matrix_power(a, 3)),
    "matrix_rank": ((SQ,), lambda P, a: P.linalg.matrix_rank(a)),
    "linalg_norm_fro": ((SQ,), lambda P, a: P.linalg.norm(a)),
    "vector_norm": ((SQ,), lambda P, a: P.linalg.vector_norm(a, p=3, axis=1)),
    "multi_dot": ((SQ, SQ), lambda P, a, b: P.linalg.multi_dot([a, b, a])),
    "slogdet": ((SQ,), lambda P, a: P.linalg.slogdet(a)),
    "fft": ((X,), lambda P, x: P.fft.fft(x)),
    "rfft": ((X,), lambda P, x: P.fft.rfft(x, axis=0)),
    "ifft_ortho": ((X,), lambda P, x: P.fft.ifft(x, norm="ortho")),
    "fft2": ((X,), lambda P, x: P.fft.fft2(x)),
    "irfft": ((X,), lambda P, x: P.fft.irfft(P.fft.rfft(x))),
    "fftshift": ((X,), lambda P, x: P.fft.fftshift(x)),
}

# tolerances wider than the dtype's: results of longer float32 chains (fft, linalg, pooled sums)
LOOSE = {"fft": 1e-4, "rfft": 1e-4, "ifft_ortho": 1e-4, "fft2": 1e-4, "irfft": 1e-4, "sdpa": 1e-4, "sdpa_causal": 1e-4}
LOOSE.update(
    {k: 1e-4 for k in CASES if k.startswith(("conv", "batch_norm", "group_norm", "instance_norm", "interpolate"))}
)
LOOSE.update(
    {
        k: 1e-4
        for k in CASES
        if "cross_entropy" in k or k in ("kl_div", "nll_loss", "bce", "bce_logits", "layer_norm", "layer_norm_affine")
    }
)
LINALG = {
    "inv",
    "det",
    "solve",
    "cholesky",
    "eigvalsh",
    "svdvals",
    "pinv",
    "matrix_power",
    "linalg_norm_fro",
    "vector_norm",
    "multi_dot",
    "slogdet",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_nn_functional(name):
    strategies, case = CASES[name]
    tol = (1e-6 if name == "vector_norm" else 1e-8) if name in LINALG else LOOSE.get(name)

    @given(st.tuples(*strategies))
    def check(arrays):
        run_both(case, *arrays, rtol=tol, atol=tol)

    check()


def test_batch_norm_updates_running_stats():
    """In training, paddle's running stats become ``momentum * old + (1 - momentum) * batch``."""
    import paddle

    from ivy_frontends import paddle as fe

    x = np.random.RandomState(0).randn(4, 3, 2, 2).astype(np.float32)
    rm, rv = paddle.zeros([3]), paddle.ones([3])
    fm, fv = fe.zeros([3]), fe.ones([3])
    paddle.nn.functional.batch_norm(paddle.to_tensor(x), rm, rv, training=True, momentum=0.8)
    fe.nn.functional.batch_norm(fe.to_tensor(x), fm, fv, training=True, momentum=0.8)
    np.testing.assert_allclose(fm.numpy(), rm.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(fv.numpy(), rv.numpy(), rtol=1e-4, atol=1e-5)
