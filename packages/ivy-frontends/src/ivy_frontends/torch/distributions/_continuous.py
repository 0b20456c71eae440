# ruff: noqa: N812, RUF012 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""Continuous univariate distributions of ``torch.distributions`` with their closed forms."""

from __future__ import annotations

import math
from typing import Any

from ivy_frontends import torch as T
from ivy_frontends.torch.distributions._base import (
    EULER,
    LOG_2PI,
    Broadcast,
    Centred,
    Distribution,
    ExponentialFamily,
    broadcast_all,
    nonnegative,
    positive,
    real,
    unit_interval,
)


def _rand(d: Distribution, sample_shape: Any, like: Any) -> Any:
    """Uniform numbers in [tiny, 1) of the sample's shape and the parameter's dtype."""
    u = T.rand(tuple(d._extended_shape(sample_shape)), dtype=like.dtype)
    return u.clamp(min=T.finfo(like.dtype).tiny)


def _randn(d: Distribution, sample_shape: Any, like: Any) -> Any:
    return T.randn(tuple(d._extended_shape(sample_shape)), dtype=like.dtype)


class _LocScale(Broadcast, constraints={"loc": real, "scale": positive}):
    """Shared construction of the (loc, scale) families."""

    support = real
    has_rsample = True


class Normal(Centred, _LocScale, ExponentialFamily):
    """torch.distributions.Normal(loc, scale)."""

    @property
    def stddev(self) -> Any:
        return self.scale

    @property
    def variance(self) -> Any:
        return self.scale**2

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.loc + _randn(self, sample_shape, self.loc) * self.scale

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return -((value - self.loc) ** 2) / (2 * self.scale**2) - T.log(self.scale) - 0.5 * LOG_2PI

    def cdf(self, value: Any) -> Any:
        return 0.5 * (1 + T.erf((value - self.loc) / (self.scale * math.sqrt(2))))

    def icdf(self, value: Any) -> Any:
        return self.loc + self.scale * T.erfinv(2 * value - 1) * math.sqrt(2)

    def entropy(self) -> Any:
        return 0.5 + 0.5 * LOG_2PI + T.log(self.scale)


class Laplace(Centred, _LocScale):
    """torch.distributions.Laplace(loc, scale)."""

    @property
    def variance(self) -> Any:
        return 2 * self.scale**2

    def rsample(self, sample_shape: Any = ()) -> Any:
        eps = T.finfo(self.loc.dtype).eps
        u = T.rand(tuple(self._extended_shape(sample_shape)), dtype=self.loc.dtype) * (2 - eps) - (1 - eps)
        return self.loc - self.scale * u.sign() * T.log1p(-u.abs())

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return -T.log(2 * self.scale) - (value - self.loc).abs() / self.scale

    def cdf(self, value: Any) -> Any:
        return 0.5 - 0.5 * (value - self.loc).sign() * T.expm1(-(value - self.loc).abs() / self.scale)

    def icdf(self, value: Any) -> Any:
        term = value - 0.5
        return self.loc - self.scale * term.sign() * T.log1p(-2 * term.abs())

    def entropy(self) -> Any:
        return 1 + T.log(2 * self.scale)


class Cauchy(_LocScale):
    """torch.distributions.Cauchy(loc, scale)."""

    @property
    def mean(self) -> Any:
        return T.full(tuple(self._extended_shape()), math.nan, dtype=self.loc.dtype)

    @property
    def mode(self) -> Any:
        return self.loc

    @property
    def variance(self) -> Any:
        return T.full(tuple(self._extended_shape()), math.inf, dtype=self.loc.dtype)

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.loc + self.scale * T.tan(math.pi * (_rand(self, sample_shape, self.loc) - 0.5))

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return -math.log(math.pi) - T.log(self.scale) - T.log1p(((value - self.loc) / self.scale) ** 2)

    def cdf(self, value: Any) -> Any:
        return T.atan((value - self.loc) / self.scale) / math.pi + 0.5

    def icdf(self, value: Any) -> Any:
        return T.tan(math.pi * (value - 0.5)) * self.scale + self.loc

    def entropy(self) -> Any:
        return math.log(4 * math.pi) + T.log(self.scale)


class Gumbel(_LocScale):
    """torch.distributions.Gumbel(loc, scale)."""

    @property
    def mean(self) -> Any:
        return self.loc + self.scale * EULER

    @property
    def mode(self) -> Any:
        return self.loc

    @property
    def stddev(self) -> Any:
        return (math.pi / math.sqrt(6)) * self.scale

    @property
    def variance(self) -> Any:
        return self.stddev**2

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.loc - self.scale * T.log(-T.log(_rand(self, sample_shape, self.loc)))

    def log_prob(self, value: Any) -> Any:
        z = (self.loc - value) / self.scale
        return z - T.exp(z) - T.log(self.scale)

    def cdf(self, value: Any) -> Any:
        u = T.exp(-T.exp(-(value - self.loc) / self.scale))
        finfo = T.finfo(u.dtype)
        if self._validate_args and not bool(((u >= finfo.tiny) & (u <= 1 - finfo.eps)).all()):
            # torch computes it through a Uniform(tiny, 1 - eps) base, whose support check refuses these
            raise ValueError(f"Expected value argument to be within the support of Gumbel's Uniform base, got {u}")
        return u

    def icdf(self, value: Any) -> Any:
        return self.loc - self.scale * T.log(-T.log(value))

    def entropy(self) -> Any:
        return T.log(self.scale) + 1 + EULER


class LogNormal(_LocScale):
    """torch.distributions.LogNormal(loc, scale): ``exp`` of a Normal."""

    support = positive

    @property
    def base_dist(self) -> Normal:
        return Normal(self.loc, self.scale, validate_args=False)

    @property
    def mean(self) -> Any:
        return T.exp(self.loc + self.scale**2 / 2)

    @property
    def mode(self) -> Any:
        return T.exp(self.loc - self.scale**2)

    @property
    def variance(self) -> Any:
        s2 = self.scale**2
        return T.expm1(s2) * T.exp(2 * self.loc + s2)

    def rsample(self, sample_shape: Any = ()) -> Any:
        return T.exp(self.base_dist.rsample(sample_shape))

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return self.base_dist.log_prob(T.log(value)) - T.log(value)

    def cdf(self, value: Any) -> Any:
        return self.base_dist.cdf(T.log(value))

    def icdf(self, value: Any) -> Any:
        return T.exp(self.base_dist.icdf(value))

    def entropy(self) -> Any:
        return self.base_dist.entropy() + self.loc


class _Half(Broadcast):
    """|X| for a zero-centred Normal or Cauchy of ``scale``."""

    arg_constraints = {"scale": positive}
    support = nonnegative
    has_rsample = True
    _base: Any = None

    _params = ("scale",)

    @property
    def base_dist(self) -> Any:
        return self._base(T.zeros_like(self.scale), self.scale, validate_args=False)

    @property
    def mode(self) -> Any:
        return T.zeros_like(self.scale)

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.base_dist.rsample(sample_shape).abs()

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        lp = self.base_dist.log_prob(value) + math.log(2)
        return T.where(value >= 0, lp, T.full_like(lp, -math.inf))

    def cdf(self, value: Any) -> Any:
        return 2 * self.base_dist.cdf(value) - 1

    def icdf(self, prob: Any) -> Any:
        return self.base_dist.icdf((prob + 1) / 2)

    def entropy(self) -> Any:
        return self.base_dist.entropy() - math.log(2)


class HalfNormal(_Half):
    """torch.distributions.HalfNormal(scale)."""

    _base = Normal

    @property
    def mean(self) -> Any:
        return self.scale * math.sqrt(2 / math.pi)

    @property
    def variance(self) -> Any:
        return self.scale**2 * (1 - 2 / math.pi)


class HalfCauchy(_Half):
    """torch.distributions.HalfCauchy(scale)."""

    _base = Cauchy

    @property
    def mean(self) -> Any:
        return T.full_like(self.scale, math.inf)

    @property
    def variance(self) -> Any:
        return T.full_like(self.scale, math.inf)


class Uniform(Distribution):
    """torch.distributions.Uniform(low, high): the half-open interval [low, high)."""

    arg_constraints = {"low": real, "high": real}
    has_rsample = True

    def __init__(self, low: Any, high: Any, validate_args: Any = None) -> None:
        self.low, self.high = broadcast_all(low, high)
        super().__init__(self.low.shape, validate_args=validate_args)
        if self._validate_args and not bool((self.low < self.high).all()):
            raise ValueError("Uniform is not defined when low>= high")

    @property
    def support(self) -> Any:  # type: ignore[override]
        return None

    @property
    def mean(self) -> Any:
        return (self.high + self.low) / 2

    @property
    def mode(self) -> Any:
        return T.full_like(self.high, math.nan)

    @property
    def stddev(self) -> Any:
        return (self.high - self.low) / 12**0.5

    @property
    def variance(self) -> Any:
        return (self.high - self.low) ** 2 / 12

    def rsample(self, sample_shape: Any = ()) -> Any:
        u = T.rand(tuple(self._extended_shape(sample_shape)), dtype=self.low.dtype)
        return self.low + u * (self.high - self.low)

    def log_prob(self, value: Any) -> Any:
        if self._validate_args and not bool(((value >= self.low) & (value < self.high)).all()):
            raise ValueError("Expected value argument to be within the support of the distribution Uniform()")
        inside = ((self.low <= value) & (self.high > value)).to(self.low.dtype)
        return T.log(inside) - T.log(self.high - self.low)

    def cdf(self, value: Any) -> Any:
        return ((value - self.low) / (self.high - self.low)).clamp(min=0, max=1)

    def icdf(self, value: Any) -> Any:
        return value * (self.high - self.low) + self.low

    def entropy(self) -> Any:
        return T.log(self.high - self.low)


class Exponential(Broadcast, ExponentialFamily, constraints={"rate": positive}):
    """torch.distributions.Exponential(rate)."""

    support = nonnegative
    has_rsample = True

    @property
    def mean(self) -> Any:
        return self.rate.reciprocal()

    @property
    def mode(self) -> Any:
        return T.zeros_like(self.rate)

    @property
    def stddev(self) -> Any:
        return self.rate.reciprocal()

    @property
    def variance(self) -> Any:
        return self.rate.pow(-2)

    def rsample(self, sample_shape: Any = ()) -> Any:
        return -T.log(_rand(self, sample_shape, self.rate)) / self.rate

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return T.log(self.rate) - self.rate * value

    def cdf(self, value: Any) -> Any:
        return 1 - T.exp(-self.rate * value)

    def icdf(self, value: Any) -> Any:
        return -T.log1p(-value) / self.rate

    def entropy(self) -> Any:
        return 1.0 - T.log(self.rate)


class Pareto(Broadcast):
    """torch.distributions.Pareto(scale, alpha)."""

    arg_constraints = {"alpha": positive, "scale": positive}
    has_rsample = True

    _params = ("scale", "alpha")

    @property
    def mean(self) -> Any:
        a = self.alpha.clamp(min=1)
        return a * self.scale / (a - 1)

    @property
    def mode(self) -> Any:
        return self.scale

    @property
    def variance(self) -> Any:
        a = self.alpha.clamp(min=2)
        return self.scale.pow(2) * a / ((a - 1).pow(2) * (a - 2))

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.scale * T.exp(-T.log(_rand(self, sample_shape, self.scale)) / self.alpha)

    def log_prob(self, value: Any) -> Any:
        lp = T.log(self.alpha) + self.alpha * T.log(self.scale) - (self.alpha + 1) * T.log(value)
        return T.where(value >= self.scale, lp, T.full_like(lp, -math.inf))

    def cdf(self, value: Any) -> Any:
        return 1 - (self.scale / value).pow(self.alpha)

    def icdf(self, value: Any) -> Any:
        return self.scale * (1 - value).pow(-self.alpha.reciprocal())

    def entropy(self) -> Any:
        return T.log(self.scale / self.alpha) + self.alpha.reciprocal() + 1


class Weibull(Broadcast, constraints={"scale": positive, "concentration": positive}):
    """torch.distributions.Weibull(scale, concentration)."""

    support = positive
    has_rsample = True

    @property
    def mean(self) -> Any:
        return self.scale * T.exp(T.lgamma(1 + self.concentration.reciprocal()))

    @property
    def mode(self) -> Any:
        k = self.concentration
        return self.scale * ((k - 1) / k) ** k.reciprocal()

    @property
    def variance(self) -> Any:
        k = self.concentration
        return self.scale.pow(2) * (T.exp(T.lgamma(1 + 2 / k)) - T.exp(2 * T.lgamma(1 + 1 / k)))

    def rsample(self, sample_shape: Any = ()) -> Any:
        e = -T.log(_rand(self, sample_shape, self.scale))
        return self.scale * e.pow(self.concentration.reciprocal())

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        k, z = self.concentration, value / self.scale
        return T.log(k / self.scale) + (k - 1) * T.log(z) - z.pow(k)

    def cdf(self, value: Any) -> Any:
        return 1 - T.exp(-(value / self.scale).pow(self.concentration))

    def icdf(self, value: Any) -> Any:
        return self.scale * (-T.log1p(-value)).pow(self.concentration.reciprocal())

    def entropy(self) -> Any:
        k = self.concentration
        return EULER * (1 - k.reciprocal()) + T.log(self.scale * k.reciprocal()) + 1


class Kumaraswamy(Broadcast, constraints={"concentration1": positive, "concentration0": positive}):
    """torch.distributions.Kumaraswamy(concentration1, concentration0) on (0, 1)."""

    support = unit_interval
    has_rsample = True

    def _moment(self, n: int) -> Any:
        a, b = self.concentration1, self.concentration0
        return b * T.exp(T.lgamma(1 + n / a) + T.lgamma(b) - T.lgamma(1 + b + n / a))

    @property
    def mean(self) -> Any:
        return self._moment(1)

    @property
    def mode(self) -> Any:
        """torch's expression, evaluated in log space as torch evaluates it (NaN where either is < 1)."""
        a, b = self.concentration1, self.concentration0
        log_mode = b.reciprocal() * T.log1p(-b) - T.log1p(-b * a)
        return T.where((a < 1) | (b < 1), T.full_like(a, math.nan), T.exp(log_mode))

    def cdf(self, value: Any) -> Any:
        return 1 - (1 - value.pow(self.concentration1)).pow(self.concentration0)

    def icdf(self, value: Any) -> Any:
        return (1 - (1 - value).pow(self.concentration0.reciprocal())).pow(self.concentration1.reciprocal())

    @property
    def variance(self) -> Any:
        return self._moment(2) - self._moment(1) ** 2

    def rsample(self, sample_shape: Any = ()) -> Any:
        u = _rand(self, sample_shape, self.concentration1)
        return (1 - (1 - u).pow(self.concentration0.reciprocal())).pow(self.concentration1.reciprocal())

    def log_prob(self, value: Any) -> Any:
        a, b = self.concentration1, self.concentration0
        return T.log(a) + T.log(b) + (a - 1) * T.log(value) + (b - 1) * T.log1p(-value.pow(a))

    def entropy(self) -> Any:
        a, b = self.concentration1, self.concentration0
        harmonic = T.digamma(b + 1) + EULER
        return (1 - b.reciprocal()) + (1 - a.reciprocal()) * harmonic - T.log(a) - T.log(b)


class GeneralizedPareto(Broadcast, constraints={"loc": real, "scale": positive, "concentration": real}):
    """torch.distributions.GeneralizedPareto(loc, scale, concentration)."""

    has_rsample = True

    def _z(self, value: Any) -> Any:
        return (value - self.loc) / self.scale

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.icdf(_rand(self, sample_shape, self.loc))

    def log_prob(self, value: Any) -> Any:
        z, k = self._z(value), self.concentration
        safe_k = T.where(k == 0, T.ones_like(k), k)
        general = -(1 + 1 / safe_k) * T.log1p(safe_k * z)
        lp = T.where(k == 0, -z, general) - T.log(self.scale)
        upper = T.where(k < 0, -1 / safe_k, T.full_like(k, math.inf))
        inside = (z >= 0) & (z <= upper)
        return T.where(inside, lp, T.full_like(lp, -math.inf))

    def cdf(self, value: Any) -> Any:
        z, k = self._z(value).clamp(min=0), self.concentration
        safe_k = T.where(k == 0, T.ones_like(k), k)
        survival = T.where(k == 0, T.exp(-z), T.exp(-T.log1p(safe_k * z) / safe_k))
        return (1 - survival).clamp(min=0, max=1)

    def icdf(self, value: Any) -> Any:
        k = self.concentration
        safe_k = T.where(k == 0, T.ones_like(k), k)
        log1mp = T.log1p(-value)
        z = T.where(k == 0, -log1mp, T.expm1(-safe_k * log1mp) / safe_k)
        return self.loc + self.scale * z

    @property
    def mean(self) -> Any:
        k = self.concentration
        return T.where(k < 1, self.loc + self.scale / (1 - k), T.full_like(k, math.inf))

    @property
    def variance(self) -> Any:
        k = self.concentration
        return T.where(k < 0.5, self.scale**2 / ((1 - k) ** 2 * (1 - 2 * k)), T.full_like(k, math.inf))

    @property
    def mode(self) -> Any:
        return self.loc

    def entropy(self) -> Any:
        return T.log(self.scale) + self.concentration + 1
