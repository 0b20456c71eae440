"""The hypergeometric functions 1F1 and 2F1 and Owen's T, from ivy ops.

The series stop as JAX's do (at the first term below ``eps`` relative to the sum so far, or after
249 terms), which matters for the divergent asymptotic series of 1F1; all terms come from one
cumulative product along a trailing axis. They compute in float64 with the input dtype's ``eps``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import ivy

TERMS = 249
_K = [float(k) for k in range(1, TERMS + 1)]


def _stopped_sum(first: ivy.Array, ratio: Callable[[ivy.Array], ivy.Array], eps: float) -> ivy.Array:
    """1 + t_1 + t_2 + ... with t_1 = ``first``, t_(k+1) = t_k ratio(k); stops before the first t_k with
    |t_k| <= eps |partial sum|."""
    k = ivy.astype(ivy.asarray(_K), first.dtype)
    steps = ivy.concat([ivy.ones_like(ivy.expand_dims(first, axis=-1)), ratio(k)[..., :-1]], axis=-1)
    terms = ivy.expand_dims(first, axis=-1) * ivy.cumulative_prod(steps, axis=-1)
    before = 1.0 + ivy.cumulative_sum(terms, axis=-1, include_initial=True)[..., :-1]
    keep = ivy.astype(ivy.greater(ivy.abs(terms), eps * ivy.abs(before)), first.dtype)
    alive = ivy.greater(ivy.cumulative_prod(keep, axis=-1), 0.0)
    return 1.0 + ivy.sum(ivy.where(alive, terms, ivy.zeros_like(terms)), axis=-1)


def _gamma(x: ivy.Array) -> ivy.Array:
    from ivy_frontends.jax.scipy.special import _gamma as gamma

    return gamma(x)


def _bcast(*xs: ivy.Array) -> list[ivy.Array]:
    return [ivy.expand_dims(v, axis=-1) for v in ivy.broadcast_arrays(*xs)]


def hyp1f1(a: ivy.Array, b: ivy.Array, x: ivy.Array, eps: float) -> ivy.Array:
    """1F1(a; b; x): the Taylor series for |x| < 100, the large-x asymptotic series above (JAX's split);
    1 at a = 0, e^x at a = b, inf at b = 0."""
    a, b, x = ivy.broadcast_arrays(a, b, x)
    ea, eb, _ = _bcast(a, b, x)
    near = ivy.abs(x) < 100.0
    xs = ivy.where(near, x, ivy.zeros_like(x))
    exs = ivy.expand_dims(xs, axis=-1)
    taylor = _stopped_sum(a / b * xs, lambda k: (ea + k) / (eb + k) * exs / (k + 1.0), eps)
    xl = ivy.where(near, ivy.full_like(x, 100.0), x)
    exl = ivy.expand_dims(xl, axis=-1)
    tail = _stopped_sum((b - a) * (1.0 - a) / xl, lambda k: (eb - ea + k) * (1.0 - ea + k) / (k + 1.0) / exl, eps)
    far = _gamma(b) / _gamma(a) * ivy.exp(xl) * xl ** (a - b) * tail
    out = ivy.where(near, taylor, far)
    out = ivy.where(ivy.logical_and(ivy.equal(b, 0.0), ivy.not_equal(a, 0.0)), ivy.full_like(x, float("inf")), out)
    out = ivy.where(ivy.logical_and(ivy.equal(a, b), ivy.not_equal(a, 0.0)), ivy.exp(x), out)
    return ivy.where(ivy.equal(a, 0.0), ivy.ones_like(x), out)


def _series2f1(a: ivy.Array, b: ivy.Array, c: ivy.Array, x: ivy.Array, eps: float) -> ivy.Array:
    ea, eb, ec, ex = _bcast(a, b, c, x)
    return _stopped_sum(a * b / c * x, lambda k: (ea + k) * (eb + k) / (ec + k) / (k + 1.0) * ex, eps)


def hyp2f1(a: ivy.Array, b: ivy.Array, c: ivy.Array, x: ivy.Array, eps: float) -> ivy.Array:
    """2F1(a, b; c; x) for x <= 1 by JAX's cases: the Taylor series (which terminates for a or b a
    non-positive integer), Euler's transform for c - a - b <= -1, closed forms at x = 1 and for a or
    b equal to c, 1 at x = 0 or a b = 0, and inf for c a non-positive integer or x > 1."""
    a, b, c, x = ivy.broadcast_arrays(a, b, c, x)
    tol = 50 * eps
    d = c - a - b
    s = 1.0 - x
    inf, one = ivy.full_like(x, float("inf")), ivy.ones_like(x)
    xs = ivy.where(ivy.less(x, 1.0), x, ivy.zeros_like(x))
    euler = ivy.logical_and(
        ivy.less_equal(d, -1.0),
        ivy.logical_not(ivy.logical_and(ivy.greater_equal(ivy.abs(d - ivy.round(d)), tol), ivy.less(s, 0.0))),
    )
    plain = _series2f1(a, b, c, xs, eps)
    swapped = s**d * _series2f1(c - a, c - b, c, xs, eps)
    at_one = _gamma(c) * _gamma(d) / (_gamma(c - a) * _gamma(c - b))
    below = ivy.less(x, 1.0)
    out = ivy.where(ivy.equal(x, 1.0), at_one, ivy.where(ivy.greater(x, 1.0), inf, plain))
    out = ivy.where(ivy.logical_and(below, ivy.equal(a, c)), s ** (-b), out)
    out = ivy.where(ivy.logical_and(below, ivy.equal(b, c)), s ** (-a), out)
    out = ivy.where(ivy.logical_and(ivy.less_equal(d, 0.0), ivy.equal(x, 1.0)), inf, out)
    out = ivy.where(euler, swapped, out)
    pole = ivy.logical_or(ivy.equal(c, 0.0), ivy.logical_and(ivy.less(c, 0.0), ivy.equal(c, ivy.floor(c))))
    out = ivy.where(pole, inf, out)
    trivial = ivy.logical_or(
        ivy.equal(x, 0.0),
        ivy.logical_and(ivy.logical_or(ivy.equal(a, 0.0), ivy.equal(b, 0.0)), ivy.not_equal(c, 0.0)),
    )
    return ivy.where(trivial, one, out)


def _gauss_legendre(n: int) -> list[tuple[float, float]]:
    """Nodes and weights of n-point Gauss-Legendre quadrature on [-1, 1] (Newton on P_n)."""
    out = []
    for i in range(1, n + 1):
        t = math.cos(math.pi * (i - 0.25) / (n + 0.5))
        for _ in range(100):
            p0, p1 = 1.0, t
            for m in range(2, n + 1):
                p0, p1 = p1, ((2 * m - 1) * t * p1 - (m - 1) * p0) / m
            dp = n * (t * p1 - p0) / (t * t - 1.0)
            step = p1 / dp
            t -= step
            if abs(step) < 1e-16:
                break
        out.append((t, 2.0 / ((1.0 - t * t) * dp * dp)))
    return out


#: nodes on (0, 1] with their weights: the integrand below is even in t
_QUAD = [(t, w) for t, w in _gauss_legendre(48) if t > 0]


def _owens_t_small(h: ivy.Array, a: ivy.Array) -> ivy.Array:
    """T(h, a) = a / (2 pi) int_0^1 exp(-h^2 (1 + a^2 t^2) / 2) / (1 + a^2 t^2) dt, for 0 <= a <= 1."""
    t = ivy.astype(ivy.asarray([q[0] for q in _QUAD]), h.dtype)
    w = ivy.astype(ivy.asarray([q[1] for q in _QUAD]), h.dtype)
    r = 1.0 + ivy.square(ivy.expand_dims(a, axis=-1) * t)
    f = ivy.exp(-0.5 * ivy.expand_dims(ivy.square(h), axis=-1) * r) / r
    return a / (2 * math.pi) * ivy.sum(f * w, axis=-1)


def owens_t(h: ivy.Array, a: ivy.Array) -> ivy.Array:
    """Owen's T function; |a| > 1 by T(h, a) = (P + Q - P Q) / 4 - T(a h, 1 / a) with P = erfc(h / sqrt 2),
    Q = erfc(a h / sqrt 2) (h, a >= 0), and T odd in a, even in h."""
    h, a = ivy.broadcast_arrays(h, a)
    ah, aa = ivy.abs(h), ivy.abs(a)
    big = ivy.greater(aa, 1.0)
    safe = ivy.where(ivy.equal(aa, 0.0), ivy.ones_like(aa), aa)
    inner = _owens_t_small(ivy.where(big, aa * ah, ah), ivy.where(big, 1.0 / safe, aa))
    p, q = ivy.erfc(ah / math.sqrt(2.0)), ivy.erfc(aa * ah / math.sqrt(2.0))
    out = ivy.where(big, 0.25 * (p + q - p * q) - inner, inner) * ivy.sign(a)
    return ivy.where(ivy.logical_or(ivy.isnan(h), ivy.isnan(a)), ivy.full_like(out, float("nan")), out)
