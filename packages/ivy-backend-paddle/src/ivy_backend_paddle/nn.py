"""Native Paddle kernels for the hot hooks of ``ivy.nn`` and friends.

A hook calls ``paddle.nn.functional`` when its arguments are ones for which
Paddle computes exactly what the core's composite does (float32 and
float64, the dtypes Paddle's CPU kernels cover), and hands everything else
to the composite, whose errors name the function and the argument. Where
Paddle's own function differs from the spec, the hook says so and either
works around it or leaves those arguments to the composite:

- ``relu`` maps NaN to 0: the hook uses ``hardtanh(x, 0, inf)``, which keeps it;
- ``selu``, ``elu`` and ``hardsigmoid`` hold their constants in float32:
  float64 input goes elsewhere (``elu`` with an alpha float32 holds exactly
  stays native);
- ``batch_norm`` updates its running variance with the biased variance: the
  hook computes training statistics itself;
- ``cross_entropy`` smooths labels differently, and differentiates probability
  targets as if they summed to 1: only class indices without smoothing;
- ``avg_pool`` differentiates float64 in float32 precision: float64 input that
  needs a gradient goes to the composite; ``batch_norm``'s kernel gives no
  gradient to running statistics: when they need one, the hook computes it;
- pooling has no dilation, nor the spec's rule that drops a last
  ``ceil_mode`` window starting in the padding; ``layer_norm`` takes flat weights.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import paddle
import paddle.nn.functional as pnf

from ivy.plugin import composite_fallback, conv_hook, conv_plan, hookimpl, pool_plan, unary_hook
from ivy_backend_paddle._common import C64, C128, F32, F64, I64, TENSORS, is_tensor, scalar_tensor
from ivy_backend_paddle._unsigned import UIntTensor

Tensor = paddle.Tensor

# -- the composites, for what the native calls do not cover -----------------------------

_fallback = composite_fallback(lambda value: isinstance(value, (*TENSORS, UIntTensor)))


def _floating(x: Any) -> bool:
    """Whether ``x`` is a float32 or float64 tensor (dtypes compared by identity first: see ``_common``)."""
    if not is_tensor(x):
        return False
    dtype = x.dtype
    return dtype is F32 or dtype is F64 or dtype == F32 or dtype == F64


def _same_floating(x: Any, *others: Any) -> bool:
    """Whether ``x`` is a float32/float64 tensor and each of ``others`` is None or a tensor of its dtype."""
    if not _floating(x):
        return False
    dtype = x.dtype
    return all(o is None or (is_tensor(o) and (o.dtype is dtype or o.dtype == dtype)) for o in others)


def _number(value: Any) -> bool:
    return type(value) in (int, float)


# -- convolution --------------------------------------------------------------------------

_CONV = {1: pnf.conv1d, 2: pnf.conv2d, 3: pnf.conv3d}
_CHANNELS_FIRST = {1: "NCL", 2: "NCHW", 3: "NCDHW"}
_CHANNELS_LAST = {1: "NLC", 2: "NHWC", 3: "NDHWC"}


def _native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n):
    """The convolution through ``paddle.nn.functional``, or None where the composite must decide."""
    if not _same_floating(x, weight, bias):
        return None
    bias_shape = None if bias is None else bias.shape
    plan = conv_plan(x.shape, weight.shape, bias_shape, stride, padding, dilation, groups, channels_last, n)
    if plan is None or plan.n > 3:
        return None
    n, stride, pairs, dilation, rank = plan.n, plan.stride, plan.padding, plan.dilation, x.ndim
    layout = (_CHANNELS_LAST if channels_last else _CHANNELS_FIRST)[n]
    try:
        y = x if rank == n + 2 else x.unsqueeze(0)
        flat = [p for pair in pairs for p in pair]
        y = _CONV[n](y, weight, bias, stride, flat, dilation, groups, data_format=layout)
        return y if rank == n + 2 else y.squeeze(0)
    except Exception:  # Paddle refused: the composite decides (and names the error)
        return None


nn_conv = conv_hook("nn_conv", _native_conv, _fallback)
nn_conv1d = conv_hook("nn_conv1d", _native_conv, _fallback)
nn_conv2d = conv_hook("nn_conv2d", _native_conv, _fallback)
nn_conv3d = conv_hook("nn_conv3d", _native_conv, _fallback)
nn_depthwise_conv2d = conv_hook("nn_depthwise_conv2d", _native_conv, _fallback)


# -- pooling --------------------------------------------------------------------------------


def _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    """The pooling's :class:`ivy.plugin.PoolPlan` where Paddle computes it as the spec does, or None."""
    if not _floating(x):
        return None
    plan = pool_plan(x.shape, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    # (the spec drops a last ceil_mode window that starts in the padding; Paddle keeps it)
    if plan is None or plan.n > 3 or max(plan.dilation) > 1 or plan.dropped:
        return None
    return plan


def _pooled(x, n: int, channels_last: bool, pool: Callable) -> Any:
    """``pool`` (of ``(N, C, *S)`` input) over the trailing ``n`` spatial axes of ``x``."""
    lead = x.ndim - n - (1 if channels_last else 0)  # the first spatial axis
    y = paddle.moveaxis(x, -1, lead) if channels_last else x
    if y.ndim == n + 2:
        y = pool(y)
    else:  # every axis before the spatial ones is a batch axis
        head = y.shape[: y.ndim - n]
        y = pool(y.reshape([-1, 1, *y.shape[y.ndim - n :]]))
        y = y.reshape([*head, *y.shape[2:]])
    return paddle.moveaxis(y, lead, -1) if channels_last else y


_MAX_POOL = {1: pnf.max_pool1d, 2: pnf.max_pool2d, 3: pnf.max_pool3d}
_AVG_POOL = {1: pnf.avg_pool1d, 2: pnf.avg_pool2d, 3: pnf.avg_pool3d}


@hookimpl
def nn_max_pool(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if plan is not None:
        n, kernel, stride_, pads = plan.n, plan.kernel, plan.stride, plan.padding
        pool, ceil = _MAX_POOL[n], bool(ceil_mode)
        try:
            return _pooled(x, n, channels_last, lambda y: pool(y, kernel, stride_, pads, ceil_mode=ceil))
        except Exception:  # Paddle refused: the composite decides
            pass
    return _fallback("nn_max_pool", x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)


@hookimpl
def nn_avg_pool(x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, 1, ceil_mode, channels_last)
    # (the float64 gradient of Paddle's avg_pool is computed in float32 precision)
    if plan is not None and (x.dtype is F32 or x.stop_gradient):
        n, kernel, stride_, pads = plan.n, plan.kernel, plan.stride, plan.padding
        pool, ceil, exclusive = _AVG_POOL[n], bool(ceil_mode), not count_include_pad

        def average(y):
            return pool(y, kernel, stride_, pads, ceil_mode=ceil, exclusive=exclusive)

        try:
            return _pooled(x, n, channels_last, average)
        except Exception:  # Paddle refused: the composite decides
            pass
    return _fallback("nn_avg_pool", x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last)


# -- dense layers, normalisation, attention -------------------------------------------------


@hookimpl
def nn_linear(x, weight, bias):
    if _same_floating(x, weight, bias) and weight.ndim == 2 and x.ndim >= 1 and x.shape[-1] == weight.shape[1]:
        if bias is None or tuple(bias.shape) == (weight.shape[0],):
            y = paddle.matmul(x, weight, transpose_y=True)
            return y if bias is None else y + bias
    return _fallback("nn_linear", x, weight, bias)


@hookimpl
def nn_layer_norm(x, normalized_shape, weight, bias, eps):
    shape = (normalized_shape,) if type(normalized_shape) is int else normalized_shape
    if _same_floating(x, weight, bias) and isinstance(shape, (tuple, list)) and shape and _number(eps):
        shape = tuple(shape)
        n = len(shape)
        if (
            n <= x.ndim
            and tuple(x.shape[x.ndim - n :]) == shape
            and (weight is None or tuple(weight.shape) == shape)
            and (bias is None or tuple(bias.shape) == shape)
        ):
            if n > 1:  # Paddle takes the affine parameters flat
                weight = None if weight is None else weight.reshape([-1])
                bias = None if bias is None else bias.reshape([-1])
            try:
                return pnf.layer_norm(x, list(shape), weight, bias, eps)
            except Exception:  # Paddle refused: the composite decides
                pass
    return _fallback("nn_layer_norm", x, normalized_shape, weight, bias, eps)


_BATCH_NORM_LAYOUT = {
    (2, False): "NC", (3, False): "NCL", (4, False): "NCHW", (5, False): "NCDHW",
    (2, True): "NC", (3, True): "NLC", (4, True): "NHWC", (5, True): "NDHWC",
}  # fmt: skip


@hookimpl
def nn_batch_norm(x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last):
    if _same_floating(x, running_mean, running_var, weight, bias) and x.ndim >= 2 and _number(momentum):
        rank = x.ndim
        channel = rank - 1 if channels_last else 1
        channels = x.shape[channel]
        if _number(eps) and all(
            v is None or tuple(v.shape) == (channels,) for v in (running_mean, running_var, weight, bias)
        ):
            stats = running_mean is not None and running_var is not None
            layout = _BATCH_NORM_LAYOUT.get((rank, bool(channels_last)))
            # (Paddle's kernel does not differentiate with respect to the running statistics)
            if (
                not training
                and stats
                and layout is not None
                and running_mean.stop_gradient
                and running_var.stop_gradient
            ):
                y = pnf.batch_norm(
                    x, running_mean, running_var, weight, bias, training=False, epsilon=eps, data_format=layout
                )
                return y, running_mean, running_var
            # Paddle's training update uses the biased variance: compute the statistics here
            axes = [a for a in range(rank) if a != channel]
            shape = [-1 if a == channel else 1 for a in range(rank)]
            if training or not stats:
                mean = paddle.mean(x, axis=axes)
                variance = paddle.var(x, axis=axes, unbiased=False)
            else:
                mean, variance = running_mean, running_var
            y = (x - mean.reshape(shape)) / paddle.sqrt(variance.reshape(shape) + eps)
            if weight is not None:
                y = y * weight.reshape(shape)
            if bias is not None:
                y = y + bias.reshape(shape)
            if training and stats:
                count = math.prod(x.shape) // channels
                unbiased = variance * (count / max(count - 1, 1))
                running_mean = running_mean * (1.0 - momentum) + mean * momentum
                running_var = running_var * (1.0 - momentum) + unbiased * momentum
            return y, running_mean, running_var
    return _fallback(
        "nn_batch_norm", x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last
    )


@hookimpl
def nn_scaled_dot_product_attention(query, key, value, mask, dropout_p, is_causal, scale, seed):
    if (
        dropout_p == 0.0
        and _same_floating(query, key, value)
        and min(query.ndim, key.ndim, value.ndim) >= 2
        and (mask is None or (is_tensor(mask) and (mask.dtype == paddle.bool or mask.dtype == query.dtype)))
        and (scale is None or _number(scale))
    ):
        try:
            factor = 1.0 / math.sqrt(query.shape[-1]) if scale is None else scale
            scores = paddle.matmul(query, key, transpose_y=True) * factor
            if is_causal:
                length, source = scores.shape[-2], scores.shape[-1]
                keep = paddle.tril(paddle.ones([length, source], dtype="bool"))
                scores = paddle.where(keep, scores, scalar_tensor(-math.inf, scores.dtype))
            if mask is not None:
                if mask.dtype == paddle.bool:
                    scores = paddle.where(mask, scores, scalar_tensor(-math.inf, scores.dtype))
                else:
                    scores = scores + mask
            return paddle.matmul(_nan_along(pnf.softmax(scores, axis=-1), scores, -1), value)
        except Exception:  # Paddle refused: the composite decides
            pass
    return _fallback("nn_scaled_dot_product_attention", query, key, value, mask, dropout_p, is_causal, scale, seed)


# -- activations ----------------------------------------------------------------------------


def _unary(hook: str, native: Callable, float64: bool = True) -> Callable:
    """The hook ``hook(x)``: ``native`` for float32 (and float64 unless ``float64`` is False) ``x``."""
    return unary_hook(hook, native, _floating if float64 else _float32, _fallback)


def _float32(x: Any) -> bool:
    return _floating(x) and (x.dtype is F32 or x.dtype == F32)


def _relu(x: Tensor) -> Tensor:
    """ReLU keeping NaN (``F.relu`` maps it to 0); in a static program without the infinite bound
    ``paddle.jit.load`` cannot read back (see ``_common._nonfinite``)."""
    if paddle.in_dynamic_mode():
        return pnf.hardtanh(x, 0.0, math.inf)
    return paddle.where(x < 0, paddle.zeros_like(x), x)


nn_relu = _unary("nn_relu", _relu)
nn_relu6 = _unary("nn_relu6", pnf.relu6)
nn_selu = _unary("nn_selu", pnf.selu, float64=False)
nn_silu = _unary("nn_silu", pnf.silu)
nn_mish = _unary("nn_mish", pnf.mish)
nn_sigmoid = _unary("nn_sigmoid", pnf.sigmoid)
nn_hard_sigmoid = _unary("nn_hard_sigmoid", lambda x: pnf.relu6(x + 3.0) / 6.0)
nn_hard_swish = _unary("nn_hard_swish", pnf.hardswish)
nn_log_sigmoid = _unary("nn_log_sigmoid", pnf.log_sigmoid)
erf = _unary("erf", paddle.erf)


def _erfinv(x: Any) -> Any:
    # Paddle's erfinv flushes small arguments to 0 (below about 1e-7 in float32, 1e-20 in
    # float64); there the series sqrt(pi)/2 (x + pi/12 x**3 + 7 pi**2/480 x**5) is exact to
    # the last bit
    small = paddle.abs(x) < 1e-2
    square = x * x
    series = (math.sqrt(math.pi) / 2) * x * (1.0 + square * (math.pi / 12 + square * (7 * math.pi**2 / 480)))
    return paddle.where(small, series, paddle.erfinv(x))


erfinv = _unary("erfinv", _erfinv)


@hookimpl
def nn_gelu(x, approximate):
    if _floating(x) and approximate in ("none", "tanh"):
        return pnf.gelu(x, approximate == "tanh")
    return _fallback("nn_gelu", x, approximate)


@hookimpl
def nn_leaky_relu(x, negative_slope):
    if _floating(x) and _number(negative_slope):
        return pnf.leaky_relu(x, negative_slope)
    return _fallback("nn_leaky_relu", x, negative_slope)


@hookimpl
def nn_elu(x, alpha):
    if _floating(x) and _number(alpha) and (x.dtype is F32 or float(np.float32(alpha)) == alpha):
        return pnf.elu(x, alpha)
    return _fallback("nn_elu", x, alpha)


@hookimpl
def nn_softplus(x, beta, threshold):
    if _floating(x) and _number(beta) and _number(threshold):
        return pnf.softplus(x, beta, threshold)
    return _fallback("nn_softplus", x, beta, threshold)


@hookimpl
def nn_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.ndim <= axis < x.ndim:
        return _nan_along(pnf.softmax(x, axis), x, axis)
    return _fallback("nn_softmax", x, axis)


def _nan_along(result: Tensor, x: Tensor, axis: int) -> Tensor:
    """``result`` with NaN wherever ``x`` has a NaN along ``axis``: Paddle's CPU kernels take the
    maximum with Eigen, whose vectorised max may skip a NaN depending on the processor; ivy
    propagates NaN to the whole slice on every backend and processor."""
    found = paddle.any(paddle.isnan(x), axis, keepdim=True)
    return paddle.where(found, scalar_tensor(math.nan, result.dtype), result)


# log_softmax and logsumexp are the core's composites: Paddle's kernels clamp a -inf result to
# -64 and give NaN for slices of only -inf (logsumexp -inf) or holding +inf (logsumexp inf)


# -- losses and einsum ----------------------------------------------------------------------


@hookimpl
def nn_cross_entropy(logits, target, weight, ignore_index, reduction, label_smoothing):
    # Class indices without label smoothing only: Paddle smooths labels its own way, and its gradient
    # for probability targets assumes they sum to 1
    if (
        _same_floating(logits, weight)
        and is_tensor(target)
        and logits.ndim == 2
        and reduction in ("mean", "sum", "none")
        and type(ignore_index) is int
        and label_smoothing == 0
        and _number(label_smoothing)
        and (weight is None or tuple(weight.shape) == (logits.shape[1],))
    ):
        if target.dtype == I64 and tuple(target.shape) == (logits.shape[0],):
            try:
                return pnf.cross_entropy(logits, target, weight, ignore_index, reduction)
            except Exception:  # Paddle refused (e.g. a class index out of range): the composite decides
                pass
    return _fallback("nn_cross_entropy", logits, target, weight, ignore_index, reduction, label_smoothing)


@hookimpl
def einsum(subscripts, operands):
    if isinstance(subscripts, str) and operands and all(is_tensor(o) for o in operands):
        dtype = operands[0].dtype
        if dtype in (F32, F64, C64, C128) and all(o.dtype == dtype for o in operands):
            try:
                return paddle.einsum(subscripts.replace(" ", ""), *operands)
            except Exception:  # Paddle refused: the composite decides (and names the error)
                pass
    return _fallback("einsum", subscripts, operands)
