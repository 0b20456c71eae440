"""The distributions of ``numpy.random`` beyond inverse-CDF transforms, as a mixin of its draw methods.

Each is built from uniform and normal draws with ``ivy`` calls: gamma by Marsaglia and
Tsang's squeeze (every shape, with the ``shape < 1`` boost), the chi-square, beta, F,
Student t, Dirichlet and noncentral families from gamma, Poisson by splitting large
means with gamma draws (Ahrens and Dieter) and counting exponential gaps for the rest,
binomial by beta splitting (halving ``n`` each round) and Bernoulli sums, and rejection
samplers (von Mises, Zipf, log-series) that redraw only the rejected entries until
every one is accepted. The numbers are ivy's, not NumPy's: the tests compare shapes,
dtypes, supports and moments with NumPy's.
"""

from __future__ import annotations

import math
import operator
import warnings
from typing import Any

import ivy
from ivy_frontends.numpy._helpers import arr, dtype_arg
from ivy_frontends.numpy._ndarray import ndarray

#: Largest Bernoulli sum drawn directly in binomial sampling; larger counts are split first.
_DIRECT_BINOMIAL = 16
#: Poisson means above this are reduced with gamma draws before counting exponential gaps.
_DIRECT_POISSON = 12.0


def _size_shape(size: Any) -> tuple[int, ...] | None:
    if size is None:
        return None
    return (operator.index(size),) if not isinstance(size, (tuple, list)) else tuple(operator.index(s) for s in size)


class Distributions:
    """Mixed into the draw methods of ``Generator``/``RandomState`` and the legacy functions."""

    def _seed(self) -> int | None:  # pragma: no cover - provided by the class this is mixed into
        return None

    # -- plumbing ---------------------------------------------------------
    def _params(self, name: str, size: Any, *values: Any) -> tuple[tuple[int, ...], list[ivy.Array]]:
        """Parameters as float64 arrays broadcast to the output shape (``size``, or theirs)."""
        arrays = [ivy.astype(arr(v, f"numpy.random.{name}", "parameter"), ivy.float64) for v in values]
        shape = _size_shape(size)
        own = tuple(ivy.broadcast_shapes(*(a.shape for a in arrays))) if arrays else ()
        if shape is None:
            shape = own
        else:
            try:
                ivy.broadcast_shapes(own, shape)
            except ValueError:
                raise ValueError(
                    f"numpy.random.{name}: shape mismatch: parameters of shape {own} and size {shape}"
                ) from None
        return shape, [ivy.broadcast_to(a, shape) for a in arrays]

    @staticmethod
    def _require(ok: Any, name: str, message: str) -> None:
        if not bool(ivy.all(ok)):
            raise ValueError(f"numpy.random.{name}: {message}")

    def _u(self, shape: tuple[int, ...]) -> ivy.Array:
        """Uniform on the open interval (0, 1) (no zero: logs and powers stay finite)."""
        u = ivy.random.uniform(shape, dtype=ivy.float64, seed=self._seed())
        return ivy.where(ivy.equal(u, 0), ivy.full_like(u, 2.0**-60), u)

    def _n(self, shape: tuple[int, ...]) -> ivy.Array:
        return ivy.random.normal(shape, dtype=ivy.float64, seed=self._seed())

    # -- gamma family -----------------------------------------------------
    def _gamma(self, k: ivy.Array) -> ivy.Array:
        """Standard gamma draws of shape ``k`` (elementwise; ``k == 0`` gives 0)."""
        shape = tuple(k.shape)
        small = ivy.less(k, 1.0)
        kk = ivy.where(small, ivy.add(k, 1.0), k)
        d = ivy.subtract(kk, 1.0 / 3.0)
        c = ivy.divide(1.0, ivy.sqrt(ivy.multiply(9.0, d)))
        out = ivy.zeros(shape, dtype=ivy.float64)
        done = ivy.equal(k, 0)
        while not bool(ivy.all(done)):
            x = self._n(shape)
            v = ivy.pow(ivy.add(1.0, ivy.multiply(c, x)), 3)
            u = self._u(shape)
            positive = ivy.greater(v, 0)
            safe_v = ivy.where(positive, v, ivy.ones_like(v))
            bound = ivy.add(
                ivy.multiply(0.5, ivy.square(x)), ivy.multiply(d, ivy.add(ivy.subtract(1.0, safe_v), ivy.log(safe_v)))
            )
            accept = ivy.logical_and(positive, ivy.less(ivy.log(u), bound))
            take = ivy.logical_and(accept, ivy.logical_not(done))
            out = ivy.where(take, ivy.multiply(d, safe_v), out)
            done = ivy.logical_or(done, accept)
        boost = ivy.pow(self._u(shape), ivy.divide(1.0, ivy.where(small, k, ivy.ones_like(k))))
        return ivy.where(ivy.logical_and(small, ivy.greater(k, 0)), ivy.multiply(out, boost), out)

    def standard_gamma(self, shape: Any, size: Any = None, dtype: Any = None, out: Any = None) -> ndarray:
        """Gamma draws with scale 1."""
        _, (k,) = self._params("standard_gamma", size, shape)
        self._require(ivy.greater_equal(k, 0), "standard_gamma", "shape < 0")
        d = dtype_arg(dtype, "numpy.random.standard_gamma") or ivy.float64
        return ndarray(ivy.astype(self._gamma(k), d))

    def gamma(self, shape: Any, scale: Any = 1.0, size: Any = None) -> ndarray:
        """Gamma draws with ``shape`` and ``scale``."""
        _, (k, theta) = self._params("gamma", size, shape, scale)
        self._require(ivy.greater_equal(k, 0), "gamma", "shape < 0")
        self._require(ivy.greater_equal(theta, 0), "gamma", "scale < 0")
        return ndarray(ivy.multiply(self._gamma(k), theta))

    def _chisq(self, df: ivy.Array) -> ivy.Array:
        return ivy.multiply(2.0, self._gamma(ivy.divide(df, 2.0)))

    def chisquare(self, df: Any, size: Any = None) -> ndarray:
        """Chi-square draws with ``df`` degrees of freedom."""
        _, (k,) = self._params("chisquare", size, df)
        self._require(ivy.greater(k, 0), "chisquare", "df <= 0")
        return ndarray(self._chisq(k))

    def beta(self, a: Any, b: Any, size: Any = None) -> ndarray:
        """Beta draws: ``X / (X + Y)`` for gamma ``X`` of shape ``a`` and ``Y`` of shape ``b``."""
        _, (pa, pb) = self._params("beta", size, a, b)
        self._require(ivy.greater(pa, 0), "beta", "a <= 0")
        self._require(ivy.greater(pb, 0), "beta", "b <= 0")
        x, y = self._gamma(pa), self._gamma(pb)
        return ndarray(ivy.divide(x, ivy.add(x, y)))

    def f(self, dfnum: Any, dfden: Any, size: Any = None) -> ndarray:
        """F draws: the ratio of two chi-squares over their degrees of freedom."""
        _, (n1, n2) = self._params("f", size, dfnum, dfden)
        self._require(ivy.greater(n1, 0), "f", "dfnum <= 0")
        self._require(ivy.greater(n2, 0), "f", "dfden <= 0")
        return ndarray(ivy.divide(ivy.divide(self._chisq(n1), n1), ivy.divide(self._chisq(n2), n2)))

    def standard_t(self, df: Any, size: Any = None) -> ndarray:
        """Student t draws: a normal over the root of a chi-square per degree of freedom."""
        s, (k,) = self._params("standard_t", size, df)
        self._require(ivy.greater(k, 0), "standard_t", "df <= 0")
        return ndarray(ivy.divide(self._n(s), ivy.sqrt(ivy.divide(self._chisq(k), k))))

    def _noncentral_chisq(self, df: ivy.Array, nonc: ivy.Array) -> ivy.Array:
        """A chi-square whose degrees of freedom gain twice a Poisson(nonc / 2) count."""
        extra = ivy.astype(self._poisson(ivy.divide(nonc, 2.0)), ivy.float64)
        return self._chisq(ivy.add(df, ivy.multiply(2.0, extra)))

    def noncentral_chisquare(self, df: Any, nonc: Any, size: Any = None) -> ndarray:
        """Noncentral chi-square draws."""
        _, (k, lam) = self._params("noncentral_chisquare", size, df, nonc)
        self._require(ivy.greater(k, 0), "noncentral_chisquare", "df <= 0")
        self._require(ivy.greater_equal(lam, 0), "noncentral_chisquare", "nonc < 0")
        return ndarray(self._noncentral_chisq(k, lam))

    def noncentral_f(self, dfnum: Any, dfden: Any, nonc: Any, size: Any = None) -> ndarray:
        """Noncentral F draws."""
        _, (n1, n2, lam) = self._params("noncentral_f", size, dfnum, dfden, nonc)
        self._require(ivy.greater(n1, 0), "noncentral_f", "dfnum <= 0")
        self._require(ivy.greater(n2, 0), "noncentral_f", "dfden <= 0")
        self._require(ivy.greater_equal(lam, 0), "noncentral_f", "nonc < 0")
        top = ivy.divide(self._noncentral_chisq(n1, lam), n1)
        return ndarray(ivy.divide(top, ivy.divide(self._chisq(n2), n2)))

    def dirichlet(self, alpha: Any, size: Any = None) -> ndarray:
        """Dirichlet draws: gammas of shapes ``alpha`` normalised to sum to one (last axis)."""
        k = ivy.astype(arr(alpha, "numpy.random.dirichlet", "alpha"), ivy.float64)
        if k.ndim != 1:
            raise ValueError("numpy.random.dirichlet: alpha must be a one-dimensional sequence of floats")
        self._require(ivy.greater_equal(k, 0), "dirichlet", "alpha < 0")
        shape = (_size_shape(size) or ()) + tuple(k.shape)
        g = self._gamma(ivy.broadcast_to(k, shape))
        total = ivy.sum(g, axis=-1, keepdims=True)
        return ndarray(ivy.divide(g, ivy.where(ivy.equal(total, 0), ivy.ones_like(total), total)))

    # -- counts ---------------------------------------------------------------
    def _poisson(self, lam: ivy.Array) -> ivy.Array:
        """Poisson counts (int64) of mean ``lam``."""
        shape = tuple(lam.shape)
        lam = ivy.astype(lam, ivy.float64)
        base = ivy.zeros(shape, dtype=ivy.float64)
        while bool(ivy.any(ivy.greater(lam, _DIRECT_POISSON))):
            big = ivy.greater(lam, _DIRECT_POISSON)
            m = ivy.floor(ivy.multiply(0.875, lam))
            x = self._gamma(ivy.where(big, m, ivy.ones_like(m)))  # the m-th arrival time
            early = ivy.logical_and(big, ivy.less(x, lam))
            # m arrivals before lam: count the rest in (x, lam]; otherwise all arrivals lie below m
            late = ivy.logical_and(big, ivy.logical_not(early))
            inside = self._binomial(
                ivy.where(late, ivy.subtract(m, 1.0), ivy.zeros_like(m)),
                ivy.where(late, ivy.divide(lam, x), ivy.zeros_like(m)),
            )
            base = ivy.add(
                base, ivy.where(early, m, ivy.where(late, ivy.astype(inside, ivy.float64), ivy.zeros_like(m)))
            )
            lam = ivy.where(early, ivy.subtract(lam, x), ivy.where(late, ivy.zeros_like(lam), lam))
        count = ivy.zeros(shape, dtype=ivy.float64)
        product = self._u(shape)
        limit = ivy.exp(ivy.negative(lam))
        active = ivy.greater(product, limit)
        while bool(ivy.any(active)):
            count = ivy.where(active, ivy.add(count, 1.0), count)
            product = ivy.where(active, ivy.multiply(product, self._u(shape)), product)
            active = ivy.logical_and(active, ivy.greater(product, limit))
        return ivy.astype(ivy.add(base, count), ivy.int64)

    def poisson(self, lam: Any = 1.0, size: Any = None) -> ndarray:
        """Poisson counts."""
        _, (k,) = self._params("poisson", size, lam)
        self._require(ivy.greater_equal(k, 0), "poisson", "lam < 0")
        self._require(ivy.less(k, 1e12), "poisson", "lam value too large")
        return ndarray(self._poisson(k))

    def _binomial(self, n: ivy.Array, p: ivy.Array) -> ivy.Array:
        """Binomial counts (int64): beta splitting while ``n`` is large, then a sum of Bernoullis."""
        shape = tuple(n.shape)
        n, p = ivy.astype(n, ivy.float64), ivy.astype(p, ivy.float64)
        base = ivy.zeros(shape, dtype=ivy.float64)
        while bool(ivy.any(ivy.greater(n, _DIRECT_BINOMIAL))):
            big = ivy.greater(n, _DIRECT_BINOMIAL)
            a = ivy.add(1.0, ivy.floor(ivy.divide(n, 2.0)))
            b = ivy.add(ivy.subtract(n, a), 1.0)
            ga = self._gamma(ivy.where(big, a, ivy.ones_like(a)))
            gb = self._gamma(ivy.where(big, b, ivy.ones_like(b)))
            x = ivy.divide(ga, ivy.add(ga, gb))  # the a-th smallest of n uniforms
            below = ivy.greater_equal(x, p)
            safe_x = ivy.where(ivy.equal(x, 0), ivy.ones_like(x), x)
            safe_1x = ivy.where(ivy.equal(x, 1), ivy.ones_like(x), ivy.subtract(1.0, x))
            n_new = ivy.where(below, ivy.subtract(a, 1.0), ivy.subtract(n, a))
            p_new = ivy.where(below, ivy.divide(p, safe_x), ivy.divide(ivy.subtract(p, x), safe_1x))
            base = ivy.where(ivy.logical_and(big, ivy.logical_not(below)), ivy.add(base, a), base)
            n = ivy.where(big, n_new, n)
            p = ivy.where(big, ivy.clip(p_new, 0.0, 1.0), p)
        width = int(ivy.max(n)) if n.size else 0
        if width == 0:
            return ivy.astype(base, ivy.int64)
        u = ivy.random.uniform((*shape, width), dtype=ivy.float64, seed=self._seed())
        trials = ivy.less(ivy.arange(width, dtype=ivy.float64), ivy.expand_dims(n, axis=-1))
        hits = ivy.logical_and(trials, ivy.less(u, ivy.expand_dims(p, axis=-1)))
        return ivy.astype(ivy.add(base, ivy.sum(ivy.astype(hits, ivy.float64), axis=-1)), ivy.int64)

    def binomial(self, n: Any, p: Any, size: Any = None) -> ndarray:
        """Binomial counts of ``n`` trials with success probability ``p``."""
        _, (trials, prob) = self._params("binomial", size, n, p)
        self._require(ivy.greater_equal(trials, 0), "binomial", "n < 0")
        self._require(
            ivy.logical_and(ivy.greater_equal(prob, 0), ivy.less_equal(prob, 1)), "binomial", "p < 0, p > 1 or p is NaN"
        )
        return ndarray(self._binomial(ivy.floor(trials), prob))

    def negative_binomial(self, n: Any, p: Any, size: Any = None) -> ndarray:
        """Failures before the ``n``-th success: Poisson counts of gamma-distributed means."""
        _, (k, prob) = self._params("negative_binomial", size, n, p)
        self._require(ivy.greater(k, 0), "negative_binomial", "n <= 0")
        self._require(
            ivy.logical_and(ivy.greater(prob, 0), ivy.less_equal(prob, 1)),
            "negative_binomial",
            "p <= 0, p > 1 or p is NaN",
        )
        return ndarray(self._poisson(ivy.multiply(self._gamma(k), ivy.divide(ivy.subtract(1.0, prob), prob))))

    def geometric(self, p: Any, size: Any = None) -> ndarray:
        """Trials up to and including the first success (at least 1)."""
        s, (prob,) = self._params("geometric", size, p)
        self._require(
            ivy.logical_and(ivy.greater(prob, 0), ivy.less_equal(prob, 1)),
            "geometric",
            "p <= 0, p > 1 or p contains NaNs",
        )
        u = self._u(s)
        one = ivy.equal(prob, 1)
        safe = ivy.where(one, ivy.full_like(prob, 0.5), prob)
        k = ivy.ceil(ivy.divide(ivy.log(u), ivy.log1p(ivy.negative(safe))))
        return ndarray(ivy.astype(ivy.where(one, ivy.ones_like(k), ivy.maximum(k, 1.0)), ivy.int64))

    def hypergeometric(self, ngood: Any, nbad: Any, nsample: Any, size: Any = None) -> ndarray:
        """Good items among ``nsample`` drawn without replacement (one draw per round)."""
        s, (good, bad, sample) = self._params("hypergeometric", size, ngood, nbad, nsample)
        self._require(ivy.greater_equal(good, 0), "hypergeometric", "ngood < 0")
        self._require(ivy.greater_equal(bad, 0), "hypergeometric", "nbad < 0")
        self._require(ivy.greater_equal(sample, 0), "hypergeometric", "nsample < 0")
        self._require(ivy.less_equal(sample, ivy.add(good, bad)), "hypergeometric", "ngood + nbad < nsample")
        count = ivy.zeros(s, dtype=ivy.float64)
        for step in range(int(ivy.max(sample)) if sample.size else 0):
            active = ivy.less(float(step), sample)
            left = ivy.add(good, bad)
            hit = ivy.logical_and(active, ivy.less(ivy.multiply(self._u(s), left), good))
            count = ivy.where(hit, ivy.add(count, 1.0), count)
            good = ivy.where(hit, ivy.subtract(good, 1.0), good)
            bad = ivy.where(ivy.logical_and(active, ivy.logical_not(hit)), ivy.subtract(bad, 1.0), bad)
        return ndarray(ivy.astype(count, ivy.int64))

    def logseries(self, p: Any, size: Any = None) -> ndarray:
        """Log-series draws (Kemp's second accelerated generator)."""
        s, (prob,) = self._params("logseries", size, p)
        self._require(
            ivy.logical_and(ivy.greater_equal(prob, 0), ivy.less(prob, 1)), "logseries", "p < 0, p >= 1 or p is NaN"
        )
        r = ivy.log1p(ivy.negative(prob))
        out = ivy.ones(s, dtype=ivy.float64)
        done = ivy.equal(prob, 0)
        while not bool(ivy.all(done)):
            v, u = self._u(s), self._u(s)
            q = ivy.negative(ivy.expm1(ivy.multiply(r, u)))
            one = ivy.logical_or(ivy.greater_equal(v, prob), ivy.greater_equal(v, q))
            tail = ivy.less_equal(v, ivy.square(q))
            safe_q = ivy.where(ivy.logical_and(ivy.greater(q, 0), ivy.less(q, 1)), q, ivy.full_like(q, 0.5))
            k = ivy.floor(ivy.add(1.0, ivy.divide(ivy.log(v), ivy.log(safe_q))))
            value = ivy.where(one, ivy.ones_like(k), ivy.where(tail, k, ivy.full_like(k, 2.0)))
            ok = ivy.logical_or(one, ivy.logical_not(tail))
            ok = ivy.logical_or(ok, ivy.logical_and(ivy.greater_equal(k, 1.0), ivy.isfinite(k)))
            take = ivy.logical_and(ok, ivy.logical_not(done))
            out = ivy.where(take, value, out)
            done = ivy.logical_or(done, ok)
        return ndarray(ivy.astype(out, ivy.int64))

    def zipf(self, a: Any, size: Any = None) -> ndarray:
        """Zipf draws (Devroye's rejection method)."""
        s, (alpha,) = self._params("zipf", size, a)
        self._require(ivy.greater(alpha, 1), "zipf", "a <= 1 or a is NaN")
        am1 = ivy.subtract(alpha, 1.0)
        b = ivy.pow(2.0, am1)
        out = ivy.ones(s, dtype=ivy.float64)
        done = ivy.zeros(s, dtype=ivy.bool)
        while not bool(ivy.all(done)):
            u, v = self._u(s), self._u(s)
            x = ivy.floor(ivy.pow(u, ivy.divide(-1.0, am1)))
            valid = ivy.logical_and(ivy.greater_equal(x, 1.0), ivy.less(x, 2.0**62))
            safe_x = ivy.where(valid, x, ivy.ones_like(x))
            t = ivy.pow(ivy.add(1.0, ivy.divide(1.0, safe_x)), am1)
            ok = ivy.logical_and(
                valid,
                ivy.less_equal(
                    ivy.divide(ivy.multiply(ivy.multiply(v, safe_x), ivy.subtract(t, 1.0)), ivy.subtract(b, 1.0)),
                    ivy.divide(t, b),
                ),
            )
            out = ivy.where(ivy.logical_and(ok, ivy.logical_not(done)), safe_x, out)
            done = ivy.logical_or(done, ok)
        return ndarray(ivy.astype(out, ivy.int64))

    def multinomial(self, n: Any, pvals: Any, size: Any = None) -> ndarray:
        """Counts of ``n`` trials over the categories of ``pvals`` (sequential conditional binomials)."""
        probs = ivy.astype(arr(pvals, "numpy.random.multinomial", "pvals"), ivy.float64)
        if probs.ndim < 1:
            raise ValueError("numpy.random.multinomial: pvals must have at least 1 dimension")
        self._require(
            ivy.logical_and(ivy.greater_equal(probs, 0), ivy.less_equal(probs, 1)),
            "multinomial",
            "pvals < 0, pvals > 1 or pvals contains NaNs",
        )
        if float(ivy.max(ivy.sum(probs[..., :-1], axis=-1))) > 1.0 + 1e-12:
            raise ValueError("numpy.random.multinomial: sum(pvals[:-1]) > 1.0")
        trials = ivy.astype(arr(n, "numpy.random.multinomial", "n"), ivy.float64)
        self._require(ivy.greater_equal(trials, 0), "multinomial", "n < 0")
        lead = _size_shape(size)
        lead = tuple(ivy.broadcast_shapes(trials.shape, probs.shape[:-1])) if lead is None else lead
        k = probs.shape[-1]
        left = ivy.broadcast_to(trials, lead)
        mass = ivy.ones(lead, dtype=ivy.float64)
        counts = []
        for i in range(k):
            pi = ivy.broadcast_to(probs[..., i], lead)
            if i == k - 1:
                c = left
            else:
                ratio = ivy.clip(ivy.divide(pi, ivy.where(ivy.greater(mass, 0), mass, ivy.ones_like(mass))), 0.0, 1.0)
                c = ivy.astype(self._binomial(left, ratio), ivy.float64)
            counts.append(c)
            left = ivy.subtract(left, c)
            mass = ivy.subtract(mass, pi)
        return ndarray(ivy.astype(ivy.stack(counts, axis=-1), ivy.int64))

    def multivariate_normal(
        self,
        mean: Any,
        cov: Any,
        size: Any = None,
        check_valid: str = "warn",
        tol: float = 1e-8,
        *,
        method: str = "svd",
    ) -> ndarray:
        """Draws of ``mean + L z`` with ``L L^T = cov`` (SVD, eigh or Cholesky factor)."""
        name = "numpy.random.multivariate_normal"
        mu = ivy.astype(arr(mean, name, "mean"), ivy.float64)
        sigma = ivy.astype(arr(cov, name, "cov"), ivy.float64)
        if mu.ndim != 1:
            raise ValueError(f"{name}: mean must be 1 dimensional")
        if sigma.ndim != 2 or sigma.shape[0] != sigma.shape[1]:
            raise ValueError(f"{name}: cov must be 2 dimensional and square")
        if mu.shape[0] != sigma.shape[0]:
            raise ValueError(f"{name}: mean and cov must have same length")
        if check_valid not in ("warn", "raise", "ignore"):
            raise ValueError(f"{name}: check_valid must equal 'warn', 'raise', or 'ignore'")
        if method == "cholesky":
            factor = ivy.linalg.cholesky(sigma)
        else:
            w, v = ivy.linalg.eigh(ivy.divide(ivy.add(sigma, ivy.matrix_transpose(sigma)), 2.0))
            if check_valid != "ignore":
                bad = bool(ivy.any(ivy.less(w, -tol))) or not bool(
                    ivy.all(ivy.less_equal(ivy.abs(ivy.subtract(sigma, ivy.matrix_transpose(sigma))), tol))
                )
                if bad and check_valid == "warn":
                    warnings.warn("covariance is not symmetric positive-semidefinite.", RuntimeWarning, stacklevel=2)
                elif bad:
                    raise ValueError(f"{name}: covariance is not symmetric positive-semidefinite.")
            factor = ivy.multiply(v, ivy.sqrt(ivy.abs(w)))
        lead = _size_shape(size) or ()
        z = self._n((*lead, mu.shape[0]))
        return ndarray(ivy.add(mu, ivy.matmul(z, ivy.matrix_transpose(factor))))

    # -- other continuous -------------------------------------------------------
    def triangular(self, left: Any, mode: Any, right: Any, size: Any = None) -> ndarray:
        """Triangular draws on ``[left, right]`` peaking at ``mode`` (inverse CDF)."""
        s, (lo, mid, hi) = self._params("triangular", size, left, mode, right)
        self._require(ivy.less_equal(lo, mid), "triangular", "left > mode")
        self._require(ivy.less_equal(mid, hi), "triangular", "mode > right")
        self._require(ivy.less(lo, hi), "triangular", "left == right")
        u = self._u(s)
        width = ivy.subtract(hi, lo)
        cut = ivy.divide(ivy.subtract(mid, lo), width)
        low = ivy.add(lo, ivy.sqrt(ivy.multiply(ivy.multiply(u, width), ivy.subtract(mid, lo))))
        high = ivy.subtract(
            hi, ivy.sqrt(ivy.multiply(ivy.multiply(ivy.subtract(1.0, u), width), ivy.subtract(hi, mid)))
        )
        return ndarray(ivy.where(ivy.less_equal(u, cut), low, high))

    def vonmises(self, mu: Any, kappa: Any, size: Any = None) -> ndarray:
        """Von Mises draws on ``[-pi, pi]`` (Best and Fisher's rejection method)."""
        s, (loc, k) = self._params("vonmises", size, mu, kappa)
        self._require(ivy.greater_equal(k, 0), "vonmises", "kappa < 0")
        tiny = ivy.less(k, 1e-8)
        ks = ivy.where(tiny, ivy.ones_like(k), k)
        tau = ivy.add(1.0, ivy.sqrt(ivy.add(1.0, ivy.multiply(4.0, ivy.square(ks)))))
        rho = ivy.divide(ivy.subtract(tau, ivy.sqrt(ivy.multiply(2.0, tau))), ivy.multiply(2.0, ks))
        r = ivy.divide(ivy.add(1.0, ivy.square(rho)), ivy.multiply(2.0, rho))
        w = ivy.zeros(s, dtype=ivy.float64)
        done = ivy.zeros(s, dtype=ivy.bool)
        while not bool(ivy.all(done)):
            u1, u2 = self._u(s), self._u(s)
            z = ivy.cos(ivy.multiply(math.pi, u1))
            cand = ivy.divide(ivy.add(1.0, ivy.multiply(r, z)), ivy.add(r, z))
            c = ivy.multiply(ks, ivy.subtract(r, cand))
            ok = ivy.logical_or(
                ivy.greater(ivy.subtract(ivy.multiply(c, ivy.subtract(2.0, c)), u2), 0),
                ivy.greater_equal(ivy.add(ivy.subtract(ivy.log(ivy.divide(c, u2)), c), 1.0), 0),
            )
            ok = ivy.logical_or(ok, tiny)
            w = ivy.where(ivy.logical_and(ok, ivy.logical_not(done)), cand, w)
            done = ivy.logical_or(done, ok)
        sign = ivy.where(ivy.greater(self._u(s), 0.5), ivy.ones_like(w), ivy.full_like(w, -1.0))
        theta = ivy.multiply(sign, ivy.acos(ivy.clip(w, -1.0, 1.0)))
        theta = ivy.where(tiny, ivy.multiply(math.pi, ivy.subtract(ivy.multiply(2.0, self._u(s)), 1.0)), theta)
        out = ivy.add(theta, loc)
        return ndarray(ivy.subtract(ivy.remainder(ivy.add(out, math.pi), 2 * math.pi), math.pi))

    def wald(self, mean: Any, scale: Any, size: Any = None) -> ndarray:
        """Inverse Gaussian draws (Michael, Schucany and Haas)."""
        s, (m, lam) = self._params("wald", size, mean, scale)
        self._require(ivy.greater(m, 0), "wald", "mean <= 0")
        self._require(ivy.greater(lam, 0), "wald", "scale <= 0")
        y = ivy.square(self._n(s))
        my = ivy.multiply(m, y)
        root = ivy.sqrt(ivy.add(ivy.multiply(ivy.multiply(4.0, lam), my), ivy.square(my)))
        x = ivy.add(m, ivy.divide(ivy.multiply(m, ivy.subtract(my, root)), ivy.multiply(2.0, lam)))
        u = self._u(s)
        return ndarray(ivy.where(ivy.less_equal(u, ivy.divide(m, ivy.add(m, x))), x, ivy.divide(ivy.square(m), x)))
