"""``numpy.random``: reproducible streams (the numbers are ivy's), shapes, dtypes, ranges and moments."""

from __future__ import annotations

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from npf_helpers import fnp

from ivy_frontends.numpy.random import INVERSE_CDF


def test_default_rng_is_reproducible_and_independent() -> None:
    a, b = fnp.random.default_rng(42), fnp.random.default_rng(42)
    assert a.normal(size=5).tolist() == b.normal(size=5).tolist()
    assert a.random(3).tolist() == b.random(3).tolist()
    assert a.random(3).tolist() != fnp.random.default_rng(43).random(3).tolist()
    assert a.random(3).tolist() != a.random(3).tolist()


def test_legacy_seed_replays() -> None:
    fnp.random.seed(5)
    first = [fnp.random.rand(3).tolist(), fnp.random.randint(0, 10, size=4).tolist()]
    fnp.random.seed(5)
    assert [fnp.random.rand(3).tolist(), fnp.random.randint(0, 10, size=4).tolist()] == first


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "shape", "dtype"),
    [
        ("random", ((2, 3),), {}, (2, 3), "float64"),
        ("random", (4,), {"dtype": real.float32}, (4,), "float32"),
        ("uniform", (-2, 5, (1000,)), {}, (1000,), "float64"),
        ("normal", (1.0, 2.0, (3, 2)), {}, (3, 2), "float64"),
        ("standard_normal", ((7,),), {}, (7,), "float64"),
        ("integers", (3, 9, (5, 5)), {}, (5, 5), "int64"),
        ("integers", (4,), {"size": 6, "dtype": real.int32}, (6,), "int32"),
        ("choice", (10, 4), {"replace": False}, (4,), "int64"),
        ("choice", ([1.5, 2.5, 3.5], (2, 2)), {"p": [0.2, 0.3, 0.5]}, (2, 2), "float64"),
        ("permutation", (6,), {}, (6,), "int64"),
    ],
)
def test_generator_shapes_and_dtypes(method: str, args: tuple, kwargs: dict, shape: tuple, dtype: str) -> None:
    ours = getattr(fnp.random.default_rng(0), method)(*args, **kwargs)
    theirs = getattr(real.random.default_rng(0), method)(*args, **kwargs)
    assert ours.shape == real.shape(theirs) == shape
    assert ours.dtype.name == real.asarray(theirs).dtype.name == dtype


def test_ranges_and_moments() -> None:
    g = fnp.random.default_rng(1)
    u = g.uniform(-2, 5, size=4000)
    assert -2 <= float(u.min()) and float(u.max()) < 5
    n = g.normal(1.0, 2.0, size=4000)
    assert abs(float(n.mean()) - 1.0) < 0.2 and abs(float(n.std()) - 2.0) < 0.2
    k = g.integers(3, 9, size=2000)
    assert sorted(set(k.tolist())) == list(range(3, 9))
    p = g.permutation(10)
    assert sorted(p.tolist()) == list(range(10))
    c = g.choice(10, 10, replace=False)
    assert sorted(c.tolist()) == list(range(10))


@pytest.mark.parametrize("name", sorted(INVERSE_CDF))
def test_inverse_cdf_distributions_match_numpy_moments(name: str) -> None:
    """Mean of 20000 draws close to NumPy's (same parameters), the distribution's own check."""
    params = {
        "exponential": (2.0,),
        "laplace": (1.0, 2.0),
        "logistic": (1.0, 0.5),
        "gumbel": (0.5, 1.5),
        "rayleigh": (1.5,),
        "weibull": (2.0,),
        "pareto": (3.0,),
        "power": (2.0,),
    }.get(name, ())
    ours = getattr(fnp.random.default_rng(0), name)(*params, size=20000)
    theirs = getattr(real.random.default_rng(0), name)(*params, size=20000)
    if name == "standard_cauchy":  # no mean: compare the median
        assert abs(float(fnp.median(ours)) - float(real.median(theirs))) < 0.1
        return
    assert abs(float(ours.mean()) - float(theirs.mean())) < 0.1 * max(1.0, abs(float(theirs.mean())))
    assert ours.shape == theirs.shape and ours.dtype.name == theirs.dtype.name


def test_shuffle_in_place_and_errors() -> None:
    x = fnp.arange(10)
    fnp.random.default_rng(3).shuffle(x)
    assert sorted(x.tolist()) == list(range(10)) and x.tolist() != list(range(10))
    with pytest.raises(ValueError):
        fnp.random.default_rng(0).choice(3, 5, replace=False)
    with pytest.raises(ValueError):
        fnp.random.default_rng(0).integers(5, 5)


# -- the distributions built from gamma, Poisson, binomial and rejection sampling ---------------
#: name -> parameters with finite mean and variance (so sample moments can be compared with NumPy's)
MORE = {
    "standard_gamma": (0.4,),
    "gamma": (3.5, 2.0),
    "beta": (2.0, 5.0),
    "chisquare": (3.0,),
    "f": (5.0, 20.0),
    "standard_t": (10.0,),
    "noncentral_chisquare": (3.0, 2.0),
    "noncentral_f": (5.0, 20.0, 1.5),
    "poisson": (3.5,),
    "binomial": (40, 0.3),
    "negative_binomial": (3, 0.4),
    "geometric": (0.25,),
    "hypergeometric": (12, 8, 6),
    "logseries": (0.6,),
    "zipf": (4.5,),
    "triangular": (-1.0, 0.5, 2.0),
    "vonmises": (0.5, 2.0),
    "wald": (1.5, 2.0),
}


@pytest.mark.parametrize("name", sorted(MORE))
def test_more_distributions_match_numpy_moments(name: str) -> None:
    """Shape, dtype and support as NumPy's; mean and variance within sampling error of NumPy's sample."""
    n = 4000
    ours = getattr(fnp.random.default_rng(5), name)(*MORE[name], size=n)
    theirs = getattr(real.random.default_rng(5), name)(*MORE[name], size=n)
    assert ours.shape == theirs.shape and ours.dtype.name == theirs.dtype.name
    o = real.asarray(ours, dtype=real.float64)
    t = theirs.astype(real.float64)
    assert o.min() >= min(t.min(), 0 if t.min() >= 0 else t.min() * 2) - 1e-12
    spread = real.sqrt(2 * t.var() / n)
    assert abs(o.mean() - t.mean()) <= 5 * spread + 1e-9, (o.mean(), t.mean())
    assert abs(o.var() - t.var()) <= 0.25 * t.var() + 1e-9, (o.var(), t.var())


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("poisson", (2000.0,)),
        ("binomial", (10**6, 0.3)),
        ("gamma", (0.05,)),
        ("multinomial", (20, [0.2, 0.3, 0.5])),
        ("dirichlet", ([0.5, 2.0, 3.0],)),
        ("multivariate_normal", ([1.0, -1.0], [[2.0, 0.6], [0.6, 1.0]])),
    ],
)
def test_large_parameters_and_vector_draws(name: str, args: tuple) -> None:
    ours = getattr(fnp.random.default_rng(9), name)(*args, size=1500)
    theirs = getattr(real.random.default_rng(9), name)(*args, size=1500)
    assert ours.shape == theirs.shape and ours.dtype.name == theirs.dtype.name
    o, t = real.asarray(ours, dtype=real.float64), theirs.astype(real.float64)
    real.testing.assert_allclose(
        o.mean(axis=0), t.mean(axis=0), rtol=0.05, atol=5 * real.sqrt(t.var(axis=0) / 1500).max()
    )
    if name == "multinomial":
        assert (o.sum(axis=1) == 20).all()
    if name == "dirichlet":
        real.testing.assert_allclose(o.sum(axis=1), 1.0)
    if name == "multivariate_normal":
        real.testing.assert_allclose(real.cov(o.T), real.cov(t.T), atol=0.15)


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("gamma", (-1.0,)),
        ("beta", (0.0, 1.0)),
        ("poisson", (-2.0,)),
        ("binomial", (5, 1.5)),
        ("geometric", (0.0,)),
        ("hypergeometric", (2, 2, 5)),
        ("zipf", (1.0,)),
        ("triangular", (2.0, 1.0, 3.0)),
        ("wald", (0.0, 1.0)),
        ("logseries", (1.0,)),
        ("vonmises", (0.0, -1.0)),
    ],
)
def test_bad_parameters_raise_as_numpy(name: str, args: tuple) -> None:
    with pytest.raises(ValueError):
        getattr(real.random.default_rng(0), name)(*args)
    with pytest.raises(ValueError):
        getattr(fnp.random.default_rng(0), name)(*args)


@settings(max_examples=6, deadline=None)
@given(
    name=st.sampled_from(sorted(MORE)),
    size=st.one_of(st.none(), st.integers(0, 3), st.tuples(st.integers(1, 3), st.integers(1, 2))),
)
def test_more_distribution_shapes(name: str, size) -> None:
    ours = getattr(fnp.random.default_rng(1), name)(*MORE[name], size=size)
    theirs = getattr(real.random.default_rng(1), name)(*MORE[name], size=size)
    assert ours.shape == real.shape(theirs)
    assert ours.dtype.name == real.asarray(theirs).dtype.name


def test_array_parameters_broadcast() -> None:
    lam = real.array([[1.0], [30.0]])
    ours = fnp.random.default_rng(2).poisson(fnp.asarray(lam), size=(2, 500))
    assert ours.shape == (2, 500) and ours.dtype.name == "int64"
    means = real.asarray(ours).mean(axis=1)
    assert abs(means[0] - 1.0) < 0.3 and abs(means[1] - 30.0) < 2.0
    with pytest.raises(ValueError):
        fnp.random.default_rng(2).poisson(fnp.asarray(lam), size=(3, 5))


def test_bit_generators_seed_sequences_and_legacy_state() -> None:
    for kind in ("PCG64", "MT19937", "Philox", "SFC64", "PCG64DXSM"):
        g = fnp.random.Generator(getattr(fnp.random, kind)(3))
        assert g.random(4).tolist() == fnp.random.default_rng(3).random(4).tolist()
        assert type(g.bit_generator).__name__ == kind
    seq, rseq = fnp.random.SeedSequence(7), real.random.SeedSequence(7)
    kids, rkids = seq.spawn(2), rseq.spawn(2)
    assert [k.spawn_key for k in kids] == [k.spawn_key for k in rkids]
    assert seq.n_children_spawned == rseq.n_children_spawned == 2
    words, rwords = seq.generate_state(4, "uint64"), rseq.generate_state(4, real.uint64)
    assert words.shape == rwords.shape and words.dtype.name == rwords.dtype.name
    a, b = fnp.random.default_rng(kids[0]).random(3).tolist(), fnp.random.default_rng(kids[1]).random(3).tolist()
    assert a != b and a == fnp.random.default_rng(fnp.random.SeedSequence(7, spawn_key=(0,))).random(3).tolist()
    fnp.random.seed(11)
    state = fnp.random.get_state()
    first = fnp.random.poisson(4.0, size=5).tolist()
    fnp.random.set_state(state)
    assert fnp.random.poisson(4.0, size=5).tolist() == first
    fnp.random.set_bit_generator(fnp.random.MT19937(8))
    x = fnp.random.random(3).tolist()
    fnp.random.set_bit_generator(fnp.random.MT19937(8))
    assert fnp.random.random(3).tolist() == x
    assert isinstance(fnp.random.get_bit_generator(), fnp.random.BitGenerator)
    with pytest.warns(DeprecationWarning):
        r = fnp.random.random_integers(5, size=200)
    assert sorted(set(r.tolist())) == [1, 2, 3, 4, 5]
    for legacy in ("gamma", "binomial", "dirichlet", "multinomial", "zipf"):
        assert callable(getattr(fnp.random, legacy))
