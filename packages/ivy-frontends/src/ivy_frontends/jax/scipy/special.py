"""``jax.scipy.special`` on ivy: the core's special functions (``ivy.lgamma``, ``ivy.gammainc``, ...)
with JAX's promotion (integer and bool inputs compute in floating point; Python scalars are weak), and
the functions JAX derives from them (``gamma``, ``beta``, ``comb``, ``poch``, ``multigammaln``, ...)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, cast_to, operand
from ivy_frontends.jax.scipy import _hyper, _integrals


def inexact(*xs: Any) -> tuple[list[ivy.Array], bool]:
    """The operands cast to their promoted floating dtype (JAX's ``promote_args_inexact``), and weakness."""
    ops = [operand(x) for x in xs]
    d, weak = _dtypes.result(*ops)
    d = _dtypes.to_inexact(d)
    return [cast_to(o, d) for o in ops], weak


def _lift(name: str, fn: Callable[..., ivy.Array], doc: str) -> Callable[..., Array]:
    def run(*args: Any) -> Array:
        arrays, weak = inexact(*args)
        return Array(fn(*arrays), weak)

    return named(run, name, f"jax.scipy.special.{name}: {doc}")


def _gammasgn(x: ivy.Array) -> ivy.Array:
    odd = ivy.equal(ivy.remainder(ivy.floor(x), 2.0), 1.0)
    sign = ivy.where(ivy.logical_or(ivy.greater(x, 0), ivy.logical_not(odd)), 1.0, -1.0)
    pole = ivy.logical_and(ivy.less(x, 0), ivy.equal(x, ivy.floor(x)))
    sign = ivy.where(ivy.equal(x, 0), ivy.copysign(ivy.ones_like(x), x), ivy.astype(sign, x.dtype))
    return ivy.where(ivy.logical_or(pole, ivy.isnan(x)), ivy.full_like(x, float("nan")), sign)


def _gamma(x: ivy.Array) -> ivy.Array:
    return _gammasgn(x) * ivy.exp(ivy.lgamma(x))


def _beta(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    sign = _gammasgn(a) * _gammasgn(b) * _gammasgn(a + b)
    return sign * ivy.exp(ivy.betaln(a, b))


def _loggamma(x: ivy.Array) -> ivy.Array:
    return ivy.where(ivy.greater(x, 0), ivy.lgamma(x), ivy.full_like(x, float("nan")))


def _factorial(n: ivy.Array) -> ivy.Array:
    return ivy.where(ivy.less(n, 0), ivy.zeros_like(n), ivy.exp(ivy.lgamma(n + 1.0)))


def _poch(z: ivy.Array, m: ivy.Array) -> ivy.Array:
    sign = _gammasgn(z + m) * _gammasgn(z)
    return ivy.where(ivy.equal(m, 0), ivy.ones_like(z), sign * ivy.exp(ivy.lgamma(z + m) - ivy.lgamma(z)))


def _digamma(x: ivy.Array) -> ivy.Array:
    return ivy.where(ivy.equal(x, 0), ivy.full_like(x, float("nan")), ivy.digamma(x))  # JAX: nan at the pole 0


def _logit(p: ivy.Array) -> ivy.Array:
    return ivy.log(p / (1.0 - p))


def _ndtr(x: ivy.Array) -> ivy.Array:
    return 0.5 * ivy.erfc(-x / math.sqrt(2.0))


def _boxcox(x: ivy.Array, lmbda: ivy.Array) -> ivy.Array:
    lg = ivy.log(x)
    return ivy.where(ivy.equal(lmbda, 0), lg, ivy.expm1(lmbda * lg) / lmbda)


def _boxcox1p(x: ivy.Array, lmbda: ivy.Array) -> ivy.Array:
    lg = ivy.log1p(x)
    return ivy.where(ivy.equal(lmbda, 0), lg, ivy.expm1(lmbda * lg) / lmbda)


def _rel_entr(p: ivy.Array, q: ivy.Array) -> ivy.Array:
    both = ivy.logical_and(ivy.greater(p, 0), ivy.greater(q, 0))
    safe_p = ivy.where(both, p, ivy.ones_like(p))
    safe_q = ivy.where(both, q, ivy.ones_like(q))
    zero = ivy.logical_and(ivy.equal(p, 0), ivy.greater_equal(q, 0))
    other = ivy.where(zero, ivy.zeros_like(p), ivy.full_like(p, float("inf")))
    return ivy.where(both, safe_p * ivy.log(safe_p / safe_q), other)


def _kl_div(p: ivy.Array, q: ivy.Array) -> ivy.Array:
    both = ivy.logical_and(ivy.greater(p, 0), ivy.greater(q, 0))
    safe_p = ivy.where(both, p, ivy.ones_like(p))
    safe_q = ivy.where(both, q, ivy.ones_like(q))
    zero = ivy.logical_and(ivy.equal(p, 0), ivy.greater_equal(q, 0))
    other = ivy.where(zero, q, ivy.full_like(q, float("inf")))
    return ivy.where(both, safe_p * ivy.log(safe_p / safe_q) - safe_p + safe_q, other)


_TABLE: dict[str, tuple[Callable[..., ivy.Array], str]] = {
    "gammaln": (ivy.lgamma, "log |Gamma(x)|."),
    "digamma": (_digamma, "the digamma function."),
    "polygamma": (ivy.polygamma, "the n-th derivative of digamma."),
    "zeta": (ivy.zeta, "the Hurwitz zeta function."),
    "gammainc": (ivy.gammainc, "the regularized lower incomplete gamma function."),
    "gammaincc": (ivy.gammaincc, "the regularized upper incomplete gamma function."),
    "betainc": (ivy.betainc, "the regularized incomplete beta function."),
    "betaln": (ivy.betaln, "log |B(a, b)|."),
    "i0": (ivy.i0, "modified Bessel function of order 0."),
    "i0e": (ivy.i0e, "exponentially scaled i0."),
    "i1": (ivy.i1, "modified Bessel function of order 1."),
    "i1e": (ivy.i1e, "exponentially scaled i1."),
    "ndtri": (ivy.ndtri, "the inverse of the standard normal CDF."),
    "log_ndtr": (ivy.log_ndtr, "log of the standard normal CDF."),
    "ndtr": (_ndtr, "the standard normal CDF."),
    "erf": (ivy.erf, "the error function."),
    "erfc": (ivy.erfc, "the complementary error function."),
    "erfcx": (ivy.erfcx, "the scaled complementary error function."),
    "erfinv": (ivy.erfinv, "the inverse error function."),
    "xlogy": (ivy.xlogy, "x * log(y), 0 where x == 0."),
    "xlog1py": (ivy.xlog1py, "x * log1p(y), 0 where x == 0."),
    "entr": (ivy.entr, "-x log x."),
    "expit": (ivy.nn.sigmoid, "the logistic sigmoid."),
    "logit": (_logit, "log(p / (1 - p))."),
    "gamma": (_gamma, "the gamma function."),
    "gammasgn": (_gammasgn, "the sign of the gamma function."),
    "loggamma": (_loggamma, "log Gamma for real x > 0 (nan elsewhere, as JAX)."),
    "beta": (_beta, "the beta function."),
    "factorial": (_factorial, "Gamma(n + 1) (0 for n < 0)."),
    "poch": (_poch, "the Pochhammer symbol Gamma(z + m) / Gamma(z)."),
    "boxcox": (_boxcox, "the Box-Cox transform."),
    "boxcox1p": (_boxcox1p, "the Box-Cox transform of 1 + x."),
    "rel_entr": (_rel_entr, "elementwise relative entropy."),
    "kl_div": (_kl_div, "elementwise Kullback-Leibler divergence."),
}
FUNCTIONS = {name: _lift(name, fn, doc) for name, (fn, doc) in _TABLE.items()}
_lifted_ndtr = FUNCTIONS["ndtr"]


def ndtr(x: Any) -> Array:
    """jax.scipy.special.ndtr: the standard normal CDF (floating inputs only, as in JAX)."""
    d = _dtypes.result(operand(x))[0]
    if d.kind not in "f":
        raise TypeError(f"x.dtype={d} is not supported, see docstring for supported types.")
    return _lifted_ndtr(x)


FUNCTIONS["ndtr"] = ndtr
globals().update(FUNCTIONS)


def comb(N: Any, k: Any, *, repetition: bool = False) -> Array:  # noqa: N803 - SciPy's names
    """jax.scipy.special.comb: N choose k (with repetition: N + k - 1 choose k); 0 outside 0 <= k <= N."""
    (n, kk), weak = inexact(N, k)
    if repetition:
        n = n + kk - 1.0
    out = ivy.exp(ivy.lgamma(n + 1.0) - ivy.lgamma(kk + 1.0) - ivy.lgamma(n - kk + 1.0))
    valid = ivy.logical_and(ivy.greater_equal(kk, 0), ivy.less_equal(kk, n))
    return Array(ivy.where(valid, out, ivy.zeros_like(out)), weak)


def multigammaln(a: Any, d: int) -> Array:
    """jax.scipy.special.multigammaln: the log of the multivariate gamma function of dimension ``d``."""
    (x,), weak = inexact(a)
    total = ivy.zeros_like(x) + d * (d - 1) / 4.0 * math.log(math.pi)
    for j in range(int(d)):
        total = total + ivy.lgamma(x - j / 2.0)
    return Array(total, weak)


def bernoulli(n: int) -> Array:
    """jax.scipy.special.bernoulli: the Bernoulli numbers B_0..B_n (B_1 = -1/2)."""
    n = int(n)
    if n < 0:
        raise ValueError(f"jax.scipy.special.bernoulli: n must be non-negative, got {n}")
    numbers = [1.0]
    for m in range(1, n + 1):
        numbers.append(-sum(math.comb(m + 1, j) * numbers[j] for j in range(m)) / (m + 1))
    return Array(ivy.asarray(numbers, dtype=ivy.float64))


def bessel_jn(z: Any, *, v: int, n_iter: int = 50) -> Array:
    """jax.scipy.special.bessel_jn: J_0(z)..J_v(z), stacked on a new leading axis (Miller's backward recurrence)."""
    (x,), _ = inexact(z)
    v = int(v)
    start = max(v, int(n_iter)) + 1
    huge = 1e250 if x.dtype == ivy.float64 else 1e30
    nxt = ivy.zeros_like(x)
    cur = ivy.full_like(x, 1e-30)
    orders: dict[int, ivy.Array] = {}
    for k in range(start, 0, -1):  # J_{k-1} = 2k/x J_k - J_{k+1}
        prev = 2.0 * k / x * cur - nxt
        nxt, cur = cur, prev
        big = ivy.greater(ivy.abs(cur), huge)
        scale = ivy.where(big, ivy.full_like(cur, 1.0 / huge), ivy.ones_like(cur))
        cur, nxt = cur * scale, nxt * scale
        for o in list(orders):
            orders[o] = orders[o] * scale
        if k - 1 <= v:
            orders[k - 1] = cur
    if v >= 1 and 1 not in orders:
        orders[1] = nxt
    norm = ivy.bessel_j0(x) / orders[0]
    out = ivy.stack([orders[o] * norm for o in range(v + 1)])
    return Array(ivy.where(ivy.equal(x, 0), ivy.full_like(out, float("nan")), out))  # JAX: nan at z = 0


def logsumexp(
    a: Any, axis: Any = None, b: Any = None, keepdims: bool = False, return_sign: bool = False, where: Any = None
) -> Any:
    """jax.scipy.special.logsumexp: log(sum(b * exp(a))) (with its sign when ``return_sign``)."""
    from ivy_frontends.jax import numpy as jnp

    arr = jnp.asarray(a)
    if where is not None:
        arr = jnp.where(where, arr, -jnp.inf)
    if b is not None:
        (x, w), _ = inexact(a, b)
        x, w = ivy.broadcast_arrays(x, w)
        arr = Array(x)
    top = jnp.max(arr, axis=axis, keepdims=True)
    top = jnp.where(jnp.isfinite(top), top, 0)
    shifted = jnp.exp(arr - top)
    total = jnp.sum(shifted * Array(w) if b is not None else shifted, axis=axis, keepdims=True)
    sign = jnp.sign(total)
    out = jnp.log(jnp.abs(total)) + top
    if not keepdims:
        out, sign = jnp.squeeze(out, axis=axis), jnp.squeeze(sign, axis=axis)
    if return_sign:
        return out, sign
    return jnp.where(sign < 0, jnp.nan, out)


def _all_axes(x: Any, axis: Any) -> Any:
    return tuple(range(operand(x).ndim)) if axis is None and isinstance(operand(x), Array) else axis


def softmax(x: Any, /, *, axis: Any = None) -> Array:
    """jax.scipy.special.softmax (over all axes by default)."""
    from ivy_frontends.jax import nn

    return nn.softmax(x, axis=_all_axes(x, axis))


def log_softmax(x: Any, /, *, axis: Any = None) -> Array:
    """jax.scipy.special.log_softmax (over all axes by default)."""
    from ivy_frontends.jax import nn

    return nn.log_softmax(x, axis=_all_axes(x, axis))


def _wide(name: str, fn: Callable[..., Any], doc: str, with_eps: bool = False, f64: bool = False) -> Callable[..., Any]:
    """A function of ``_integrals``/``_hyper`` on real inputs: computed in float64, cast back to their dtype
    (kept float64 where ``f64``: JAX's ``owens_t`` promotes with its float64 quadrature table)."""

    def run(*args: Any) -> Any:
        arrays, weak = inexact(*args)
        d = arrays[0].dtype
        if ivy.isdtype(d, "complex floating"):
            raise ValueError(f"{name} does not support complex-valued inputs.")
        extra = (float(ivy.finfo(d).eps),) if with_eps else ()
        out = fn(*[ivy.astype(a, ivy.float64) for a in arrays], *extra)
        if f64:
            d, weak = ivy.float64, False
        if isinstance(out, tuple):
            return tuple(Array(ivy.astype(o, d), weak) for o in out)
        return Array(ivy.astype(out, d), weak)

    return named(run, name, f"jax.scipy.special.{name}: {doc}")


_WIDE = {
    "expn": (_integrals.expn, "the generalized exponential integral E_n(x)."),
    "exp1": (lambda x: _integrals.expn(ivy.ones_like(x), x), "the exponential integral E_1(x)."),
    "expi": (_integrals.expi, "the exponential integral Ei(x)."),
    "sici": (_integrals.sici, "the sine and cosine integrals (Si(x), Ci(x))."),
    "fresnel": (_integrals.fresnel, "the Fresnel integrals (S(x), C(x))."),
    "dawsn": (_integrals.dawsn, "Dawson's integral."),
    "spence": (_integrals.spence, "Spence's function (the dilogarithm Li2(1 - x)), nan for x < 0."),
}
FUNCTIONS.update({name: _wide(name, fn, doc) for name, (fn, doc) in _WIDE.items()})
FUNCTIONS["hyp1f1"] = _wide("hyp1f1", _hyper.hyp1f1, "the confluent hypergeometric function 1F1(a; b; x).", True)
FUNCTIONS["owens_t"] = _wide("owens_t", _hyper.owens_t, "Owen's T function T(h, a) (float64, as JAX).", f64=True)
FUNCTIONS["hyp2f1"] = _wide("hyp2f1", _hyper.hyp2f1, "the Gauss hypergeometric function 2F1(a, b; c; x).", True)
globals().update(FUNCTIONS)

__all__ = sorted({*FUNCTIONS, "bernoulli", "bessel_jn", "comb", "log_softmax", "logsumexp", "multigammaln", "softmax"})
