# ruff: noqa: A002 - paddle's own argument names (input, ...)
"""More of ``paddle.nn.functional``: reshuffles, unpooling, sampling grids, ``fold``, dropout variants
and losses, over ``ivy`` calls; registered into ``functional.FUNCTIONS``."""

from __future__ import annotations

import builtins
import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.losses import p_distance, poisson_nll, triplet_margin
from ivy_frontends._shared.signatures import params
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap
from ivy_frontends.paddle.nn import functional as F  # noqa: N812 - paddle's own alias

public = F._public


def _const(v: float, a: Any) -> Any:
    return ivy.asarray(v, dtype=a.dtype)


public(F._inplace(F.tanh, "tanh_"))
public(F._inplace(F.thresholded_relu, "thresholded_relu_"))


@public
def logsigmoid(x: Any, name: str | None = None) -> Tensor:
    """paddle.nn.functional.logsigmoid: ``log(sigmoid(x))``."""
    return F.log_sigmoid(x)


@public
def diag_embed(input: Any, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Tensor:
    """paddle.nn.functional.diag_embed (paddle.diag_embed)."""
    from ivy_frontends.paddle._registry import NAMESPACE

    return NAMESPACE["diag_embed"](input, offset, dim1, dim2)


@public
def pdist(x: Any, p: float = 2.0, name: str | None = None) -> Tensor:
    """paddle.nn.functional.pdist: the p-norm distances of every row pair ``i < j``, row-major."""
    a = as_ivy(x)
    if a.ndim != 2:
        raise ValueError(f"paddle.nn.functional.pdist: x must be 2-D, got shape {list(a.shape)}")
    n = a.shape[0]
    i, j = zip(*[(r, c) for r in range(n) for c in range(r + 1, n)], strict=True) if n > 1 else ((), ())
    ii, jj = ivy.asarray(list(i), dtype=ivy.int64), ivy.asarray(list(j), dtype=ivy.int64)
    d = ivy.subtract(ivy.take(a, ii, axis=0), ivy.take(a, jj, axis=0))
    return wrap(ivy.linalg.vector_norm(d, axis=-1, ord=builtins.float(p)))


@public
def channel_shuffle(x: Any, groups: int, data_format: str = "NCHW", name: str | None = None) -> Tensor:
    """paddle.nn.functional.channel_shuffle: channels ``(g, c/g)`` reordered to ``(c/g, g)``."""
    a = as_ivy(x)
    last = data_format == "NHWC"
    if not last:
        a = ivy.permute_dims(a, (0, 2, 3, 1))
    n, h, w, c = a.shape
    if c % groups:
        raise ValueError(f"paddle.nn.functional.channel_shuffle: {c} channels not divisible by groups={groups}")
    a = ivy.reshape(ivy.permute_dims(ivy.reshape(a, (n, h, w, groups, c // groups)), (0, 1, 2, 4, 3)), (n, h, w, c))
    return wrap(a if last else ivy.permute_dims(a, (0, 3, 1, 2)))


@public
def pixel_unshuffle(x: Any, downscale_factor: int, data_format: str = "NCHW", name: str | None = None) -> Tensor:
    """paddle.nn.functional.pixel_unshuffle: ``[N, C, H*r, W*r]`` to ``[N, C*r*r, H, W]``."""
    a = as_ivy(x)
    r = downscale_factor
    last = data_format == "NHWC"
    if last:
        a = ivy.permute_dims(a, (0, 3, 1, 2))
    n, c, h, w = a.shape
    if h % r or w % r:
        raise ValueError(f"paddle.nn.functional.pixel_unshuffle: {h}x{w} not divisible by {r}")
    a = ivy.reshape(a, (n, c, h // r, r, w // r, r))
    a = ivy.reshape(ivy.permute_dims(a, (0, 1, 3, 5, 2, 4)), (n, c * r * r, h // r, w // r))
    return wrap(ivy.permute_dims(a, (0, 2, 3, 1)) if last else a)


@public
def maxout(x: Any, groups: int, axis: int = 1, name: str | None = None) -> Tensor:
    """paddle.nn.functional.maxout: the max of each run of ``groups`` channels."""
    a = as_ivy(x)
    ax = axis % a.ndim
    c = a.shape[ax]
    if c % groups:
        raise ValueError(f"paddle.nn.functional.maxout: {c} channels not divisible by groups={groups}")
    shape = (*tuple(a.shape[:ax]), c // groups, groups, *tuple(a.shape[ax + 1 :]))
    return wrap(ivy.max(ivy.reshape(a, shape), axis=ax + 1))


@public
def swiglu(x: Any, y: Any = None, name: str | None = None) -> Tensor:
    """paddle.nn.functional.swiglu: ``silu(x) * y`` (``x`` split in halves when ``y`` is None)."""
    a = as_ivy(x)
    if y is None:
        half = a.shape[-1] // 2
        a, b = a[..., :half], a[..., half:]
    else:
        b = as_ivy(y)
    return wrap(ivy.multiply(ivy.nn.silu(a), b))


@public
def rms_norm(input: Any, normalized_shape: Any, weight: Any = None, eps: float = 1e-5, name: Any = None) -> Tensor:
    """paddle.nn.functional.rms_norm: ``x / sqrt(mean(x**2) + eps) * weight`` over the trailing axes."""
    a = as_ivy(input)
    k = 1 if isinstance(normalized_shape, int) else len(normalized_shape)
    ax = tuple(range(a.ndim - k, a.ndim))
    ms = ivy.mean(ivy.square(a), axis=ax, keepdims=True)
    out = ivy.multiply(a, ivy.reciprocal(ivy.sqrt(ivy.add(ms, _const(eps, ms)))))
    return wrap(out if weight is None else ivy.multiply(out, as_ivy(weight)))


@public
def sequence_mask(x: Any, maxlen: Any = None, dtype: Any = "int64", name: str | None = None) -> Tensor:
    """paddle.nn.functional.sequence_mask: ``mask[..., j] = j < x[...]``."""
    from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short

    a = as_ivy(x)
    n = (
        builtins.int(ivy.max(a))
        if maxlen is None
        else builtins.int(maxlen.item() if isinstance(maxlen, Tensor) else maxlen)
    )
    mask = ivy.less(ivy.arange(n, dtype=a.dtype), ivy.expand_dims(a, axis=-1))
    return wrap(ivy.astype(mask, D.to_dtype(dtype)._ivy))


def _channel_dropout(x: Any, p: float, training: bool, spatial: int, channels_last: bool) -> Tensor:
    a = as_ivy(x)
    if not 0 <= p <= 1:
        raise ValueError(f"paddle.nn.functional dropout: p must be in [0, 1], got {p}")
    if not training or p == 0:
        return wrap(a)
    from ivy_frontends.paddle._creation import _next_seed

    batch_axes = a.ndim - spatial
    shape = tuple(a.shape[:batch_axes]) + (1,) * spatial
    if channels_last:
        shape = (a.shape[0],) + (1,) * spatial + (a.shape[-1],)
    keep = ivy.random.bernoulli(ivy.full(shape, 1 - p, dtype=a.dtype), shape, seed=_next_seed())
    return wrap(ivy.multiply(a, ivy.divide(ivy.astype(keep, a.dtype), _const(1 - p, a) if p < 1 else _const(1, a))))


@public
def dropout1d(input: Any, p: float = 0.5, training: bool = True, inplace: bool = False) -> Tensor:
    """paddle.nn.functional.dropout1d: whole channels of ``[N, C, L]`` zeroed (identity in eval mode)."""
    return _channel_dropout(input, p, training, 1, False)


@public
def dropout3d(x: Any, p: float = 0.5, training: bool = True, data_format: str = "NCDHW", name: Any = None) -> Tensor:
    """paddle.nn.functional.dropout3d: whole channels zeroed (identity in eval mode)."""
    return _channel_dropout(x, p, training, 3, data_format == "NDHWC")


@public
def feature_alpha_dropout(x: Any, p: float = 0.5, training: bool = True, name: Any = None) -> Tensor:
    """paddle.nn.functional.feature_alpha_dropout (identity in eval mode)."""
    a = as_ivy(x)
    if not training or p == 0:
        return wrap(a)
    return F.alpha_dropout(x, p, training)


@public
def rrelu(x: Any, lower: float = 0.125, upper: float = 1 / 3, training: bool = True, name: Any = None) -> Tensor:
    """paddle.nn.functional.rrelu: negative slope drawn in [lower, upper] (their mean in eval mode)."""
    a = as_ivy(x)
    if not 0 <= lower <= upper <= 1:
        raise ValueError(f"paddle.nn.functional.rrelu: need 0 <= lower <= upper <= 1, got {lower}, {upper}")
    if training:
        from ivy_frontends.paddle._creation import _next_seed

        slope = ivy.random.uniform(tuple(a.shape), low=lower, high=upper, dtype=a.dtype, seed=_next_seed())
    else:
        slope = _const((lower + upper) / 2, a)
    return wrap(ivy.where(a >= 0, a, ivy.multiply(a, slope)))


@public
def gumbel_softmax(x: Any, temperature: float = 1.0, hard: bool = False, axis: int = -1, name: Any = None) -> Tensor:
    """paddle.nn.functional.gumbel_softmax: softmax of ``(x + Gumbel noise) / temperature`` (one-hot if ``hard``)."""
    from ivy_frontends.paddle._creation import _next_seed

    a = as_ivy(x)
    u = ivy.random.uniform(tuple(a.shape), low=1e-10, high=1.0, dtype=a.dtype, seed=_next_seed())
    g = ivy.negative(ivy.log(ivy.negative(ivy.log(u))))
    y = ivy.nn.softmax(ivy.divide(ivy.add(a, g), _const(temperature, a)), axis=axis)
    if hard:
        idx = ivy.argmax(y, axis=axis, keepdims=True)
        pos = ivy.arange(a.shape[axis], dtype=idx.dtype)
        pos = ivy.reshape(pos, tuple(-1 if i == axis % a.ndim else 1 for i in range(a.ndim)))
        y = ivy.astype(ivy.equal(pos, idx), a.dtype)
    return wrap(y)


# -- pooling, unpooling, sampling -----------------------------------------------------------------------


def _lp_pool(n: int, default_format: str) -> Callable[..., Tensor]:
    def pool(
        x: Any, norm_type: float, kernel_size: Any, stride: Any, padding: Any, ceil_mode: bool, data_format: str
    ) -> Tensor:
        a = as_ivy(x)
        p = builtins.float(norm_type)
        avg = F.FUNCTIONS[f"avg_pool{n}d"]
        k = F._tuple(kernel_size, n)
        s = avg(wrap(ivy.pow(a, _const(p, a))), k, stride or k, padding, ceil_mode, False, data_format=data_format)._ivy
        s = ivy.multiply(ivy.multiply(ivy.sign(s), ivy.nn.relu(ivy.abs(s))), _const(math.prod(k), s))
        return wrap(ivy.pow(s, _const(1 / p, s)))

    sig = F.pool_params("norm_type", ceil_mode=False, data_format=default_format, name=None)
    return F._signed(f"lp_pool{n}d", sig, pool, ": ``(sum x**p over the window) ** (1/p)``.")


lp_pool1d = _lp_pool(1, "NCL")
lp_pool2d = _lp_pool(2, "NCHW")
adaptive_max_pool3d = F._adaptive(3, ivy.nn.adaptive_max_pool, "max", "NCDHW")


def _max_unpool(n: int, default_format: str) -> Callable[..., Tensor]:
    def unpool(
        x: Any, indices: Any, kernel_size: Any, stride: Any, padding: Any, data_format: str, output_size: Any
    ) -> Tensor:
        a, idx = as_ivy(x), ivy.astype(as_ivy(indices), ivy.int64)
        k = F._tuple(kernel_size, n)
        s = F._tuple(stride if stride is not None else kernel_size, n)
        p = F._tuple(padding, n)
        spatial = tuple(a.shape[2:])
        if output_size is None:
            out = tuple((spatial[i] - 1) * s[i] - 2 * p[i] + k[i] for i in range(n))
        else:
            out = tuple(builtins.int(v) for v in list(output_size)[-n:])
        lead = tuple(a.shape[:2])
        size = math.prod(out)
        flat_a = ivy.reshape(a, (-1, math.prod(spatial)))
        flat_i = ivy.reshape(idx, (-1, math.prod(spatial)))
        rows = ivy.expand_dims(ivy.arange(flat_a.shape[0], dtype=ivy.int64), 1)
        pos = ivy.reshape(ivy.add(ivy.multiply(rows, size), flat_i), (-1,))
        res = ivy.index_put(ivy.zeros((flat_a.shape[0] * size,), dtype=a.dtype), (pos,), ivy.reshape(flat_a, (-1,)))
        return wrap(ivy.reshape(res, lead + out))

    sig = F.pool_params("indices", data_format=default_format, output_size=None, name=None)
    return F._signed(f"max_unpool{n}d", sig, unpool, ": the pooled values put back at their mask positions.")


max_unpool1d = _max_unpool(1, "NCL")
max_unpool2d = _max_unpool(2, "NCHW")
max_unpool3d = _max_unpool(3, "NCDHW")


def _base_grid(size: int, align_corners: bool, dtype: Any) -> Any:
    if size <= 1:
        return ivy.zeros((builtins.max(size, 0),), dtype=dtype)
    g = ivy.linspace(-1.0, 1.0, size, dtype=dtype)
    return g if align_corners else ivy.multiply(g, _const((size - 1) / size, g))


@public
def affine_grid(theta: Any, out_shape: Any, align_corners: bool = True, name: Any = None) -> Tensor:
    """paddle.nn.functional.affine_grid: sampling grids ``theta @ [x, y(, z), 1]`` for 2-D and 3-D."""
    t = as_ivy(theta)
    shape = [builtins.int(v) for v in (out_shape.tolist() if isinstance(out_shape, Tensor) else out_shape)]
    spatial = shape[2:]
    axes = [_base_grid(s, align_corners, t.dtype) for s in reversed(spatial)]  # x, y(, z)
    mesh = ivy.meshgrid(*reversed(axes), indexing="ij")  # (z,) y, x order of the output
    coords = [*reversed(mesh), ivy.ones_like(mesh[0])]
    base = ivy.reshape(ivy.stack(coords, axis=-1), (-1, len(coords)))
    out = ivy.matmul(base, ivy.matrix_transpose(t))
    return wrap(ivy.reshape(out, (shape[0], *spatial, len(spatial))))


def _unnormalize(c: Any, size: int, align_corners: bool) -> Any:
    if align_corners:
        return ivy.multiply(ivy.add(c, _const(1, c)), _const((size - 1) / 2, c))
    return ivy.divide(ivy.subtract(ivy.multiply(ivy.add(c, _const(1, c)), _const(size, c)), _const(1, c)), _const(2, c))


def _reflect(c: Any, size: int, align_corners: bool) -> Any:
    lo, hi = (0.0, size - 1.0) if align_corners else (-0.5, size - 0.5)
    span = hi - lo
    if span <= 0:
        return ivy.zeros_like(c)
    d = ivy.abs(ivy.subtract(c, _const(lo, c)))
    flips = ivy.floor(ivy.divide(d, _const(span, c)))
    extra = ivy.subtract(d, ivy.multiply(flips, _const(span, c)))
    even = ivy.equal(ivy.remainder(flips, _const(2, c)), _const(0, c))
    out = ivy.where(even, ivy.add(extra, _const(lo, c)), ivy.subtract(_const(hi, c), extra))
    return ivy.clip(out, 0, size - 1)


@public
def grid_sample(
    x: Any, grid: Any, mode: str = "bilinear", padding_mode: str = "zeros", align_corners: bool = True, name: Any = None
) -> Tensor:
    """paddle.nn.functional.grid_sample (4-D): bilinear or nearest sampling of ``x`` at ``grid``'s (x, y) points."""
    a, g = as_ivy(x), as_ivy(grid)
    if a.ndim != 4:
        raise ValueError("paddle.nn.functional.grid_sample: the frontend supports 4-D inputs only")
    if mode not in ("bilinear", "nearest") or padding_mode not in ("zeros", "border", "reflection"):
        raise ValueError(f"paddle.nn.functional.grid_sample: unsupported mode {mode!r} / padding_mode {padding_mode!r}")
    n, c, h, w = a.shape
    gx = _unnormalize(g[..., 0], w, align_corners)
    gy = _unnormalize(g[..., 1], h, align_corners)
    if padding_mode == "border":
        gx, gy = ivy.clip(gx, 0, w - 1), ivy.clip(gy, 0, h - 1)
    elif padding_mode == "reflection":
        gx, gy = _reflect(gx, w, align_corners), _reflect(gy, h, align_corners)
    flat = ivy.reshape(ivy.permute_dims(a, (0, 2, 3, 1)), (n, h * w, c))
    gh, gw = gx.shape[1], gx.shape[2]

    def tap(ix: Any, iy: Any) -> Any:
        ok = ivy.logical_and(ivy.logical_and(ix >= 0, ix <= w - 1), ivy.logical_and(iy >= 0, iy <= h - 1))
        xi, yi = ivy.astype(ivy.clip(ix, 0, w - 1), ivy.int64), ivy.astype(ivy.clip(iy, 0, h - 1), ivy.int64)
        pos = ivy.reshape(ivy.add(ivy.multiply(yi, w), xi), (n, -1, 1))
        vals = ivy.take_along_axis(flat, ivy.broadcast_to(pos, (n, gh * gw, c)), axis=1)
        return ivy.multiply(vals, ivy.astype(ivy.reshape(ok, (n, -1, 1)), a.dtype))

    if mode == "nearest":
        out = tap(ivy.round(gx), ivy.round(gy))
    else:
        x0, y0 = ivy.floor(gx), ivy.floor(gy)
        x1, y1 = ivy.add(x0, _const(1, x0)), ivy.add(y0, _const(1, y0))
        wx1, wy1 = ivy.subtract(gx, x0), ivy.subtract(gy, y0)
        wx0, wy0 = ivy.subtract(_const(1, wx1), wx1), ivy.subtract(_const(1, wy1), wy1)
        out = None
        for xi, yi, wgt in ((x0, y0, wx0 * wy0), (x1, y0, wx1 * wy0), (x0, y1, wx0 * wy1), (x1, y1, wx1 * wy1)):
            term = ivy.multiply(tap(xi, yi), ivy.reshape(wgt, (n, -1, 1)))
            out = term if out is None else ivy.add(out, term)
    return wrap(ivy.permute_dims(ivy.reshape(out, (n, gh, gw, c)), (0, 3, 1, 2)))


@public
def fold(
    x: Any,
    output_sizes: Any,
    kernel_sizes: Any,
    strides: Any = 1,
    paddings: Any = 0,
    dilations: Any = 1,
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.fold: col2im, the inverse layout of ``unfold`` with overlaps summed."""
    a = as_ivy(x)
    oh, ow = F._tuple(output_sizes, 2)
    kh, kw = F._tuple(kernel_sizes, 2)
    sh, sw = F._tuple(strides, 2)
    dh, dw = F._tuple(dilations, 2)
    p = paddings if isinstance(paddings, (list, tuple)) else [paddings] * 2
    pt, pl, pb, pr = (p[0], p[1], p[0], p[1]) if len(p) == 2 else tuple(p)
    n, ck, length = a.shape
    c = ck // (kh * kw)
    ph, pw = oh + pt + pb, ow + pl + pr
    bh, bw = (ph - (dh * (kh - 1) + 1)) // sh + 1, (pw - (dw * (kw - 1) + 1)) // sw + 1
    if bh * bw != length:
        raise ValueError(f"paddle.nn.functional.fold: {length} blocks given, the sizes imply {bh * bw}")
    rows = [
        (i * dh + bi * sh) * pw + (j * dw + bj * sw)
        for i in range(kh)
        for j in range(kw)
        for bi in range(bh)
        for bj in range(bw)
    ]
    target = ivy.asarray(rows, dtype=ivy.int64)
    onehot = ivy.astype(ivy.equal(ivy.expand_dims(target, 1), ivy.arange(ph * pw, dtype=ivy.int64)), a.dtype)
    cols = ivy.reshape(a, (n, c, kh * kw * length))
    out = ivy.reshape(ivy.matmul(cols, onehot), (n, c, ph, pw))
    return wrap(out[:, :, pt : pt + oh, pl : pl + ow])


@public
def temporal_shift(
    x: Any, seg_num: int, shift_ratio: float = 0.25, name: Any = None, data_format: str = "NCHW"
) -> Tensor:
    """paddle.nn.functional.temporal_shift: a slice of channels shifted one segment back, another forward."""
    a = as_ivy(x)
    if not 0 < shift_ratio < 0.5:
        raise ValueError(f"paddle.nn.functional.temporal_shift: shift_ratio must be in (0, 0.5), got {shift_ratio}")
    if data_format == "NHWC":
        a = ivy.permute_dims(a, (0, 3, 1, 2))
    nt, c, h, w = a.shape
    v = ivy.reshape(a, (nt // seg_num, seg_num, c, h, w))
    c1, c2 = builtins.int(c * shift_ratio), builtins.int(c * 2 * shift_ratio)
    z = ivy.zeros((v.shape[0], 1, c, h, w), dtype=a.dtype)
    back = ivy.concat([v[:, 1:], z], axis=1)
    fwd = ivy.concat([z, v[:, :-1]], axis=1)
    ch = ivy.reshape(ivy.arange(c, dtype=ivy.int64), (1, 1, c, 1, 1))
    out = ivy.where(ch < c1, back, ivy.where(ch < c2, fwd, v))
    out = ivy.reshape(out, (nt, c, h, w))
    return wrap(ivy.permute_dims(out, (0, 2, 3, 1)) if data_format == "NHWC" else out)


@public
def gather_tree(ids: Any, parents: Any) -> Tensor:
    """paddle.nn.functional.gather_tree: full beams traced back from the last step through ``parents``."""
    i, p = as_ivy(ids), ivy.astype(as_ivy(parents), ivy.int64)
    steps = i.shape[0]
    beam = ivy.broadcast_to(ivy.arange(i.shape[2], dtype=ivy.int64), tuple(i.shape[1:]))
    out = []
    for t in range(steps - 1, -1, -1):
        out.append(ivy.take_along_axis(i[t], beam, axis=-1))
        beam = ivy.take_along_axis(p[t], beam, axis=-1)
    return wrap(ivy.stack(out[::-1]))


@public
def embedding_renorm_(x: Any, weight: Any, max_norm: float, norm_type: float = 2.0) -> Tensor:
    """paddle.nn.functional.embedding_renorm_: rows of ``weight`` used by ``x`` scaled to norm <= ``max_norm``."""
    w = as_ivy(weight)
    used = ivy.any(
        ivy.equal(
            ivy.expand_dims(ivy.arange(w.shape[0], dtype=ivy.int64), 1),
            ivy.reshape(ivy.astype(as_ivy(x), ivy.int64), (1, -1)),
        ),
        axis=1,
    )
    n = ivy.linalg.vector_norm(w, axis=1, keepdims=True, ord=builtins.float(norm_type))
    scale = ivy.where(n > max_norm, ivy.divide(_const(max_norm, n), ivy.add(n, _const(1e-7, n))), ivy.ones_like(n))
    out = ivy.where(ivy.expand_dims(used, 1), ivy.multiply(w, scale), w)
    if isinstance(weight, Tensor):
        weight._ivy = out
        return weight
    return wrap(out)


# -- losses ---------------------------------------------------------------------------------------------

_reduce = F._reduce


@public
def soft_margin_loss(input: Any, label: Any, reduction: str = "mean", name: Any = None) -> Tensor:
    """paddle.nn.functional.soft_margin_loss: ``log(1 + exp(-label * input))``."""
    a = as_ivy(input)
    y = ivy.astype(as_ivy(label), a.dtype)
    return wrap(_reduce(ivy.log1p(ivy.exp(ivy.negative(ivy.multiply(y, a)))), reduction))


@public
def multi_label_soft_margin_loss(
    input: Any, label: Any, weight: Any = None, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.multi_label_soft_margin_loss: per-class logistic losses averaged over classes."""
    a = as_ivy(input)
    y = ivy.astype(as_ivy(label), a.dtype)
    loss = ivy.negative(
        ivy.add(
            ivy.multiply(y, ivy.nn.log_sigmoid(a)),
            ivy.multiply(ivy.subtract(_const(1, y), y), ivy.nn.log_sigmoid(ivy.negative(a))),
        )
    )
    if weight is not None:
        loss = ivy.multiply(loss, as_ivy(weight))
    return wrap(_reduce(ivy.mean(loss, axis=-1), reduction))


@public
def multi_margin_loss(
    input: Any,
    label: Any,
    p: int = 1,
    margin: float = 1.0,
    weight: Any = None,
    reduction: str = "mean",
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.multi_margin_loss: ``sum_j max(0, margin - x[y] + x[j])**p / C`` over ``j != y``."""
    a = as_ivy(input)
    y = ivy.astype(ivy.reshape(as_ivy(label), (-1, 1)), ivy.int64)
    xy = ivy.take_along_axis(a, y, axis=1)
    m = ivy.maximum(ivy.add(ivy.subtract(_const(margin, a), xy), a), ivy.zeros_like(a))
    m = ivy.pow(m, _const(p, m)) if p != 1 else m
    if weight is not None:
        m = ivy.multiply(m, ivy.take(as_ivy(weight), ivy.reshape(y, (-1,)), axis=0)[:, None])
    not_y = ivy.not_equal(ivy.arange(a.shape[1], dtype=ivy.int64), y)
    loss = ivy.divide(ivy.sum(ivy.where(not_y, m, ivy.zeros_like(m)), axis=1), _const(a.shape[1], a))
    return wrap(_reduce(loss, reduction))


@public
def multi_label_margin_loss(input: Any, label: Any, reduction: str = "mean", name: Any = None) -> Tensor:
    """paddle.nn.functional.multi_label_margin_loss: hinge between each target class (label up to the first -1)
    and each non-target class, divided by the number of classes."""
    a = as_ivy(input)
    lab = ivy.astype(as_ivy(label), ivy.int64)
    valid = ivy.cumulative_prod(ivy.astype(lab >= 0, ivy.int64), axis=-1) > 0
    cls = ivy.arange(a.shape[-1], dtype=ivy.int64)
    is_target = ivy.any(ivy.logical_and(ivy.equal(ivy.expand_dims(lab, -1), cls), ivy.expand_dims(valid, -1)), axis=-2)
    xt = ivy.take_along_axis(a, ivy.clip(lab, 0, None), axis=-1)
    hinge = ivy.maximum(
        ivy.subtract(_const(1, a), ivy.subtract(ivy.expand_dims(xt, -1), ivy.expand_dims(a, -2))),
        ivy.zeros((), dtype=a.dtype),
    )
    keep = ivy.logical_and(ivy.expand_dims(valid, -1), ivy.expand_dims(ivy.logical_not(is_target), -2))
    loss = ivy.divide(ivy.sum(ivy.where(keep, hinge, ivy.zeros_like(hinge)), axis=(-2, -1)), _const(a.shape[-1], a))
    return wrap(_reduce(loss, reduction))


def _triplet(
    input: Any, positive: Any, negative: Any, margin: float, p: float, epsilon: float, swap: bool, reduction: str
) -> Tensor:
    a, pos, neg = as_ivy(input), as_ivy(positive), as_ivy(negative)
    return wrap(_reduce(triplet_margin(a, pos, neg, margin, swap, p_distance(p, epsilon)), reduction))


triplet_margin_loss = F._signed(
    "triplet_margin_loss",
    params("input", "positive", "negative", margin=1.0, p=2, epsilon=1e-6, swap=False, reduction="mean", name=None),
    _triplet,
    ": ``max(d(a, p) - d(a, n) + margin, 0)``.",
)


def _triplet_with_distance(
    input: Any, positive: Any, negative: Any, distance_function: Any, margin: float, swap: bool, reduction: str
) -> Tensor:
    dist = distance_function or F.pairwise_distance

    def distance(x: Any, y: Any) -> Any:
        return as_ivy(dist(wrap(x), wrap(y)))

    a, pos, neg = as_ivy(input), as_ivy(positive), as_ivy(negative)
    return wrap(_reduce(triplet_margin(a, pos, neg, margin, swap, distance), reduction))


triplet_margin_with_distance_loss = F._signed(
    "triplet_margin_with_distance_loss",
    params(
        "input", "positive", "negative", distance_function=None, margin=1.0, swap=False, reduction="mean", name=None
    ),
    _triplet_with_distance,
    " (pairwise_distance by default).",
)


@public
def gaussian_nll_loss(
    input: Any,
    label: Any,
    variance: Any,
    full: bool = False,
    epsilon: float = 1e-6,
    reduction: str = "mean",
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.gaussian_nll_loss: ``(log(var) + (x - y)**2 / var) / 2`` (variance clamped at epsilon)."""
    a, y, v = as_ivy(input), as_ivy(label), as_ivy(variance)
    if builtins.bool(ivy.any(v < 0)):
        raise ValueError("paddle.nn.functional.gaussian_nll_loss: variance has negative entries")
    v = ivy.maximum(v, _const(epsilon, v))
    loss = ivy.multiply(ivy.add(ivy.log(v), ivy.divide(ivy.square(ivy.subtract(a, y)), v)), _const(0.5, a))
    if full:
        loss = ivy.add(loss, _const(0.5 * math.log(2 * math.pi), loss))
    return wrap(_reduce(loss, reduction))


@public
def poisson_nll_loss(
    input: Any,
    label: Any,
    log_input: bool = True,
    full: bool = False,
    epsilon: float = 1e-8,
    reduction: str = "mean",
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.poisson_nll_loss: ``exp(x) - y x`` (or ``x - y log(x + eps)``), plus Stirling's
    term when ``full``."""
    a = as_ivy(input)
    return wrap(_reduce(poisson_nll(a, ivy.astype(as_ivy(label), a.dtype), log_input, full, epsilon), reduction))


@public
def dice_loss(input: Any, label: Any, epsilon: float = 1e-5, name: Any = None) -> Tensor:
    """paddle.nn.functional.dice_loss: ``1 - 2|X∩Y| / (|X| + |Y|)`` per sample, averaged; label holds class ids."""
    a = as_ivy(input)
    lab = ivy.astype(ivy.squeeze(as_ivy(label), axis=-1), ivy.int64)
    onehot = ivy.astype(ivy.equal(ivy.expand_dims(lab, -1), ivy.arange(a.shape[-1], dtype=ivy.int64)), a.dtype)
    ax = tuple(range(1, a.ndim))
    inse = ivy.sum(ivy.multiply(a, onehot), axis=ax)
    denom = ivy.add(ivy.sum(a, axis=ax), ivy.sum(onehot, axis=ax))
    dice = ivy.subtract(_const(1, a), ivy.divide(ivy.multiply(inse, _const(2, a)), ivy.add(denom, _const(epsilon, a))))
    return wrap(ivy.mean(dice))


@public
def npair_loss(anchor: Any, positive: Any, labels: Any, l2_reg: float = 0.002) -> Tensor:
    """paddle.nn.functional.npair_loss: softmax cross-entropy of anchor-positive similarities + an L2 term."""
    a, p = as_ivy(anchor), as_ivy(positive)
    lab = ivy.reshape(as_ivy(labels), (-1, 1))
    same = ivy.astype(ivy.equal(lab, ivy.reshape(lab, (1, -1))), a.dtype)
    target = ivy.divide(same, ivy.sum(same, axis=1, keepdims=True))
    l2 = ivy.multiply(
        ivy.add(ivy.mean(ivy.sum(ivy.square(a), axis=1)), ivy.mean(ivy.sum(ivy.square(p), axis=1))),
        _const(0.25 * l2_reg, a),
    )
    sim = ivy.matmul(a, ivy.matrix_transpose(p))
    ce = ivy.sum(ivy.multiply(ivy.negative(target), ivy.nn.log_softmax(sim, axis=-1)), axis=-1)
    return wrap(ivy.add(ivy.mean(ce), l2))
