"""``jax.nn`` on ivy: activations, softmax family, one_hot, normalisation and attention."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, ArrayLike, operand, to_ivy


def _float(x: Any) -> tuple[ivy.Array, bool]:
    a = operand(x)
    d = _dtypes.to_inexact(a.dtype)
    return (a._a if a.dtype == d else ivy.astype(a._a, d.ivy)), a.weak


def _act(fn: Any, name: str) -> Any:
    def run(x: Any, *args: Any, **kwargs: Any) -> Array:
        a, weak = _float(x)
        return Array(fn(a, *args, **kwargs), weak)

    return named(run, name, f"jax.nn.{name}.")


def _gelu(x: ivy.Array, approximate: bool = True) -> ivy.Array:
    return ivy.nn.gelu(x, approximate="tanh" if approximate else "none")


def _leaky_relu(x: ivy.Array, negative_slope: float = 0.01) -> ivy.Array:
    return ivy.where(x >= 0, x, x * negative_slope)


def _elu(x: ivy.Array, alpha: float = 1.0) -> ivy.Array:
    return ivy.where(x > 0, x, alpha * ivy.expm1(ivy.minimum(x, ivy.zeros_like(x))))


def _celu(x: ivy.Array, alpha: float = 1.0) -> ivy.Array:
    return ivy.where(x > 0, x, alpha * ivy.expm1(ivy.minimum(x, ivy.zeros_like(x)) / alpha))


def _hard_tanh(x: ivy.Array) -> ivy.Array:
    return ivy.clip(x, -1.0, 1.0)


def _hard_sigmoid(x: ivy.Array) -> ivy.Array:
    return ivy.clip(x + 3.0, 0.0, 6.0) / 6.0


def _hard_silu(x: ivy.Array) -> ivy.Array:
    return x * _hard_sigmoid(x)


def _soft_sign(x: ivy.Array) -> ivy.Array:
    return x / (ivy.abs(x) + 1)


def _squareplus(x: ivy.Array, b: float = 4.0) -> ivy.Array:
    return (x + ivy.sqrt(x * x + b)) / 2


def _sparse_plus(x: ivy.Array) -> ivy.Array:
    return ivy.where(x <= -1, ivy.zeros_like(x), ivy.where(x >= 1, x, (x + 1) ** 2 / 4))


def _sparse_sigmoid(x: ivy.Array) -> ivy.Array:
    return 0.5 * ivy.clip(x + 1.0, 0.0, 2.0)


def _log1mexp(x: ivy.Array) -> ivy.Array:
    return ivy.where(x > 0.6931471805599453, ivy.log1p(-ivy.exp(-x)), ivy.log(-ivy.expm1(-x)))


def _relu6(x: ivy.Array) -> ivy.Array:
    return ivy.clip(x, 0.0, 6.0)


def _selu(x: ivy.Array) -> ivy.Array:
    return 1.0507009873554805 * _elu(x, 1.6732632423543772)


def _mish(x: ivy.Array) -> ivy.Array:
    return x * ivy.tanh(ivy.nn.softplus(x))


def _log_sigmoid(x: ivy.Array) -> ivy.Array:
    return -ivy.nn.softplus(-x)


def _identity(x: ivy.Array) -> ivy.Array:
    return x


FUNCTIONS: dict[str, Any] = {
    "relu": _act(ivy.nn.relu, "relu"),
    "relu6": _act(_relu6, "relu6"),
    "sigmoid": _act(ivy.nn.sigmoid, "sigmoid"),
    "silu": _act(ivy.nn.silu, "silu"),
    "swish": _act(ivy.nn.silu, "swish"),
    "gelu": _act(_gelu, "gelu"),
    "elu": _act(_elu, "elu"),
    "celu": _act(_celu, "celu"),
    "selu": _act(_selu, "selu"),
    "leaky_relu": _act(_leaky_relu, "leaky_relu"),
    "softplus": _act(ivy.nn.softplus, "softplus"),
    "soft_sign": _act(_soft_sign, "soft_sign"),
    "log_sigmoid": _act(_log_sigmoid, "log_sigmoid"),
    "hard_tanh": _act(_hard_tanh, "hard_tanh"),
    "hard_sigmoid": _act(_hard_sigmoid, "hard_sigmoid"),
    "hard_silu": _act(_hard_silu, "hard_silu"),
    "hard_swish": _act(_hard_silu, "hard_swish"),
    "mish": _act(_mish, "mish"),
    "squareplus": _act(_squareplus, "squareplus"),
    "sparse_plus": _act(_sparse_plus, "sparse_plus"),
    "sparse_sigmoid": _act(_sparse_sigmoid, "sparse_sigmoid"),
    "log1mexp": _act(_log1mexp, "log1mexp"),
    "tanh": _act(ivy.tanh, "tanh"),
    "identity": _act(_identity, "identity"),
}
globals().update(FUNCTIONS)


def _axes(axis: Any, ndim: int) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, int):
        return (axis % ndim,)
    return tuple(a % ndim for a in axis)


def _masked(a: ivy.Array, where: Any, fill: float) -> ivy.Array:
    if where is None:
        return a
    return ivy.where(to_ivy(where), a, ivy.full_like(a, fill))


def logsumexp(
    a: Any, axis: Any = None, b: Any = None, keepdims: bool = False, return_sign: bool = False, where: Any = None
) -> Any:
    """jax.nn.logsumexp (``b`` scales the terms; ``where`` masks them)."""
    x, _ = _float(a)
    axes = _axes(axis, x.ndim)
    x = _masked(x, where, float("-inf"))
    m = ivy.stop_gradient(ivy.max(x, axis=axes, keepdims=True))
    m = ivy.where(ivy.isfinite(m), m, ivy.zeros_like(m))
    e = ivy.exp(x - m)
    if b is not None:
        e = e * ivy.astype(to_ivy(b), x.dtype)
    s = ivy.sum(e, axis=axes, keepdims=True)
    sign = ivy.sign(s)
    out = ivy.log(ivy.abs(s)) + m
    if not keepdims:
        out, sign = ivy.squeeze(out, axis=axes), ivy.squeeze(sign, axis=axes)
    return (Array(out), Array(sign)) if return_sign else Array(out)


def logmeanexp(x: Any, axis: Any = None, where: Any = None, keepdims: bool = False) -> Array:
    """jax.nn.logmeanexp."""
    a, _ = _float(x)
    axes = _axes(axis, a.ndim)
    n = (
        ivy.sum(ivy.astype(to_ivy(where), a.dtype), axis=axes, keepdims=keepdims)
        if where is not None
        else math.prod(a.shape[i] for i in axes)
    )
    return Array(
        logsumexp(Array(a), axis, keepdims=keepdims, where=where)._a
        - ivy.log(ivy.asarray(n, dtype=a.dtype) if not isinstance(n, ivy.Array) else n)
    )


def softmax(x: Any, axis: Any = -1, where: Any = None, initial: Any = None) -> Array:
    """jax.nn.softmax (masked entries get 0)."""
    a, _ = _float(x)
    axes = _axes(axis, a.ndim)
    a = _masked(a, where, float("-inf"))
    m = ivy.max(a, axis=axes, keepdims=True)
    e = ivy.exp(a - ivy.stop_gradient(m))
    out = e / ivy.sum(e, axis=axes, keepdims=True)
    return Array(_masked(out, where, 0.0))


def log_softmax(x: Any, axis: Any = -1, where: Any = None, initial: Any = None) -> Array:
    """jax.nn.log_softmax."""
    a, _ = _float(x)
    axes = _axes(axis, a.ndim)
    a = _masked(a, where, float("-inf"))
    shifted = a - ivy.stop_gradient(ivy.max(a, axis=axes, keepdims=True))
    out = shifted - ivy.log(ivy.sum(ivy.exp(shifted), axis=axes, keepdims=True))
    return Array(_masked(out, where, float("-inf")))


def standardize(
    x: Any, axis: Any = -1, mean: Any = None, variance: Any = None, epsilon: float = 1e-5, where: Any = None
) -> Array:
    """jax.nn.standardize: (x - mean) / sqrt(variance + epsilon)."""
    a, _ = _float(x)
    axes = _axes(axis, a.ndim)
    m = ivy.mean(a, axis=axes, keepdims=True) if mean is None else to_ivy(mean)
    v = ivy.mean(a * a, axis=axes, keepdims=True) - m * m if variance is None else to_ivy(variance)
    return Array((a - m) * (1.0 / ivy.sqrt(v + epsilon)))


normalize = standardize


def one_hot(x: Any, num_classes: int, *, dtype: Any = None, axis: Any = -1) -> Array:
    """jax.nn.one_hot: out-of-range indices give all-zero rows."""
    idx = to_ivy(x)
    d = (_dtypes.optional(dtype) or _dtypes.DTYPES["float64"]).ivy
    classes = ivy.arange(num_classes, dtype=idx.dtype)
    out = ivy.astype(ivy.expand_dims(idx, axis=-1) == classes, d)
    if axis != -1 and axis != out.ndim - 1:
        out = ivy.moveaxis(out, -1, axis)
    return Array(out)


def glu(x: Any, axis: int = -1) -> Array:
    """jax.nn.glu: first half times sigmoid of the second half."""
    a, _ = _float(x)
    first, second = ivy.split(a, 2, axis=axis)
    return Array(first * ivy.nn.sigmoid(second))


def dot_product_attention(
    query: ArrayLike,
    key: ArrayLike,
    value: ArrayLike,
    bias: ArrayLike | None = None,
    mask: ArrayLike | None = None,
    *,
    scale: float | None = None,
    is_causal: bool = False,
    query_seq_lengths: Any = None,
    key_value_seq_lengths: Any = None,
    local_window_size: Any = None,
    implementation: Any = None,
    **kw: Any,
) -> Array:
    """jax.nn.dot_product_attention on (batch, seq, heads, head_dim) inputs (grouped heads allowed)."""
    q, k, v = to_ivy(query), to_ivy(key), to_ivy(value)
    heads, kv_heads = q.shape[-2], k.shape[-2]
    if kv_heads != heads:
        k = ivy.repeat(k, heads // kv_heads, axis=-2)
        v = ivy.repeat(v, heads // kv_heads, axis=-2)
    s = (1.0 / math.sqrt(q.shape[-1])) if scale is None else scale
    logits = ivy.einsum("...qhd,...khd->...hqk", q, k) * s
    if bias is not None:
        logits = logits + ivy.astype(to_ivy(bias), logits.dtype)
    big_neg = ivy.asarray(float(ivy.finfo(logits.dtype).min) * 0.7, dtype=logits.dtype)
    if mask is not None:
        logits = ivy.where(to_ivy(mask), logits, big_neg)
    if is_causal:
        tq, tk = logits.shape[-2], logits.shape[-1]
        causal = ivy.tril(ivy.ones((tq, tk), dtype=ivy.bool))
        logits = ivy.where(causal, logits, big_neg)
    probs = ivy.nn.softmax(logits, axis=-1)
    return Array(ivy.einsum("...hqk,...khd->...qhd", probs, v))


class initializers:  # noqa: N801 - JAX's submodule, as a namespace
    """``jax.nn.initializers``: initializer factories returning ``init(key, shape, dtype)``."""

    @staticmethod
    def zeros(key: Any, shape: Any, dtype: Any = None) -> Array:
        return Array(ivy.zeros(tuple(shape), dtype=(_dtypes.optional(dtype) or _dtypes.DTYPES["float64"]).ivy))

    @staticmethod
    def ones(key: Any, shape: Any, dtype: Any = None) -> Array:
        return Array(ivy.ones(tuple(shape), dtype=(_dtypes.optional(dtype) or _dtypes.DTYPES["float64"]).ivy))

    @staticmethod
    def constant(value: Any, dtype: Any = None) -> Any:
        def init(key: Any, shape: Any, dtype: Any = dtype) -> Array:
            d = (_dtypes.optional(dtype) or _dtypes.DTYPES["float64"]).ivy
            return Array(ivy.full(tuple(shape), value, dtype=d))

        return init

    @staticmethod
    def normal(stddev: float = 1e-2, dtype: Any = None) -> Any:
        from ivy_frontends.jax import random

        return lambda key, shape, dtype=dtype: random.normal(key, shape, dtype or "float64") * stddev

    @staticmethod
    def uniform(scale: float = 1e-2, dtype: Any = None) -> Any:
        from ivy_frontends.jax import random

        return lambda key, shape, dtype=dtype: random.uniform(key, shape, dtype or "float64") * scale


FUNCTIONS.update(
    {
        "logsumexp": logsumexp,
        "logmeanexp": logmeanexp,
        "softmax": softmax,
        "log_softmax": log_softmax,
        "standardize": standardize,
        "normalize": normalize,
        "one_hot": one_hot,
        "glu": glu,
        "dot_product_attention": dot_product_attention,
    }
)
