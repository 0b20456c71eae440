"""``jax.random`` on ivy: PRNG keys, ``split``/``fold_in`` and samplers.

A key is a uint32 array of shape (2,), as ``jax.random.PRNGKey`` gives. Keys
are derived with a small integer mix written in ivy ops, and each sampler seeds
ivy's generator from its key, so the same key gives the same numbers on every
call on a given backend. The streams are ivy's, not JAX's threefry bits: the
values differ from real JAX's for the same key (the distributions match).
"""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, operand, to_ivy

_MASK = 0xFFFFFFFF


def _ints(key: Any) -> tuple[int, int]:
    words = Array(ivy.reshape(ivy.astype(to_ivy(key), ivy.int64), (-1,))).tolist()
    return int(words[0]), int(words[-1])


def _mix(a: int, b: int) -> int:
    """A 32-bit avalanche mix (splitmix-style) of two words."""
    z = (a * 0x9E3779B1 + b * 0x85EBCA77 + 0x27D4EB2F) & _MASK
    z ^= z >> 15
    z = (z * 0x2C1B3C6D) & _MASK
    z ^= z >> 12
    z = (z * 0x297A2D39) & _MASK
    z ^= z >> 15
    return z


def _key(a: int, b: int) -> Array:
    return Array(ivy.asarray([a & _MASK, b & _MASK], dtype=ivy.uint32))


def PRNGKey(seed: int, *, impl: Any = None) -> Array:  # noqa: N802 - JAX's name
    """jax.random.PRNGKey: a (2,) uint32 key from an integer seed."""
    s = int(Array(to_ivy(seed)).item()) if not isinstance(seed, int) else seed
    return _key((s >> 32) & _MASK, s & _MASK)


key = PRNGKey


def key_data(keys: Any) -> Array:
    """jax.random.key_data: the raw uint32 words."""
    return operand(keys)


def wrap_key_data(key_bits_array: Any, *, impl: Any = None) -> Array:
    """jax.random.wrap_key_data."""
    return operand(key_bits_array)


def split(key: Any, num: int | tuple[int, ...] = 2) -> Array:
    """jax.random.split: ``num`` new keys, shape (num, 2)."""
    a, b = _ints(key)
    shape = (num,) if isinstance(num, int) else tuple(num)
    n = 1
    for s in shape:
        n *= s
    words = [w for i in range(n) for w in (_mix(a, b ^ (2 * i)), _mix(b, a ^ (2 * i + 1)))]
    return Array(ivy.reshape(ivy.asarray(words, dtype=ivy.uint32), (*shape, 2)))


def fold_in(key: Any, data: int) -> Array:
    """jax.random.fold_in: a new key from ``key`` and an integer."""
    a, b = _ints(key)
    d = int(Array(to_ivy(data)).item()) if not isinstance(data, int) else data
    return _key(_mix(a, d & _MASK), _mix(b ^ 0x5BD1E995, d & _MASK))


def _seed(key: Any) -> int:
    a, b = _ints(key)
    return (_mix(a, b) << 16 | _mix(b, a) & 0xFFFF) & 0x7FFFFFFF


def _shape(shape: Any) -> tuple[int, ...]:
    if shape is None:
        return ()
    return (shape,) if isinstance(shape, int) else tuple(shape)


def _float_dtype(dtype: Any) -> Any:
    return (_dtypes.optional(dtype) or _dtypes.DTYPES["float64"]).ivy


def uniform(key: Any, shape: Any = (), dtype: Any = None, minval: Any = 0.0, maxval: Any = 1.0) -> Array:
    """jax.random.uniform on [minval, maxval)."""
    d = _float_dtype(dtype)
    u = ivy.random.uniform(_shape(shape), low=0.0, high=1.0, dtype=d, seed=_seed(key))
    lo, hi = to_ivy(minval), to_ivy(maxval)
    return Array(u * ivy.astype(hi - lo, d) + ivy.astype(lo, d))


def normal(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.normal: standard normal samples."""
    return Array(ivy.random.normal(_shape(shape), dtype=_float_dtype(dtype), seed=_seed(key)))


def truncated_normal(key: Any, lower: Any, upper: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.truncated_normal: standard normal restricted to [lower, upper] (by inverse CDF)."""
    d = _float_dtype(dtype)
    lo = to_ivy(lower, _dtypes.canonical(d))
    hi = to_ivy(upper, _dtypes.canonical(d))
    cdf_lo = 0.5 * (1 + ivy.erf(lo / 1.4142135623730951))
    cdf_hi = 0.5 * (1 + ivy.erf(hi / 1.4142135623730951))
    u = ivy.random.uniform(_shape(shape), dtype=d, seed=_seed(key))
    p = cdf_lo + u * (cdf_hi - cdf_lo)
    out = 1.4142135623730951 * ivy.erfinv(ivy.clip(2 * p - 1, -1 + 1e-7, 1 - 1e-7))
    return Array(ivy.clip(out, lo, hi))


def bernoulli(key: Any, p: Any = 0.5, shape: Any = None) -> Array:
    """jax.random.bernoulli: booleans, True with probability ``p``."""
    pa = Array(to_ivy(p))
    shp = _shape(shape) if shape is not None else pa.shape
    u = ivy.random.uniform(shp, dtype=ivy.float64, seed=_seed(key))
    return Array(u < ivy.astype(pa._a, ivy.float64))


def randint(key: Any, shape: Any, minval: Any, maxval: Any, dtype: Any = None) -> Array:
    """jax.random.randint on [minval, maxval)."""
    d = (_dtypes.optional(dtype) or _dtypes.DTYPES["int64"]).ivy
    lo, hi = int(Array(to_ivy(minval)).item()), int(Array(to_ivy(maxval)).item())
    return Array(ivy.random.randint(lo, hi, _shape(shape), dtype=d, seed=_seed(key)))


def categorical(key: Any, logits: Any, axis: int = -1, shape: Any = None, replace: bool = True) -> Array:
    """jax.random.categorical: class indices by the Gumbel-max trick."""
    lg = to_ivy(logits)
    lg = ivy.moveaxis(lg, axis, -1)
    batch = tuple(lg.shape[:-1]) if shape is None else _shape(shape)
    u = ivy.random.uniform((*batch, lg.shape[-1]), low=1e-12, high=1.0, dtype=lg.dtype, seed=_seed(key))
    return Array(ivy.argmax(lg - ivy.log(-ivy.log(u)), axis=-1))


def gumbel(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.gumbel."""
    u = ivy.random.uniform(_shape(shape), low=1e-12, high=1.0, dtype=_float_dtype(dtype), seed=_seed(key))
    return Array(-ivy.log(-ivy.log(u)))


def permutation(key: Any, x: Any, axis: int = 0, independent: bool = False) -> Array:
    """jax.random.permutation: a permuted range (int ``x``) or ``x`` shuffled along ``axis``."""
    if isinstance(x, int):
        return Array(ivy.random.permutation(x, seed=_seed(key)))
    a = to_ivy(x)
    order = ivy.random.permutation(a.shape[axis], seed=_seed(key))
    return Array(ivy.take(a, order, axis=axis))


def shuffle(key: Any, x: Any, axis: int = 0) -> Array:
    """jax.random.shuffle (deprecated in JAX): ``permutation`` of ``x``."""
    return permutation(key, x, axis)


def choice(key: Any, a: Any, shape: Any = (), replace: bool = True, p: Any = None, axis: int = 0) -> Array:
    """jax.random.choice (``p`` weights by Gumbel-max with replacement; without replacement a permutation prefix)."""
    arr = ivy.arange(a, dtype=ivy.int64) if isinstance(a, int) else to_ivy(a)
    n = arr.shape[axis]
    shp = _shape(shape)
    count = 1
    for s in shp:
        count *= s
    if not replace:
        idx = ivy.random.permutation(n, seed=_seed(key))[:count]
    elif p is None:
        idx = ivy.random.randint(0, n, (count,), dtype=ivy.int64, seed=_seed(key))
    else:
        logits = ivy.log(ivy.astype(to_ivy(p), ivy.float64))
        idx = categorical(key, Array(logits), shape=(count,))._a
    out = ivy.take(arr, idx, axis=axis)
    return Array(ivy.reshape(out, (*arr.shape[:axis], *shp, *arr.shape[axis + 1 :])))


def exponential(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.exponential."""
    u = ivy.random.uniform(_shape(shape), dtype=_float_dtype(dtype), seed=_seed(key))
    return Array(-ivy.log1p(-u))


def laplace(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.laplace."""
    u = ivy.random.uniform(_shape(shape), low=-0.5 + 1e-12, high=0.5, dtype=_float_dtype(dtype), seed=_seed(key))
    return Array(-ivy.sign(u) * ivy.log1p(-2 * ivy.abs(u)))


def rademacher(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.rademacher: +-1."""
    d = (_dtypes.optional(dtype) or _dtypes.DTYPES["int64"]).ivy
    b = bernoulli(key, 0.5, shape)._a
    return Array(ivy.astype(ivy.where(b, 1, -1), d))


def logistic(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.logistic."""
    u = ivy.random.uniform(_shape(shape), low=1e-12, high=1.0, dtype=_float_dtype(dtype), seed=_seed(key))
    return Array(ivy.log(u) - ivy.log1p(-u))


def bits(key: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.bits: uniform unsigned words (uint32 by default)."""
    d = (_dtypes.optional(dtype) or _dtypes.DTYPES["uint32"]).ivy
    r = ivy.random.randint(0, 2**31 - 1, _shape(shape), dtype=ivy.int64, seed=_seed(key))
    return Array(ivy.astype(r, d))


from ivy_frontends.jax._random_dists import (  # noqa: E402 - the samplers use this module's keys
    ball,
    beta,
    binomial,
    cauchy,
    chisquare,
    clone,
    dirichlet,
    double_sided_maxwell,
    f,
    gamma,
    generalized_normal,
    geometric,
    key_dtype,
    key_impl,
    loggamma,
    lognormal,
    maxwell,
    multinomial,
    multivariate_normal,
    orthogonal,
    pareto,
    poisson,
    rayleigh,
    t,
    triangular,
    wald,
    weibull_min,
)

__all__ = [
    "PRNGKey",
    "ball",
    "bernoulli",
    "beta",
    "binomial",
    "bits",
    "categorical",
    "cauchy",
    "chisquare",
    "choice",
    "clone",
    "dirichlet",
    "double_sided_maxwell",
    "exponential",
    "f",
    "fold_in",
    "gamma",
    "generalized_normal",
    "geometric",
    "gumbel",
    "key",
    "key_data",
    "key_dtype",
    "key_impl",
    "laplace",
    "loggamma",
    "logistic",
    "lognormal",
    "maxwell",
    "multinomial",
    "multivariate_normal",
    "normal",
    "orthogonal",
    "pareto",
    "permutation",
    "poisson",
    "rademacher",
    "randint",
    "rayleigh",
    "shuffle",
    "split",
    "t",
    "triangular",
    "truncated_normal",
    "uniform",
    "wald",
    "weibull_min",
    "wrap_key_data",
]
