# ruff: noqa: A002 - TensorFlow's own argument names (input, filter, ...)
"""``tf.nn``: activations, convolutions and pooling (NHWC/NCHW, SAME/VALID), normalisation and losses."""

from __future__ import annotations

import math as _pymath
from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared import signatures as _sg
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


#: the trailing arguments of TF's conv ops, with no default layout and with NHWC as the default
_LAYOUT = _sg.params(data_format=None, dilations=None, name=None)
_NHWC = _sg.params(data_format="NHWC", dilations=None, name=None)


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


def _convolution(input: Any, filters: Any, strides: Any, padding: Any, data_format: Any, dilations: Any) -> Tensor:
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


convolution = _sg.signed(
    "convolution", _sg.params("input", "filters", strides=None, padding="VALID") + _LAYOUT, _convolution
)


def _conv1d(input: Any, filters: Any, stride: Any, padding: Any, data_format: str, dilations: Any) -> Tensor:
    """tf.nn.conv1d (``NWC`` or ``NCW``)."""
    return _convolution(input, filters, stride, padding, data_format, dilations)


_CONV1D = _sg.params("input", "filters", stride=1, padding="VALID", data_format="NWC", dilations=None, name=None)
conv1d = _sg.signed("conv1d", _CONV1D, _conv1d)


def _conv_nd(label: str, layout: str) -> Any:
    """``tf.nn.conv{2,3}d``: ``convolution`` with ``layout`` as the default data format."""
    sig = _sg.params("input", "filters", "strides", "padding", data_format=layout, dilations=None, name=None)
    return _sg.signed(
        label, sig, _convolution, f"tf.nn.{label} (``{layout}`` by default; SAME, VALID or explicit padding)."
    )


conv2d = _conv_nd("conv2d", "NHWC")
conv3d = _conv_nd("conv3d", "NDHWC")


def _depthwise_conv2d(input: Any, filter: Any, strides: Any, padding: Any, data_format: Any, dilations: Any) -> Tensor:
    """tf.nn.depthwise_conv2d: ``filter`` is ``(kh, kw, C, multiplier)``."""
    x, w = binary(input, filter, "DepthwiseConv2dNative")
    kh, kw, c, m = w.shape
    g = ivy.reshape(w._ivy, (kh, kw, 1, c * m))
    return convolution(x, Tensor(g), strides, padding, data_format or "NHWC", dilations)


depthwise_conv2d = _sg.signed(
    "depthwise_conv2d", _sg.params("input", "filter", "strides", "padding") + _LAYOUT, _depthwise_conv2d
)


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


def _pool_nd(label: str, pool: Any, layout: str) -> Any:
    """``tf.nn.{max,avg}_pool{1,2,3}d``: ``pool`` with ``layout`` as the default data format."""

    def op(input: Any, ksize: Any, strides: Any, padding: Any, data_format: str = layout, name: Any = None) -> Tensor:
        return pool(input, ksize, strides, padding, data_format)

    op.__name__ = op.__qualname__ = label
    op.__doc__ = f"tf.nn.{label} (``{layout}`` by default)."
    return op


max_pool1d = _pool_nd("max_pool1d", max_pool, "NWC")
max_pool2d = _pool_nd("max_pool2d", max_pool, "NHWC")
max_pool3d = _pool_nd("max_pool3d", max_pool, "NDHWC")
avg_pool1d = _pool_nd("avg_pool1d", avg_pool, "NWC")
avg_pool2d = _pool_nd("avg_pool2d", avg_pool, "NHWC")
avg_pool3d = _pool_nd("avg_pool3d", avg_pool, "NDHWC")


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


approx_max_k = M["approx_max_k"]
approx_min_k = M["approx_min_k"]
zero_fraction = M["zero_fraction"]


def atrous_conv2d(value: Any, filters: Any, rate: int, padding: str, name: Any = None) -> Tensor:
    """tf.nn.atrous_conv2d: ``conv2d`` with ``rate`` as the dilation."""
    return convolution(value, filters, 1, padding, "NHWC", int(rate))


def _dilate(a: Any, axis: int, s: int) -> Any:
    """``s - 1`` zeros between the entries of ``a`` along ``axis``."""
    if s == 1:
        return a
    n = a.shape[axis]
    moved = ivy.moveaxis(a, axis, -1)
    z = ivy.zeros((*tuple(moved.shape), s - 1), dtype=a.dtype)
    inter = ivy.reshape(ivy.concat([ivy.expand_dims(moved, axis=-1), z], axis=-1), (*tuple(moved.shape[:-1]), n * s))
    return ivy.moveaxis(inter[..., : (n - 1) * s + 1], -1, axis)


def _conv_input_grad(
    dy: Any, w: Any, x_shape: tuple[int, ...], st: Any, padding: Any, dl: Any, cl: bool, groups: int
) -> Any:
    """The gradient of a convolution with respect to its input: a transposed convolution.

    ``w`` is ``(out_of_transpose, in_of_transpose / groups, *kernel)``, already flipped and regrouped."""
    n = len(st)
    ks = tuple(w.shape[2:])
    pads = _explicit(padding, ivy.zeros(x_shape, dtype=dy.dtype), ks, st, dl, cl)
    spatial = x_shape[1:-1] if cl else x_shape[2:]
    first = 1 if cl else 2
    a = dy
    full = []
    for i in range(n):
        a = _dilate(a, first + i, st[i])
        eff = (ks[i] - 1) * dl[i] + 1
        total = pads[i][0] + spatial[i] + pads[i][1]
        right = total - (dy.shape[first + i] - 1) * st[i] - 1
        full.append((eff - 1, right))
    out = ivy.nn.conv(a, w, stride=1, padding=tuple(full), dilation=dl, groups=groups, channels_last=cl)
    key = [slice(None)] * out.ndim
    for i in range(n):
        key[first + i] = slice(pads[i][0], pads[i][0] + spatial[i])
    return out[tuple(key)]


def _flip_kernel(k: Any, n: int) -> Any:
    return ivy.flip(k, axis=tuple(range(2, 2 + n)))


def _conv_transpose(
    input: Any, filters: Any, output_shape: Any, strides: Any, padding: str, data_format: Any, dilations: Any
) -> Tensor:
    """tf.nn.conv_transpose: the input gradient of ``convolution`` (``filters`` ``(*k, out, in)``)."""
    x, w = binary(input, filters, "Conv2DBackpropInput")
    n = w.ndim - 2
    cl = data_format is None or not data_format.startswith("NC")
    st, dl = _tuple(strides, n, cl), _tuple(dilations, n, cl)
    shape = tuple(int(v) for v in (_t(output_shape).numpy().reshape(-1).tolist()))
    kernel = _flip_kernel(ivy.permute_dims(w._ivy, (n, n + 1, *tuple(range(n)))), n)
    return Tensor(_conv_input_grad(x._ivy, kernel, shape, st, padding, dl, cl, 1))


_TRANSPOSE = _sg.params("input", "filters", "output_shape", "strides", padding="SAME")
conv_transpose = _sg.signed("conv_transpose", _TRANSPOSE + _LAYOUT, _conv_transpose)


def _transpose_nd(label: str, layout: str) -> Any:
    """``tf.nn.conv{1,2,3}d_transpose``: ``conv_transpose`` with ``layout`` as the default data format."""
    sig = _TRANSPOSE + _sg.params(data_format=layout, dilations=None, name=None)
    return _sg.signed(label, sig, _conv_transpose, f"tf.nn.{label} (``{layout}`` by default).")


conv1d_transpose = _transpose_nd("conv1d_transpose", "NWC")
conv2d_transpose = _transpose_nd("conv2d_transpose", "NHWC")
conv3d_transpose = _transpose_nd("conv3d_transpose", "NDHWC")


def atrous_conv2d_transpose(
    value: Any, filters: Any, output_shape: Any, rate: int, padding: str, name: Any = None
) -> Tensor:
    """tf.nn.atrous_conv2d_transpose: ``conv2d_transpose`` with ``rate`` as the dilation."""
    return conv_transpose(value, filters, output_shape, 1, padding, "NHWC", int(rate))


def _depthwise_input_grad(
    input_sizes: Any, filter: Any, out_backprop: Any, strides: Any, padding: Any, data_format: str, dilations: Any
) -> Tensor:
    """tf.nn.depthwise_conv2d_backprop_input: the input gradient of ``depthwise_conv2d``."""
    w, dy = binary(filter, out_backprop, "DepthwiseConv2dNativeBackpropInput")
    _kh, _kw, c, _m = w.shape
    cl = not data_format.startswith("NC")
    st, dl = _tuple(strides, 2, cl), _tuple(dilations, 2, cl)
    shape = tuple(int(v) for v in _t(input_sizes).numpy().reshape(-1).tolist())
    kernel = _flip_kernel(ivy.permute_dims(w._ivy, (2, 3, 0, 1)), 2)  # (C, M, kh, kw): C groups of M inputs
    return Tensor(_conv_input_grad(dy._ivy, kernel, shape, st, padding, dl, cl, c))


_BACKPROP = ("out_backprop", "strides", "padding")
depthwise_conv2d_backprop_input = _sg.signed(
    "depthwise_conv2d_backprop_input", _sg.params("input_sizes", "filter", *_BACKPROP) + _NHWC, _depthwise_input_grad
)


def _windows(x: Any, ks: tuple[int, ...], st: tuple[int, ...], dl: tuple[int, ...], out: tuple[int, ...]) -> list[Any]:
    """Channels-last slices of padded ``x``, one per kernel offset, each ``(N, *out, C)``."""
    import itertools

    found = []
    for offs in itertools.product(*[range(k) for k in ks]):
        key = [slice(None)]
        for i, o in enumerate(offs):
            start = o * dl[i]
            key.append(slice(start, start + (out[i] - 1) * st[i] + 1, st[i]))
        found.append(x[(*key, slice(None))])
    return found


def _filter_grad(
    x: Any, dy: Any, ks: tuple[int, ...], st: Any, padding: Any, dl: Any, cl: bool, depthwise: int = 0
) -> Any:
    """The gradient of a convolution with respect to its filter, ``(*k, C_in, C_out)`` (or ``(*k, C, M)``)."""
    n = len(ks)
    if not cl:
        x = ivy.moveaxis(x, 1, -1)
        dy = ivy.moveaxis(dy, 1, -1)
    pads = _explicit(padding, x, ks, st, dl, True)
    xp = ivy.pad(x, ((0, 0), *pads, (0, 0)))
    out = tuple(dy.shape[1:-1])
    grads = []
    for win in _windows(xp, ks, st, dl, out):
        if depthwise:
            c = win.shape[-1]
            g = ivy.reshape(dy, (*tuple(dy.shape[:-1]), c, depthwise))
            grads.append(ivy.sum(ivy.multiply(ivy.expand_dims(win, axis=-1), g), axis=tuple(range(n + 1))))
        else:
            grads.append(ivy.tensordot(win, dy, axes=(tuple(range(n + 1)), tuple(range(n + 1)))))
    stacked = ivy.stack(grads, axis=0)
    return ivy.reshape(stacked, (*ks, *tuple(stacked.shape[1:])))


def _depthwise_filter_grad(
    input: Any, filter_sizes: Any, out_backprop: Any, strides: Any, padding: Any, data_format: str, dilations: Any
) -> Tensor:
    """tf.nn.depthwise_conv2d_backprop_filter: the filter gradient of ``depthwise_conv2d``."""
    x, dy = binary(input, out_backprop, "DepthwiseConv2dNativeBackpropFilter")
    size = [int(v) for v in _t(filter_sizes).numpy().reshape(-1).tolist()]
    cl = not data_format.startswith("NC")
    st, dl = _tuple(strides, 2, cl), _tuple(dilations, 2, cl)
    return Tensor(_filter_grad(x._ivy, dy._ivy, tuple(size[:2]), st, padding, dl, cl, depthwise=size[3]))


depthwise_conv2d_backprop_filter = _sg.signed(
    "depthwise_conv2d_backprop_filter",
    _sg.params("input", "filter_sizes", *_BACKPROP) + _NHWC,
    _depthwise_filter_grad,
)


def _as_nhwc(input: Any, data_format: str, move: Any) -> Tensor:
    """``move`` (an NHWC to NHWC rearrangement) on ``input``, an NCHW one converted there and back."""
    a = _t(input)._ivy
    nchw = data_format == "NCHW"
    out = move(ivy.permute_dims(a, (0, 2, 3, 1)) if nchw else a)
    return Tensor(ivy.permute_dims(out, (0, 3, 1, 2)) if nchw else out)


def depth_to_space(input: Any, block_size: int, data_format: str = "NHWC", name: Any = None) -> Tensor:
    """tf.nn.depth_to_space: channel blocks ``(b, b, C / b^2)`` moved into the spatial axes."""
    b = int(block_size)

    def move(a: Any) -> Any:
        n, h, w, c = a.shape
        if c % (b * b):
            raise InvalidArgumentError(f"Input depth dimension {c} should be divisible by: {b * b}")
        blocks = ivy.permute_dims(ivy.reshape(a, (n, h, w, b, b, c // (b * b))), (0, 1, 3, 2, 4, 5))
        return ivy.reshape(blocks, (n, h * b, w * b, c // (b * b)))

    return _as_nhwc(input, data_format, move)


def space_to_depth(input: Any, block_size: int, data_format: str = "NHWC", name: Any = None) -> Tensor:
    """tf.nn.space_to_depth: ``b x b`` spatial blocks moved into the channels."""
    b = int(block_size)

    def move(a: Any) -> Any:
        n, h, w, c = a.shape
        if h % b or w % b:
            raise InvalidArgumentError(f"Image width {w} and height {h} should be divisible by block_size: {b}")
        blocks = ivy.permute_dims(ivy.reshape(a, (n, h // b, b, w // b, b, c)), (0, 1, 3, 2, 4, 5))
        return ivy.reshape(blocks, (n, h // b, w // b, b * b * c))

    return _as_nhwc(input, data_format, move)


def space_to_batch(input: Any, block_shape: Any, paddings: Any, name: Any = None) -> Tensor:
    """tf.nn.space_to_batch: ``tf.space_to_batch_nd``."""
    from ivy_frontends.tensorflow._more import space_to_batch_nd

    return space_to_batch_nd(input, block_shape, paddings)


def _morph(x: Any, f: Any, strides: Any, rates: Any, padding: str, sign: float) -> Any:
    """Grayscale dilation (``sign=1``): ``max`` over the window of ``x + f``."""
    ks = tuple(f.shape[:2])
    st, dl = _tuple(strides, 2, True), _tuple(rates, 2, True)
    pads = _explicit(padding, x, ks, st, dl, True)
    xp = ivy.pad(x, ((0, 0), *pads, (0, 0)), value=float("-inf"))
    out = tuple(((xp.shape[1 + i] - ((ks[i] - 1) * dl[i] + 1)) // st[i]) + 1 for i in range(2))
    best = None
    for j, win in enumerate(_windows(xp, ks, st, dl, out)):
        v = ivy.add(win, f[j // ks[1], j % ks[1]])
        best = v if best is None else ivy.maximum(best, v)
    return best


#: tf.nn.dilation2d and erosion2d: what each computes (both NHWC)
_MORPH_DOCS = {
    "dilation2d": "``max`` over each window of ``input + filters``",
    "erosion2d": "``min`` over each window of ``value - filters`` reversed",
}


def _morph_op(label: str, first: str, op: str, erode: bool) -> Any:
    """``tf.nn.dilation2d``/``erosion2d``: grayscale dilation, erosion as ``-dilation(-x)`` with the filter flipped."""

    def impl(**a: Any) -> Tensor:
        x, f = binary(a[first], a["filters"], op)
        if a["data_format"] != "NHWC":
            raise ValueError(f"Data formats other than NHWC are not yet supported, got {a['data_format']}")
        xa, fa = (ivy.negative(x._ivy), ivy.flip(f._ivy, axis=(0, 1))) if erode else (x._ivy, f._ivy)
        out = _morph(xa, fa, a["strides"], a["dilations"], a["padding"], 1.0)
        return Tensor(ivy.negative(out) if erode else out)

    sig = _sg.params(first, "filters", "strides", "padding") + _NHWC
    return _sg.signed(label, sig, impl, f"tf.nn.{label}: {_MORPH_DOCS[label]} (NHWC).")


dilation2d = _morph_op("dilation2d", "input", "Dilation2D", False)
erosion2d = _morph_op("erosion2d", "value", "Erosion2D", True)


def max_pool_with_argmax(
    input: Any,
    ksize: Any,
    strides: Any,
    padding: str,
    data_format: str = "NHWC",
    output_dtype: Any = "int64",
    include_batch_in_index: bool = False,
    name: Any = None,
) -> Any:
    """tf.nn.max_pool_with_argmax: the max pool and each maximum's flat index ``(y * W + x) * C + c``."""
    from ivy_frontends.tensorflow._dtypes import as_dtype

    x = _t(input)._ivy
    n, h, w, c = x.shape
    ks, st = _tuple(ksize, 2, True), _tuple(strides, 2, True)
    pads = _explicit(padding, x, ks, st, (1, 1), True)
    xp = ivy.pad(x, ((0, 0), *pads, (0, 0)), value=float("-inf"))
    out = tuple(((xp.shape[1 + i] - ks[i]) // st[i]) + 1 for i in range(2))
    wins = ivy.stack(_windows(xp, ks, st, (1, 1), out), axis=0)
    which = ivy.argmax(wins, axis=0)
    dy, dx = ivy.floor_divide(which, ivy.full_like(which, ks[1])), ivy.remainder(which, ivy.full_like(which, ks[1]))
    oy = ivy.reshape(
        ivy.multiply(ivy.arange(out[0], dtype=which.dtype), ivy.full((out[0],), st[0], dtype=which.dtype)),
        (1, out[0], 1, 1),
    )
    ox = ivy.reshape(
        ivy.multiply(ivy.arange(out[1], dtype=which.dtype), ivy.full((out[1],), st[1], dtype=which.dtype)),
        (1, 1, out[1], 1),
    )
    y = ivy.subtract(ivy.add(oy, dy), ivy.full_like(dy, pads[0][0]))
    xx = ivy.subtract(ivy.add(ox, dx), ivy.full_like(dx, pads[1][0]))
    ch = ivy.reshape(ivy.arange(c, dtype=which.dtype), (1, 1, 1, c))
    flat = ivy.add(ivy.multiply(ivy.add(ivy.multiply(y, ivy.full_like(y, w)), xx), ivy.full_like(y, c)), ch)
    if include_batch_in_index:
        b = ivy.reshape(ivy.arange(n, dtype=which.dtype), (n, 1, 1, 1))
        flat = ivy.add(flat, ivy.multiply(b, ivy.full_like(b, h * w * c)))
    return namedtuple("MaxPoolWithArgmax", ["output", "argmax"])(
        Tensor(ivy.max(wins, axis=0)), Tensor(ivy.astype(flat, as_dtype(output_dtype)._ivy))
    )


def _pool_any(
    input: Any, window_shape: Any, pooling_type: str, strides: Any, padding: str, data_format: Any, dilations: Any
) -> Tensor:
    """tf.nn.pool: N-d ``MAX`` or ``AVG`` pooling (no dilation)."""
    if dilations is not None and any(int(v) != 1 for v in ([dilations] if isinstance(dilations, int) else dilations)):
        raise NotImplementedError("tf.nn.pool with dilations is not emulated")
    kind = pooling_type.upper()
    if kind not in ("MAX", "AVG"):
        raise ValueError(f"Invalid pooling_type: {pooling_type}")
    return (max_pool if kind == "MAX" else avg_pool)(
        input, window_shape, strides if strides is not None else 1, padding, data_format
    )


pool = _sg.signed(
    "pool", _sg.params("input", "window_shape", "pooling_type", strides=None, padding="VALID") + _LAYOUT, _pool_any
)


def _separable_conv2d(**a: Any) -> Tensor:
    """tf.nn.separable_conv2d: ``depthwise_conv2d`` then a 1x1 ``conv2d``."""
    mid = depthwise_conv2d(
        a["input"], a["depthwise_filter"], a["strides"], a["padding"], a["data_format"], a["dilations"]
    )
    return conv2d(mid, a["pointwise_filter"], 1, "VALID", a["data_format"] or "NHWC")


_SEPARABLE = _sg.params("input", "depthwise_filter", "pointwise_filter", "strides", "padding") + _LAYOUT
separable_conv2d = _sg.signed("separable_conv2d", _SEPARABLE, _separable_conv2d)


def batch_norm_with_global_normalization(
    input: Any = None,
    mean: Any = None,
    variance: Any = None,
    beta: Any = None,
    gamma: Any = None,
    variance_epsilon: Any = None,
    scale_after_normalization: Any = None,
    name: Any = None,
) -> Tensor:
    """tf.nn.batch_norm_with_global_normalization: ``batch_normalization`` (``gamma`` used if scaling)."""
    return batch_normalization(
        input, mean, variance, beta, gamma if scale_after_normalization else None, variance_epsilon
    )


def sufficient_statistics(x: Any, axes: Any, shift: Any = None, keepdims: bool = False, name: Any = None) -> Any:
    """tf.nn.sufficient_statistics: (count, sum of ``x - shift``, sum of squares, shift)."""
    t = _t(x)
    ax = _axes(axes, t.ndim)
    a = t._ivy
    count = 1
    for i in ax:
        count *= t.shape[i]
    if shift is not None:
        a = ivy.subtract(a, _t(shift)._ivy)
    m = ivy.sum(a, axis=ax, keepdims=keepdims)
    v = ivy.sum(ivy.square(a), axis=ax, keepdims=keepdims)
    return (
        Tensor(ivy.asarray(float(count), dtype=t._ivy.dtype)),
        Tensor(m),
        Tensor(v),
        (None if shift is None else _t(shift)),
    )


def weighted_moments(x: Any, axes: Any, frequency_weights: Any, keepdims: bool = False, name: Any = None) -> Any:
    """tf.nn.weighted_moments: the frequency-weighted mean and variance over ``axes``."""
    t, w = binary(x, frequency_weights, "WeightedMoments")
    ax = _axes(axes, t.ndim)
    a, wa = t._ivy, ivy.broadcast_to(w._ivy, ivy.broadcast_shapes(tuple(t.shape), tuple(w.shape)))
    a = ivy.broadcast_to(a, wa.shape)
    total = ivy.sum(wa, axis=ax, keepdims=True)
    div = ivy.where(ivy.equal(total, ivy.zeros_like(total)), ivy.ones_like(total), total)
    mean = ivy.divide(ivy.sum(ivy.multiply(a, wa), axis=ax, keepdims=True), div)
    var = ivy.divide(ivy.sum(ivy.multiply(wa, ivy.square(ivy.subtract(a, mean))), axis=ax, keepdims=True), div)
    if not keepdims:
        mean, var = ivy.squeeze(mean, ax), ivy.squeeze(var, ax)
    return Tensor(mean), Tensor(var)


def scale_regularization_loss(regularization_loss: Any) -> Tensor:
    """tf.nn.scale_regularization_loss: the (summed) loss over the replica count, 1 outside a strategy."""
    if isinstance(regularization_loss, (list, tuple)):
        regularization_loss = M["add_n"](regularization_loss)
    return _t(regularization_loss)


def all_candidate_sampler(
    true_classes: Any, num_true: int, num_sampled: int, unique: bool, seed: Any = None, name: Any = None
) -> Any:
    """tf.nn.all_candidate_sampler: every class ``0..num_sampled-1``, each expected once."""
    tc = _t(true_classes)._ivy
    return (
        Tensor(ivy.arange(int(num_sampled), dtype=ivy.int64)),
        Tensor(ivy.ones(tuple(tc.shape), dtype=ivy.float32)),
        Tensor(ivy.ones((int(num_sampled),), dtype=ivy.float32)),
    )


def compute_accidental_hits(
    true_classes: Any, sampled_candidates: Any, num_true: int, seed: Any = None, name: Any = None
) -> Any:
    """tf.nn.compute_accidental_hits: ``(row, position in the sample, -FLT_MAX)`` for each true class sampled."""
    tc = _t(true_classes).numpy()
    sc = _t(sampled_candidates).numpy().reshape(-1).tolist()
    where = {int(c): j for j, c in enumerate(sc)}  # TF's map: a candidate sampled twice counts at its last position
    hits = [(i, where[int(c)], int(c)) for i in range(tc.shape[0]) for c in tc[i].reshape(-1) if int(c) in where]
    rows = ivy.asarray([h[0] for h in hits], dtype=ivy.int32)
    ids = ivy.asarray([h[1] for h in hits], dtype=ivy.int64)
    weights = ivy.full((len(hits),), -ivy.finfo(ivy.float32).max, dtype=ivy.float32)
    return Tensor(rows), Tensor(ids), Tensor(weights)


def collapse_repeated(labels: Any, seq_length: Any, name: Any = None) -> tuple[Tensor, Tensor]:
    """tf.nn.collapse_repeated: runs of repeated labels merged, within each row's length; zero padded."""
    lab, lens = _t(labels)._ivy, _t(seq_length)._ivy
    b, t = lab.shape
    pos = ivy.reshape(ivy.arange(t, dtype=lens.dtype), (1, t))
    inside = ivy.less(pos, ivy.expand_dims(lens, axis=-1))
    change = ivy.concat([ivy.ones((b, 1), dtype=ivy.bool), ivy.not_equal(lab[:, 1:], lab[:, :-1])], axis=1)
    keep = ivy.logical_and(change, inside)
    new_len = ivy.sum(ivy.astype(keep, ivy.int32), axis=1)
    width = int(ivy.max(new_len)) if b else 0
    slot = ivy.subtract(ivy.cumulative_sum(ivy.astype(keep, ivy.int64), axis=1), ivy.ones((b, t), dtype=ivy.int64))
    where = ivy.nonzero(keep)
    out = ivy.zeros((b, width), dtype=lab.dtype)
    out = ivy.index_put(out, (where[0], slot[where]), lab[where], accumulate=False)
    return Tensor(out), Tensor(ivy.astype(new_len, lens.dtype))


def ctc_unique_labels(labels: Any, name: Any = None) -> tuple[Tensor, Tensor]:
    """tf.nn.ctc_unique_labels: each row's unique labels (int64, zero padded) and every label's index (int32)."""
    from ivy_frontends.tensorflow._core import unique

    lab = _t(labels)
    rows_u, rows_i = [], []
    width = lab.shape[1]
    for r in range(lab.shape[0]):
        y, i = unique(Tensor(lab._ivy[r]), out_idx="int64")
        rows_u.append(ivy.pad(y._ivy, ((0, width - y.shape[0]),)))
        rows_i.append(i._ivy)
    return Tensor(ivy.astype(ivy.stack(rows_u, axis=0), ivy.int64)), Tensor(
        ivy.astype(ivy.stack(rows_i, axis=0), ivy.int32)
    )


def _ctc_loss(
    labels: Any, logits: Any, label_length: Any, logit_length: Any, logits_time_major: bool, blank_index: Any
) -> Tensor:
    """tf.nn.ctc_loss for dense labels: the negative log-likelihood of each label sequence (forward algorithm)."""
    lg = _float(logits, "CTCLoss")
    x = lg._ivy if logits_time_major else ivy.permute_dims(lg._ivy, (1, 0, 2))
    t_max, b, k = x.shape
    blank = 0 if blank_index is None else int(blank_index) % k
    lab = ivy.astype(_t(labels)._ivy, ivy.int64)
    llen = ivy.astype(_t(label_length)._ivy, ivy.int64)
    tlen = ivy.astype(_t(logit_length)._ivy, ivy.int64)
    lp = ivy.nn.log_softmax(x, axis=-1)
    u = lab.shape[1]
    s = 2 * u + 1
    pos = ivy.arange(s, dtype=ivy.int64)
    ext = ivy.where(
        ivy.equal(ivy.remainder(pos, ivy.full_like(pos, 2)), ivy.zeros_like(pos)),
        ivy.full((b, s), blank, dtype=ivy.int64),
        ivy.take(
            lab, ivy.minimum(ivy.floor_divide(pos, ivy.full_like(pos, 2)), ivy.full_like(pos, max(u - 1, 0))), axis=1
        ),
    )  # (b, s)
    valid = ivy.less(
        ivy.reshape(pos, (1, s)),
        ivy.expand_dims(ivy.add(ivy.multiply(llen, ivy.full_like(llen, 2)), ivy.ones_like(llen)), axis=-1),
    )
    prev2 = ivy.concat([ivy.full((b, 2), -1, dtype=ivy.int64), ext[:, :-2]], axis=1)
    skip = ivy.logical_and(ivy.not_equal(ext, ivy.full_like(ext, blank)), ivy.not_equal(ext, prev2))
    neg = ivy.full((b, s), float("-inf"), dtype=x.dtype)
    emit0 = ivy.take_along_axis(lp[0], ext, axis=-1)
    alpha = ivy.where(ivy.less(ivy.reshape(pos, (1, s)), ivy.full((1, s), 2, dtype=ivy.int64)), emit0, neg)
    alpha = ivy.where(valid, alpha, neg)
    for step in range(1, t_max):
        a1 = ivy.concat([neg[:, :1], alpha[:, :-1]], axis=1)
        a2 = ivy.where(skip, ivy.concat([neg[:, :2], alpha[:, :-2]], axis=1), neg)
        m = ivy.maximum(ivy.maximum(alpha, a1), a2)
        safe = ivy.where(ivy.isinf(m), ivy.zeros_like(m), m)
        tot = ivy.add(
            safe,
            ivy.log(
                ivy.add(
                    ivy.add(ivy.exp(ivy.subtract(alpha, safe)), ivy.exp(ivy.subtract(a1, safe))),
                    ivy.exp(ivy.subtract(a2, safe)),
                )
            ),
        )
        new = ivy.where(valid, ivy.add(tot, ivy.take_along_axis(lp[step], ext, axis=-1)), neg)
        live = ivy.expand_dims(ivy.less(ivy.full_like(tlen, step), tlen), axis=-1)
        alpha = ivy.where(live, new, alpha)
    end = ivy.expand_dims(ivy.multiply(llen, ivy.full_like(llen, 2)), axis=-1)
    last = ivy.take_along_axis(alpha, end, axis=-1)
    before = ivy.take_along_axis(
        alpha, ivy.maximum(ivy.subtract(end, ivy.ones_like(end)), ivy.zeros_like(end)), axis=-1
    )
    before = ivy.where(ivy.greater(end, ivy.zeros_like(end)), before, ivy.full_like(before, float("-inf")))
    both = ivy.concat([last, before], axis=-1)
    return Tensor(ivy.negative(ivy.logsumexp(both, axis=-1)))


_CTC = _sg.params("labels", "logits", "label_length", "logit_length", logits_time_major=True, unique=None)
ctc_loss = _sg.signed("ctc_loss", _CTC + _sg.params(blank_index=None, name=None), _ctc_loss)


def ctc_greedy_decoder(inputs: Any, sequence_length: Any, merge_repeated: bool = True, blank_index: Any = None) -> Any:
    """tf.nn.ctc_greedy_decoder: best class per step, repeats merged, blanks dropped; ``[SparseTensor]`` and scores."""
    from ivy_frontends.tensorflow._classes import SparseTensor

    x = _float(inputs, "CTCGreedyDecoder")._ivy
    t_max, b, k = x.shape
    blank = k - 1 if blank_index is None else int(blank_index) % k
    lens = _t(sequence_length).numpy().reshape(-1).tolist()
    best = ivy.argmax(x, axis=-1)  # (t, b)
    top = ivy.max(x, axis=-1)
    steps = ivy.less(
        ivy.reshape(ivy.arange(t_max), (t_max, 1)), ivy.reshape(ivy.asarray(lens, dtype=ivy.int64), (1, b))
    )
    score = ivy.negative(ivy.sum(ivy.where(steps, top, ivy.zeros_like(top)), axis=0))
    labels = best.numpy() if hasattr(best, "numpy") else Tensor(best).numpy()
    idx, vals, width = [], [], 0
    for j in range(b):
        prev, row = -1, []
        for t in range(int(lens[j])):
            c = int(labels[t, j])
            if c != blank and not (merge_repeated and c == prev):
                row.append(c)
            prev = c
        for i, c in enumerate(row):
            idx.append([j, i])
            vals.append(c)
        width = max(width, len(row))
    decoded = SparseTensor(
        ivy.asarray(idx, dtype=ivy.int64) if idx else ivy.zeros((0, 2), dtype=ivy.int64),
        ivy.asarray(vals, dtype=ivy.int64) if vals else ivy.zeros((0,), dtype=ivy.int64),
        ivy.asarray([b, width], dtype=ivy.int64),
    )
    return [decoded], Tensor(ivy.expand_dims(score, axis=-1))


def _sparse_rows(sp: Any) -> tuple[Any, Any]:
    """Row ids and values of a 2-d ``SparseTensor``."""
    return sp.indices._ivy[:, 0], sp.values._ivy


def _table(params: Any) -> Any:
    if isinstance(params, (list, tuple)):
        if len(params) != 1:
            raise NotImplementedError("embedding lookups over partitioned params are not emulated")
        params = params[0]
    return _t(params)._ivy


def _combine(table: Any, rows: Any, ids: Any, weights: Any, combiner: str, num_rows: int) -> Any:
    """Per-row ``sum``/``mean``/``sqrtn`` of the weighted embeddings of ``ids``."""
    if combiner not in ("sum", "mean", "sqrtn"):
        raise ValueError(f"combiner must be one of 'mean', 'sqrtn' or 'sum', got {combiner}")
    emb = ivy.take(table, ids, axis=0)
    w = ivy.ones((ids.shape[0],), dtype=table.dtype) if weights is None else ivy.astype(weights, table.dtype)
    hit = ivy.astype(
        ivy.equal(ivy.reshape(ivy.arange(num_rows, dtype=rows.dtype), (num_rows, 1)), ivy.reshape(rows, (1, -1))),
        table.dtype,
    )
    total = ivy.matmul(hit, ivy.multiply(emb, ivy.expand_dims(w, axis=-1)))
    if combiner == "sum":
        return total
    den = ivy.matmul(hit, ivy.expand_dims(w if combiner == "mean" else ivy.square(w), axis=-1))
    den = ivy.sqrt(den) if combiner == "sqrtn" else den
    safe = ivy.where(ivy.equal(den, ivy.zeros_like(den)), ivy.ones_like(den), den)
    return ivy.divide(total, safe)


def _embedding_lookup_sparse(params: Any, sp_ids: Any, sp_weights: Any, combiner: str, max_norm: Any) -> Tensor:
    """tf.nn.embedding_lookup_sparse: each row's ids looked up and combined (rows up to the last id'd row)."""
    if max_norm is not None:
        raise NotImplementedError("embedding_lookup_sparse with max_norm is not emulated")
    rows, ids = _sparse_rows(sp_ids)
    w = None if sp_weights is None else sp_weights.values._ivy
    n = int(ivy.max(rows)) + 1 if rows.shape[0] else 0
    return Tensor(_combine(_table(params), rows, ivy.astype(ids, ivy.int64), w, combiner, n))


#: the embedding lookups' trailing options (``allow_fast_lookup`` only picks TF's kernel)
_LOOKUP = _sg.params(max_norm=None, name=None, allow_fast_lookup=False)
embedding_lookup_sparse = _sg.signed(
    "embedding_lookup_sparse",
    _sg.params("params", "sp_ids", "sp_weights", combiner="mean") + _LOOKUP,
    _embedding_lookup_sparse,
)


def _safe_embedding_lookup_sparse(
    embedding_weights: Any, sparse_ids: Any, sparse_weights: Any, combiner: str, default_id: Any, max_norm: Any
) -> Tensor:
    """tf.nn.safe_embedding_lookup_sparse: invalid ids and non-positive weights dropped, empty rows ``default_id``
    (or zeros); one output row per row of ``sparse_ids``' dense shape."""
    if max_norm is not None:
        raise NotImplementedError("safe_embedding_lookup_sparse with max_norm is not emulated")
    table = _table(embedding_weights)
    rows, ids = _sparse_rows(sparse_ids)
    ids = ivy.astype(ids, ivy.int64)
    keep = ivy.greater_equal(ids, ivy.zeros_like(ids))
    w = None if sparse_weights is None else sparse_weights.values._ivy
    if w is not None:
        keep = ivy.logical_and(keep, ivy.greater(w, ivy.zeros_like(w)))
    sel = ivy.nonzero(keep)[0]
    rows, ids = ivy.take(rows, sel, axis=0), ivy.take(ids, sel, axis=0)
    w = None if w is None else ivy.take(w, sel, axis=0)
    n = int(sparse_ids.dense_shape.numpy()[0])
    out = _combine(table, rows, ids, w, combiner, n)
    present = ivy.any(
        ivy.equal(ivy.reshape(ivy.arange(n, dtype=rows.dtype), (n, 1)), ivy.reshape(rows, (1, -1))), axis=1
    )
    fill = (
        ivy.zeros_like(out)
        if default_id is None
        else ivy.broadcast_to(ivy.take(table, ivy.asarray([int(default_id)]), axis=0), out.shape)
    )
    return Tensor(ivy.where(ivy.expand_dims(present, axis=-1), out, fill))


safe_embedding_lookup_sparse = _sg.signed(
    "safe_embedding_lookup_sparse",
    _sg.params("embedding_weights", "sparse_ids", sparse_weights=None, combiner="mean", default_id=None) + _LOOKUP,
    _safe_embedding_lookup_sparse,
)


def _with_space_to_batch(
    input: Any, dilation_rate: Any, padding: str, op: Any, filter_shape: Any, spatial_dims: Any, data_format: Any
) -> Any:
    """tf.nn.with_space_to_batch: ``op`` on ``space_to_batch_nd(input)`` with VALID padding, mapped back (NHWC-like)."""
    from ivy_frontends.tensorflow._more import batch_to_space, required_space_to_batch_paddings, space_to_batch_nd

    x = _t(input)
    rate = [int(r) for r in _t(dilation_rate).numpy().reshape(-1).tolist()]
    n = len(rate)
    if spatial_dims is not None and list(spatial_dims) != list(range(1, n + 1)):
        raise NotImplementedError("with_space_to_batch: only spatial dims 1..N are emulated")
    if data_format is not None and data_format.startswith("NC"):
        raise NotImplementedError("with_space_to_batch: channels-first layouts are not emulated")
    if all(r == 1 for r in rate):
        return op(x, n, padding)
    if padding == "SAME":
        if filter_shape is None:
            raise ValueError("filter_shape must be specified for SAME padding")
        k = [int(v) for v in _t(filter_shape).numpy().reshape(-1).tolist()][:n]
        extra = [(ki - 1) * r for ki, r in zip(k, rate, strict=True)]
        base = [[e // 2, e - e // 2] for e in extra]
    elif padding == "VALID":
        base = [[0, 0]] * n
    else:
        raise ValueError(f"Invalid padding method {padding!r}")
    pads, crops = required_space_to_batch_paddings(list(x.shape[1 : 1 + n]), rate, base)
    out = op(space_to_batch_nd(x, rate, pads), n, "VALID")
    return batch_to_space(out, rate, crops)


_SPACE_TO_BATCH = _sg.params(
    "input", "dilation_rate", "padding", "op", filter_shape=None, spatial_dims=None, data_format=None
)
with_space_to_batch = _sg.signed("with_space_to_batch", _SPACE_TO_BATCH, _with_space_to_batch)


def _sampled_logits(
    weights: Any, biases: Any, labels: Any, inputs: Any, num_true: int, sampled_values: Any, remove_hits: bool
) -> tuple[Any, Any]:
    """TF's sampled logits (true then sampled, minus their log expected counts) and their target labels."""
    if sampled_values is None:
        raise NotImplementedError(
            "sampled losses need sampled_values (TF's candidate sampler streams are not emulated)"
        )
    w, b, x = _table(weights), _table(biases), _t(inputs)._ivy
    lab = ivy.reshape(ivy.astype(_t(labels)._ivy, ivy.int64), (-1,))
    sampled, true_count, sampled_count = (_t(v)._ivy for v in sampled_values)
    sampled = ivy.astype(sampled, ivy.int64)
    dim = w.shape[-1]
    true_w = ivy.reshape(ivy.take(w, lab, axis=0), (-1, num_true, dim))
    true_logits = ivy.add(
        ivy.sum(ivy.multiply(ivy.expand_dims(x, axis=1), true_w), axis=-1),
        ivy.reshape(ivy.take(b, lab, axis=0), (-1, num_true)),
    )
    sampled_logits = ivy.add(
        ivy.matmul(x, ivy.matrix_transpose(ivy.take(w, sampled, axis=0))), ivy.take(b, sampled, axis=0)
    )
    if remove_hits and sampled.shape[0]:
        rows, ids, hit_w = compute_accidental_hits(Tensor(ivy.reshape(lab, (-1, num_true))), Tensor(sampled), num_true)
        hits = ivy.zeros(tuple(sampled_logits.shape), dtype=sampled_logits.dtype)
        if rows.shape[0]:
            hits = ivy.index_put(
                hits, (ivy.astype(rows._ivy, ivy.int64), ids._ivy), ivy.astype(hit_w._ivy, hits.dtype), accumulate=False
            )
        sampled_logits = ivy.add(sampled_logits, hits)
    true_logits = ivy.subtract(true_logits, ivy.log(ivy.astype(true_count, true_logits.dtype)))
    sampled_logits = ivy.subtract(sampled_logits, ivy.log(ivy.astype(sampled_count, sampled_logits.dtype)))
    logits = ivy.concat([true_logits, sampled_logits], axis=1)
    targets = ivy.concat(
        [
            ivy.divide(ivy.ones_like(true_logits), ivy.asarray(float(num_true), dtype=true_logits.dtype)),
            ivy.zeros_like(sampled_logits),
        ],
        axis=1,
    )
    return logits, targets


def _sampled_loss(label: str, loss: Any, remove_hits: bool, tail: dict[str, Any], doc: str) -> Any:
    """``tf.nn.<label>`` with given ``sampled_values``: ``loss(targets, logits)`` of the sampled logits."""

    def impl(**a: Any) -> Tensor:
        w, b, y, x, v = a["weights"], a["biases"], a["labels"], a["inputs"], a["sampled_values"]
        logits, targets = _sampled_logits(w, b, y, x, int(a["num_true"]), v, a["remove_accidental_hits"])
        return loss(targets, logits)

    head = _sg.params("weights", "biases", "labels", "inputs", "num_sampled", "num_classes", num_true=1)
    sig = head + _sg.params(sampled_values=None, remove_accidental_hits=remove_hits, **tail, name=label)
    return _sg.signed(label, sig, impl, f"tf.nn.{label} with given ``sampled_values``: {doc}.")


def _summed_sigmoid_loss(targets: Any, logits: Any) -> Tensor:
    return Tensor(ivy.sum(sigmoid_cross_entropy_with_logits(Tensor(targets), Tensor(logits))._ivy, axis=1))


def _softmax_loss(targets: Any, logits: Any) -> Tensor:
    return softmax_cross_entropy_with_logits(Tensor(targets), Tensor(logits))


nce_loss = _sampled_loss("nce_loss", _summed_sigmoid_loss, False, {}, "per-example summed sigmoid losses")
sampled_softmax_loss = _sampled_loss(
    "sampled_softmax_loss", _softmax_loss, True, {"seed": None}, "softmax cross-entropy of the sampled logits"
)


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
