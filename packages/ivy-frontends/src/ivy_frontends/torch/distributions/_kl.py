# ruff: noqa: N812 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""``kl_divergence`` and ``register_kl``: KL(p || q) looked up by the pair of distribution types
(the most specific registered pair along both classes' MROs), with torch's closed forms."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ivy_frontends import torch as T
from ivy_frontends.torch.distributions import _continuous as C
from ivy_frontends.torch.distributions import _discrete as D
from ivy_frontends.torch.distributions import _gamma as G
from ivy_frontends.torch.distributions import _multivariate as M
from ivy_frontends.torch.distributions._base import Distribution, Independent, sum_rightmost

_REGISTRY: dict[tuple[type, type], Callable[[Any, Any], Any]] = {}


def register_kl(type_p: type, type_q: type) -> Callable[[Callable[[Any, Any], Any]], Callable[[Any, Any], Any]]:
    """Decorator: ``fn(p, q)`` computes KL(p || q) for ``p`` of ``type_p`` and ``q`` of ``type_q``."""
    if not (isinstance(type_p, type) and issubclass(type_p, Distribution)):
        raise TypeError(f"Expected type_p to be a Distribution subclass but got {type_p}")
    if not (isinstance(type_q, type) and issubclass(type_q, Distribution)):
        raise TypeError(f"Expected type_q to be a Distribution subclass but got {type_q}")

    def decorate(fn: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
        _REGISTRY[type_p, type_q] = fn
        return fn

    return decorate


def kl_divergence(p: Distribution, q: Distribution) -> Any:
    """KL(p || q) by the registered closed form for the types of ``p`` and ``q``."""
    for tp in type(p).__mro__:
        for tq in type(q).__mro__:
            fn = _REGISTRY.get((tp, tq))
            if fn is not None:
                return fn(p, q)
    raise NotImplementedError(
        f"No KL(p || q) is implemented for p type {type(p).__name__} and q type {type(q).__name__}"
    )


@register_kl(C.Normal, C.Normal)
def _normal_normal(p: Any, q: Any) -> Any:
    var_ratio = (p.scale / q.scale).pow(2)
    t1 = ((p.loc - q.loc) / q.scale).pow(2)
    return 0.5 * (var_ratio + t1 - 1 - T.log(var_ratio))


@register_kl(D.Bernoulli, D.Bernoulli)
def _bernoulli_bernoulli(p: Any, q: Any) -> Any:
    softplus = T.nn.functional.softplus
    t1 = p.probs * (softplus(-q.logits) - softplus(-p.logits))
    t1 = T.where(q.probs == 0, T.full_like(t1, math.inf), t1)
    t1 = T.where(p.probs == 0, T.zeros_like(t1), t1)
    t2 = (1 - p.probs) * (softplus(q.logits) - softplus(p.logits))
    t2 = T.where(q.probs == 1, T.full_like(t2, math.inf), t2)
    t2 = T.where(p.probs == 1, T.zeros_like(t2), t2)
    return t1 + t2


@register_kl(D.Categorical, D.Categorical)
def _categorical_categorical(p: Any, q: Any) -> Any:
    t = p.probs * (p.logits - q.logits)
    t = T.where(q.probs == 0, T.full_like(t, math.inf), t)
    t = T.where(p.probs == 0, T.zeros_like(t), t)
    return t.sum(-1)


@register_kl(D.OneHotCategorical, D.OneHotCategorical)
def _onehot_onehot(p: Any, q: Any) -> Any:
    return _categorical_categorical(p._categorical, q._categorical)


@register_kl(C.Exponential, C.Exponential)
def _exponential_exponential(p: Any, q: Any) -> Any:
    rate_ratio = q.rate / p.rate
    return rate_ratio - 1 - T.log(rate_ratio)


@register_kl(C.Laplace, C.Laplace)
def _laplace_laplace(p: Any, q: Any) -> Any:
    scale_ratio = p.scale / q.scale
    loc_abs_diff = (p.loc - q.loc).abs()
    t1 = -T.log(scale_ratio)
    t2 = loc_abs_diff / q.scale
    t3 = scale_ratio * T.exp(-loc_abs_diff / p.scale)
    return t1 + t2 + t3 - 1


@register_kl(C.Uniform, C.Uniform)
def _uniform_uniform(p: Any, q: Any) -> Any:
    result = T.log((q.high - q.low) / (p.high - p.low))
    outside = (q.low > p.low) | (q.high < p.high)
    return T.where(outside, T.full_like(result, math.inf), result)


@register_kl(G.Gamma, G.Gamma)
def _gamma_gamma(p: Any, q: Any) -> Any:
    t1 = q.concentration * T.log(p.rate / q.rate)
    t2 = T.lgamma(q.concentration) - T.lgamma(p.concentration)
    t3 = (p.concentration - q.concentration) * T.digamma(p.concentration)
    t4 = (q.rate - p.rate) * (p.concentration / p.rate)
    return t1 + t2 + t3 + t4


@register_kl(G.Beta, G.Beta)
def _beta_beta(p: Any, q: Any) -> Any:
    sum_p = p.concentration1 + p.concentration0
    sum_q = q.concentration1 + q.concentration0
    t1 = T.lgamma(q.concentration1) + T.lgamma(q.concentration0) + T.lgamma(sum_p)
    t2 = T.lgamma(p.concentration1) + T.lgamma(p.concentration0) + T.lgamma(sum_q)
    t3 = (p.concentration1 - q.concentration1) * T.digamma(p.concentration1)
    t4 = (p.concentration0 - q.concentration0) * T.digamma(p.concentration0)
    t5 = (sum_q - sum_p) * T.digamma(sum_p)
    return t1 - t2 + t3 + t4 + t5


@register_kl(D.Poisson, D.Poisson)
def _poisson_poisson(p: Any, q: Any) -> Any:
    return p.rate * (T.log(p.rate) - T.log(q.rate)) - (p.rate - q.rate)


@register_kl(M.MultivariateNormal, M.MultivariateNormal)
def _mvn_mvn(p: Any, q: Any) -> Any:
    if p.event_shape != q.event_shape:
        raise ValueError(
            "KL-divergence between two Multivariate Normals with different event shapes cannot be computed"
        )
    n = p.event_shape[0]
    lq, lp = q._unbroadcasted_scale_tril, p._unbroadcasted_scale_tril
    shape = T.broadcast_shapes(lq.shape[:-2], lp.shape[:-2], p.loc.shape[:-1], q.loc.shape[:-1])
    lq, lp = lq.expand(*shape, n, n), lp.expand(*shape, n, n)
    term1 = q._half_log_det() - p._half_log_det()
    term2 = T.linalg.solve_triangular(lq, lp, upper=False).pow(2).sum((-2, -1))
    diff = (q.loc - p.loc).expand(*shape, n).unsqueeze(-1)
    term3 = T.linalg.solve_triangular(lq, diff, upper=False).squeeze(-1).pow(2).sum(-1)
    return term1 + 0.5 * (term2 + term3 - n)


@register_kl(Independent, Independent)
def _independent_independent(p: Any, q: Any) -> Any:
    if p.reinterpreted_batch_ndims != q.reinterpreted_batch_ndims:
        raise NotImplementedError
    return sum_rightmost(kl_divergence(p.base_dist, q.base_dist), p.reinterpreted_batch_ndims)
