"""``numpy.random``: reproducible streams (the numbers are ivy's), shapes, dtypes, ranges and moments."""

from __future__ import annotations

import numpy as real
import pytest
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
