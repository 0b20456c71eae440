# ruff: noqa: A002, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Losses of ``torch.nn.functional`` (``reduction`` and the deprecated ``size_average``/``reduce``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch._tensor import Tensor, wrap
from ivy_frontends.torch.nn._common import arr, legacy_reduction, opt, reduce

_LEGACY = ("size_average", "reduce", "reduction")


def _pair_loss(
    name: str,
    compute: Callable[..., Any],
    extra: tuple[tuple[str, Any], ...] = (),
    after: tuple[tuple[str, Any], ...] = (),
    order: tuple[str, ...] | None = None,
) -> Callable[..., Tensor]:
    """Losses of ``(input, target)``: ``extra`` arguments, torch's legacy flags and ``reduction``, then ``after``.

    ``order`` gives the positional order where torch's differs (``huber_loss`` has no legacy flags).
    """
    names = list(order) if order is not None else [k for k, _ in extra] + list(_LEGACY) + [k for k, _ in after]

    def loss(input: Any, target: Any, *args: Any, **kwargs: Any) -> Tensor:
        x, t = arr(input, name), arr(target, name, "target")
        values = dict(extra) | dict(after) | {"size_average": None, "reduce": None, "reduction": "mean"}
        for key, value in zip(names, args, strict=False):
            values[key] = value
        values.update(kwargs)
        reduction = legacy_reduction(values.pop("size_average"), values.pop("reduce"), values.pop("reduction"))
        return wrap(compute(x, t, reduction, **values))

    return named(loss, name, f"torch.nn.functional.{name}")


def _weighted(loss: Any, x: Any, weight: Any, reduction: str, name: str, mean_by_weight: bool) -> Any:
    """An elementwise loss times ``weight`` (input's shape), reduced; the mean divides by the weights' sum or count."""
    w = opt(weight)
    if tuple(w.shape) != tuple(x.shape):
        raise ValueError(f"torch.nn.functional.{name}: Weights and input must have the same size.")
    loss = ivy.multiply(loss, w)
    if reduction == "mean" and mean_by_weight:
        return ivy.divide(ivy.sum(loss), ivy.sum(w))
    if reduction not in ("none", "sum", "mean"):
        raise ValueError(
            f"torch.nn.functional.{name}: Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', 'sum'."
        )
    return reduce(loss, reduction, name)


def _mse(x: Any, t: Any, reduction: str, weight: Any = None) -> Any:
    t = ivy.astype(t, x.dtype)
    if weight is None:
        return ivy.nn.mse_loss(x, t, reduction=reduction)
    return _weighted(ivy.square(ivy.subtract(x, t)), x, weight, reduction, "mse_loss", True)


def _l1(x: Any, t: Any, reduction: str, weight: Any = None) -> Any:
    t = ivy.astype(t, x.dtype)
    if weight is None:
        return ivy.nn.l1_loss(x, t, reduction=reduction)
    return _weighted(ivy.abs(ivy.subtract(x, t)), x, weight, reduction, "l1_loss", True)


def _smooth_l1(x: Any, t: Any, reduction: str, beta: float = 1.0) -> Any:
    return ivy.nn.smooth_l1_loss(x, t, beta=beta, reduction=reduction)


def _huber(x: Any, t: Any, reduction: str, delta: float = 1.0, weight: Any = None) -> Any:
    if weight is None:
        return ivy.nn.huber_loss(x, t, delta=delta, reduction=reduction)
    loss = ivy.nn.huber_loss(x, t, delta=delta, reduction="none")
    return _weighted(loss, x, weight, reduction, "huber_loss", False)


def _soft_margin(x: Any, t: Any, reduction: str) -> Any:
    return reduce(ivy.log1p(ivy.exp(ivy.negative(ivy.multiply(t, x)))), reduction, "soft_margin_loss")


def _poisson_nll(x: Any, t: Any, reduction: str, log_input: bool = True, full: bool = False, eps: float = 1e-8) -> Any:
    if log_input:
        loss = ivy.subtract(ivy.exp(x), ivy.multiply(t, x))
    else:
        loss = ivy.subtract(x, ivy.multiply(t, ivy.log(ivy.add(x, eps))))
    if full:
        stirling = ivy.add(
            ivy.subtract(ivy.multiply(t, ivy.log(t)), t),
            ivy.multiply(0.5, ivy.log(ivy.multiply(2 * 3.141592653589793, t))),
        )
        loss = ivy.add(loss, ivy.where(ivy.greater(t, 1), stirling, ivy.zeros_like(t)))
    return reduce(loss, reduction, "poisson_nll_loss")


def _hinge_embedding(x: Any, t: Any, reduction: str, margin: float = 1.0) -> Any:
    loss = ivy.where(ivy.equal(t, 1), x, ivy.maximum(ivy.subtract(margin, x), 0))
    return reduce(loss, reduction, "hinge_embedding_loss")


def _multilabel_soft_margin(x: Any, t: Any, reduction: str, weight: Any = None) -> Any:
    loss = ivy.negative(
        ivy.add(
            ivy.multiply(t, ivy.nn.log_sigmoid(x)),
            ivy.multiply(ivy.subtract(1, t), ivy.nn.log_sigmoid(ivy.negative(x))),
        )
    )
    if weight is not None:
        loss = ivy.multiply(loss, opt(weight))
    return reduce(ivy.mean(loss, axis=-1), reduction, "multilabel_soft_margin_loss")


def cross_entropy(
    input: Any,
    target: Any,
    weight: Any = None,
    size_average: Any = None,
    ignore_index: int = -100,
    reduce_: Any = None,
    reduction: str = "mean",
    label_smoothing: float = 0.0,
    **kw: Any,
) -> Tensor:
    """Cross-entropy of logits (classes on dim 1) against class indices or probabilities."""
    reduction = legacy_reduction(size_average, kw.pop("reduce", reduce_), reduction)
    x, t = arr(input, "cross_entropy"), arr(target, "cross_entropy", "target")
    if x.ndim == 1:  # unbatched
        x = ivy.expand_dims(x, 0)
        t = ivy.expand_dims(t, 0)
    return wrap(
        ivy.nn.cross_entropy(
            x, t, weight=opt(weight), ignore_index=ignore_index, reduction=reduction, label_smoothing=label_smoothing
        )
    )


def nll_loss(
    input: Any,
    target: Any,
    weight: Any = None,
    size_average: Any = None,
    ignore_index: int = -100,
    reduce_: Any = None,
    reduction: str = "mean",
    **kw: Any,
) -> Tensor:
    """Negative log-likelihood of class indices under log-probabilities (classes on dim 1)."""
    reduction = legacy_reduction(size_average, kw.pop("reduce", reduce_), reduction)
    x, t = arr(input, "nll_loss"), arr(target, "nll_loss", "target")
    if x.ndim == 1:
        x, t = ivy.expand_dims(x, 0), ivy.expand_dims(t, 0)
    return wrap(ivy.nn.nll_loss(x, t, weight=opt(weight), ignore_index=ignore_index, reduction=reduction))


def binary_cross_entropy(
    input: Any,
    target: Any,
    weight: Any = None,
    size_average: Any = None,
    reduce_: Any = None,
    reduction: str = "mean",
    **kw: Any,
) -> Tensor:
    """Binary cross-entropy of probabilities (logs clamped at -100)."""
    reduction = legacy_reduction(size_average, kw.pop("reduce", reduce_), reduction)
    x, t = arr(input, "binary_cross_entropy"), arr(target, "binary_cross_entropy", "target")
    if x.shape != t.shape:
        raise ValueError(
            f"torch.nn.functional.binary_cross_entropy: Using a target size ({list(t.shape)}) that is different to the input size ({list(x.shape)}) is deprecated. Please ensure they have the same size."
        )
    return wrap(ivy.nn.binary_cross_entropy(x, t, weight=opt(weight), reduction=reduction))


def binary_cross_entropy_with_logits(
    input: Any,
    target: Any,
    weight: Any = None,
    size_average: Any = None,
    reduce_: Any = None,
    reduction: str = "mean",
    pos_weight: Any = None,
    **kw: Any,
) -> Tensor:
    """Binary cross-entropy of logits, computed stably."""
    reduction = legacy_reduction(size_average, kw.pop("reduce", reduce_), reduction)
    x, t = arr(input, "binary_cross_entropy_with_logits"), arr(target, "binary_cross_entropy_with_logits", "target")
    return wrap(
        ivy.nn.binary_cross_entropy_with_logits(
            x, t, weight=opt(weight), pos_weight=opt(pos_weight), reduction=reduction
        )
    )


def kl_div(
    input: Any,
    target: Any,
    size_average: Any = None,
    reduce_: Any = None,
    reduction: str = "mean",
    log_target: bool = False,
    **kw: Any,
) -> Tensor:
    """KL divergence with ``input`` as log-probabilities."""
    reduction = legacy_reduction(size_average, kw.pop("reduce", reduce_), reduction)
    return wrap(
        ivy.nn.kl_div(arr(input, "kl_div"), arr(target, "kl_div", "target"), reduction=reduction, log_target=log_target)
    )


def gaussian_nll_loss(
    input: Any, target: Any, var: Any, full: bool = False, eps: float = 1e-6, reduction: str = "mean"
) -> Tensor:
    """Gaussian negative log-likelihood with predicted variance ``var``."""
    x, t, v = arr(input, "gaussian_nll_loss"), arr(target, "gaussian_nll_loss", "target"), opt(var)
    if not isinstance(v, ivy.Array):
        v = ivy.full(x.shape, v, dtype=x.dtype)
    if v.ndim == x.ndim - 1:
        v = ivy.expand_dims(v, -1)
    v = ivy.maximum(v, eps)
    loss = ivy.multiply(0.5, ivy.add(ivy.log(v), ivy.divide(ivy.square(ivy.subtract(x, t)), v)))
    if full:
        loss = ivy.add(loss, 0.5 * 1.8378770664093453)
    return wrap(reduce(loss, reduction, "gaussian_nll_loss"))


def _arrays(fn: str, **named: Any) -> tuple[Any, ...]:
    """The named tensor arguments of loss ``fn`` as ivy arrays (bad ones named in the error)."""
    return tuple(arr(v, fn, k) for k, v in named.items())


def _margin_ranking(a: Any, b: Any, t: Any, margin: float) -> Any:
    return ivy.maximum(ivy.add(ivy.multiply(ivy.negative(t), ivy.subtract(a, b)), margin), 0)


def _cosine_embedding(a: Any, b: Any, t: Any, margin: float) -> Any:
    eps = 1e-12
    cos = ivy.divide(
        ivy.sum(ivy.multiply(a, b), axis=-1),
        ivy.sqrt(
            ivy.multiply(ivy.add(ivy.sum(ivy.square(a), axis=-1), eps), ivy.add(ivy.sum(ivy.square(b), axis=-1), eps))
        ),
    )
    return ivy.where(ivy.equal(t, 1), ivy.subtract(1, cos), ivy.maximum(ivy.subtract(cos, margin), 0))


def _input_pair_loss(name: str, compute: Callable[..., Any], doc: str) -> Callable[..., Tensor]:
    """Losses of ``(input1, input2, target)`` with a ``margin``: ``compute(a, b, target, margin)``, then reduced."""

    def loss(
        input1: Any,
        input2: Any,
        target: Any,
        margin: float = 0.0,
        size_average: Any = None,
        reduce_: Any = None,
        reduction: str = "mean",
    ) -> Tensor:
        a, b, t = _arrays(name, input1=input1, input2=input2, target=target)
        return wrap(reduce(compute(a, b, t, margin), legacy_reduction(size_average, reduce_, reduction), name))

    loss.__name__ = loss.__qualname__ = name
    loss.__doc__ = doc
    return loss


margin_ranking_loss = _input_pair_loss(
    "margin_ranking_loss", _margin_ranking, "``max(0, -target * (input1 - input2) + margin)``."
)
cosine_embedding_loss = _input_pair_loss(
    "cosine_embedding_loss",
    _cosine_embedding,
    "``1 - cos`` for similar pairs, ``max(0, cos - margin)`` for dissimilar ones.",
)


def triplet_margin_loss(
    anchor: Any,
    positive: Any,
    negative: Any,
    margin: float = 1.0,
    p: float = 2,
    eps: float = 1e-6,
    swap: bool = False,
    size_average: Any = None,
    reduce_: Any = None,
    reduction: str = "mean",
) -> Tensor:
    """``max(d(a, p) - d(a, n) + margin, 0)`` with p-norm distances."""
    a, pos, neg = _arrays("triplet_margin_loss", anchor=anchor, positive=positive, negative=negative)

    def dist(x: Any, y: Any) -> Any:
        return ivy.linalg.vector_norm(ivy.add(ivy.subtract(x, y), eps), axis=-1, ord=p)

    d_pos, d_neg = dist(a, pos), dist(a, neg)
    if swap:
        d_neg = ivy.minimum(d_neg, dist(pos, neg))
    loss = ivy.maximum(ivy.add(ivy.subtract(d_pos, d_neg), margin), 0)
    return wrap(reduce(loss, legacy_reduction(size_average, reduce_, reduction), "triplet_margin_loss"))


def multi_margin_loss(
    input: Any,
    target: Any,
    p: int = 1,
    margin: float = 1.0,
    weight: Any = None,
    size_average: Any = None,
    reduce_: Any = None,
    reduction: str = "mean",
) -> Tensor:
    """Multi-class hinge loss."""
    x, t = arr(input, "multi_margin_loss"), arr(target, "multi_margin_loss", "target")
    correct = ivy.take_along_axis(x, ivy.expand_dims(t, -1), axis=-1)
    loss = ivy.maximum(ivy.add(ivy.subtract(margin, correct), x), 0)
    if p == 2:
        loss = ivy.square(loss)
    if weight is not None:
        loss = ivy.multiply(loss, ivy.expand_dims(ivy.take(opt(weight), t), -1))
    mask = ivy.not_equal(ivy.expand_dims(ivy.arange(x.shape[-1]), 0), ivy.expand_dims(t, -1))
    loss = ivy.divide(ivy.sum(ivy.where(mask, loss, ivy.zeros_like(loss)), axis=-1), x.shape[-1])
    return wrap(reduce(loss, legacy_reduction(size_average, reduce_, reduction), "multi_margin_loss"))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "mse_loss": _pair_loss("mse_loss", _mse, after=(("weight", None),)),
    "l1_loss": _pair_loss("l1_loss", _l1, after=(("weight", None),)),
    "smooth_l1_loss": _pair_loss("smooth_l1_loss", _smooth_l1, after=(("beta", 1.0),)),
    "soft_margin_loss": _pair_loss("soft_margin_loss", _soft_margin),
    "poisson_nll_loss": _pair_loss("poisson_nll_loss", _poisson_nll, (("log_input", True), ("full", False))),
    "hinge_embedding_loss": _pair_loss("hinge_embedding_loss", _hinge_embedding, (("margin", 1.0),)),
    "multilabel_soft_margin_loss": _pair_loss(
        "multilabel_soft_margin_loss", _multilabel_soft_margin, (("weight", None),)
    ),
}
FUNCTIONS["huber_loss"] = _pair_loss(
    "huber_loss", _huber, after=(("delta", 1.0), ("weight", None)), order=("reduction", "delta", "weight")
)
for _fn in (
    cross_entropy,
    nll_loss,
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    kl_div,
    gaussian_nll_loss,
    margin_ranking_loss,
    cosine_embedding_loss,
    triplet_margin_loss,
    multi_margin_loss,
):
    FUNCTIONS[_fn.__name__] = _fn
