# ruff: noqa: N812, RUF012, E501 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""Discrete distributions of ``torch.distributions`` (and their relaxed, continuous versions),
parametrized by ``probs`` or ``logits`` as torch parametrizes them."""

from __future__ import annotations

import math
from typing import Any

from ivy_frontends import torch as T
from ivy_frontends.torch.distributions._base import (
    Broadcast,
    Distribution,
    ExponentialFamily,
    boolean,
    broadcast_all,
    clamp_probs,
    logits_to_probs,
    nonnegative,
    nonnegative_integer,
    one_of,
    positive,
    probs_to_logits,
    real,
    simplex,
    unit_interval,
)

_F = T.nn.functional


class _Binary(Distribution):
    """Shared ``probs``/``logits`` handling of the one-probability families."""

    arg_constraints = {"probs": unit_interval, "logits": real}

    def __init__(self, probs: Any = None, logits: Any = None, validate_args: Any = None, extra: tuple = ()) -> None:
        one_of(probs, logits)
        values = broadcast_all(probs if probs is not None else logits, *extra)
        main = values[0]
        if probs is not None:
            self.probs, self.logits = main, probs_to_logits(main, is_binary=True)
        else:
            self.logits, self.probs = main, logits_to_probs(main, is_binary=True)
        self._given = "probs" if probs is not None else "logits"
        self._extra = values[1:]
        super().__init__(main.shape, validate_args=validate_args)

    @property
    def param_shape(self) -> Any:
        return self.probs.shape


class Bernoulli(_Binary, ExponentialFamily):
    """torch.distributions.Bernoulli(probs | logits)."""

    support = boolean
    has_enumerate_support = True

    @property
    def mean(self) -> Any:
        return self.probs

    @property
    def mode(self) -> Any:
        mode = (self.probs >= 0.5).to(self.probs.dtype)
        return T.where(self.probs == 0.5, T.full_like(mode, math.nan), mode)

    @property
    def variance(self) -> Any:
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        return T.bernoulli(self.probs.expand(*shape))

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        logits, value = T.broadcast_tensors(self.logits, value)
        return -_F.binary_cross_entropy_with_logits(logits, value, reduction="none")

    def entropy(self) -> Any:
        return _F.binary_cross_entropy_with_logits(self.logits, self.probs, reduction="none")

    def enumerate_support(self, expand: bool = True) -> Any:
        values = T.arange(2, dtype=self.probs.dtype).reshape(-1, *(1,) * len(self.batch_shape))
        return values.expand(2, *self.batch_shape) if expand else values


class Geometric(_Binary):
    """torch.distributions.Geometric(probs | logits): failures before the first success."""

    support = nonnegative_integer

    @property
    def mean(self) -> Any:
        return 1.0 / self.probs - 1.0

    @property
    def mode(self) -> Any:
        return T.zeros_like(self.probs)

    @property
    def variance(self) -> Any:
        return (1.0 / self.probs - 1.0) / self.probs

    def sample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        u = T.rand(shape, dtype=self.probs.dtype).clamp(min=T.finfo(self.probs.dtype).tiny)
        return T.floor(T.log(u) / T.log1p(-self.probs))

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        value, probs = T.broadcast_tensors(value, self.probs)
        safe = T.where((probs == 1) & (value == 0), T.zeros_like(probs), probs)
        return value * T.log1p(-safe) + T.log(self.probs)

    def entropy(self) -> Any:
        return _F.binary_cross_entropy_with_logits(self.logits, self.probs, reduction="none") / self.probs


class Categorical(Distribution):
    """torch.distributions.Categorical(probs | logits) over the last dimension's categories."""

    arg_constraints = {"probs": simplex, "logits": real}
    has_enumerate_support = True

    def __init__(self, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        one_of(probs, logits)
        if probs is not None:
            if probs.dim() < 1:
                raise ValueError("`probs` parameter must be at least one-dimensional.")
            self.probs = probs / probs.sum(-1, keepdim=True)
            self.logits = probs_to_logits(self.probs)
        else:
            if logits.dim() < 1:
                raise ValueError("`logits` parameter must be at least one-dimensional.")
            self.logits = logits - logits.logsumexp(dim=-1, keepdim=True)
            self.probs = logits_to_probs(self.logits)
        self._num_events = self.probs.shape[-1]
        super().__init__(self.probs.shape[:-1], validate_args=validate_args)

    @property
    def support(self) -> Any:  # type: ignore[override]
        return None

    @property
    def param_shape(self) -> Any:
        return self.probs.shape

    @property
    def mean(self) -> Any:
        return T.full(tuple(self._extended_shape()), math.nan, dtype=self.probs.dtype)

    @property
    def mode(self) -> Any:
        return self.probs.argmax(-1)

    @property
    def variance(self) -> Any:
        return T.full(tuple(self._extended_shape()), math.nan, dtype=self.probs.dtype)

    def sample(self, sample_shape: Any = ()) -> Any:
        n = math.prod(tuple(sample_shape))
        probs_2d = self.probs.reshape(-1, self._num_events)
        samples = T.multinomial(probs_2d, n, True).T if n else T.zeros((0, probs_2d.shape[0]), dtype=T.int64)
        return samples.reshape(*tuple(self._extended_shape(sample_shape)))

    def log_prob(self, value: Any) -> Any:
        if self._validate_args and not bool(((value >= 0) & (value < self._num_events)).all()):
            raise ValueError(
                f"Expected value argument to be within the support (IntegerInterval(lower_bound=0, upper_bound={self._num_events - 1}))"
            )
        value = value.long().unsqueeze(-1)
        value, log_pmf = T.broadcast_tensors(value, self.logits)
        return log_pmf.gather(-1, value[..., :1]).squeeze(-1)

    def entropy(self) -> Any:
        logits = self.logits.clamp(min=T.finfo(self.logits.dtype).min)
        return -(logits * self.probs).sum(-1)

    def enumerate_support(self, expand: bool = True) -> Any:
        values = T.arange(self._num_events, dtype=T.int64).reshape(-1, *(1,) * len(self.batch_shape))
        return values.expand(self._num_events, *self.batch_shape) if expand else values


class OneHotCategorical(Distribution):
    """torch.distributions.OneHotCategorical(probs | logits): one-hot vectors of a Categorical."""

    arg_constraints = {"probs": simplex, "logits": real}
    has_enumerate_support = True

    def __init__(self, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        self._categorical = Categorical(probs, logits, validate_args=validate_args)
        self.probs, self.logits = self._categorical.probs, self._categorical.logits
        super().__init__(self._categorical.batch_shape, self.probs.shape[-1:], validate_args=False)

    @property
    def mean(self) -> Any:
        return self._categorical.probs

    @property
    def mode(self) -> Any:
        return _F.one_hot(self.probs.argmax(-1), self.probs.shape[-1]).to(self.probs.dtype)

    @property
    def variance(self) -> Any:
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape: Any = ()) -> Any:
        index = self._categorical.sample(sample_shape)
        return _F.one_hot(index, self.probs.shape[-1]).to(self.probs.dtype)

    def log_prob(self, value: Any) -> Any:
        return self._categorical.log_prob(value.max(-1)[1])

    def entropy(self) -> Any:
        return self._categorical.entropy()

    def enumerate_support(self, expand: bool = True) -> Any:
        n = self.event_shape[0]
        values = T.eye(n, dtype=self.probs.dtype).reshape(n, *(1,) * len(self.batch_shape), n)
        return values.expand(n, *self.batch_shape, n) if expand else values


class OneHotCategoricalStraightThrough(OneHotCategorical):
    """torch.distributions.OneHotCategoricalStraightThrough: ``rsample`` is the one-hot sample."""

    has_rsample = True

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.sample(sample_shape) + (self.probs - self.probs.detach())


class Poisson(Broadcast, ExponentialFamily, constraints={"rate": positive}):
    """torch.distributions.Poisson(rate)."""

    support = nonnegative_integer

    @property
    def mean(self) -> Any:
        return self.rate

    @property
    def mode(self) -> Any:
        return self.rate.floor()

    @property
    def variance(self) -> Any:
        return self.rate

    def sample(self, sample_shape: Any = ()) -> Any:
        return T.poisson(self.rate.expand(*tuple(self._extended_shape(sample_shape))))

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        rate, value = T.broadcast_tensors(self.rate, value)
        return value.xlogy(rate) - rate - T.lgamma(value + 1)


def _clamp_by_zero(x: Any) -> Any:
    return (x.clamp(min=0) + x - x.clamp(max=0)) / 2


class Binomial(_Binary):
    """torch.distributions.Binomial(total_count, probs | logits)."""

    arg_constraints = {"total_count": nonnegative_integer, "probs": unit_interval, "logits": real}
    has_enumerate_support = True

    def __init__(self, total_count: Any = 1, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        super().__init__(probs, logits, validate_args=False, extra=(total_count,))
        self.total_count = (
            self._extra[0].to(self.probs.dtype) if self._extra[0].dtype != self.probs.dtype else self._extra[0]
        )
        if validate_args is not False:
            Distribution.__init__(self, self.probs.shape, validate_args=validate_args)

    @property
    def support(self) -> Any:  # type: ignore[override]
        return None

    @property
    def mean(self) -> Any:
        return self.total_count * self.probs

    @property
    def mode(self) -> Any:
        return ((self.total_count + 1) * self.probs).floor().clamp(max=self.total_count)

    @property
    def variance(self) -> Any:
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        n = int(self.total_count.max()) if self.total_count.numel() else 0
        probs, count = self.probs.expand(*shape), self.total_count.expand(*shape)
        draws = T.rand((n, *shape), dtype=probs.dtype) < probs
        k = T.arange(n, dtype=probs.dtype).reshape(n, *(1,) * len(shape))
        return (draws & (k < count)).to(probs.dtype).sum(0)

    def log_prob(self, value: Any) -> Any:
        n = self.total_count
        log_factorial_n = T.lgamma(n + 1)
        log_factorial_k = T.lgamma(value + 1)
        log_factorial_nmk = T.lgamma(n - value + 1)
        normalize = n * _clamp_by_zero(self.logits) + n * T.log1p(T.exp(-self.logits.abs())) - log_factorial_n
        return value * self.logits - log_factorial_k - log_factorial_nmk - normalize

    def enumerate_support(self, expand: bool = True) -> Any:
        n = int(self.total_count.max())
        if not bool((self.total_count == n).all()):
            raise NotImplementedError("Inhomogeneous total count not supported by `enumerate_support`.")
        values = T.arange(1 + n, dtype=self.probs.dtype).reshape(-1, *(1,) * len(self.batch_shape))
        return values.expand(1 + n, *self.batch_shape) if expand else values

    def entropy(self) -> Any:
        support = self.enumerate_support(False)
        log_prob = self.log_prob(support)
        return -(T.exp(log_prob) * log_prob).sum(0)


class NegativeBinomial(_Binary):
    """torch.distributions.NegativeBinomial(total_count, probs | logits): failures before ``total_count`` successes."""

    arg_constraints = {"total_count": nonnegative, "probs": unit_interval, "logits": real}
    support = nonnegative_integer

    def __init__(self, total_count: Any, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        super().__init__(probs, logits, validate_args=validate_args, extra=(total_count,))
        self.total_count = (
            self._extra[0].to(self.probs.dtype) if self._extra[0].dtype != self.probs.dtype else self._extra[0]
        )

    @property
    def mean(self) -> Any:
        return self.total_count * T.exp(self.logits)

    @property
    def mode(self) -> Any:
        return ((self.total_count - 1) * T.exp(self.logits)).floor().clamp(min=0.0)

    @property
    def variance(self) -> Any:
        return self.mean / T.sigmoid(-self.logits)

    def sample(self, sample_shape: Any = ()) -> Any:
        from ivy_frontends.torch.distributions._gamma import Gamma

        rate = Gamma(self.total_count, T.exp(-self.logits), validate_args=False).sample(sample_shape)
        return T.poisson(rate)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        n = self.total_count
        unnormalized = n * _F.logsigmoid(-self.logits) + value * _F.logsigmoid(self.logits)
        normalization = -T.lgamma(n + value) + T.lgamma(1.0 + value) + T.lgamma(n)
        normalization = T.where(n + value == 0.0, T.zeros_like(normalization), normalization)
        return unnormalized - normalization


class Multinomial(Distribution):
    """torch.distributions.Multinomial(total_count, probs | logits): counts over the categories."""

    arg_constraints = {"probs": simplex, "logits": real}

    def __init__(self, total_count: int = 1, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        if not isinstance(total_count, int):
            raise NotImplementedError("inhomogeneous total_count is not supported")
        self.total_count = total_count
        self._categorical = Categorical(probs=probs, logits=logits, validate_args=validate_args)
        self.probs, self.logits = self._categorical.probs, self._categorical.logits
        super().__init__(self._categorical.batch_shape, self.probs.shape[-1:], validate_args=False)

    @property
    def mean(self) -> Any:
        return self.probs * self.total_count

    @property
    def variance(self) -> Any:
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape: Any = ()) -> Any:
        index = self._categorical.sample(T.Size((self.total_count, *tuple(sample_shape))))
        return _F.one_hot(index, self.probs.shape[-1]).to(self.probs.dtype).sum(0)

    def log_prob(self, value: Any) -> Any:
        logits, value = T.broadcast_tensors(self.logits, value)
        logits = T.where((value == 0) & (logits == -math.inf), T.zeros_like(logits), logits)
        log_factorial_n = T.lgamma(value.sum(-1) + 1)
        log_factorial_xs = T.lgamma(value + 1).sum(-1)
        return log_factorial_n - log_factorial_xs + (logits * value).sum(-1)


class RelaxedBernoulli(_Binary):
    """torch.distributions.RelaxedBernoulli(temperature, probs | logits) on (0, 1)."""

    support = unit_interval
    has_rsample = True

    def __init__(self, temperature: Any, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        super().__init__(probs, logits, validate_args=validate_args)
        self.temperature = (
            temperature if isinstance(temperature, T.Tensor) else T.tensor(float(temperature), dtype=self.probs.dtype)
        )

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        u = clamp_probs(T.rand(shape, dtype=self.probs.dtype))
        return T.sigmoid((T.log(u) - T.log1p(-u) + self.logits) / self.temperature)

    def log_prob(self, value: Any) -> Any:
        finfo = T.finfo(value.dtype)
        y = value.clamp(min=finfo.tiny, max=1.0 - finfo.eps)
        x = T.log(y) - T.log1p(-y)
        diff = self.logits - x * self.temperature
        base = T.log(self.temperature) + diff - 2 * _F.softplus(diff)
        return base + _F.softplus(-x) + _F.softplus(x)


class RelaxedOneHotCategorical(Distribution):
    """torch.distributions.RelaxedOneHotCategorical(temperature, probs | logits) on the simplex."""

    arg_constraints = {"probs": simplex, "logits": real}
    support = simplex
    has_rsample = True

    def __init__(self, temperature: Any, probs: Any = None, logits: Any = None, validate_args: Any = None) -> None:
        self._categorical = Categorical(probs, logits, validate_args=validate_args)
        self.probs, self.logits = self._categorical.probs, self._categorical.logits
        self.temperature = (
            temperature if isinstance(temperature, T.Tensor) else T.tensor(float(temperature), dtype=self.probs.dtype)
        )
        super().__init__(self._categorical.batch_shape, self.probs.shape[-1:], validate_args=False)

    def rsample(self, sample_shape: Any = ()) -> Any:
        shape = tuple(self._extended_shape(sample_shape))
        u = clamp_probs(T.rand(shape, dtype=self.logits.dtype))
        scores = (self.logits - T.log(-T.log(u))) / self.temperature
        return T.exp(scores - scores.logsumexp(dim=-1, keepdim=True))

    def log_prob(self, value: Any) -> Any:
        x = T.log(value)
        k = self._categorical._num_events
        log_scale = math.lgamma(k) - T.log(self.temperature) * (-(k - 1))
        score = self.logits - x * self.temperature
        score = (score - score.logsumexp(dim=-1, keepdim=True)).sum(-1)
        return score + log_scale - x.sum(-1)


class ContinuousBernoulli(_Binary, ExponentialFamily):
    """torch.distributions.ContinuousBernoulli(probs | logits) on [0, 1] (Loaiza-Ganem and Cunningham)."""

    support = unit_interval
    has_rsample = True
    _lims = (0.499, 0.501)

    def _outside(self) -> Any:
        return (self.probs <= self._lims[0]) | (self.probs >= self._lims[1])

    def _cut_probs(self) -> Any:
        return T.where(self._outside(), self.probs, self._lims[0] * T.ones_like(self.probs))

    def _log_normalizer(self) -> Any:
        cut = self._cut_probs()
        cut_below = T.where(T.le(cut, 0.5), cut, T.zeros_like(cut))
        cut_above = T.where(T.ge(cut, 0.5), cut, T.ones_like(cut))
        log_norm = T.log(T.abs(T.log1p(-cut) - T.log(cut))) - T.where(
            T.le(cut, 0.5), T.log1p(-2.0 * cut_below), T.log(2.0 * cut_above - 1.0)
        )
        x = (self.probs - 0.5) ** 2
        taylor = math.log(2.0) + (4.0 / 3.0 + 104.0 / 45.0 * x) * x
        return T.where(self._outside(), log_norm, taylor)

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        logits, value = T.broadcast_tensors(self.logits, value)
        return -_F.binary_cross_entropy_with_logits(logits, value, reduction="none") + self._log_normalizer()

    @property
    def mean(self) -> Any:
        cut = self._cut_probs()
        mus = cut / (2.0 * cut - 1.0) + 1.0 / (T.log1p(-cut) - T.log(cut))
        x = self.probs - 0.5
        taylor = 0.5 + (1.0 / 3.0 + 16.0 / 45.0 * x**2) * x
        return T.where(self._outside(), mus, taylor)

    @property
    def variance(self) -> Any:
        cut = self._cut_probs()
        vars_ = cut * (cut - 1.0) / (1.0 - 2.0 * cut) ** 2 + 1.0 / (T.log1p(-cut) - T.log(cut)) ** 2
        x = (self.probs - 0.5) ** 2
        taylor = 1.0 / 12.0 - (1.0 / 15.0 - 128.0 / 945.0 * x) * x
        return T.where(self._outside(), vars_, taylor)

    def icdf(self, value: Any) -> Any:
        cut = self._cut_probs()
        inside = (T.log1p(-cut + value * (2.0 * cut - 1.0)) - T.log1p(-cut)) / (T.log(cut) - T.log1p(-cut))
        return T.where(self._outside(), inside, value)

    def cdf(self, value: Any) -> Any:
        cut = self._cut_probs()
        cdfs = (cut**value * (1.0 - cut) ** (1.0 - value) + cut - 1.0) / (2.0 * cut - 1.0)
        unbounded = T.where(self._outside(), cdfs, value)
        return T.where(T.le(value, 0.0), T.zeros_like(value), T.where(T.ge(value, 1.0), T.ones_like(value), unbounded))

    def rsample(self, sample_shape: Any = ()) -> Any:
        u = T.rand(tuple(self._extended_shape(sample_shape)), dtype=self.probs.dtype)
        return self.icdf(u)

    def entropy(self) -> Any:
        log_p, log_1mp = T.log(clamp_probs(self.probs)), T.log1p(-clamp_probs(self.probs))
        return self.mean * (log_1mp - log_p) - self._log_normalizer() - log_1mp
