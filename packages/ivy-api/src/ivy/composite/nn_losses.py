"""Losses as composites, with PyTorch's reductions and conventions."""

from __future__ import annotations

import ivy
from ivy.composite import composite

_REDUCTIONS = ("mean", "sum", "none")


def _reduce(function: str, loss, reduction: str, denominator=None):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return ivy.sum(loss)
    if reduction == "mean":
        return ivy.sum(loss) / denominator if denominator is not None else ivy.mean(loss)
    raise ivy.IvyValueError(f"ivy.nn.{function}: argument 'reduction' must be one of {_REDUCTIONS}, got {reduction!r}")


def _class_axis_last(x):
    return ivy.moveaxis(x, 1, -1) if x.ndim > 1 else x


def _picked(values, target):
    """values[..., target] along the last axis, for integer ``target`` of ``values.shape[:-1]``."""
    return ivy.squeeze(ivy.take_along_axis(values, ivy.expand_dims(target, axis=-1), axis=-1), axis=-1)


def _nll(function, log_probs, target, weight, ignore_index, reduction, smoothing=0.0):
    log_probs = _class_axis_last(log_probs)
    classes = log_probs.shape[-1]
    valid = target != ignore_index
    safe = ivy.where(valid, target, 0)
    class_weight = ivy.ones((classes,), dtype=log_probs.dtype) if weight is None else weight
    picked_weight = ivy.reshape(ivy.take(class_weight, ivy.reshape(safe, (-1,))), target.shape)
    picked_weight = ivy.where(valid, picked_weight, 0.0)
    loss = -_picked(log_probs, safe) * picked_weight
    if smoothing:
        uniform = -ivy.sum(log_probs * class_weight, axis=-1) / classes
        loss = loss * (1.0 - smoothing) + ivy.where(valid, uniform, 0.0) * smoothing
    return _reduce(function, loss, reduction, denominator=ivy.sum(picked_weight))


@composite
def nn_nll_loss(log_probs, target, weight, ignore_index, reduction):
    return _nll("nll_loss", log_probs, target, weight, ignore_index, reduction)


@composite
def nn_cross_entropy(logits, target, weight, ignore_index, reduction, label_smoothing):
    if not 0.0 <= label_smoothing <= 1.0:
        raise ivy.IvyValueError(f"ivy.nn.cross_entropy: label_smoothing must be in [0, 1], got {label_smoothing}")
    log_probs = ivy.nn.log_softmax(logits, axis=1 if logits.ndim > 1 else 0)
    if ivy.isdtype(target.dtype, "integral"):
        return _nll("cross_entropy", log_probs, target, weight, ignore_index, reduction, label_smoothing)
    if target.shape != logits.shape:
        raise ivy.IvyValueError(
            f"ivy.nn.cross_entropy: probability targets must have the logits' shape {logits.shape}, got {target.shape}"
        )
    classes = logits.shape[1] if logits.ndim > 1 else logits.shape[0]
    target = target * (1.0 - label_smoothing) + label_smoothing / classes
    weighted = log_probs * target
    if weight is not None:
        weighted = weighted * (ivy.reshape(weight, (-1,) + (1,) * (logits.ndim - 2)) if logits.ndim > 1 else weight)
    loss = -ivy.sum(weighted, axis=1 if logits.ndim > 1 else 0)
    batch = logits.shape[0] if logits.ndim > 1 else 1
    return _reduce("cross_entropy", loss, reduction, denominator=None if reduction != "mean" else batch * 1.0)


@composite
def nn_binary_cross_entropy(probs, target, weight, reduction):
    log_p = ivy.maximum(ivy.log(probs), -100.0)
    log_not_p = ivy.maximum(ivy.log1p(-probs), -100.0)
    loss = -(target * log_p + (1.0 - target) * log_not_p)
    return _reduce("binary_cross_entropy", loss if weight is None else loss * weight, reduction)


@composite
def nn_binary_cross_entropy_with_logits(logits, target, weight, pos_weight, reduction):
    softplus_neg = ivy.log1p(ivy.exp(-ivy.abs(logits))) + ivy.maximum(-logits, 0.0)  # log(1 + exp(-x))
    factor = 1.0 if pos_weight is None else (pos_weight - 1.0) * target + 1.0
    loss = (1.0 - target) * logits + factor * softplus_neg
    return _reduce("binary_cross_entropy_with_logits", loss if weight is None else loss * weight, reduction)


@composite
def nn_mse_loss(input, target, reduction):
    difference = input - target
    return _reduce("mse_loss", difference * difference, reduction)


@composite
def nn_l1_loss(input, target, reduction):
    return _reduce("l1_loss", ivy.abs(input - target), reduction)


@composite
def nn_smooth_l1_loss(input, target, beta, reduction):
    difference = ivy.abs(input - target)
    if beta == 0.0:
        return _reduce("smooth_l1_loss", difference, reduction)
    loss = ivy.where(difference < beta, difference * difference * (0.5 / beta), difference - 0.5 * beta)
    return _reduce("smooth_l1_loss", loss, reduction)


@composite
def nn_huber_loss(input, target, delta, reduction):
    difference = ivy.abs(input - target)
    loss = ivy.where(difference <= delta, difference * difference * 0.5, (difference - 0.5 * delta) * delta)
    return _reduce("huber_loss", loss, reduction)


@composite
def nn_kl_div(input, target, reduction, log_target):
    if log_target:
        loss = ivy.exp(target) * (target - input)
    else:
        positive = target > 0
        loss = ivy.where(positive, target * (ivy.log(ivy.where(positive, target, 1.0)) - input), 0.0)
    if reduction == "batchmean":
        return ivy.sum(loss) / input.shape[0]
    return _reduce("kl_div", loss, reduction)
