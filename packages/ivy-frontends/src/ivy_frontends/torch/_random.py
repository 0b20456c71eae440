# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Random numbers from ``ivy.random``: manual_seed, rand/randn/randint/randperm, normal, bernoulli,
multinomial and the in-place samplers. Streams are ivy's (the same on every backend), not torch's
Philox/MT streams: same seed, same numbers here, but not the numbers torch would draw."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, shape_args, tensor_arg, wrap

_state = {"seed": 0}


class Generator:
    """torch.Generator: a seed holder; draws use ivy's seeded streams."""

    def __init__(self, device: Any = "cpu") -> None:
        self._seed = 0

    def manual_seed(self, seed: int) -> Generator:
        """Restart the (shared) ivy stream from ``seed``."""
        self._seed = int(seed)
        ivy.random.seed(int(seed))
        return self

    def initial_seed(self) -> int:
        return self._seed

    def seed(self) -> int:
        return self._seed


default_generator = Generator()


@register("manual_seed", method=False)
def manual_seed(seed: int) -> Generator:
    """torch.manual_seed: restart ivy's random stream (reproducible on every backend)."""
    _state["seed"] = int(seed)
    return default_generator.manual_seed(seed)


@register("seed", method=False)
def seed() -> int:
    """torch.seed: a fresh non-deterministic seed."""
    import random

    s = random.getrandbits(63)
    manual_seed(s)
    return s


@register("initial_seed", method=False)
def initial_seed() -> int:
    """torch.initial_seed: the last seed set."""
    return _state["seed"]


def _float_dtype(dtype: Any, name: str) -> Any:
    d = D.as_dtype(dtype, name) if dtype is not None else D.get_default_dtype()
    return d._ivy


@register("rand", method=False)
def rand(
    *size: Any, generator: Any = None, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kw: Any
) -> Tensor:
    """torch.rand: uniform on ``[0, 1)``."""
    return wrap(ivy.random.uniform(shape_args(size, "torch.rand"), dtype=_float_dtype(dtype, "torch.rand")))


@register("randn", method=False)
def randn(
    *size: Any, generator: Any = None, dtype: Any = None, device: Any = None, requires_grad: bool = False, **kw: Any
) -> Tensor:
    """torch.randn: standard normal."""
    return wrap(ivy.random.normal(shape_args(size, "torch.randn"), dtype=_float_dtype(dtype, "torch.randn")))


@register("randint", method=False)
def randint(
    low: int,
    high: Any = None,
    size: Any = None,
    *,
    generator: Any = None,
    dtype: Any = None,
    device: Any = None,
    **kw: Any,
) -> Tensor:
    """torch.randint(low=0, high, size): integers in ``[low, high)`` (int64 by default)."""
    if size is None:
        low, high, size = 0, low, high
    d = D.as_dtype(dtype) if dtype is not None else D.int64
    return wrap(ivy.astype(ivy.random.randint(int(low), int(high), tuple(size), dtype=ivy.int64), d._ivy))


@register("randperm", method=False)
def randperm(n: int, *, generator: Any = None, dtype: Any = None, device: Any = None, **kw: Any) -> Tensor:
    """torch.randperm: a random permutation of ``range(n)``."""
    d = D.as_dtype(dtype) if dtype is not None else D.int64
    return wrap(ivy.astype(ivy.random.permutation(n), d._ivy))


@register("rand_like", method=False)
def rand_like(input: Tensor, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.rand_like."""
    x = tensor_arg(input, "torch.rand_like")
    return rand(tuple(x.shape), dtype=dtype or x.dtype)


@register("randn_like", method=False)
def randn_like(input: Tensor, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.randn_like."""
    x = tensor_arg(input, "torch.randn_like")
    return randn(tuple(x.shape), dtype=dtype or x.dtype)


@register("randint_like", method=False)
def randint_like(input: Tensor, low: int = 0, high: Any = None, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.randint_like."""
    x = tensor_arg(input, "torch.randint_like")
    if high is None:
        low, high = 0, low
    return wrap(
        ivy.astype(
            ivy.random.randint(low, high, tuple(x.shape), dtype=ivy.int64),
            (D.as_dtype(dtype) if dtype else x.dtype)._ivy,
        )
    )


@register("normal", method=False)
def normal(
    mean: Any = 0.0,
    std: Any = 1.0,
    size: Any = None,
    *,
    generator: Any = None,
    dtype: Any = None,
    out: Any = None,
    **kw: Any,
) -> Tensor:
    """torch.normal: tensor or scalar ``mean``/``std`` (broadcast), or scalars with ``size``."""
    m = mean._ivy if isinstance(mean, Tensor) else mean
    s = std._ivy if isinstance(std, Tensor) else std
    if size is not None:
        shape = tuple(size)
    else:
        shape = tuple(ivy.broadcast_shapes(*[a.shape for a in (m, s) if isinstance(a, ivy.Array)]))
    like = m if isinstance(m, ivy.Array) else s if isinstance(s, ivy.Array) else None
    d = like.dtype if like is not None else _float_dtype(dtype, "torch.normal")
    return wrap(ivy.add(ivy.multiply(ivy.random.normal(shape, dtype=d), s), m))


@register("bernoulli")
def bernoulli(input: Tensor, p: Any = None, *, generator: Any = None) -> Tensor:
    """torch.bernoulli: 1 with probability ``input`` (or ``p``) elementwise."""
    x = tensor_arg(input, "torch.bernoulli")._ivy
    probs = x if p is None else ivy.full(x.shape, p, dtype=x.dtype)
    return wrap(
        ivy.astype(ivy.less(ivy.random.uniform(x.shape, dtype=ivy.float64), ivy.astype(probs, ivy.float64)), x.dtype)
    )


@register("multinomial")
def multinomial(input: Tensor, num_samples: int, replacement: bool = False, *, generator: Any = None) -> Tensor:
    """torch.multinomial: category indices drawn in proportion to the (unnormalised) weights."""
    x = tensor_arg(input, "torch.multinomial")._ivy
    logits = ivy.log(ivy.astype(x, ivy.float64))
    return wrap(ivy.astype(ivy.random.categorical(logits, num_samples, replacement=replacement), ivy.int64))


@register("poisson")
def poisson(input: Tensor, generator: Any = None) -> Tensor:
    """torch.poisson: counts by inversion of the CDF (rates up to a few hundred)."""
    lam = ivy.astype(tensor_arg(input, "torch.poisson")._ivy, ivy.float64)
    u = ivy.random.uniform(lam.shape, dtype=ivy.float64)
    k = ivy.zeros(lam.shape, dtype=ivy.float64)
    p = ivy.exp(ivy.negative(lam))
    cdf = p
    limit = int(float(ivy.max(lam)) * 3 + 30) if lam.size else 0
    for i in range(1, limit):
        k = ivy.where(ivy.greater(u, cdf), ivy.full_like(k, i), k)
        p = ivy.multiply(p, ivy.divide(lam, i))
        cdf = ivy.add(cdf, p)
    return wrap(ivy.astype(k, input._ivy.dtype))


def _sampler(name: str, draw: Any) -> Any:
    def sample(self: Tensor, *args: Any, generator: Any = None, **kwargs: Any) -> Tensor:
        self._ivy = ivy.astype(draw(self._ivy.shape, self._ivy.dtype, *args, **kwargs), self._ivy.dtype)
        return self

    return named(sample, name, f"Tensor.{name}: fill the tensor in place with random draws.")


def _uniform(shape: Any, dtype: Any, a: float = 0.0, b: float = 1.0, **kw: Any) -> Any:
    return ivy.random.uniform(shape, low=kw.get("from", a), high=kw.get("to", b), dtype=dtype)


def _normal(shape: Any, dtype: Any, mean: float = 0.0, std: float = 1.0) -> Any:
    return ivy.random.normal(shape, mean=mean, std=std, dtype=dtype)


def _bernoulli(shape: Any, dtype: Any, p: float = 0.5) -> Any:
    return ivy.less(ivy.random.uniform(shape, dtype=ivy.float64), p._ivy if isinstance(p, Tensor) else p)


def _exponential(shape: Any, dtype: Any, lambd: float = 1.0) -> Any:
    return ivy.divide(ivy.negative(ivy.log1p(ivy.negative(ivy.random.uniform(shape, dtype=ivy.float64)))), lambd)


def _random_ints(shape: Any, dtype: Any, low: int = 0, high: Any = None, **kw: Any) -> Any:
    if high is None:
        low, high = 0, low if low else 2**24
    return ivy.random.randint(int(low), int(high), shape, dtype=ivy.int64)


def _log_normal(shape: Any, dtype: Any, mean: float = 1.0, std: float = 2.0) -> Any:
    return ivy.exp(ivy.random.normal(shape, mean=mean, std=std, dtype=ivy.float64))


def _cauchy(shape: Any, dtype: Any, median: float = 0.0, sigma: float = 1.0) -> Any:
    u = ivy.random.uniform(shape, dtype=ivy.float64)
    return ivy.add(median, ivy.multiply(sigma, ivy.tan(ivy.multiply(math.pi, ivy.subtract(u, 0.5)))))


def _geometric(shape: Any, dtype: Any, p: float) -> Any:
    u = ivy.random.uniform(shape, dtype=ivy.float64)
    return ivy.ceil(ivy.divide(ivy.log1p(ivy.negative(u)), math.log1p(-p)))


for _name, _draw in (
    ("uniform_", _uniform),
    ("normal_", _normal),
    ("bernoulli_", _bernoulli),
    ("exponential_", _exponential),
    ("random_", _random_ints),
    ("log_normal_", _log_normal),
    ("cauchy_", _cauchy),
    ("geometric_", _geometric),
):
    register(_name, namespace=False)(_sampler(_name, _draw))
