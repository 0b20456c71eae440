"""Native TensorFlow kernels for the hot hooks of ``ivy.nn`` and friends.

A hook calls ``tf.nn`` when its arguments are ones for which TensorFlow
computes exactly what the core's composite does, and within what its CPU
kernels support and differentiate: 1-d and 2-d convolutions without groups
(TensorFlow cannot differentiate grouped convolutions on the CPU, nor
Conv3D eagerly) except depthwise ones, strides and dilations not both above
1, pooling without dilation. Layouts
are channels-last inside (the only one TensorFlow's CPU kernels take);
padding is explicit (``tf.pad``, or the explicit padding of ``conv2d``), so
every padding form of the spec works. Everything else, and every call
TensorFlow rejects, goes to the composite, whose errors name the function
and the argument. Gradients flow through both paths.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import composite_fallback, conv_hook, conv_plan, hookimpl, pool_plan, unary_hook, window_counts
from ivy_backend_tensorflow._common import INEXACT, REAL_FLOATING, EagerTensor

_ARRAYS = (tf.Tensor, tf.Variable)
#: pooling over 3 spatial axes has kernels for these dtypes only
_POOL3D = frozenset({tf.float32, tf.bfloat16})

# -- the composites, for what the native calls do not cover -----------------------------

_fallback = composite_fallback(lambda value: isinstance(value, _ARRAYS))


def _known(x: Any) -> bool:
    """Whether ``x`` is a tensor whose shape is fully known (always, outside ``tf.function``)."""
    return x.__class__ is EagerTensor or (isinstance(x, _ARRAYS) and x.shape.is_fully_defined())


def _same_floating(x: Any, *others: Any) -> bool:
    """Whether ``x`` is a floating tensor of known shape and each of ``others`` is None or a tensor of its dtype."""
    if not _known(x) or x.dtype not in REAL_FLOATING:
        return False
    dtype = x.dtype
    return all(o is None or (_known(o) and o.dtype == dtype) for o in others)


def _floating(x: Any) -> bool:
    return isinstance(x, _ARRAYS) and x.dtype in REAL_FLOATING


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _to_last(x: Any, channel: int) -> Any:
    """``x`` with axis ``channel`` moved to the end."""
    if channel == x.shape.rank - 1:
        return x
    perm = [a for a in range(x.shape.rank) if a != channel] + [channel]
    return tf.transpose(x, perm)


def _from_last(y: Any, channel: int) -> Any:
    """The inverse of ``_to_last``."""
    rank = y.shape.rank
    if channel == rank - 1:
        return y
    perm = [*range(channel), rank - 1, *range(channel, rank - 1)]
    return tf.transpose(y, perm)


# -- convolution --------------------------------------------------------------------------


def _native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n):
    """The convolution through ``tf.nn``, or None where the composite must decide."""
    if not _same_floating(x, weight, bias):
        return None
    bias_shape = None if bias is None else bias.shape
    plan = conv_plan(x.shape, weight.shape, bias_shape, stride, padding, dilation, groups, channels_last, n)
    # (not 3-d: TensorFlow's eager gradient of Conv3D fails)
    if plan is None or plan.n > 2:
        return None
    n, channels, out_channels, kernel = plan.n, plan.channels, plan.out_channels, plan.kernel
    stride, pairs, dilation, rank = plan.stride, plan.padding, plan.dilation, x.shape.rank
    depthwise = groups == channels and weight.shape[1] == 1 and n == 2 and groups > 1
    if (groups != 1 and not depthwise) or (max(stride) > 1 and max(dilation) > 1):
        return None
    if depthwise and stride[0] != stride[1]:
        return None
    try:
        y = x if rank == n + 2 else tf.expand_dims(x, 0)
        if not channels_last:
            y = _to_last(y, 1)
        explicit = [[0, 0], *map(list, pairs), [0, 0]]
        if depthwise:  # (C * M, 1, kh, kw) -> (kh, kw, C, M)
            w = tf.transpose(tf.reshape(weight, (channels, out_channels // channels, *kernel)), (2, 3, 0, 1))
            if any(b or a for b, a in pairs):
                y = tf.pad(y, explicit)
            y = tf.nn.depthwise_conv2d(y, w, (1, stride[0], stride[0], 1), "VALID", dilations=dilation)
        else:  # (O, I, *k) -> (*k, I, O)
            w = tf.transpose(weight, (*range(2, n + 2), 1, 0))
            if n == 2 and max(dilation) == 1:  # (the CPU gradient of a dilated Conv2D is missing)
                y = tf.nn.conv2d(y, w, stride, explicit)
            else:
                if any(b or a for b, a in pairs):
                    y = tf.pad(y, explicit)
                y = tf.nn.convolution(y, w, stride, "VALID", dilations=dilation)
        if bias is not None:
            y = tf.nn.bias_add(y, bias)
        if not channels_last:
            y = _from_last(y, 1)
        return y if rank == n + 2 else y[0]
    except (tf.errors.OpError, ValueError, TypeError):  # TensorFlow refused: the composite decides
        return None


nn_conv = conv_hook("nn_conv", _native_conv, _fallback)
nn_conv1d = conv_hook("nn_conv1d", _native_conv, _fallback)
nn_conv2d = conv_hook("nn_conv2d", _native_conv, _fallback)
nn_conv3d = conv_hook("nn_conv3d", _native_conv, _fallback)
nn_depthwise_conv2d = conv_hook("nn_depthwise_conv2d", _native_conv, _fallback)


# -- pooling --------------------------------------------------------------------------------


def _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    """The pooling's :class:`ivy.plugin.PoolPlan` where TensorFlow computes it as the spec does, or None."""
    if not _same_floating(x):
        return None
    plan = pool_plan(x.shape, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if plan is None or plan.n > 3 or max(plan.dilation) > 1 or (plan.n == 3 and x.dtype not in _POOL3D):
        return None
    return plan


def _pool(x, plan, channels_last, fill, pool):
    """``pool`` (channels-last, VALID) over the windows of ``plan``, after padding with ``fill``."""
    lead, n, kernel, stride, widths, out = plan.lead, plan.n, plan.kernel, plan.stride, plan.widths, plan.out
    shape = x.shape
    # every non-spatial axis before the spatial ones is a batch axis; channels-first has a channel of 1
    y = tf.reshape(x, (-1, *shape[lead : lead + n], shape[-1] if channels_last else 1))
    if any(b or a for b, a in widths):
        crop = [slice(None)] + [slice(0, shape[lead + i] + min(a, 0)) for i, (_, a) in enumerate(widths)]
        y = y[tuple(crop)] if any(a < 0 for _, a in widths) else y
        y = tf.pad(y, [[0, 0], *([b, max(a, 0)] for b, a in widths), [0, 0]], constant_values=fill)
    y = pool(y, kernel, stride, "VALID")
    return tf.reshape(y, (*shape[:lead], *out, *shape[lead + n :]))


@hookimpl
def nn_max_pool(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if plan is not None:
        try:
            return _pool(x, plan, channels_last, -math.inf, tf.nn.max_pool)
        except (tf.errors.OpError, ValueError, TypeError):
            pass
    return _fallback("nn_max_pool", x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)


def _window_ratio(x, plan, count_include_pad):
    """``prod(kernel) / divisor`` per window (None where every window divides by the whole kernel)."""
    counts = window_counts(plan, x.shape, bool(count_include_pad))
    if counts is None:
        return None
    divisor = np.asarray(counts[0], np.float64)
    for c in counts[1:]:
        divisor = np.multiply.outer(divisor, c)
    ratio = math.prod(plan.kernel) / divisor
    return tf.constant(ratio.reshape(ratio.shape + (1,) * (x.shape.rank - plan.lead - plan.n)), x.dtype)


@hookimpl
def nn_avg_pool(x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, 1, ceil_mode, channels_last)
    if plan is not None:
        try:
            y = _pool(x, plan, channels_last, 0, tf.nn.avg_pool)
            ratio = _window_ratio(x, plan, count_include_pad)
            return y if ratio is None else y * ratio
        except (tf.errors.OpError, ValueError, TypeError):
            pass
    return _fallback("nn_avg_pool", x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last)


# -- dense layers, normalisation, attention -------------------------------------------------


@hookimpl
def nn_linear(x, weight, bias):
    if (
        _same_floating(x, weight, bias)
        and weight.shape.rank == 2
        and x.shape.rank >= 2
        and x.shape[-1] == weight.shape[1]
        and (bias is None or tuple(bias.shape) == (weight.shape[0],))
    ):
        rank = x.shape.rank
        y = tf.reshape(x, (-1, x.shape[-1])) if rank > 2 else x
        y = tf.matmul(y, weight, transpose_b=True)
        if bias is not None:
            y = tf.nn.bias_add(y, bias)
        return tf.reshape(y, (*x.shape[:-1], weight.shape[0])) if rank > 2 else y
    return _fallback("nn_linear", x, weight, bias)


def _normalized(x, axes, eps):
    mean, variance = tf.nn.moments(x, axes, keepdims=True)
    return (x - mean) / tf.sqrt(variance + eps)


@hookimpl
def nn_layer_norm(x, normalized_shape, weight, bias, eps):
    shape = (normalized_shape,) if type(normalized_shape) is int else normalized_shape
    if _same_floating(x, weight, bias) and isinstance(shape, (tuple, list)) and _number(eps) and shape:
        shape = tuple(shape)
        rank, n = x.shape.rank, len(shape)
        if (
            n <= rank
            and tuple(x.shape[rank - n :]) == shape
            and (weight is None or tuple(weight.shape) == shape)
            and (bias is None or tuple(bias.shape) == shape)
        ):
            y = _normalized(x, list(range(rank - n, rank)), eps)
            if weight is not None:
                y = y * weight
            return y if bias is None else y + bias
    return _fallback("nn_layer_norm", x, normalized_shape, weight, bias, eps)


@hookimpl
def nn_batch_norm(x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last):
    if _same_floating(x, running_mean, running_var, weight, bias) and x.shape.rank >= 2 and _number(momentum):
        rank = x.shape.rank
        channel = rank - 1 if channels_last else 1
        channels = x.shape[channel]
        if _number(eps) and all(
            v is None or tuple(v.shape) == (channels,) for v in (running_mean, running_var, weight, bias)
        ):
            shape = [-1 if a == channel else 1 for a in range(rank)]
            stats = running_mean is not None and running_var is not None
            if training or not stats:
                mean, variance = tf.nn.moments(x, [a for a in range(rank) if a != channel])
            else:
                mean, variance = running_mean, running_var
            y = (x - tf.reshape(mean, shape)) / tf.sqrt(tf.reshape(variance, shape) + eps)
            if weight is not None:
                y = y * tf.reshape(weight, shape)
            if bias is not None:
                y = y + tf.reshape(bias, shape)
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
        and min(query.shape.rank, key.shape.rank, value.shape.rank) >= 2
        and (mask is None or (isinstance(mask, _ARRAYS) and mask.dtype in (tf.bool, query.dtype)))
        and (scale is None or _number(scale))
    ):
        try:
            factor = 1.0 / math.sqrt(query.shape[-1]) if scale is None else scale
            scores = tf.matmul(query, key, transpose_b=True) * factor
            if is_causal:
                length, source = scores.shape[-2], scores.shape[-1]
                keep = tf.linalg.band_part(tf.ones((length, source), tf.bool), -1, 0)
                scores = tf.where(keep, scores, -math.inf)
            if mask is not None:
                scores = tf.where(mask, scores, -math.inf) if mask.dtype == tf.bool else scores + mask
            return tf.matmul(_nan_along(tf.nn.softmax(scores, axis=-1), scores, -1), value)
        except (tf.errors.OpError, ValueError, TypeError):
            pass
    return _fallback("nn_scaled_dot_product_attention", query, key, value, mask, dropout_p, is_causal, scale, seed)


# -- activations ----------------------------------------------------------------------------


def _unary(hook: str, native: Callable) -> Callable:
    return unary_hook(hook, native, _floating, _fallback)


nn_relu = _unary("nn_relu", tf.nn.relu)
_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


def _selu(x: tf.Tensor) -> tf.Tensor:
    # (not tf.nn.selu: it computes exp(x) - 1, which is 0 for tiny negative x)
    return _SELU_SCALE * tf.where(x > 0, x, _SELU_ALPHA * tf.math.expm1(x))


nn_selu = _unary("nn_selu", _selu)
nn_silu = _unary("nn_silu", tf.nn.silu)
nn_sigmoid = _unary("nn_sigmoid", tf.math.sigmoid)
nn_log_sigmoid = _unary("nn_log_sigmoid", tf.math.log_sigmoid)


def _erf(x: tf.Tensor) -> tf.Tensor:
    # TensorFlow's float64 kernel gives NaN at +-inf (float32's gives +-1)
    if x.dtype != tf.float64:
        return tf.math.erf(x)
    return tf.where(tf.math.is_inf(x), tf.math.sign(x), tf.math.erf(x))


erf = _unary("erf", _erf)
_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)


def _refined_erfinv(x: tf.Tensor) -> tf.Tensor:
    """TensorFlow's erfinv, then two Newton steps on erf (on erfc where |x| > 1/2, since
    erf(r) - x cancels there). The kernel goes through ndtri((1 + x) / 2) and so loses the
    relative precision of small x (erfinv(1e-100) comes back 0); Newton restores it."""
    result = tf.math.erfinv(x)
    magnitude = tf.math.abs(x)
    far = magnitude > 0.5
    for _ in range(2):
        near_residual = tf.math.erf(result) - x
        far_residual = tf.math.sign(x) * ((1 - magnitude) - tf.math.erfc(tf.math.abs(result)))
        step = tf.where(far, far_residual, near_residual) / (_TWO_OVER_SQRT_PI * tf.math.exp(-result * result))
        result = tf.where(tf.math.is_finite(step), result - step, result)
    return tf.where(tf.math.equal(x, 0), x, result)  # an odd function: -0 gives -0


erfinv = _unary("erfinv", _refined_erfinv)


_SQRT_HALF = math.sqrt(0.5)
_SQRT_TWO_OVER_PI = math.sqrt(2.0 / math.pi)


@hookimpl
def nn_gelu(x, approximate):
    # (not tf.nn.gelu: it rounds its constants to float32 whatever the dtype)
    if _floating(x):
        if approximate == "none":
            return x * 0.5 * tf.math.erfc(x * -_SQRT_HALF)
        if approximate == "tanh":
            return x * 0.5 * (1.0 + tf.math.tanh((x + x * x * x * 0.044715) * _SQRT_TWO_OVER_PI))
    return _fallback("nn_gelu", x, approximate)


@hookimpl
def nn_elu(x, alpha):
    if _floating(x) and alpha == 1.0 and _number(alpha):
        return tf.nn.elu(x)
    return _fallback("nn_elu", x, alpha)


@hookimpl
def nn_leaky_relu(x, negative_slope):
    if _floating(x) and _number(negative_slope):
        if x.dtype == tf.float64:  # LeakyRelu holds its slope in float32
            return tf.where(x > 0, x, x * negative_slope)
        return tf.nn.leaky_relu(x, negative_slope)
    return _fallback("nn_leaky_relu", x, negative_slope)


@hookimpl
def nn_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.shape.rank <= axis < x.shape.rank:
        return _nan_along(tf.nn.softmax(x, axis), x, axis)
    return _fallback("nn_softmax", x, axis)


def _nan_along(result: tf.Tensor, x: tf.Tensor, axis: Any, keepdims: bool = True) -> tf.Tensor:
    """``result`` with NaN wherever ``x`` has a NaN along ``axis``.

    TensorFlow's softmax kernels (oneDNN's on processors with AVX-512) may skip a NaN while
    taking the maximum, giving ``softmax([0, nan]) == [0, nan]``; ivy propagates NaN to the
    whole slice on every backend and every processor, as the max-subtract formula does.
    """
    found = tf.reduce_any(tf.math.is_nan(x), axis, keepdims=keepdims)
    return tf.where(found, tf.constant(math.nan, result.dtype), result)


@hookimpl
def nn_log_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.shape.rank <= axis < x.shape.rank:
        return _nan_along(tf.nn.log_softmax(x, axis), x, axis)
    return _fallback("nn_log_softmax", x, axis)


@hookimpl
def logsumexp(x, axis, keepdims):
    if _floating(x) and type(keepdims) is bool:
        rank = x.shape.rank
        if axis is None or (type(axis) is int and -rank <= axis < rank):
            return _nan_along(tf.reduce_logsumexp(x, axis, keepdims), x, axis, keepdims)
        if isinstance(axis, tuple) and axis and all(type(a) is int and -rank <= a < rank for a in axis):
            if len({a % rank for a in axis}) == len(axis):
                return _nan_along(tf.reduce_logsumexp(x, list(axis), keepdims), x, list(axis), keepdims)
    return _fallback("logsumexp", x, axis, keepdims)


# -- losses and einsum ----------------------------------------------------------------------


@hookimpl
def nn_cross_entropy(logits, target, weight, ignore_index, reduction, label_smoothing):
    if (
        _same_floating(logits, weight)
        and isinstance(target, _ARRAYS)
        and logits.shape.rank in (1, 2)
        and reduction in ("mean", "sum", "none")
        and type(ignore_index) is int
        and _number(label_smoothing)
        and 0.0 <= label_smoothing <= 1.0
        and (weight is None or tuple(weight.shape) == (logits.shape[-1],))
    ):
        axis = logits.shape.rank - 1
        classes = logits.shape[axis]
        if target.dtype == tf.int64 and tuple(target.shape) == tuple(logits.shape[:axis]):
            log_probs = _nan_along(tf.nn.log_softmax(logits, axis), logits, axis)
            valid = tf.not_equal(target, ignore_index)
            safe = tf.where(valid, target, tf.zeros_like(target))
            picked = tf.gather(log_probs, safe, axis=axis, batch_dims=axis)
            if weight is None:
                picked_weight = tf.cast(valid, logits.dtype)
            else:
                picked_weight = tf.where(valid, tf.gather(weight, safe), 0)
            loss = -picked * picked_weight
            if label_smoothing:
                spread = log_probs if weight is None else log_probs * weight
                uniform = tf.where(valid, -tf.reduce_sum(spread, axis=-1) / classes, 0)
                loss = loss * (1.0 - label_smoothing) + uniform * label_smoothing
            denominator = tf.reduce_sum(picked_weight)
        elif target.dtype == logits.dtype and tuple(target.shape) == tuple(logits.shape):
            target = target * (1.0 - label_smoothing) + label_smoothing / classes
            weighted = _nan_along(tf.nn.log_softmax(logits, axis), logits, axis) * target
            loss = -tf.reduce_sum(weighted if weight is None else weighted * weight, axis=axis)
            denominator = float(logits.shape[0]) if axis else 1.0
        else:
            return _fallback("nn_cross_entropy", logits, target, weight, ignore_index, reduction, label_smoothing)
        if reduction == "none":
            return loss
        return tf.reduce_sum(loss) if reduction == "sum" else tf.reduce_sum(loss) / denominator
    return _fallback("nn_cross_entropy", logits, target, weight, ignore_index, reduction, label_smoothing)


@hookimpl
def einsum(subscripts, operands):
    if isinstance(subscripts, str) and operands and all(isinstance(o, _ARRAYS) for o in operands):
        dtype = operands[0].dtype
        if dtype in INEXACT and all(o.dtype == dtype for o in operands):
            try:
                return tf.einsum(subscripts.replace(" ", ""), *operands)
            except (tf.errors.OpError, ValueError, TypeError):
                pass
    return _fallback("einsum", subscripts, operands)
