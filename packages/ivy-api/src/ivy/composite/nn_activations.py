"""Activations, written with Ivy's own functions."""

from __future__ import annotations

import math

import ivy
from ivy.composite import composite

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946


@composite
def nn_relu(x):
    return ivy.maximum(x, 0.0)


@composite
def nn_relu6(x):
    return ivy.clip(x, min=0.0, max=6.0)


@composite
def nn_leaky_relu(x, negative_slope):
    return ivy.where(x > 0, x, x * negative_slope)


@composite
def nn_elu(x, alpha):
    return ivy.where(x > 0, x, ivy.expm1(ivy.minimum(x, 0.0)) * alpha)


@composite
def nn_selu(x):
    return ivy.where(x > 0, x, ivy.expm1(ivy.minimum(x, 0.0)) * _SELU_ALPHA) * _SELU_SCALE


@composite
def nn_gelu(x, approximate):
    if approximate == "tanh":
        inner = (x + ivy.pow(x, 3.0) * 0.044715) * math.sqrt(2.0 / math.pi)
        return x * (ivy.tanh(inner) + 1.0) * 0.5
    if approximate != "none":
        raise ivy.IvyValueError(f"ivy.nn.gelu: argument 'approximate' must be 'none' or 'tanh', got {approximate!r}")
    return x * (ivy.erf(x * (1.0 / math.sqrt(2.0))) + 1.0) * 0.5


@composite
def nn_sigmoid(x):
    # exp of a non-positive number only: no overflow at either end.
    z = ivy.exp(-ivy.abs(x))
    return ivy.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


@composite
def nn_log_sigmoid(x):
    return ivy.minimum(x, 0.0) - ivy.log1p(ivy.exp(-ivy.abs(x)))


@composite
def nn_softplus(x, beta, threshold):
    scaled = x * beta
    smooth = (ivy.maximum(scaled, 0.0) + ivy.log1p(ivy.exp(-ivy.abs(scaled)))) / beta
    return ivy.where(scaled > threshold, x, smooth)


@composite
def nn_silu(x):
    return x * ivy.nn.sigmoid(x)


@composite
def nn_mish(x):
    return x * ivy.tanh(ivy.nn.softplus(x))


@composite
def nn_hard_sigmoid(x):
    return ivy.clip(x + 3.0, min=0.0, max=6.0) / 6.0


@composite
def nn_hard_swish(x):
    return x * ivy.clip(x + 3.0, min=0.0, max=6.0) / 6.0


@composite
def nn_softmax(x, axis):
    if x.size == 0:
        return x
    shifted = ivy.exp(x - ivy.max(x, axis=axis, keepdims=True))
    return shifted / ivy.sum(shifted, axis=axis, keepdims=True)


@composite
def nn_log_softmax(x, axis):
    if x.size == 0:
        return x
    # shifted by the maximum, as the frameworks' kernels: a slice holding +inf is all NaN (as softmax's)
    shifted = x - ivy.max(x, axis=axis, keepdims=True)
    return shifted - ivy.log(ivy.sum(ivy.exp(shifted), axis=axis, keepdims=True))


@composite
def logsumexp(x, axis, keepdims):
    axes = _axes(axis, x.ndim)
    if any(x.shape[a] == 0 for a in axes):  # a sum of nothing: log(0)
        shape = tuple(1 if a in axes or a - x.ndim in axes else n for a, n in enumerate(x.shape))
        total = ivy.full(shape, -math.inf, dtype=x.dtype)
        return total if keepdims else ivy.squeeze(total, axis=axes)
    if x.size == 0:
        return ivy.sum(x, axis=axis, keepdims=keepdims)
    peak = ivy.max(x, axis=axis, keepdims=True)
    peak = ivy.where(ivy.isfinite(peak), peak, 0.0)  # all -inf (or inf) rows: keep exp well defined
    total = ivy.log(ivy.sum(ivy.exp(x - peak), axis=axis, keepdims=True)) + peak
    return total if keepdims else ivy.squeeze(total, axis=axes)


def _axes(axis, ndim):
    if axis is None:
        return tuple(range(ndim))
    return (axis,) if isinstance(axis, int) else tuple(axis)
