# ruff: noqa: A002, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Layer functions of ``torch.nn.functional``: linear, convolutions, pooling, normalisation, dropout,
embedding, padding, resizing, unfold/fold, pixel shuffle."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import Sizes, arr, batched, opt, out, pool_stride, tup


def linear(input: Any, weight: Any, bias: Any = None) -> Tensor:
    """``input @ weight.T + bias``."""
    x, w = arr(input, "linear"), arr(weight, "linear", "weight")
    if x.shape[-1] != w.shape[-1]:
        raise RuntimeError(
            f"torch.nn.functional.linear: mat1 and mat2 shapes cannot be multiplied ({x.shape} and {tuple(reversed(w.shape))})"
        )
    return wrap(ivy.nn.linear(x, w, opt(bias)))


def bilinear(input1: Any, input2: Any, weight: Any, bias: Any = None) -> Tensor:
    """``x1^T W_k x2 + b_k`` for each output feature ``k``."""
    a, b, w = arr(input1, "bilinear", "input1"), arr(input2, "bilinear", "input2"), arr(weight, "bilinear", "weight")
    y = ivy.einsum("...i,kij,...j->...k", a, w, b)
    return wrap(ivy.add(y, bias._ivy) if bias is not None else y)


def _conv(n: int) -> Callable[..., Tensor]:
    name = f"conv{n}d"

    def conv(
        input: Any, weight: Any, bias: Any = None, stride: Any = 1, padding: Any = 0, dilation: Any = 1, groups: int = 1
    ) -> Tensor:
        x, unbatched = batched(arr(input, name), n)
        w = arr(weight, name, "weight")
        if x.ndim != n + 2:
            raise RuntimeError(
                f"torch.nn.functional.{name}: expected {n + 1}D (unbatched) or {n + 2}D (batched) input, but got input of size: {list(x.shape)}"
            )
        if x.shape[1] != w.shape[1] * groups:
            raise RuntimeError(
                f"torch.nn.functional.{name}: expected input{list(x.shape)} to have {w.shape[1] * groups} channels, but got {x.shape[1]} channels instead"
            )
        y = ivy.nn.conv(x, w, opt(bias), stride=stride, padding=padding, dilation=dilation, groups=groups)
        return wrap(ivy.squeeze(y, 0) if unbatched else y)

    return named(conv, name, f"torch.nn.functional.{name} (cross-correlation, channels first).")


#: torch's ``conv_transpose{n}d`` parameters, the options after ``bias`` going to ``ivy.nn.conv_transpose`` as they are
_CONV_TRANSPOSE = params("input", "weight", bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)


def _conv_transpose(n: int) -> Callable[..., Tensor]:
    name = f"conv_transpose{n}d"

    def conv_transpose(input: Tensor, weight: Tensor, bias: Tensor | None, **options: Any) -> Tensor:
        x, unbatched = batched(arr(input, name), n)
        y = ivy.nn.conv_transpose(x, arr(weight, name, "weight"), opt(bias), **options)
        return wrap(ivy.squeeze(y, 0) if unbatched else y)

    doc = f"torch.nn.functional.{name}; weight is ``(in, out / groups, *kernel)``."
    return signed(name, _CONV_TRANSPOSE, conv_transpose, doc)


def _max_pool(n: int, with_indices: bool = False) -> Callable[..., Any]:
    """``max_pool{n}d``, or with ``with_indices`` ``max_pool{n}d_with_indices``: one signature, another default."""
    name = f"max_pool{n}d_with_indices" if with_indices else f"max_pool{n}d"

    def max_pool(
        input: Any, kernel_size: Any, stride: Any, padding: Any, dilation: Any, ceil_mode: bool, return_indices: bool
    ) -> Any:
        x, squeeze = batched(arr(input, name), n)
        k = tup(kernel_size, n)
        s, p, d = pool_stride(stride, k, n), tup(padding, n), tup(dilation, n)
        if return_indices or with_indices:  # the ``_with_indices`` functions ignore the flag, as torch's do
            from ivy_frontends.torch.nn._pool_indices import max_pool_with_indices

            return max_pool_with_indices(x, squeeze, k, s, p, d, ceil_mode)
        y = ivy.nn.max_pool(x, k, stride=s, padding=p, dilation=d, ceil_mode=ceil_mode)
        return wrap(ivy.squeeze(y, 0) if squeeze else y)

    doc = "the pooled values and torch's flat indices" if with_indices else "padding counts as -inf"
    sig = params(
        "input", "kernel_size", stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=with_indices
    )
    return signed(name, sig, max_pool, f"torch.nn.functional.{name} ({doc}).")


def _avg_pool(n: int) -> Callable[..., Any]:
    name = f"avg_pool{n}d"

    def avg_pool(
        input: Tensor,
        kernel_size: Sizes,
        stride: Sizes | None = None,
        padding: Sizes = 0,
        ceil_mode: bool = False,
        count_include_pad: bool = True,
        divisor_override: int | None = None,
    ) -> Tensor:
        x, squeeze = batched(arr(input, name), n)
        k = tup(kernel_size, n)
        s = pool_stride(stride, k, n)
        y = ivy.nn.avg_pool(
            x, k, stride=s, padding=tup(padding, n), ceil_mode=ceil_mode, count_include_pad=count_include_pad
        )
        if divisor_override:
            y = ivy.multiply(y, math.prod(k) / divisor_override)
        return wrap(ivy.squeeze(y, 0) if squeeze else y)

    return named(avg_pool, name, f"torch.nn.functional.{name}.")


def _lp_pool(n: int) -> Callable[..., Any]:
    name = f"lp_pool{n}d"

    def lp_pool(input: Any, norm_type: float, kernel_size: Any, stride: Any = None, ceil_mode: bool = False) -> Tensor:
        x = arr(input, name)
        area = math.prod(tup(kernel_size, n))
        pooled = _avg_pool(n)(wrap(ivy.pow(x, norm_type)), kernel_size, stride, 0, ceil_mode)._ivy
        y = ivy.multiply(ivy.multiply(ivy.sign(pooled), ivy.nn.relu(ivy.abs(pooled))), area)
        return wrap(ivy.pow(y, 1.0 / norm_type))

    return named(lp_pool, name, f"torch.nn.functional.{name}: the p-norm over each window.")


def _adaptive(n: int, kind: str) -> Callable[..., Any]:
    name = f"adaptive_{kind}_pool{n}d"
    fn = ivy.nn.adaptive_avg_pool if kind == "avg" else ivy.nn.adaptive_max_pool

    def adaptive(input: Any, output_size: Any, return_indices: bool = False) -> Any:
        if return_indices:
            if kind == "avg":
                raise TypeError(f"{name}() got an unexpected keyword argument 'return_indices'")
            from ivy_frontends.torch.nn._pool_indices import adaptive_max_pool_with_indices

            return adaptive_max_pool_with_indices(n)(input, output_size)
        x, squeeze = batched(arr(input, name), n)
        size = tuple(x.shape[2 + i] if s is None else s for i, s in enumerate(tup(output_size, n)))
        y = fn(x, size)
        return wrap(ivy.squeeze(y, 0) if squeeze else y)

    return named(adaptive, name, f"torch.nn.functional.{name} (torch's bin edges).")


def batch_norm(
    input: Tensor,
    running_mean: Tensor | None,
    running_var: Tensor | None,
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> Tensor:
    """Batch norm over all axes but dim 1; in training, the running statistics are updated in place."""
    x = arr(input, "batch_norm")
    if training:
        count = x.size // x.shape[1]
        if count <= 1:
            raise ValueError(f"Expected more than 1 value per channel when training, got input size {list(x.shape)}")
    res = ivy.nn.batch_norm(
        x,
        opt(running_mean),
        opt(running_var),
        opt(weight),
        opt(bias),
        training=training,
        momentum=0.1 if momentum is None else momentum,
        eps=eps,
    )
    if training:
        if isinstance(running_mean, Tensor) and res.running_mean is not None:
            running_mean._ivy = ivy.astype(res.running_mean, running_mean._ivy.dtype)
        if isinstance(running_var, Tensor) and res.running_var is not None:
            running_var._ivy = ivy.astype(res.running_var, running_var._ivy.dtype)
    return wrap(res.output)


def layer_norm(input: Any, normalized_shape: Any, weight: Any = None, bias: Any = None, eps: float = 1e-5) -> Tensor:
    """Normalise over the trailing ``normalized_shape`` dimensions."""
    return wrap(
        ivy.nn.layer_norm(arr(input, "layer_norm"), tuple(tup(normalized_shape, 1)), opt(weight), opt(bias), eps=eps)
    )


def rms_norm(input: Any, normalized_shape: Any, weight: Any = None, eps: Any = None) -> Tensor:
    """Divide by the root mean square over the trailing dimensions."""
    return wrap(ivy.nn.rms_norm(arr(input, "rms_norm"), tuple(tup(normalized_shape, 1)), opt(weight), eps=eps))


def group_norm(input: Any, num_groups: int, weight: Any = None, bias: Any = None, eps: float = 1e-5) -> Tensor:
    """Normalise groups of channels."""
    x = arr(input, "group_norm")
    if x.shape[1] % num_groups:
        raise RuntimeError(
            f"torch.nn.functional.group_norm: Expected number of channels in input to be divisible by num_groups, but got input of shape {list(x.shape)} and num_groups={num_groups}"
        )
    return wrap(ivy.nn.group_norm(x, num_groups, opt(weight), opt(bias), eps=eps))


def instance_norm(
    input: Any,
    running_mean: Any = None,
    running_var: Any = None,
    weight: Any = None,
    bias: Any = None,
    use_input_stats: bool = True,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> Tensor:
    """Normalise each channel of each sample over its spatial axes."""
    x = arr(input, "instance_norm")
    if not use_input_stats:
        shape = (1, -1) + (1,) * (x.ndim - 2)
        y = ivy.divide(
            ivy.subtract(x, ivy.reshape(running_mean._ivy, shape)),
            ivy.sqrt(ivy.add(ivy.reshape(running_var._ivy, shape), eps)),
        )
        if weight is not None:
            y = ivy.multiply(y, ivy.reshape(weight._ivy, shape))
        if bias is not None:
            y = ivy.add(y, ivy.reshape(bias._ivy, shape))
        return wrap(y)
    return wrap(ivy.nn.instance_norm(x, opt(weight), opt(bias), eps=eps))


def local_response_norm(input: Any, size: int, alpha: float = 1e-4, beta: float = 0.75, k: float = 1.0) -> Tensor:
    """Normalise by the sum of squares over ``size`` neighbouring channels."""
    x = arr(input, "local_response_norm")
    sq = ivy.square(x)
    padded = ivy.pad(sq, ((0, 0), (size // 2, (size - 1) // 2)) + ((0, 0),) * (x.ndim - 2))
    acc = padded[:, 0 : x.shape[1]]
    for i in range(1, size):
        acc = ivy.add(acc, padded[:, i : i + x.shape[1]])
    return wrap(ivy.divide(x, ivy.pow(ivy.add(k, ivy.multiply(acc, alpha / size)), beta)))


def _dropout(name: str, per_channel: bool) -> Callable[..., Tensor]:
    def dropout(input: Any, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"torch.nn.functional.{name}: dropout probability has to be between 0 and 1, but got {p}")
        x = arr(input, name)
        if not training or p == 0.0:
            return out(x, input, inplace)
        if p == 1.0:
            return out(ivy.zeros_like(x), input, inplace)
        if per_channel:
            keep = ivy.greater_equal(ivy.random.uniform(tuple(x.shape[:2]) + (1,) * (x.ndim - 2), dtype=x.dtype), p)
            return out(ivy.divide(ivy.multiply(x, ivy.astype(keep, x.dtype)), 1 - p), input, inplace)
        return out(ivy.nn.dropout(x, p, training=True), input, inplace)

    return named(
        dropout,
        name,
        f"torch.nn.functional.{name}: zero {'whole channels' if per_channel else 'elements'} with probability ``p`` while training.",
    )


def alpha_dropout(input: Any, p: float = 0.5, training: bool = False, inplace: bool = False) -> Tensor:
    """Dropout that keeps SELU's self-normalising mean and variance."""
    x = arr(input, "alpha_dropout")
    if not training or p == 0:
        return out(x, input, inplace)
    alpha = -1.7580993408473766
    keep = ivy.astype(ivy.greater_equal(ivy.random.uniform(x.shape, dtype=x.dtype), p), x.dtype)
    a = (1 - p + p * alpha**2 * (1 - p)) ** -0.5
    b = -a * alpha * p
    return out(
        ivy.add(ivy.multiply(ivy.add(ivy.multiply(x, keep), ivy.multiply(ivy.subtract(1, keep), alpha)), a), b),
        input,
        inplace,
    )


def embedding(
    input: Any,
    weight: Any,
    padding_idx: Any = None,
    max_norm: Any = None,
    norm_type: float = 2.0,
    scale_grad_by_freq: bool = False,
    sparse: bool = False,
) -> Tensor:
    """Rows of ``weight`` picked by integer indices (``max_norm`` renormalises the rows used)."""
    idx, w = arr(input, "embedding"), arr(weight, "embedding", "weight")
    if idx.dtype.kind not in "iu":
        raise RuntimeError(
            f"torch.nn.functional.embedding: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got {idx.dtype.name} instead"
        )
    rows = ivy.nn.embedding(idx, w)
    if max_norm is not None:
        norms = ivy.linalg.vector_norm(rows, axis=-1, keepdims=True, ord=norm_type)
        rows = ivy.where(
            ivy.greater(norms, max_norm), ivy.multiply(rows, ivy.divide(max_norm, ivy.add(norms, 1e-7))), rows
        )
    return wrap(rows)


def one_hot(tensor: Any, num_classes: int = -1) -> Tensor:
    """int64 one-hot encoding along a new last dimension (``num_classes`` inferred when -1)."""
    idx = arr(tensor, "one_hot", "tensor")
    if idx.dtype.kind not in "iu":
        raise RuntimeError(
            "torch.nn.functional.one_hot: one_hot is only applicable to index tensor of type LongTensor."
        )
    if num_classes == -1:
        num_classes = int(ivy.max(idx)) + 1 if idx.size else 0
    return wrap(ivy.astype(ivy.nn.one_hot(idx, num_classes), ivy.int64))


def pad(input: Any, pad: Any, mode: str = "constant", value: Any = None) -> Tensor:
    """torch's ``pad``: pairs for the last dimensions, last first; negative widths crop."""
    x = arr(input, "pad")
    if len(pad) % 2:
        raise ValueError("torch.nn.functional.pad: Padding length must be divisible by 2")
    if len(pad) // 2 > x.ndim:
        raise ValueError("torch.nn.functional.pad: Padding length too large")
    if mode != "constant" and x.ndim - len(pad) // 2 not in (1, 2):
        raise NotImplementedError(
            f"torch.nn.functional.pad: Padding size {len(pad)} is not supported for {x.ndim}D input tensor in mode {mode!r}"
        )
    widths = [(0, 0)] * x.ndim
    for i in range(len(pad) // 2):
        widths[x.ndim - 1 - i] = (int(pad[2 * i]), int(pad[2 * i + 1]))
    crop = tuple(slice(-lo if lo < 0 else None, hi if hi < 0 else None) for lo, hi in widths)
    widths = [(max(lo, 0), max(hi, 0)) for lo, hi in widths]
    if builtins_any(lo < 0 or hi < 0 for lo, hi in zip(pad[::2], pad[1::2], strict=True)):
        x = x[crop]
    mode = {"replicate": "edge", "circular": "wrap"}.get(mode, mode)
    if mode == "constant":
        return wrap(ivy.pad(x, tuple(widths), mode="constant", value=0 if value is None else value))
    return wrap(ivy.pad(x, tuple(widths), mode=mode))


def builtins_any(it: Any) -> bool:
    """``any`` (the name is shadowed in torch-like modules)."""
    return any(it)


def interpolate(
    input: Any,
    size: Any = None,
    scale_factor: Any = None,
    mode: str = "nearest",
    align_corners: Any = None,
    recompute_scale_factor: Any = None,
    antialias: bool = False,
) -> Tensor:
    """Resize the spatial dimensions: nearest, (bi/tri)linear or bicubic, torch's sampling grid."""
    x = arr(input, "interpolate")
    if size is None and scale_factor is None:
        raise ValueError("torch.nn.functional.interpolate: either size or scale_factor should be defined")
    if mode in ("nearest", "area") and align_corners:
        raise ValueError(
            f"torch.nn.functional.interpolate: align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear, not {mode!r}"
        )
    n = x.ndim - 2
    if size is not None:
        size = tup(size, n)
        scale_factor = None
    elif recompute_scale_factor:
        import math

        size = tuple(math.floor(x.shape[2 + i] * s) for i, s in enumerate(tup(scale_factor, n)))
        scale_factor = None
    else:
        scale_factor = tup(scale_factor, n)
    if mode == "area":
        out_size = size or tuple(int(x.shape[2 + i] * s) for i, s in enumerate(scale_factor))
        return wrap(ivy.nn.adaptive_avg_pool(x, out_size))
    return wrap(ivy.nn.interpolate(x, size, scale_factor=scale_factor, mode=mode, align_corners=bool(align_corners)))


def upsample(
    input: Any, size: Any = None, scale_factor: Any = None, mode: str = "nearest", align_corners: Any = None
) -> Tensor:
    """Deprecated alias of ``interpolate``."""
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input: Any, size: Any = None, scale_factor: Any = None) -> Tensor:
    """Deprecated: ``interpolate(mode="nearest")``."""
    return interpolate(input, size, scale_factor, "nearest")


def upsample_bilinear(input: Any, size: Any = None, scale_factor: Any = None) -> Tensor:
    """Deprecated: ``interpolate(mode="bilinear", align_corners=True)``."""
    return interpolate(input, size, scale_factor, "bilinear", True)


def unfold(input: Any, kernel_size: Any, dilation: Any = 1, padding: Any = 0, stride: Any = 1) -> Tensor:
    """Sliding patches as columns (im2col)."""
    return wrap(ivy.unfold(arr(input, "unfold"), kernel_size, dilation=dilation, padding=padding, stride=stride))


def fold(
    input: Any, output_size: Any, kernel_size: Any, dilation: Any = 1, padding: Any = 0, stride: Any = 1
) -> Tensor:
    """Columns summed back into an image (col2im), the adjoint of ``unfold``."""
    x = arr(input, "fold")
    unbatched = x.ndim == 2
    if unbatched:
        x = ivy.expand_dims(x, 0)
    (oh, ow), (kh, kw) = tup(output_size, 2), tup(kernel_size, 2)
    (dh, dw), (ph, pw), (sh, sw) = tup(dilation, 2), tup(padding, 2), tup(stride, 2)
    n, ckk, _ = x.shape
    c = ckk // (kh * kw)
    bh = (oh + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    bw = (ow + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    cols = ivy.reshape(x, (n, c, kh, kw, bh, bw))
    img = ivy.zeros((n, c, oh + 2 * ph, ow + 2 * pw), dtype=x.dtype)
    for i in range(kh):
        for j in range(kw):
            rows = ivy.arange(bh) * sh + i * dh
            colsi = ivy.arange(bw) * sw + j * dw
            r, q = ivy.meshgrid(rows, colsi, indexing="ij")
            nn_, cc = ivy.meshgrid(ivy.arange(n), ivy.arange(c), indexing="ij")
            idx = (
                ivy.broadcast_to(ivy.reshape(nn_, (n, c, 1, 1)), (n, c, bh, bw)),
                ivy.broadcast_to(ivy.reshape(cc, (n, c, 1, 1)), (n, c, bh, bw)),
                ivy.broadcast_to(r, (n, c, bh, bw)),
                ivy.broadcast_to(q, (n, c, bh, bw)),
            )
            img = ivy.index_put(img, idx, cols[:, :, i, j], accumulate=True)
    img = img[:, :, ph : ph + oh, pw : pw + ow]
    return wrap(ivy.squeeze(img, 0) if unbatched else img)


def pixel_shuffle(input: Any, upscale_factor: int) -> Tensor:
    """``(*, C r^2, H, W)`` to ``(*, C, H r, W r)``."""
    x = arr(input, "pixel_shuffle")
    r = upscale_factor
    *lead, c, h, w = x.shape
    y = ivy.reshape(x, (*lead, c // (r * r), r, r, h, w))
    k = len(lead)
    y = ivy.permute_dims(y, (*range(k), k, k + 3, k + 1, k + 4, k + 2))
    return wrap(ivy.reshape(y, (*lead, c // (r * r), h * r, w * r)))


def pixel_unshuffle(input: Any, downscale_factor: int) -> Tensor:
    """``(*, C, H r, W r)`` to ``(*, C r^2, H, W)``."""
    x = arr(input, "pixel_unshuffle")
    r = downscale_factor
    *lead, c, h, w = x.shape
    y = ivy.reshape(x, (*lead, c, h // r, r, w // r, r))
    k = len(lead)
    y = ivy.permute_dims(y, (*range(k), k, k + 2, k + 4, k + 1, k + 3))
    return wrap(ivy.reshape(y, (*lead, c * r * r, h // r, w // r)))


def channel_shuffle(input: Any, groups: int) -> Tensor:
    """Interleave the channels of ``groups`` groups."""
    x = arr(input, "channel_shuffle")
    n, c, *rest = x.shape
    y = ivy.reshape(x, (n, groups, c // groups, *rest))
    y = ivy.permute_dims(y, (0, 2, 1, *range(3, y.ndim)))
    return wrap(ivy.reshape(y, x.shape))


def normalize(input: Any, p: float = 2.0, dim: int = 1, eps: float = 1e-12, out: Any = None) -> Tensor:
    """Divide by the ``p``-norm along ``dim`` (at least ``eps``)."""
    x = arr(input, "normalize")
    norm = ivy.linalg.vector_norm(x, axis=dim, keepdims=True, ord=p)
    return wrap(ivy.divide(x, ivy.maximum(norm, eps)))


def cosine_similarity(x1: Any, x2: Any, dim: int = 1, eps: float = 1e-8) -> Tensor:
    """Cosine of the angle between ``x1`` and ``x2`` along ``dim``."""
    a, b = arr(x1, "cosine_similarity", "x1"), arr(x2, "cosine_similarity", "x2")
    a, b = ivy.broadcast_arrays(a, b)
    na = ivy.maximum(ivy.linalg.vector_norm(a, axis=dim), eps)
    nb = ivy.maximum(ivy.linalg.vector_norm(b, axis=dim), eps)
    return wrap(ivy.divide(ivy.sum(ivy.multiply(a, b), axis=dim), ivy.multiply(na, nb)))


def pairwise_distance(x1: Any, x2: Any, p: float = 2.0, eps: float = 1e-6, keepdim: bool = False) -> Tensor:
    """``||x1 - x2 + eps||_p`` along the last dimension."""
    a, b = arr(x1, "pairwise_distance", "x1"), arr(x2, "pairwise_distance", "x2")
    return wrap(ivy.linalg.vector_norm(ivy.add(ivy.subtract(a, b), eps), axis=-1, keepdims=keepdim, ord=p))


def pdist(input: Any, p: float = 2.0) -> Tensor:
    """Distances between all row pairs ``i < j``, flattened."""
    x = arr(input, "pdist")
    n = x.shape[0]
    d = ivy.linalg.vector_norm(ivy.subtract(ivy.expand_dims(x, 1), ivy.expand_dims(x, 0)), axis=-1, ord=p)
    iu = ivy.nonzero(ivy.triu(ivy.ones((n, n), dtype=ivy.bool), k=1))
    return wrap(d[iu])


FUNCTIONS: dict[str, Callable[..., Any]] = {}
for _n in (1, 2, 3):
    FUNCTIONS[f"conv{_n}d"] = _conv(_n)
    FUNCTIONS[f"conv_transpose{_n}d"] = _conv_transpose(_n)
    FUNCTIONS[f"max_pool{_n}d"] = _max_pool(_n)
    FUNCTIONS[f"max_pool{_n}d_with_indices"] = _max_pool(_n, with_indices=True)
    FUNCTIONS[f"avg_pool{_n}d"] = _avg_pool(_n)
    FUNCTIONS[f"adaptive_avg_pool{_n}d"] = _adaptive(_n, "avg")
    FUNCTIONS[f"adaptive_max_pool{_n}d"] = _adaptive(_n, "max")
    FUNCTIONS[f"lp_pool{_n}d"] = _lp_pool(_n)
for _name, _per_channel in (("dropout", False), ("dropout1d", True), ("dropout2d", True), ("dropout3d", True)):
    FUNCTIONS[_name] = _dropout(_name, _per_channel)
FUNCTIONS["feature_alpha_dropout"] = alpha_dropout
for _fn in (
    linear,
    bilinear,
    batch_norm,
    layer_norm,
    rms_norm,
    group_norm,
    instance_norm,
    local_response_norm,
    alpha_dropout,
    embedding,
    one_hot,
    pad,
    interpolate,
    upsample,
    upsample_nearest,
    upsample_bilinear,
    unfold,
    fold,
    pixel_shuffle,
    pixel_unshuffle,
    channel_shuffle,
    normalize,
    cosine_similarity,
    pairwise_distance,
    pdist,
):
    FUNCTIONS[_fn.__name__] = _fn
