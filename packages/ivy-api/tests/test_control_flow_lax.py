"""``ivy.cond``/``while_loop``/``fori_loop``/``scan`` on every backend against ``jax.lax`` itself.

The same functions (written once over a namespace, ``ivy`` or ``jax.numpy``)
run through Ivy on each backend and through ``jax.lax`` on the same drawn
inputs; gradients are compared with ``jax.grad`` where the backend
differentiates.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy.testing.conformance._reference import ivy_to_numpy

jax = pytest.importorskip("jax")
jnp = jax.numpy
lax = jax.lax

BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
SETTINGS = settings(max_examples=6, deadline=None)
_vectors = hnp.arrays(np.float64, st.integers(1, 4), elements=st.floats(0.25, 2.0))


@pytest.fixture(autouse=True)
def _x64():
    with jax.enable_x64(True):
        yield


def _sorted(tree: object) -> object:
    """The tree with dict keys in sorted order (JAX's order for its results)."""
    if isinstance(tree, dict):
        return {k: _sorted(tree[k]) for k in sorted(tree)}
    if isinstance(tree, (tuple, list)):
        return type(tree)(_sorted(t) for t in tree)
    return tree


def _check(actual: object, expected: object) -> None:
    a_leaves, a_tree = ivy._autodiff.flatten(_sorted(actual))
    e_leaves, e_tree = ivy._autodiff.flatten(_sorted(expected))
    assert len(a_leaves) == len(e_leaves), (a_tree, e_tree)
    for a, e in zip(a_leaves, e_leaves, strict=True):
        np.testing.assert_allclose(ivy_to_numpy(a), np.asarray(e), rtol=1e-12, atol=1e-12)


def _differentiates() -> bool:
    try:
        ivy.grad(lambda v: v * v)(1.0)
    except ivy.NotImplementedByBackend:
        return False
    return True


def _programs(xp: object, run: dict) -> dict:
    """The computations, over ``xp`` (ivy or jax.numpy), with the control flow of ``run``."""

    def with_cond(x: object, pred: object) -> object:
        return run["cond"](pred, lambda a, b: (a * 2.0 + b, xp.sum(a)), lambda a, b: (a - b, xp.max(a)), x, x * 0.5)

    def with_while(x: object, limit: object) -> object:
        return run["while_loop"](lambda s: xp.sum(s["x"]) < limit, lambda s: {"x": s["x"] * 1.5, "n": s["n"] + 1},
                                 {"x": x, "n": xp.asarray(0)})  # fmt: skip

    def with_fori(x: object, n: int) -> object:
        return run["fori_loop"](0, n, lambda i, c: (c[0] * 0.5 + i, c[1] + c[0]), (x, x * 0.0))

    def with_scan(x: object, reverse: bool) -> object:
        return run["scan"](lambda c, e: (c * e + 1.0, {"c": c, "e2": e * e}), xp.asarray(1.0), x, reverse=reverse)

    return {"cond": with_cond, "while_loop": with_while, "fori_loop": with_fori, "scan": with_scan}


IVY = _programs(ivy, {"cond": ivy.cond, "while_loop": ivy.while_loop, "fori_loop": ivy.fori_loop, "scan": ivy.scan})
LAX = _programs(jnp, {"cond": lax.cond, "while_loop": lax.while_loop, "fori_loop": lax.fori_loop, "scan": lax.scan})
# compiled once per shape (lax compiles its functions on every eager call)
LAX = {name: jax.jit(f, static_argnums=(1,) if name in ("fori_loop", "scan") else ()) for name, f in LAX.items()}


@pytest.mark.parametrize("backend", BACKENDS)
@SETTINGS
@given(x=_vectors, pred=st.booleans(), limit=st.floats(0, 40), n=st.integers(0, 5), reverse=st.booleans())
def test_against_lax(backend: str, x: np.ndarray, pred: bool, limit: float, n: int, reverse: bool) -> None:
    ivy.set_backend(backend)
    a, j = ivy.asarray(x), jnp.asarray(x)
    _check(IVY["cond"](a, ivy.asarray(pred)), LAX["cond"](j, jnp.asarray(pred)))
    _check(IVY["while_loop"](a, ivy.asarray(limit)), LAX["while_loop"](j, jnp.asarray(limit)))
    _check(IVY["fori_loop"](a, n), LAX["fori_loop"](j, n))
    _check(IVY["scan"](a, reverse), LAX["scan"](j, reverse))


@pytest.mark.parametrize("backend", BACKENDS)
@SETTINGS
@given(x=_vectors, pred=st.booleans(), n=st.integers(0, 5), reverse=st.booleans())
def test_gradients_against_jax(backend: str, x: np.ndarray, pred: bool, n: int, reverse: bool) -> None:
    ivy.set_backend(backend)
    if not _differentiates():
        pytest.skip(f"the {backend} backend does not differentiate")  # checked by the conformance kit

    def loss(programs: dict, xp: object, pred_value: object) -> dict:
        def total(tree: object, leaves: object) -> object:
            return sum(xp.sum(leaf) for leaf in leaves(tree))

        return {
            "cond": lambda v: total(programs["cond"](v, pred_value), lambda t: t),
            "fori_loop": lambda v: total(programs["fori_loop"](v, n), lambda t: t),
            "scan": lambda v: total(programs["scan"](v, reverse), lambda t: [t[0], t[1]["c"], t[1]["e2"]]),
        }

    ivy_losses, lax_losses = loss(IVY, ivy, ivy.asarray(pred)), loss(LAX, jnp, jnp.asarray(pred))
    for name, function in ivy_losses.items():
        _check(ivy.grad(function)(ivy.asarray(x)), jax.jit(jax.grad(lax_losses[name]))(jnp.asarray(x)))
