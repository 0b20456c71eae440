# ruff: noqa: N812, RUF012, E501 - T is the torch frontend, C/D/G/M its distribution modules; arg_constraints are torch's class tables; long lines are torch's messages
"""``Distribution`` (shapes, argument validation, sampling shapes), the constraints it checks,
parameter helpers (``broadcast_all``, probabilities and logits) and ``Independent``.

Written with the frontend's torch functions (themselves ``ivy`` calls); samples come from
ivy's random streams, so they are distributed as torch's but are not torch's numbers.
"""

from __future__ import annotations

import inspect
import math
from typing import Any

from ivy_frontends import torch as T


class Constraint:
    """A named check of a tensor's values (``check`` gives a bool tensor)."""

    def __init__(self, name: str, check: Any) -> None:
        self._name, self._check = name, check

    def check(self, value: Any) -> Any:
        return self._check(value)

    def __repr__(self) -> str:
        return self._name


real = Constraint("Real()", lambda v: v == v)
positive = Constraint("GreaterThan(lower_bound=0.0)", lambda v: v > 0)
nonnegative = Constraint("GreaterThanEq(lower_bound=0.0)", lambda v: v >= 0)
unit_interval = Constraint("Interval(lower_bound=0.0, upper_bound=1.0)", lambda v: (v >= 0) & (v <= 1))
boolean = Constraint("Boolean()", lambda v: (v == 0) | (v == 1))
nonnegative_integer = Constraint("IntegerGreaterThan(lower_bound=0)", lambda v: (v >= 0) & (v == v.floor()))
simplex = Constraint(
    "Simplex()", lambda v: ((v >= 0).all(-1)) & (((v.sum(-1) - 1).abs()) < 1e-6 * max(v.shape[-1], 1) ** 0.5 * 10)
)


def broadcast_all(*values: Any) -> tuple[Any, ...]:
    """Numbers become tensors (of the first tensor's dtype, else the default), then all broadcast."""
    tensors = [v for v in values if isinstance(v, T.Tensor)]
    dtype = tensors[0].dtype if tensors else T.get_default_dtype()
    for v in values:
        if not isinstance(v, (T.Tensor, int, float)):
            raise ValueError(
                "Input arguments must all be instances of numbers.Number, torch.Tensor or objects implementing __torch_function__."
            )
    as_tensors = [v if isinstance(v, T.Tensor) else T.tensor(float(v), dtype=dtype) for v in values]
    return tuple(T.broadcast_tensors(*as_tensors))


def probs_to_logits(probs: Any, is_binary: bool = False) -> Any:
    """Logits of probabilities, clamped away from 0 and 1 as torch clamps them."""
    eps = T.finfo(probs.dtype).eps
    clamped = probs.clamp(min=eps, max=1 - eps)
    return T.log(clamped) - T.log1p(-clamped) if is_binary else T.log(clamped)


def logits_to_probs(logits: Any, is_binary: bool = False) -> Any:
    return T.sigmoid(logits) if is_binary else T.softmax(logits, -1)


def clamp_probs(probs: Any) -> Any:
    eps = T.finfo(probs.dtype).eps
    return probs.clamp(min=eps, max=1 - eps)


def one_of(probs: Any, logits: Any) -> None:
    if (probs is None) == (logits is None):
        raise ValueError("Either `probs` or `logits` must be specified, but not both.")


class Distribution:
    """torch.distributions.Distribution: batch and event shapes, validation, sample shapes."""

    has_rsample = False
    has_enumerate_support = False
    arg_constraints: dict[str, Constraint] = {}
    support: Constraint | None = None
    _validate_default = True

    def __init__(self, batch_shape: Any = (), event_shape: Any = (), validate_args: bool | None = None) -> None:
        self._batch_shape, self._event_shape = T.Size(batch_shape), T.Size(event_shape)
        self._validate_args = self._validate_default if validate_args is None else validate_args
        if self._validate_args:
            for name, constraint in self.arg_constraints.items():
                value = self.__dict__.get(name)
                if value is None or not isinstance(value, T.Tensor):
                    continue
                if not bool(constraint.check(value).all()):
                    raise ValueError(
                        f"Expected parameter {name} (Tensor of shape {tuple(value.shape)}) of distribution "
                        f"{type(self).__name__}() to satisfy the constraint {constraint!r}, but found invalid values:\n{value}"
                    )

    @staticmethod
    def set_default_validate_args(value: bool) -> None:
        Distribution._validate_default = bool(value)

    @property
    def batch_shape(self) -> Any:
        return self._batch_shape

    @property
    def event_shape(self) -> Any:
        return self._event_shape

    def _extended_shape(self, sample_shape: Any = ()) -> Any:
        return T.Size(tuple(sample_shape)) + self._batch_shape + self._event_shape

    def _validate_sample(self, value: Any) -> None:
        if not isinstance(value, T.Tensor):
            raise ValueError("The value argument to log_prob must be a Tensor")
        n = len(self._event_shape)
        if self._validate_args and n and tuple(value.shape[value.ndim - n :]) != tuple(self._event_shape):
            raise ValueError(
                f"The right-most size of value must match event_shape: {value.shape} vs {self._event_shape}."
            )
        support = self.support
        if self._validate_args and support is not None and not bool(support.check(value).all()):
            raise ValueError(
                f"Expected value argument (Tensor of shape {tuple(value.shape)}) to be within the support "
                f"({support!r}) of the distribution {type(self).__name__}(), but found invalid values:\n{value}"
            )

    def sample(self, sample_shape: Any = ()) -> Any:
        """A sample (``rsample`` where the distribution has one)."""
        if self.has_rsample:
            return self.rsample(sample_shape)
        raise NotImplementedError

    def rsample(self, sample_shape: Any = ()) -> Any:
        raise NotImplementedError(f"{type(self).__name__} does not implement rsample")

    def sample_n(self, n: int) -> Any:
        return self.sample(T.Size((n,)))

    def log_prob(self, value: Any) -> Any:
        raise NotImplementedError

    def cdf(self, value: Any) -> Any:
        raise NotImplementedError

    def icdf(self, value: Any) -> Any:
        raise NotImplementedError

    def entropy(self) -> Any:
        raise NotImplementedError

    def enumerate_support(self, expand: bool = True) -> Any:
        raise NotImplementedError

    @property
    def mean(self) -> Any:
        raise NotImplementedError(f"{type(self).__name__} does not implement mean")

    @property
    def mode(self) -> Any:
        raise NotImplementedError(f"{type(self).__name__} does not implement mode")

    @property
    def variance(self) -> Any:
        raise NotImplementedError(f"{type(self).__name__} does not implement variance")

    @property
    def stddev(self) -> Any:
        return self.variance.sqrt()

    def perplexity(self) -> Any:
        return T.exp(self.entropy())

    def expand(self, batch_shape: Any, _instance: Any = None) -> Distribution:
        """The same distribution with parameters broadcast to ``batch_shape``."""
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        shape = T.Size(tuple(batch_shape))
        for name in self.arg_constraints:
            value = self.__dict__.get(name)
            if isinstance(value, T.Tensor):
                event = value.shape[value.ndim - (len(value.shape) - len(self._batch_shape)) :] if value.ndim else ()
                new.__dict__[name] = value.expand(*shape, *event)
        new._batch_shape = shape
        return new

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Broadcast(Distribution):
    """A distribution of parameters that broadcast together; their shape is the batch shape.

    ``_params`` names them in torch's order (``_defaults`` gives the optional ones), so one constructor
    serves every such family: ``Gamma(concentration, rate, validate_args=None)`` and the like. A family
    declares them once, with their constraints, as ``class Gamma(Broadcast, constraints={...})``: that
    sets ``arg_constraints``, and ``_params`` in the constraints' order unless the class gives its own.
    """

    _params: tuple[str, ...] = ()
    _defaults: dict[str, Any] = {}

    def __init_subclass__(cls, constraints: dict[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if constraints is not None:
            cls.arg_constraints = constraints
            if "_params" not in cls.__dict__:
                cls._params = tuple(constraints)
        P = inspect.Parameter  # noqa: N806 - the class, short
        params = [P(n, P.POSITIONAL_OR_KEYWORD, default=cls._defaults.get(n, P.empty)) for n in cls._params] + [
            P("validate_args", P.POSITIONAL_OR_KEYWORD, default=None)
        ]
        cls.__signature__ = inspect.Signature(params)

    def __init__(self, *args: Any, validate_args: Any = None, **kwargs: Any) -> None:
        names = self._params
        if len(args) == len(names) + 1:
            *args, validate_args = args
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes at most {len(names) + 1} positional arguments")
        values = list(args)
        for n in names[len(args) :]:
            if n not in kwargs and n not in self._defaults:
                raise TypeError(f"{type(self).__name__}() missing required argument: '{n}'")
            values.append(kwargs.pop(n, self._defaults.get(n)))
        if kwargs:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument '{next(iter(kwargs))}'")
        for n, v in zip(names, broadcast_all(*values), strict=True):
            setattr(self, n, v)
        super().__init__(getattr(self, names[0]).shape, validate_args=validate_args)


class Centred:
    """Mixin for the symmetric unimodal families: mean and mode are ``loc``."""

    @property
    def mean(self) -> Any:
        return self.loc

    @property
    def mode(self) -> Any:
        return self.loc


class ExponentialFamily(Distribution):
    """torch.distributions.ExponentialFamily: the base of Normal, Bernoulli, Gamma, ..."""


def sum_rightmost(value: Any, dim: int) -> Any:
    """``value`` summed over its ``dim`` rightmost dimensions."""
    return value.reshape(*value.shape[: value.ndim - dim], -1).sum(-1) if dim else value


class Independent(Distribution):
    """torch.distributions.Independent: ``n`` batch dimensions of ``base`` read as event dimensions."""

    arg_constraints: dict[str, Constraint] = {}

    def __init__(
        self, base_distribution: Distribution, reinterpreted_batch_ndims: int, validate_args: Any = None
    ) -> None:
        shape = base_distribution.batch_shape + base_distribution.event_shape
        if reinterpreted_batch_ndims > len(base_distribution.batch_shape):
            raise ValueError(
                "Expected reinterpreted_batch_ndims <= len(base_distribution.batch_shape), "
                f"actual {reinterpreted_batch_ndims} vs {len(base_distribution.batch_shape)}"
            )
        self.base_dist, self.reinterpreted_batch_ndims = base_distribution, reinterpreted_batch_ndims
        event_dim = reinterpreted_batch_ndims + len(base_distribution.event_shape)
        super().__init__(shape[: len(shape) - event_dim], shape[len(shape) - event_dim :], validate_args=False)

    @property
    def has_rsample(self) -> bool:  # type: ignore[override]
        return self.base_dist.has_rsample

    @property
    def support(self) -> Any:  # type: ignore[override]
        return self.base_dist.support

    @property
    def mean(self) -> Any:
        return self.base_dist.mean

    @property
    def mode(self) -> Any:
        return self.base_dist.mode

    @property
    def variance(self) -> Any:
        return self.base_dist.variance

    def sample(self, sample_shape: Any = ()) -> Any:
        return self.base_dist.sample(sample_shape)

    def rsample(self, sample_shape: Any = ()) -> Any:
        return self.base_dist.rsample(sample_shape)

    def log_prob(self, value: Any) -> Any:
        return sum_rightmost(self.base_dist.log_prob(value), self.reinterpreted_batch_ndims)

    def entropy(self) -> Any:
        return sum_rightmost(self.base_dist.entropy(), self.reinterpreted_batch_ndims)


EULER = 0.57721566490153286060
LOG_2PI = math.log(2 * math.pi)
