# ruff: noqa: A002 - paddle's own argument and function names (input, min, max, ...)
"""``paddle.nn.functional`` on ``ivy.nn`` and ``ivy`` calls.

Paddle's conventions differ from torch's here: ``linear``'s weight is ``[in, out]``,
``batch_norm``'s momentum weights the *old* running statistics, ``avg_pool``'s
``exclusive=True`` leaves padding out of the mean, ``scaled_dot_product_attention``
takes ``[batch, seq, heads, dim]`` tensors.
"""

from __future__ import annotations

import builtins
import inspect
import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.nn_args import ints_per_axis
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap

#: every ``paddle.nn.functional`` name the frontend emulates
FUNCTIONS: dict[str, Callable[..., Any]] = {}


def _public(fn: Callable[..., Any]) -> Callable[..., Any]:
    FUNCTIONS[fn.__name__] = fn
    return fn


def _named(fn: Callable[..., Any], name: str, doc: str) -> Callable[..., Any]:
    """Name a factory-made ``fn`` ``name``, document it as ``paddle.nn.functional.<name><doc>`` and register it."""
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"paddle.nn.functional.{name}{doc}"
    return _public(fn)


def _signed(name: str, parameters: tuple, impl: Callable[..., Tensor], doc: str) -> Callable[..., Tensor]:
    """``paddle.nn.functional.<name><doc>`` with ``parameters`` as its signature (see ``signed``), registered."""
    return _public(signed(name, parameters, impl, f"paddle.nn.functional.{name}{doc}"))


#: the leading parameters of the convolutions
_CONV = params("x", "weight", bias=None, stride=1, padding=0)


def pool_params(*inputs: str, **more: Any) -> tuple:
    """A pool's parameters: ``x``, any other ``inputs``, ``kernel_size``, ``stride``, ``padding``, then ``more``."""
    return params("x", *inputs, "kernel_size", stride=None, padding=0, **more)


def _act(name: str, f: Callable[[Any], Any]) -> Callable[..., Tensor]:
    def op(x: Any, name: str | None = None) -> Tensor:
        return wrap(f(as_ivy(x)))

    return _named(op, name, ".")


def _hardswish(a: Any) -> Any:
    return ivy.divide(ivy.multiply(a, ivy.clip(ivy.add(a, 3), 0, 6)), ivy.asarray(6, dtype=a.dtype))


def _softsign(a: Any) -> Any:
    return ivy.divide(a, ivy.add(ivy.abs(a), ivy.asarray(1, dtype=a.dtype)))


def _tanhshrink(a: Any) -> Any:
    return ivy.subtract(a, ivy.tanh(a))


relu = _act("relu", ivy.nn.relu)
relu6 = _act("relu6", ivy.nn.relu6)
silu = _act("silu", ivy.nn.silu)
swish = _act("swish", ivy.nn.silu)
sigmoid = _act("sigmoid", ivy.nn.sigmoid)
tanh = _act("tanh", ivy.tanh)
mish = _act("mish", ivy.nn.mish)
log_sigmoid = _act("log_sigmoid", ivy.nn.log_sigmoid)
selu = _act("selu", ivy.nn.selu)
hardswish = _act("hardswish", _hardswish)
softsign = _act("softsign", _softsign)
tanhshrink = _act("tanhshrink", _tanhshrink)


def _inplace(fn: Callable[..., Tensor], name: str) -> Callable[..., Tensor]:
    def op(x: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        x._ivy = fn(x, *args, **kwargs)._ivy
        return x

    return _named(op, name, ": in place.")


@_public
def gelu(x: Any, approximate: bool = False, name: str | None = None) -> Tensor:
    """paddle.nn.functional.gelu: exact (erf) or tanh approximation."""
    return wrap(ivy.nn.gelu(as_ivy(x), approximate="tanh" if approximate else "none"))


@_public
def leaky_relu(x: Any, negative_slope: float = 0.01, name: str | None = None) -> Tensor:
    """paddle.nn.functional.leaky_relu."""
    return wrap(ivy.nn.leaky_relu(as_ivy(x), negative_slope=negative_slope))


@_public
def elu(x: Any, alpha: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.nn.functional.elu."""
    return wrap(ivy.nn.elu(as_ivy(x), alpha=alpha))


@_public
def celu(x: Any, alpha: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.nn.functional.celu."""
    a = as_ivy(x)
    neg = ivy.multiply(ivy.expm1(ivy.divide(a, ivy.asarray(alpha, dtype=a.dtype))), ivy.asarray(alpha, dtype=a.dtype))
    return wrap(ivy.where(ivy.greater(a, 0), a, neg))


@_public
def softplus(x: Any, beta: float = 1, threshold: float = 20, name: str | None = None) -> Tensor:
    """paddle.nn.functional.softplus: linear above ``threshold``."""
    a = as_ivy(x)
    bx = ivy.multiply(a, ivy.asarray(beta, dtype=a.dtype))
    soft = ivy.divide(ivy.logaddexp(bx, ivy.zeros_like(bx)), ivy.asarray(beta, dtype=a.dtype))
    return wrap(ivy.where(ivy.greater(bx, threshold), a, soft))


@_public
def hardsigmoid(x: Any, slope: float = 0.1666667, offset: float = 0.5, name: str | None = None) -> Tensor:
    """paddle.nn.functional.hardsigmoid."""
    a = as_ivy(x)
    return wrap(ivy.clip(ivy.add(ivy.multiply(a, ivy.asarray(slope, dtype=a.dtype)), offset), 0, 1))


@_public
def hardtanh(x: Any, min: float = -1.0, max: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.nn.functional.hardtanh."""
    return wrap(ivy.clip(as_ivy(x), min, max))


@_public
def hardshrink(x: Any, threshold: float = 0.5, name: str | None = None) -> Tensor:
    """paddle.nn.functional.hardshrink."""
    a = as_ivy(x)
    return wrap(ivy.where(ivy.greater(ivy.abs(a), threshold), a, ivy.zeros_like(a)))


@_public
def softshrink(x: Any, threshold: float = 0.5, name: str | None = None) -> Tensor:
    """paddle.nn.functional.softshrink."""
    a = as_ivy(x)
    t = ivy.asarray(threshold, dtype=a.dtype)
    out = ivy.where(ivy.greater(a, t), ivy.subtract(a, t), ivy.where(ivy.less(a, -t), ivy.add(a, t), ivy.zeros_like(a)))
    return wrap(out)


@_public
def thresholded_relu(x: Any, threshold: float = 1.0, value: float = 0.0, name: str | None = None) -> Tensor:
    """paddle.nn.functional.thresholded_relu."""
    a = as_ivy(x)
    return wrap(ivy.where(ivy.greater(a, threshold), a, ivy.full_like(a, value)))


@_public
def prelu(x: Any, weight: Any, data_format: str = "NCHW", name: str | None = None) -> Tensor:
    """paddle.nn.functional.prelu: one slope, or one per channel."""
    a, w = as_ivy(x), as_ivy(weight)
    if w.size > 1 and a.ndim > 1:
        shape = [1] * a.ndim
        shape[1 if data_format[1] == "C" else a.ndim - 1] = w.size
        w = ivy.reshape(w, tuple(shape))
    return wrap(ivy.where(ivy.greater(a, 0), a, ivy.multiply(a, w)))


relu_ = _inplace(relu, "relu_")
elu_ = _inplace(elu, "elu_")
leaky_relu_ = _inplace(leaky_relu, "leaky_relu_")
hardtanh_ = _inplace(hardtanh, "hardtanh_")


def _softmax_input(x: Any, dtype: Any) -> Any:
    a = as_ivy(x)
    if dtype is not None:
        a = ivy.astype(a, D.to_dtype(dtype)._ivy)
    return a


@_public
def softmax(x: Any, axis: int = -1, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.nn.functional.softmax."""
    return wrap(ivy.nn.softmax(_softmax_input(x, dtype), axis=axis))


@_public
def log_softmax(x: Any, axis: int = -1, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.nn.functional.log_softmax."""
    return wrap(ivy.nn.log_softmax(_softmax_input(x, dtype), axis=axis))


softmax_ = _inplace(softmax, "softmax_")


@_public
def glu(x: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.nn.functional.glu: first half times the sigmoid of the second."""
    a, b = ivy.split(as_ivy(x), 2, axis=axis)
    return wrap(ivy.multiply(a, ivy.nn.sigmoid(b)))


# -- linear, embedding, one_hot -----------------------------------------------------------------


@_public
def linear(x: Any, weight: Any, bias: Any = None, name: str | None = None) -> Tensor:
    """paddle.nn.functional.linear: ``x @ weight + bias`` with ``weight`` of shape ``[in, out]``."""
    out = ivy.matmul(as_ivy(x), as_ivy(weight))
    return wrap(out if bias is None else ivy.add(out, as_ivy(bias)))


@_public
def bilinear(x1: Any, x2: Any, weight: Any, bias: Any = None, name: str | None = None) -> Tensor:
    """paddle.nn.functional.bilinear: ``x1 W_k x2`` for each output ``k`` (weight ``[out, in1, in2]``)."""
    out = ivy.einsum("bi,kij,bj->bk", as_ivy(x1), as_ivy(weight), as_ivy(x2))
    return wrap(out if bias is None else ivy.add(out, as_ivy(bias)))


@_public
def embedding(x: Any, weight: Any, padding_idx: int | None = None, sparse: bool = False, name: Any = None) -> Tensor:
    """paddle.nn.functional.embedding: rows of ``weight`` (rows at ``padding_idx`` read as zeros)."""
    idx, w = as_ivy(x), as_ivy(weight)
    out = ivy.nn.embedding(idx, w)
    if padding_idx is not None:
        p = padding_idx if padding_idx >= 0 else padding_idx + w.shape[0]
        out = ivy.where(ivy.expand_dims(ivy.equal(idx, p), axis=-1), ivy.zeros_like(out), out)
    return wrap(out)


@_public
def one_hot(x: Any, num_classes: int, name: str | None = None) -> Tensor:
    """paddle.nn.functional.one_hot: float32."""
    return wrap(ivy.nn.one_hot(as_ivy(x), int(num_classes), dtype=ivy.float32))


# -- convolution and pooling --------------------------------------------------------------------


def _tuple(v: Any, n: int) -> tuple[int, ...]:
    return ints_per_axis(v, n)


def _channels_last(data_format: str) -> bool:
    return data_format[-1] == "C" and data_format != "NC"


def _padding(padding: Any, n: int, channels_last: bool) -> Any:
    """paddle's padding forms as ivy's: 'SAME'/'VALID', an int, one per axis, pairs, or [b0, a0, b1, a1, ...]."""
    if isinstance(padding, str):
        return padding.upper()
    if isinstance(padding, int):
        return padding
    p = list(padding)
    if p and isinstance(p[0], (list, tuple)):
        pairs = [tuple(int(v) for v in q) for q in p]
        if len(pairs) == n + 2:  # includes batch and channel axes
            pairs = pairs[1:-1] if channels_last else pairs[2:]
        return tuple(pairs)
    if len(p) == n:
        return tuple(int(v) for v in p)
    if len(p) == 2 * n:
        return tuple((int(p[2 * i]), int(p[2 * i + 1])) for i in range(n))
    raise ValueError(f"paddle frontend: unsupported padding {padding!r}")


def _conv_call(
    op: Callable[..., Any],
    n: int,
    x: Any,
    weight: Any,
    bias: Any,
    stride: Any,
    padding: Any,
    dilation: Any,
    groups: int,
    data_format: str,
    **extra: Any,
) -> Tensor:
    """``op`` (``ivy.nn.conv`` or ``conv_transpose``) with paddle's stride/padding/dilation/format arguments."""
    last = _channels_last(data_format)
    stride, dilation = _tuple(stride, n), _tuple(dilation, n)
    b = None if bias is None else as_ivy(bias)
    pads = _padding(padding, n, last)
    out = op(
        as_ivy(x),
        as_ivy(weight),
        b,
        stride=stride,
        padding=pads,
        dilation=dilation,
        groups=groups,
        channels_last=last,
        **extra,
    )
    return wrap(out)


def _conv(n: int, default_format: str) -> Callable[..., Tensor]:
    def conv(
        x: Any, weight: Any, bias: Any, stride: Any, padding: Any, dilation: Any, groups: int, data_format: str
    ) -> Tensor:
        return _conv_call(ivy.nn.conv, n, x, weight, bias, stride, padding, dilation, groups, data_format)

    sig = _CONV + params(dilation=1, groups=1, data_format=default_format, name=None)
    return _signed(f"conv{n}d", sig, conv, ": weight ``[out, in/groups, *kernel]``.")


conv1d = _conv(1, "NCL")
conv2d = _conv(2, "NCHW")
conv3d = _conv(3, "NCDHW")


def _conv_nd_impl(
    x: Any,
    weight: Any,
    bias: Any,
    stride: Any,
    padding: Any,
    padding_algorithm: Any,
    dilation: Any,
    groups: int,
    data_format: str,
    channel_dim: int,
) -> Tensor:
    """paddle.nn.functional.conv._conv_nd: what paddle's Conv layers call (padding already normalised)."""
    n = as_ivy(weight).ndim - 2
    if padding_algorithm in ("SAME", "VALID"):
        padding = padding_algorithm
    fn = {1: conv1d, 2: conv2d, 3: conv3d}[n]
    fmt = (
        data_format
        if len(data_format) == n + 2
        else ("NC" + "DHW"[3 - n :] if channel_dim == 1 else "N" + "DHW"[3 - n :] + "C")
    )
    return fn(x, weight, bias, stride, padding, dilation, groups, fmt)


_CONV_ND = params(padding_algorithm=None, dilation=1, groups=1, data_format="NCHW", channel_dim=1, op_type="conv2d")
_conv_nd = signed("conv_nd", _CONV + _CONV_ND + params(use_cudnn=True, name=None), _conv_nd_impl)


def _conv_transpose(n: int, default_format: str) -> Callable[..., Tensor]:
    def conv_t(
        x: Any,
        weight: Any,
        bias: Any,
        stride: Any,
        padding: Any,
        output_padding: Any,
        groups: int,
        dilation: Any,
        data_format: str,
    ) -> Tensor:
        op = ivy.nn.conv_transpose
        extra = {"output_padding": _tuple(output_padding, n)}
        return _conv_call(op, n, x, weight, bias, stride, padding, dilation, groups, data_format, **extra)

    # paddle's own order: conv2d_transpose takes dilation before groups, the others after
    middle = params(dilation=1, groups=1) if n == 2 else params(groups=1, dilation=1)
    sig = _CONV + params(output_padding=0) + middle + params(output_size=None, data_format=default_format, name=None)
    return _signed(f"conv{n}d_transpose", sig, conv_t, ": weight ``[in, out/groups, *kernel]``.")


conv1d_transpose = _conv_transpose(1, "NCL")
conv2d_transpose = _conv_transpose(2, "NCHW")
conv3d_transpose = _conv_transpose(3, "NCDHW")


def _pool_padding(padding: Any, n: int) -> Any:
    if isinstance(padding, str):
        if padding.upper() == "VALID":
            return 0
        raise ValueError("paddle frontend: 'SAME' pooling padding is not supported")
    if isinstance(padding, int):
        return padding
    p = list(padding)
    if len(p) == 2 * n and all(p[2 * i] == p[2 * i + 1] for i in range(n)):
        return tuple(int(p[2 * i]) for i in range(n))
    return tuple(int(v) for v in p)


def _max_pool(n: int, default_format: str) -> Callable[..., Tensor]:
    def pool(
        x: Any, kernel_size: Any, stride: Any, padding: Any, return_mask: bool, ceil_mode: bool, data_format: str
    ) -> Tensor:
        if return_mask:
            raise NotImplementedError("paddle frontend: max_pool with return_mask")
        out = ivy.nn.max_pool(
            as_ivy(x),
            _tuple(kernel_size, n),
            stride=_tuple(kernel_size if stride is None else stride, n),
            padding=_pool_padding(padding, n),
            ceil_mode=ceil_mode,
            channels_last=_channels_last(data_format),
        )
        return wrap(out)

    sig = pool_params(return_mask=False, ceil_mode=False, data_format=default_format, name=None)
    return _signed(f"max_pool{n}d", sig, pool, ".")


max_pool1d = _max_pool(1, "NCL")
max_pool2d = _max_pool(2, "NCHW")
max_pool3d = _max_pool(3, "NCDHW")


def _avg_pool(n: int, default_format: str) -> Callable[..., Tensor]:
    def pool(
        x: Any,
        kernel_size: Any,
        stride: Any,
        padding: Any,
        ceil_mode: bool,
        exclusive: bool,
        divisor_override: Any,
        data_format: str,
    ) -> Tensor:
        k = _tuple(kernel_size, n)
        last = _channels_last(data_format)
        a = as_ivy(x)
        out = ivy.nn.avg_pool(
            a,
            k,
            stride=_tuple(kernel_size if stride is None else stride, n),
            padding=_pool_padding(padding, n),
            ceil_mode=ceil_mode,
            count_include_pad=not exclusive,
            channels_last=last,
        )
        if divisor_override:
            out = ivy.multiply(out, ivy.asarray(math.prod(k) / divisor_override, dtype=out.dtype))
        return wrap(out)

    sig = pool_params(ceil_mode=False, exclusive=True, divisor_override=None, data_format=default_format, name=None)
    return _signed(f"avg_pool{n}d", sig, pool, ": ``exclusive`` leaves padding out of the mean.")


avg_pool1d = _avg_pool(1, "NCL")
avg_pool2d = _avg_pool(2, "NCHW")
avg_pool3d = _avg_pool(3, "NCDHW")


def _adaptive(n: int, f: Callable[..., Any], kind: str, default_format: str) -> Callable[..., Tensor]:
    def pool(x: Any, output_size: Any, data_format: str = default_format, name: str | None = None, **kw: Any) -> Tensor:
        a = as_ivy(x)
        last = _channels_last(data_format)
        spatial = a.shape[1:-1] if last else a.shape[2:]
        size = (
            _tuple(output_size, n)
            if not isinstance(output_size, (list, tuple))
            else tuple(spatial[i] if s is None else int(s) for i, s in enumerate(output_size))
        )
        return wrap(f(a, size, channels_last=last))

    return _named(pool, f"adaptive_{kind}_pool{n}d", ".")


adaptive_avg_pool1d = _adaptive(1, ivy.nn.adaptive_avg_pool, "avg", "NCL")
adaptive_avg_pool2d = _adaptive(2, ivy.nn.adaptive_avg_pool, "avg", "NCHW")
adaptive_avg_pool3d = _adaptive(3, ivy.nn.adaptive_avg_pool, "avg", "NCDHW")
adaptive_max_pool1d = _adaptive(1, ivy.nn.adaptive_max_pool, "max", "NCL")
adaptive_max_pool2d = _adaptive(2, ivy.nn.adaptive_max_pool, "max", "NCHW")


# -- normalisation, dropout -------------------------------------------------------------------


def _batch_norm(
    x: Any,
    running_mean: Any,
    running_var: Any,
    weight: Any,
    bias: Any,
    training: bool,
    momentum: float,
    epsilon: float,
    data_format: str,
    use_global_stats: bool | None,
) -> Tensor:
    use_batch = training if use_global_stats is None else not use_global_stats
    res = ivy.nn.batch_norm(
        as_ivy(x),
        as_ivy(running_mean),
        as_ivy(running_var),
        None if weight is None else as_ivy(weight),
        None if bias is None else as_ivy(bias),
        training=use_batch,
        momentum=1.0 - momentum,
        eps=epsilon,
        channels_last=_channels_last(data_format),
    )
    if use_batch and training:
        a = as_ivy(x)
        last = _channels_last(data_format)
        red = tuple(i for i in range(a.ndim) if i != (a.ndim - 1 if last else 1))
        mu = ivy.mean(a, axis=red)
        biased = ivy.var(a, axis=red)  # paddle tracks the biased batch variance
        for t, batch in ((running_mean, mu), (running_var, biased)):
            if isinstance(t, Tensor):
                old = t._ivy
                t._ivy = ivy.add(
                    ivy.multiply(old, momentum), ivy.multiply(ivy.astype(batch, old.dtype), 1.0 - momentum)
                )
    return wrap(res[0])


#: the optional scale and shift of the normalisations
_AFFINE = {"weight": None, "bias": None}
batch_norm = _signed(
    "batch_norm",
    params("x", "running_mean", "running_var", **_AFFINE, training=False, momentum=0.9, epsilon=1e-05)
    + params(data_format="NCHW", use_global_stats=None, name=None),
    _batch_norm,
    ": training sets running stats to ``momentum * old + (1 - momentum) * batch``.",
)


@_public
def layer_norm(
    x: Any, normalized_shape: Any, weight: Any = None, bias: Any = None, epsilon: float = 1e-05, name: Any = None
) -> Tensor:
    """paddle.nn.functional.layer_norm over the trailing ``normalized_shape`` axes."""
    shape = tuple(normalized_shape) if isinstance(normalized_shape, (list, tuple)) else (int(normalized_shape),)
    w = None if weight is None else ivy.reshape(as_ivy(weight), shape)
    b = None if bias is None else ivy.reshape(as_ivy(bias), shape)
    return wrap(ivy.nn.layer_norm(as_ivy(x), shape, w, b, eps=epsilon))


@_public
def group_norm(
    x: Any,
    num_groups: int,
    epsilon: float = 1e-05,
    weight: Any = None,
    bias: Any = None,
    data_format: str = "NCHW",
    name: str | None = None,
) -> Tensor:
    """paddle.nn.functional.group_norm."""
    out = ivy.nn.group_norm(
        as_ivy(x),
        num_groups,
        None if weight is None else as_ivy(weight),
        None if bias is None else as_ivy(bias),
        eps=epsilon,
        channels_last=_channels_last(data_format),
    )
    return wrap(out)


def _instance_norm(x: Any, weight: Any, bias: Any, eps: float, data_format: str) -> Tensor:
    a = as_ivy(x)
    c = a.shape[-1 if _channels_last(data_format) else 1]
    return group_norm(x, c, eps, weight, bias, data_format)


instance_norm = _signed(
    "instance_norm",
    params("x", running_mean=None, running_var=None, **_AFFINE, use_input_stats=True, momentum=0.9, eps=1e-05)
    + params(data_format="NCHW", name=None),
    _instance_norm,
    " (input statistics).",
)


@_public
def local_response_norm(
    x: Any,
    size: int,
    alpha: float = 1e-4,
    beta: float = 0.75,
    k: float = 1.0,
    data_format: str = "NCHW",
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.local_response_norm across channels."""
    a = as_ivy(x)
    sq = ivy.square(a)
    c = a.shape[1]
    pad = [(0, 0)] * a.ndim
    pad[1] = (size // 2, (size - 1) // 2)
    padded = ivy.pad(sq, tuple(pad))
    acc = builtins.sum(ivy.take(padded, ivy.arange(i, i + c), axis=1) for i in range(size))
    div = ivy.pow(ivy.add(ivy.multiply(acc, ivy.asarray(alpha / size, dtype=a.dtype)), k), beta)
    return wrap(ivy.divide(a, div))


@_public
def normalize(x: Any, p: float = 2, axis: int = 1, epsilon: float = 1e-12, name: str | None = None) -> Tensor:
    """paddle.nn.functional.normalize: ``x / max(||x||_p, epsilon)`` along ``axis``."""
    a = as_ivy(x)
    n = ivy.linalg.vector_norm(a, axis=axis, keepdims=True, ord=float(p))
    return wrap(ivy.divide(a, ivy.maximum(n, ivy.asarray(epsilon, dtype=n.dtype))))


@_public
def dropout(
    x: Any, p: float = 0.5, axis: Any = None, training: bool = True, mode: str = "upscale_in_train", name: Any = None
) -> Tensor:
    """paddle.nn.functional.dropout: identity in eval mode (``downscale_in_infer`` scales by ``1 - p``)."""
    a = as_ivy(x)
    if not training or p == 0:
        if mode == "downscale_in_infer":
            return wrap(ivy.multiply(a, ivy.asarray(1 - p, dtype=a.dtype)))
        return wrap(a)
    from ivy_frontends.paddle._creation import _next_seed

    out = ivy.nn.dropout(a, p, training=True, seed=_next_seed())
    if mode == "downscale_in_infer":
        out = ivy.multiply(out, ivy.asarray(1 - p, dtype=a.dtype))
    return wrap(out)


@_public
def dropout2d(x: Any, p: float = 0.5, training: bool = True, data_format: str = "NCHW", name: Any = None) -> Tensor:
    """paddle.nn.functional.dropout2d (identity in eval mode)."""
    return wrap(as_ivy(x)) if not training or p == 0 else dropout(x, p, training=True)


@_public
def alpha_dropout(x: Any, p: float = 0.5, training: bool = True, name: Any = None) -> Tensor:
    """paddle.nn.functional.alpha_dropout (identity in eval mode)."""
    return wrap(as_ivy(x)) if not training or p == 0 else dropout(x, p, training=True)


# -- padding, resampling, reshaping -----------------------------------------------------------


@_public
def pad(
    x: Any,
    pad: Any,
    mode: str = "constant",
    value: float = 0.0,
    data_format: str = "NCHW",
    pad_from_left_axis: bool = True,
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.pad: ``2 * ndim`` values pad every axis in order; fewer pad the spatial axes last-first."""
    a = as_ivy(x)
    p = pad.tolist() if isinstance(pad, Tensor) else [int(v) for v in pad]
    pairs = [(0, 0)] * a.ndim
    if len(p) == 2 * a.ndim and mode == "constant":
        pairs = [(p[2 * i], p[2 * i + 1]) for i in range(a.ndim)]
    else:
        last = _channels_last(data_format)
        spatial = list(range(1, a.ndim - 1)) if last else list(range(2, a.ndim))
        for j in range(len(p) // 2):
            pairs[spatial[-1 - j]] = (p[2 * j], p[2 * j + 1])
    ivy_mode = {"constant": "constant", "reflect": "reflect", "replicate": "edge", "circular": "wrap"}[mode]
    kw = {"value": value} if mode == "constant" else {}
    return wrap(ivy.pad(a, tuple(pairs), mode=ivy_mode, **kw))


@_public
def zeropad2d(x: Any, padding: Any, data_format: str = "NCHW", name: Any = None) -> Tensor:
    """paddle.nn.functional.zeropad2d: [left, right, top, bottom]."""
    return pad(x, _tuple(padding, 4), data_format=data_format)


def _interpolate(
    x: Any, size: Any, scale_factor: Any, mode: str, align_corners: bool, data_format: str | None
) -> Tensor:
    a = as_ivy(x)
    n = a.ndim - 2
    fmt = data_format or {1: "NCW", 2: "NCHW", 3: "NCDHW"}[n]
    if size is not None:
        size = _tuple(size, n)
    if scale_factor is not None:
        scale_factor = (
            tuple(float(s) for s in scale_factor) if isinstance(scale_factor, (list, tuple)) else float(scale_factor)
        )
    out = ivy.nn.interpolate(
        a,
        size,
        scale_factor=scale_factor,
        mode=mode.lower(),
        align_corners=align_corners,
        channels_last=_channels_last(fmt),
    )
    return wrap(out)


#: the parameters of ``interpolate`` and ``upsample`` (``align_mode`` is accepted and ignored)
_RESIZE = params("x", size=None, scale_factor=None, mode="nearest", align_corners=False, align_mode=0, data_format=None)
interpolate = _signed(
    "interpolate",
    _RESIZE + params(recompute_scale_factor=None, name=None),
    _interpolate,
    ": nearest, linear, bilinear, bicubic, trilinear.",
)
upsample = _signed("upsample", _RESIZE + params(name=None), _interpolate, ": same as interpolate.")


@_public
def pixel_shuffle(x: Any, upscale_factor: int, data_format: str = "NCHW", name: Any = None) -> Tensor:
    """paddle.nn.functional.pixel_shuffle (NCHW)."""
    a = as_ivy(x)
    n, c, h, w = a.shape
    r = upscale_factor
    a = ivy.reshape(a, (n, c // (r * r), r, r, h, w))
    a = ivy.permute_dims(a, (0, 1, 4, 2, 5, 3))
    return wrap(ivy.reshape(a, (n, c // (r * r), h * r, w * r)))


@_public
def unfold(
    x: Any, kernel_sizes: Any, strides: Any = 1, paddings: Any = 0, dilations: Any = 1, name: Any = None
) -> Tensor:
    """paddle.nn.functional.unfold: im2col, ``[N, C*kh*kw, L]``."""
    p = paddings
    if isinstance(p, (list, tuple)) and len(p) == 4:
        p = (p[0], p[1])
    return wrap(
        ivy.unfold(
            as_ivy(x),
            _tuple(kernel_sizes, 2),
            dilation=_tuple(dilations, 2),
            padding=_tuple(p, 2),
            stride=_tuple(strides, 2),
        )
    )


@_public
def cosine_similarity(x1: Any, x2: Any, axis: int = 1, eps: float = 1e-8) -> Tensor:
    """paddle.nn.functional.cosine_similarity."""
    a, b = as_ivy(x1), as_ivy(x2)
    num = ivy.sum(ivy.multiply(a, b), axis=axis)
    na = ivy.linalg.vector_norm(a, axis=axis)
    nb = ivy.linalg.vector_norm(b, axis=axis)
    return wrap(ivy.divide(num, ivy.maximum(ivy.multiply(na, nb), ivy.asarray(eps, dtype=na.dtype))))


@_public
def pairwise_distance(
    x: Any, y: Any, p: float = 2.0, epsilon: float = 1e-6, keepdim: bool = False, name: Any = None
) -> Tensor:
    """paddle.nn.functional.pairwise_distance."""
    a, b = as_ivy(x), as_ivy(y)
    d = ivy.add(ivy.subtract(a, b), ivy.asarray(epsilon, dtype=a.dtype))
    return wrap(ivy.linalg.vector_norm(d, axis=-1, keepdims=keepdim, ord=float(p)))


@_public
def label_smooth(label: Any, prior_dist: Any = None, epsilon: float = 0.1, name: Any = None) -> Tensor:
    """paddle.nn.functional.label_smooth."""
    a = as_ivy(label)
    k = a.shape[-1]
    prior = ivy.asarray(1.0 / k, dtype=a.dtype) if prior_dist is None else as_ivy(prior_dist)
    return wrap(ivy.add(ivy.multiply(a, ivy.asarray(1 - epsilon, dtype=a.dtype)), ivy.multiply(prior, epsilon)))


def _attention(
    query: Any, key: Any, value: Any, attn_mask: Any, dropout_p: float, is_causal: bool, training: bool
) -> Tensor:
    q, k, v = (ivy.permute_dims(as_ivy(t), (0, 2, 1, 3)) for t in (query, key, value))
    mask = None if attn_mask is None else as_ivy(attn_mask)
    out = ivy.nn.scaled_dot_product_attention(
        q, k, v, mask=mask, dropout_p=dropout_p if training else 0.0, is_causal=is_causal
    )
    return wrap(ivy.permute_dims(out, (0, 2, 1, 3)))


_KWARGS = inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD, annotation=Any)
scaled_dot_product_attention = _signed(
    "scaled_dot_product_attention",
    (
        *params("query", "key", "value", attn_mask=None, dropout_p=0.0, is_causal=False, training=True, name=None),
        _KWARGS,
    ),
    _attention,
    ": ``[batch, seq, heads, dim]`` tensors.",
)


# -- losses -------------------------------------------------------------------------------------


def _reduce(loss: Any, reduction: str) -> Any:
    if reduction == "mean":
        return ivy.mean(loss)
    if reduction == "sum":
        return ivy.sum(loss)
    if reduction == "none":
        return loss
    raise ValueError(f"paddle frontend: reduction {reduction!r} is not one of 'mean', 'sum', 'none'")


@_public
def mse_loss(input: Any, label: Any, reduction: str = "mean", name: str | None = None) -> Tensor:
    """paddle.nn.functional.mse_loss."""
    return wrap(_reduce(ivy.square(ivy.subtract(as_ivy(input), as_ivy(label))), reduction))


@_public
def l1_loss(input: Any, label: Any, reduction: str = "mean", name: str | None = None) -> Tensor:
    """paddle.nn.functional.l1_loss."""
    return wrap(_reduce(ivy.abs(ivy.subtract(as_ivy(input), as_ivy(label))), reduction))


@_public
def square_error_cost(input: Any, label: Any) -> Tensor:
    """paddle.nn.functional.square_error_cost: elementwise squared error."""
    return wrap(ivy.square(ivy.subtract(as_ivy(input), as_ivy(label))))


@_public
def smooth_l1_loss(input: Any, label: Any, reduction: str = "mean", delta: float = 1.0, name: Any = None) -> Tensor:
    """paddle.nn.functional.smooth_l1_loss (Huber with ``delta``)."""
    d = ivy.abs(ivy.subtract(as_ivy(input), as_ivy(label)))
    dl = ivy.asarray(delta, dtype=d.dtype)
    loss = ivy.where(
        ivy.less(d, dl), ivy.multiply(ivy.square(d), 0.5), ivy.multiply(dl, ivy.subtract(d, ivy.multiply(dl, 0.5)))
    )
    return wrap(_reduce(loss, reduction))


@_public
def binary_cross_entropy(
    input: Any, label: Any, weight: Any = None, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.binary_cross_entropy on probabilities (logs clipped at -100)."""
    p, y = as_ivy(input), as_ivy(label)
    lo = ivy.asarray(-100.0, dtype=p.dtype)
    one = ivy.asarray(1.0, dtype=p.dtype)
    loss = ivy.negative(
        ivy.add(
            ivy.multiply(y, ivy.maximum(ivy.log(p), lo)),
            ivy.multiply(ivy.subtract(one, y), ivy.maximum(ivy.log(ivy.subtract(one, p)), lo)),
        )
    )
    if weight is not None:
        loss = ivy.multiply(loss, as_ivy(weight))
    return wrap(_reduce(loss, reduction))


@_public
def binary_cross_entropy_with_logits(
    logit: Any, label: Any, weight: Any = None, reduction: str = "mean", pos_weight: Any = None, name: Any = None
) -> Tensor:
    """paddle.nn.functional.binary_cross_entropy_with_logits."""
    out = ivy.nn.binary_cross_entropy_with_logits(
        as_ivy(logit),
        as_ivy(label),
        weight=None if weight is None else as_ivy(weight),
        pos_weight=None if pos_weight is None else as_ivy(pos_weight),
        reduction=reduction,
    )
    return wrap(out)


def _class_axis_last(a: Any, axis: int) -> Any:
    return a if axis in (-1, a.ndim - 1) else ivy.moveaxis(a, axis, -1)


def _hard_label_nll(logp: Any, label: Any, w: Any, ignore_index: int) -> tuple[Any, Any]:
    """Per-label ``-w[y] * logp[..., y]`` (class axis last) and the label weights, ``ignore_index`` weighing 0."""
    y = ivy.astype(label, ivy.int64)
    valid = ivy.not_equal(y, ignore_index)
    safe = ivy.where(valid, y, ivy.zeros_like(y))
    picked = ivy.squeeze(ivy.take_along_axis(logp, ivy.expand_dims(safe, axis=-1), axis=-1), axis=-1)
    wts = ivy.astype(valid, logp.dtype)
    if w is not None:
        wts = ivy.multiply(wts, ivy.take(w, safe, axis=0))
    return ivy.negative(ivy.multiply(picked, wts)), wts


@_public
def cross_entropy(
    input: Any,
    label: Any,
    weight: Any = None,
    ignore_index: int = -100,
    reduction: str = "mean",
    soft_label: bool = False,
    axis: int = -1,
    use_softmax: bool = True,
    label_smoothing: float = 0.0,
    name: str | None = None,
) -> Tensor:
    """paddle.nn.functional.cross_entropy: hard labels (``[N]`` or ``[N, 1]``) or soft labels, class axis ``axis``.

    ``reduction='mean'`` with a ``weight`` divides by the summed weights of the counted labels.
    """
    logits = _class_axis_last(as_ivy(input), axis)
    logp = ivy.nn.log_softmax(logits, axis=-1) if use_softmax else ivy.log(logits)
    c = logits.shape[-1]
    w = None if weight is None else as_ivy(weight)
    if soft_label or label_smoothing:
        y = as_ivy(label)
        if not soft_label:
            hard = y
            if hard.ndim == logp.ndim:
                hard = ivy.squeeze(hard, axis=-1)
            y = ivy.nn.one_hot(hard, c, dtype=logp.dtype)
        else:
            y = _class_axis_last(y, axis)
        if label_smoothing:
            y = ivy.add(ivy.multiply(y, 1 - label_smoothing), label_smoothing / c)
        per = ivy.multiply(y, logp)
        if w is not None:
            per = ivy.multiply(per, w)
        loss = ivy.negative(ivy.sum(per, axis=-1, keepdims=True))
        if reduction == "none":
            return wrap(loss)
        if reduction == "mean" and w is not None:
            wsum = ivy.sum(ivy.multiply(y, w), axis=-1)
            return wrap(ivy.divide(ivy.sum(loss), ivy.sum(wsum)))
        return wrap(_reduce(loss, reduction))
    y = as_ivy(label)
    squeezed = y.ndim == logp.ndim
    if squeezed:
        y = ivy.squeeze(y, axis=-1)
    loss, wts = _hard_label_nll(logp, y, w, ignore_index)
    if reduction == "none":
        return wrap(ivy.expand_dims(loss, axis=-1) if squeezed else loss)
    if reduction == "sum":
        return wrap(ivy.sum(loss))
    if w is None:  # paddle divides by the number of labels, ignored ones included
        return wrap(ivy.divide(ivy.sum(loss), ivy.asarray(loss.size, dtype=loss.dtype)))
    total = ivy.sum(wts)  # every label ignored: paddle's mean is 0, not 0/0
    return wrap(ivy.divide(ivy.sum(loss), ivy.where(ivy.equal(total, 0), ivy.ones_like(total), total)))


@_public
def softmax_with_cross_entropy(
    logits: Any,
    label: Any,
    soft_label: bool = False,
    ignore_index: int = -100,
    numeric_stable_mode: bool = True,
    return_softmax: bool = False,
    axis: int = -1,
) -> Any:
    """paddle.nn.functional.softmax_with_cross_entropy: the unreduced loss (and the softmax)."""
    loss = cross_entropy(logits, label, None, ignore_index, "none", soft_label, axis)
    if return_softmax:
        return loss, softmax(logits, axis)
    return loss


@_public
def nll_loss(
    input: Any, label: Any, weight: Any = None, ignore_index: int = -100, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.nll_loss: log-probabilities ``[N, C, ...]``."""
    logp = ivy.moveaxis(as_ivy(input), 1, -1)
    loss, wts = _hard_label_nll(logp, as_ivy(label), None if weight is None else as_ivy(weight), ignore_index)
    if reduction == "mean":
        return wrap(ivy.divide(ivy.sum(loss), ivy.sum(wts)))
    return wrap(_reduce(loss, reduction))


@_public
def kl_div(input: Any, label: Any, reduction: str = "mean", log_target: bool = False, name: Any = None) -> Tensor:
    """paddle.nn.functional.kl_div: ``label * (log(label) - input)``; 'batchmean' divides by the batch size."""
    x, y = as_ivy(input), as_ivy(label)
    if log_target:
        loss = ivy.multiply(ivy.exp(y), ivy.subtract(y, x))
    else:
        safe = ivy.where(ivy.greater(y, 0), y, ivy.ones_like(y))
        loss = ivy.where(ivy.greater(y, 0), ivy.multiply(y, ivy.subtract(ivy.log(safe), x)), ivy.zeros_like(y))
    if reduction == "batchmean":
        return wrap(ivy.divide(ivy.sum(loss), ivy.asarray(x.shape[0], dtype=loss.dtype)))
    return wrap(_reduce(loss, reduction))


@_public
def margin_ranking_loss(
    input: Any, other: Any, label: Any, margin: float = 0.0, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.margin_ranking_loss."""
    a, b, y = as_ivy(input), as_ivy(other), as_ivy(label)
    loss = ivy.maximum(ivy.add(ivy.multiply(ivy.negative(y), ivy.subtract(a, b)), margin), ivy.zeros_like(a))
    return wrap(_reduce(loss, reduction))


@_public
def hinge_embedding_loss(
    input: Any, label: Any, margin: float = 1.0, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.hinge_embedding_loss."""
    a, y = as_ivy(input), as_ivy(label)
    neg = ivy.maximum(ivy.subtract(margin, a), ivy.zeros_like(a))
    loss = ivy.where(ivy.equal(y, 1), a, ivy.where(ivy.equal(y, -1), neg, ivy.zeros_like(a)))
    return wrap(_reduce(loss, reduction))


@_public
def log_loss(input: Any, label: Any, epsilon: float = 1e-4, name: Any = None) -> Tensor:
    """paddle.nn.functional.log_loss."""
    p, y = as_ivy(input), as_ivy(label)
    one = ivy.asarray(1.0, dtype=p.dtype)
    loss = ivy.negative(
        ivy.add(
            ivy.multiply(y, ivy.log(ivy.add(p, epsilon))),
            ivy.multiply(ivy.subtract(one, y), ivy.log(ivy.add(ivy.subtract(one, p), epsilon))),
        )
    )
    return wrap(loss)


@_public
def sigmoid_focal_loss(
    logit: Any,
    label: Any,
    normalizer: Any = None,
    alpha: float = 0.25,
    gamma: float = 2.0,
    reduction: str = "sum",
    name: Any = None,
) -> Tensor:
    """paddle.nn.functional.sigmoid_focal_loss."""
    x, y = as_ivy(logit), as_ivy(label)
    p = ivy.nn.sigmoid(x)
    ce = ivy.nn.binary_cross_entropy_with_logits(x, y, reduction="none")
    one = ivy.asarray(1.0, dtype=x.dtype)
    pt = ivy.add(ivy.multiply(p, y), ivy.multiply(ivy.subtract(one, p), ivy.subtract(one, y)))
    at = ivy.add(ivy.multiply(y, alpha), ivy.multiply(ivy.subtract(one, y), 1 - alpha))
    loss = ivy.multiply(ivy.multiply(at, ce), ivy.pow(ivy.subtract(one, pt), ivy.asarray(gamma, dtype=x.dtype)))
    if normalizer is not None:
        loss = ivy.divide(loss, as_ivy(normalizer))
    return wrap(_reduce(loss, reduction))


@_public
def cosine_embedding_loss(
    input1: Any, input2: Any, label: Any, margin: float = 0, reduction: str = "mean", name: Any = None
) -> Tensor:
    """paddle.nn.functional.cosine_embedding_loss."""
    cos = cosine_similarity(input1, input2, axis=-1)._ivy
    y = as_ivy(label)
    loss = ivy.where(ivy.equal(y, 1), ivy.subtract(1, cos), ivy.maximum(ivy.subtract(cos, margin), ivy.zeros_like(cos)))
    return wrap(_reduce(loss, reduction))


FUNCTIONS["conv._conv_nd"] = _conv_nd

from ivy_frontends.paddle.nn import _functional_more  # noqa: E402 - registers into FUNCTIONS

globals().update({n: f for n, f in FUNCTIONS.items() if "." not in n and n not in globals()})
del _functional_more
