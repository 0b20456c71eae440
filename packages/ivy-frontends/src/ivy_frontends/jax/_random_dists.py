"""``jax.random``'s derived distributions, from ivy's uniform and normal draws seeded by the key.

Each sampler draws what it needs from sub-keys (``fold_in(key, i)``), so the
same key gives the same numbers; the values are ivy's, not JAX's (JAX's own
algorithms, e.g. its gamma rejection sampler, are not reproduced bit for
bit), while shapes, dtypes, parameters' broadcasting and the distributions are
JAX's. Gamma variates use Marsaglia and Tsang's method in log space (with the
``a < 1`` boost), Poisson and binomial variates an inverse-CDF search.
"""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, operand, to_ivy

_ROUNDS = 12  # gamma proposals per variate; each is accepted with probability > 0.95


def _rand(key: Any) -> Any:  # the random module (imported late: it imports this one)
    from ivy_frontends.jax import random

    return random


def _dt(dtype: Any, default: str = "float64") -> Any:
    d = _dtypes.optional(dtype) or _dtypes.DTYPES[default]
    if default == "float64" and d.kind != "f":
        raise ValueError(f"dtype argument to a jax.random sampler must be a float dtype, got {d}")
    return d.ivy


def _shape_of(shape: Any, *params: ivy.Array) -> tuple[int, ...]:
    if shape is not None:
        return (shape,) if isinstance(shape, int) else tuple(shape)
    return tuple(ivy.broadcast_shapes(*[tuple(p.shape) for p in params])) if params else ()


def _param(x: Any, d: Any) -> ivy.Array:
    return ivy.astype(to_ivy(x), d)


def _uniform(key: Any, i: int, shape: tuple[int, ...], d: Any, low: float = 0.0) -> ivy.Array:
    r = _rand(key)
    return ivy.random.uniform(shape, low=low, high=1.0, dtype=d, seed=r._seed(r.fold_in(key, i)))


def _normal(key: Any, i: int, shape: tuple[int, ...], d: Any) -> ivy.Array:
    r = _rand(key)
    return ivy.random.normal(shape, dtype=d, seed=r._seed(r.fold_in(key, i)))


def _log_gamma(key: Any, a: ivy.Array, shape: tuple[int, ...], d: Any) -> ivy.Array:
    """log of Gamma(a, 1) variates of ``shape`` (``a`` broadcast to it)."""
    a = ivy.broadcast_to(a, shape)
    boost = ivy.less(a, 1.0)
    a1 = ivy.where(boost, a + 1.0, a)
    dd = a1 - 1.0 / 3.0
    c = 1.0 / ivy.sqrt(9.0 * dd)
    x = _normal(key, 101, (_ROUNDS, *shape), d)
    u = _uniform(key, 102, (_ROUNDS, *shape), d, low=1e-300 if d == ivy.float64 else 1e-38)
    v = (1.0 + c * x) ** 3
    ok_v = ivy.greater(v, 0.0)
    safe_v = ivy.where(ok_v, v, ivy.ones_like(v))
    accept = ivy.logical_and(ok_v, ivy.less(ivy.log(u), 0.5 * x * x + dd - dd * safe_v + dd * ivy.log(safe_v)))
    first = ivy.argmax(ivy.astype(accept, ivy.int8), axis=0, keepdims=True)
    log_v = ivy.take_along_axis(ivy.log(safe_v), first, axis=0)[0]
    out = ivy.log(dd) + log_v
    extra = ivy.log(_uniform(key, 103, shape, d, low=1e-300 if d == ivy.float64 else 1e-38)) / a
    return ivy.where(boost, out + extra, out)


def gamma(key: Any, a: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.gamma: Gamma(a, 1)."""
    d = _dt(dtype)
    pa = _param(a, d)
    return Array(ivy.exp(_log_gamma(key, pa, _shape_of(shape, pa), d)))


def loggamma(key: Any, a: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.loggamma: log of Gamma(a, 1), accurate for small ``a``."""
    d = _dt(dtype)
    pa = _param(a, d)
    return Array(_log_gamma(key, pa, _shape_of(shape, pa), d))


def beta(key: Any, a: Any, b: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.beta: X / (X + Y), X ~ Gamma(a), Y ~ Gamma(b)."""
    d = _dt(dtype)
    pa, pb = _param(a, d), _param(b, d)
    shp = _shape_of(shape, pa, pb)
    r = _rand(key)
    lx = _log_gamma(r.fold_in(key, 1), pa, shp, d)
    ly = _log_gamma(r.fold_in(key, 2), pb, shp, d)
    return Array(ivy.exp(lx - ivy.logaddexp(lx, ly)))


def dirichlet(key: Any, alpha: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.dirichlet: normalized Gamma(alpha) variates along the last axis."""
    d = _dt(dtype)
    pa = _param(alpha, d)
    batch = _shape_of(shape, ivy.zeros(tuple(pa.shape[:-1])))
    lg = _log_gamma(key, pa, (*batch, pa.shape[-1]), d)
    return Array(ivy.exp(lg - ivy.logsumexp(lg, axis=-1, keepdims=True)))


def chisquare(key: Any, df: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.chisquare: 2 * Gamma(df / 2)."""
    d = _dt(dtype)
    pdf = _param(df, d)
    return Array(2.0 * ivy.exp(_log_gamma(key, pdf / 2.0, _shape_of(shape, pdf), d)))


def f(key: Any, dfnum: Any, dfden: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.f: (chi2(dfnum) / dfnum) / (chi2(dfden) / dfden)."""
    d = _dt(dtype)
    pn, pd = _param(dfnum, d), _param(dfden, d)
    shp = _shape_of(shape, pn, pd)
    r = _rand(key)
    num = chisquare(r.fold_in(key, 1), Array(pn), shp, d)._a / pn
    den = chisquare(r.fold_in(key, 2), Array(pd), shp, d)._a / pd
    return Array(num / den)


def t(key: Any, df: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.t: Student's t, normal / sqrt(chi2(df) / df)."""
    d = _dt(dtype)
    pdf = _param(df, d)
    shp = _shape_of(shape, pdf)
    z = _normal(key, 1, shp, d)
    return Array(z / ivy.sqrt(chisquare(_rand(key).fold_in(key, 2), Array(pdf), shp, d)._a / pdf))


def generalized_normal(key: Any, p: float, shape: Any = (), dtype: Any = None, **kw: Any) -> Array:
    """jax.random.generalized_normal: density proportional to exp(-|x|^p)."""
    d = _dt(dtype)
    shp = _shape_of(shape)
    g = ivy.exp(_log_gamma(key, ivy.asarray(1.0 / p, dtype=d), shp, d) / p)
    sign = ivy.where(ivy.less(_uniform(key, 3, shp, d), 0.5), -1.0, 1.0)
    return Array(ivy.astype(sign * g, d))


def ball(key: Any, d: int, p: float = 2, shape: Any = (), dtype: Any = None, **kw: Any) -> Array:
    """jax.random.ball: uniform in the unit ``p``-norm ball of dimension ``d``."""
    dt = _dt(dtype)
    shp = _shape_of(shape)
    g = generalized_normal(key, p, (*shp, d), dt)._a
    norm = ivy.sum(ivy.abs(g) ** p, axis=-1, keepdims=True) ** (1.0 / p)
    radius = _uniform(key, 4, (*shp, 1), dt) ** (1.0 / d)
    return Array(g / norm * radius)


def cauchy(key: Any, shape: Any = (), dtype: Any = None, **kw: Any) -> Array:
    """jax.random.cauchy."""
    d = _dt(dtype)
    u = _uniform(key, 1, _shape_of(shape), d, low=1e-12)
    return Array(ivy.tan(math.pi * (u - 0.5)))


def maxwell(key: Any, shape: Any = (), dtype: Any = None, **kw: Any) -> Array:
    """jax.random.maxwell: the norm of three standard normals."""
    d = _dt(dtype)
    z = _normal(key, 1, (*_shape_of(shape), 3), d)
    return Array(ivy.sqrt(ivy.sum(z * z, axis=-1)))


def double_sided_maxwell(key: Any, loc: Any, scale: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.double_sided_maxwell: a Maxwell variate with a random sign, scaled and shifted."""
    d = _promoted(_dt(dtype), loc, scale)
    pl, ps = _param(loc, d), _param(scale, d)
    shp = _shape_of(shape) + tuple(ivy.broadcast_shapes(tuple(pl.shape), tuple(ps.shape)))
    m = maxwell(key, shp, d)._a
    sign = ivy.where(ivy.less(_uniform(key, 5, shp, d), 0.5), -1.0, 1.0)
    return Array(ivy.astype(sign * m * ps + pl, d))


def lognormal(key: Any, sigma: Any = 1.0, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.lognormal: exp(sigma * N(0, 1))."""
    d = _dt(dtype)
    ps = _param(sigma, d)
    return Array(ivy.exp(ps * _normal(key, 1, _shape_of(shape, ps), d)))


def pareto(key: Any, b: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.pareto: exp(Exponential / b), support [1, inf)."""
    d = _dt(dtype)
    pb = _param(b, d)
    u = _uniform(key, 1, _shape_of(shape, pb), d)
    return Array(ivy.exp(-ivy.log1p(-u) / pb))


def rayleigh(key: Any, scale: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.rayleigh."""
    d = _dt(dtype)
    ps = _param(scale, d)
    u = _uniform(key, 1, _shape_of(shape, ps), d)
    return Array(ps * ivy.sqrt(-2.0 * ivy.log1p(-u)))


def _promoted(d: Any, *params: Any) -> Any:
    """JAX's promotion of a ``d`` sample with the parameters (samplers that do not cast them)."""
    return _dtypes.result(Array(ivy.zeros((), dtype=d)), *[operand(p) for p in params])[0].ivy


def weibull_min(key: Any, scale: Any, concentration: Any, shape: Any = (), dtype: Any = None) -> Array:
    """jax.random.weibull_min (the parameters promote with the sample, as in JAX)."""
    d = _promoted(_dt(dtype), scale, concentration)
    ps, pc = _param(scale, d), _param(concentration, d)
    shp = tuple(ivy.broadcast_shapes(_shape_of(shape), tuple(ps.shape), tuple(pc.shape)))
    u = _uniform(key, 1, shp, d)
    return Array(ps * (-ivy.log1p(-u)) ** (1.0 / pc))


def triangular(key: Any, left: Any, mode: Any, right: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.triangular, by its inverse CDF."""
    d = _dt(dtype)
    lo, m, hi = _param(left, d), _param(mode, d), _param(right, d)
    u = _uniform(key, 1, _shape_of(shape, lo, m, hi), d)
    cut = (m - lo) / (hi - lo)
    below = lo + ivy.sqrt(u * (hi - lo) * (m - lo))
    above = hi - ivy.sqrt((1.0 - u) * (hi - lo) * (hi - m))
    return Array(ivy.where(ivy.less(u, cut), below, above))


def wald(key: Any, mean: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.wald (inverse Gaussian with unit shape), by Michael, Schucany and Haas."""
    d = _dt(dtype)
    mu = _param(mean, d)
    shp = _shape_of(shape, mu)
    y = _normal(key, 1, shp, d) ** 2
    x = mu + mu * mu * y / 2.0 - mu / 2.0 * ivy.sqrt(4.0 * mu * y + mu * mu * y * y)
    u = _uniform(key, 2, shp, d)
    return Array(ivy.where(ivy.less_equal(u, mu / (mu + x)), x, mu * mu / x))


def geometric(key: Any, p: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.geometric: trials up to the first success (support 1, 2, ...)."""
    dt = _dt(dtype, "int64")
    pp = _param(p, ivy.float64)
    u = _uniform(key, 1, _shape_of(shape, pp), ivy.float64, low=1e-300)
    return Array(ivy.astype(ivy.floor(ivy.log(u) / ivy.log1p(-pp)) + 1.0, dt))


def _count_search(u: ivy.Array, log_pmf0: ivy.Array, ratio: Any, limit: int) -> ivy.Array:
    """The smallest ``k`` with CDF(k) >= u, walking the pmf by ``pmf(k+1) = pmf(k) * ratio(k)``."""
    k = ivy.zeros_like(u)
    pmf = ivy.exp(log_pmf0)
    cdf = pmf
    for step in range(limit):
        more = ivy.less(cdf, u)
        if not bool(ivy.any(more)):
            break
        pmf = pmf * ratio(float(step))
        k = k + ivy.astype(more, u.dtype)
        cdf = cdf + ivy.where(more, pmf, ivy.zeros_like(pmf))
    return k


def poisson(key: Any, lam: Any, shape: Any = None, dtype: Any = None, **kw: Any) -> Array:
    """jax.random.poisson (inverse-CDF search; its cost grows with ``lam``)."""
    dt = _dt(dtype, "int64")
    pl = _param(lam, ivy.float64)
    shp = _shape_of(shape, pl)
    pl = ivy.broadcast_to(pl, shp)
    u = _uniform(key, 1, shp, ivy.float64)
    top = float(ivy.max(pl)) if pl.size else 0.0
    k = _count_search(u, -pl, lambda s: pl / (s + 1.0), int(top + 12 * math.sqrt(top) + 30))
    return Array(ivy.astype(k, dt))


def binomial(key: Any, n: Any, p: Any, shape: Any = None, dtype: Any = None) -> Array:
    """jax.random.binomial (inverse-CDF search over 0..n; a float array as in JAX)."""
    d = _dt(dtype)
    pn, pp = _param(n, ivy.float64), _param(p, ivy.float64)
    shp = _shape_of(shape, pn, pp)
    pn, pp = ivy.broadcast_to(pn, shp), ivy.broadcast_to(pp, shp)
    flip = ivy.greater(pp, 0.5)
    q = ivy.where(flip, 1.0 - pp, pp)
    u = _uniform(key, 1, shp, ivy.float64)
    safe_q = ivy.clip(q, 1e-300, 1.0 - 1e-16)
    k = _count_search(
        u,
        pn * ivy.log1p(-safe_q),
        lambda s: (pn - s) / (s + 1.0) * safe_q / (1.0 - safe_q),
        int(float(ivy.max(pn))) + 1,
    )
    k = ivy.minimum(k, pn)
    return Array(ivy.astype(ivy.where(flip, pn - k, k), d))


def multinomial(key: Any, n: Any, p: Any, *, shape: Any = None, dtype: Any = None, unroll: Any = 1) -> Array:
    """jax.random.multinomial: counts over the last axis of ``p`` from ``n`` draws, as sequential binomials."""
    d = _dt(dtype)
    pp = _param(p, ivy.float64)
    pn = _param(n, ivy.float64)
    batch = tuple(shape)[:-1] if shape is not None else _shape_of(None, pn, ivy.zeros(tuple(pp.shape[:-1])))
    pp = ivy.broadcast_to(pp, (*batch, pp.shape[-1]))
    left = ivy.broadcast_to(pn, batch)
    mass = ivy.ones(batch, dtype=ivy.float64)
    r = _rand(key)
    counts = []
    for i in range(pp.shape[-1] - 1):
        share = ivy.clip(pp[..., i] / ivy.maximum(mass, 1e-300), 0.0, 1.0)
        c = binomial(r.fold_in(key, i), Array(left), Array(share), batch, "float64")._a
        counts.append(c)
        left = left - c
        mass = mass - pp[..., i]
    counts.append(left)
    return Array(ivy.astype(ivy.stack(counts, axis=-1), d))


def multivariate_normal(
    key: Any, mean: Any, cov: Any, shape: Any = None, dtype: Any = None, method: str = "cholesky", **kw: Any
) -> Array:
    """jax.random.multivariate_normal: mean + factor @ z (``cholesky``, ``eigh`` or ``svd`` factor)."""
    d = _dt(dtype)
    mu, c = _param(mean, d), _param(cov, d)
    if method not in ("cholesky", "eigh", "svd"):
        raise ValueError(f"jax.random.multivariate_normal: method must be cholesky, eigh or svd, got {method!r}")
    batch = _shape_of(shape, ivy.zeros(tuple(mu.shape[:-1])), ivy.zeros(tuple(c.shape[:-2])))
    if method == "cholesky":
        factor = ivy.linalg.cholesky(c)
    elif method == "eigh":
        w, v = ivy.linalg.eigh(c)
        factor = v * ivy.sqrt(ivy.clip(w, 0.0, None))[..., None, :]
    else:
        u, s, _ = ivy.linalg.svd(c)
        factor = u * ivy.sqrt(s)[..., None, :]
    z = _normal(key, 1, (*batch, mu.shape[-1]), d)
    return Array(mu + ivy.einsum("...ij,...j->...i", factor, z))


def orthogonal(key: Any, n: int, shape: Any = (), dtype: Any = None, m: int | None = None, **kw: Any) -> Array:
    """jax.random.orthogonal: Haar-distributed ``n x m`` matrices with orthonormal columns or rows."""
    d = _dt(dtype)
    cols = n if m is None else m
    z = _normal(key, 1, (*_shape_of(shape), max(n, cols), min(n, cols)), d)
    q, r = ivy.linalg.qr(z)
    q = q * ivy.sign(ivy.linalg.diagonal(r))[..., None, :]
    return Array(q if n >= cols else ivy.matrix_transpose(q))


def clone(key: Any) -> Any:
    """jax.random.clone: the key itself (keys are immutable values here)."""
    return key


def key_impl(keys: Any) -> str:
    """jax.random.key_impl: the name of the PRNG implementation."""
    return "threefry2x32"


def key_dtype(impl_spec: Any = None) -> Any:
    """jax.random.key_dtype: the dtype of the frontend's keys (raw uint32 words)."""
    return _dtypes.DTYPES["uint32"]
