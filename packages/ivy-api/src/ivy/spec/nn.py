"""``ivy.nn``: activations, layers as functions, normalisation, attention and losses.

Conventions follow ``torch.nn.functional`` (channels-first by default, a
``channels_last`` switch where layouts matter; weights of ``linear`` as
``(out, in)`` and of convolutions as ``(out, in / groups, *kernel)``), so the
most common oracle and the most common source code line up. Most of these
are composites in the core (:mod:`ivy.composite`) that backends may replace
with native kernels.
"""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal, NamedTuple, TypeAlias

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="nn", namespace="nn", standard=False)

Padding: TypeAlias = "int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid']"
Reduction: TypeAlias = "Literal['mean', 'sum', 'none']"
KLReduction: TypeAlias = "Literal['mean', 'batchmean', 'sum', 'none']"


class BatchNormResult(NamedTuple):
    output: Any
    running_mean: Any
    running_var: Any


# -- activations --------------------------------------------------------------
@spec(dtypes="real floating")
def relu(x: Array, /) -> Array:
    """``max(x, 0)``, elementwise."""


@spec(dtypes="real floating")
def relu6(x: Array, /) -> Array:
    """``min(max(x, 0), 6)``, elementwise."""


@spec(dtypes="real floating")
def leaky_relu(x: Array, /, *, negative_slope: float = 0.01) -> Array:
    """``x`` where positive, ``negative_slope * x`` elsewhere."""


@spec(dtypes="real floating")
def elu(x: Array, /, *, alpha: float = 1.0) -> Array:
    """``x`` where positive, ``alpha * (exp(x) - 1)`` elsewhere."""


@spec(dtypes="real floating")
def selu(x: Array, /) -> Array:
    """Scaled ELU with the self-normalising constants."""


@spec(dtypes="real floating")
def gelu(x: Array, /, *, approximate: Literal["none", "tanh"] = "none") -> Array:
    """Gaussian error linear unit: exact (``erf``) or the tanh approximation."""


@spec(dtypes="real floating")
def silu(x: Array, /) -> Array:
    """``x * sigmoid(x)`` (swish)."""


@spec(dtypes="real floating")
def mish(x: Array, /) -> Array:
    """``x * tanh(softplus(x))``."""


@spec(dtypes="real floating")
def softplus(x: Array, /, *, beta: float = 1.0, threshold: float = 20.0) -> Array:
    """``log(1 + exp(beta * x)) / beta``, linear where ``beta * x > threshold``."""


@spec(dtypes="real floating")
def sigmoid(x: Array, /) -> Array:
    """``1 / (1 + exp(-x))``, computed without overflow."""


@spec(dtypes="real floating")
def hard_sigmoid(x: Array, /) -> Array:
    """``relu6(x + 3) / 6``."""


@spec(dtypes="real floating")
def hard_swish(x: Array, /) -> Array:
    """``x * relu6(x + 3) / 6``."""


@spec(dtypes="real floating")
def log_sigmoid(x: Array, /) -> Array:
    """``log(sigmoid(x))``, computed without overflow."""


@spec(dtypes="real floating")
def softmax(x: Array, /, *, axis: int = -1) -> Array:
    """Softmax along ``axis``, stabilised by subtracting the maximum."""


@spec(dtypes="real floating")
def log_softmax(x: Array, /, *, axis: int = -1) -> Array:
    """Log-softmax along ``axis``, computed as ``x - logsumexp(x)``."""


# -- layers as functions ------------------------------------------------------
@spec(dtypes="floating")
def linear(x: Array, weight: Array, /, bias: Array | None = None) -> Array:
    """``x @ weight.T + bias`` with ``weight`` of shape ``(out, in)``."""


@spec(dtypes="floating")
def conv(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: Padding = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """N-d convolution (cross-correlation); ``N = weight.ndim - 2``.

    ``padding`` is an int, one int per spatial axis, one ``(before, after)``
    pair per spatial axis, or ``"SAME"``/``"VALID"``.
    """


@spec(dtypes="floating")
def conv1d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: Padding = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """1-d convolution of ``(N, C, W)`` input (``(N, W, C)`` if ``channels_last``)."""


@spec(dtypes="floating")
def conv2d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: Padding = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """2-d convolution of ``(N, C, H, W)`` input (``(N, H, W, C)`` if ``channels_last``)."""


@spec(dtypes="floating")
def conv3d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: Padding = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """3-d convolution of ``(N, C, D, H, W)`` input (``(N, D, H, W, C)`` if ``channels_last``)."""


@spec(dtypes="floating")
def depthwise_conv2d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: Padding = 0,
    dilation: int | tuple[int, ...] = 1,
    channels_last: bool = False,
) -> Array:
    """2-d convolution of each channel with its own filters; ``weight`` is ``(C * multiplier, 1, kh, kw)``."""


@spec(dtypes="floating")
def conv_transpose(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """N-d transposed convolution; ``weight`` is ``(in, out / groups, *kernel)`` as in PyTorch."""


@spec(dtypes="floating")
def conv_transpose1d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """1-d transposed convolution."""


@spec(dtypes="floating")
def conv_transpose2d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """2-d transposed convolution."""


@spec(dtypes="floating")
def conv_transpose3d(
    x: Array,
    weight: Array,
    /,
    bias: Array | None = None,
    *,
    stride: int | tuple[int, ...] = 1,
    padding: int | tuple[int, ...] = 0,
    output_padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
    groups: int = 1,
    channels_last: bool = False,
) -> Array:
    """3-d transposed convolution."""


@spec(dtypes="real numeric")
def max_pool(
    x: Array,
    /,
    kernel_size: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] | None = None,
    padding: int | tuple[int, ...] = 0,
    dilation: int | tuple[int, ...] = 1,
    ceil_mode: bool = False,
    channels_last: bool = False,
) -> Array:
    """N-d max pooling over the trailing ``len(kernel_size)`` spatial axes (padding counts as ``-inf``)."""


@spec(dtypes="real floating")
def avg_pool(
    x: Array,
    /,
    kernel_size: int | tuple[int, ...],
    *,
    stride: int | tuple[int, ...] | None = None,
    padding: int | tuple[int, ...] = 0,
    ceil_mode: bool = False,
    count_include_pad: bool = True,
    channels_last: bool = False,
) -> Array:
    """N-d average pooling over the trailing ``len(kernel_size)`` spatial axes."""


@spec(dtypes="real floating")
def adaptive_avg_pool(x: Array, /, output_size: int | tuple[int | None, ...], *, channels_last: bool = False) -> Array:
    """Average pooling to a fixed spatial ``output_size`` (PyTorch's bin edges; a None keeps that size)."""


@spec(dtypes="real numeric")
def adaptive_max_pool(x: Array, /, output_size: int | tuple[int | None, ...], *, channels_last: bool = False) -> Array:
    """Max pooling to a fixed spatial ``output_size`` (PyTorch's bin edges; a None keeps that size)."""


@spec(dtypes="real floating")
def layer_norm(
    x: Array,
    /,
    normalized_shape: int | tuple[int, ...],
    weight: Array | None = None,
    bias: Array | None = None,
    *,
    eps: float = 1e-5,
) -> Array:
    """Normalise over the trailing ``normalized_shape`` axes, then scale and shift."""


@spec(dtypes="real floating")
def batch_norm(
    x: Array,
    /,
    running_mean: Array | None,
    running_var: Array | None,
    weight: Array | None = None,
    bias: Array | None = None,
    *,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-5,
    channels_last: bool = False,
) -> BatchNormResult:
    """Batch normalisation over all axes but the channel axis.

    Functional: returns the output and the updated running statistics (the
    same ones when not training) instead of updating them in place.
    """


@spec(dtypes="real floating")
def group_norm(
    x: Array,
    /,
    num_groups: int,
    weight: Array | None = None,
    bias: Array | None = None,
    *,
    eps: float = 1e-5,
    channels_last: bool = False,
) -> Array:
    """Normalise each group of channels over the group and the spatial axes."""


@spec(dtypes="real floating")
def instance_norm(
    x: Array,
    /,
    weight: Array | None = None,
    bias: Array | None = None,
    *,
    eps: float = 1e-5,
    channels_last: bool = False,
) -> Array:
    """Normalise each channel of each sample over the spatial axes."""


@spec(dtypes="real floating")
def rms_norm(
    x: Array, /, normalized_shape: int | tuple[int, ...], weight: Array | None = None, *, eps: float | None = None
) -> Array:
    """Divide by the root mean square over the trailing axes (eps: the dtype's machine epsilon by default)."""


@spec(dtypes="real floating")
def dropout(x: Array, /, p: float = 0.5, *, training: bool = True, seed: int | None = None) -> Array:
    """Zero each element with probability ``p`` and scale the rest by ``1 / (1 - p)`` while training."""


@spec()
def embedding(indices: Array, weight: Array, /) -> Array:
    """Rows of ``weight`` picked by integer ``indices``."""


@spec()
def one_hot(indices: Array, /, num_classes: int, *, dtype: DType | None = None) -> Array:
    """One-hot encoding of integer ``indices`` along a new last axis (int64 by default)."""


@spec(dtypes="real floating")
def scaled_dot_product_attention(
    query: Array,
    key: Array,
    value: Array,
    /,
    *,
    mask: Array | None = None,
    dropout_p: float = 0.0,
    is_causal: bool = False,
    scale: float | None = None,
    seed: int | None = None,
) -> Array:
    """``softmax(query @ key.mT * scale + mask) @ value``.

    A boolean ``mask`` keeps positions where True; a float mask is added.
    """


@spec(dtypes="real floating")
def multi_head_attention(
    query: Array,
    key: Array,
    value: Array,
    /,
    num_heads: int,
    in_weight: Array,
    in_bias: Array | None,
    out_weight: Array,
    out_bias: Array | None,
    *,
    mask: Array | None = None,
    is_causal: bool = False,
    dropout_p: float = 0.0,
    seed: int | None = None,
) -> Array:
    """Multi-head attention on ``(batch, seq, embed)`` inputs with packed ``(3 * embed, embed)`` input weights."""


@spec(dtypes="real floating")
def interpolate(
    x: Array,
    /,
    size: int | tuple[int, ...] | None = None,
    *,
    scale_factor: float | tuple[float, ...] | None = None,
    mode: Literal["nearest", "linear", "bilinear", "bicubic", "trilinear"] = "nearest",
    align_corners: bool = False,
    channels_last: bool = False,
) -> Array:
    """Resize the spatial axes (PyTorch's sampling grid, both ``align_corners`` conventions)."""


# -- losses -------------------------------------------------------------------
@spec(dtypes="real floating")
def cross_entropy(
    logits: Array,
    target: Array,
    /,
    *,
    weight: Array | None = None,
    ignore_index: int = -100,
    reduction: Reduction = "mean",
    label_smoothing: float = 0.0,
) -> Array:
    """Cross-entropy of class ``logits`` (classes on axis 1) against class indices or probabilities."""


@spec(dtypes="real floating")
def nll_loss(
    log_probs: Array,
    target: Array,
    /,
    *,
    weight: Array | None = None,
    ignore_index: int = -100,
    reduction: Reduction = "mean",
) -> Array:
    """Negative log-likelihood of class indices under ``log_probs`` (classes on axis 1)."""


@spec(dtypes="real floating")
def binary_cross_entropy(
    probs: Array, target: Array, /, *, weight: Array | None = None, reduction: Reduction = "mean"
) -> Array:
    """Binary cross-entropy of probabilities (log clamped at -100 as in PyTorch)."""


@spec(dtypes="real floating")
def binary_cross_entropy_with_logits(
    logits: Array,
    target: Array,
    /,
    *,
    weight: Array | None = None,
    pos_weight: Array | None = None,
    reduction: Reduction = "mean",
) -> Array:
    """Binary cross-entropy of logits, computed stably."""


@spec(dtypes="real floating")
def mse_loss(input: Array, target: Array, /, *, reduction: Reduction = "mean") -> Array:
    """Mean squared error."""


@spec(dtypes="real floating")
def l1_loss(input: Array, target: Array, /, *, reduction: Reduction = "mean") -> Array:
    """Mean absolute error."""


@spec(dtypes="real floating")
def smooth_l1_loss(input: Array, target: Array, /, *, beta: float = 1.0, reduction: Reduction = "mean") -> Array:
    """Quadratic below ``beta``, linear above (PyTorch's smooth L1)."""


@spec(dtypes="real floating")
def huber_loss(input: Array, target: Array, /, *, delta: float = 1.0, reduction: Reduction = "mean") -> Array:
    """Quadratic below ``delta``, linear above (``delta`` times smooth L1)."""


@spec(dtypes="real floating")
def kl_div(input: Array, target: Array, /, *, reduction: KLReduction = "mean", log_target: bool = False) -> Array:
    """Kullback-Leibler divergence with ``input`` as log-probabilities (PyTorch's convention)."""
