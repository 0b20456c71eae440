"""The discrete univariate distributions of ``jax.scipy.stats``, each method in JAX's formula.

As in JAX, only ``poisson`` rejects non-integer ``k`` (``-inf``); ``betabinom`` floors ``k``;
``binom``, ``geom`` and ``nbinom`` evaluate their formula at any ``k`` inside the support.
"""

from __future__ import annotations

import math

import ivy
from ivy_frontends.jax.scipy.stats._family import NAN, NEG_INF, distribution, exp_of


def _or(*conditions: ivy.Array) -> ivy.Array:
    out = conditions[0]
    for c in conditions[1:]:
        out = ivy.logical_or(out, c)
    return out


# ---------------------------------------------------------------- bernoulli
def _bernoulli_logpmf(k, p, loc):
    x = k - loc
    value = ivy.xlogy(x, p) + ivy.xlog1py(1.0 - x, -p)
    return ivy.where(_or(ivy.less(x, 0), ivy.greater(x, 1)), NEG_INF, value)


def _bad_p(p):
    return _or(ivy.isnan(p), ivy.less(p, 0), ivy.greater(p, 1))


def _bernoulli_cdf(k, p):
    inside = ivy.where(ivy.logical_and(ivy.greater_equal(k, 0), ivy.less(k, 1)), 1.0 - p, 0.0)
    value = ivy.where(ivy.greater_equal(k, 1), 1.0, inside)  # jnp.select, default 0 (nan k)
    value = ivy.where(ivy.less(k, 0), 0.0, value)
    return ivy.where(_or(ivy.isnan(k), _bad_p(p)), NAN, value)


def _bernoulli_ppf(q, p):
    bad = _or(ivy.isnan(q), _bad_p(p), ivy.less(q, 0), ivy.greater(q, 1))
    return ivy.where(bad, NAN, ivy.astype(ivy.greater(q, 1.0 - p), q.dtype))


bernoulli = distribution(
    "bernoulli",
    "k, p, loc=0",
    {
        "logpmf": _bernoulli_logpmf,
        "pmf": exp_of(_bernoulli_logpmf),
        "cdf": _bernoulli_cdf,
        "ppf": _bernoulli_ppf,
    },
    {"cdf": "k, p", "ppf": "q, p"},
)


# ---------------------------------------------------------------- binom, betabinom, nbinom, geom
def _binom_logpmf(k, n, p, loc):
    y = k - loc
    comb = ivy.lgamma(n + 1.0) - (ivy.lgamma(y + 1.0) + ivy.lgamma(n - y + 1.0))
    linear = ivy.xlogy(y, p) + ivy.xlog1py(n - y, -p)
    value = comb + linear
    certain = ivy.logical_or(ivy.logical_and(ivy.equal(y, 0), ivy.equal(n, 0)), ivy.equal(linear, 0))
    value = ivy.where(certain, 0.0, value)
    inside = ivy.logical_and(ivy.greater_equal(k, loc), ivy.less(k, loc + n + 1.0))
    return ivy.where(inside, value, NEG_INF)


def _betabinom_logpmf(k, n, a, b, loc):
    y = ivy.floor(k) - loc
    combiln = -(ivy.log1p(n) + ivy.betaln(n - y + 1.0, y + 1.0))
    value = combiln + ivy.betaln(y + a, n - y + b) - ivy.betaln(a, b)
    value = ivy.where(ivy.logical_and(ivy.equal(y, 0), ivy.equal(n, 0)), 0.0, value)
    value = ivy.where(_or(ivy.less(y, -loc), ivy.greater(y, n), ivy.less_equal(y + a, 0)), NEG_INF, value)
    return ivy.where(_or(ivy.less(n, 0), ivy.less_equal(a, 0), ivy.less_equal(b, 0)), NAN, value)


def _nbinom_logpmf(k, n, p, loc):
    y = k - loc
    comb = ivy.lgamma(y + n) - ivy.lgamma(n) - ivy.lgamma(y + 1.0)
    value = comb + ivy.xlogy(n, p) + ivy.xlogy(y, 1.0 - p)
    return ivy.where(ivy.less(k, loc), NEG_INF, value)


def _geom_logpmf(k, p, loc):
    x = k - loc
    return ivy.where(ivy.less_equal(x, 0), NEG_INF, ivy.xlog1py(x - 1.0, -p) + ivy.log(p))


binom = distribution("binom", "k, n, p, loc=0", {"logpmf": _binom_logpmf, "pmf": exp_of(_binom_logpmf)})
betabinom = distribution(
    "betabinom", "k, n, a, b, loc=0", {"logpmf": _betabinom_logpmf, "pmf": exp_of(_betabinom_logpmf)}
)
nbinom = distribution("nbinom", "k, n, p, loc=0", {"logpmf": _nbinom_logpmf, "pmf": exp_of(_nbinom_logpmf)})
geom = distribution("geom", "k, p, loc=0", {"logpmf": _geom_logpmf, "pmf": exp_of(_geom_logpmf)})


# ---------------------------------------------------------------- poisson
def _poisson_logpmf(k, mu, loc):
    x = k - loc
    value = ivy.xlogy(x, mu) - ivy.lgamma(x + 1.0) - mu
    return ivy.where(ivy.logical_or(ivy.less(x, 0), ivy.not_equal(ivy.round(k), k)), NEG_INF, value)


def _poisson_cdf(k, mu, loc):
    x = k - loc
    return ivy.where(ivy.less(x, 0), 0.0, ivy.gammaincc(ivy.floor(1.0 + x), mu))


_ENTROPY_TERMS = 250  # JAX's static bound: for mu < 100 the sum stops below 220 terms


def _poisson_entropy(mu, loc):
    """JAX's sum of ``entr(pmf(k))`` over ``k < ceil(mu + 20)`` (``mu < 10``) or ``k < ceil(mu + 10 sqrt(mu) + 20)``
    (``mu < 100``), Stirling's series beyond; 0 at ``mu = 0``; broadcast against ``loc``."""
    k = ivy.reshape(ivy.arange(_ENTROPY_TERMS, dtype=mu.dtype), (_ENTROPY_TERMS,) + (1,) * mu.ndim)
    small = ivy.less(mu, 10)
    bound = ivy.ceil(ivy.where(small, mu + 20.0, mu + 10.0 * ivy.sqrt(mu) + 20.0))
    probs = ivy.where(ivy.less(k, bound), ivy.exp(_poisson_logpmf(k, mu, 0.0)), 0.0)
    summed = ivy.sum(ivy.entr(probs), axis=0)
    stirling = 0.5 * ivy.log(2 * math.pi * math.e * mu) - 1.0 / (12.0 * mu)
    value = ivy.where(ivy.equal(mu, 0), 0.0, ivy.where(ivy.less(mu, 100), summed, stirling))
    return ivy.broadcast_to(value, ivy.broadcast_shapes(mu.shape, loc.shape))


poisson = distribution(
    "poisson",
    "k, mu, loc=0",
    {
        "logpmf": _poisson_logpmf,
        "pmf": exp_of(_poisson_logpmf),
        "cdf": _poisson_cdf,
        "entropy": _poisson_entropy,
    },
    {"entropy": "mu, loc=0"},
)

FAMILIES = ("bernoulli", "betabinom", "binom", "geom", "nbinom", "poisson")
