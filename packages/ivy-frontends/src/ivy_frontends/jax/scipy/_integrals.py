"""Exponential, sine/cosine and Fresnel integrals, Dawson's integral and Spence's function, from ivy ops.

Each is a convergent power series where its terms stay small, and a continued fraction (evaluated
backward to a fixed depth), an asymptotic series or a Gaussian sum elsewhere, so every element takes
the same number of ops. They compute in float64 and the callers cast back to the input's dtype.
"""

from __future__ import annotations

import math
from fractions import Fraction

import ivy

NAN = float("nan")
INF = float("inf")
EULER = 0.5772156649015329


def _c(x: ivy.Array, value: float) -> ivy.Array:
    return ivy.full_like(x, value)


def _cdiv(ar: ivy.Array, ai: ivy.Array, br: ivy.Array, bi: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    """(ar + i ai) / (br + i bi) on (real, imaginary) pairs."""
    den = br * br + bi * bi
    return (ar * br + ai * bi) / den, (ai * br - ar * bi) / den


def _e1_cf(zr: ivy.Array, zi: ivy.Array, depth: int) -> tuple[ivy.Array, ivy.Array]:
    """exp(z) E_1(z) = 1 / (z + 1 - 1 / (z + 3 - 4 / (z + 5 - ...))) for complex z off the negative axis."""
    fr, fi = zr + (2 * depth + 1), zi
    for k in range(depth, 0, -1):
        qr, qi = _cdiv(_c(zr, -float(k * k)), ivy.zeros_like(zr), fr, fi)
        fr, fi = zr + (2 * k - 1) + qr, zi + qi
    return _cdiv(ivy.ones_like(zr), ivy.zeros_like(zr), fr, fi)


def _expn_cf(n: ivy.Array, x: ivy.Array, depth: int = 60) -> ivy.Array:
    """E_n(x) for x > 2: exp(-x) / (x + n - n / (x + n + 2 - 2 (n + 1) / (x + n + 4 - ...)))."""
    f = x + n + 2.0 * depth
    for k in range(depth, 0, -1):
        f = x + n + 2.0 * (k - 1) - k * (n + (k - 1)) / f
    return ivy.exp(-x) / f


def _expn_series(n: ivy.Array, x: ivy.Array, terms: int = 30) -> ivy.Array:
    """E_n(x) for 0 < x <= 2 and integer n >= 1: the power series with its log term at k = n - 1."""
    total = ivy.zeros_like(x)
    term = ivy.ones_like(x)  # (-x)^k / k!
    for k in range(terms):
        if k:
            term = term * (-x) / k
        skip = ivy.equal(n, k + 1.0)
        den = ivy.where(skip, ivy.ones_like(x), k - n + 1.0)
        total = total - ivy.where(skip, ivy.zeros_like(x), term / den)
    lead = ivy.exp((n - 1.0) * ivy.log(x) - ivy.lgamma(n)) * ivy.where(
        ivy.equal(ivy.remainder(n - 1.0, 2.0), 0.0), _c(x, 1.0), _c(x, -1.0)
    )
    return total + lead * (ivy.digamma(n) - ivy.log(x))


def expn(n: ivy.Array, x: ivy.Array) -> ivy.Array:
    """E_n(x) by JAX's cases, the later winning: the series (x <= 2) or continued fraction (x > 2, or x > 1 for
    n < 0); nan for n < 0 or x < 0; at x = 0 inf for n < 2 and 1 / n above (JAX's value; E_n(0) is 1 / (n - 1));
    e^-x / x for n = 0; nan at x = inf."""
    far = ivy.logical_or(ivy.greater(x, 2.0), ivy.logical_and(ivy.less(n, 0.0), ivy.greater(x, 1.0)))
    xs = ivy.where(far, _c(x, 0.5), ivy.clip(x, 1e-300, 2.0))
    out = ivy.where(far, _expn_cf(n, ivy.where(far, x, _c(x, 3.0))), _expn_series(ivy.maximum(n, _c(n, 1.0)), xs))
    out = ivy.where(
        ivy.logical_and(ivy.logical_not(far), ivy.logical_or(ivy.less(n, 0.0), ivy.less(x, 0.0))), _c(x, NAN), out
    )
    zero = ivy.equal(x, 0.0)
    out = ivy.where(zero, ivy.where(ivy.less(n, 2.0), _c(x, INF), 1.0 / ivy.maximum(n, _c(n, 2.0))), out)
    out = ivy.where(ivy.logical_and(ivy.equal(n, 0.0), ivy.greater_equal(x, 0.0)), ivy.exp(-x) / x, out)
    bad = ivy.logical_or(ivy.isnan(n), ivy.logical_not(ivy.isfinite(x)))
    return ivy.where(bad, _c(x, NAN), out)


def expi(x: ivy.Array) -> ivy.Array:
    """Ei(x): -E_1(-x) for x < 0; the series gamma + ln x + sum x^k / (k k!) up to 40, e^x / x sum k! / x^k
    above (nan at 0 and +-inf, as JAX)."""
    neg = -expn(ivy.ones_like(x), ivy.maximum(-x, _c(x, 0.0)))
    xs = ivy.clip(x, 1e-300, 40.0)
    total, term = ivy.zeros_like(x), ivy.ones_like(x)
    for k in range(1, 110):
        term = term * xs / k
        total = total + term / k
    series = EULER + ivy.log(xs) + total
    xa = ivy.maximum(x, _c(x, 40.0))
    asym, term = ivy.ones_like(x), ivy.ones_like(x)
    for k in range(1, 40):
        term = term * k / xa
        asym = asym + term
    asym = ivy.exp(xa) / xa * asym
    pos = ivy.where(ivy.greater(x, 40.0), asym, series)
    out = ivy.where(ivy.less(x, 0.0), neg, pos)
    return ivy.where(ivy.logical_or(ivy.equal(x, 0.0), ivy.isinf(x)), _c(x, NAN), out)  # JAX: nan at 0 and +-inf


def sici(x: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    """Si(x) and Ci(|x|): power series for |x| <= 4, else from E_1(i|x|) = -Ci + i (Si - pi/2)."""
    ax = ivy.abs(x)
    xs = ivy.minimum(ax, _c(x, 4.0))
    si, ci = xs, ivy.zeros_like(x)
    term, sq = ivy.ones_like(x), xs * xs  # term = (-1)^j x^j / j! for even j
    for k in range(1, 22):
        term = -term * sq / ((2 * k - 1) * (2 * k))
        ci = ci + term / (2 * k)
        si = si + term * xs / ((2 * k + 1) ** 2)
    ci = EULER + ivy.log(xs) + ci
    xl = ivy.maximum(ax, _c(x, 4.0))
    gr, gi = _e1_cf(ivy.zeros_like(x), xl, 40)  # exp(i x) E_1(i x)
    cos, sin = ivy.cos(xl), ivy.sin(xl)
    er, ei = gr * cos + gi * sin, gi * cos - gr * sin
    far = ivy.greater(ax, 4.0)
    si = ivy.where(far, math.pi / 2 + ei, si)
    ci = ivy.where(far, -er, ci)
    inf = ivy.isinf(x)
    si = ivy.where(inf, _c(x, math.pi / 2), si) * ivy.sign(x)
    ci = ivy.where(inf, ivy.where(ivy.greater(x, 0.0), _c(x, 0.0), _c(x, NAN)), ci)
    return ivy.where(ivy.isnan(x), x, si), ci


def fresnel(x: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    """S(x) and C(x) (integrals of sin and cos of pi t^2 / 2): power series for |x| <= 2.5, else
    C + i S = (1 + i) / 2 (1 - erfc(z)) with z = sqrt(pi) (1 - i) |x| / 2 and erfc's continued fraction."""
    ax = ivy.abs(x)
    xs = ivy.minimum(ax, _c(x, 2.5))
    t = math.pi / 2 * xs * xs
    c, s = ivy.zeros_like(x), ivy.zeros_like(x)
    term = xs  # x t^j / j!
    for j in range(0, 48):
        if j:
            term = term * t / j
        part = term / (2 * j + 1)
        if j % 2 == 0:
            c = c + (part if j % 4 == 0 else -part)
        else:
            s = s + (part if j % 4 == 1 else -part)
    xl = ivy.maximum(ax, _c(x, 2.5))
    zr = math.sqrt(math.pi) / 2 * xl
    zi = -zr
    depth = 80  # erfc(z) sqrt(pi) exp(z^2) = 1 / (z + (1/2) / (z + 1 / (z + (3/2) / (z + ...))))
    fr, fi = zr, zi
    for k in range(depth, 0, -1):
        qr, qi = _cdiv(_c(x, k / 2), ivy.zeros_like(x), fr, fi)
        fr, fi = zr + qr, zi + qi
    gr, gi = _cdiv(_c(x, 1 / math.sqrt(math.pi)), ivy.zeros_like(x), fr, fi)
    phase = math.pi / 2 * xl * xl  # exp(-z^2) = exp(i pi x^2 / 2)
    cos, sin = ivy.cos(phase), ivy.sin(phase)
    er, ei = 1.0 - (gr * cos - gi * sin), -(gr * sin + gi * cos)  # erf(z)
    cl, sl = 0.5 * (er - ei), 0.5 * (er + ei)
    far = ivy.greater(ax, 2.5)
    inf = ivy.isinf(x)
    sign = ivy.sign(x)
    s = ivy.where(inf, _c(x, 0.5), ivy.where(far, sl, s)) * sign
    c = ivy.where(inf, _c(x, 0.5), ivy.where(far, cl, c)) * sign
    return ivy.where(ivy.isnan(x), x, s), ivy.where(ivy.isnan(x), x, c)


_H = 0.2
_ODD = [float(n) for n in range(-41, 121, 2)]


def dawsn(x: ivy.Array) -> ivy.Array:
    """Dawson's integral: Rybicki's Gaussian sum sum_{n odd} exp(-(x - n h)^2) / (n sqrt(pi)) for |x| <= 10,
    the asymptotic series 1 / (2x) sum (2k - 1)!! / (2 x^2)^k above."""
    ax = ivy.abs(x)
    xs = ivy.expand_dims(ivy.minimum(ax, _c(x, 10.0)), axis=-1)
    n = ivy.astype(ivy.asarray(_ODD), x.dtype)
    near = ivy.sum(ivy.exp(-ivy.square(xs - _H * n)) / n, axis=-1) / math.sqrt(math.pi)
    xl = ivy.maximum(ax, _c(x, 10.0))
    total, term = ivy.ones_like(x), ivy.ones_like(x)
    for k in range(1, 20):
        term = term * (2 * k - 1) / (2.0 * xl * xl)
        total = total + term
    far = total / (2.0 * xl)
    out = ivy.where(ivy.greater(ax, 10.0), far, near) * ivy.sign(x)
    return ivy.where(ivy.isnan(x), x, out)


def _bernoulli(count: int) -> list[Fraction]:
    numbers = [Fraction(1)]
    for m in range(1, count):
        numbers.append(-sum(math.comb(m + 1, j) * numbers[j] for j in range(m)) / (m + 1))
    return numbers


#: Li2(z) = sum_n B_n u^(n + 1) / (n + 1)! with u = -ln(1 - z) (|u| < 2 pi); odd B_n past B_1 vanish
_LI2 = [(n + 1, float(b / math.factorial(n + 1))) for n, b in enumerate(_bernoulli(40)) if b]


def _li2_near(u: ivy.Array) -> ivy.Array:
    """Li2(1 - e^(-u)), for |u| <= ln 2."""
    return sum((coef * u**power for power, coef in _LI2), ivy.zeros_like(u))


def spence(x: ivy.Array) -> ivy.Array:
    """Spence's function Li2(1 - x) for finite x >= 0 (nan elsewhere, as JAX), by the reflections onto |ln| <= ln 2."""
    xm = ivy.clip(x, 0.5, 2.0)
    mid = _li2_near(-ivy.log(xm))
    xl = ivy.clip(x, 1e-300, 0.5)
    low = math.pi**2 / 6 - ivy.log1p(-xl) * ivy.log(xl) - _li2_near(-ivy.log1p(-xl))
    xh = ivy.maximum(x, _c(x, 2.0))
    high = -(math.pi**2) / 6 - 0.5 * ivy.square(ivy.log(xh - 1.0)) - _li2_near(ivy.log1p(-1.0 / xh))
    out = ivy.where(ivy.less(x, 0.5), low, ivy.where(ivy.greater(x, 2.0), high, mid))
    out = ivy.where(ivy.equal(x, 0.0), _c(x, math.pi**2 / 6), out)
    bad = ivy.logical_or(ivy.less(x, 0.0), ivy.logical_or(ivy.isnan(x), ivy.isinf(x)))
    return ivy.where(bad, _c(x, NAN), out)  # JAX: nan below 0 and at inf
