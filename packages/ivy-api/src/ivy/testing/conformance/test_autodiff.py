"""Differentiation and compilation against closed forms.

A backend either differentiates (``grad``, ``value_and_grad``, ``jacobian``
over nested containers, higher orders, ``stop_gradient``) or refuses with
``ivy.NotImplementedByBackend``; ``ivy.jit`` must give the eager results
whether or not the backend compiles.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy.testing.conformance._cases import covers, hypothesis_settings
from ivy.testing.conformance._reference import ivy_to_numpy


def _differentiates() -> bool:
    try:
        ivy.grad(lambda x: x * x)(1.0)
    except ivy.NotImplementedByBackend as error:
        assert str(error).startswith("ivy.grad: "), error
        return False
    return True


def _loss(params: dict, x: ivy.Array) -> ivy.Array:
    return ivy.sum(ivy.sin(params["w"]) * x) + params["b"][0] * params["b"][0]


@covers("grad", "value_and_grad", "stop_gradient")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(
    w=hnp.arrays(
        np.float64,
        hnp.array_shapes(min_dims=0, max_dims=2, max_side=3),
        elements=st.floats(-3, 3, allow_subnormal=False),
    ),
    b=st.floats(-3, 3, allow_subnormal=False),
)
def test_gradients(ivy_backend: str, w: np.ndarray, b: float) -> None:
    if not _differentiates():
        with pytest.raises(ivy.NotImplementedByBackend):
            ivy.value_and_grad(lambda x: ivy.sum(x))(ivy.asarray([1.0]))
        np.testing.assert_array_equal(ivy_to_numpy(ivy.stop_gradient(ivy.asarray([1.0, 2.0]))), [1.0, 2.0])
        return
    x = np.full(w.shape, 0.5)
    params = {"w": ivy.asarray(w), "b": [b]}
    value, grads = ivy.value_and_grad(_loss)(params, ivy.asarray(x))
    assert abs(float(value) - (np.sum(np.sin(w) * x) + b * b)) < 1e-9
    np.testing.assert_allclose(ivy_to_numpy(grads["w"]), np.cos(w) * x, rtol=1e-12, atol=1e-14)
    assert abs(float(grads["b"][0]) - 2 * b) < 1e-12
    only_x = ivy.grad(_loss, argnums=1)(params, ivy.asarray(x))
    np.testing.assert_allclose(ivy_to_numpy(only_x), np.sin(w), rtol=1e-12, atol=1e-14)
    stopped = ivy.grad(lambda v: ivy.sum(ivy.stop_gradient(v) * v))(ivy.asarray(w))
    np.testing.assert_allclose(ivy_to_numpy(stopped), w, rtol=1e-12)


@covers("jacobian")
@pytest.mark.ivy_conformance
def test_jacobians(ivy_backend: str) -> None:
    if not _differentiates():
        with pytest.raises(ivy.NotImplementedByBackend):
            ivy.jacobian(lambda x: x)(ivy.asarray([1.0]))
        return
    x = np.array([0.3, -1.0, 2.0])
    jac = ivy.jacobian(lambda v: {"square": v * v, "total": ivy.sum(ivy.exp(v))})(ivy.asarray(x))
    np.testing.assert_allclose(ivy_to_numpy(jac["square"]), np.diag(2 * x), atol=1e-14)
    np.testing.assert_allclose(ivy_to_numpy(jac["total"]), np.exp(x), rtol=1e-12)
    second = ivy.grad(ivy.grad(lambda v: ivy.sin(v) * v))(0.7)  # a derivative of a derivative
    assert abs(float(second) - (2 * math.cos(0.7) - 0.7 * math.sin(0.7))) < 1e-12


@covers("jit")
@pytest.mark.ivy_conformance
def test_jit_matches_eager(ivy_backend: str) -> None:
    def step(params: dict, x: ivy.Array, scale: float) -> dict:
        return {"y": ivy.tanh(params["w"] * x) * scale, "n": scale}

    params, x = {"w": ivy.asarray([0.5, -1.0, 2.0])}, ivy.asarray([1.0, 2.0, 3.0])
    compiled = ivy.jit(step)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # a backend without a compiler says so
        got = compiled(params, x, 2.0)
    want = step(params, x, 2.0)
    assert got["n"] == 2.0 and compiled.__ivy_compiled__ in (True, False)
    np.testing.assert_allclose(ivy_to_numpy(got["y"]), ivy_to_numpy(want["y"]), rtol=1e-12)
