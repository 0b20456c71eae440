"""Initialisers: the one place where parameters get their first values.

Every parameter and buffer of a layer is declared with an initialiser from
this module; :func:`materialize` is the only function that draws values,
always from ``ivy.random`` with an explicit seed, so the same seed gives the
same weights on every backend. Two ways to seed:

* construction draws each parameter's seed from the context's stream, so
  ``ivy.random.seed(0)`` followed by building a model is reproducible;
* ``module.reset_parameters(seed)`` re-draws every parameter from a seed
  derived from ``seed`` and the parameter's dotted name, independently of the
  order in which the model was built.

The defaults of the layers are PyTorch's (``kaiming_uniform`` with
``a=sqrt(5)`` for dense and convolution weights, a uniform bias bounded by
``1/sqrt(fan_in)``, ...), so models start from the same distributions.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from typing import Any

import ivy

Shape = tuple[int, ...]


def fans(shape: Shape) -> tuple[int, int]:
    """``(fan_in, fan_out)`` of a weight: ``(out, in, *kernel)`` in PyTorch's layout."""
    if len(shape) < 2:
        raise ivy.IvyValueError(f"ivy.stateful.init: fans need a weight of at least 2 dimensions, got shape {shape}")
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive


_GAINS = {
    "linear": 1.0,
    "identity": 1.0,
    "conv1d": 1.0,
    "conv2d": 1.0,
    "conv3d": 1.0,
    "sigmoid": 1.0,
    "tanh": 5.0 / 3.0,
    "relu": math.sqrt(2.0),
    "selu": 3.0 / 4.0,
}


def gain(nonlinearity: str, param: float | None = None) -> float:
    """The recommended gain of a nonlinearity (PyTorch's ``calculate_gain``)."""
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1.0 + slope**2))
    if nonlinearity not in _GAINS:
        raise ivy.IvyValueError(f"ivy.stateful.init.gain: unknown nonlinearity {nonlinearity!r}")
    return _GAINS[nonlinearity]


class Initializer:
    """Draws an array of a shape and dtype from a seed (subclasses define ``draw``)."""

    def draw(self, shape: Shape, dtype: Any, seed: int, device: Any) -> ivy.Array:
        raise NotImplementedError

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


@dataclass(repr=False)
class Constant(Initializer):
    value: float = 0.0

    def draw(self, shape, dtype, seed, device):
        value = self.value if ivy.isdtype(dtype, ("real floating", "complex floating")) else int(self.value)
        return ivy.full(shape, value, dtype=dtype, device=device)


def zeros() -> Constant:
    return Constant(0.0)


def ones() -> Constant:
    return Constant(1.0)


def constant(value: float) -> Constant:
    return Constant(value)


@dataclass(repr=False)
class Uniform(Initializer):
    """Uniform on ``[low, high)``."""

    low: float = 0.0
    high: float = 1.0

    def draw(self, shape, dtype, seed, device):
        if self.low == self.high:
            return ivy.full(shape, self.low, dtype=dtype, device=device)
        return ivy.random.uniform(shape, low=self.low, high=self.high, dtype=dtype, device=device, seed=seed)


def uniform(low: float = 0.0, high: float = 1.0) -> Uniform:
    return Uniform(low, high)


@dataclass(repr=False)
class Normal(Initializer):
    mean: float = 0.0
    std: float = 1.0

    def draw(self, shape, dtype, seed, device):
        return ivy.random.normal(shape, mean=self.mean, std=self.std, dtype=dtype, device=device, seed=seed)


def normal(mean: float = 0.0, std: float = 1.0) -> Normal:
    return Normal(mean, std)


@dataclass(repr=False)
class TruncatedNormal(Initializer):
    """Normal truncated to ``[mean + low * std, mean + high * std]``."""

    mean: float = 0.0
    std: float = 1.0
    low: float = -2.0
    high: float = 2.0

    def draw(self, shape, dtype, seed, device):
        return ivy.random.truncated_normal(
            shape, mean=self.mean, std=self.std, low=self.low, high=self.high, dtype=dtype, device=device, seed=seed
        )


def truncated_normal(mean: float = 0.0, std: float = 1.0, low: float = -2.0, high: float = 2.0) -> TruncatedNormal:
    return TruncatedNormal(mean, std, low, high)


@dataclass(repr=False)
class Scaled(Initializer):
    """Uniform or normal with a standard deviation ``scale / sqrt(fan)``, computed from the shape.

    ``mode`` picks the fan: ``"fan_in"``, ``"fan_out"`` or ``"fan_avg"``
    (the mean of the two, as Glorot/Xavier).
    """

    scale: float = 1.0
    mode: str = "fan_in"
    distribution: str = "uniform"

    def draw(self, shape, dtype, seed, device):
        fan_in, fan_out = fans(shape)
        fan = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}[self.mode]
        std = self.scale / math.sqrt(fan) if fan else 0.0
        if self.distribution == "normal":
            return ivy.random.normal(shape, std=std, dtype=dtype, device=device, seed=seed)
        bound = math.sqrt(3.0) * std
        return Uniform(-bound, bound).draw(shape, dtype, seed, device)


def kaiming_uniform(a: float = 0.0, mode: str = "fan_in", nonlinearity: str = "leaky_relu") -> Scaled:
    """He initialisation, uniform (PyTorch's ``kaiming_uniform_``)."""
    return Scaled(gain(nonlinearity, a), mode, "uniform")


def kaiming_normal(a: float = 0.0, mode: str = "fan_in", nonlinearity: str = "leaky_relu") -> Scaled:
    """He initialisation, normal (PyTorch's ``kaiming_normal_``)."""
    return Scaled(gain(nonlinearity, a), mode, "normal")


def xavier_uniform(gain: float = 1.0) -> Scaled:
    """Glorot initialisation, uniform."""
    return Scaled(gain, "fan_avg", "uniform")


def xavier_normal(gain: float = 1.0) -> Scaled:
    """Glorot initialisation, normal."""
    return Scaled(gain, "fan_avg", "normal")


def bias_uniform(fan_in: int) -> Uniform:
    """PyTorch's default bias: uniform on ``+-1/sqrt(fan_in)``."""
    bound = 1.0 / math.sqrt(fan_in) if fan_in > 0 else 0.0
    return Uniform(-bound, bound)


#: The default weight initialiser of dense and convolution layers (PyTorch's).
default_weight = kaiming_uniform(a=math.sqrt(5.0))


def derive_seed(seed: int, name: str) -> int:
    """A seed for the parameter ``name`` of a model seeded with ``seed`` (stable across runs)."""
    digest = hashlib.blake2b(f"{int(seed)}:{name}".encode(), digest_size=8, person=b"ivy.stateful").digest()
    return int.from_bytes(digest, "little") >> 1


def materialize(
    initializer: Initializer, shape: Shape, dtype: Any = None, *, seed: int | None = None, device: Any = None
) -> ivy.Array:
    """Draw the initial value of a parameter or buffer.

    ``seed=None`` takes the next seed of the context's ``ivy.random`` stream.
    ``dtype`` defaults to ``float32``.
    """
    seed = ivy.random.next_seed() if seed is None else seed
    shape = tuple(int(s) for s in shape)
    return initializer.draw(shape, ivy.float32 if dtype is None else dtype, seed, device)
