# ruff: noqa: N812, RUF012 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""The gamma family of ``torch.distributions``: Gamma, Chi2, InverseGamma, Beta, Dirichlet,
StudentT and FisherSnedecor (closed forms on the core's lgamma/digamma/gammainc)."""

from __future__ import annotations

import math
from typing import Any

from ivy_frontends import torch as T
from ivy_frontends.torch.distributions._base import (
    Broadcast,
    ExponentialFamily,
    broadcast_all,
    positive,
    real,
    simplex,
    unit_interval,
)


def standard_gamma(concentration: Any) -> Any:
    """Gamma(concentration, 1) samples by Marsaglia and Tsang's method, run on whole tensors.

    Each round accepts a proposal with probability above 0.95, so 24 rounds leave no
    element unaccepted in practice; shapes below 1 are boosted (``G(a + 1) * U ** (1 / a)``).
    """
    a = concentration
    boosted = a < 1
    d = T.where(boosted, a + 1, a) - 1 / 3
    c = 1 / T.sqrt(9 * d)
    result = T.zeros_like(a)
    done = T.zeros_like(a, dtype=T.bool)
    for _ in range(24):
        x = T.randn(tuple(a.shape), dtype=a.dtype)
        v = (1 + c * x) ** 3
        u = T.rand(tuple(a.shape), dtype=a.dtype).clamp(min=T.finfo(a.dtype).tiny)
        safe_v = T.where(v > 0, v, T.ones_like(v))
        accept = (v > 0) & (T.log(u) < 0.5 * x * x + d - d * safe_v + d * T.log(safe_v)) & ~done
        result = T.where(accept, d * safe_v, result)
        done = done | accept
    boost = T.rand(tuple(a.shape), dtype=a.dtype).clamp(min=T.finfo(a.dtype).tiny) ** (1 / a)
    return T.where(boosted, result * boost, result).clamp(min=T.finfo(a.dtype).tiny)


class Gamma(Broadcast, ExponentialFamily, constraints={"concentration": positive, "rate": positive}):
    """torch.distributions.Gamma(concentration, rate)."""

    support = positive
    has_rsample = True

    @property
    def mean(self) -> Any:
        return self.concentration / self.rate

    @property
    def mode(self) -> Any:
        return ((self.concentration - 1) / self.rate).clamp(min=0)

    @property
    def variance(self) -> Any:
        return self.concentration / self.rate.pow(2)

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        return standard_gamma(self.concentration.expand(*shape)) / self.rate.expand(*shape)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        a, r = self.concentration, self.rate
        return T.xlogy(a, r) + T.xlogy(a - 1, value) - r * value - T.lgamma(a)

    def cdf(self, value: Any) -> Any:
        return T.special.gammainc(self.concentration, self.rate * value)

    def entropy(self) -> Any:
        a = self.concentration
        return a - T.log(self.rate) + T.lgamma(a) + (1.0 - a) * T.digamma(a)


class Chi2(Gamma):
    """torch.distributions.Chi2(df): Gamma(df / 2, 1 / 2)."""

    arg_constraints = {"df": positive}

    def __init__(self, df: Any, validate_args: Any = None) -> None:
        (df,) = broadcast_all(df)
        self.df = df
        super().__init__(0.5 * df, T.full_like(df, 0.5), validate_args=validate_args)


class InverseGamma(Broadcast, constraints={"concentration": positive, "rate": positive}):
    """torch.distributions.InverseGamma(concentration, rate): ``1 / X`` for X ~ Gamma."""

    support = positive
    has_rsample = True

    @property
    def base_dist(self) -> Gamma:
        return Gamma(self.concentration, self.rate, validate_args=False)

    @property
    def mean(self) -> Any:
        a = self.concentration
        return T.where(a > 1, self.rate / (a - 1), T.full_like(a, math.inf))

    @property
    def mode(self) -> Any:
        return self.rate / (self.concentration + 1)

    @property
    def variance(self) -> Any:
        a = self.concentration
        return T.where(a > 2, self.rate.pow(2) / ((a - 1).pow(2) * (a - 2)), T.full_like(a, math.inf))

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.base_dist.rsample(sample_shape).reciprocal()

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        return self.base_dist.log_prob(value.reciprocal()) - 2 * T.log(value)

    def cdf(self, value: Any) -> Any:
        return T.special.gammaincc(self.concentration, self.rate / value)

    def entropy(self) -> Any:
        a = self.concentration
        return a + T.log(self.rate) + T.lgamma(a) - (1 + a) * T.digamma(a)


class Dirichlet(ExponentialFamily):
    """torch.distributions.Dirichlet(concentration) on the simplex of the last dimension."""

    arg_constraints = {"concentration": positive}
    support = simplex
    has_rsample = True

    def __init__(self, concentration: Any, validate_args: Any = None) -> None:
        if concentration.dim() < 1:
            raise ValueError("`concentration` parameter must be at least one-dimensional.")
        self.concentration = concentration
        super().__init__(concentration.shape[:-1], concentration.shape[-1:], validate_args=validate_args)

    @property
    def mean(self) -> Any:
        return self.concentration / self.concentration.sum(-1, True)

    @property
    def mode(self) -> Any:
        """torch's mode: the clamped ``c - 1`` normalized; the first vertex where every ``c < 1``."""
        c = (self.concentration - 1).clamp(min=0.0)
        mode = c / c.sum(-1, True)
        vertex = T.nn.functional.one_hot(T.zeros(tuple(c.shape[:-1]), dtype=T.int64), c.shape[-1]).to(c.dtype)
        return T.where((self.concentration < 1).all(-1, keepdim=True), vertex, mode)

    @property
    def variance(self) -> Any:
        c0 = self.concentration.sum(-1, True)
        return self.concentration * (c0 - self.concentration) / (c0.pow(2) * (c0 + 1))

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        g = standard_gamma(self.concentration.expand(*shape))
        return g / g.sum(-1, True)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        c = self.concentration
        return T.xlogy(c - 1.0, value).sum(-1) + T.lgamma(c.sum(-1)) - T.lgamma(c).sum(-1)

    def entropy(self) -> Any:
        c = self.concentration
        k, c0 = c.shape[-1], c.sum(-1)
        return T.lgamma(c).sum(-1) - T.lgamma(c0) - (k - c0) * T.digamma(c0) - ((c - 1.0) * T.digamma(c)).sum(-1)


class Beta(Broadcast, ExponentialFamily, constraints={"concentration1": positive, "concentration0": positive}):
    """torch.distributions.Beta(concentration1, concentration0)."""

    support = unit_interval
    has_rsample = True

    @property
    def mean(self) -> Any:
        return self.concentration1 / (self.concentration1 + self.concentration0)

    @property
    def mode(self) -> Any:
        return Dirichlet(T.stack([self.concentration1, self.concentration0], -1), validate_args=False).mode[..., 0]

    @property
    def variance(self) -> Any:
        a, b = self.concentration1, self.concentration0
        total = a + b
        return a * b / (total.pow(2) * (total + 1))

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        x = standard_gamma(self.concentration1.expand(*shape))
        y = standard_gamma(self.concentration0.expand(*shape))
        return x / (x + y)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        a, b = self.concentration1, self.concentration0
        return T.xlogy(a - 1, value) + T.xlogy(b - 1, 1 - value) + T.lgamma(a + b) - T.lgamma(a) - T.lgamma(b)

    def entropy(self) -> Any:
        a, b = self.concentration1, self.concentration0
        log_beta = T.lgamma(a) + T.lgamma(b) - T.lgamma(a + b)
        return log_beta - (a - 1) * T.digamma(a) - (b - 1) * T.digamma(b) + (a + b - 2) * T.digamma(a + b)


class StudentT(Broadcast, constraints={"df": positive, "loc": real, "scale": positive}):
    """torch.distributions.StudentT(df, loc, scale)."""

    support = real
    has_rsample = True

    _defaults = {"loc": 0.0, "scale": 1.0}

    @property
    def mean(self) -> Any:
        return T.where(self.df > 1, self.loc, T.full_like(self.loc, math.nan))

    @property
    def mode(self) -> Any:
        return self.loc

    @property
    def variance(self) -> Any:
        df = self.df
        finite = self.scale.pow(2) * df / (df - 2).clamp(min=1e-30)
        v = T.where(df > 2, finite, T.full_like(df, math.inf))
        return T.where(df <= 1, T.full_like(df, math.nan), v)

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        x = T.randn(shape, dtype=self.df.dtype)
        z = standard_gamma(0.5 * self.df.expand(*shape)) * 2
        return self.loc + self.scale * x * T.rsqrt(z / self.df)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        df = self.df
        y = (value - self.loc) / self.scale
        z = (
            T.log(self.scale)
            + 0.5 * T.log(df)
            + 0.5 * math.log(math.pi)
            + T.lgamma(0.5 * df)
            - T.lgamma(0.5 * (df + 1.0))
        )
        return -0.5 * (df + 1.0) * T.log1p(y**2.0 / df) - z

    def entropy(self) -> Any:
        df = self.df
        lbeta = T.lgamma(0.5 * df) + math.lgamma(0.5) - T.lgamma(0.5 * (df + 1))
        return (
            T.log(self.scale)
            + 0.5 * (df + 1) * (T.digamma(0.5 * (df + 1)) - T.digamma(0.5 * df))
            + 0.5 * T.log(df)
            + lbeta
        )


class FisherSnedecor(Broadcast, constraints={"df1": positive, "df2": positive}):
    """torch.distributions.FisherSnedecor(df1, df2)."""

    support = positive
    has_rsample = True

    @property
    def mean(self) -> Any:
        df2 = self.df2
        return T.where(df2 > 2, df2 / (df2 - 2).clamp(min=1e-30), T.full_like(df2, math.nan))

    @property
    def mode(self) -> Any:
        df1, df2 = self.df1, self.df2
        return T.where(df1 > 2, (df1 - 2) / df1 * df2 / (df2 + 2), T.full_like(df1, math.nan))

    @property
    def variance(self) -> Any:
        df1, df2 = self.df1, self.df2
        v = 2 * df2.pow(2) * (df1 + df2 - 2) / (df1 * (df2 - 2).pow(2) * (df2 - 4).clamp(min=1e-30))
        return T.where(df2 > 4, v, T.full_like(df2, math.nan))

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        x1 = standard_gamma(0.5 * self.df1.expand(*shape)) / (0.5 * self.df1)
        x2 = standard_gamma(0.5 * self.df2.expand(*shape)) / (0.5 * self.df2)
        return x1 / x2

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        ct1, ct2 = self.df1 * 0.5, self.df2 * 0.5
        ct3 = self.df1 / self.df2
        t1 = T.lgamma(ct1 + ct2) - T.lgamma(ct1) - T.lgamma(ct2)
        t2 = ct1 * T.log(ct3) + (ct1 - 1) * T.log(value)
        t3 = (ct1 + ct2) * T.log1p(ct3 * value)
        return t1 + t2 - t3
