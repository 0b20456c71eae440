"""tf.nn, tf.linalg, tf.signal, tf.image, tf.raw_ops and tf.random against real TF."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import assert_same, run_both
from hypothesis import given
from hypothesis import strategies as st

RNG = np.random.default_rng(0)
IMG = RNG.standard_normal((2, 7, 6, 3)).astype(np.float32)
W = RNG.standard_normal((3, 3, 3, 4)).astype(np.float32)
DW = RNG.standard_normal((3, 3, 3, 2)).astype(np.float32)
SEQ = RNG.standard_normal((2, 9, 3)).astype(np.float32)
W1 = RNG.standard_normal((3, 3, 5)).astype(np.float32)
LOG = RNG.standard_normal((4, 5)).astype(np.float32)
SPD = (lambda a: a @ a.T + 4 * np.eye(4))(RNG.standard_normal((4, 4))).astype(np.float64)


@pytest.mark.parametrize("padding", ["SAME", "VALID", [[0, 0], [1, 2], [0, 1], [0, 0]]])
@pytest.mark.parametrize("strides", [1, 2, [1, 2, 1, 1]])
def test_conv2d_nhwc(padding, strides):
    run_both(lambda ns, x, w: ns.nn.conv2d(x, w, strides, padding), IMG, W, rtol=1e-4, atol=1e-4)


def test_conv2d_dilated():
    run_both(lambda ns, x, w: ns.nn.conv2d(x, w, 1, "SAME", dilations=2), IMG, W, rtol=1e-4, atol=1e-4)


def _nhwc(value):
    """An NCHW argument (strides, dilations, explicit padding) as its NHWC counterpart."""
    if not isinstance(value, list) or len(value) != 4:
        return value
    return [value[0], value[2], value[3], value[1]]


@pytest.mark.parametrize(
    "strides,padding,dilations",
    [
        (1, "SAME", None),
        (2, "VALID", None),
        ([1, 1, 2, 1], "SAME", None),
        (1, [[0, 0], [0, 0], [1, 2], [0, 1]], None),
        (1, "SAME", [1, 1, 2, 2]),
    ],
)
def test_conv2d_nchw(strides, padding, dilations):
    """NCHW equals TF's NHWC convolution on the transposed layout (TF computes NHWC on every CPU), and TF's own
    NCHW result where this processor's TF kernel computes one (its oneDNN kernels do, the plain CPU kernel refuses)."""
    import tensorflow as tf

    from ivy_frontends import tensorflow as fe

    x = np.transpose(IMG, (0, 3, 1, 2))
    mine = fe.nn.conv2d(fe.constant(x), fe.constant(W), strides, padding, data_format="NCHW", dilations=dilations)
    nhwc = tf.nn.conv2d(IMG, W, _nhwc(strides), _nhwc(padding), data_format="NHWC", dilations=_nhwc(dilations))
    assert_same(mine, tf.transpose(nhwc, (0, 3, 1, 2)), rtol=1e-4, atol=1e-4)
    try:
        native = tf.nn.conv2d(x, W, strides, padding, data_format="NCHW", dilations=dilations)
    except tf.errors.UnimplementedError:  # this processor's TF has no NCHW kernel: the layout reference decides
        return
    assert_same(mine, native, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("padding", ["SAME", "VALID"])
@pytest.mark.parametrize("stride", [1, 2])
def test_conv1d_and_depthwise(padding, stride):
    run_both(lambda ns, x, w: ns.nn.conv1d(x, w, stride, padding), SEQ, W1, rtol=1e-4, atol=1e-4)
    run_both(
        lambda ns, x, w: ns.nn.depthwise_conv2d(x, w, [1, stride, stride, 1], padding), IMG, DW, rtol=1e-4, atol=1e-4
    )


@pytest.mark.parametrize("pool", ["max_pool2d", "avg_pool2d"])
@pytest.mark.parametrize("padding", ["SAME", "VALID"])
@pytest.mark.parametrize("ksize,strides", [(2, 2), (3, 2), (3, 1)])
def test_pool2d(pool, padding, ksize, strides):
    run_both(lambda ns, x: getattr(ns.nn, pool)(x, ksize, strides, padding), IMG, rtol=1e-5, atol=1e-5)


ACT = {
    "relu": lambda ns, x: ns.nn.relu(x),
    "relu6": lambda ns, x: ns.nn.relu6(x * 4.0),
    "gelu": lambda ns, x: ns.nn.gelu(x),
    "gelu_tanh": lambda ns, x: ns.nn.gelu(x, approximate=True),
    "elu": lambda ns, x: ns.nn.elu(x),
    "selu": lambda ns, x: ns.nn.selu(x),
    "silu": lambda ns, x: ns.nn.silu(x),
    "leaky_relu": lambda ns, x: ns.nn.leaky_relu(x),
    "softmax": lambda ns, x: ns.nn.softmax(x, axis=0),
    "log_softmax": lambda ns, x: ns.nn.log_softmax(x),
    "sigmoid": lambda ns, x: ns.nn.sigmoid(x),
    "softplus": lambda ns, x: ns.nn.softplus(x),
    "l2_normalize": lambda ns, x: ns.nn.l2_normalize(x, axis=-1),
    "moments": lambda ns, x: ns.nn.moments(x, axes=[0]),
    "bias_add": lambda ns, x: ns.nn.bias_add(x, ns.range(5.0)),
    "batch_norm": lambda ns, x: ns.nn.batch_normalization(x, 0.5, 2.0, ns.ones([5]), ns.range(5.0), 1e-3),
    "softmax_xent": lambda ns, x: ns.nn.softmax_cross_entropy_with_logits(ns.nn.softmax(x * 0.5), x),
    "sparse_xent": lambda ns, x: ns.nn.sparse_softmax_cross_entropy_with_logits(ns.constant([0, 4, 2, 1]), x),
    "sparse_xent_bad": lambda ns, x: ns.nn.sparse_softmax_cross_entropy_with_logits(ns.constant([0, 5, 2, 1]), x),
    "sigmoid_xent": lambda ns, x: ns.nn.sigmoid_cross_entropy_with_logits(ns.nn.sigmoid(x * 2.0), x),
    "l2_loss": lambda ns, x: ns.nn.l2_loss(x),
    "relu_int": lambda ns, x: ns.nn.relu(ns.cast(x * 3.0, ns.int32)),
    "gelu_int": lambda ns, x: ns.nn.gelu(ns.cast(x, ns.int32)),
}


@pytest.mark.parametrize("case", sorted(ACT))
@given(scale=st.sampled_from([0.5, 1.0, 10.0]))
def test_nn_functions(case, scale):
    run_both(ACT[case], LOG * scale, rtol=1e-5, atol=1e-5)


LINALG = {
    "inv": lambda ns, a: ns.linalg.inv(a),
    "det": lambda ns, a: ns.linalg.det(a),
    "slogdet": lambda ns, a: ns.linalg.slogdet(a),
    "logdet": lambda ns, a: ns.linalg.logdet(a),
    "cholesky": lambda ns, a: ns.linalg.cholesky(a),
    "eigvalsh": lambda ns, a: ns.linalg.eigvalsh(a),
    "solve": lambda ns, a: ns.linalg.solve(a, a[:, :2]),
    "trace": lambda ns, a: ns.linalg.trace(a),
    "diag_part": lambda ns, a: ns.linalg.diag_part(a),
    "diag": lambda ns, a: ns.linalg.diag(a[0]),
    "band_part": lambda ns, a: ns.linalg.band_part(a, 1, 0),
    "adjoint": lambda ns, a: ns.linalg.adjoint(a),
    "matvec": lambda ns, a: ns.linalg.matvec(a, a[0]),
    "svd_values": lambda ns, a: ns.linalg.svd(a, compute_uv=False),
    "pinv": lambda ns, a: ns.linalg.pinv(a),
    "expm": lambda ns, a: ns.linalg.expm(a * 0.1),
    "global_norm": lambda ns, a: ns.linalg.global_norm([a, a[0]]),
    "qr_r_abs": lambda ns, a: ns.abs(ns.linalg.qr(a)[1]),
}


@pytest.mark.parametrize("case", sorted(LINALG))
def test_linalg(case):
    run_both(LINALG[case], SPD, rtol=1e-8, atol=1e-8)


SIG = RNG.standard_normal((3, 8)).astype(np.float32)
SIGNAL = {
    "fft": lambda ns, x: ns.signal.fft(ns.cast(x, ns.complex64)),
    "ifft": lambda ns, x: ns.signal.ifft(ns.cast(x, ns.complex64)),
    "fft2d": lambda ns, x: ns.signal.fft2d(ns.cast(x, ns.complex64)),
    "rfft": lambda ns, x: ns.signal.rfft(x),
    "rfft_len": lambda ns, x: ns.signal.rfft(x, [6]),
    "irfft": lambda ns, x: ns.signal.irfft(ns.signal.rfft(x)),
    "fft_real_rejected": lambda ns, x: ns.signal.fft(x),
    "fftshift": lambda ns, x: ns.signal.fftshift(x),
}


@pytest.mark.parametrize("case", sorted(SIGNAL))
def test_signal(case):
    run_both(SIGNAL[case], SIG, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("method", ["bilinear", "nearest"])
@pytest.mark.parametrize("size", [(14, 12), (3, 4), (5, 9)])
def test_image_resize(method, size):
    run_both(lambda ns, x: ns.image.resize(x, size, method=method), IMG, rtol=1e-5, atol=1e-5)


RAW = {
    "MatMul": lambda ns, x: ns.raw_ops.MatMul(a=x, b=x, transpose_b=True),
    "BiasAdd": lambda ns, x: ns.raw_ops.BiasAdd(value=x, bias=x[0]),
    "AddV2": lambda ns, x: ns.raw_ops.AddV2(x=x, y=x[0]),
    "RealDiv": lambda ns, x: ns.raw_ops.RealDiv(x=x, y=x + 10.0),
    "SquaredDifference": lambda ns, x: ns.raw_ops.SquaredDifference(x=x, y=x[1]),
    "Mean": lambda ns, x: ns.raw_ops.Mean(input=x, axis=[1], keep_dims=True),
    "Max": lambda ns, x: ns.raw_ops.Max(input=x, axis=0),
    "ConcatV2": lambda ns, x: ns.raw_ops.ConcatV2(values=[x, x], axis=0),
    "Pack": lambda ns, x: ns.raw_ops.Pack(values=[x, x], axis=1),
    "StridedSlice": lambda ns, x: ns.raw_ops.StridedSlice(
        input=x, begin=[1, 0], end=[3, 4], strides=[1, 2], begin_mask=0, end_mask=2, shrink_axis_mask=0
    ),
    "StridedSlice_shrink": lambda ns, x: ns.raw_ops.StridedSlice(
        input=x, begin=[1, 0], end=[2, 4], strides=[1, 1], shrink_axis_mask=1, new_axis_mask=2
    ),
    "GatherV2": lambda ns, x: ns.raw_ops.GatherV2(params=x, indices=[3, 1], axis=0),
    "Cast": lambda ns, x: ns.raw_ops.Cast(x=x, DstT=ns.int64),
    "Rsqrt": lambda ns, x: ns.raw_ops.Rsqrt(x=ns.abs(x) + 1.0),
    "Erf": lambda ns, x: ns.raw_ops.Erf(x=x),
    "Pow": lambda ns, x: ns.raw_ops.Pow(x=ns.abs(x), y=x),
    "Einsum": lambda ns, x: ns.raw_ops.Einsum(inputs=[x, x], equation="ij,ij->i"),
    "BatchMatMulV2": lambda ns, x: ns.raw_ops.BatchMatMulV2(x=ns.reshape(x, [2, 2, 5]), y=ns.reshape(x, [2, 5, 2])),
    "Softmax": lambda ns, x: ns.raw_ops.Softmax(logits=x),
    "Pad": lambda ns, x: ns.raw_ops.Pad(input=x, paddings=[[1, 1], [0, 2]]),
    "Shape": lambda ns, x: ns.raw_ops.Shape(input=x),
    "Transpose": lambda ns, x: ns.raw_ops.Transpose(x=x, perm=[1, 0]),
    "Reshape": lambda ns, x: ns.raw_ops.Reshape(tensor=x, shape=[-1]),
    "FusedBatchNormV3": lambda ns, x: ns.raw_ops.FusedBatchNormV3(
        x=ns.reshape(x, [1, 2, 2, 5]), scale=x[0], offset=x[1], mean=x[2], variance=ns.abs(x[3]), is_training=False
    )[:1],
    "FusedBatchNormV3_train": lambda ns, x: ns.raw_ops.FusedBatchNormV3(
        x=ns.reshape(x, [1, 2, 2, 5]), scale=x[0], offset=x[1], mean=x[2], variance=ns.abs(x[3]), is_training=True
    )[:3],
    "MaxPool": lambda ns, x: ns.raw_ops.MaxPool(
        input=ns.reshape(x, [1, 4, 5, 1]), ksize=[1, 2, 2, 1], strides=[1, 1, 2, 1], padding="SAME"
    ),
    "AvgPool": lambda ns, x: ns.raw_ops.AvgPool(
        value=ns.reshape(x, [1, 4, 5, 1]), ksize=[1, 2, 3, 1], strides=[1, 1, 1, 1], padding="SAME"
    ),
    "Conv2D": lambda ns, x: ns.raw_ops.Conv2D(
        input=ns.reshape(x, [1, 4, 5, 1]),
        filter=ns.reshape(x[0, :4], [2, 2, 1, 1]),
        strides=[1, 1, 1, 1],
        padding="VALID",
    ),
}


@pytest.mark.parametrize("op", sorted(RAW))
def test_raw_ops(op):
    run_both(RAW[op], LOG, rtol=1e-4, atol=1e-4)


def test_random_seeded_and_distributed():
    from ivy_frontends import tensorflow as fe

    fe.random.set_seed(3)
    a = fe.random.normal([4000], mean=1.0, stddev=2.0)
    fe.random.set_seed(3)
    b = fe.random.normal([4000], mean=1.0, stddev=2.0)
    np.testing.assert_array_equal(a.numpy(), b.numpy())
    assert a.dtype.name == "float32"
    assert abs(a.numpy().mean() - 1.0) < 0.15 and abs(a.numpy().std() - 2.0) < 0.15
    u = fe.random.uniform([2000], minval=-1.0, maxval=3.0, seed=5).numpy()
    assert u.min() >= -1.0 and u.max() < 3.0 and abs(u.mean() - 1.0) < 0.15
    i = fe.random.uniform([500], maxval=7, dtype=fe.int32).numpy()
    assert i.dtype == np.int32 and i.min() >= 0 and i.max() <= 6
    t = fe.random.truncated_normal([2000], seed=1).numpy()
    assert np.abs(t).max() <= 2.0
    s = fe.random.shuffle(fe.range(50)).numpy()
    assert sorted(s.tolist()) == list(range(50))
    drop = fe.nn.dropout(fe.ones([4000]), rate=0.25, seed=2).numpy()
    kept = drop[drop != 0]
    np.testing.assert_allclose(kept, 1 / 0.75, rtol=1e-6)
    assert abs((drop == 0).mean() - 0.25) < 0.05
