"""Native PyTorch kernels for the hot hooks of ``ivy.nn`` and friends.

Each hook calls ``torch.nn.functional`` directly when its arguments are ones
for which the native call has exactly the spec's semantics (those of the
core's composite), and hands everything else to the composite: unusual
argument forms, mixed dtypes (the core promotes, torch would refuse),
options torch lacks or spells differently, and every call torch rejects (so
that invalid arguments get the composite's errors, which name the function
and the argument). Autograd flows through both paths.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch
import torch.nn.functional as tnf

from ivy.plugin import composite_fallback, conv_hook, conv_plan, hookimpl, pool_plan, unary_hook

Tensor = torch.Tensor

# -- the composites, for what the native calls do not cover -----------------------------

_fallback = composite_fallback(lambda value: isinstance(value, Tensor))


def _same_floating(x: Any, *others: Any) -> bool:
    """Whether ``x`` is a floating tensor and each of ``others`` is None or a tensor of its dtype."""
    if not isinstance(x, Tensor) or not x.dtype.is_floating_point:
        return False
    dtype = x.dtype
    return all(o is None or (isinstance(o, Tensor) and o.dtype == dtype) for o in others)


def _floating(x: Any) -> bool:
    return isinstance(x, Tensor) and x.dtype.is_floating_point


def _conv_plan(x: Tensor, weight: Tensor, bias: Any, stride, padding, dilation, groups, channels_last, n):
    """The convolution's :class:`ivy.plugin.ConvPlan` where torch computes it as the spec does, or None."""
    if not _same_floating(x, weight, bias):
        return None
    bias_shape = None if bias is None else bias.shape
    plan = conv_plan(x.shape, weight.shape, bias_shape, stride, padding, dilation, groups, channels_last, n)
    return plan if plan is not None and plan.n <= 3 else None


_CONV = {1: tnf.conv1d, 2: tnf.conv2d, 3: tnf.conv3d}


def _native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n):
    """The convolution through ``torch.nn.functional``, or None where the composite must decide."""
    plan = _conv_plan(x, weight, bias, stride, padding, dilation, groups, channels_last, n)
    if plan is None:
        return None
    n, pairs = plan.n, plan.padding
    channel = 0 if plan.unbatched else 1
    try:
        y = x.movedim(-1, channel) if channels_last else x
        if all(b == a for b, a in pairs):
            width = tuple(b for b, _ in pairs)
        else:  # uneven: pad first (F.pad lists the last axis first)
            y = tnf.pad(y, [p for b, a in reversed(pairs) for p in (b, a)])
            width = 0
        y = _CONV[n](y, weight, bias, plan.stride, width, plan.dilation, groups)
    except Exception:  # torch refused: the composite decides (and names the error)
        return None
    return y.movedim(channel, -1) if channels_last else y


nn_conv = conv_hook("nn_conv", _native_conv, _fallback)
nn_conv1d = conv_hook("nn_conv1d", _native_conv, _fallback)
nn_conv2d = conv_hook("nn_conv2d", _native_conv, _fallback)
nn_conv3d = conv_hook("nn_conv3d", _native_conv, _fallback)
nn_depthwise_conv2d = conv_hook("nn_depthwise_conv2d", _native_conv, _fallback)


# -- pooling --------------------------------------------------------------------------------


def _pool_plan(x: Tensor, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    """The pooling's :class:`ivy.plugin.PoolPlan` where torch computes it as the spec does, or None."""
    if not isinstance(x, Tensor) or not x.dtype.is_floating_point:
        return None
    plan = pool_plan(x.shape, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    return plan if plan is not None and plan.n <= 3 else None


def _pooled(x: Tensor, n: int, channels_last: bool, pool: Callable[[Tensor], Tensor]) -> Tensor:
    """``pool`` (of ``(N, C, *S)`` or ``(C, *S)`` input) over the trailing ``n`` spatial axes of ``x``."""
    lead = x.ndim - n - (1 if channels_last else 0)  # the first spatial axis
    y = x.movedim(-1, lead) if channels_last else x
    if y.ndim > n + 2:
        head = y.shape[: y.ndim - n]
        y = pool(y.reshape(-1, *y.shape[y.ndim - n :]))
        y = y.reshape(*head, *y.shape[1:])
    else:
        y = pool(y)
    return y.movedim(lead, -1) if channels_last else y


_MAX_POOL = {1: tnf.max_pool1d, 2: tnf.max_pool2d, 3: tnf.max_pool3d}
_AVG_POOL = {1: tnf.avg_pool1d, 2: tnf.avg_pool2d, 3: tnf.avg_pool3d}


@hookimpl
def nn_max_pool(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if plan is not None:
        n, kernel, stride_, pads, dilation_ = plan.n, plan.kernel, plan.stride, plan.padding, plan.dilation
        pool = _MAX_POOL[n]
        try:
            return _pooled(x, n, channels_last, lambda y: pool(y, kernel, stride_, pads, dilation_, bool(ceil_mode)))
        except Exception:
            pass
    return _fallback("nn_max_pool", x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)


@hookimpl
def nn_avg_pool(x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last):
    plan = _pool_plan(x, kernel_size, stride, padding, 1, ceil_mode, channels_last)
    if plan is not None:
        n, kernel, stride_, pads = plan.n, plan.kernel, plan.stride, plan.padding
        pool, ceil, include = _AVG_POOL[n], bool(ceil_mode), bool(count_include_pad)
        try:
            return _pooled(x, n, channels_last, lambda y: pool(y, kernel, stride_, pads, ceil, include))
        except Exception:
            pass
    return _fallback("nn_avg_pool", x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last)


# -- dense layers, normalisation, attention -------------------------------------------------


@hookimpl
def nn_linear(x, weight, bias):
    if _same_floating(x, weight, bias) and weight.ndim == 2 and x.ndim >= 1 and (bias is None or bias.ndim == 1):
        try:
            return tnf.linear(x, weight, bias)
        except Exception:
            pass
    return _fallback("nn_linear", x, weight, bias)


@hookimpl
def nn_layer_norm(x, normalized_shape, weight, bias, eps):
    shape = (normalized_shape,) if type(normalized_shape) is int else normalized_shape
    if _same_floating(x, weight, bias) and isinstance(shape, (tuple, list, torch.Size)):
        shape = tuple(shape)
        if (weight is None or tuple(weight.shape) == shape) and (bias is None or tuple(bias.shape) == shape):
            try:
                return tnf.layer_norm(x, shape, weight, bias, eps)
            except Exception:
                pass
    return _fallback("nn_layer_norm", x, normalized_shape, weight, bias, eps)


@hookimpl
def nn_batch_norm(x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last):
    if _same_floating(x, running_mean, running_var, weight, bias) and x.ndim >= 2 and type(momentum) in (int, float):
        stats = running_mean is not None and running_var is not None
        if stats or (running_mean is None and running_var is None):
            try:
                y = x.movedim(-1, 1) if channels_last else x
                if training and stats:  # torch updates the statistics in place: give it copies
                    running_mean, running_var = running_mean.detach().clone(), running_var.detach().clone()
                    y = tnf.batch_norm(y, running_mean, running_var, weight, bias, True, momentum, eps)
                elif training or not stats:
                    y = tnf.batch_norm(y, None, None, weight, bias, True, 0.0, eps)
                else:
                    y = tnf.batch_norm(y, running_mean, running_var, weight, bias, False, 0.0, eps)
                return y.movedim(1, -1) if channels_last else y, running_mean, running_var
            except Exception:
                pass
    return _fallback(
        "nn_batch_norm", x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last
    )


@hookimpl
def nn_scaled_dot_product_attention(query, key, value, mask, dropout_p, is_causal, scale, seed):
    if (
        dropout_p == 0.0
        and _same_floating(query, key, value)
        and (mask is None or (isinstance(mask, Tensor) and mask.dtype in (torch.bool, query.dtype) and not is_causal))
    ):
        try:
            out = tnf.scaled_dot_product_attention(
                query, key, value, attn_mask=mask, is_causal=bool(is_causal), scale=scale
            )
            if mask is not None:
                # torch gives zeros where a query may attend nowhere; softmax over nothing is NaN
                dead = ~mask.any(-1, keepdim=True) if mask.dtype == torch.bool else mask.isneginf().all(-1, True)
                out = out.masked_fill(dead, math.nan)
            return out
        except Exception:
            pass
    return _fallback("nn_scaled_dot_product_attention", query, key, value, mask, dropout_p, is_causal, scale, seed)


# -- activations ----------------------------------------------------------------------------


def _activation(hook: str, native: Callable) -> Callable:
    return unary_hook(hook, native, _floating, _fallback)


nn_relu = _activation("nn_relu", torch.relu)
nn_relu6 = _activation("nn_relu6", tnf.relu6)
nn_selu = _activation("nn_selu", torch.selu)
nn_silu = _activation("nn_silu", tnf.silu)
nn_mish = _activation("nn_mish", tnf.mish)
nn_sigmoid = _activation("nn_sigmoid", torch.sigmoid)
# (not F.hardsigmoid: its float64 gradient is rounded to float32)
nn_hard_sigmoid = _activation("nn_hard_sigmoid", lambda x: tnf.relu6(x + 3.0) / 6.0)
nn_hard_swish = _activation("nn_hard_swish", tnf.hardswish)
nn_log_sigmoid = _activation("nn_log_sigmoid", tnf.logsigmoid)
erf = _activation("erf", torch.erf)
erfinv = _activation("erfinv", torch.erfinv)


@hookimpl
def nn_gelu(x, approximate):
    if _floating(x) and approximate in ("none", "tanh"):
        return tnf.gelu(x, approximate=approximate)
    return _fallback("nn_gelu", x, approximate)


@hookimpl
def nn_leaky_relu(x, negative_slope):
    if _floating(x) and type(negative_slope) in (int, float):
        return tnf.leaky_relu(x, negative_slope)
    return _fallback("nn_leaky_relu", x, negative_slope)


@hookimpl
def nn_elu(x, alpha):
    if _floating(x) and type(alpha) in (int, float):
        return tnf.elu(x, alpha)
    return _fallback("nn_elu", x, alpha)


@hookimpl
def nn_softplus(x, beta, threshold):
    if _floating(x) and type(beta) in (int, float) and type(threshold) in (int, float):
        return tnf.softplus(x, beta, threshold)
    return _fallback("nn_softplus", x, beta, threshold)


@hookimpl
def nn_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.ndim <= axis < x.ndim:
        return torch.softmax(x, axis)
    return _fallback("nn_softmax", x, axis)


@hookimpl
def nn_log_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.ndim <= axis < x.ndim:
        return torch.log_softmax(x, axis)
    return _fallback("nn_log_softmax", x, axis)


@hookimpl
def logsumexp(x, axis, keepdims):
    if _floating(x) and x.ndim:
        axes = tuple(range(x.ndim)) if axis is None else axis
        if (type(axes) is int or (isinstance(axes, tuple) and axes)) and type(keepdims) is bool:
            try:
                return torch.logsumexp(x, axes, keepdims)
            except Exception:
                pass
    return _fallback("logsumexp", x, axis, keepdims)


# -- losses and einsum ----------------------------------------------------------------------

_REDUCTIONS = frozenset({"mean", "sum", "none"})


@hookimpl
def nn_cross_entropy(logits, target, weight, ignore_index, reduction, label_smoothing):
    if (
        _same_floating(logits, weight)
        and isinstance(target, Tensor)
        and logits.ndim >= 1
        and reduction in _REDUCTIONS
        and type(ignore_index) is int
        and type(label_smoothing) in (int, float)
        and 0.0 <= label_smoothing <= 1.0
        and (weight is None or weight.ndim == 1)
    ):
        indices = target.dtype == torch.int64
        # probabilities: the composite averages over the batch axis alone, which is torch's mean for 2-d logits
        if indices or (target.dtype == logits.dtype and target.shape == logits.shape and logits.ndim <= 2):
            try:
                return tnf.cross_entropy(
                    logits, target, weight, ignore_index=ignore_index, reduction=reduction,
                    label_smoothing=float(label_smoothing),
                )  # fmt: skip
            except Exception:
                pass
    return _fallback("nn_cross_entropy", logits, target, weight, ignore_index, reduction, label_smoothing)


@hookimpl
def einsum(subscripts, operands):
    if isinstance(subscripts, str) and operands and all(isinstance(o, Tensor) for o in operands):
        dtype = operands[0].dtype
        if (dtype.is_floating_point or dtype.is_complex) and all(o.dtype == dtype for o in operands):
            try:
                return torch.einsum(subscripts.replace(" ", ""), *operands)
            except Exception:
                pass
    return _fallback("einsum", subscripts, operands)
