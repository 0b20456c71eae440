"""jax.scipy.stats against real JAX.

One driver runs every method of every univariate distribution JAX has (``norm.logpdf``,
``gamma.sf``, ``poisson.entropy``, ...) on drawn points and parameters, ranged by argument name,
with or without ``loc``/``scale``, float32/float64/int64 inputs and Python scalars, and now and
then an edge value (0, a negative, nan, inf) that must give JAX's nan/-inf. The signatures
(names and defaults) are compared with JAX's; the multivariate families, ``mode``, ``rankdata``,
``sem`` and the errors JAX raises have their own cases.
"""

from __future__ import annotations

import inspect
import types

import hypothesis.extra.numpy as hnp
import jax
import jax.numpy as jnp
import jax.scipy.stats as jst
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy_frontends.jax import numpy as fjnp
from ivy_frontends.jax.scipy import stats as fst

MULTIVARIATE = {"dirichlet", "multinomial", "multivariate_normal"}
NOT_EMULATED = {"gaussian_kde"}  # a pytree class with sampling; see ivy_frontends.jax.scipy.stats
SIZE = 4  # one shape for every drawn array: real JAX compiles each jitted method once per shape and dtype

POS = (0.3, 6.0)
#: argument -> range, by (family, argument) first, then by argument name, else POS
RANGE = {
    ("beta", "x"): (-0.2, 1.2),
    ("uniform", "x"): (-0.5, 1.5),
    ("pareto", "x"): (0.5, 6.0),
    ("gennorm", "beta"): (0.5, 4.0),
    ("truncnorm", "a"): (-2.0, 0.5),
    ("truncnorm", "b"): (-0.5, 2.0),
    ("truncnorm", "x"): (-2.5, 2.5),
    ("vonmises", "x"): (-3.0, 3.0),
    ("wrapcauchy", "x"): (-0.5, 6.5),
    ("wrapcauchy", "c"): (0.05, 0.95),
    ("bernoulli", "k"): (-1.0, 2.0),
    ("poisson", "mu"): (0.0, 120.0),  # entropy's three regimes: mu < 10, < 100, beyond
}
BY_NAME = {
    "x": (-4.0, 6.0),
    "q": (0.02, 0.98),
    "p": (0.02, 0.98),
    "k": (-1.0, 9.0),
    "n": (0.0, 9.0),
    "loc": (-1.0, 1.0),
    "scale": (0.5, 2.0),
}
INTEGRAL = {"k", "n"}  # drawn as whole numbers (half of the time for k: JAX's formulas accept any k)
#: edge values: 0, a negative and nan anywhere; inf in points, loc and scale
EDGES = [0.0, -1.0, np.nan]
INFINITE = [np.inf, -np.inf]
POINTS = {"x", "q", "p", "k", "loc", "scale"}
#: families whose shape parameters go to JAX's igamma/betainc, there drawn valid only: XLA's kernels give limits
#: for a <= 0, b < 0 or an infinite parameter where the core's composites give nan (the core's concern, not the
#: frontend's)
INCOMPLETE = {"gamma", "chi2", "beta", "gennorm", "poisson"}
#: the families JAX jits: op by op (jax.disable_jit) their drawn cases run in a tenth of the time
JITTED = {"truncnorm", "betabinom"}


def _methods() -> list[str]:
    out = []
    for family in sorted(dir(jst)):
        real = getattr(jst, family)
        if isinstance(real, types.ModuleType) and not family.startswith("_"):
            out += [f"{family}.{m}" for m in sorted(dir(real)) if not m.startswith("_")]
    return out


UNIVARIATE = [m for m in _methods() if m.split(".")[0] not in MULTIVARIATE]
#: float64 tolerance by family: the series and continued fractions of JAX's igamma/betainc/log_ndtr agree to ~1e-9;
#: JAX's betaln loses ~1e-6 relative for a shape parameter below 1 (SciPy agrees with the core's value there)
F64_TOL = {**dict.fromkeys(("gamma", "chi2", "poisson", "gennorm", "truncnorm"), 1e-8), "beta": 1e-5, "betabinom": 1e-5}


def _resolve(module, dotted):
    for part in dotted.split("."):
        module = getattr(module, part)
    return module


def test_every_public_name_is_emulated():
    real = {n for n in dir(jst) if not n.startswith("_")}
    missing = {n for n in real if not hasattr(fst, n)} - NOT_EMULATED
    missing |= {m for m in _methods() if not hasattr(_resolve(fst, m.rpartition(".")[0]), m.rpartition(".")[2])}
    assert not missing


@pytest.mark.parametrize("name", [*_methods(), "mode", "rankdata", "sem"])
def test_signature(name):
    real = inspect.signature(_resolve(jst, name)).parameters
    mine = inspect.signature(_resolve(fst, name)).parameters
    assert [(p.name, p.default, p.kind) for p in mine.values()] == [(p.name, p.default, p.kind) for p in real.values()]


def _draw(data, family, name, dtype):
    lo, hi = RANGE.get((family, name), BY_NAME.get(name, POS))
    points = st.floats(lo, hi).map(lambda v: round(v, 4))  # no tiny values: XLA flushes subnormal results to 0
    value = data.draw(hnp.arrays(np.float64, (SIZE,), elements=points), label=name)
    if name in INTEGRAL and (name == "n" or data.draw(st.booleans(), label=f"{name} whole")):
        value = np.round(value)
    if (name in POINTS or family not in INCOMPLETE) and data.draw(st.integers(0, 3), label=f"{name} edge?") == 0:
        value[data.draw(st.integers(0, SIZE - 1))] = data.draw(
            st.sampled_from(EDGES + INFINITE if name in POINTS else EDGES), label=f"{name} edge"
        )
    if dtype == "int64":
        return np.round(np.nan_to_num(value, posinf=9, neginf=-9)).astype(np.int64)
    return value.astype(dtype)


@pytest.mark.parametrize("name", UNIVARIATE)
@settings(max_examples=4)
@given(data=st.data())
def test_distribution(name, data):
    """``name`` on drawn points and parameters: the same values, dtype and shape as JAX's."""
    family = name.split(".")[0]
    real, mine = _resolve(jst, name), _resolve(fst, name)
    dtype = data.draw(st.sampled_from(["float32", "float64", "float64", "int64"]), label="dtype")
    args, kwargs = [], {}
    for pname, param in inspect.signature(real).parameters.items():
        optional = param.default is not inspect.Parameter.empty
        if optional and not data.draw(st.booleans(), label=f"pass {pname}"):
            continue
        value = _draw(data, family, pname, dtype)
        if optional and data.draw(st.booleans(), label=f"{pname} as Python scalar"):
            value = float(value[0])
        if optional:
            kwargs[pname] = value
        else:
            args.append(value)

    def convert(module, v):
        return v if isinstance(v, float) else module.asarray(v)

    with np.errstate(all="ignore"), jax.disable_jit(family in JITTED):
        try:
            ref = real(*[convert(jnp, a) for a in args], **{k: convert(jnp, v) for k, v in kwargs.items()})
        except TypeError as error:  # norm.ppf/isf refuse integer q
            with pytest.raises(type(error)):
                mine(*[convert(fjnp, a) for a in args], **{k: convert(fjnp, v) for k, v in kwargs.items()})
            return
        got = mine(*[convert(fjnp, a) for a in args], **{k: convert(fjnp, v) for k, v in kwargs.items()})
    f64 = F64_TOL.get(family, 1e-10)
    tol = 2e-4 if dtype == "float32" else f64  # norm.ppf gives float64 computed in float32
    assert_same(got, ref, rtol=tol, atol=tol)


@settings(max_examples=3)  # JAX compiles its cholesky and triangular solve for each shape: the slowest case here
@given(
    dtype=st.sampled_from(["float32", "float64"]),
    batch=st.sampled_from([(), (2, 3)]),
    seed=st.integers(0, 2**16),
)
def test_multivariate(dtype, batch, seed):
    """dirichlet, multinomial and multivariate_normal (full, scalar and 0-d covariances) against JAX."""
    k = 3
    rng = np.random.default_rng(seed)
    tol = 1e-4 if dtype == "float32" else 1e-10
    alpha = rng.uniform(0.5, 3.0, k).astype(dtype)
    x = rng.dirichlet(np.ones(k), batch).astype(dtype)
    x = np.moveaxis(x, -1, 0)  # JAX's dirichlet takes the simplex on the first axis
    x_off = x.copy()
    x_off[..., 0] = -x_off[..., 0] if x.ndim > 1 else x_off[..., 0]  # off the simplex: -inf
    root = rng.normal(size=(k, k))
    cov = (root @ root.T + k * np.eye(k)).astype(dtype)
    mean = rng.normal(size=k).astype(dtype)
    pts = rng.normal(size=(*batch, k)).astype(dtype)
    counts = rng.integers(0, 4, (*batch, k))
    probs = rng.dirichlet(np.ones(k)).astype(dtype)
    cases = [
        ("dirichlet.logpdf", (x, alpha)),
        ("dirichlet.pdf", (x_off, alpha)),
        ("dirichlet.logpdf", (x[:-1], alpha)),  # the last coordinate implied
        ("multivariate_normal.logpdf", (pts, mean, cov)),
        ("multivariate_normal.pdf", (pts, mean, cov)),
        ("multivariate_normal.logpdf", (pts, mean, np.asarray(1.5, dtype))),
        ("multivariate_normal.logpdf", (pts[..., 0], mean[0], np.asarray(1.5, dtype))),
        ("multinomial.logpmf", (counts, np.asarray(counts.sum()), probs)),
        ("multinomial.pmf", (counts[..., :1] if batch else counts, np.asarray(counts.sum()), probs)),
    ]
    for name, arrays in cases:
        ref = _resolve(jst, name)(*[jnp.asarray(a) for a in arrays])
        assert_same(_resolve(fst, name)(*[fjnp.asarray(a) for a in arrays]), ref, tol, tol)


@settings(max_examples=6)
@given(
    a=hnp.arrays(
        st.sampled_from(["int64", "float32", "float64"]),
        st.sampled_from([(7,), (2, 5), (2, 3, 4)]),  # few shapes: JAX compiles each
        elements=st.integers(-2, 2),  # many ties
    ),
    method=st.sampled_from(["average", "min", "max", "dense", "ordinal"]),
    keepdims=st.booleans(),
    nan=st.booleans(),
    data=st.data(),
)
def test_summary_statistics(a, method, keepdims, nan, data):
    """mode, rankdata and sem along an axis or over everything, ties included; a nan ranks its slice nan."""
    if nan and a.dtype.kind == "f":
        a = a.copy()
        a.flat[0] = np.nan
    axis = data.draw(st.sampled_from([*range(-1, a.ndim), None]), label="axis")
    j, f = jnp.asarray(a), fjnp.asarray(a)
    assert_same(fst.rankdata(f, method, axis=axis), jst.rankdata(j, method, axis=axis))
    if not nan:  # JAX's mode of a nan depends on where jnp.unique puts its nans
        assert_same(fst.mode(f, axis=axis, keepdims=keepdims), jst.mode(j, axis=axis, keepdims=keepdims))
    ddof = data.draw(st.integers(0, 1), label="ddof")
    mine, ref = fst.sem(f, axis, ddof, keepdims=keepdims), jst.sem(j, axis, ddof, keepdims=keepdims)
    assert_same(mine, ref, 1e-5, 1e-6)


def test_errors_match_jax():
    """Bad input raises where JAX raises, with the same exception type."""
    f, j = fjnp.asarray, jnp.asarray
    x, alpha = np.full((3, 2), 1 / 3), np.ones((3, 1))
    cases = [
        (lambda m, a: m.multinomial.logpmf(a(np.ones(3)), a(3.0), a(np.ones(3) / 3)), ValueError),
        (lambda m, a: m.dirichlet.logpdf(a(x), a(alpha)), ValueError),
        (lambda m, a: m.dirichlet.logpdf(a(x[:1]), a(alpha[:, 0])), ValueError),
        (lambda m, a: m.multivariate_normal.logpdf(a(x[0]), a(x[0]), a(np.eye(3))), ValueError),
        (
            lambda m, a: m.multivariate_normal.logpdf(a(x[0]), a(x[0]), a(np.eye(2)), allow_singular=True),
            NotImplementedError,
        ),
        (lambda m, a: m.norm.logpdf(a(x), scal=2.0), TypeError),
        (lambda m, a: m.gamma.cdf(a(x)), TypeError),
        (lambda m, a: m.rankdata(a(x), "median"), ValueError),
        (lambda m, a: m.rankdata(a(x), nan_policy="ignore"), ValueError),
        (lambda m, a: m.mode(a(x), nan_policy="omit"), NotImplementedError),
        (lambda m, a: m.sem(a(x), nan_policy="ignore"), ValueError),
    ]
    for case, error in cases:
        with pytest.raises(error):
            case(jst, j)
        with pytest.raises(error):
            case(fst, f)
