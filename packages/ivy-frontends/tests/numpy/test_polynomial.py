"""``numpy.polynomial`` against real NumPy: every family's functions and the six classes on drawn series."""

from __future__ import annotations

import warnings

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from npf_helpers import fnp, to_frontend

FAMILIES = [
    ("polynomial", "poly"),
    ("chebyshev", "cheb"),
    ("legendre", "leg"),
    ("laguerre", "lag"),
    ("hermite", "herm"),
    ("hermite_e", "herme"),
]
CLASSES = ["Polynomial", "Chebyshev", "Legendre", "Laguerre", "Hermite", "HermiteE"]
DTYPES = ["float64", "float32", "int64"]


def _series(dtype: str, min_size: int = 1):
    """Coefficients with a non-zero last one (so trimming cannot depend on rounding)."""
    elements = st.integers(-3, 3) if dtype == "int64" else st.floats(-3, 3, width=32)
    last = st.sampled_from([1, -2, 3]) if dtype == "int64" else st.sampled_from([1.0, -1.5, 2.5])
    return st.tuples(hnp.arrays(real.dtype(dtype), st.integers(min_size - 1, 4), elements=elements), last).map(
        lambda t: real.append(t[0], real.asarray(t[1], dtype=dtype))
    )


def _points(size=None):
    return hnp.arrays(real.float64, size if size is not None else st.integers(1, 4), elements=st.floats(-1.5, 1.5))


#: op -> how to draw its positional arguments (data, dtype) -> tuple
OPS = {
    "add": lambda d, t: (d.draw(_series(t)), d.draw(_series(t))),
    "sub": lambda d, t: (d.draw(_series(t)), d.draw(_series(t))),
    "mul": lambda d, t: (d.draw(_series(t)), d.draw(_series(t))),
    "div": lambda d, t: (d.draw(_series(t)), d.draw(_series(t))),
    "mulx": lambda d, t: (d.draw(_series(t)),),
    "pow": lambda d, t: (d.draw(_series(t)), d.draw(st.integers(0, 3))),
    "val": lambda d, t: (d.draw(_points()), d.draw(_series(t))),
    "der": lambda d, t: (d.draw(_series(t)), d.draw(st.integers(0, 3)), d.draw(st.sampled_from([1, 0.5, -2.0]))),
    "int": lambda d, t: (
        d.draw(_series(t)),
        d.draw(st.integers(1, 2)),
        d.draw(st.sampled_from([[], [1.0], [0.5, -2]])),
        d.draw(st.sampled_from([0, 0.5, -1])),
        d.draw(st.sampled_from([1, 2.0])),
    ),
    "vander": lambda d, t: (d.draw(_points()), d.draw(st.integers(0, 4))),
    "fromroots": lambda d, t: (d.draw(_points()),),
    "roots": lambda d, t: (d.draw(_series(t, min_size=2)),),
    "companion": lambda d, t: (d.draw(_series(t, min_size=2)),),
    "trim": lambda d, t: (real.append(d.draw(_series(t)), [0, 0]), d.draw(st.sampled_from([0, 0.5]))),
    "line": lambda d, t: (d.draw(st.integers(-3, 3)), d.draw(st.sampled_from([0, 2, -1.5]))),
    "fit": lambda d, t: (real.linspace(-1, 1, 7), d.draw(_points(7)), d.draw(st.integers(0, 3))),
    "val2d": lambda d, t: (real.array([0.3, -0.5]), real.array([0.1, 0.9]), d.draw(hnp.arrays(real.float64, (2, 3)))),
    "grid2d": lambda d, t: (real.array([0.3, -0.5]), real.array([0.9]), d.draw(hnp.arrays(real.float64, (3, 2)))),
    "val3d": lambda d, t: (real.array([0.3]), real.array([0.1]), real.array([-0.2]), real.ones((2, 2, 2))),
    "grid3d": lambda d, t: (real.array([0.3]), real.array([0.1, 0.4]), real.array([-0.2]), real.ones((2, 1, 2))),
    "vander2d": lambda d, t: (d.draw(_points(3)), d.draw(_points(3)), [1, 2]),
    "vander3d": lambda d, t: (d.draw(_points(2)), d.draw(_points(2)), d.draw(_points(2)), [1, 0, 2]),
}


def _same(ours, theirs, dtype: str) -> None:
    """Shape, dtype and values; the tolerance is relative to the largest magnitude (series cancel)."""
    if isinstance(theirs, (tuple, list)):
        assert len(ours) == len(theirs)
        for o, t in zip(ours, theirs):
            _same(o, t, dtype)
        return
    if isinstance(theirs, (int, float)) and not isinstance(theirs, real.ndarray):
        assert abs(float(ours) - float(theirs)) <= 1e-6 * max(1.0, abs(float(theirs)))
        return
    o, t = real.asarray(ours), real.asarray(theirs)
    assert o.shape == t.shape, f"shape {o.shape} != NumPy's {t.shape}"
    assert o.dtype == t.dtype, f"dtype {o.dtype} != NumPy's {t.dtype}"
    if t.dtype.kind in "fc" and t.size:
        rtol = 2e-3 if "32" in t.dtype.name or dtype == "float32" else 1e-8
        scale = max(1.0, float(real.max(real.abs(t))))
        real.testing.assert_allclose(o, t, rtol=rtol, atol=rtol * scale)
    else:
        real.testing.assert_array_equal(o, t)


def _check(fn_ours, fn_theirs, args: tuple, dtype: str) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = fn_theirs(*args)
    except Exception as error:  # NumPy refuses: so must the frontend, with the same family of error
        kind = next(k for k in (ZeroDivisionError, ValueError, TypeError, Exception) if isinstance(error, k))
        with pytest.raises(kind):
            fn_ours(*to_frontend(args))
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ours = fn_ours(*to_frontend(args))
    _same(ours, theirs, dtype)


@pytest.mark.parametrize("op", sorted(OPS))
@pytest.mark.parametrize(("module", "prefix"), FAMILIES, ids=[f[0] for f in FAMILIES])
@settings(max_examples=4, deadline=None)
@given(data=st.data(), dtype=st.sampled_from(DTYPES))
def test_family_functions(module: str, prefix: str, op: str, data, dtype: str) -> None:
    args = OPS[op](data, dtype)
    name = prefix + op
    _check(getattr(getattr(fnp.polynomial, module), name), getattr(getattr(real.polynomial, module), name), args, dtype)


@pytest.mark.parametrize(("module", "prefix"), FAMILIES[1:], ids=[f[0] for f in FAMILIES[1:]])
@settings(max_examples=4, deadline=None)
@given(data=st.data(), dtype=st.sampled_from(DTYPES))
def test_conversions_quadrature_weights(module: str, prefix: str, data, dtype: str) -> None:
    ours, theirs = getattr(fnp.polynomial, module), getattr(real.polynomial, module)
    c = data.draw(_series(dtype))
    _check(getattr(ours, f"{prefix}2poly"), getattr(theirs, f"{prefix}2poly"), (c,), dtype)
    _check(getattr(ours, f"poly2{prefix}"), getattr(theirs, f"poly2{prefix}"), (c,), dtype)
    _check(getattr(ours, f"{prefix}gauss"), getattr(theirs, f"{prefix}gauss"), (data.draw(st.integers(0, 6)),), dtype)
    x = data.draw(_points()) * (0.6 if prefix == "cheb" else 1.0)
    _check(getattr(ours, f"{prefix}weight"), getattr(theirs, f"{prefix}weight"), (x,), dtype)
    for const in ("zero", "one", "x", "domain"):
        _same(getattr(ours, prefix + const), getattr(theirs, prefix + const), "float64")


@settings(max_examples=5, deadline=None)
@given(n=st.integers(-1, 6))
def test_chebyshev_points_and_interpolation(n: int) -> None:
    ch, rch = fnp.polynomial.chebyshev, real.polynomial.chebyshev
    _check(ch.chebpts1, rch.chebpts1, (n,), "float64")
    _check(ch.chebpts2, rch.chebpts2, (n,), "float64")
    if n >= 0:
        _same(ch.chebinterpolate(fnp.exp, n), rch.chebinterpolate(real.exp, n), "float64")
    x, r = real.array([0.2, -0.4]), real.array([0.5, 1.0, -2.0])
    _check(fnp.polynomial.polynomial.polyvalfromroots, real.polynomial.polynomial.polyvalfromroots, (x, r), "float64")


@pytest.mark.parametrize("cls", CLASSES)
@settings(max_examples=4, deadline=None)
@given(data=st.data())
def test_series_classes(cls: str, data) -> None:
    ours_cls, real_cls = getattr(fnp.polynomial, cls), getattr(real.polynomial, cls)
    coef = data.draw(_series("float64"))
    other = data.draw(_series("float64"))
    domain = data.draw(st.sampled_from([None, [0.0, 2.0], [-3.0, 1.0]]))
    r, o = real_cls(coef, domain=domain), ours_cls(to_frontend(coef), domain=domain)
    r2, o2 = real_cls(other, domain=domain), ours_cls(to_frontend(other), domain=domain)
    x = data.draw(_points())
    _same(o(to_frontend(x)), r(x), "float64")
    for fn in (
        lambda p, q: (p + q).coef,
        lambda p, q: (p - 2.5).coef,
        lambda p, q: (3 * p * q).coef,
        lambda p, q: (p // q).coef,
        lambda p, q: (p % q).coef,
        lambda p, q: (p**2).coef,
        lambda p, q: (-p / 2).coef,
        lambda p, q: p.deriv(2).coef,
        lambda p, q: p.integ(2, k=[1.0], lbnd=0.5).coef,
        lambda p, q: p.roots(),
        lambda p, q: p.degree(),
        lambda p, q: p.cutdeg(1).coef,
        lambda p, q: p.trim(1.0).coef,
        lambda p, q: p.mapparms(),
        lambda p, q: p.linspace(4),
        lambda p, q: p.convert(kind=type(q)).coef,
        lambda p, q: p == q,
        lambda p, q: p.has_samecoef(p.copy()),
    ):
        _same(fn(o, o2), fn(r, r2), "float64")
    xs, ys = real.linspace(0.0, 3.0, 8), real.sin(real.linspace(0.0, 3.0, 8))
    _same(ours_cls.fit(to_frontend(xs), to_frontend(ys), 3).coef, real_cls.fit(xs, ys, 3).coef, "float64")
    _same(ours_cls.fit(to_frontend(xs), to_frontend(ys), 2).domain, real_cls.fit(xs, ys, 2).domain, "float64")
    _same(ours_cls.fromroots([0.5, 2.0]).coef, real_cls.fromroots([0.5, 2.0]).coef, "float64")
    _same(ours_cls.identity([0, 3]).coef, real_cls.identity([0, 3]).coef, "float64")
    _same(ours_cls.basis(3).coef, real_cls.basis(3).coef, "float64")
    _same(
        ours_cls.cast(fnp.polynomial.Polynomial([1.0, 2])).coef,
        real_cls.cast(real.polynomial.Polynomial([1.0, 2])).coef,
        "float64",
    )


@pytest.mark.parametrize("cls", CLASSES)
def test_series_class_errors(cls: str) -> None:
    ours, theirs = getattr(fnp.polynomial, cls), getattr(real.polynomial, cls)
    for bad in (lambda c: c([1.0], domain=[0, 1, 2]), lambda c: c([1.0], symbol="1x"), lambda c: c([1.0], symbol=3)):
        with pytest.raises(Exception) as real_error:
            bad(theirs)
        with pytest.raises(type(real_error.value)):
            bad(ours)
    with pytest.raises(TypeError):
        ours([1.0]) + fnp.polynomial.Polynomial([1.0], domain=[0, 5]) if cls == "Polynomial" else ours([1.0]) + (
            fnp.polynomial.Polynomial([1.0])
        )
    with pytest.raises(ValueError):
        ours([1.0, 2.0]) ** 101
