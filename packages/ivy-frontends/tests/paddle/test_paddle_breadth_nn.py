"""The rest of ``paddle.nn.functional``, ``paddle.linalg`` and ``paddle.fft``: one table of calls, each run on
real paddle and on the frontend with the same hypothesis-drawn data."""

from __future__ import annotations

import numpy as np
import paddle
import pytest
from conftest import run_both
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import paddle as fe


def floats(shape, dtype=np.float32, lo=-3, hi=3, **kw):
    width = 32 if dtype == np.float32 else 64
    return hnp.arrays(dtype, shape, elements=st.floats(lo, hi, width=width, allow_subnormal=False), **kw)


def labels(shape, n):
    return hnp.arrays(np.int64, shape, elements=st.integers(0, n - 1))


X4 = floats((2, 4, 4, 4))
X3 = floats((2, 4, 6))
M = floats((4, 5))
M2 = floats((4, 5))
P4 = floats((4, 5), lo=0.0625, hi=0.9375)
POS = floats((4, 5), lo=0.125, hi=3)
L5 = labels((4,), 5)
SQ = hnp.arrays(np.float64, (3, 3), elements=st.floats(-1, 1)).map(lambda a: a + 3 * np.eye(3))
SPD = SQ.map(lambda a: a @ a.T)
TALL = floats((5, 3), np.float64)
SMALL = hnp.arrays(np.float64, (3, 3), elements=st.floats(-1.5, 1.5))
SPEC = floats((4, 6)).map(lambda a: a.astype(np.float32))
CPLX = floats((4, 5, 2)).map(lambda a: a.astype(np.float32))


def _pooled(P, x, n):
    """Max-pool values and masks from real paddle (the frontend's max_pool has no return_mask), as P tensors."""
    v, m = getattr(paddle.nn.functional, f"max_pool{n}d")(paddle.to_tensor(x.numpy()), 2, return_mask=True)
    return P.to_tensor(v.numpy()), P.to_tensor(m.numpy())


def _lu(P, a):
    """Packed LU data and pivots from real paddle, as P tensors."""
    lu, piv = paddle.linalg.lu(paddle.to_tensor(a.numpy()))
    return P.to_tensor(lu.numpy()), P.to_tensor(piv.numpy())


F = {
    "logsigmoid": ((M,), lambda P, x: P.nn.functional.logsigmoid(x)),
    "tanh_": ((M,), lambda P, x: P.nn.functional.tanh_(x)),
    "thresholded_relu_": ((M,), lambda P, x: P.nn.functional.thresholded_relu_(x, 0.5)),
    "diag_embed": ((M,), lambda P, x: P.nn.functional.diag_embed(x, 1)),
    "pdist": ((M,), lambda P, x: (P.nn.functional.pdist(x), P.nn.functional.pdist(x, p=1.0))),
    "channel_shuffle": (
        (X4,),
        lambda P, x: (P.nn.functional.channel_shuffle(x, 2), P.nn.functional.channel_shuffle(x, 2, "NHWC")),
    ),
    "pixel_unshuffle": (
        (X4,),
        lambda P, x: (P.nn.functional.pixel_unshuffle(x, 2), P.nn.functional.pixel_unshuffle(x, 2, "NHWC")),
    ),
    "maxout": ((X4,), lambda P, x: (P.nn.functional.maxout(x, 2), P.nn.functional.maxout(x, 2, axis=-1))),
    "swiglu": ((M, M2), lambda P, x, y: (P.nn.functional.swiglu(x, y), P.nn.functional.swiglu(x[:, :4]))),
    "sequence_mask": (
        (labels((3,), 6),),
        lambda P, x: (P.nn.functional.sequence_mask(x, 6), P.nn.functional.sequence_mask(x, 7, dtype="float32")),
    ),
    "dropouts_eval": (
        (X4,),
        lambda P, x: (
            P.nn.functional.dropout1d(x[0], training=False),
            P.nn.functional.dropout3d(x.unsqueeze(0), training=False),
            P.nn.functional.feature_alpha_dropout(x, training=False),
        ),
    ),
    "rrelu_eval": ((M,), lambda P, x: P.nn.functional.rrelu(x, 0.1, 0.3, training=False)),
    "lp_pool": (
        (X4, X3),
        lambda P, x, y: (
            P.nn.functional.lp_pool2d(x.abs() + 0.1, 2.0, 2),
            P.nn.functional.lp_pool1d(y.abs() + 0.1, 3.0, 2, stride=2),
        ),
    ),
    "max_unpool1d": (
        (floats((1, 2, 6), unique=True),),
        lambda P, x: P.nn.functional.max_unpool1d(*_pooled(P, x, 1), 2),
    ),
    "max_unpool2d": (
        (floats((1, 2, 4, 4), unique=True),),
        lambda P, x: P.nn.functional.max_unpool2d(*_pooled(P, x, 2), 2),
    ),
    "max_unpool3d": (
        (floats((1, 1, 2, 4, 4), unique=True),),
        lambda P, x: P.nn.functional.max_unpool3d(*_pooled(P, x, 3), 2),
    ),
    "adaptive_max_pool3d": ((floats((1, 2, 4, 4, 4)),), lambda P, x: P.nn.functional.adaptive_max_pool3d(x, 2)),
    "affine_grid": (
        (floats((2, 2, 3)),),
        lambda P, t: (
            P.nn.functional.affine_grid(t, [2, 1, 3, 4]),
            P.nn.functional.affine_grid(t, [2, 1, 3, 4], align_corners=False),
        ),
    ),
    "affine_grid_3d": ((floats((1, 3, 4)),), lambda P, t: P.nn.functional.affine_grid(t, [1, 1, 2, 3, 2])),
    "grid_sample": (
        (floats((1, 2, 4, 5)), floats((1, 3, 3, 2), lo=-1.25, hi=1.25)),
        lambda P, x, g: [
            P.nn.functional.grid_sample(x, g, m, pm, ac)
            for m in ("bilinear", "nearest")
            for pm in ("zeros", "border", "reflection")
            for ac in (True, False)
        ],
    ),
    "fold": (
        (floats((1, 8, 9)),),
        lambda P, x: (
            P.nn.functional.fold(x, [4, 4], 2, strides=1),
            P.nn.functional.fold(x[:, :, :4], [3, 3], 2, paddings=[1, 1, 0, 0], strides=2),
        ),
    ),
    "temporal_shift": (
        (floats((4, 4, 2, 2)),),
        lambda P, x: (
            P.nn.functional.temporal_shift(x, 2),
            P.nn.functional.temporal_shift(x, 2, 0.375, data_format="NHWC"),
            P.nn.functional.temporal_shift(x, 2, 0.5),
        ),
    ),
    "gather_tree": ((labels((3, 2, 2), 4), labels((3, 2, 2), 2)), lambda P, i, p: P.nn.functional.gather_tree(i, p)),
    "embedding_renorm_": (
        (labels((3,), 4), floats((4, 3))),
        lambda P, i, w: P.nn.functional.embedding_renorm_(i, w, 1.0),
    ),
    "soft_margin_loss": (
        (M, labels((4, 5), 2)),
        lambda P, x, y: [
            P.nn.functional.soft_margin_loss(x, (y * 2 - 1).astype("float32"), reduction=r) for r in ("mean", "none")
        ],
    ),
    "multi_label_soft_margin_loss": (
        (M, labels((4, 5), 2), floats((5,), lo=0.125, hi=2)),
        lambda P, x, y, w: (
            P.nn.functional.multi_label_soft_margin_loss(x, y.astype("float32")),
            P.nn.functional.multi_label_soft_margin_loss(x, y.astype("float32"), w, reduction="sum"),
        ),
    ),
    "multi_margin_loss": (
        (M, L5, floats((5,), lo=0.125, hi=2)),
        lambda P, x, y, w: (
            P.nn.functional.multi_margin_loss(x, y),
            P.nn.functional.multi_margin_loss(x, y, p=2, margin=0.5, weight=w, reduction="none"),
        ),
    ),
    "multi_label_margin_loss": (
        (M, hnp.arrays(np.int64, (4, 5), elements=st.integers(-1, 4))),
        lambda P, x, y: P.nn.functional.multi_label_margin_loss(x, y, reduction="none"),
    ),
    "triplet_margin_loss": (
        (M, M2, floats((4, 5))),
        lambda P, a, p, n: (
            P.nn.functional.triplet_margin_loss(a, p, n),
            P.nn.functional.triplet_margin_loss(a, p, n, p=1, swap=True, reduction="none"),
        ),
    ),
    "triplet_margin_with_distance_loss": (
        (M, M2, floats((4, 5))),
        lambda P, a, p, n: P.nn.functional.triplet_margin_with_distance_loss(a, p, n, margin=0.5, swap=True),
    ),
    "gaussian_nll_loss": (
        (M, M2, POS),
        lambda P, x, y, v: (
            P.nn.functional.gaussian_nll_loss(x, y, v),
            P.nn.functional.gaussian_nll_loss(x, y, v, full=True, reduction="sum"),
        ),
    ),
    "poisson_nll_loss": (
        (M, floats((4, 5), lo=0, hi=4), POS),
        lambda P, x, y, p: (
            P.nn.functional.poisson_nll_loss(x, y),
            P.nn.functional.poisson_nll_loss(p, y, log_input=False, full=True, reduction="none"),
        ),
    ),
    "dice_loss": ((P4, labels((4, 1), 5)), lambda P, x, y: P.nn.functional.dice_loss(P.nn.functional.softmax(x), y)),
    "npair_loss": ((M, M2, labels((4,), 3)), lambda P, a, p, y: P.nn.functional.npair_loss(a, p, y.astype("float32"))),
}

LINALG = {
    "cholesky_inverse": (
        (SPD,),
        lambda P, a: (
            P.linalg.cholesky_inverse(P.linalg.cholesky(a)),
            P.linalg.cholesky_inverse(P.linalg.cholesky(a, upper=True), upper=True),
        ),
    ),
    "diagonal": ((floats((2, 3, 4)),), lambda P, x: (P.linalg.diagonal(x), P.linalg.diagonal(x, 1, 1, 2))),
    "householder_product": (
        (TALL, floats((3,), np.float64, lo=0, hi=2)),
        lambda P, x, t: P.linalg.householder_product(x, t),
    ),
    "ormqr": (
        (SQ, floats((3,), np.float64, lo=0, hi=2), TALL),
        lambda P, x, t, y: (
            P.linalg.ormqr(x, t, y[:3]),
            P.linalg.ormqr(x, t, y[:3], transpose=True),
            P.linalg.ormqr(x, t, y[:3].T, left=False),
        ),
    ),
    "lu_unpack": ((SQ,), lambda P, a: P.linalg.lu_unpack(*_lu(P, a))),
    "lu": (
        (floats((2, 4, 3), np.float64), SQ),
        lambda P, a, s: (P.linalg.lu(a, get_infos=True), s.lu(), P.linalg.lu(a.transpose([0, 2, 1]))),
    ),
    "lu_singular_info": (
        (SQ,),
        lambda P, s: P.linalg.lu(s * P.to_tensor([[1.0], [0.0], [1.0]], dtype="float64"), get_infos=True)[2],
    ),
    "lu_solve": (
        (SQ, floats((3, 2), np.float64)),
        lambda P, a, b: [P.linalg.lu_solve(b, *P.linalg.lu(a), trans=t) for t in ("N", "T", "C")],
    ),
    "lstsq": (
        (TALL, floats((5, 2), np.float64)),
        lambda P, a, b: (P.linalg.lstsq(a, b)[0], P.linalg.lstsq(a, b, driver="gelsd")[3]),
    ),
    "matrix_exp": ((SMALL,), lambda P, a: (P.linalg.matrix_exp(a), P.linalg.matrix_exp(a.astype("float32") * 3))),
    "svd_lowrank_values": (
        (TALL,),
        lambda P, a: (P.linalg.svd_lowrank(a @ a[:2].T @ a[:2], q=2)[1], P.linalg.pca_lowrank(a, q=3)[1]),
    ),
    "mirrors": ((SQ, TALL), lambda P, a, b: (a.cov(), a.corrcoef(), a.cond(), a.qr()[1].abs(), a.matrix_power(3))),
}

FFT = {
    "hfftn": (
        (CPLX,),
        lambda P, x: [
            f(P.as_complex(x), norm=n) for f in (P.fft.hfftn, P.fft.hfft2) for n in ("backward", "forward", "ortho")
        ],
    ),
    "hfftn_s": (
        (CPLX,),
        lambda P, x: (P.fft.hfftn(P.as_complex(x), s=[3, 6]), P.fft.hfft2(P.as_complex(x), axes=(0, 1))),
    ),
    "ihfftn": (
        (SPEC,),
        lambda P, x: [f(x, norm=n) for f in (P.fft.ihfftn, P.fft.ihfft2) for n in ("backward", "forward", "ortho")],
    ),
    "ihfftn_s": ((SPEC,), lambda P, x: (P.fft.ihfftn(x, s=[4, 4]), P.fft.ihfft2(x, axes=[1, 0]))),
    "kernels_1d": (
        (SPEC, CPLX),
        lambda P, x, c: (
            P.fft.fft_c2c(P.as_complex(c), None, -1, "backward", True, None),
            P.fft.fft_c2c(P.as_complex(c), 4, 0, "ortho", False, None),
            P.fft.fft_r2c(x, None, -1, "backward", True, True, None),
            P.fft.fft_r2c(x, None, 0, "forward", False, False, None),
            P.fft.fft_c2r(P.as_complex(c), 8, -1, "backward", False, None),
            P.fft.fft_c2r(P.as_complex(c), None, -1, "ortho", True, None),
        ),
    ),
    "kernels_nd": (
        (SPEC, CPLX),
        lambda P, x, c: (
            P.fft.fftn_c2c(P.as_complex(c), None, [0, 1], "backward", True, None),
            P.fft.fftn_r2c(x, None, [0, 1], "backward", True, True, None),
            P.fft.fftn_r2c(x, None, [0, 1], "forward", False, True, None),
            P.fft.fftn_c2r(P.as_complex(c), None, [0, 1], "backward", False, None),
            P.fft.fftn_c2r(P.as_complex(c), None, [0, 1], "ortho", True, None),
        ),
    ),
    "predicates": ((SPEC,), lambda P, x: (P.fft.is_floating_point(x), P.fft.is_integer(x))),
}
CASES = {
    **{f"F.{k}": v for k, v in F.items()},
    **{f"linalg.{k}": v for k, v in LINALG.items()},
    **{f"fft.{k}": v for k, v in FFT.items()},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_paddle_breadth_nn(name):
    strategies, case = CASES[name]

    @settings(max_examples=3)
    @given(st.tuples(*strategies))
    def check(arrays):
        run_both(
            case,
            *arrays,
            rtol=1e-4 if name.startswith(("fft", "linalg")) else None,
            atol=1e-4 if name.startswith(("fft", "linalg")) else None,
        )

    check()


def test_rms_norm_like_torch():
    """paddle has no CPU kernel for rms_norm, so the reference is torch.nn.functional.rms_norm."""
    import torch

    @settings(max_examples=5)
    @given(X3, floats((6,)))
    def check(x, w):
        ref = torch.nn.functional.rms_norm(torch.from_numpy(x), [6], torch.from_numpy(w), eps=1e-5).numpy()
        mine = fe.nn.functional.rms_norm(fe.to_tensor(x), [6], fe.to_tensor(w))
        np.testing.assert_allclose(mine.numpy(), ref, rtol=1e-5, atol=1e-5)

    check()


def test_random_functionals():
    """Random functionals in training mode: shapes, kept values scaled as paddle scales them, one-hot ``hard``."""
    fe.seed(1)
    x = fe.ones([8, 16, 5])
    d1 = fe.nn.functional.dropout1d(x, 0.5).numpy()
    assert set(np.unique(d1)) <= {0.0, 2.0} and (d1 == d1[:, :, :1]).all()
    d3 = fe.nn.functional.dropout3d(fe.ones([2, 32, 2, 2, 2]), 0.25).numpy()
    assert set(np.unique(d3)) <= {0.0, np.float32(1 / 0.75)} and (d3 == d3[:, :, :1, :1, :1]).all()
    r = fe.nn.functional.rrelu(fe.full([1000], -1.0), 0.1, 0.3).numpy()
    assert (-0.3 <= r).all() and (r <= -0.1).all()
    g = fe.nn.functional.gumbel_softmax(fe.zeros([6, 4]), hard=True).numpy()
    assert (g.sum(-1) == 1).all() and set(np.unique(g)) <= {0.0, 1.0}
    s = fe.nn.functional.gumbel_softmax(fe.zeros([6, 4]), temperature=0.5).numpy()
    np.testing.assert_allclose(s.sum(-1), 1, rtol=1e-5)
    _, s_, _ = fe.linalg.svd_lowrank(fe.to_tensor(np.eye(4)[:, :3] @ np.diag([3.0, 2, 1]) @ np.eye(3)), q=3)
    ref = paddle.linalg.svd(paddle.to_tensor(np.eye(4)[:, :3] @ np.diag([3.0, 2, 1])))[1].numpy()
    np.testing.assert_allclose(s_.numpy(), ref, rtol=1e-6)
