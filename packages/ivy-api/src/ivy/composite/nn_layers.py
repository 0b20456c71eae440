"""Dense layers, normalisation, dropout, embeddings and attention as composites."""

from __future__ import annotations

import math

import ivy
from ivy.composite import composite
from ivy.spec.nn import BatchNormResult


def _error(function: str, message: str) -> ivy.IvyValueError:
    return ivy.IvyValueError(f"ivy.nn.{function}: {message}")


def _channel_axis(x, channels_last: bool) -> int:
    return x.ndim - 1 if channels_last else 1


def _per_channel(values, x, channels_last: bool):
    """Reshape a per-channel vector so that it broadcasts against ``x``."""
    shape = [1] * x.ndim
    shape[_channel_axis(x, channels_last)] = -1
    return ivy.reshape(values, tuple(shape))


def _normalize(x, axes, eps):
    mean = ivy.mean(x, axis=axes, keepdims=True)
    centred = x - mean
    variance = ivy.mean(centred * centred, axis=axes, keepdims=True)
    return centred / ivy.sqrt(variance + eps)


@composite
def nn_linear(x, weight, bias):
    if weight.ndim not in (1, 2):
        raise _error("linear", f"argument 'weight' must be (out, in) or (in,), got shape {weight.shape}")
    if x.shape[-1] != weight.shape[-1]:
        raise _error("linear", f"input features {x.shape[-1]} do not match weight's in-features {weight.shape[-1]}")
    out = ivy.matmul(x, ivy.matrix_transpose(weight)) if weight.ndim == 2 else ivy.vecdot(x, weight)
    return out if bias is None else out + bias


@composite
def nn_layer_norm(x, normalized_shape, weight, bias, eps):
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    if tuple(x.shape[x.ndim - len(shape) :]) != shape:
        raise _error("layer_norm", f"the trailing axes of input shape {x.shape} must equal normalized_shape {shape}")
    out = _normalize(x, tuple(range(x.ndim - len(shape), x.ndim)), eps)
    if weight is not None:
        out = out * weight
    return out if bias is None else out + bias


@composite
def nn_rms_norm(x, normalized_shape, weight, eps):
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    if tuple(x.shape[x.ndim - len(shape) :]) != shape:
        raise _error("rms_norm", f"the trailing axes of input shape {x.shape} must equal normalized_shape {shape}")
    eps = ivy.finfo(x.dtype).eps if eps is None else eps
    axes = tuple(range(x.ndim - len(shape), x.ndim))
    out = x / ivy.sqrt(ivy.mean(x * x, axis=axes, keepdims=True) + eps)
    return out if weight is None else out * weight


@composite
def nn_batch_norm(x, running_mean, running_var, weight, bias, training, momentum, eps, channels_last):
    if x.ndim < 2:
        raise _error("batch_norm", f"expected an input with a batch and a channel axis, got shape {x.shape}")
    channel = _channel_axis(x, channels_last)
    axes = tuple(a for a in range(x.ndim) if a != channel)
    use_batch = training or running_mean is None or running_var is None
    if use_batch:
        mean = ivy.mean(x, axis=axes)
        variance = ivy.var(x, axis=axes)
    else:
        mean, variance = running_mean, running_var
    out = (x - _per_channel(mean, x, channels_last)) / ivy.sqrt(_per_channel(variance, x, channels_last) + eps)
    if weight is not None:
        out = out * _per_channel(weight, x, channels_last)
    if bias is not None:
        out = out + _per_channel(bias, x, channels_last)
    if training and running_mean is not None and running_var is not None:
        count = x.size // x.shape[channel]
        unbiased = variance * (count / max(count - 1, 1))
        running_mean = running_mean * (1.0 - momentum) + mean * momentum
        running_var = running_var * (1.0 - momentum) + unbiased * momentum
    return BatchNormResult(out, running_mean, running_var)


@composite
def nn_group_norm(x, num_groups, weight, bias, eps, channels_last):
    channels = x.shape[_channel_axis(x, channels_last)]
    if channels % num_groups:
        raise _error("group_norm", f"{channels} channels do not split into num_groups={num_groups} groups")
    moved = ivy.moveaxis(x, -1, 1) if channels_last else x
    grouped = ivy.reshape(moved, (moved.shape[0], num_groups, -1))
    out = ivy.reshape(_normalize(grouped, (2,), eps), moved.shape)
    out = ivy.moveaxis(out, 1, -1) if channels_last else out
    if weight is not None:
        out = out * _per_channel(weight, x, channels_last)
    return out if bias is None else out + _per_channel(bias, x, channels_last)


@composite
def nn_instance_norm(x, weight, bias, eps, channels_last):
    channel = _channel_axis(x, channels_last)
    axes = tuple(a for a in range(1, x.ndim) if a != channel)
    out = _normalize(x, axes, eps)
    if weight is not None:
        out = out * _per_channel(weight, x, channels_last)
    return out if bias is None else out + _per_channel(bias, x, channels_last)


@composite
def nn_dropout(x, p, training, seed):
    if not 0.0 <= p <= 1.0:
        raise _error("dropout", f"argument 'p' must be a probability in [0, 1], got {p}")
    if not training or p == 0.0:
        return x
    if p == 1.0:
        return ivy.zeros_like(x)
    keep = ivy.random.uniform(x.shape, dtype=x.dtype, seed=seed) >= p
    return ivy.where(keep, x / (1.0 - p), 0.0)


@composite
def nn_embedding(indices, weight):
    if weight.ndim != 2:
        raise _error("embedding", f"argument 'weight' must be a (num_embeddings, dim) matrix, got shape {weight.shape}")
    flat = ivy.take(weight, ivy.reshape(indices, (-1,)), axis=0)
    return ivy.reshape(flat, (*indices.shape, weight.shape[1]))


@composite
def nn_one_hot(indices, num_classes, dtype):
    classes = ivy.arange(num_classes, dtype=indices.dtype)
    return ivy.astype(ivy.expand_dims(indices, axis=-1) == classes, dtype or ivy.int64)


@composite
def nn_scaled_dot_product_attention(query, key, value, mask, dropout_p, is_causal, scale, seed):
    scale = 1.0 / math.sqrt(query.shape[-1]) if scale is None else scale
    scores = ivy.matmul(query, ivy.matrix_transpose(key)) * scale
    if is_causal:
        length, source = scores.shape[-2], scores.shape[-1]
        causal = ivy.tril(ivy.ones((length, source), dtype=ivy.bool))
        scores = ivy.where(causal, scores, -math.inf)
    if mask is not None:
        scores = ivy.where(mask, scores, -math.inf) if mask.dtype == ivy.bool else scores + mask
    weights = ivy.nn.softmax(scores, axis=-1)
    if dropout_p > 0.0:
        weights = ivy.nn.dropout(weights, dropout_p, training=True, seed=seed)
    return ivy.matmul(weights, value)


@composite
def nn_multi_head_attention(
    query, key, value, num_heads, in_weight, in_bias, out_weight, out_bias, mask, is_causal, dropout_p, seed
):
    embed = query.shape[-1]
    if embed % num_heads:
        raise _error("multi_head_attention", f"embedding size {embed} is not divisible by num_heads={num_heads}")
    w_q, w_k, w_v = (in_weight[i * embed : (i + 1) * embed] for i in range(3))
    b_q, b_k, b_v = (None,) * 3 if in_bias is None else (in_bias[i * embed : (i + 1) * embed] for i in range(3))

    def heads(x, weight, bias):
        projected = ivy.nn.linear(x, weight, bias)
        batch, length = projected.shape[0], projected.shape[1]
        return ivy.permute_dims(ivy.reshape(projected, (batch, length, num_heads, embed // num_heads)), (0, 2, 1, 3))

    attended = ivy.nn.scaled_dot_product_attention(
        heads(query, w_q, b_q),
        heads(key, w_k, b_k),
        heads(value, w_v, b_v),
        mask=mask,
        dropout_p=dropout_p,
        is_causal=is_causal,
        seed=seed,
    )
    batch, length = attended.shape[0], attended.shape[2]
    merged = ivy.reshape(ivy.permute_dims(attended, (0, 2, 1, 3)), (batch, length, embed))
    return ivy.nn.linear(merged, out_weight, out_bias)
