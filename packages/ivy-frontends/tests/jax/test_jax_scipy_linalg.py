"""jax.scipy.linalg against real JAX: one driver over the functions on drawn well-conditioned matrices
(float32/float64, small batches), plus the special-matrix constructors."""

from __future__ import annotations

import jax
import jax.scipy.linalg as jsl
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy_frontends.jax import numpy as fjnp
from ivy_frontends.jax.scipy import linalg as fsl


def _spd(m):
    return m @ np.swapaxes(m, -1, -2) + m.shape[-1] * np.eye(m.shape[-1])


def _spd_junk_upper(m):
    """Positive definite in its lower triangle, junk above it (which a lower-triangle reader ignores)."""
    return _spd(m) + np.triu(m, 1)


def _spd_junk_lower(m):
    return _spd(m) + np.tril(m, -1)


def _well(m):
    return m + 2 * m.shape[-1] * np.eye(m.shape[-1])


def _shuffled(m):
    """Diagonally dominant with its rows reversed: partial pivoting picks each pivot by a wide margin."""
    return _well(m)[..., ::-1, :]


#: name -> (call(module, a, b), how to make ``a`` from a random matrix); ``b`` is a random (..., n, 2) matrix
CASES = {
    "cholesky": (lambda m, a, b: m.cholesky(a), _spd_junk_lower),
    "cholesky-lower": (lambda m, a, b: m.cholesky(a, lower=True), _spd_junk_upper),
    "cho_solve": (lambda m, a, b: m.cho_solve(m.cho_factor(a), b), _spd_junk_lower),
    "cho_solve-lower": (lambda m, a, b: m.cho_solve(m.cho_factor(a, lower=True), b), _spd_junk_upper),
    "solve": (lambda m, a, b: m.solve(a, b), _well),
    "solve-vector": (lambda m, a, b: m.solve(a, b[..., 0]), _well),
    "solve-sym": (lambda m, a, b: m.solve(a, b, assume_a="sym"), _well),
    "solve-pos-lower": (lambda m, a, b: m.solve(a, b, assume_a="pos", lower=True), _spd_junk_upper),
    "solve-pos-upper": (lambda m, a, b: m.solve(a, b, assume_a="pos"), _spd_junk_lower),
    "solve_triangular": (lambda m, a, b: m.solve_triangular(a, b), _well),
    "solve_triangular-lower-T": (lambda m, a, b: m.solve_triangular(a, b, trans=1, lower=True), _well),
    "solve_triangular-unit-C": (lambda m, a, b: m.solve_triangular(a, b, trans="C", unit_diagonal=True), _well),
    "det": (lambda m, a, b: m.det(a), _well),
    "inv": (lambda m, a, b: m.inv(a), _well),
    "eigvalsh": (lambda m, a, b: m.eigh(a, eigvals_only=True), _well),
    "eigvalsh-upper": (lambda m, a, b: m.eigh(a, lower=False, eigvals_only=True), _well),
    "svdvals": (lambda m, a, b: m.svd(a, compute_uv=False), _well),
    "qr-r": (lambda m, a, b: m.qr(a, mode="r"), _well),
    "expm": (lambda m, a, b: m.expm(a * 0.3), lambda a: a),
    "polar-p": (lambda m, a, b: m.polar(a)[1], _well),
    "lu": (lambda m, a, b: m.lu(a), _shuffled),
    "lu-permute_l": (lambda m, a, b: m.lu(a, permute_l=True), _shuffled),
    "lu_factor": (lambda m, a, b: m.lu_factor(a), _shuffled),
    "lu_solve": (lambda m, a, b: m.lu_solve(m.lu_factor(a), b), _shuffled),
    "lu_solve-T": (lambda m, a, b: m.lu_solve(m.lu_factor(a), b, trans=1), _shuffled),
    "lu_solve-H-vector": (lambda m, a, b: m.lu_solve(m.lu_factor(a), b[..., 0], trans=2), _shuffled),
    "polar-left-svd-p": (lambda m, a, b: m.polar(a, side="left", method="svd")[1], _well),
}
#: JAX's polar takes one matrix (its default qdwh method also refuses side='left' on a square one);
#: its solve reads a batched 1-D-less ``b`` as matrices, so vectors are tested unbatched; its lu takes one matrix
UNBATCHED = {"polar-p", "polar-left-svd-p", "solve-vector", "lu", "lu-permute_l"}


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=3)
@given(data=st.data())
def test_linalg(name, data):
    call, make = CASES[name]
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    n = data.draw(st.integers(1, 4))
    batch = data.draw(st.sampled_from([()] if name in UNBATCHED else [(), (2,)]))
    seed = data.draw(st.integers(0, 2**16))
    rng = np.random.default_rng(seed)
    a = make(rng.uniform(-1, 1, (*batch, n, n))).astype(dtype)
    b = rng.uniform(-1, 1, (*batch, n, 2)).astype(dtype)
    ref = call(jsl, jax.numpy.asarray(a), jax.numpy.asarray(b))
    mine = call(fsl, fjnp.asarray(a), fjnp.asarray(b))
    tol = 2e-4 if dtype == "float32" else 1e-9
    assert_same(mine, ref, rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_factorizations_reconstruct(dtype):
    """Factors whose signs/phases differ between LAPACK drivers: same shapes/dtypes, and they rebuild ``a``."""
    rng = np.random.default_rng(1)
    a = _well(rng.uniform(-1, 1, (4, 4))).astype(dtype)
    sym = a + np.swapaxes(a, -1, -2)
    tol = 1e-4 if dtype == "float32" else 1e-10
    fa, fs = fjnp.asarray(a), fjnp.asarray(sym)
    for mine, ref in (
        (fsl.svd(fa), jsl.svd(jax.numpy.asarray(a))),
        (fsl.qr(fa), jsl.qr(jax.numpy.asarray(a))),
        (fsl.qr(fa, mode="economic"), jsl.qr(jax.numpy.asarray(a), mode="economic")),
        (fsl.eigh(fs), jsl.eigh(jax.numpy.asarray(sym))),
        (fsl.polar(fa), jsl.polar(jax.numpy.asarray(a))),
    ):
        assert [(str(m.dtype), m.shape) for m in mine] == [(str(r.dtype), tuple(r.shape)) for r in ref]
    u, s, vh = (x.numpy() for x in fsl.svd(fa))
    np.testing.assert_allclose((u * s[..., None, :]) @ vh, a, rtol=tol, atol=tol)
    q, r = (x.numpy() for x in fsl.qr(fa))
    np.testing.assert_allclose(q @ r, a, rtol=tol, atol=tol)
    np.testing.assert_allclose(np.tril(r, -1), 0 * r, atol=tol)
    w, v = (x.numpy() for x in fsl.eigh(fs))
    np.testing.assert_allclose((v * w[..., None, :]) @ np.swapaxes(v, -1, -2), sym, rtol=tol, atol=tol * 10)
    u, p = (x.numpy() for x in fsl.polar(fa))
    np.testing.assert_allclose(u @ p, a, rtol=tol, atol=tol * 10)


@settings(max_examples=5)
@given(
    c=st.lists(st.integers(-5, 5), min_size=1, max_size=5),
    r=st.lists(st.integers(-5, 5), min_size=1, max_size=5),
    dtype=st.sampled_from(["int32", "float32", "float64"]),
)
def test_special_matrices(c, r, dtype):
    cn, rn = np.array(c, dtype), np.array(r, dtype)
    j, f = jax.numpy.asarray, fjnp.asarray
    assert_same(fsl.toeplitz(f(cn)), jsl.toeplitz(j(cn)))
    assert_same(fsl.toeplitz(f(cn), f(rn)), jsl.toeplitz(j(cn), j(rn)))
    assert_same(fsl.hankel(f(cn)), jsl.hankel(j(cn)))
    assert_same(fsl.hankel(f(cn), f(rn)), jsl.hankel(j(cn), j(rn)))
    assert_same(fsl.circulant(f(cn)), jsl.circulant(j(cn)))
    assert_same(fsl.fiedler(f(cn)), jsl.fiedler(j(cn)))
    assert_same(fsl.block_diag(f(cn), f(rn[:, None]), f(cn[:1])), jsl.block_diag(j(cn), j(rn[:, None]), j(cn[:1])))
    if len(c) > 1 and c[0] != 0:
        assert_same(fsl.companion(f(cn)), jsl.companion(j(cn)), 1e-6, 1e-6)
        assert_same(fsl.leslie(f(cn), f(cn[1:])), jsl.leslie(j(cn), j(cn[1:])))


@pytest.mark.parametrize("n", [1, 2, 5, 8])
def test_fixed_matrices(n):
    assert_same(fsl.hilbert(n), jsl.hilbert(n))
    assert_same(fsl.helmert(n), jsl.helmert(n))
    assert_same(fsl.helmert(n, full=True), jsl.helmert(n, full=True))
    for scale in (None, "n", "sqrtn"):
        assert_same(fsl.dft(n, scale), jsl.dft(n, scale), 1e-12, 1e-12)
    if n & (n - 1) == 0:
        assert_same(fsl.hadamard(n), jsl.hadamard(n))
        assert_same(fsl.hadamard(n, "float32"), jsl.hadamard(n, "float32"))
    with pytest.raises(ValueError, match="scale"):
        fsl.dft(n, "bad")


def test_errors():
    with pytest.raises(ValueError, match="trans"):
        fsl.solve_triangular(fjnp.eye(2), fjnp.ones(2), trans=5)
    with pytest.raises(ValueError, match="square"):
        fsl.solve(fjnp.ones((2, 3)), fjnp.ones(2))
    with pytest.raises(ValueError, match="mode"):
        fsl.qr(fjnp.eye(2), mode="x")
