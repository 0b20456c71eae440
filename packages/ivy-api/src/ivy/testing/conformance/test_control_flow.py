"""Structured control flow (``cond``, ``while_loop``, ``fori_loop``, ``scan``) against NumPy loops.

Each call is checked against the same computation written as a plain Python
loop over NumPy arrays, on drawn inputs: nested containers as operands and
carries, branches and trip counts chosen by the data, empty and reversed
scans. Gradients through ``cond``, ``scan`` and fixed-trip ``fori_loop`` are
checked against closed forms on backends that differentiate; through
``while_loop`` a backend either differentiates or refuses with
``ivy.NotImplementedByBackend`` naming ``ivy.while_loop``.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy.testing import plugin
from ivy.testing.conformance._cases import covers, hypothesis_settings
from ivy.testing.conformance._reference import ivy_to_numpy

_floats = st.floats(-4, 4, allow_nan=False, allow_subnormal=False)
_vectors = hnp.arrays(np.float64, hnp.array_shapes(min_dims=0, max_dims=2, max_side=3), elements=_floats)


def _close(actual: object, expected: np.ndarray) -> None:
    got = ivy_to_numpy(actual)
    assert got.shape == np.shape(expected), (got.shape, np.shape(expected))
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12)


def _differentiates() -> bool:
    try:
        ivy.grad(lambda x: x * x)(1.0)
    except ivy.NotImplementedByBackend:
        return False
    return True


@covers("cond")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(x=_vectors, y=_floats, pred=st.booleans())
def test_cond(ivy_backend: str, x: np.ndarray, y: float, pred: bool) -> None:
    def true_fn(a: ivy.Array, b: dict) -> tuple:
        return a * 2.0 + b["y"], {"total": ivy.sum(a)}

    def false_fn(a: ivy.Array, b: dict) -> tuple:
        return a - b["y"], {"total": ivy.max(ivy.abs(a)) if a.size else ivy.sum(a)}

    out, aux = ivy.cond(ivy.asarray(pred), true_fn, false_fn, ivy.asarray(x), {"y": ivy.asarray(y)})
    expected = (x * 2.0 + y, np.sum(x)) if pred else (x - y, np.max(np.abs(x)) if x.size else np.sum(x))
    _close(out, expected[0])
    _close(aux["total"], np.asarray(expected[1]))
    # a Python bool chooses at once, without staging
    assert float(ivy.cond(pred, lambda: ivy.asarray(1.0), lambda: ivy.asarray(2.0))) == (1.0 if pred else 2.0)


@covers("while_loop")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(x=_vectors, limit=st.floats(0, 60, allow_subnormal=False), count=st.integers(0, 6))
def test_while_loop(ivy_backend: str, x: np.ndarray, limit: float, count: int) -> None:
    start = np.abs(x) + 0.25  # doubling it reaches any limit
    total = ivy.while_loop(lambda c: ivy.less(ivy.sum(c), limit), lambda c: c * 2.0, ivy.asarray(start))
    expected = start.copy()
    while np.sum(expected) < limit:
        expected = expected * 2.0
    _close(total, expected)
    state = ivy.while_loop(
        lambda s: ivy.less(s["i"], count),
        lambda s: {"i": s["i"] + 1, "x": (s["x"][0] * 0.5 + 1.0, s["x"][1] - 1.0)},
        {"i": ivy.asarray(0), "x": (ivy.asarray(x), ivy.asarray(x) - 1.0)},
    )
    expected_x, i = (x, x - 1.0), 0
    while i < count:
        i, expected_x = i + 1, (expected_x[0] * 0.5 + 1.0, expected_x[1] - 1.0)
    assert int(state["i"]) == count
    _close(state["x"][0], expected_x[0])
    _close(state["x"][1], expected_x[1])


@covers("fori_loop")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(x=_vectors, lower=st.integers(-3, 3), steps=st.integers(-2, 5), as_array=st.booleans())
def test_fori_loop(ivy_backend: str, x: np.ndarray, lower: int, steps: int, as_array: bool) -> None:
    upper = lower + steps
    bounds = (ivy.asarray(lower), ivy.asarray(upper)) if as_array else (lower, upper)
    result = ivy.fori_loop(*bounds, lambda i, c: c * 0.5 + ivy.astype(i, c.dtype), ivy.asarray(x))
    expected = x
    for i in range(lower, upper):
        expected = expected * 0.5 + i
    _close(result, expected)


@covers("scan")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(
    xs=hnp.arrays(np.float64, hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=4), elements=_floats),
    init=_floats,
    reverse=st.booleans(),
)
def test_scan(ivy_backend: str, xs: np.ndarray, init: float, reverse: bool) -> None:
    def step(carry: dict, x: tuple) -> tuple:
        total = carry["total"] + ivy.sum(x[0])
        return {"total": total, "count": carry["count"] + 1}, (total * 1.0, x[0] * carry["total"])

    carry, (totals, scaled) = ivy.scan(
        step, {"total": ivy.asarray(init), "count": ivy.asarray(0)}, (ivy.asarray(xs),), reverse=reverse
    )
    total, ys = init, []
    for index in reversed(range(len(xs))) if reverse else range(len(xs)):
        ys.append((total + np.sum(xs[index]), xs[index] * total))
        total = total + np.sum(xs[index])
    if reverse:
        ys.reverse()
    _close(carry["total"], np.asarray(total))
    assert int(carry["count"]) == len(xs)
    _close(totals, np.asarray([y[0] for y in ys], dtype=np.float64).reshape(len(xs)))
    _close(scaled, np.asarray([y[1] for y in ys], dtype=np.float64).reshape(xs.shape))
    # without xs: length steps, x is None
    counted, none_ys = ivy.scan(lambda c, x: (c + 1.0, None), ivy.asarray(init), None, length=len(xs))
    _close(counted, np.asarray(init + len(xs)))
    assert none_ys is None


@covers("cond", "while_loop", "fori_loop", "scan")
@pytest.mark.ivy_conformance
@settings(hypothesis_settings(), max_examples=min(plugin.examples(), 6))  # each draw compiles on JAX
@given(
    w=st.floats(0.5, 1.5, allow_subnormal=False),
    x=hnp.arrays(np.float64, st.integers(1, 4), elements=st.floats(0.5, 2.0)),
    n=st.integers(0, 4),
    pred=st.booleans(),
)
def test_gradients(ivy_backend: str, w: float, x: np.ndarray, n: int, pred: bool) -> None:
    if not _differentiates():
        return
    # fori_loop with int bounds: c_n = w**n x + sum_{k<n} w**k
    got = ivy.grad(lambda v: ivy.sum(ivy.fori_loop(0, n, lambda i, c: c * v + 1.0, ivy.asarray(x))))(w)
    expected = np.sum(n * w ** (n - 1) * x) + len(x) * sum(k * w ** (k - 1) for k in range(1, n)) if n else 0.0
    np.testing.assert_allclose(float(got), expected, rtol=1e-10, atol=1e-12)
    # scan: the carry is the running product, each y the product so far
    carry_grad = ivy.grad(lambda v: ivy.scan(lambda c, e: (c * e, c), ivy.asarray(1.0), v)[0])(ivy.asarray(x))
    _close(carry_grad, np.prod(x) / x)
    ys_grad = ivy.grad(lambda v: ivy.sum(ivy.scan(lambda c, e: (c + e, c * e), ivy.asarray(0.0), v)[1]))(ivy.asarray(x))
    _close(ys_grad, np.concatenate([[0.0], np.cumsum(x)[:-1]]) + np.cumsum(x[::-1])[::-1] - x)
    # cond: the derivative of the branch taken
    cond_grad = ivy.grad(lambda v: ivy.cond(ivy.asarray(pred), lambda a: ivy.sin(a), lambda a: a * a, v))(w)
    np.testing.assert_allclose(float(cond_grad), np.cos(w) if pred else 2 * w, rtol=1e-12)
    # while_loop: differentiated, or refused in ivy's words
    try:
        loop_grad = ivy.grad(
            lambda v: ivy.while_loop(lambda s: ivy.less(s[0], n), lambda s: (s[0] + 1, s[1] * v), (ivy.asarray(0), v))[
                1
            ]
        )(w)
    except ivy.NotImplementedByBackend as error:
        assert "ivy.while_loop" in str(error), error
    else:
        np.testing.assert_allclose(float(loop_grad), (n + 1) * w**n, rtol=1e-10)


@covers("while_loop", "cond", "scan")
@pytest.mark.ivy_conformance
def test_jit_gives_the_eager_results(ivy_backend: str) -> None:
    def fn(x: ivy.Array, limit: ivy.Array) -> tuple:
        doubled = ivy.while_loop(lambda c: ivy.less(ivy.sum(c), limit), lambda c: c * 2.0, x)
        chosen = ivy.cond(ivy.greater(ivy.sum(doubled), 10.0), lambda a: a - 1.0, lambda a: a + 1.0, doubled)
        return chosen, ivy.scan(lambda c, e: (c + e, c), ivy.asarray(0.0), chosen)

    x = ivy.asarray([0.5, 1.0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        compiled = ivy.jit(fn)
        for limit in (1.0, 7.0, 50.0):
            eager, jitted = fn(x, ivy.asarray(limit)), compiled(x, ivy.asarray(limit))
            _close(jitted[0], ivy_to_numpy(eager[0]))
            _close(jitted[1][0], ivy_to_numpy(eager[1][0]))
            _close(jitted[1][1], ivy_to_numpy(eager[1][1]))


@covers("cond", "while_loop", "fori_loop", "scan")
@pytest.mark.ivy_conformance
def test_bad_input_is_named(ivy_backend: str) -> None:
    x = ivy.asarray([1.0, 2.0])
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.cond: pred must be a boolean scalar"):
        ivy.cond(x, lambda a: a, lambda a: a, x)
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.cond: argument 'true_fn' must be callable"):
        ivy.cond(True, None, lambda: x)
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.while_loop: leaf 0 of the result of body_fn has shape"):
        ivy.while_loop(lambda c: ivy.less(ivy.sum(c), 10.0), lambda c: ivy.concat([c, c]), x)
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.while_loop: body_fn must return the structure"):
        ivy.while_loop(lambda c: ivy.less(ivy.sum(c[0]), 10.0), lambda c: c[0] * 2.0, (x,))
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.while_loop: the result of cond_fn must be a boolean scalar"):
        ivy.while_loop(lambda c: c, lambda c: c * 2.0, x)
    with pytest.raises(ivy.IvyValueError, match=r"ivy\.scan: the arrays of xs must share their leading size"):
        ivy.scan(lambda c, e: (c, e), ivy.asarray(0.0), (x, ivy.asarray([1.0, 2.0, 3.0])))
    with pytest.raises(ivy.IvyValueError, match=r"ivy\.scan: without arrays in xs, argument 'length'"):
        ivy.scan(lambda c, e: (c, e), ivy.asarray(0.0), None)
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.scan: fn must return a pair"):
        ivy.scan(lambda c, e: c, ivy.asarray(0.0), x)
    with pytest.raises(ivy.IvyTypeError, match=r"ivy\.fori_loop: argument 'upper' must be an int"):
        ivy.fori_loop(0, 2.5, lambda i, c: c, x)
