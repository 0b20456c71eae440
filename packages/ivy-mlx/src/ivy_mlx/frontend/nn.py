"""``mlx.nn``'s functional activations and ``mlx.nn.losses`` emulated with ``ivy`` calls."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_mlx.frontend._array import Array, to_ivy


def _activation(function: Any, **fixed: Any) -> Any:
    def emulated(x: Any) -> Array:
        return Array(function(to_ivy(x), **fixed))

    return emulated


relu = _activation(ivy.nn.relu)
gelu = _activation(ivy.nn.gelu)
gelu_approx = _activation(ivy.nn.gelu, approximate="tanh")
silu = _activation(ivy.nn.silu)
sigmoid = _activation(ivy.nn.sigmoid)
tanh = _activation(ivy.tanh)

selu = _activation(ivy.nn.selu)
mish = _activation(ivy.nn.mish)
softplus = _activation(ivy.nn.softplus)


def leaky_relu(x: Any, negative_slope: float = 0.01) -> Array:
    return Array(ivy.nn.leaky_relu(to_ivy(x), negative_slope=negative_slope))


def elu(x: Any, alpha: float = 1.0) -> Array:
    return Array(ivy.nn.elu(to_ivy(x), alpha=alpha))


def relu6(x: Any) -> Array:
    return Array(ivy.clip(ivy.nn.relu(to_ivy(x)), None, 6.0))


def softmax(x: Any, axis: int = -1) -> Array:
    return Array(ivy.nn.softmax(to_ivy(x), axis=axis))


def log_softmax(x: Any, axis: int = -1) -> Array:
    return Array(ivy.nn.log_softmax(to_ivy(x), axis=axis))


def _reduce(loss: Any, reduction: str) -> Array:
    if reduction == "mean":
        return Array(ivy.mean(loss))
    if reduction == "sum":
        return Array(ivy.sum(loss))
    if reduction == "none":
        return Array(loss)
    raise ValueError(f"mlx.nn.losses: reduction must be 'none', 'mean' or 'sum', not {reduction!r}")


def mse_loss(predictions: Any, targets: Any, reduction: str = "mean") -> Array:
    return _reduce(ivy.square(to_ivy(predictions) - to_ivy(targets)), reduction)


def l1_loss(predictions: Any, targets: Any, reduction: str = "mean") -> Array:
    return _reduce(ivy.abs(to_ivy(predictions) - to_ivy(targets)), reduction)


def cross_entropy(
    logits: Any,
    targets: Any,
    weights: Any = None,
    axis: int = -1,
    label_smoothing: float = 0.0,
    reduction: str = "none",
) -> Array:
    """MLX's cross-entropy: classes on ``axis``, class indices or probabilities as targets,
    ``reduction="none"`` by default."""
    scores = ivy.nn.log_softmax(to_ivy(logits), axis=axis)
    target = to_ivy(targets)
    if target.ndim == scores.ndim:  # probabilities
        loss = -ivy.sum(scores * target, axis=axis)
    else:
        picked = ivy.take_along_axis(scores, ivy.expand_dims(ivy.astype(target, ivy.int64), axis=axis), axis=axis)
        loss = -ivy.squeeze(picked, axis=axis)
        if label_smoothing:
            loss = (1 - label_smoothing) * loss - label_smoothing * ivy.mean(scores, axis=axis)
    if weights is not None:
        loss = loss * to_ivy(weights)
    return _reduce(loss, reduction)


def binary_cross_entropy(
    inputs: Any, targets: Any, weights: Any = None, with_logits: bool = True, reduction: str = "mean"
) -> Array:
    x, t = to_ivy(inputs), to_ivy(targets)
    if with_logits:
        loss = ivy.nn.softplus(x) - x * t
    else:
        loss = -(t * ivy.log(x) + (1 - t) * ivy.log(1 - x))
    if weights is not None:
        loss = loss * to_ivy(weights)
    return _reduce(loss, reduction)


ACTIVATIONS = (
    "relu", "gelu", "gelu_approx", "silu", "sigmoid", "tanh", "elu", "selu", "mish", "softplus",
    "leaky_relu", "relu6", "softmax", "log_softmax",
)  # fmt: skip
LOSSES = ("mse_loss", "l1_loss", "cross_entropy", "binary_cross_entropy")
