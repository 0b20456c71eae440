"""``jax.scipy.stats`` on ivy: the distributions as namespaces (``stats.norm.logpdf``, ``stats.gamma.cdf``, ...)
in JAX's formulas over the core's special functions, plus ``mode``, ``rankdata`` and ``sem``.

``gaussian_kde`` (a pytree class with sampling) is not emulated.
"""

from __future__ import annotations

from ivy_frontends.jax.scipy.stats import continuous, discrete, multivariate
from ivy_frontends.jax.scipy.stats.continuous import (
    beta,
    cauchy,
    chi2,
    expon,
    gamma,
    gennorm,
    gumbel_l,
    gumbel_r,
    laplace,
    logistic,
    norm,
    pareto,
    t,
    truncnorm,
    uniform,
    vonmises,
    wrapcauchy,
)
from ivy_frontends.jax.scipy.stats.discrete import bernoulli, betabinom, binom, geom, nbinom, poisson
from ivy_frontends.jax.scipy.stats.multivariate import dirichlet, multinomial, multivariate_normal
from ivy_frontends.jax.scipy.stats.summary import ModeResult, mode, rankdata, sem

FAMILIES = (*continuous.FAMILIES, *discrete.FAMILIES, *multivariate.FAMILIES)

__all__ = [
    "ModeResult",
    "bernoulli",
    "beta",
    "betabinom",
    "binom",
    "cauchy",
    "chi2",
    "dirichlet",
    "expon",
    "gamma",
    "gennorm",
    "geom",
    "gumbel_l",
    "gumbel_r",
    "laplace",
    "logistic",
    "mode",
    "multinomial",
    "multivariate_normal",
    "nbinom",
    "norm",
    "pareto",
    "poisson",
    "rankdata",
    "sem",
    "t",
    "truncnorm",
    "uniform",
    "vonmises",
    "wrapcauchy",
]
