# ruff: noqa: A002, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Losses of ``torch.nn.functional`` (``reduction`` and the deprecated ``size_average``/``reduce``)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.losses import p_distance, poisson_nll, triplet_margin
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
    inputs: tuple[str, ...] = ("input", "target"),
) -> Callable[..., Tensor]:
    """A loss of the tensors ``inputs``: ``extra`` arguments, torch's legacy flags and ``reduction``, then ``after``.

    ``order`` gives the positional order where torch's differs (``huber_loss`` has no legacy flags).
    The function has torch's signature; ``compute(*arrays, reduction, **the other arguments)`` gives the loss.
    """
    names = list(order) if order is not None else [k for k, _ in extra] + list(_LEGACY) + [k for k, _ in after]
    defaults = dict(extra) | dict(after) | {"size_average": None, "reduce": None, "reduction": "mean"}
    P = inspect.Parameter  # noqa: N806 - the class, short
    sig = inspect.Signature(
        [P(k, P.POSITIONAL_OR_KEYWORD) for k in inputs]
        + [P(k, P.POSITIONAL_OR_KEYWORD, default=defaults[k]) for k in names],
        return_annotation=Tensor,
    )

    def loss(*args: Any, **kwargs: Any) -> Tensor:
        values = sig.bind(*args, **kwargs)
        values.apply_defaults()
        given = dict(values.arguments)
        arrays = [arr(given.pop(k), name, k) for k in inputs]
        reduction = legacy_reduction(given.pop("size_average", None), given.pop("reduce", None), given.pop("reduction"))
        return wrap(compute(*arrays, reduction, **given))

    loss.__signature__ = sig  # type: ignore[attr-defined]
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
    return reduce(poisson_nll(x, t, log_input, full, eps), reduction, "poisson_nll_loss")


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


def _batched_classes(x: Any, t: Any) -> tuple[Any, Any]:
    """One unbatched sample (classes on dim 0) as a batch of one."""
    return (ivy.expand_dims(x, 0), ivy.expand_dims(t, 0)) if x.ndim == 1 else (x, t)


def _cross_entropy(
    x: Any, t: Any, reduction: str, weight: Any = None, ignore_index: int = -100, label_smoothing: float = 0.0
) -> Any:
    x, t = _batched_classes(x, t)
    return ivy.nn.cross_entropy(
        x, t, weight=opt(weight), ignore_index=ignore_index, reduction=reduction, label_smoothing=label_smoothing
    )


def _nll(x: Any, t: Any, reduction: str, weight: Any = None, ignore_index: int = -100) -> Any:
    x, t = _batched_classes(x, t)
    return ivy.nn.nll_loss(x, t, weight=opt(weight), ignore_index=ignore_index, reduction=reduction)


def _binary_cross_entropy(x: Any, t: Any, reduction: str, weight: Any = None) -> Any:
    if x.shape != t.shape:
        raise ValueError(
            f"torch.nn.functional.binary_cross_entropy: Using a target size ({list(t.shape)}) that is different to the input size ({list(x.shape)}) is deprecated. Please ensure they have the same size."
        )
    return ivy.nn.binary_cross_entropy(x, t, weight=opt(weight), reduction=reduction)


def _bce_with_logits(x: Any, t: Any, reduction: str, weight: Any = None, pos_weight: Any = None) -> Any:
    return ivy.nn.binary_cross_entropy_with_logits(
        x, t, weight=opt(weight), pos_weight=opt(pos_weight), reduction=reduction
    )


def _kl_div(x: Any, t: Any, reduction: str, log_target: bool = False) -> Any:
    return ivy.nn.kl_div(x, t, reduction=reduction, log_target=log_target)


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


def _margin_ranking(a: Any, b: Any, t: Any, reduction: str, margin: float = 0.0) -> Any:
    loss = ivy.maximum(ivy.add(ivy.multiply(ivy.negative(t), ivy.subtract(a, b)), margin), 0)
    return reduce(loss, reduction, "margin_ranking_loss")


def _cosine_embedding(a: Any, b: Any, t: Any, reduction: str, margin: float = 0.0) -> Any:
    eps = 1e-12
    cos = ivy.divide(
        ivy.sum(ivy.multiply(a, b), axis=-1),
        ivy.sqrt(
            ivy.multiply(ivy.add(ivy.sum(ivy.square(a), axis=-1), eps), ivy.add(ivy.sum(ivy.square(b), axis=-1), eps))
        ),
    )
    loss = ivy.where(ivy.equal(t, 1), ivy.subtract(1, cos), ivy.maximum(ivy.subtract(cos, margin), 0))
    return reduce(loss, reduction, "cosine_embedding_loss")


def _triplet_margin(
    a: Any, pos: Any, neg: Any, reduction: str, margin: float = 1.0, p: float = 2, eps: float = 1e-6, swap: bool = False
) -> Any:
    return reduce(triplet_margin(a, pos, neg, margin, swap, p_distance(p, eps)), reduction, "triplet_margin_loss")


def _multi_margin(x: Any, t: Any, reduction: str, p: int = 1, margin: float = 1.0, weight: Any = None) -> Any:
    correct = ivy.take_along_axis(x, ivy.expand_dims(t, -1), axis=-1)
    loss = ivy.maximum(ivy.add(ivy.subtract(margin, correct), x), 0)
    if p == 2:
        loss = ivy.square(loss)
    if weight is not None:
        loss = ivy.multiply(loss, ivy.expand_dims(ivy.take(opt(weight), t), -1))
    mask = ivy.not_equal(ivy.expand_dims(ivy.arange(x.shape[-1]), 0), ivy.expand_dims(t, -1))
    loss = ivy.divide(ivy.sum(ivy.where(mask, loss, ivy.zeros_like(loss)), axis=-1), x.shape[-1])
    return reduce(loss, reduction, "multi_margin_loss")


_WEIGHT, _MARGIN = ("weight", None), ("margin", 0.0)
_CLASSES = (_WEIGHT, ("ignore_index", -100))
_CLASSES_ORDER = ("weight", "size_average", "ignore_index", "reduce", "reduction")  # torch's, for both
_PAIRS = ("input1", "input2", "target")

#: name -> (compute, extra, after, positional order where torch's differs, the tensor arguments)
_LOSSES: dict[str, tuple] = {
    "mse_loss": (_mse, (), (_WEIGHT,)),
    "l1_loss": (_l1, (), (_WEIGHT,)),
    "smooth_l1_loss": (_smooth_l1, (), (("beta", 1.0),)),
    "huber_loss": (_huber, (), (("delta", 1.0), _WEIGHT), ("reduction", "delta", "weight")),
    "soft_margin_loss": (_soft_margin,),
    "poisson_nll_loss": (
        _poisson_nll,
        (("log_input", True), ("full", False), ("eps", 1e-8)),
        (),
        ("log_input", "full", "size_average", "eps", "reduce", "reduction"),
    ),
    "hinge_embedding_loss": (_hinge_embedding, (("margin", 1.0),)),
    "multilabel_soft_margin_loss": (_multilabel_soft_margin, (_WEIGHT,)),
    "cross_entropy": (_cross_entropy, _CLASSES, (("label_smoothing", 0.0),), (*_CLASSES_ORDER, "label_smoothing")),
    "nll_loss": (_nll, _CLASSES, (), _CLASSES_ORDER),
    "binary_cross_entropy": (_binary_cross_entropy, (_WEIGHT,)),
    "binary_cross_entropy_with_logits": (_bce_with_logits, (_WEIGHT,), (("pos_weight", None),)),
    "kl_div": (_kl_div, (), (("log_target", False),)),
    "margin_ranking_loss": (_margin_ranking, (_MARGIN,), (), None, _PAIRS),
    "cosine_embedding_loss": (_cosine_embedding, (_MARGIN,), (), None, _PAIRS),
    "triplet_margin_loss": (
        _triplet_margin,
        (("margin", 1.0), ("p", 2), ("eps", 1e-6), ("swap", False)),
        (),
        None,
        ("anchor", "positive", "negative"),
    ),
    "multi_margin_loss": (_multi_margin, (("p", 1), ("margin", 1.0), _WEIGHT)),
}

FUNCTIONS: dict[str, Callable[..., Any]] = {name: _pair_loss(name, *row) for name, row in _LOSSES.items()}
FUNCTIONS["gaussian_nll_loss"] = gaussian_nll_loss
