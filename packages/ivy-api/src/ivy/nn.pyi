# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.
"""``ivy.nn``."""


import builtins
from ivy import ArrayIn
from ivy._array import Array
from ivy._dtypes import DType
from ivy.spec.nn import BatchNormResult
from typing import Literal


def relu(x: ArrayIn, /) -> Array:
    """``max(x, 0)``, elementwise."""
    ...


def relu6(x: ArrayIn, /) -> Array:
    """``min(max(x, 0), 6)``, elementwise."""
    ...


def leaky_relu(x: ArrayIn, /, *, negative_slope: float = ...) -> Array:
    """``x`` where positive, ``negative_slope * x`` elsewhere."""
    ...


def elu(x: ArrayIn, /, *, alpha: float = ...) -> Array:
    """``x`` where positive, ``alpha * (exp(x) - 1)`` elsewhere."""
    ...


def selu(x: ArrayIn, /) -> Array:
    """Scaled ELU with the self-normalising constants."""
    ...


def gelu(x: ArrayIn, /, *, approximate: Literal['none', 'tanh'] = ...) -> Array:
    """Gaussian error linear unit: exact (``erf``) or the tanh approximation."""
    ...


def silu(x: ArrayIn, /) -> Array:
    """``x * sigmoid(x)`` (swish)."""
    ...


def mish(x: ArrayIn, /) -> Array:
    """``x * tanh(softplus(x))``."""
    ...


def softplus(x: ArrayIn, /, *, beta: float = ..., threshold: float = ...) -> Array:
    """``log(1 + exp(beta * x)) / beta``, linear where ``beta * x > threshold``."""
    ...


def sigmoid(x: ArrayIn, /) -> Array:
    """``1 / (1 + exp(-x))``, computed without overflow."""
    ...


def hard_sigmoid(x: ArrayIn, /) -> Array:
    """``relu6(x + 3) / 6``."""
    ...


def hard_swish(x: ArrayIn, /) -> Array:
    """``x * relu6(x + 3) / 6``."""
    ...


def log_sigmoid(x: ArrayIn, /) -> Array:
    """``log(sigmoid(x))``, computed without overflow."""
    ...


def softmax(x: ArrayIn, /, *, axis: int = ...) -> Array:
    """Softmax along ``axis``, stabilised by subtracting the maximum."""
    ...


def log_softmax(x: ArrayIn, /, *, axis: int = ...) -> Array:
    """Log-softmax along ``axis``, computed as ``x - logsumexp(x)``."""
    ...


def linear(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ...) -> Array:
    """``x @ weight.T + bias`` with ``weight`` of shape ``(out, in)``."""
    ...


def conv(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid'] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """N-d convolution (cross-correlation); ``N = weight.ndim - 2``."""
    ...


def conv1d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid'] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """1-d convolution of ``(N, C, W)`` input (``(N, W, C)`` if ``channels_last``)."""
    ...


def conv2d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid'] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """2-d convolution of ``(N, C, H, W)`` input (``(N, H, W, C)`` if ``channels_last``)."""
    ...


def conv3d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid'] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """3-d convolution of ``(N, C, D, H, W)`` input (``(N, D, H, W, C)`` if ``channels_last``)."""
    ...


def depthwise_conv2d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] | Literal['SAME', 'VALID', 'same', 'valid'] = ..., dilation: int | tuple[int, ...] = ..., channels_last: builtins.bool = ...) -> Array:
    """2-d convolution of each channel with its own filters; ``weight`` is ``(C * multiplier, 1, kh, kw)``."""
    ...


def conv_transpose(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] = ..., output_padding: int | tuple[int, ...] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """N-d transposed convolution; ``weight`` is ``(in, out / groups, *kernel)`` as in PyTorch."""
    ...


def conv_transpose1d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] = ..., output_padding: int | tuple[int, ...] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """1-d transposed convolution."""
    ...


def conv_transpose2d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] = ..., output_padding: int | tuple[int, ...] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """2-d transposed convolution."""
    ...


def conv_transpose3d(x: ArrayIn, weight: ArrayIn, /, bias: ArrayIn | None = ..., *, stride: int | tuple[int, ...] = ..., padding: int | tuple[int, ...] = ..., output_padding: int | tuple[int, ...] = ..., dilation: int | tuple[int, ...] = ..., groups: int = ..., channels_last: builtins.bool = ...) -> Array:
    """3-d transposed convolution."""
    ...


def max_pool(x: ArrayIn, /, kernel_size: int | tuple[int, ...], *, stride: int | tuple[int, ...] | None = ..., padding: int | tuple[int, ...] = ..., dilation: int | tuple[int, ...] = ..., ceil_mode: builtins.bool = ..., channels_last: builtins.bool = ...) -> Array:
    """N-d max pooling over the trailing ``len(kernel_size)`` spatial axes (padding counts as ``-inf``)."""
    ...


def avg_pool(x: ArrayIn, /, kernel_size: int | tuple[int, ...], *, stride: int | tuple[int, ...] | None = ..., padding: int | tuple[int, ...] = ..., ceil_mode: builtins.bool = ..., count_include_pad: builtins.bool = ..., channels_last: builtins.bool = ...) -> Array:
    """N-d average pooling over the trailing ``len(kernel_size)`` spatial axes."""
    ...


def adaptive_avg_pool(x: ArrayIn, /, output_size: int | tuple[int | None, ...], *, channels_last: builtins.bool = ...) -> Array:
    """Average pooling to a fixed spatial ``output_size`` (PyTorch's bin edges; a None keeps that size)."""
    ...


def adaptive_max_pool(x: ArrayIn, /, output_size: int | tuple[int | None, ...], *, channels_last: builtins.bool = ...) -> Array:
    """Max pooling to a fixed spatial ``output_size`` (PyTorch's bin edges; a None keeps that size)."""
    ...


def layer_norm(x: ArrayIn, /, normalized_shape: int | tuple[int, ...], weight: ArrayIn | None = ..., bias: ArrayIn | None = ..., *, eps: float = ...) -> Array:
    """Normalise over the trailing ``normalized_shape`` axes, then scale and shift."""
    ...


def batch_norm(x: ArrayIn, /, running_mean: ArrayIn | None, running_var: ArrayIn | None, weight: ArrayIn | None = ..., bias: ArrayIn | None = ..., *, training: builtins.bool = ..., momentum: float = ..., eps: float = ..., channels_last: builtins.bool = ...) -> BatchNormResult:
    """Batch normalisation over all axes but the channel axis."""
    ...


def group_norm(x: ArrayIn, /, num_groups: int, weight: ArrayIn | None = ..., bias: ArrayIn | None = ..., *, eps: float = ..., channels_last: builtins.bool = ...) -> Array:
    """Normalise each group of channels over the group and the spatial axes."""
    ...


def instance_norm(x: ArrayIn, /, weight: ArrayIn | None = ..., bias: ArrayIn | None = ..., *, eps: float = ..., channels_last: builtins.bool = ...) -> Array:
    """Normalise each channel of each sample over the spatial axes."""
    ...


def rms_norm(x: ArrayIn, /, normalized_shape: int | tuple[int, ...], weight: ArrayIn | None = ..., *, eps: float | None = ...) -> Array:
    """Divide by the root mean square over the trailing axes (eps: the dtype's machine epsilon by default)."""
    ...


def dropout(x: ArrayIn, /, p: float = ..., *, training: builtins.bool = ..., seed: int | None = ...) -> Array:
    """Zero each element with probability ``p`` and scale the rest by ``1 / (1 - p)`` while training."""
    ...


def embedding(indices: ArrayIn, weight: ArrayIn, /) -> Array:
    """Rows of ``weight`` picked by integer ``indices``."""
    ...


def one_hot(indices: ArrayIn, /, num_classes: int, *, dtype: DType | None = ...) -> Array:
    """One-hot encoding of integer ``indices`` along a new last axis (int64 by default)."""
    ...


def scaled_dot_product_attention(query: ArrayIn, key: ArrayIn, value: ArrayIn, /, *, mask: ArrayIn | None = ..., dropout_p: float = ..., is_causal: builtins.bool = ..., scale: float | None = ..., seed: int | None = ...) -> Array:
    """``softmax(query @ key.mT * scale + mask) @ value``."""
    ...


def multi_head_attention(query: ArrayIn, key: ArrayIn, value: ArrayIn, /, num_heads: int, in_weight: ArrayIn, in_bias: ArrayIn | None, out_weight: ArrayIn, out_bias: ArrayIn | None, *, mask: ArrayIn | None = ..., is_causal: builtins.bool = ..., dropout_p: float = ..., seed: int | None = ...) -> Array:
    """Multi-head attention on ``(batch, seq, embed)`` inputs with packed ``(3 * embed, embed)`` input weights."""
    ...


def interpolate(x: ArrayIn, /, size: int | tuple[int, ...] | None = ..., *, scale_factor: float | tuple[float, ...] | None = ..., mode: Literal['nearest', 'linear', 'bilinear', 'bicubic', 'trilinear'] = ..., align_corners: builtins.bool = ..., channels_last: builtins.bool = ...) -> Array:
    """Resize the spatial axes (PyTorch's sampling grid, both ``align_corners`` conventions)."""
    ...


def cross_entropy(logits: ArrayIn, target: ArrayIn, /, *, weight: ArrayIn | None = ..., ignore_index: int = ..., reduction: Literal['mean', 'sum', 'none'] = ..., label_smoothing: float = ...) -> Array:
    """Cross-entropy of class ``logits`` (classes on axis 1) against class indices or probabilities."""
    ...


def nll_loss(log_probs: ArrayIn, target: ArrayIn, /, *, weight: ArrayIn | None = ..., ignore_index: int = ..., reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Negative log-likelihood of class indices under ``log_probs`` (classes on axis 1)."""
    ...


def binary_cross_entropy(probs: ArrayIn, target: ArrayIn, /, *, weight: ArrayIn | None = ..., reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Binary cross-entropy of probabilities (log clamped at -100 as in PyTorch)."""
    ...


def binary_cross_entropy_with_logits(logits: ArrayIn, target: ArrayIn, /, *, weight: ArrayIn | None = ..., pos_weight: ArrayIn | None = ..., reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Binary cross-entropy of logits, computed stably."""
    ...


def mse_loss(input: ArrayIn, target: ArrayIn, /, *, reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Mean squared error."""
    ...


def l1_loss(input: ArrayIn, target: ArrayIn, /, *, reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Mean absolute error."""
    ...


def smooth_l1_loss(input: ArrayIn, target: ArrayIn, /, *, beta: float = ..., reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Quadratic below ``beta``, linear above (PyTorch's smooth L1)."""
    ...


def huber_loss(input: ArrayIn, target: ArrayIn, /, *, delta: float = ..., reduction: Literal['mean', 'sum', 'none'] = ...) -> Array:
    """Quadratic below ``delta``, linear above (``delta`` times smooth L1)."""
    ...


def kl_div(input: ArrayIn, target: ArrayIn, /, *, reduction: Literal['mean', 'batchmean', 'sum', 'none'] = ..., log_target: builtins.bool = ...) -> Array:
    """Kullback-Leibler divergence with ``input`` as log-probabilities (PyTorch's convention)."""
    ...
