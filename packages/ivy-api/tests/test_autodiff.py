"""ivy.grad, value_and_grad, jacobian, stop_gradient and jit on every installed backend.

Gradients are compared with the framework's own differentiation of the same
function written natively (``torch.autograd``, ``jax.grad``,
``tf.GradientTape``, ``paddle.grad``) and with closed forms; Jacobians with
``jax.jacobian`` / ``torch.autograd.functional.jacobian``. The NumPy backend
has no differentiation: its error is checked instead.
"""

from __future__ import annotations

import math
import types
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy import _autodiff

RNG = np.random.default_rng(0)
W, B0, B1, X = RNG.normal(size=(3, 2)), RNG.normal(size=(2,)), np.float64(0.7), RNG.normal(size=(4, 3))


def to_numpy(x) -> np.ndarray:
    native = x.data if isinstance(x, ivy.Array) else x
    if hasattr(native, "numpy") and not isinstance(native, np.ndarray):
        native = native.numpy()
    return np.asarray(native)


def requires_autodiff() -> None:
    try:
        ivy.grad(lambda x: x * x)(1.0)
    except ivy.NotImplementedByBackend:
        pytest.skip(f"backend {ivy.current_backend()} has no automatic differentiation")


# -- the same function, through ivy and natively -------------------------------------------


def loss(params, x):
    hidden = ivy.tanh(x @ params["w"] + params["b"][0])
    return ivy.sum(hidden * hidden) * params["b"][1] + ivy.sum(ivy.sin(params["w"]))


def native_loss(xp, w, b0, b1, x):
    hidden = xp.tanh(x @ w + b0)
    return xp.sum(hidden * hidden) * b1 + xp.sum(xp.sin(w))


def native_gradients(backend: str) -> list[np.ndarray]:
    """d loss / d (w, b0, b1) by the framework itself."""
    if backend == "torch":
        import torch

        w, b0, b1 = (torch.tensor(v, requires_grad=True) for v in (W, B0, B1))
        value = native_loss(torch, w, b0, b1, torch.tensor(X))
        return [g.numpy() for g in torch.autograd.grad(value, [w, b0, b1])]
    if backend == "jax":
        import jax
        import jax.numpy as jnp

        with jax.enable_x64(True):
            grads = jax.grad(lambda w, b0, b1: native_loss(jnp, w, b0, b1, jnp.asarray(X)), argnums=(0, 1, 2))(
                jnp.asarray(W), jnp.asarray(B0), jnp.asarray(B1)
            )
            return [np.asarray(g) for g in grads]
    if backend == "tensorflow":
        import tensorflow as tf

        xp = types.SimpleNamespace(tanh=tf.math.tanh, sin=tf.math.sin, sum=tf.reduce_sum)
        w, b0, b1 = (tf.constant(v) for v in (W, B0, B1))
        with tf.GradientTape() as tape:
            tape.watch([w, b0, b1])
            value = native_loss(xp, w, b0, b1, tf.constant(X))
        return [g.numpy() for g in tape.gradient(value, [w, b0, b1])]
    if backend == "paddle":
        import paddle

        w, b0, b1 = (paddle.to_tensor(v, stop_gradient=False) for v in (W, B0, B1))
        value = native_loss(paddle, w, b0, b1, paddle.to_tensor(X))
        return [g.numpy() for g in paddle.grad([value], [w, b0, b1])]
    pytest.skip(f"no native oracle for backend {backend}")


def test_grad_over_nested_containers_matches_the_frameworks_own(ivy_backend):
    requires_autodiff()
    params = {"w": ivy.asarray(W), "b": [ivy.asarray(B0), ivy.asarray(B1)]}
    value, grads = ivy.value_and_grad(loss)(params, ivy.asarray(X))
    assert isinstance(grads, dict) and isinstance(grads["b"], list) and len(grads["b"]) == 2
    want = native_gradients(ivy_backend)
    for got, expected in zip([grads["w"], *grads["b"]], want):
        assert isinstance(got, ivy.Array) and got.shape == expected.shape and got.dtype == ivy.float64
        np.testing.assert_allclose(to_numpy(got), expected, rtol=1e-10, atol=1e-12)
    hidden = np.tanh(X @ W + B0)
    np.testing.assert_allclose(to_numpy(value), np.sum(hidden**2) * B1 + np.sum(np.sin(W)), rtol=1e-12)
    # grad is value_and_grad without the value; native arrays are accepted as leaves
    natives = {"w": ivy.asarray(W).data, "b": (ivy.asarray(B0).data, ivy.asarray(B1).data)}
    again = ivy.grad(loss)(natives, ivy.asarray(X))
    assert isinstance(again["b"], tuple)
    np.testing.assert_allclose(to_numpy(again["w"]), want[0], rtol=1e-10)


def test_has_aux_argnums_and_keyword_arguments(ivy_backend):
    requires_autodiff()

    def f(x, y, *, scale):
        value = ivy.sum(x * y) * scale
        return value, {"doubled": value * 2, "label": "kept"}

    x, y = ivy.asarray([1.0, 2.0]), ivy.asarray([3.0, 5.0])
    (gx, gy), aux = ivy.grad(f, argnums=(0, 1), has_aux=True)(x, y, scale=2.0)
    np.testing.assert_allclose(to_numpy(gx), [6.0, 10.0])
    np.testing.assert_allclose(to_numpy(gy), [2.0, 4.0])
    assert aux["label"] == "kept" and float(aux["doubled"]) == 52.0
    (value, aux), gy = ivy.value_and_grad(f, argnums=1, has_aux=True)(x, y, scale=1.0)
    assert float(value) == 13.0 and float(aux["doubled"]) == 26.0
    np.testing.assert_allclose(to_numpy(gy), [1.0, 2.0])


def test_python_floats_constants_and_closures(ivy_backend):
    requires_autodiff()
    derivative = ivy.grad(lambda x: x * x * x)(2.0)
    assert isinstance(derivative, ivy.Array) and float(derivative) == 12.0
    closed_over = ivy.asarray([4.0, -1.0])
    tree = {"x": ivy.asarray([1.0, 2.0]), "name": "layer", "unused": None, "n": ivy.asarray([0.5])}
    grads = ivy.grad(lambda t: ivy.sum(t["x"] * closed_over))(tree)
    assert grads["name"] is None and grads["unused"] is None
    np.testing.assert_array_equal(to_numpy(grads["x"]), [4.0, -1.0])  # the closure is a constant
    np.testing.assert_array_equal(to_numpy(grads["n"]), [0.0])  # not used: zero


def test_stop_gradient(ivy_backend):
    requires_autodiff()
    x = ivy.asarray([1.0, 3.0])
    grads = ivy.grad(lambda x: ivy.sum(x * ivy.stop_gradient(x)))(x)
    np.testing.assert_array_equal(to_numpy(grads), [1.0, 3.0])  # d/dx (x * c) at c = x
    np.testing.assert_array_equal(to_numpy(ivy.stop_gradient(x)), [1.0, 3.0])


def test_higher_order_derivatives(ivy_backend):
    requires_autodiff()
    f = lambda x: ivy.sin(x) * x  # noqa: E731
    second = ivy.grad(ivy.grad(f))(1.5)
    assert abs(float(second) - (2 * math.cos(1.5) - 1.5 * math.sin(1.5))) < 1e-12
    points = np.array([0.3, -1.2, 2.0])
    hessian = ivy.jacobian(ivy.grad(lambda x: ivy.sum(f(x))))(ivy.asarray(points))
    np.testing.assert_allclose(to_numpy(hessian), np.diag(2 * np.cos(points) - points * np.sin(points)), atol=1e-12)
    # a gradient that depends on an outer variable through a closure stays differentiable by it
    # (products, not ``** 2``: Paddle's elementwise_pow has no second derivative)
    mixed = ivy.grad(lambda y: ivy.grad(lambda x: x * y * x * y)(3.0))(2.0)  # d/dy (2 x y^2) = 4 x y
    assert abs(float(mixed) - 24.0) < 1e-12


def jacobian_target(x, p):
    return {"a": ivy.sin(x) * p["s"], "b": [ivy.sum(x * x) + p["s"][0]]}


def native_jacobian(x: np.ndarray, s: np.ndarray) -> dict:
    """Jacobian of ``jacobian_target`` by jax.jacobian or torch.autograd.functional.jacobian."""
    backends = ivy.available_backends()
    if "jax" in backends:
        import jax
        import jax.numpy as jnp

        with jax.enable_x64(True):
            jac = jax.jacobian(lambda x, s: (jnp.sin(x) * s, jnp.sum(x * x) + s[0]), argnums=(0, 1))(
                jnp.asarray(x), jnp.asarray(s)
            )
            return {"a": [np.asarray(j) for j in jac[0]], "b": [np.asarray(j) for j in jac[1]]}
    if "torch" in backends:
        import torch

        jac = torch.autograd.functional.jacobian(
            lambda x, s: (torch.sin(x) * s, torch.sum(x * x) + s[0]), (torch.tensor(x), torch.tensor(s))
        )
        return {"a": [j.numpy() for j in jac[0]], "b": [j.numpy() for j in jac[1]]}
    pytest.skip("neither jax nor torch is installed")


def test_jacobian_matches_jax_and_torch(ivy_backend):
    requires_autodiff()
    x, s = np.array([0.5, -1.0, 2.0]), np.array([1.5, 2.0, -0.5])
    jac = ivy.jacobian(jacobian_target, argnums=(0, 1))(ivy.asarray(x), {"s": ivy.asarray(s)})
    want = native_jacobian(x, s)
    assert set(jac) == {"a", "b"} and isinstance(jac["b"], list)
    jx, jp = jac["a"]
    assert jx.shape == (3, 3) and jp["s"].shape == (3, 3)
    np.testing.assert_allclose(to_numpy(jx), want["a"][0], rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(to_numpy(jp["s"]), want["a"][1], rtol=1e-12, atol=1e-14)
    bx, bp = jac["b"][0]
    assert bx.shape == (3,)
    np.testing.assert_allclose(to_numpy(bx), want["b"][0], rtol=1e-12)
    np.testing.assert_allclose(to_numpy(bp["s"]), want["b"][1], rtol=1e-12)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    hnp.arrays(
        np.float64,
        hnp.array_shapes(min_dims=0, max_dims=3, max_side=3),
        elements=st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False),
    )
)
def test_grad_of_an_elementwise_function_is_its_derivative(ivy_backend, values):
    requires_autodiff()
    grads = ivy.grad(lambda x: ivy.sum(ivy.sin(x) * x + ivy.exp(x / 10)))(ivy.asarray(values))
    assert grads.shape == values.shape
    np.testing.assert_allclose(
        to_numpy(grads), np.sin(values) + values * np.cos(values) + np.exp(values / 10) / 10, rtol=1e-10, atol=1e-12
    )


ERRORS = [
    (lambda: ivy.grad(lambda x: x * 2)(ivy.asarray([1.0, 2.0])), ivy.IvyTypeError, "scalar"),
    (lambda: ivy.grad(lambda x: ivy.sum(x))(ivy.asarray([1, 2])), ivy.IvyTypeError, "real floating"),
    (lambda: ivy.grad(lambda x: x)(3), ivy.IvyTypeError, "int"),
    (lambda: ivy.grad(lambda x, y: x, argnums=1)(1.0), ivy.IvyValueError, "argnums"),
    (lambda: ivy.grad(lambda x: x, argnums=-1), ivy.IvyTypeError, "argnums"),
    (lambda: ivy.grad(lambda x: x * x, has_aux=True)(1.0), ivy.IvyTypeError, "has_aux"),
    (lambda: ivy.grad(3), ivy.IvyTypeError, "callable"),
    (lambda: ivy.jacobian(lambda x: ivy.argmax(x))(ivy.asarray([1.0, 2.0])), ivy.IvyTypeError, "real floating"),
]


@pytest.mark.parametrize("index", range(len(ERRORS)))
def test_bad_arguments_raise_clear_errors(ivy_backend, index):
    requires_autodiff()
    call, error, message = ERRORS[index]
    with pytest.raises(error, match=message) as info:
        call()
    assert str(info.value).startswith(("ivy.grad", "ivy.jacobian"))


def test_numpy_backend_says_it_cannot_differentiate():
    if "numpy" not in ivy.available_backends():
        pytest.skip("the numpy backend is not installed")
    expected = "the numpy backend has no automatic differentiation; use torch, jax, tensorflow or paddle"
    with ivy.using_backend("numpy"):
        for call in (
            lambda: ivy.grad(lambda x: x * x)(1.0),
            lambda: ivy.value_and_grad(lambda x: ivy.sum(x))(ivy.asarray([1.0])),
            lambda: ivy.jacobian(lambda x: x)(ivy.asarray([1.0])),
        ):
            with pytest.raises(ivy.NotImplementedByBackend, match=expected):
                call()
        np.testing.assert_array_equal(to_numpy(ivy.stop_gradient(ivy.asarray([1.0]))), [1.0])


# -- jit -------------------------------------------------------------------------------------

COMPILERS = {"jax": True, "tensorflow": True, "torch": True, "numpy": False, "paddle": False}


def step(params, x, *, scale):
    hidden = ivy.tanh(x @ params["w"]) * scale
    return {"out": hidden, "norm": [ivy.sum(hidden * hidden)], "scale": scale}


def test_jit_gives_the_eager_results(ivy_backend):
    params, x = {"w": ivy.asarray(W)}, ivy.asarray(X)
    _autodiff._warned.discard(ivy_backend)  # warnings are once per backend and process
    compiled = ivy.jit(step)
    assert compiled.__name__ == "step" and compiled.__ivy_compiled__ is None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for scale in (1.0, 2.0, 2.0):  # a new constant compiles anew; the same one reuses
            got, want = compiled(params, x, scale=scale), step(params, x, scale=scale)
            assert got["scale"] == scale and isinstance(got["norm"], list)
            np.testing.assert_allclose(to_numpy(got["out"]), to_numpy(want["out"]), rtol=1e-12)
            np.testing.assert_allclose(to_numpy(got["norm"][0]), to_numpy(want["norm"][0]), rtol=1e-12)
    expected = COMPILERS.get(ivy_backend)
    if expected is not None:
        assert compiled.__ivy_compiled__ is expected
    if compiled.__ivy_compiled__ is False:
        assert any("ivy.jit" in str(w.message) and "uncompiled" in str(w.message) for w in caught)
    assert len(compiled.__ivy_jit_cache__) == 2


def test_jit_of_a_gradient(ivy_backend):
    requires_autodiff()
    gradient = ivy.grad(loss)
    compiled = ivy.jit(gradient)
    params = {"w": ivy.asarray(W), "b": [ivy.asarray(B0), ivy.asarray(B1)]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        got = compiled(params, ivy.asarray(X))
    want = gradient(params, ivy.asarray(X))
    np.testing.assert_allclose(to_numpy(got["w"]), to_numpy(want["w"]), rtol=1e-10)
    np.testing.assert_allclose(to_numpy(got["b"][1]), to_numpy(want["b"][1]), rtol=1e-10)
