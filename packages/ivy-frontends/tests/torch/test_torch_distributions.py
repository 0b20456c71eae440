"""torch.distributions against real torch: each distribution built from drawn parameters, its
shapes, moments, log_prob/cdf/icdf/entropy on drawn values (or torch's error), sample shapes and
dtypes, and kl_divergence of pairs."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import torch as fe

BATCH = st.sampled_from([(), (3,), (2, 3)])


def _pos(lo=0.3, hi=4.0):
    return st.floats(float(np.float32(lo)), float(np.float32(hi)), width=32)


#: name -> (parameter draws: {arg: (element strategy, event dims)}, value draw (elements, kind), extra kwargs)
CASES = {
    "Normal": ({"loc": (_pos(-3, 3), 0), "scale": (_pos(), 0)}, (_pos(-5, 5), 0)),
    "Laplace": ({"loc": (_pos(-3, 3), 0), "scale": (_pos(), 0)}, (_pos(-5, 5), 0)),
    "Cauchy": ({"loc": (_pos(-3, 3), 0), "scale": (_pos(), 0)}, (_pos(-5, 5), 0)),
    "Gumbel": ({"loc": (_pos(-3, 3), 0), "scale": (_pos(), 0)}, (_pos(-5, 5), 0)),
    "LogNormal": ({"loc": (_pos(-1, 1), 0), "scale": (_pos(), 0)}, (_pos(0.1, 5), 0)),
    "HalfNormal": ({"scale": (_pos(), 0)}, (_pos(0.0, 5), 0)),
    "HalfCauchy": ({"scale": (_pos(), 0)}, (_pos(0.0, 5), 0)),
    "Uniform": ({"low": (_pos(-3, -1), 0), "high": (_pos(1, 3), 0)}, (_pos(-0.9, 0.9), 0)),
    "Exponential": ({"rate": (_pos(), 0)}, (_pos(0.0, 5), 0)),
    "Pareto": ({"scale": (_pos(0.5, 1), 0), "alpha": (_pos(0.5, 4), 0)}, (_pos(1.0, 5), 0)),
    "Weibull": ({"scale": (_pos(), 0), "concentration": (_pos(0.5, 3), 0)}, (_pos(0.1, 5), 0)),
    "Kumaraswamy": ({"concentration1": (_pos(0.5, 3), 0), "concentration0": (_pos(0.5, 3), 0)}, (_pos(0.05, 0.95), 0)),
    "GeneralizedPareto": (
        {"loc": (_pos(-1, 0), 0), "scale": (_pos(), 0), "concentration": (_pos(-0.4, 0.4), 0)},
        (_pos(0.0, 1.0), 0),
    ),
    "Gamma": ({"concentration": (_pos(0.5, 4), 0), "rate": (_pos(), 0)}, (_pos(0.1, 5), 0)),
    "Chi2": ({"df": (_pos(0.5, 6), 0)}, (_pos(0.1, 5), 0)),
    "InverseGamma": ({"concentration": (_pos(0.5, 4), 0), "rate": (_pos(), 0)}, (_pos(0.1, 5), 0)),
    "Beta": ({"concentration1": (_pos(0.5, 4), 0), "concentration0": (_pos(0.5, 4), 0)}, (_pos(0.05, 0.95), 0)),
    "StudentT": ({"df": (_pos(0.5, 6), 0), "loc": (_pos(-2, 2), 0), "scale": (_pos(), 0)}, (_pos(-5, 5), 0)),
    "FisherSnedecor": ({"df1": (_pos(0.5, 8), 0), "df2": (_pos(0.5, 8), 0)}, (_pos(0.1, 5), 0)),
    "Dirichlet": ({"concentration": (_pos(0.5, 4), 1)}, (None, "simplex")),
    "Bernoulli": ({"probs": (_pos(0.05, 0.95), 0)}, (None, "binary")),
    "Bernoulli_logits": ({"logits": (_pos(-3, 3), 0)}, (None, "binary")),
    "Geometric": ({"probs": (_pos(0.05, 0.95), 0)}, (None, "count")),
    "Poisson": ({"rate": (_pos(0.5, 5), 0)}, (None, "count")),
    "Binomial": ({"total_count": (st.sampled_from([3.0, 5.0]), 0), "probs": (_pos(0.05, 0.95), 0)}, (None, "binomial")),
    "NegativeBinomial": ({"total_count": (_pos(0.5, 5), 0), "logits": (_pos(-2, 2), 0)}, (None, "count")),
    "ContinuousBernoulli": ({"probs": (_pos(0.05, 0.95), 0)}, (_pos(0.0, 1.0), 0)),
    "Categorical": ({"probs": (_pos(0.05, 1), 1)}, (None, "category")),
    "Categorical_logits": ({"logits": (_pos(-3, 3), 1)}, (None, "category")),
    "OneHotCategorical": ({"probs": (_pos(0.05, 1), 1)}, (None, "onehot")),
    "RelaxedBernoulli": ({"temperature": (_pos(0.3, 2), 0), "probs": (_pos(0.05, 0.95), 0)}, (_pos(0.05, 0.95), 0)),
    "RelaxedOneHotCategorical": ({"temperature": (_pos(0.3, 2), 0), "logits": (_pos(-2, 2), 1)}, (None, "simplex")),
    "LogisticNormal": ({"loc": (_pos(-1, 1), 1), "scale": (_pos(), 1)}, (None, "simplex+1")),
}
METHODS = ("mean", "mode", "variance", "stddev", "entropy", "log_prob", "cdf", "icdf")
EVENT = 4


def _build(module, name, params):
    cls = getattr(module.distributions, name.split("_")[0])
    if name.startswith("RelaxedOneHot") or name.startswith("RelaxedBernoulli"):
        temperature = params.pop("temperature")
        return cls(temperature.reshape(-1)[0], **params)
    if name == "Binomial":
        return cls(params.pop("total_count"), **params)
    return cls(**params)


def _value(data, kind, elements, shape, event):
    if kind == 0:
        return data.draw(hnp.arrays(np.float32, shape, elements=elements))
    if kind == "binary":
        return data.draw(hnp.arrays(np.float32, shape, elements=st.sampled_from([0.0, 1.0])))
    if kind in ("count", "binomial"):
        return data.draw(hnp.arrays(np.float32, shape, elements=st.integers(0, 3).map(float)))
    if kind == "category":
        return data.draw(hnp.arrays(np.int64, shape, elements=st.integers(0, event - 1)))
    if kind == "onehot":
        index = data.draw(hnp.arrays(np.int64, shape, elements=st.integers(0, event - 1)))
        return np.eye(event, dtype=np.float32)[index]
    n = event + (1 if kind == "simplex+1" else 0)
    raw = data.draw(hnp.arrays(np.float32, (*shape, n), elements=_pos(0.1, 1)))
    return (raw / raw.sum(-1, keepdims=True)).astype(np.float32)


def _call(dist, method, value):
    if method in ("log_prob", "cdf", "icdf"):
        return getattr(dist, method)(value)
    attr = getattr(dist, method)
    return attr() if callable(attr) else attr


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=4)
@given(data=st.data(), batch=BATCH)
def test_distribution_matches_torch(name, data, batch):
    params, (elements, kind) = CASES[name]
    arrays = {
        k: data.draw(hnp.arrays(np.float32, (*batch, EVENT) if ev else batch, elements=el))
        for k, (el, ev) in params.items()
    }
    t_dist = _build(torch, name, {k: torch.from_numpy(v.copy()) for k, v in arrays.items()})
    f_dist = _build(fe, name, {k: fe.tensor(v.copy()) for k, v in arrays.items()})
    assert tuple(f_dist.batch_shape) == tuple(t_dist.batch_shape)
    assert tuple(f_dist.event_shape) == tuple(t_dist.event_shape)
    value = _value(data, kind, elements, batch, EVENT)
    if name == "Binomial":  # counts within each total
        value = np.minimum(value, arrays["total_count"])
    if kind in (0,) and name in ("cdf", "icdf"):
        pass
    for method in METHODS:
        v = value
        if method == "icdf":
            v = data.draw(hnp.arrays(np.float32, np.shape(value), elements=_pos(0.05, 0.95)))
        t_v, f_v = torch.from_numpy(np.array(v)), fe.tensor(np.array(v))
        try:
            with torch.no_grad():
                ref = _call(t_dist, method, t_v)
        except NotImplementedError:
            continue  # torch has no closed form for this one either
        except (ValueError, RuntimeError):
            with pytest.raises((ValueError, RuntimeError, NotImplementedError)):
                _call(f_dist, method, f_v)
            continue
        mine = _call(f_dist, method, f_v)
        assert_same(mine, ref, rtol=2e-4, atol=2e-4), method


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=2)
@given(data=st.data(), batch=BATCH, sample_shape=st.sampled_from([(), (2,), (3, 2)]))
def test_sample_shapes_and_support(name, data, batch, sample_shape):
    """``sample``/``rsample``: torch's shape and dtype, values inside the support (where torch checks one)."""
    params, _ = CASES[name]
    arrays = {
        k: data.draw(hnp.arrays(np.float32, (*batch, EVENT) if ev else batch, elements=el))
        for k, (el, ev) in params.items()
    }
    t_dist = _build(torch, name, {k: torch.from_numpy(v.copy()) for k, v in arrays.items()})
    f_dist = _build(fe, name, {k: fe.tensor(v.copy()) for k, v in arrays.items()})
    ref = t_dist.sample(torch.Size(sample_shape))
    mine = f_dist.sample(fe.Size(sample_shape))
    assert tuple(mine.shape) == tuple(ref.shape)
    assert repr(mine.dtype) == str(ref.dtype)
    assert t_dist.has_rsample == f_dist.has_rsample
    if t_dist.has_rsample:
        assert tuple(f_dist.rsample(fe.Size(sample_shape)).shape) == tuple(ref.shape)
    support = t_dist.support
    if support is not None and not isinstance(support, torch.distributions.constraints._Dependent):
        t_mine = torch.from_numpy(mine.numpy())
        assert bool(support.check(t_mine).all()), f"{name} sampled outside {support}: {t_mine}"


def test_sample_moments_follow_the_distribution():
    """Large samples: the mean and variance of the frontend's samples near the distribution's."""
    fe.manual_seed(0)
    for dist in (
        fe.distributions.Gamma(fe.tensor([0.5, 3.0]), fe.tensor([1.0, 2.0])),
        fe.distributions.Beta(fe.tensor([0.7, 2.0]), fe.tensor([1.5, 0.8])),
        fe.distributions.StudentT(fe.tensor([5.0]), fe.tensor([1.0]), fe.tensor([2.0])),
        fe.distributions.Binomial(fe.tensor([4.0]), fe.tensor([0.3])),
        fe.distributions.Laplace(fe.tensor([1.0]), fe.tensor([0.5])),
    ):
        s = dist.sample(fe.Size((20000,))).numpy().astype(np.float64)
        np.testing.assert_allclose(s.mean(0), dist.mean.numpy(), rtol=0.05, atol=0.05)
        np.testing.assert_allclose(s.var(0), dist.variance.numpy(), rtol=0.1, atol=0.05)


def test_multivariate_normal_and_mixture():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(2, 3, 3)).astype(np.float32)
    cov = a @ a.transpose(0, 2, 1) + 3 * np.eye(3, dtype=np.float32)
    loc = rng.normal(size=(2, 3)).astype(np.float32)
    value = rng.normal(size=(4, 2, 3)).astype(np.float32)
    for kw in ("covariance_matrix", "precision_matrix", "scale_tril"):
        m = cov if kw != "scale_tril" else np.linalg.cholesky(cov)
        t = torch.distributions.MultivariateNormal(torch.from_numpy(loc), **{kw: torch.from_numpy(m)})
        f = fe.distributions.MultivariateNormal(fe.tensor(loc), **{kw: fe.tensor(m)})
        for method in ("mean", "variance", "entropy", "log_prob", "covariance_matrix"):
            assert_same(_call(f, method, fe.tensor(value)), _call(t, method, torch.from_numpy(value)), 1e-4, 1e-4)
        assert tuple(f.rsample(fe.Size((5,))).shape) == tuple(t.rsample(torch.Size((5,))).shape)
    factor = rng.normal(size=(3, 2)).astype(np.float32)
    diag = np.array([1.0, 2.0, 0.5], dtype=np.float32)
    t = torch.distributions.LowRankMultivariateNormal(
        torch.from_numpy(loc), torch.from_numpy(factor), torch.from_numpy(diag)
    )
    f = fe.distributions.LowRankMultivariateNormal(fe.tensor(loc), fe.tensor(factor), fe.tensor(diag))
    assert_same(f.log_prob(fe.tensor(value)), t.log_prob(torch.from_numpy(value)), 1e-4, 1e-4)
    assert_same(f.entropy(), t.entropy(), 1e-4, 1e-4)
    weights = np.array([[0.2, 0.8], [0.5, 0.5]], dtype=np.float32)
    locs, scales = rng.normal(size=(2, 2)).astype(np.float32), np.array([[1.0, 2.0], [0.5, 1.5]], np.float32)

    def mixture(T, w, mu, sd):
        return T.distributions.MixtureSameFamily(T.distributions.Categorical(w), T.distributions.Normal(mu, sd))

    t = mixture(torch, *(torch.from_numpy(v) for v in (weights, locs, scales)))
    f = mixture(fe, *(fe.tensor(v) for v in (weights, locs, scales)))
    x = rng.normal(size=(5, 2)).astype(np.float32)
    for method in ("mean", "variance", "log_prob", "cdf"):
        assert_same(_call(f, method, fe.tensor(x)), _call(t, method, torch.from_numpy(x)), 1e-4, 1e-4)
    assert tuple(f.sample(fe.Size((7,))).shape) == (7, 2)
    ind_t = torch.distributions.Independent(
        torch.distributions.Normal(torch.from_numpy(locs), torch.from_numpy(scales)), 1
    )
    ind_f = fe.distributions.Independent(fe.distributions.Normal(fe.tensor(locs), fe.tensor(scales)), 1)
    assert tuple(ind_f.event_shape) == tuple(ind_t.event_shape)
    x = x[:, None, :]
    assert_same(ind_f.log_prob(fe.tensor(x)), ind_t.log_prob(torch.from_numpy(x)), 1e-5, 1e-5)
    assert_same(ind_f.entropy(), ind_t.entropy(), 1e-5, 1e-5)


KL_PAIRS = {
    "Normal": lambda D, a, b: (D.Normal(a, b), D.Normal(b, a)),
    "Bernoulli": lambda D, a, b: (D.Bernoulli(a / 5), D.Bernoulli(b / 5)),
    "Categorical": lambda D, a, b: (D.Categorical(a), D.Categorical(b)),
    "Exponential": lambda D, a, b: (D.Exponential(a), D.Exponential(b)),
    "Laplace": lambda D, a, b: (D.Laplace(a, b), D.Laplace(b, a)),
    "Uniform": lambda D, a, b: (D.Uniform(a - 4, a), D.Uniform(b - 5, b + 1)),
    "Gamma": lambda D, a, b: (D.Gamma(a, b), D.Gamma(b, a)),
    "Beta": lambda D, a, b: (D.Beta(a, b), D.Beta(b, a)),
    "Poisson": lambda D, a, b: (D.Poisson(a), D.Poisson(b)),
    "Independent": lambda D, a, b: (D.Independent(D.Normal(a, b), 1), D.Independent(D.Normal(b, a), 1)),
    "OneHotCategorical": lambda D, a, b: (D.OneHotCategorical(a), D.OneHotCategorical(b)),
    "unregistered": lambda D, a, b: (D.Cauchy(a, b), D.Normal(a, b)),
}


@pytest.mark.parametrize("name", sorted(KL_PAIRS))
@settings(max_examples=4)
@given(pair=hnp.arrays(np.float32, (2, 2, 3), elements=_pos(0.3, 4)))
def test_kl_divergence(name, pair):
    t_p, t_q = KL_PAIRS[name](torch.distributions, *(torch.from_numpy(v.copy()) for v in pair))
    f_p, f_q = KL_PAIRS[name](fe.distributions, *(fe.tensor(v.copy()) for v in pair))
    try:
        ref = torch.distributions.kl_divergence(t_p, t_q)
    except NotImplementedError:
        with pytest.raises(NotImplementedError):
            fe.distributions.kl_divergence(f_p, f_q)
        return
    assert_same(fe.distributions.kl_divergence(f_p, f_q), ref, 1e-4, 1e-4)


def test_validation_errors_and_register_kl():
    for build in (
        lambda D, T: D.Normal(T.tensor([0.0]), T.tensor([-1.0])),
        lambda D, T: D.Bernoulli(T.tensor([0.5]), T.tensor([0.1])),
        lambda D, T: D.Uniform(T.tensor([1.0]), T.tensor([0.0])),
        lambda D, T: D.Gamma(T.tensor([1.0]), T.tensor([0.0])),
    ):
        with pytest.raises(ValueError):
            build(torch.distributions, torch)
        with pytest.raises(ValueError):
            build(fe.distributions, fe)
    t_n, f_n = torch.distributions.Normal(0.0, 1.0), fe.distributions.Normal(0.0, 1.0)
    with pytest.raises(ValueError):
        t_n.log_prob(torch.tensor(math.nan))
    with pytest.raises(ValueError):
        f_n.log_prob(fe.tensor(math.nan))

    class Mine(fe.distributions.Normal):
        pass

    @fe.distributions.register_kl(Mine, fe.distributions.Normal)
    def _kl(p, q):
        return fe.tensor(7.0)

    assert float(fe.distributions.kl_divergence(Mine(0.0, 1.0), f_n)) == 7.0
    with pytest.raises(TypeError):
        fe.distributions.register_kl(int, fe.distributions.Normal)
