"""``torch.distributions`` of the frontend: the distribution classes with torch's parameters,
shapes, validation and closed forms (``log_prob``, ``cdf``, ``icdf``, ``entropy``, ``mean``,
``mode``, ``variance``), ``sample``/``rsample`` from ivy's random streams, and
``kl_divergence``/``register_kl``."""

from ivy_frontends.torch.distributions import constraints, transforms
from ivy_frontends.torch.distributions._base import Distribution, ExponentialFamily, Independent
from ivy_frontends.torch.distributions._continuous import (
    Cauchy,
    Exponential,
    GeneralizedPareto,
    Gumbel,
    HalfCauchy,
    HalfNormal,
    Kumaraswamy,
    Laplace,
    LogNormal,
    Normal,
    Pareto,
    Uniform,
    Weibull,
)
from ivy_frontends.torch.distributions._discrete import (
    Bernoulli,
    Binomial,
    Categorical,
    ContinuousBernoulli,
    Geometric,
    Multinomial,
    NegativeBinomial,
    OneHotCategorical,
    OneHotCategoricalStraightThrough,
    Poisson,
    RelaxedBernoulli,
    RelaxedOneHotCategorical,
)
from ivy_frontends.torch.distributions._gamma import (
    Beta,
    Chi2,
    Dirichlet,
    FisherSnedecor,
    Gamma,
    InverseGamma,
    StudentT,
)
from ivy_frontends.torch.distributions._kl import kl_divergence, register_kl
from ivy_frontends.torch.distributions._multivariate import (
    LogisticNormal,
    LowRankMultivariateNormal,
    MixtureSameFamily,
    MultivariateNormal,
    TransformedDistribution,
)
from ivy_frontends.torch.distributions.transforms import *  # noqa: F403 - the transforms, re-exported

__all__ = [n for n in dir() if not n.startswith("_")]
