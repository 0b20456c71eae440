"""Native JAX kernels for the hot hooks of ``ivy.nn`` (and ``einsum``).

Each hook is one compiled XLA program built on ``lax`` and ``jax.nn``
(``lax.conv_general_dilated``, ``lax.reduce_window``, ...), jitted with its
non-array arguments static as the rest of the backend is (see ``_common``),
and run unjitted on tracers so that it inlines into a user's ``jax.jit``.
A hook takes the native path only for arguments where it computes exactly
what the core's composite does; unusual argument forms, mixed dtypes (the
core promotes, ``lax`` refuses) and invalid arguments go to the composite,
whose errors name the function and the argument.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from ivy.plugin import composite_fallback, conv_hook, conv_plan, hookimpl, pool_plan, unary_hook, window_counts
from ivy_backend_jax._common import NATIVE, inline_nested, jit, large_input, restore_x64, swap_x64, traced

_HIGHEST = lax.Precision.HIGHEST
_FLOATS = frozenset(NATIVE[name] for name in ("float16", "bfloat16", "float32", "float64"))
_INEXACT = _FLOATS | {NATIVE["complex64"], NATIVE["complex128"]}
_INT64 = NATIVE["int64"]

# -- the composites, for what the native programs do not cover ---------------------------

_fallback = composite_fallback(lambda value: isinstance(value, jax.Array))


def _kernel(body: Callable, arrays: int, xla_defaults: bool = False) -> Callable:
    """``body`` (``arrays`` array arguments, then static ones) compiled once per signature,
    run with 64-bit types on; on tracers it runs as it is, inlining into the caller's trace.

    ``xla_defaults``: large inputs get an executable compiled with XLA's default
    options rather than the backend's (whose classic CPU emitters run a
    convolution or a matrix product with its bias added about 5% slower).
    """
    count = body.__code__.co_argcount
    static = tuple(range(arrays, count))
    compiled = jit(body, static)
    if xla_defaults:
        large = jax.jit(body, static_argnums=static)
        small = compiled.small  # type: ignore[attr-defined]

        def compiled(*args: Any) -> Any:
            return (large if large_input(args) else small)(*args)

    def call(*args: Any) -> Any:
        if traced(args[:arrays]):  # inline into the caller's program, in its 64-bit mode
            return body(*args)
        previous = swap_x64(True)
        try:
            try:
                return compiled(*args)
            except ValueError as error:  # constants only, inside an outer jax.jit
                return inline_nested(error, body, args)
        finally:
            restore_x64(previous)

    return call


def _same_floating(x: Any, *others: Any) -> bool:
    """Whether ``x`` is a floating array and each of ``others`` is None or an array of its dtype."""
    if not isinstance(x, jax.Array) or x.dtype not in _FLOATS:
        return False
    dtype = x.dtype
    return all(o is None or (isinstance(o, jax.Array) and o.dtype == dtype) for o in others)


def _floating(x: Any) -> bool:
    return isinstance(x, jax.Array) and x.dtype in _FLOATS


# -- convolution --------------------------------------------------------------------------

_DIMENSIONS = {
    (1, False): ("NCH", "OIH", "NCH"),
    (1, True): ("NHC", "OIH", "NHC"),
    (2, False): ("NCHW", "OIHW", "NCHW"),
    (2, True): ("NHWC", "OIHW", "NHWC"),
    (3, False): ("NCDHW", "OIDHW", "NCDHW"),
    (3, True): ("NDHWC", "OIDHW", "NDHWC"),
}


def _conv_body(x, weight, bias, unbatched, stride, pairs, dilation, groups, channels_last):
    n = weight.ndim - 2
    if unbatched:
        x = x[None]
    y = lax.conv_general_dilated(
        x,
        weight,
        stride,
        pairs,
        rhs_dilation=dilation,
        dimension_numbers=_DIMENSIONS[n, channels_last],
        feature_group_count=groups,
        precision=_HIGHEST,
    )
    if bias is not None:
        y = y + (bias if channels_last else bias.reshape(-1, *(1,) * n))
    return y[0] if unbatched else y


_conv_kernel = _kernel(_conv_body, 3, xla_defaults=True)


def _native_conv(x, weight, bias, stride, padding, dilation, groups, channels_last, n):
    """The convolution as one ``lax`` program, or None where the composite must decide."""
    if not _same_floating(x, weight, bias):
        return None
    bias_shape = None if bias is None else bias.shape
    plan = conv_plan(x.shape, weight.shape, bias_shape, stride, padding, dilation, groups, channels_last, n)
    if plan is None or plan.n > 3:
        return None
    unbatched, stride, pairs, dilation = plan.unbatched, plan.stride, plan.padding, plan.dilation
    return _conv_kernel(x, weight, bias, unbatched, stride, pairs, dilation, groups, bool(channels_last))


nn_conv = conv_hook("nn_conv", _native_conv, _fallback)
nn_conv1d = conv_hook("nn_conv1d", _native_conv, _fallback)
nn_conv2d = conv_hook("nn_conv2d", _native_conv, _fallback)
nn_conv3d = conv_hook("nn_conv3d", _native_conv, _fallback)
nn_depthwise_conv2d = conv_hook("nn_depthwise_conv2d", _native_conv, _fallback)


# -- pooling --------------------------------------------------------------------------------


def _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    """``(plan, widths)`` of a pooling computed as the spec does, or None: ``widths`` is the
    padding of each spatial axis, the far side extended for ``ceil_mode``'s partial windows."""
    if not _floating(x):
        return None
    plan = pool_plan(x.shape, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if plan is None:
        return None
    return plan, tuple((b, max(a, 0)) for b, a in plan.widths)


def _window(x, lead, kernel, stride, dilation, widths, out, init, combine):
    """``combine`` over each window of the spatial axes from ``lead`` (padding holds ``init``)."""
    n, trail = len(kernel), x.ndim - lead - len(kernel)
    y = lax.reduce_window(
        x,
        np.asarray(init, x.dtype),
        combine,
        (1,) * lead + kernel + (1,) * trail,
        (1,) * lead + stride + (1,) * trail,
        ((0, 0),) * lead + widths + ((0, 0),) * trail,
        window_dilation=(1,) * lead + dilation + (1,) * trail,
    )
    return y[(slice(None),) * lead + tuple(slice(0, o) for o in out)] if y.shape[lead : lead + n] != out else y


def _max_pool_body(x, lead, kernel, stride, dilation, widths, out):
    return _window(x, lead, kernel, stride, dilation, widths, out, -jnp.inf, lax.max)


def _avg_pool_body(x, lead, kernel, stride, widths, out, counts):
    n = len(kernel)
    total = _window(x, lead, kernel, stride, (1,) * n, widths, out, 0, lax.add)
    if counts is None:  # every window divides by the whole kernel
        return total / math.prod(kernel)
    divisor = np.asarray(counts[0], np.float64)
    for c in counts[1:]:
        divisor = np.multiply.outer(divisor, c)
    divisor = divisor.reshape(divisor.shape + (1,) * (x.ndim - lead - n))
    return total / jnp.asarray(divisor, x.dtype)


_max_pool_kernel = _kernel(_max_pool_body, 1)
_avg_pool_kernel = _kernel(_avg_pool_body, 1)


@hookimpl
def nn_max_pool(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    planned = _pool_plan(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    if planned is None or any(d != 1 for d in planned[0].dilation):  # JAX cannot differentiate dilated max windows
        return _fallback("nn_max_pool", x, kernel_size, stride, padding, dilation, ceil_mode, channels_last)
    plan, widths = planned
    return _max_pool_kernel(x, plan.lead, plan.kernel, plan.stride, plan.dilation, widths, plan.out)


@hookimpl
def nn_avg_pool(x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last):
    planned = _pool_plan(x, kernel_size, stride, padding, 1, ceil_mode, channels_last)
    if planned is None:
        return _fallback("nn_avg_pool", x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last)
    plan, widths = planned
    counts = window_counts(plan, x.shape, bool(count_include_pad))
    return _avg_pool_kernel(x, plan.lead, plan.kernel, plan.stride, widths, plan.out, counts)


# -- dense layers, normalisation, attention -------------------------------------------------


def _linear_body(x, weight, bias):
    y = jnp.matmul(x, weight.T, precision=_HIGHEST)
    return y if bias is None else y + bias


_linear_kernel = _kernel(_linear_body, 3, xla_defaults=True)


@hookimpl
def nn_linear(x, weight, bias):
    if _same_floating(x, weight, bias) and weight.ndim == 2 and x.ndim >= 1 and x.shape[-1] == weight.shape[1]:
        if bias is None or tuple(bias.shape) in ((weight.shape[0],), (), (1,)):
            return _linear_kernel(x, weight, bias)
    return _fallback("nn_linear", x, weight, bias)


def _normalized(x, axes, eps):
    mean = jnp.mean(x, axis=axes, keepdims=True)
    centred = x - mean
    return centred / jnp.sqrt(jnp.mean(centred * centred, axis=axes, keepdims=True) + eps)


def _layer_norm_body(x, weight, bias, axes, eps):
    y = _normalized(x, axes, eps)
    if weight is not None:
        y = y * weight
    return y if bias is None else y + bias


_layer_norm_kernel = _kernel(_layer_norm_body, 3)


@hookimpl
def nn_layer_norm(x, normalized_shape, weight, bias, eps):
    shape = (normalized_shape,) if type(normalized_shape) is int else normalized_shape
    if _same_floating(x, weight, bias) and isinstance(shape, (tuple, list)) and _number(eps):
        shape = tuple(shape)
        n = len(shape)
        if (
            n <= x.ndim
            and tuple(x.shape[x.ndim - n :]) == shape
            and (weight is None or tuple(weight.shape) == shape)
            and (bias is None or tuple(bias.shape) == shape)
        ):
            return _layer_norm_kernel(x, weight, bias, tuple(range(x.ndim - n, x.ndim)), float(eps))
    return _fallback("nn_layer_norm", x, normalized_shape, weight, bias, eps)


def _batch_norm_body(x, running_mean, running_var, weight, bias, training, momentum, eps, channel):
    axes = tuple(a for a in range(x.ndim) if a != channel)
    shape = tuple(-1 if a == channel else 1 for a in range(x.ndim))
    stats = running_mean is not None and running_var is not None
    if training or not stats:
        mean, variance = jnp.mean(x, axis=axes), jnp.var(x, axis=axes)
    else:
        mean, variance = running_mean, running_var
    y = (x - mean.reshape(shape)) / jnp.sqrt(variance.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    if training and stats:
        count = x.size // x.shape[channel]
        running_mean = running_mean * (1.0 - momentum) + mean * momentum
        running_var = running_var * (1.0 - momentum) + variance * (count / max(count - 1, 1)) * momentum
    return y, running_mean, running_var


_batch_norm_kernel = _kernel(_batch_norm_body, 5)


@hookimpl
def nn_batch_norm(x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last):
    if (
        _same_floating(x, running_mean, running_var, weight, bias)
        and x.ndim >= 2
        and _number(momentum)
        and _number(eps)
    ):
        channel = x.ndim - 1 if channels_last else 1
        if all(v is None or tuple(v.shape) == (x.shape[channel],) for v in (running_mean, running_var, weight, bias)):
            return _batch_norm_kernel(
                x, running_mean, running_var, weight, bias, bool(training), float(momentum), float(eps), channel
            )
    return _fallback(
        "nn_batch_norm", x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last
    )


def _attention_body(query, key, value, mask, is_causal, scale):
    scale = 1.0 / math.sqrt(query.shape[-1]) if scale is None else scale
    scores = jnp.matmul(query, jnp.swapaxes(key, -1, -2), precision=_HIGHEST) * scale
    if is_causal:
        length, source = scores.shape[-2], scores.shape[-1]
        scores = jnp.where(jnp.tril(jnp.ones((length, source), dtype=bool)), scores, -jnp.inf)
    if mask is not None:
        scores = jnp.where(mask, scores, -jnp.inf) if mask.dtype == bool else scores + mask
    return jnp.matmul(jax.nn.softmax(scores, axis=-1), value, precision=_HIGHEST)


_attention_kernel = _kernel(_attention_body, 4)


@hookimpl
def nn_scaled_dot_product_attention(query, key, value, mask, dropout_p, is_causal, scale, seed):
    if (
        dropout_p == 0.0
        and _same_floating(query, key, value)
        and query.ndim >= 2
        and key.ndim >= 2
        and value.ndim >= 2
        and (mask is None or (isinstance(mask, jax.Array) and mask.dtype in (np.dtype(bool), query.dtype)))
        and (scale is None or _number(scale))
    ):
        return _attention_kernel(query, key, value, mask, bool(is_causal), scale)
    return _fallback("nn_scaled_dot_product_attention", query, key, value, mask, dropout_p, is_causal, scale, seed)


# -- activations ----------------------------------------------------------------------------


def _unary(hook: str, function: Callable) -> Callable:
    """The hook ``hook(x)``: ``function`` compiled for floating ``x``, else the composite."""
    return unary_hook(hook, _kernel(lambda x: function(x), 1), _floating, _fallback)


nn_relu = _unary("nn_relu", jax.nn.relu)
nn_relu6 = _unary("nn_relu6", jax.nn.relu6)
nn_selu = _unary("nn_selu", jax.nn.selu)
nn_silu = _unary("nn_silu", jax.nn.silu)
nn_mish = _unary("nn_mish", jax.nn.mish)
nn_sigmoid = _unary("nn_sigmoid", jax.nn.sigmoid)
nn_hard_sigmoid = _unary("nn_hard_sigmoid", jax.nn.hard_sigmoid)
nn_hard_swish = _unary("nn_hard_swish", jax.nn.hard_swish)
nn_log_sigmoid = _unary("nn_log_sigmoid", jax.nn.log_sigmoid)


def _number(value: Any) -> bool:
    return type(value) in (int, float)


def _softplus(x, beta, threshold):
    scaled = x * beta
    smooth = (jnp.maximum(scaled, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(scaled)))) / beta
    return jnp.where(scaled > threshold, x, smooth)


_leaky_relu_kernel = _kernel(lambda x, slope: jnp.where(x > 0, x, x * slope), 1)
_elu_kernel = _kernel(lambda x, alpha: jax.nn.elu(x, alpha), 1)
_softplus_kernel = _kernel(_softplus, 1)
_gelu_kernel = _kernel(lambda x, approximate: jax.nn.gelu(x, approximate=approximate), 1)
_softmax_kernel = _kernel(lambda x, axis: jax.nn.softmax(x, axis=axis), 1)
_log_softmax_kernel = _kernel(lambda x, axis: jax.nn.log_softmax(x, axis=axis), 1)


@hookimpl
def nn_leaky_relu(x, negative_slope):
    if _floating(x) and _number(negative_slope):
        return _leaky_relu_kernel(x, negative_slope)
    return _fallback("nn_leaky_relu", x, negative_slope)


@hookimpl
def nn_elu(x, alpha):
    if _floating(x) and _number(alpha):
        return _elu_kernel(x, alpha)
    return _fallback("nn_elu", x, alpha)


@hookimpl
def nn_softplus(x, beta, threshold):
    if _floating(x) and _number(beta) and _number(threshold):
        return _softplus_kernel(x, beta, threshold)
    return _fallback("nn_softplus", x, beta, threshold)


@hookimpl
def nn_gelu(x, approximate):
    if _floating(x) and approximate in ("none", "tanh"):
        return _gelu_kernel(x, approximate == "tanh")
    return _fallback("nn_gelu", x, approximate)


@hookimpl
def nn_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.ndim <= axis < x.ndim:
        return _softmax_kernel(x, axis)
    return _fallback("nn_softmax", x, axis)


@hookimpl
def nn_log_softmax(x, axis):
    if _floating(x) and type(axis) is int and -x.ndim <= axis < x.ndim:
        return _log_softmax_kernel(x, axis)
    return _fallback("nn_log_softmax", x, axis)


# -- cross-entropy and einsum ---------------------------------------------------------------


def _cross_entropy_body(logits, target, weight, ignore_index, reduction, smoothing):
    axis = 1 if logits.ndim > 1 else 0
    log_probs = jax.nn.log_softmax(logits, axis=axis)
    classes = logits.shape[axis]
    if jnp.issubdtype(target.dtype, jnp.integer):
        log_probs = jnp.moveaxis(log_probs, axis, -1)
        valid = target != ignore_index
        safe = jnp.where(valid, target, 0)
        class_weight = jnp.ones((classes,), logits.dtype) if weight is None else weight
        picked_weight = jnp.where(valid, class_weight[safe], 0.0)
        loss = -jnp.take_along_axis(log_probs, safe[..., None], axis=-1)[..., 0] * picked_weight
        if smoothing:
            uniform = -jnp.sum(log_probs * class_weight, axis=-1) / classes
            loss = loss * (1.0 - smoothing) + jnp.where(valid, uniform, 0.0) * smoothing
        denominator = jnp.sum(picked_weight)
    else:
        target = target * (1.0 - smoothing) + smoothing / classes
        weighted = log_probs * target
        if weight is not None:
            weighted = weighted * (weight.reshape((-1,) + (1,) * (logits.ndim - 2)) if logits.ndim > 1 else weight)
        loss = -jnp.sum(weighted, axis=axis)
        denominator = logits.shape[0] * 1.0 if logits.ndim > 1 else 1.0
    if reduction == "none":
        return loss
    return jnp.sum(loss) if reduction == "sum" else jnp.sum(loss) / denominator


_cross_entropy_kernel = _kernel(_cross_entropy_body, 3)


@hookimpl
def nn_cross_entropy(logits, target, weight, ignore_index, reduction, label_smoothing):
    if (
        _same_floating(logits, weight)
        and isinstance(target, jax.Array)
        and logits.ndim >= 1
        and reduction in ("mean", "sum", "none")
        and type(ignore_index) is int
        and _number(label_smoothing)
        and 0.0 <= label_smoothing <= 1.0
        and (weight is None or tuple(weight.shape) == (logits.shape[1 if logits.ndim > 1 else 0],))
    ):
        axis = 1 if logits.ndim > 1 else 0
        expected = logits.shape[:axis] + logits.shape[axis + 1 :]
        indices = target.dtype == _INT64 and tuple(target.shape) == expected
        # probabilities: the composite averages over the batch axis alone, as torch does for 2-d logits
        if indices or (target.dtype == logits.dtype and target.shape == logits.shape and logits.ndim <= 2):
            return _cross_entropy_kernel(logits, target, weight, ignore_index, reduction, float(label_smoothing))
    return _fallback("nn_cross_entropy", logits, target, weight, ignore_index, reduction, label_smoothing)


_einsum_kernel = _kernel(lambda operands, subscripts: jnp.einsum(subscripts, *operands, precision=_HIGHEST), 1)


@hookimpl
def einsum(subscripts, operands):
    if isinstance(subscripts, str) and operands and all(isinstance(o, jax.Array) for o in operands):
        dtype = operands[0].dtype
        if dtype in _INEXACT and all(o.dtype == dtype for o in operands):
            try:
                return _einsum_kernel(tuple(operands), subscripts)
            except ValueError:  # subscripts that do not fit: the composite names the problem
                pass
    return _fallback("einsum", subscripts, operands)
