# ruff: noqa: A002 - TensorFlow's own argument names (input, filter, ...)
"""``tf.nn``: activations, convolutions and pooling (NHWC/NCHW, SAME/VALID), normalisation and losses."""

from __future__ import annotations

import math as _pymath
from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared.nn_args import ints_per_axis
from ivy_frontends.tensorflow._math import FUNCTIONS as M
from ivy_frontends.tensorflow._math import axes as _axes
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, as_tensor, binary

_t = as_tensor


def _float(x: Any, name: str) -> Tensor:
    t = _t(x)
    if not t.dtype.is_floating:
        raise InvalidArgumentError(f"{name}: Value for attr 'T' of {t.dtype.name} is not in the list of allowed values")
    return t


def relu(features: Any, name: str | None = None) -> Tensor:
    """tf.nn.relu."""
    t = _t(features)
    return Tensor(ivy.maximum(t._ivy, ivy.zeros_like(t._ivy)))


def relu6(features: Any, name: str | None = None) -> Tensor:
    """tf.nn.relu6."""
    return Tensor(ivy.nn.relu6(_t(features)._ivy))


def elu(features: Any, name: str | None = None) -> Tensor:
    """tf.nn.elu."""
    return Tensor(ivy.nn.elu(_float(features, "Elu")._ivy))


def selu(features: Any, name: str | None = None) -> Tensor:
    """tf.nn.selu."""
    return Tensor(ivy.nn.selu(_float(features, "Selu")._ivy))


def gelu(features: Any, approximate: bool = False, name: str | None = None) -> Tensor:
    """tf.nn.gelu: exact (erf) or tanh approximation."""
    return Tensor(ivy.nn.gelu(_float(features, "Gelu")._ivy, approximate="tanh" if approximate else "none"))


def leaky_relu(features: Any, alpha: float = 0.2, name: str | None = None) -> Tensor:
    """tf.nn.leaky_relu."""
    return Tensor(ivy.nn.leaky_relu(_t(features)._ivy, negative_slope=float(alpha)))


def silu(features: Any, beta: float = 1.0) -> Tensor:
    """tf.nn.silu: ``x * sigmoid(beta * x)``."""
    t = _float(features, "Silu")
    return Tensor(ivy.multiply(t._ivy, ivy.nn.sigmoid(ivy.multiply(t._ivy, ivy.full_like(t._ivy, beta)))))


swish = silu
sigmoid = M["sigmoid"]
tanh = M["tanh"]
softplus = M["softplus"]
softsign = M["softsign"]
softmax = M["softmax"]
log_softmax = M["log_softmax"]
l2_normalize = M["l2_normalize"]
top_k = M["top_k"]
in_top_k = M["in_top_k"]


def crelu(features: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """tf.nn.crelu: relu of ``[x, -x]`` concatenated."""
    t = _t(features)
    return Tensor(ivy.concat([relu(t)._ivy, relu(Tensor(ivy.negative(t._ivy)))._ivy], axis=int(axis)))


def bias_add(value: Any, bias: Any, data_format: str | None = None, name: str | None = None) -> Tensor:
    """tf.nn.bias_add: ``bias`` along the channel axis (last, or 1 for ``NC...``)."""
    v, b = binary(value, bias, "BiasAdd")
    if data_format and data_format.startswith("NC"):
        return Tensor(ivy.add(v._ivy, ivy.reshape(b._ivy, (-1,) + (1,) * (v.ndim - 2))))
    return Tensor(ivy.add(v._ivy, b._ivy))


def _tuple(v: Any, n: int, channels_last: bool) -> tuple[int, ...]:
    return (1,) * n if v is None else ints_per_axis(v, n, channels_last=channels_last)


def _same_pads(size: int, k: int, s: int, dil: int) -> tuple[int, int]:
    eff = (k - 1) * dil + 1
    out = -(-size // s)
    total = max((out - 1) * s + eff - size, 0)
    return total // 2, total - total // 2


def _explicit(padding: Any, x: Any, ks: tuple[int, ...], st: tuple[int, ...], dl: tuple[int, ...], cl: bool) -> Any:
    """Padding as ``(before, after)`` per spatial axis."""
    n = len(ks)
    spatial = x.shape[1:-1] if cl else x.shape[2:]
    if isinstance(padding, str):
        if padding.upper() == "VALID":
            return ((0, 0),) * n
        if padding.upper() == "SAME":
            return tuple(_same_pads(spatial[i], ks[i], st[i], dl[i]) for i in range(n))
        raise ValueError(f"padding must be SAME, VALID or explicit, got {padding!r}")
    pads = [tuple(int(v) for v in p) for p in padding]
    return tuple(pads[1:-1]) if cl else tuple(pads[2:])


def convolution(
    input: Any,
    filters: Any,
    strides: Any = None,
    padding: Any = "VALID",
    data_format: str | None = None,
    dilations: Any = None,
    name: str | None = None,
) -> Tensor:
    """tf.nn.convolution: N-d cross-correlation with ``filters`` as ``(*spatial, in / groups, out)``."""
    x, w = binary(input, filters, "Conv")
    n = w.ndim - 2
    cl = data_format is None or not data_format.startswith("NC")
    st, dl = _tuple(strides, n, cl), _tuple(dilations, n, cl)
    ks = tuple(w.shape[:n])
    pads = _explicit(padding, x._ivy, ks, st, dl, cl)
    weight = ivy.permute_dims(w._ivy, (n + 1, n, *tuple(range(n))))
    cin = x.shape[-1] if cl else x.shape[1]
    groups = cin // w.shape[n]
    out = ivy.nn.conv(x._ivy, weight, stride=st, padding=pads, dilation=dl, groups=groups, channels_last=cl)
    return Tensor(out)


def conv1d(
    input: Any,
    filters: Any,
    stride: Any = 1,
    padding: Any = "VALID",
    data_format: str = "NWC",
    dilations: Any = None,
    name: str | None = None,
) -> Tensor:
    """tf.nn.conv1d (``NWC`` or ``NCW``)."""
    return convolution(input, filters, stride, padding, data_format, dilations)


def conv2d(
    input: Any,
    filters: Any,
    strides: Any,
    padding: Any,
    data_format: str = "NHWC",
    dilations: Any = None,
    name: str | None = None,
) -> Tensor:
    """tf.nn.conv2d (``NHWC`` or ``NCHW``; SAME, VALID or explicit padding)."""
    return convolution(input, filters, strides, padding, data_format, dilations)


def conv3d(
    input: Any,
    filters: Any,
    strides: Any,
    padding: Any,
    data_format: str = "NDHWC",
    dilations: Any = None,
    name: Any = None,
) -> Tensor:
    """tf.nn.conv3d."""
    return convolution(input, filters, strides, padding, data_format, dilations)


def depthwise_conv2d(
    input: Any,
    filter: Any,
    strides: Any,
    padding: Any,
    data_format: str | None = None,
    dilations: Any = None,
    name: str | None = None,
) -> Tensor:
    """tf.nn.depthwise_conv2d: ``filter`` is ``(kh, kw, C, multiplier)``."""
    x, w = binary(input, filter, "DepthwiseConv2dNative")
    kh, kw, c, m = w.shape
    g = ivy.reshape(w._ivy, (kh, kw, 1, c * m))
    return convolution(x, Tensor(g), strides, padding, data_format or "NHWC", dilations)


def _pool(kind: str, input: Any, ksize: Any, strides: Any, padding: Any, data_format: str | None, n: int) -> Tensor:
    x = _t(input)
    n = x.ndim - 2
    cl = data_format is None or not data_format.startswith("NC")
    ks, st = _tuple(ksize, n, cl), _tuple(strides, n, cl)
    pads = _explicit(padding, x._ivy, ks, st, (1,) * n, cl)
    a = x._ivy
    full = ((0, 0), *pads, (0, 0)) if cl else ((0, 0), (0, 0), *pads)
    padded = any(p != (0, 0) for p in pads)
    if kind == "max":
        if padded:
            a = ivy.pad(a, full, value=float("-inf") if x.dtype.is_floating else ivy.iinfo(a.dtype).min)
        return Tensor(ivy.nn.max_pool(a, ks, stride=st, channels_last=cl))
    if not padded:
        return Tensor(ivy.nn.avg_pool(a, ks, stride=st, channels_last=cl))
    s = ivy.nn.avg_pool(ivy.pad(a, full, value=0), ks, stride=st, channels_last=cl)
    ones = ivy.pad(ivy.ones_like(a), full, value=0)
    cnt = ivy.nn.avg_pool(ones, ks, stride=st, channels_last=cl)
    return Tensor(ivy.divide(s, cnt))


def max_pool(input: Any, ksize: Any, strides: Any, padding: Any, data_format: Any = None, name: Any = None) -> Tensor:
    """tf.nn.max_pool (N-d from the input's rank)."""
    return _pool("max", input, ksize, strides, padding, data_format, 0)


def avg_pool(input: Any, ksize: Any, strides: Any, padding: Any, data_format: Any = None, name: Any = None) -> Tensor:
    """tf.nn.avg_pool: SAME padding is left out of each window's count."""
    return _pool("avg", input, ksize, strides, padding, data_format, 0)


def max_pool1d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NWC", name: Any = None
) -> Tensor:
    """tf.nn.max_pool1d."""
    return max_pool(input, ksize, strides, padding, data_format)


def max_pool2d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NHWC", name: Any = None
) -> Tensor:
    """tf.nn.max_pool2d."""
    return max_pool(input, ksize, strides, padding, data_format)


def max_pool3d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NDHWC", name: Any = None
) -> Tensor:
    """tf.nn.max_pool3d."""
    return max_pool(input, ksize, strides, padding, data_format)


def avg_pool1d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NWC", name: Any = None
) -> Tensor:
    """tf.nn.avg_pool1d."""
    return avg_pool(input, ksize, strides, padding, data_format)


def avg_pool2d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NHWC", name: Any = None
) -> Tensor:
    """tf.nn.avg_pool2d."""
    return avg_pool(input, ksize, strides, padding, data_format)


def avg_pool3d(
    input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = "NDHWC", name: Any = None
) -> Tensor:
    """tf.nn.avg_pool3d."""
    return avg_pool(input, ksize, strides, padding, data_format)


def batch_normalization(
    x: Any, mean: Any, variance: Any, offset: Any, scale: Any, variance_epsilon: float, name: str | None = None
) -> Tensor:
    """tf.nn.batch_normalization: ``(x - mean) * rsqrt(variance + eps) * scale + offset``."""
    t = _t(x)
    a = t._ivy
    inv = ivy.reciprocal(ivy.sqrt(ivy.add(_t(variance)._ivy, ivy.full_like(_t(variance)._ivy, variance_epsilon))))
    if scale is not None:
        inv = ivy.multiply(inv, _t(scale)._ivy)
    out = ivy.add(
        ivy.multiply(a, inv),
        ivy.subtract(_t(offset)._ivy, ivy.multiply(_t(mean)._ivy, inv))
        if offset is not None
        else ivy.negative(ivy.multiply(_t(mean)._ivy, inv)),
    )
    return Tensor(ivy.astype(out, a.dtype))


def moments(x: Any, axes: Any, shift: Any = None, keepdims: bool = False, name: str | None = None) -> Any:
    """tf.nn.moments: (mean, variance) over ``axes``."""
    t = _t(x)
    ax = _axes(axes, t.ndim)
    mean = ivy.mean(t._ivy, axis=ax, keepdims=True)
    var = ivy.mean(ivy.square(ivy.subtract(t._ivy, mean)), axis=ax, keepdims=True)
    if not keepdims:
        mean, var = ivy.squeeze(mean, ax), ivy.squeeze(var, ax)
    return Tensor(mean), Tensor(var)


def dropout(x: Any, rate: float, noise_shape: Any = None, seed: Any = None, name: str | None = None) -> Tensor:
    """tf.nn.dropout: zero with probability ``rate``, scale the rest by ``1 / (1 - rate)``."""
    from ivy_frontends.tensorflow.random import _next_seed

    t = _float(x, "Dropout")
    return Tensor(ivy.nn.dropout(t._ivy, float(rate), training=True, seed=_next_seed(seed)))


def softmax_cross_entropy_with_logits(labels: Any, logits: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """tf.nn.softmax_cross_entropy_with_logits: ``-sum(labels * log_softmax(logits))``."""
    lab, lg = binary(labels, logits, "SoftmaxCrossEntropyWithLogits")
    return Tensor(ivy.negative(ivy.sum(ivy.multiply(lab._ivy, ivy.nn.log_softmax(lg._ivy, axis=axis)), axis=axis)))


def sparse_softmax_cross_entropy_with_logits(labels: Any, logits: Any, name: str | None = None) -> Tensor:
    """tf.nn.sparse_softmax_cross_entropy_with_logits: integer class labels."""
    lg = _float(logits, "SparseSoftmaxCrossEntropyWithLogits")
    lab = _t(labels)._ivy
    n = lg.shape[-1]
    if lab.size and (bool(ivy.any(ivy.less(lab, 0))) or bool(ivy.any(ivy.greater_equal(lab, n)))):
        raise InvalidArgumentError(f"Received a label value outside the valid range of [0, {n})")
    lsm = ivy.nn.log_softmax(lg._ivy, axis=-1)
    picked = ivy.take_along_axis(lsm, ivy.expand_dims(ivy.astype(lab, ivy.int64), axis=-1), axis=-1)
    return Tensor(ivy.negative(ivy.squeeze(picked, -1)))


def sigmoid_cross_entropy_with_logits(labels: Any = None, logits: Any = None, name: str | None = None) -> Tensor:
    """tf.nn.sigmoid_cross_entropy_with_logits: ``max(x, 0) - x * z + log1p(exp(-|x|))``."""
    z, x = binary(labels, logits, "SigmoidCrossEntropyWithLogits")
    a, b = x._ivy, z._ivy
    return Tensor(
        ivy.add(
            ivy.subtract(ivy.maximum(a, ivy.zeros_like(a)), ivy.multiply(a, b)),
            ivy.log1p(ivy.exp(ivy.negative(ivy.abs(a)))),
        )
    )


def weighted_cross_entropy_with_logits(labels: Any, logits: Any, pos_weight: Any, name: str | None = None) -> Tensor:
    """tf.nn.weighted_cross_entropy_with_logits."""
    z, x = binary(labels, logits, "WeightedCrossEntropy")
    a, b = x._ivy, z._ivy
    q = ivy.full_like(a, float(_t(pos_weight)))
    lw = ivy.add(ivy.ones_like(a), ivy.multiply(ivy.subtract(q, ivy.ones_like(a)), b))
    soft = ivy.add(ivy.log1p(ivy.exp(ivy.negative(ivy.abs(a)))), ivy.maximum(ivy.negative(a), ivy.zeros_like(a)))
    return Tensor(ivy.add(ivy.multiply(ivy.subtract(ivy.ones_like(a), b), a), ivy.multiply(lw, soft)))


def l2_loss(t: Any, name: str | None = None) -> Tensor:
    """tf.nn.l2_loss: ``sum(t ** 2) / 2``."""
    a = _t(t)._ivy
    return Tensor(ivy.divide(ivy.sum(ivy.square(a)), ivy.asarray(2, dtype=a.dtype)))


def embedding_lookup(params: Any, ids: Any, max_norm: Any = None, name: str | None = None) -> Tensor:
    """tf.nn.embedding_lookup (one table)."""
    from ivy_frontends.tensorflow._core import gather

    return gather(params, ids)


def normalize_moments(counts: Any, mean_ss: Any, variance_ss: Any, shift: Any, name: Any = None) -> Any:
    """tf.nn.normalize_moments: mean and variance from sufficient statistics."""
    c = _t(counts)._ivy
    mean = ivy.divide(_t(mean_ss)._ivy, c)
    var = ivy.subtract(ivy.divide(_t(variance_ss)._ivy, c), ivy.square(mean))
    if shift is not None:
        mean = ivy.add(mean, _t(shift)._ivy)
    return Tensor(mean), Tensor(var)


def local_response_normalization(
    input: Any, depth_radius: int = 5, bias: float = 1.0, alpha: float = 1.0, beta: float = 0.5, name: Any = None
) -> Tensor:
    """tf.nn.local_response_normalization over the last axis."""
    a = _t(input)._ivy
    sq = ivy.square(a)
    c = a.shape[-1]
    padded = ivy.pad(sq, ((0, 0),) * (a.ndim - 1) + ((depth_radius, depth_radius),))
    acc = ivy.zeros_like(a)
    for i in range(2 * depth_radius + 1):
        acc = ivy.add(acc, padded[..., i : i + c])
    den = ivy.pow(ivy.add(ivy.full_like(a, bias), ivy.multiply(ivy.full_like(a, alpha), acc)), ivy.full_like(a, beta))
    return Tensor(ivy.divide(a, den))


lrn = local_response_normalization


def compute_average_loss(per_example_loss: Any, sample_weight: Any = None, global_batch_size: Any = None) -> Tensor:
    """tf.nn.compute_average_loss: sum of the (weighted) losses over the batch size."""
    a = _t(per_example_loss)._ivy
    if sample_weight is not None:
        a = ivy.multiply(a, _t(sample_weight)._ivy)
    n = global_batch_size if global_batch_size is not None else a.shape[0]
    return Tensor(ivy.divide(ivy.sum(a), ivy.asarray(float(n), dtype=a.dtype)))


def log_poisson_loss(targets: Any, log_input: Any, compute_full_loss: bool = False, name: Any = None) -> Tensor:
    """tf.nn.log_poisson_loss (Stirling term when ``compute_full_loss``)."""
    z, c = binary(targets, log_input, "LogPoissonLoss")
    out = ivy.subtract(ivy.exp(c._ivy), ivy.multiply(c._ivy, z._ivy))
    if compute_full_loss:
        zz = z._ivy
        st = ivy.add(
            ivy.subtract(ivy.multiply(zz, ivy.log(zz)), zz),
            ivy.multiply(ivy.full_like(zz, 0.5), ivy.log(ivy.multiply(ivy.full_like(zz, 2 * _pymath.pi), zz))),
        )
        out = ivy.add(out, ivy.where(ivy.greater(zz, ivy.ones_like(zz)), st, ivy.zeros_like(zz)))
    return Tensor(out)


TopK = namedtuple("TopK", ["values", "indices"])
__all__ = [
    n
    for n in dir()
    if not n.startswith("_")
    and n
    not in (
        "Any",
        "annotations",
        "ivy",
        "namedtuple",
        "M",
        "Tensor",
        "InvalidArgumentError",
        "TopK",
        "as_tensor",
        "binary",
    )
]
