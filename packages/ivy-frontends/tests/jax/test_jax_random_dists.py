"""jax.random's samplers against real JAX: the shapes and dtypes real JAX gives for the same arguments
(``jax.eval_shape``, which compiles nothing: JAX's rejection samplers take seconds each to compile), and
samples from the distribution JAX documents (a Kolmogorov-Smirnov test against SciPy's distribution with
the same parameters). The numbers are ivy's streams, not JAX's threefry bits."""

from __future__ import annotations

import jax
import jax.random as jr
import numpy as np
import pytest
from scipy import stats

from ivy_frontends.jax import numpy as fjnp
from ivy_frontends.jax import random as fr

N = 2000
P3 = np.array([0.2, 0.3, 0.5])
COV = np.array([[2.0, 0.5], [0.5, 1.0]])


def _dsm_cdf(x):
    z = (np.asarray(x) - 1.0) / 2.0
    return 0.5 + 0.5 * np.sign(z) * stats.maxwell.cdf(np.abs(z))


#: name -> (sampler(random_module, key, shape), the reference CDF of the sample's last column)
SAMPLERS = {
    "gamma-small": (lambda r, k, s: r.gamma(k, 0.3, s), stats.gamma(0.3).cdf),
    "gamma-vector": (lambda r, k, s: r.gamma(k, np.array([3.0, 0.7]), (*s, 2)), stats.gamma(0.7).cdf),
    "loggamma": (lambda r, k, s: r.loggamma(k, 0.2, s), stats.loggamma(0.2).cdf),
    "beta": (lambda r, k, s: r.beta(k, 2.0, 5.0, s), stats.beta(2, 5).cdf),
    "dirichlet": (lambda r, k, s: r.dirichlet(k, np.array([1.0, 2.0, 3.0]), s), stats.beta(3, 3).cdf),
    "chisquare": (lambda r, k, s: r.chisquare(k, 3.0, s), stats.chi2(3).cdf),
    "f": (lambda r, k, s: r.f(k, 5.0, 10.0, s), stats.f(5, 10).cdf),
    "t": (lambda r, k, s: r.t(k, 4.0, s), stats.t(4).cdf),
    "generalized_normal": (lambda r, k, s: r.generalized_normal(k, 1.5, s), stats.gennorm(1.5).cdf),
    "ball": (lambda r, k, s: r.ball(k, 3, 2, s), lambda x: (3 * x - x**3 + 2) / 4),
    "cauchy": (lambda r, k, s: r.cauchy(k, s), stats.cauchy.cdf),
    "maxwell": (lambda r, k, s: r.maxwell(k, s), stats.maxwell.cdf),
    "double_sided_maxwell": (lambda r, k, s: r.double_sided_maxwell(k, 1.0, 2.0, s), _dsm_cdf),
    "lognormal": (lambda r, k, s: r.lognormal(k, 0.5, s), stats.lognorm(0.5).cdf),
    "pareto": (lambda r, k, s: r.pareto(k, 3.0, s), stats.pareto(3).cdf),
    "rayleigh": (lambda r, k, s: r.rayleigh(k, 2.0, s), stats.rayleigh(scale=2).cdf),
    "weibull_min": (lambda r, k, s: r.weibull_min(k, 2.0, 1.5, s), stats.weibull_min(1.5, scale=2).cdf),
    "triangular": (lambda r, k, s: r.triangular(k, 0.0, 1.0, 3.0, s), stats.triang(1 / 3, scale=3).cdf),
    "wald": (lambda r, k, s: r.wald(k, 2.0, s), stats.invgauss(2.0).cdf),
    "geometric": (lambda r, k, s: r.geometric(k, 0.3, s), stats.geom(0.3)),
    "poisson": (lambda r, k, s: r.poisson(k, 4.0, s), stats.poisson(4)),
    "poisson-large": (lambda r, k, s: r.poisson(k, np.array([0.0, 60.0]), (*s, 2)), stats.poisson(60)),
    "binomial": (lambda r, k, s: r.binomial(k, 10.0, 0.7, s), stats.binom(10, 0.7)),
    "multinomial": (lambda r, k, s: r.multinomial(k, 10.0, P3, shape=(*s, 3)), stats.binom(10, 0.5)),
    "multivariate_normal": (
        lambda r, k, s: r.multivariate_normal(k, np.array([1.0, -1.0]), COV, s),
        stats.norm(-1, 1).cdf,
    ),
    "multivariate_normal-eigh": (
        lambda r, k, s: r.multivariate_normal(k, np.zeros(2), COV, s, method="eigh"),
        stats.norm(0, 1).cdf,
    ),
    "orthogonal": (lambda r, k, s: r.orthogonal(k, 3, s), stats.uniform(-1, 2).cdf),
}


def _last(a):
    a = np.asarray(a, dtype="float64")
    return a.reshape(a.shape[0], -1)[:, -1]


@pytest.mark.parametrize("name", sorted(SAMPLERS))
def test_sampler_matches_jax(name):
    sampler, ref = SAMPLERS[name]
    want = jax.eval_shape(lambda k: sampler(jr, k, (N,)), jr.PRNGKey(1))
    mine = sampler(fr, fr.PRNGKey(1), (N,))
    assert (mine.shape, str(mine.dtype)) == (want.shape, str(want.dtype))
    x = _last(mine.numpy())
    if hasattr(ref, "pmf"):  # discrete: a chi-square test on the counts (cells expecting >= 5 draws)
        support = np.arange(int(ref.ppf(1e-9)), int(ref.ppf(1 - 1e-9)) + 1)
        expected = ref.pmf(support) * N
        keep = expected >= 5
        observed = np.array([(x == v).sum() for v in support[keep]])
        rest = N - observed.sum()
        f_obs, f_exp = np.append(observed, rest), np.append(expected[keep], N - expected[keep].sum())
        assert stats.chisquare(f_obs, f_exp).pvalue > 1e-3
    else:
        assert stats.ks_1samp(x, ref).pvalue > 1e-3
    again = sampler(fr, fr.PRNGKey(1), (N,))
    np.testing.assert_array_equal(again.numpy(), mine.numpy())  # the key fixes the numbers
    assert not np.array_equal(sampler(fr, fr.PRNGKey(2), (N,)).numpy(), mine.numpy())


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_sampler_dtypes_and_broadcasting(dtype):
    k = fr.PRNGKey(0)
    a = np.array([[1.0], [2.0]], dtype)
    for name, fn in {
        "gamma": lambda r, k: r.gamma(k, a, dtype=dtype),
        "beta": lambda r, k: r.beta(k, a.astype(dtype), np.ones(3, dtype), dtype=dtype),
        "pareto": lambda r, k: r.pareto(k, a, (4, 2, 1), dtype=dtype),
        "weibull_min": lambda r, k: r.weibull_min(k, a, np.ones(3), dtype=dtype),
        "weibull_min-weak": lambda r, k: r.weibull_min(k, 2.0, 1.5, (3,), dtype=dtype),
        "double_sided_maxwell": lambda r, k: r.double_sided_maxwell(k, np.zeros(2), 1.0, (3,), dtype=dtype),
        "poisson": lambda r, k: r.poisson(k, a, dtype="int32"),
        "orthogonal": lambda r, k: r.orthogonal(k, 4, (2,), dtype=dtype, m=2),
    }.items():
        ref = jax.eval_shape(lambda key, fn=fn: fn(jr, key), jr.PRNGKey(0))
        mine = fn(fr, k)
        assert (mine.shape, str(mine.dtype)) == (ref.shape, str(ref.dtype)), name
    q = fr.orthogonal(k, 4, dtype=dtype).numpy()
    np.testing.assert_allclose(q @ q.T, np.eye(4), atol=1e-5)
    with pytest.raises(ValueError, match="float dtype"):
        fr.gamma(k, 1.0, dtype="int32")
    with pytest.raises(ValueError, match="method"):
        fr.multivariate_normal(k, np.zeros(2), COV, method="qr")


def test_key_helpers():
    k = fr.PRNGKey(3)
    assert fr.clone(k) is k
    assert fr.key_impl(k) == str(jr.key_impl(jr.PRNGKey(3)))
    assert str(fr.key_dtype()) == "uint32" and isinstance(fjnp.asarray(fr.key_data(k)).shape, tuple)
    assert jax.random.PRNGKey(3).shape == k.shape
