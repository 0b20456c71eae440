"""Capture: real NumPy programs run by the frontend on the current (or the torch) backend, and what is missing."""

from __future__ import annotations

import numpy as np
import pytest
from npf_helpers import assert_same, fnp

import ivy
from ivy_frontends import Frontend, MissingOperations, load


def program(x: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Fancy indexing, ufuncs with where=/out=, and np.linalg, written for real NumPy."""
    rows = x[idx]  # integer-array indexing
    rows[rows < 0] = 0.0  # boolean-mask assignment
    shifted = np.add(rows, 1.0, out=np.zeros_like(rows), where=rows > 0.5)
    gram = shifted.T @ shifted + np.eye(x.shape[1])
    rhs = np.maximum.reduce(shifted, axis=0) + x[:, [0, -1]].sum()
    return np.linalg.solve(gram, rhs) * np.sqrt(np.abs(np.linalg.det(gram)))


def _helper_elsewhere(a: np.ndarray) -> np.ndarray:
    return np.cumsum(a, axis=0)


def uses_missing(x: np.ndarray) -> np.ndarray:
    y = np.nan_to_num(np.isfortran(x))  # not in the frontend (out of scope: memory layout)
    z = np.isfortran(y) + np.array_repr(x)  # two more calls
    return z.sum()


def _inputs() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    return rng.normal(size=(6, 3)), np.array([0, 2, 2, 5, -1])


def test_plugin_object() -> None:
    assert isinstance(fnp.frontend, Frontend)
    assert load("numpy") is fnp.frontend
    assert fnp.frontend.name == "numpy" and fnp.frontend.namespace is fnp


def test_capture_matches_numpy_on_the_current_backend() -> None:
    x, idx = _inputs()
    ours = fnp.frontend.capture(program)(x, idx)
    assert isinstance(ours, fnp.ndarray)
    assert_same(ours, program(x, idx), rtol=1e-9)


def test_must_show_capture_on_torch() -> None:
    """The must-show: fancy indexing, ufunc where=/out= and np.linalg, captured, run on torch, equal to NumPy."""
    if "torch" not in ivy.available_backends():
        pytest.skip("the torch backend is not installed")
    x, idx = _inputs()
    with ivy.using_backend("torch"):
        ours = fnp.frontend.capture(program)(x, idx)
        assert type(ours.ivy_array.data).__module__.startswith("torch")
        values = np.asarray(ours)
    np.testing.assert_allclose(values, program(x, idx), rtol=1e-9)


def test_dispatch_reaches_helpers_in_other_modules() -> None:
    """A NumPy call outside the captured function's globals is intercepted by __array_function__."""

    def calls_helper(a: np.ndarray) -> np.ndarray:
        return _helper_elsewhere(a) * 2

    x, _ = _inputs()
    fn = fnp.frontend.capture(calls_helper)
    assert_same(fn(x), calls_helper(x))


def test_missing_operations_are_all_reported_with_counts() -> None:
    x, _ = _inputs()
    with pytest.raises(MissingOperations) as info:
        fnp.frontend.capture(uses_missing)(x)
    assert info.value.missing == {"numpy.isfortran": 2, "numpy.array_repr": 1}
    assert "test_capture.py" in info.value.where["numpy.isfortran"]


def test_conversion_to_real_numpy_is_reported() -> None:
    def leaves(a: np.ndarray) -> object:
        import numpy

        return numpy.asarray(a).tolist()  # a local import is not swapped: __array__ is reached

    with pytest.raises(MissingOperations, match=r"numpy\.asarray"):
        fnp.frontend.capture(leaves)(np.ones(3))


def test_coverage_counts() -> None:
    report = fnp.frontend.coverage()
    polynomial = {
        f"numpy.polynomial.{m}" for m in ("polynomial", "chebyshev", "legendre", "laguerre", "hermite", "hermite_e")
    }
    assert set(report) == {
        "numpy",
        "numpy.ndarray",
        "numpy.linalg",
        "numpy.fft",
        "numpy.random",
        "numpy.polynomial",
        "numpy.polynomial.Polynomial",
        *polynomial,
    }
    total = 0
    for label, (names, emulated, out_of_scope) in report.items():
        assert set(emulated) <= set(names), label
        assert set(out_of_scope) <= set(names) and not set(out_of_scope) & set(emulated), label
        assert all(reason.strip() for reason in out_of_scope.values()), label
        total += len(emulated)
    assert total >= 815
    for name in report["numpy"][1]:
        assert hasattr(fnp, name), name


def fits(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Polynomial fits through the legacy API, a series class, poly1d and gradient, written for real NumPy."""
    c = np.polyfit(x, y, 2)
    series = np.polynomial.Chebyshev.fit(x, y, 3)
    return np.polyval(c, x) + series(x) + np.poly1d(c).deriv()(x) + np.gradient(y, x)


def test_capture_of_polynomial_classes_matches_numpy() -> None:
    x = np.linspace(0.0, 2.0, 9)
    y = np.sin(3 * x)
    assert_same(load("numpy").capture(fits)(x, y), fits(x, y), rtol=1e-8, atol=1e-8)
