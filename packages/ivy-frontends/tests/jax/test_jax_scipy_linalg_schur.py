"""jax.scipy.linalg's Schur-based functions, qr_multiply, expm_frechet, eigh_tridiagonal and JAX's newer
special matrices against real JAX, on drawn well-conditioned matrices.

Where the answer is unique (Hessenberg form and QR under LAPACK's Householder convention, matrix square
root and functions, Sylvester solutions, Fréchet derivatives, rsf2csf of a given real Schur form) the
values are compared with JAX's. A Schur form is not unique (the order of the eigenvalues along T's
diagonal follows convergence, and Z's columns carry signs/phases), and neither are eigenvectors:
those are checked by reconstruction (``A = Z T Z^H``, ``Z`` unitary, ``T`` (quasi-)triangular with
LAPACK's standardized 2x2 blocks) and by comparing the eigenvalues with JAX's.

Shapes are fixed per case: JAX compiles each function once per shape and dtype, which is most of the time.
"""

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


def _well(m):
    """Diagonally dominant with a positive diagonal: eigenvalues in the right half-plane, well apart from 0."""
    return m + 2 * m.shape[-1] * np.eye(m.shape[-1])


def _numpy_of(m):
    return jax.numpy if m is jsl else fjnp


#: name -> (call(module, a, b), shape of a, shape of b, batch allowed); a is made well-conditioned
CASES = {
    "hessenberg": (lambda m, a, b: m.hessenberg(a), (4, 4), (4, 4), True),
    "hessenberg-q": (lambda m, a, b: m.hessenberg(a, calc_q=True), (4, 4), (4, 4), True),
    "sqrtm": (lambda m, a, b: m.sqrtm(a), (4, 4), (4, 4), False),
    "funm-exp": (lambda m, a, b: m.funm(a * 0.3, _numpy_of(m).exp), (3, 3), (3, 3), False),
    "solve_sylvester": (lambda m, a, b: m.solve_sylvester(a, _well(b) * 0.5, a[..., :2]), (3, 3), (2, 2), False),
    "expm_frechet": (lambda m, a, b: m.expm_frechet(a * 0.2, b), (3, 3), (3, 3), False),
    "qr_multiply-right": (lambda m, a, b: m.qr_multiply(a, b), (4, 3), (2, 4), True),
    "qr_multiply-left": (lambda m, a, b: m.qr_multiply(a, b, mode="left"), (4, 3), (3, 2), True),
    "qr_multiply-wide-left": (lambda m, a, b: m.qr_multiply(a, b, mode="left"), (2, 4), (2, 3), False),
    "qr_multiply-pivoting": (lambda m, a, b: m.qr_multiply(a, b, pivoting=True), (4, 3), (2, 4), True),
    "qr_multiply-pivoting-left": (
        lambda m, a, b: m.qr_multiply(a, b, mode="left", pivoting=True),
        (3, 4),
        (3, 2),
        True,
    ),
    "qr_multiply-complex-conjugate": (
        lambda m, a, b: m.qr_multiply(a + 1j * a**2, b * (1 - 1j), conjugate=True, pivoting=True),
        (4, 3),
        (2, 4),
        False,
    ),
    "qr_multiply-vector": (lambda m, a, b: m.qr_multiply(a, b[0]), (4, 3), (2, 4), False),
    "qr_multiply-vector-left": (lambda m, a, b: m.qr_multiply(a, b[:, 0], mode="left"), (4, 3), (3, 2), False),
    "eigh_tridiagonal": (lambda m, a, b: m.eigh_tridiagonal(a[0], a[1, :-1], eigvals_only=True), (4, 4), (1, 1), False),
    "eigh_tridiagonal-i": (
        lambda m, a, b: m.eigh_tridiagonal(a[0], a[1, :-1], eigvals_only=True, select="i", select_range=(1, 2)),
        (4, 4),
        (1, 1),
        False,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=3)
@given(data=st.data())
def test_unique_results(name, data):
    call, a_shape, b_shape, batched = CASES[name]
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    batch = (2,) if batched and data.draw(st.booleans()) else ()
    rng = np.random.default_rng(data.draw(st.integers(0, 2**16)))
    a = rng.uniform(-1, 1, (*batch, *a_shape))
    if a_shape[0] == a_shape[1]:
        a = _well(a)
    a = a.astype(dtype)
    b = rng.uniform(-1, 1, (*batch, *b_shape)).astype(dtype)
    ref = call(jsl, jax.numpy.asarray(a), jax.numpy.asarray(b))
    mine = call(fsl, fjnp.asarray(a), fjnp.asarray(b))
    tol = 2e-4 if dtype == "float32" else 1e-9
    assert_same(mine, ref, rtol=tol, atol=tol)
    if name == "expm_frechet":  # the derivative alone (JAX compiles it again: compared with the pair's)
        assert_same(fsl.expm_frechet(fjnp.asarray(a) * 0.2, fjnp.asarray(b), compute_expm=False), ref[1], tol, tol)


def _paired(mine, ref, tol):
    """The two eigenvalue lists are the same multiset (each of ``ref`` matched to its nearest in ``mine``)."""
    left = list(mine)
    for value in ref:
        nearest = min(range(len(left)), key=lambda i: abs(left[i] - value))
        assert abs(left.pop(nearest) - value) <= tol * (1 + abs(value)), (mine, ref)


def _block_eigenvalues(t):
    """The eigenvalues of a quasi-triangular ``t``, block by block."""
    out, i, n = [], 0, t.shape[-1]
    while i < n:
        if i + 1 < n and t[i + 1, i] != 0:
            out += list(np.linalg.eigvals(t[i : i + 2, i : i + 2]))
            i += 2
        else:
            out.append(t[i, i])
            i += 1
    return out


def _check_real_schur(t, tol):
    """Quasi-triangular, no two consecutive nonzero subdiagonal entries, 2x2 blocks as LAPACK standardizes
    them (equal diagonal, off-diagonals of opposite signs: a complex eigenvalue pair)."""
    np.testing.assert_array_equal(np.tril(t, -2), 0)
    sub = np.diagonal(t, -1)
    for i in np.flatnonzero(sub):
        assert i + 1 >= len(sub) or sub[i + 1] == 0, t
        assert i == 0 or sub[i - 1] == 0, t
        assert abs(t[i, i] - t[i + 1, i + 1]) <= tol * (1 + abs(t[i, i])), t
        assert t[i, i + 1] * t[i + 1, i] < 0, t


@pytest.mark.parametrize("dtype", ["float32", "float64", "complex128"])
@pytest.mark.parametrize("output", ["real", "complex"])
@settings(max_examples=4)
@given(n=st.integers(1, 5), seed=st.integers(0, 2**16), batch=st.sampled_from([(), (2,)]))
def test_schur_reconstructs(dtype, output, n, seed, batch):
    """Not unique: the same dtypes/shapes as JAX's, Z unitary, A = Z T Z^H, T of the right form, JAX's eigenvalues."""
    rng = np.random.default_rng(seed)
    a = rng.uniform(-1, 1, (*batch, n, n))
    if dtype.startswith("complex"):
        a = a + 1j * rng.uniform(-1, 1, (*batch, n, n))
    a = a.astype(dtype)
    jt, jz = jsl.schur(jax.numpy.asarray(a), output=output)
    t, z = fsl.schur(fjnp.asarray(a), output=output)
    assert [(str(x.dtype), x.shape) for x in (t, z)] == [(str(x.dtype), tuple(x.shape)) for x in (jt, jz)]
    t, z, jt = t.numpy(), z.numpy(), np.asarray(jt)
    tol = 1e-4 if dtype == "float32" else 1e-10
    eye = np.broadcast_to(np.eye(n), a.shape)
    np.testing.assert_allclose(np.swapaxes(z, -1, -2).conj() @ z, eye, atol=tol)
    np.testing.assert_allclose(z @ t @ np.swapaxes(z, -1, -2).conj(), a, atol=tol * 10)
    for mine, ref in zip(t.reshape(-1, n, n), jt.reshape(-1, n, n), strict=True):
        if np.iscomplexobj(mine):
            np.testing.assert_array_equal(np.tril(mine, -1), 0)
            _paired(np.diagonal(mine), np.diagonal(ref), tol * 10)
        else:
            _check_real_schur(mine, tol)
            _paired(_block_eigenvalues(mine), _block_eigenvalues(ref), tol * 10)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_rsf2csf_of_jax_schur(dtype):
    """rsf2csf is deterministic given (T, Z): fed JAX's real Schur form, it must give JAX's complex one."""
    rng = np.random.default_rng(3)
    a = rng.uniform(-1, 1, (2, 5, 5)).astype(dtype)
    jt, jz = jsl.schur(jax.numpy.asarray(a))
    assert np.count_nonzero(np.diagonal(np.asarray(jt), -1)), "the draw should have complex eigenvalue pairs"
    ref = jsl.rsf2csf(jt, jz)
    mine = fsl.rsf2csf(fjnp.asarray(np.asarray(jt)), fjnp.asarray(np.asarray(jz)))
    tol = 2e-5 if dtype == "float32" else 1e-12
    assert_same(mine, ref, rtol=tol, atol=tol)


def test_funm_error_estimate():
    """With ``disp=False``: JAX's (F, err) structure; err depends on the Schur basis (not unique), so it
    is checked for its bounds, F against JAX's."""
    rng = np.random.default_rng(4)
    a = _well(rng.uniform(-1, 1, (3, 3))) * 0.3
    ref_f, ref_err = jsl.funm(jax.numpy.asarray(a), jax.numpy.exp, disp=False)
    f, err = fsl.funm(fjnp.asarray(a), fjnp.exp, disp=False)
    assert_same(f, ref_f, 1e-10, 1e-10)
    assert str(err.dtype) == str(ref_err.dtype) and err.shape == tuple(ref_err.shape)
    assert np.finfo(np.float64).eps <= float(err.numpy()) <= 1.0


@pytest.mark.parametrize("dtype", ["float64", "complex128"])
def test_eigh_tridiagonal_vectors(dtype):
    """Eigenvectors carry signs/phases of their own (JAX's come from a random inverse-iteration start):
    JAX's eigenvalues, orthonormal columns of JAX's dtype and shape, and T v = v w."""
    rng = np.random.default_rng(5)
    d = rng.uniform(-1, 1, 5).astype(dtype)
    e = rng.uniform(-1, 1, 4)
    if dtype == "complex128":
        e = e + 1j * rng.uniform(-1, 1, 4)
    e = e.astype(dtype)
    ref_shapes = jax.eval_shape(lambda d, e: jsl.eigh_tridiagonal(d, e), jax.numpy.asarray(d), jax.numpy.asarray(e))
    ref_w = jsl.eigh_tridiagonal(jax.numpy.asarray(d), jax.numpy.asarray(e), eigvals_only=True)
    w, v = fsl.eigh_tridiagonal(fjnp.asarray(d), fjnp.asarray(e))
    assert [(str(x.dtype), x.shape) for x in (w, v)] == [(str(x.dtype), tuple(x.shape)) for x in ref_shapes]
    assert_same(w, ref_w, 1e-10, 1e-10)
    w, v = w.numpy(), v.numpy()
    t = np.diag(d.real).astype(dtype) + np.diag(e, 1) + np.diag(e.conj(), -1)
    np.testing.assert_allclose(v.conj().T @ v, np.eye(5), atol=1e-10)
    np.testing.assert_allclose(t @ v, v * w[None, :], atol=1e-10)


@settings(max_examples=8)
@given(
    a=st.lists(st.integers(-5, 5), min_size=1, max_size=4),
    n=st.integers(1, 5),
    mode=st.sampled_from(["full", "same", "valid"]),
    dtype=st.sampled_from(["int32", "float32", "float64"]),
    batch=st.booleans(),
)
def test_convolution_matrix(a, n, mode, dtype, batch):
    x = np.array([a, a[::-1]] if batch else a, dtype)
    assert_same(fsl.convolution_matrix(fjnp.asarray(x), n, mode), jsl.convolution_matrix(jax.numpy.asarray(x), n, mode))


@settings(max_examples=3)
@given(
    a=st.lists(st.integers(-5, 5), min_size=1, max_size=5).filter(lambda a: a[0] != 0),
    dtype=st.sampled_from(["int32", "float32", "float64"]),
    batch=st.booleans(),
)
def test_fiedler_companion(a, dtype, batch):
    x = np.array([a, [7, *a[1:]]] if batch else a, dtype)
    assert_same(fsl.fiedler_companion(fjnp.asarray(x)), jsl.fiedler_companion(jax.numpy.asarray(x)), 1e-6, 1e-6)


@pytest.mark.parametrize("n", [1, 6])
def test_pascal_and_inverses(n):
    """JAX's binomials are floating (lgamma/exp), so the values are compared within their rounding."""
    assert_same(fsl.invhilbert(n), jsl.invhilbert(n), 1e-9, 1e-9)
    for kind in (None, "lower", "upper"):
        assert_same(fsl.pascal(n, kind), jsl.pascal(n, kind), 1e-5, 1e-5)
        assert_same(fsl.invpascal(n, kind), jsl.invpascal(n, kind), 1e-9, 1e-9)


def test_errors():
    with pytest.raises(ValueError, match="output"):
        fsl.schur(fjnp.eye(2), output="x")
    with pytest.raises(ValueError, match="square"):
        fsl.schur(fjnp.ones((2, 3)))
    with pytest.raises(ValueError, match="kind"):
        fsl.pascal(3, "x")
    with pytest.raises(ValueError, match="mode"):
        fsl.convolution_matrix(fjnp.ones(3), 2, "x")
    with pytest.raises(ValueError, match="'n'"):
        fsl.convolution_matrix(fjnp.ones(3), 0)
    with pytest.raises(TypeError, match="'n'"):
        fsl.convolution_matrix(fjnp.ones(3), 2.0)
    assert fsl.convolution_matrix(fjnp.ones(3), np.int64(2)).shape == (4, 2)
    with pytest.raises(ValueError, match="'c'"):
        fsl.qr_multiply(fjnp.ones((4, 3)), fjnp.ones((2, 3)))
    with pytest.raises(ValueError, match="method"):
        fsl.solve_sylvester(fjnp.eye(2), fjnp.eye(2), fjnp.eye(2), method="x")
    with pytest.raises(TypeError, match="same dtype"):
        fsl.eigh_tridiagonal(fjnp.ones(3), fjnp.ones(2, dtype="float32"))
    with pytest.raises(NotImplementedError, match="blocksize"):
        fsl.sqrtm(fjnp.eye(2), blocksize=2)
    with pytest.raises(ValueError, match="same shape"):
        fsl.expm_frechet(fjnp.eye(2), fjnp.eye(3))


def test_solve_sylvester_batched():
    """A broadcast batch: each solution as JAX's for that matrix (one JAX compilation, unbatched)."""
    rng = np.random.default_rng(6)
    a = _well(rng.uniform(-1, 1, (2, 3, 3)))
    b = _well(rng.uniform(-1, 1, (2, 2))) * 0.5
    c = rng.uniform(-1, 1, (2, 3, 2))
    mine = fsl.solve_sylvester(fjnp.asarray(a), fjnp.asarray(b), fjnp.asarray(c))
    assert mine.shape == (2, 3, 2)
    for i in range(2):
        ref = jsl.solve_sylvester(*(jax.numpy.asarray(x) for x in (a[i], b, c[i])))
        np.testing.assert_allclose(mine.numpy()[i], np.asarray(ref), rtol=1e-9, atol=1e-9)


def test_sylvester_singular_gives_nan():
    """Eigenvalues of A and B that sum to ~0: all NaN, as in JAX."""
    a, b, c = np.eye(2), -np.eye(2), np.ones((2, 2))
    ref = jsl.solve_sylvester(*(jax.numpy.asarray(x) for x in (a, b, c)))
    assert_same(fsl.solve_sylvester(*(fjnp.asarray(x) for x in (a, b, c))), ref)
