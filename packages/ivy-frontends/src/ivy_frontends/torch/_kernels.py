# ruff: noqa: A002 - torch's own argument names (input, ...)
"""torch's functional kernels exposed at the top level (``torch.batch_norm``, ``torch.embedding``,
``torch.kl_div``, ...): the ATen signatures (weight first for ``embedding``, integer ``reduction``
0/1/2 for none/mean/sum, explicit flags) mapped onto ``torch.nn.functional``'s emulation."""

from __future__ import annotations

import inspect
from typing import Any

from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.torch._registry import add
from ivy_frontends.torch._tensor import Tensor
from ivy_frontends.torch.nn import functional as F  # noqa: N812 - torch's usual alias

_REDUCTIONS = ("none", "mean", "sum")
_P = inspect.Parameter


def _reduction(reduction: Any, name: str) -> str:
    """ATen's integer reduction (0 none, 1 mean, 2 sum) as ``nn.functional``'s string."""
    if isinstance(reduction, str) and reduction in _REDUCTIONS:
        return reduction
    if reduction not in (0, 1, 2):
        raise RuntimeError(f"torch.{name}: reduction must be 0 (none), 1 (mean) or 2 (sum), got {reduction!r}")
    return _REDUCTIONS[reduction]


def batch_norm(
    input: Tensor,
    weight: Any,
    bias: Any,
    running_mean: Any,
    running_var: Any,
    training: bool,
    momentum: float,
    eps: float,
    cudnn_enabled: bool = True,
) -> Tensor:
    """torch.batch_norm: F.batch_norm with ATen's argument order (weight and bias first)."""
    return F.batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def embedding(
    weight: Tensor, indices: Tensor, padding_idx: int = -1, scale_grad_by_freq: bool = False, sparse: bool = False
) -> Tensor:
    """torch.embedding: rows of ``weight`` at ``indices`` (padding_idx only affects gradients)."""
    return F.embedding(indices, weight)


def constant_pad_nd(input: Tensor, pad: Any, value: float = 0) -> Tensor:
    """torch.constant_pad_nd: F.pad in constant mode."""
    return F.pad(input, list(pad), "constant", value)


def _aten_loss(name: str, parameters: tuple) -> Any:
    """``torch.<name>``: ``F.<name>`` under ATen's signature ``parameters``, its integer ``reduction`` as a string."""

    def loss(**given: Any) -> Tensor:
        given["reduction"] = _reduction(given["reduction"], name)
        return getattr(F, name)(**given)

    return signed(name, parameters, loss, f"torch.{name} (ATen's integer reduction: 0 none, 1 mean, 2 sum).")


_PAIR, _MARGIN = ("input1", "input2", "target"), {"margin": 0.0}
#: ATen's loss kernels: name -> their parameters
_ATEN_LOSSES = {
    "kl_div": (
        *params("input", "target", reduction=1),
        _P("log_target", _P.KEYWORD_ONLY, default=False, annotation=Any),
    ),
    "binary_cross_entropy_with_logits": params("input", "target", weight=None, pos_weight=None, reduction=1),
    "cosine_embedding_loss": params(*_PAIR, **_MARGIN, reduction=1),
    "hinge_embedding_loss": params("input", "target", margin=1.0, reduction=1),
    "margin_ranking_loss": params(*_PAIR, **_MARGIN, reduction=1),
    "poisson_nll_loss": params("input", "target", "log_input", "full", "eps", "reduction"),
    "triplet_margin_loss": params("anchor", "positive", "negative", margin=1.0, p=2, eps=1e-6, swap=False, reduction=1),
}


_CONV = {(False, 1): "conv1d", (False, 2): "conv2d", (False, 3): "conv3d"}
_CONV_T = {1: "conv_transpose1d", 2: "conv_transpose2d", 3: "conv_transpose3d"}


def convolution(
    input: Tensor,
    weight: Tensor,
    bias: Any,
    stride: Any,
    padding: Any,
    dilation: Any,
    transposed: bool,
    output_padding: Any,
    groups: int,
) -> Tensor:
    """torch.convolution: the 1-, 2- or 3-d (transposed) convolution the weight's rank picks."""
    dims = len(weight.shape) - 2
    if dims not in (1, 2, 3):
        raise RuntimeError(f"torch.convolution: expected a 3-, 4- or 5-d weight, got {len(weight.shape)}-d")
    if transposed:
        conv = getattr(F, _CONV_T[dims])
        return conv(input, weight, bias, stride, padding, output_padding, groups, dilation)
    return getattr(F, _CONV[(False, dims)])(input, weight, bias, stride, padding, dilation, groups)


for _fn in (batch_norm, embedding, constant_pad_nd, convolution):
    add(_fn.__name__, _fn, method=False)
for _name, _parameters in _ATEN_LOSSES.items():
    add(_name, _aten_loss(_name, _parameters), method=False)
add("rms_norm", F.rms_norm, method=False)
add("native_channel_shuffle", F.channel_shuffle, method=False)
add("_grouped_mm", F.grouped_mm, method=False)
