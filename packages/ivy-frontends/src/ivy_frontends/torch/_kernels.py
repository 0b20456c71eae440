# ruff: noqa: A002 - torch's own argument names (input, ...)
"""torch's functional kernels exposed at the top level (``torch.batch_norm``, ``torch.embedding``,
``torch.kl_div``, ...): the ATen signatures (weight first for ``embedding``, integer ``reduction``
0/1/2 for none/mean/sum, explicit flags) mapped onto ``torch.nn.functional``'s emulation."""

from __future__ import annotations

from typing import Any

from ivy_frontends.torch._registry import add
from ivy_frontends.torch._tensor import Tensor
from ivy_frontends.torch.nn import functional as F  # noqa: N812 - torch's usual alias

_REDUCTIONS = ("none", "mean", "sum")


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


def kl_div(input: Tensor, target: Tensor, reduction: int = 1, *, log_target: bool = False) -> Tensor:
    """torch.kl_div."""
    return F.kl_div(input, target, reduction=_reduction(reduction, "kl_div"), log_target=log_target)


def constant_pad_nd(input: Tensor, pad: Any, value: float = 0) -> Tensor:
    """torch.constant_pad_nd: F.pad in constant mode."""
    return F.pad(input, list(pad), "constant", value)


def binary_cross_entropy_with_logits(
    input: Tensor, target: Tensor, weight: Any = None, pos_weight: Any = None, reduction: int = 1
) -> Tensor:
    """torch.binary_cross_entropy_with_logits."""
    red = _reduction(reduction, "binary_cross_entropy_with_logits")
    return F.binary_cross_entropy_with_logits(input, target, weight, reduction=red, pos_weight=pos_weight)


def cosine_embedding_loss(
    input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0.0, reduction: int = 1
) -> Tensor:
    """torch.cosine_embedding_loss."""
    red = _reduction(reduction, "cosine_embedding_loss")
    return F.cosine_embedding_loss(input1, input2, target, margin=margin, reduction=red)


def hinge_embedding_loss(input: Tensor, target: Tensor, margin: float = 1.0, reduction: int = 1) -> Tensor:
    """torch.hinge_embedding_loss."""
    return F.hinge_embedding_loss(input, target, margin=margin, reduction=_reduction(reduction, "hinge_embedding_loss"))


def margin_ranking_loss(
    input1: Tensor, input2: Tensor, target: Tensor, margin: float = 0.0, reduction: int = 1
) -> Tensor:
    """torch.margin_ranking_loss."""
    red = _reduction(reduction, "margin_ranking_loss")
    return F.margin_ranking_loss(input1, input2, target, margin=margin, reduction=red)


def poisson_nll_loss(input: Tensor, target: Tensor, log_input: bool, full: bool, eps: float, reduction: int) -> Tensor:
    """torch.poisson_nll_loss (every argument required, as in ATen)."""
    red = _reduction(reduction, "poisson_nll_loss")
    return F.poisson_nll_loss(input, target, log_input=log_input, full=full, eps=eps, reduction=red)


def triplet_margin_loss(
    anchor: Tensor,
    positive: Tensor,
    negative: Tensor,
    margin: float = 1.0,
    p: float = 2,
    eps: float = 1e-6,
    swap: bool = False,
    reduction: int = 1,
) -> Tensor:
    """torch.triplet_margin_loss."""
    red = _reduction(reduction, "triplet_margin_loss")
    return F.triplet_margin_loss(anchor, positive, negative, margin=margin, p=p, eps=eps, swap=swap, reduction=red)


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


for _fn in (
    batch_norm,
    embedding,
    kl_div,
    constant_pad_nd,
    binary_cross_entropy_with_logits,
    cosine_embedding_loss,
    hinge_embedding_loss,
    margin_ranking_loss,
    poisson_nll_loss,
    triplet_margin_loss,
    convolution,
):
    add(_fn.__name__, _fn, method=False)
add("rms_norm", F.rms_norm, method=False)
add("native_channel_shuffle", F.channel_shuffle, method=False)
