"""The continuous univariate distributions of ``jax.scipy.stats``, each method in JAX's formula.

The formulas follow JAX's (not SciPy's) where they differ: JAX's support checks (``x < loc``
gives ``-inf`` log density), its ``nan`` for invalid shape parameters (``gumbel_*`` with
``scale <= 0``, ``beta`` with ``a <= 0``, ...) and ``norm.ppf``'s float64 result.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, operand
from ivy_frontends.jax.scipy.special import _ndtr
from ivy_frontends.jax.scipy.stats._family import (
    NAN,
    NEG_INF,
    distribution,
    exp_of,
    log_of,
    outside_unit,
    six_methods,
)

LOC_SCALE = "x, loc=0, scale=1"
_PI = math.pi


def _z(x: ivy.Array, loc: ivy.Array, scale: ivy.Array) -> ivy.Array:
    return (x - loc) / scale


# ---------------------------------------------------------------- norm
def _norm_logpdf(x, loc, scale):
    scale2 = scale * scale
    return (ivy.log(2 * _PI * scale2) + (x - loc) * (x - loc) / scale2) / -2.0


def _norm_ppf(q, loc, scale):
    return Array(ivy.astype(ivy.ndtri(q) * scale + loc, ivy.float64))  # JAX: jnp.asarray(..., float)


norm = distribution(
    "norm",
    LOC_SCALE,
    {
        "logpdf": _norm_logpdf,
        "pdf": exp_of(_norm_logpdf),
        "cdf": lambda x, loc, scale: _ndtr(_z(x, loc, scale)),
        "logcdf": lambda x, loc, scale: ivy.log_ndtr(_z(x, loc, scale)),
        "sf": lambda x, loc, scale: _ndtr(_z(loc, x, scale)),
        "logsf": lambda x, loc, scale: ivy.log_ndtr(_z(loc, x, scale)),
        "ppf": _norm_ppf,
        "isf": lambda q, loc, scale: _norm_ppf(1.0 - q, loc, scale),
    },
    {"ppf": "q, loc=0, scale=1", "isf": "q, loc=0, scale=1"},
)


def _floating_q(fn: Callable[..., Array]) -> Callable[..., Array]:
    """``fn`` refusing integer and bool ``q`` as JAX's (``special.ndtri`` takes floating inputs only)."""

    @functools.wraps(fn)
    def run(q: Any, loc: Any = 0, scale: Any = 1) -> Array:
        d = _dtypes.result(operand(q))[0]
        if d.kind not in "fc":
            raise TypeError(f"jax.scipy.stats.norm.{fn.__name__}: q.dtype={d} is not supported, q must be floating")
        return fn(q, loc, scale)

    return run


norm.ppf, norm.isf = _floating_q(norm.ppf), _floating_q(norm.isf)


# ---------------------------------------------------------------- expon
def _expon_logsf(x, loc, scale):
    return ivy.where(ivy.less(x, loc), 0.0, _z(loc, x, scale))


def _expon_logpdf(x, loc, scale):
    return ivy.where(ivy.less(x, loc), NEG_INF, -(_z(x, loc, scale) + ivy.log(scale)))


expon = distribution(
    "expon",
    LOC_SCALE,
    {
        "logpdf": _expon_logpdf,
        "pdf": exp_of(_expon_logpdf),
        "cdf": lambda x, loc, scale: ivy.where(ivy.less(x, loc), 0.0, -ivy.expm1(_z(loc, x, scale))),
        "logcdf": lambda x, loc, scale: ivy.log1p(-ivy.exp(_expon_logsf(x, loc, scale))),
        "sf": exp_of(_expon_logsf),
        "logsf": _expon_logsf,
        "ppf": lambda q, loc, scale: ivy.where(outside_unit(q), NAN, loc - scale * ivy.log1p(-q)),
    },
    {"ppf": "q, loc=0, scale=1"},
)


# ---------------------------------------------------------------- cauchy
def _cauchy_logpdf(x, loc, scale):
    z = _z(x, loc, scale)
    return -(ivy.log(_PI * scale) + ivy.log1p(z * z))


def _cauchy_cdf(x, loc, scale):
    return 0.5 + ivy.atan(_z(x, loc, scale)) / _PI


def _cauchy_sf(x, loc, scale):
    return _cauchy_cdf(-x, -loc, scale)


cauchy = distribution(
    "cauchy",
    LOC_SCALE,
    {
        "logpdf": _cauchy_logpdf,
        "pdf": exp_of(_cauchy_logpdf),
        "cdf": _cauchy_cdf,
        "logcdf": log_of(_cauchy_cdf),
        "sf": _cauchy_sf,
        "logsf": log_of(_cauchy_sf),
        "ppf": lambda q, loc, scale: ivy.tan(_PI * q - _PI / 2) * scale + loc,
        "isf": lambda q, loc, scale: ivy.tan(_PI / 2 - _PI * q) * scale + loc,
    },
    {"ppf": "q, loc=0, scale=1", "isf": "q, loc=0, scale=1"},
)


# ---------------------------------------------------------------- logistic
def _logistic_logpdf(x, loc, scale):
    half = _z(x, loc, scale) / 2.0
    return -2.0 * ivy.logaddexp(half, -half) - ivy.log(scale)


def _logit(q):
    return ivy.log(q / (1.0 - q))


logistic = distribution(
    "logistic",
    LOC_SCALE,
    {
        "logpdf": _logistic_logpdf,
        "pdf": exp_of(_logistic_logpdf),
        "cdf": lambda x, loc, scale: ivy.nn.sigmoid(_z(x, loc, scale)),
        "sf": lambda x, loc, scale: ivy.nn.sigmoid(-_z(x, loc, scale)),
        "ppf": lambda x, loc, scale: _logit(x) * scale + loc,
        "isf": lambda x, loc, scale: -_logit(x) * scale + loc,
    },
)


# ---------------------------------------------------------------- laplace
def _laplace_logpdf(x, loc, scale):
    return -(ivy.abs(x - loc) / scale + ivy.log(2.0 * scale))


def _laplace_cdf(x, loc, scale):
    d = _z(x, loc, scale)
    return ivy.where(ivy.less_equal(d, 0), 0.5 * ivy.exp(d), 1.0 - 0.5 * ivy.exp(-d))


laplace = distribution(
    "laplace", LOC_SCALE, {"logpdf": _laplace_logpdf, "pdf": exp_of(_laplace_logpdf), "cdf": _laplace_cdf}
)


# ---------------------------------------------------------------- uniform
def _outside(x, lo, hi):
    return ivy.logical_or(ivy.less(x, lo), ivy.greater(x, hi))


def _uniform_logpdf(x, loc, scale):
    return ivy.where(_outside(x, loc, loc + scale), NEG_INF, -ivy.log(scale))


def _uniform_cdf(x, loc, scale):
    hi = loc + scale
    within = ivy.logical_and(ivy.greater_equal(x, loc), ivy.less_equal(x, hi))
    inside = ivy.where(within, _z(x, loc, scale), 0.0)
    return ivy.where(ivy.less(x, loc), 0.0, ivy.where(ivy.greater(x, hi), 1.0, inside))  # else 0 (jnp.select)


uniform = distribution(
    "uniform",
    LOC_SCALE,
    {
        "logpdf": _uniform_logpdf,
        "pdf": exp_of(_uniform_logpdf),
        "cdf": _uniform_cdf,
        "ppf": lambda q, loc, scale: ivy.where(outside_unit(q), NAN, loc + scale * q),
    },
    {"ppf": "q, loc=0, scale=1"},
)


# ---------------------------------------------------------------- gumbel_r, gumbel_l
def _valid_scale(scale, value):
    return ivy.where(ivy.greater(scale, 0), value, NAN)


def _open_unit(p, value):
    return ivy.where(ivy.logical_and(ivy.greater(p, 0), ivy.less(p, 1)), value, NAN)


def _log1mexp(x):
    """``log(1 - exp(-x))``, JAX's two-branch form."""
    return ivy.where(ivy.greater(x, math.log(2.0)), ivy.log1p(-ivy.exp(-x)), ivy.log(-ivy.expm1(-x)))


def _gumbel_r_logpdf(x, loc, scale):
    z = _z(x, loc, scale)
    return _valid_scale(scale, -ivy.log(scale) - (z + ivy.exp(-z)))


def _gumbel_r_logcdf(x, loc, scale):
    return _valid_scale(scale, -ivy.exp(-_z(x, loc, scale)))


gumbel_r = distribution(
    "gumbel_r",
    LOC_SCALE,
    {
        "logpdf": _gumbel_r_logpdf,
        "pdf": exp_of(_gumbel_r_logpdf),
        "logcdf": _gumbel_r_logcdf,
        "cdf": exp_of(_gumbel_r_logcdf),
        "sf": lambda x, loc, scale: _valid_scale(scale, 1.0 - ivy.exp(-ivy.exp(_z(loc, x, scale)))),
        "logsf": lambda x, loc, scale: _valid_scale(scale, _log1mexp(ivy.exp(_z(loc, x, scale)))),
        "ppf": lambda p, loc, scale: _open_unit(p, loc - scale * ivy.log(-ivy.log(p))),
    },
    {"ppf": "p, loc=0, scale=1"},
)


def _gumbel_l_logpdf(x, loc, scale):
    z = _z(x, loc, scale)
    return _valid_scale(scale, -ivy.log(scale) + z - ivy.exp(z))


def _gumbel_l_logcdf(x, loc, scale):
    return _valid_scale(scale, ivy.log(-ivy.expm1(-ivy.exp(_z(x, loc, scale)))))


def _gumbel_l_logsf(x, loc, scale):
    return _valid_scale(scale, -ivy.exp(_z(x, loc, scale)))


gumbel_l = distribution(
    "gumbel_l",
    LOC_SCALE,
    {
        "logpdf": _gumbel_l_logpdf,
        "pdf": exp_of(_gumbel_l_logpdf),
        "logcdf": _gumbel_l_logcdf,
        "cdf": exp_of(_gumbel_l_logcdf),
        "logsf": _gumbel_l_logsf,
        "sf": exp_of(_gumbel_l_logsf),
        "ppf": lambda p, loc, scale: _open_unit(p, loc + scale * ivy.log(-ivy.log1p(-p))),
    },
    {"ppf": "p, loc=0, scale=1"},
)


# ---------------------------------------------------------------- gamma, chi2
def _gamma_logpdf(x, a, loc, scale):
    ok = ivy.greater_equal(x, loc)
    y = ivy.where(ok, _z(x, loc, scale), 1.0)
    value = ivy.xlogy(a - 1.0, y) - y - (ivy.lgamma(a) + ivy.log(scale))
    return ivy.where(ok, value, NEG_INF)


def _gamma_cdf(x, a, loc, scale):
    return ivy.gammainc(a, ivy.clip(_z(x, loc, scale), 0.0, None))


def _gamma_sf(x, a, loc, scale):
    y = _z(x, loc, scale)
    return ivy.where(ivy.less(y, 0), 1.0, ivy.gammaincc(a, y))


gamma = distribution("gamma", "x, a, loc=0, scale=1", six_methods(_gamma_logpdf, _gamma_cdf, _gamma_sf))


def _chi2_logpdf(x, df, loc, scale):
    y = _z(x, loc, scale)
    half = df / 2.0
    kernel = (half - 1.0) * ivy.log(y) - y / 2.0
    constant = -(ivy.lgamma(half) + math.log(2.0) * df / 2.0)
    return ivy.where(ivy.less(x, loc), NEG_INF, constant - ivy.log(scale) + kernel)


def _chi2_half(x, loc, scale):
    return ivy.clip((x - loc) / (scale * 2.0), 0.0, None)


def _chi2_cdf(x, df, loc, scale):
    return ivy.gammainc(df / 2.0, _chi2_half(x, loc, scale))


def _chi2_sf(x, df, loc, scale):
    return ivy.gammaincc(df / 2.0, _chi2_half(x, loc, scale))


chi2 = distribution("chi2", "x, df, loc=0, scale=1", six_methods(_chi2_logpdf, _chi2_cdf, _chi2_sf))


# ---------------------------------------------------------------- beta
def _beta_logpdf(x, a, b, loc, scale):
    y = _z(x, loc, scale)
    value = -ivy.betaln(a, b) + ivy.xlogy(a - 1.0, y) + ivy.xlog1py(b - 1.0, -y) - ivy.log(scale)
    value = ivy.where(_outside(x, loc, loc + scale), NEG_INF, value)
    invalid = ivy.logical_or(ivy.logical_or(ivy.less_equal(a, 0), ivy.less_equal(b, 0)), ivy.less_equal(scale, 0))
    return ivy.where(invalid, NAN, value)


def _beta_y(x, loc, scale):
    return ivy.clip(_z(x, loc, scale), 0.0, 1.0)


def _beta_cdf(x, a, b, loc, scale):
    return ivy.betainc(a, b, _beta_y(x, loc, scale))


def _beta_sf(x, a, b, loc, scale):
    return ivy.betainc(b, a, 1.0 - _beta_y(x, loc, scale))


beta = distribution("beta", "x, a, b, loc=0, scale=1", six_methods(_beta_logpdf, _beta_cdf, _beta_sf))


# ---------------------------------------------------------------- t
def _t_logpdf(x, df, loc, scale):
    z = _z(x, loc, scale)
    half = df / 2.0
    normalize = ivy.lgamma(half) + ivy.log(scale * scale * _PI * df) / 2.0 - ivy.lgamma(half + 0.5)
    return -(normalize + (half + 0.5) * ivy.log1p(z * z / df))


t = distribution("t", "x, df, loc=0, scale=1", {"logpdf": _t_logpdf, "pdf": exp_of(_t_logpdf)})


# ---------------------------------------------------------------- pareto
def _below(x, loc, scale):
    return ivy.less(x, loc + scale)


def _pareto_logpdf(x, b, loc, scale):
    value = -(ivy.log(scale / b) + (b + 1.0) * ivy.log(_z(x, loc, scale)))
    return ivy.where(_below(x, loc, scale), NEG_INF, value)


def _pareto_logsf(x, b, loc, scale):
    return ivy.where(_below(x, loc, scale), 0.0, -(b * ivy.log(_z(x, loc, scale))))


def _pareto_tail(x, b, loc, scale):
    return ivy.pow(_z(x, loc, scale), -b)


pareto = distribution(
    "pareto",
    "x, b, loc=0, scale=1",
    {
        "logpdf": _pareto_logpdf,
        "pdf": exp_of(_pareto_logpdf),
        "cdf": lambda x, b, loc, scale: ivy.where(_below(x, loc, scale), 0.0, 1.0 - _pareto_tail(x, b, loc, scale)),
        "logcdf": lambda x, b, loc, scale: ivy.where(
            _below(x, loc, scale), NEG_INF, ivy.log1p(-_pareto_tail(x, b, loc, scale))
        ),
        "logsf": _pareto_logsf,
        "sf": exp_of(_pareto_logsf),
        "ppf": lambda q, b, loc, scale: ivy.where(outside_unit(q), NAN, loc + scale * ivy.pow(1.0 - q, -(1.0 / b))),
    },
    {"ppf": "q, b, loc=0, scale=1"},
)


# ---------------------------------------------------------------- gennorm (standard form only, as in JAX)
def _gennorm_logpdf(x, beta):
    return ivy.log(0.5 * beta) - ivy.lgamma(1.0 / beta) - ivy.pow(ivy.abs(x), beta)


gennorm = distribution(
    "gennorm",
    "x, beta",
    {
        "logpdf": _gennorm_logpdf,
        "pdf": exp_of(_gennorm_logpdf),
        "cdf": lambda x, beta: 0.5 * (1.0 + ivy.sign(x) * ivy.gammainc(1.0 / beta, ivy.pow(ivy.abs(x), beta))),
    },
)


# ---------------------------------------------------------------- truncnorm
def _log_diff(x, y):
    """``log(exp(x) - exp(y))`` as JAX's signed ``logsumexp`` gives it (nan where ``x < y``)."""
    top = ivy.maximum(x, y)
    top = ivy.where(ivy.isfinite(top), top, 0.0)
    total = ivy.exp(x - top) - ivy.exp(y - top)
    return ivy.where(ivy.less(total, 0), NAN, ivy.log(ivy.abs(total)) + top)


def _log_gauss_mass(a, b):
    """log of the standard normal mass on ``[a, b]``: from the nearer tail, or the centre."""
    a, b = ivy.broadcast_arrays(a, b)
    right = ivy.greater(a, 0)
    central = ivy.logical_not(ivy.logical_or(ivy.less_equal(b, 0), right))
    a_tail, b_tail = ivy.where(right, -b, a), ivy.where(right, -a, b)
    tail = _log_diff(ivy.log_ndtr(b_tail), ivy.log_ndtr(a_tail))
    return ivy.where(central, ivy.log1p(-_ndtr(a) - _ndtr(-b)), tail)


def _truncnorm_logpdf(x, a, b, loc, scale):
    value = _norm_logpdf(x, loc, scale) - _log_gauss_mass(a, b)
    z = _z(x, loc, scale)
    value = ivy.where(ivy.logical_or(ivy.less(z, a), ivy.greater(z, b)), NEG_INF, value)
    return ivy.where(ivy.greater_equal(a, b), NAN, value)


def _truncnorm_logcdf(x, a, b, loc, scale):
    x, a, b = ivy.broadcast_arrays(x, a, b)
    z = _z(x, loc, scale)
    mass = _log_gauss_mass(a, b)
    logcdf = _log_gauss_mass(a, z) - mass
    logsf = _log_gauss_mass(z, b) - mass
    value = ivy.where(ivy.greater(z, a), logcdf, 0.0)  # jnp.select's conditions, last first
    value = ivy.where(ivy.greater(logcdf, -0.1), ivy.log1p(-ivy.exp(logsf)), value)
    value = ivy.where(ivy.less_equal(z, a), NEG_INF, value)
    value = ivy.where(ivy.greater_equal(z, b), 0.0, value)
    return ivy.where(ivy.greater_equal(a, b), NAN, value)


def _truncnorm_logsf(x, a, b, loc, scale):
    return _truncnorm_logcdf(-x, -b, -a, -loc, scale)


truncnorm = distribution(
    "truncnorm",
    "x, a, b, loc=0, scale=1",
    {
        "logpdf": _truncnorm_logpdf,
        "pdf": exp_of(_truncnorm_logpdf),
        "logcdf": _truncnorm_logcdf,
        "cdf": exp_of(_truncnorm_logcdf),
        "logsf": _truncnorm_logsf,
        "sf": exp_of(_truncnorm_logsf),
    },
)


# ---------------------------------------------------------------- circular: vonmises, wrapcauchy
def _vonmises_logpdf(x, kappa):
    value = kappa * (ivy.cos(x) - 1.0) - ivy.log(2 * _PI * ivy.i0e(kappa))
    return ivy.where(ivy.greater(kappa, 0), value, NAN)


def _wrapcauchy_logpdf(x, c):
    value = ivy.log(1.0 - c * c) - math.log(2 * _PI) - ivy.log(1.0 + c * c - 2.0 * c * ivy.cos(x))
    value = ivy.where(ivy.logical_and(ivy.greater_equal(x, 0), ivy.less_equal(x, 2 * _PI)), value, NEG_INF)
    return ivy.where(ivy.logical_and(ivy.greater(c, 0), ivy.less(c, 1)), value, NAN)


vonmises = distribution("vonmises", "x, kappa", {"logpdf": _vonmises_logpdf, "pdf": exp_of(_vonmises_logpdf)})
wrapcauchy = distribution("wrapcauchy", "x, c", {"logpdf": _wrapcauchy_logpdf, "pdf": exp_of(_wrapcauchy_logpdf)})

FAMILIES = (
    "beta",
    "cauchy",
    "chi2",
    "expon",
    "gamma",
    "gennorm",
    "gumbel_l",
    "gumbel_r",
    "laplace",
    "logistic",
    "norm",
    "pareto",
    "t",
    "truncnorm",
    "uniform",
    "vonmises",
    "wrapcauchy",
)
