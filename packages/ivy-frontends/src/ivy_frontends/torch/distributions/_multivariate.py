# ruff: noqa: N812, RUF012 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""Multivariate and composite distributions of ``torch.distributions``: MultivariateNormal,
LowRankMultivariateNormal, MixtureSameFamily, TransformedDistribution (with the common
transforms) and LogisticNormal."""

from __future__ import annotations

import math
from typing import Any

from ivy_frontends import torch as T
from ivy_frontends.torch.distributions._base import LOG_2PI, Centred, Distribution, real, simplex
from ivy_frontends.torch.distributions._continuous import Normal


class MultivariateNormal(Centred, Distribution):
    """torch.distributions.MultivariateNormal(loc, covariance_matrix | precision_matrix | scale_tril)."""

    arg_constraints = {"loc": real}
    support = real
    has_rsample = True

    def __init__(
        self,
        loc: Any,
        covariance_matrix: Any = None,
        precision_matrix: Any = None,
        scale_tril: Any = None,
        validate_args: Any = None,
    ) -> None:
        if loc.dim() < 1:
            raise ValueError("loc must be at least one-dimensional.")
        if (covariance_matrix is not None) + (scale_tril is not None) + (precision_matrix is not None) != 1:
            raise ValueError("Exactly one of covariance_matrix or precision_matrix or scale_tril may be specified.")
        matrix = next(m for m in (scale_tril, covariance_matrix, precision_matrix) if m is not None)
        if matrix.dim() < 2:
            raise ValueError(
                "scale_tril matrix must be at least two-dimensional, with optional leading batch dimensions"
            )
        batch = T.broadcast_shapes(matrix.shape[:-2], loc.shape[:-1])
        n = loc.shape[-1]
        self.loc = loc.expand(*batch, n)
        if scale_tril is not None:
            self._unbroadcasted_scale_tril = scale_tril
        elif covariance_matrix is not None:
            self._unbroadcasted_scale_tril = T.linalg.cholesky(covariance_matrix)
        else:
            self._unbroadcasted_scale_tril = T.linalg.cholesky(T.linalg.inv(precision_matrix))
        self._batch = batch
        super().__init__(batch, (n,), validate_args=validate_args)

    @property
    def scale_tril(self) -> Any:
        return self._unbroadcasted_scale_tril.expand(*self._batch, *self.event_shape, *self.event_shape)

    @property
    def covariance_matrix(self) -> Any:
        lower = self._unbroadcasted_scale_tril
        return (lower @ lower.mT).expand(*self._batch, *self.event_shape, *self.event_shape)

    @property
    def precision_matrix(self) -> Any:
        return T.linalg.inv(self.covariance_matrix)

    @property
    def variance(self) -> Any:
        return self._unbroadcasted_scale_tril.pow(2).sum(-1).expand(*self._batch, *self.event_shape)

    def rsample(self, sample_shape: Any = ()) -> Any:
        eps = T.randn(tuple(self._extended_shape(sample_shape)), dtype=self.loc.dtype)
        return self.loc + (self._unbroadcasted_scale_tril @ eps.unsqueeze(-1)).squeeze(-1)

    def _half_log_det(self) -> Any:
        return T.log(self._unbroadcasted_scale_tril.diagonal(dim1=-2, dim2=-1)).sum(-1)

    def log_prob(self, value: Any) -> Any:
        diff = value - self.loc
        lower = self._unbroadcasted_scale_tril
        shape = T.broadcast_shapes(lower.shape[:-2], diff.shape[:-1])
        solved = T.linalg.solve_triangular(
            lower.expand(*shape, *lower.shape[-2:]), diff.expand(*shape, diff.shape[-1]).unsqueeze(-1), upper=False
        )
        maha = solved.squeeze(-1).pow(2).sum(-1)
        return -0.5 * (self.event_shape[0] * LOG_2PI + maha) - self._half_log_det()

    def entropy(self) -> Any:
        h = 0.5 * self.event_shape[0] * (1.0 + LOG_2PI) + self._half_log_det()
        return h.expand(*self._batch) if len(self._batch) else h


class LowRankMultivariateNormal(MultivariateNormal):
    """torch.distributions.LowRankMultivariateNormal(loc, cov_factor, cov_diag): covariance ``W W^T + diag(D)``."""

    def __init__(self, loc: Any, cov_factor: Any, cov_diag: Any, validate_args: Any = None) -> None:
        if cov_factor.dim() < 2:
            raise ValueError("cov_factor must be at least two-dimensional, with optional leading batch dimensions")
        if cov_factor.shape[-2:-1] != loc.shape[-1:]:
            raise ValueError(f"cov_factor must be a batch of matrices with shape {loc.shape[-1]} x m")
        self.cov_factor, self.cov_diag = cov_factor, cov_diag
        covariance = cov_factor @ cov_factor.mT + T.diag_embed(cov_diag)
        super().__init__(loc, covariance_matrix=covariance, validate_args=validate_args)


class MixtureSameFamily(Distribution):
    """torch.distributions.MixtureSameFamily(mixture_distribution, component_distribution)."""

    arg_constraints: dict = {}

    def __init__(self, mixture_distribution: Any, component_distribution: Any, validate_args: Any = None) -> None:
        self._mixture_distribution, self._component_distribution = mixture_distribution, component_distribution
        cb = component_distribution.batch_shape
        if mixture_distribution.logits.shape[-1] != cb[-1]:
            raise ValueError(
                f"`mixture_distribution component` ({mixture_distribution.logits.shape[-1]}) does not equal "
                f"`component_distribution.batch_shape[-1]` ({cb[-1]})"
            )
        self._event_ndims = len(component_distribution.event_shape)
        super().__init__(cb[:-1], component_distribution.event_shape, validate_args=validate_args)

    @property
    def mixture_distribution(self) -> Any:
        return self._mixture_distribution

    @property
    def component_distribution(self) -> Any:
        return self._component_distribution

    def _pad_mixture(self, x: Any) -> Any:
        return x.reshape(*x.shape, *(1,) * self._event_ndims)

    @property
    def mean(self) -> Any:
        probs = self._pad_mixture(self.mixture_distribution.probs)
        return (probs * self.component_distribution.mean).sum(-1 - self._event_ndims)

    @property
    def variance(self) -> Any:
        probs = self._pad_mixture(self.mixture_distribution.probs)
        dim = -1 - self._event_ndims
        mean_cond_var = (probs * self.component_distribution.variance).sum(dim)
        var_cond_mean = (probs * (self.component_distribution.mean - self.mean.unsqueeze(dim)).pow(2)).sum(dim)
        return mean_cond_var + var_cond_mean

    def log_prob(self, x: Any) -> Any:
        x = x.unsqueeze(-1 - self._event_ndims)
        log_prob_x = self.component_distribution.log_prob(x)
        log_mix = T.log_softmax(self.mixture_distribution.logits, -1)
        return T.logsumexp(log_prob_x + log_mix, -1)

    def cdf(self, x: Any) -> Any:
        x = x.unsqueeze(-1 - self._event_ndims)
        return (self.component_distribution.cdf(x) * self.mixture_distribution.probs).sum(-1)

    def sample(self, sample_shape: Any = ()) -> Any:
        index = self.mixture_distribution.sample(sample_shape)  # sample_shape + batch
        samples = self.component_distribution.sample(sample_shape)  # sample_shape + batch + (k,) + event
        gather_index = index.reshape(*index.shape, 1, *(1,) * self._event_ndims)
        gather_index = gather_index.expand(*index.shape, 1, *self.event_shape)
        return samples.gather(len(index.shape), gather_index).squeeze(len(index.shape))


class Transform:
    """A bijection with ``__call__``, ``inv`` and ``log_abs_det_jacobian`` (torch.distributions.transforms)."""

    event_dim = 0

    def __call__(self, x: Any) -> Any:
        return self._call(x)

    def inv(self, y: Any) -> Any:
        return self._inverse(y)

    def _call(self, x: Any) -> Any:
        raise NotImplementedError

    def _inverse(self, y: Any) -> Any:
        raise NotImplementedError

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        raise NotImplementedError


class ExpTransform(Transform):
    def _call(self, x: Any) -> Any:
        return T.exp(x)

    def _inverse(self, y: Any) -> Any:
        return T.log(y)

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        return x


class AffineTransform(Transform):
    def __init__(self, loc: Any, scale: Any, event_dim: int = 0) -> None:
        self.loc, self.scale, self.event_dim = loc, scale, event_dim

    def _call(self, x: Any) -> Any:
        return self.loc + self.scale * x

    def _inverse(self, y: Any) -> Any:
        return (y - self.loc) / self.scale

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        scale = self.scale if isinstance(self.scale, T.Tensor) else T.full_like(x, float(self.scale))
        result = T.log(scale.abs()).expand(*x.shape) if scale.shape != x.shape else T.log(scale.abs())
        if self.event_dim:
            result = result.reshape(*result.shape[: result.ndim - self.event_dim], -1).sum(-1)
        return result


class SigmoidTransform(Transform):
    def _call(self, x: Any) -> Any:
        return T.sigmoid(x)

    def _inverse(self, y: Any) -> Any:
        finfo = T.finfo(y.dtype)
        y = y.clamp(min=finfo.tiny, max=1.0 - finfo.eps)
        return T.log(y) - T.log1p(-y)

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        softplus = T.nn.functional.softplus
        return -softplus(-x) - softplus(x)


class TanhTransform(Transform):
    def _call(self, x: Any) -> Any:
        return T.tanh(x)

    def _inverse(self, y: Any) -> Any:
        return T.atanh(y)

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        return 2.0 * (math.log(2.0) - x - T.nn.functional.softplus(-2.0 * x))


class PowerTransform(Transform):
    def __init__(self, exponent: Any) -> None:
        self.exponent = exponent

    def _call(self, x: Any) -> Any:
        return x.pow(self.exponent)

    def _inverse(self, y: Any) -> Any:
        return y.pow(1 / self.exponent)

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        return T.log((self.exponent * y / x).abs())


class StickBreakingTransform(Transform):
    """Unconstrained ``K - 1`` vector -> point of the ``K`` simplex (torch's offsets)."""

    event_dim = 1

    def _call(self, x: Any) -> Any:
        offset = x.shape[-1] + 1 - T.ones(x.shape[-1], dtype=x.dtype).cumsum(-1)
        z = T.sigmoid(x - T.log(offset))
        z_cumprod = (1 - z).cumprod(-1)
        return T.nn.functional.pad(z, [0, 1], value=1) * T.nn.functional.pad(z_cumprod, [1, 0], value=1)

    def _inverse(self, y: Any) -> Any:
        y_crop = y[..., :-1]
        offset = y.shape[-1] - T.ones(y_crop.shape[-1], dtype=y.dtype).cumsum(-1)
        sf = 1 - y_crop.cumsum(-1)
        sf = T.clamp(sf, min=T.finfo(y.dtype).tiny)
        return T.log(y_crop) - T.log(sf) + T.log(offset)

    def log_abs_det_jacobian(self, x: Any, y: Any) -> Any:
        offset = x.shape[-1] + 1 - T.ones(x.shape[-1], dtype=x.dtype).cumsum(-1)
        x = x - T.log(offset)
        return (-x + T.nn.functional.logsigmoid(x) + T.log(y[..., :-1])).sum(-1)


class TransformedDistribution(Distribution):
    """torch.distributions.TransformedDistribution(base_distribution, transforms)."""

    arg_constraints: dict = {}

    def __init__(self, base_distribution: Distribution, transforms: Any, validate_args: Any = None) -> None:
        self.base_dist = base_distribution
        self.transforms = [transforms] if isinstance(transforms, Transform) else list(transforms)
        event_dim = max([len(base_distribution.event_shape), *(t.event_dim for t in self.transforms)])
        shape = base_distribution.batch_shape + base_distribution.event_shape
        if any(isinstance(t, StickBreakingTransform) for t in self.transforms):
            shape = T.Size((*shape[:-1], shape[-1] + 1))
        super().__init__(shape[: len(shape) - event_dim], shape[len(shape) - event_dim :], validate_args=validate_args)

    @property
    def has_rsample(self) -> bool:  # type: ignore[override]
        return self.base_dist.has_rsample

    def rsample(self, sample_shape: Any = ()) -> Any:
        x = self.base_dist.rsample(sample_shape)
        for t in self.transforms:
            x = t(x)
        return x

    def sample(self, sample_shape: Any = ()) -> Any:
        x = self.base_dist.sample(sample_shape)
        for t in self.transforms:
            x = t(x)
        return x

    def log_prob(self, value: Any) -> Any:
        self._validate_sample(value)
        event_dim = len(self.event_shape)
        log_prob, y = 0.0, value
        for t in reversed(self.transforms):
            x = t.inv(y)
            ladj = t.log_abs_det_jacobian(x, y)
            extra = event_dim - t.event_dim
            if extra:
                ladj = ladj.reshape(*ladj.shape[: ladj.ndim - extra], -1).sum(-1)
            log_prob = log_prob - ladj
            y = x
        base = self.base_dist.log_prob(y)
        extra = event_dim - len(self.base_dist.event_shape)
        if extra:
            base = base.reshape(*base.shape[: base.ndim - extra], -1).sum(-1)
        return log_prob + base


class LogisticNormal(TransformedDistribution):
    """torch.distributions.LogisticNormal(loc, scale): a Normal pushed onto the simplex by stick breaking."""

    arg_constraints = {"loc": real}
    support = simplex
    has_rsample = True

    def __init__(self, loc: Any, scale: Any, validate_args: Any = None) -> None:
        base = Normal(loc, scale, validate_args=validate_args)
        if not base.batch_shape:
            base = Normal(base.loc.reshape(1), base.scale.reshape(1), validate_args=False)
        from ivy_frontends.torch.distributions._base import Independent

        super().__init__(Independent(base, 1), StickBreakingTransform(), validate_args=validate_args)

    @property
    def loc(self) -> Any:
        return self.base_dist.base_dist.loc

    @property
    def scale(self) -> Any:
        return self.base_dist.base_dist.scale
