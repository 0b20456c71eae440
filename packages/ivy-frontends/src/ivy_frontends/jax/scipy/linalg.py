"""``jax.scipy.linalg`` on ivy: factorizations and solves over ``ivy.linalg`` (SciPy's argument
conventions: ``cholesky`` upper by default, ``solve_triangular``'s ``trans``/``lower``/``unit_diagonal``),
``expm`` by scaling and squaring, and the special-matrix constructors (``toeplitz``, ``hankel``, ...)."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.lu import unpack
from ivy_frontends.jax._array import Array, to_ivy
from ivy_frontends.jax.scipy.special import inexact


def _float(*xs: Any) -> list[ivy.Array]:
    return inexact(*xs)[0]


def _complex(x: ivy.Array) -> bool:
    return "complex" in str(x.dtype)


def _transpose(x: ivy.Array) -> ivy.Array:
    return ivy.linalg.matrix_transpose(x)


def _adjoint(x: ivy.Array) -> ivy.Array:
    return ivy.conj(_transpose(x)) if _complex(x) else _transpose(x)


def _solve(a: ivy.Array, b: ivy.Array) -> ivy.Array:
    """``a x = b`` with ``b`` a (batch of) vector(s) when it has one dimension less than ``a``."""
    if b.ndim == a.ndim - 1:
        return ivy.linalg.solve(a, ivy.expand_dims(b, axis=-1))[..., 0]
    return ivy.linalg.solve(a, b)


def _from_triangle(x: ivy.Array, lower: bool) -> ivy.Array:
    """The Hermitian matrix that ``x``'s lower (or upper) triangle defines, as LAPACK reads it."""
    off = ivy.tril(x, k=-1) if lower else ivy.triu(x, k=1)
    return (ivy.tril(x) if lower else ivy.triu(x)) + _adjoint(off)


def _check_square(name: str, a: ivy.Array) -> None:
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise ValueError(f"jax.scipy.linalg.{name}: argument 'a' must be a (batch of) square matrix, got {a.shape}")


def cholesky(a: Any, lower: bool = False, overwrite_a: bool = False, check_finite: bool = True) -> Array:
    """The Cholesky factor of a Hermitian positive-definite matrix (upper unless ``lower``)."""
    (x,) = _float(a)
    _check_square("cholesky", x)
    return Array(ivy.linalg.cholesky(_from_triangle(x, lower), upper=not lower))


def cho_factor(a: Any, lower: bool = False, overwrite_a: bool = False, check_finite: bool = True) -> tuple:
    """``(c, lower)`` for ``cho_solve``."""
    return cholesky(a, lower=lower), lower


def _triangular(a: ivy.Array, b: ivy.Array, trans: Any, lower: bool, unit_diagonal: bool) -> ivy.Array:
    tri = ivy.tril(a) if lower else ivy.triu(a)
    if unit_diagonal:
        eye = ivy.eye(a.shape[-1], dtype=a.dtype)
        tri = tri * (1 - eye) + eye
    if trans in (1, "T"):
        tri = _transpose(tri)
    elif trans in (2, "C"):
        tri = _adjoint(tri)
    elif trans not in (0, "N"):
        raise ValueError(
            f"jax.scipy.linalg.solve_triangular: argument 'trans' must be 0, 1, 2, 'N', 'T' or 'C', got {trans!r}"
        )
    return _solve(tri, b)


def solve_triangular(
    a: Any,
    b: Any,
    trans: int | str = 0,
    lower: bool = False,
    unit_diagonal: bool = False,
    overwrite_b: bool = False,
    debug: Any = None,
    check_finite: bool = True,
) -> Array:
    """``a x = b`` reading only ``a``'s lower (or upper) triangle."""
    x, y = _float(a, b)
    return Array(_triangular(x, y, trans, lower, unit_diagonal))


def cho_solve(c_and_lower: tuple, b: Any, overwrite_b: bool = False, check_finite: bool = True) -> Array:
    """``A x = b`` from ``cho_factor``'s ``(c, lower)``."""
    c, lower = c_and_lower
    x, y = _float(c, b)
    first = _triangular(x, y, 2 if not lower else 0, lower, False)
    return Array(_triangular(x, first, 0 if not lower else 2, lower, False))


def solve(
    a: Any,
    b: Any,
    lower: bool = False,
    overwrite_a: bool = False,
    overwrite_b: bool = False,
    debug: bool = False,
    check_finite: bool = True,
    assume_a: str = "gen",
) -> Array:
    """``a x = b``; with ``assume_a='pos'`` only ``a``'s lower (or upper) triangle is read, as in JAX
    (``'sym'``/``'her'`` solve with the full matrix)."""
    x, y = _float(a, b)
    _check_square("solve", x)
    if assume_a == "pos":
        x = _from_triangle(x, lower)
    elif assume_a not in ("gen", "sym", "her"):
        raise ValueError(
            f"jax.scipy.linalg.solve: argument 'assume_a' must be 'gen', 'sym', 'her' or 'pos', got {assume_a!r}"
        )
    # as jnp.linalg.solve: ``b`` is a vector only when 1-D, else a (broadcast) stack of matrices
    return Array(_solve(x, y) if y.ndim == 1 else ivy.linalg.solve(x, y))


def det(a: Any, overwrite_a: bool = False, check_finite: bool = True) -> Array:
    """The determinant."""
    (x,) = _float(a)
    return Array(ivy.linalg.det(x))


def inv(a: Any, overwrite_a: bool = False, check_finite: bool = True) -> Array:
    """The inverse."""
    (x,) = _float(a)
    return Array(ivy.linalg.inv(x))


def eigh(
    a: Any,
    b: Any = None,
    lower: bool = True,
    eigvals_only: bool = False,
    overwrite_a: bool = False,
    overwrite_b: bool = False,
    turbo: bool = True,
    eigvals: Any = None,
    type: int = 1,  # noqa: A002 (SciPy's argument name)
    check_finite: bool = True,
) -> Any:
    """Eigenvalues (ascending) and eigenvectors of a Hermitian matrix; JAX symmetrizes its input
    (``(a + a^H) / 2``), so ``lower`` changes nothing."""
    if b is not None:
        raise NotImplementedError(
            "jax.scipy.linalg.eigh: argument 'b' (generalized problem) is not supported, as in JAX"
        )
    (x,) = _float(a)
    _check_square("eigh", x)
    w, v = ivy.linalg.eigh((x + _adjoint(x)) / 2.0)
    return Array(w) if eigvals_only else (Array(w), Array(v))


def svd(
    a: Any,
    full_matrices: bool = True,
    compute_uv: bool = True,
    overwrite_a: bool = False,
    check_finite: bool = True,
    lapack_driver: str = "gesdd",
) -> Any:
    """``(u, s, vh)``, or the singular values alone when ``compute_uv`` is false."""
    (x,) = _float(a)
    if not compute_uv:
        return Array(ivy.linalg.svdvals(x))
    u, s, vh = ivy.linalg.svd(x, full_matrices=full_matrices)
    return Array(u), Array(s), Array(vh)


def qr(
    a: Any,
    overwrite_a: bool = False,
    lwork: Any = None,
    mode: str = "full",
    pivoting: bool = False,
    check_finite: bool = True,
) -> Any:
    """``(q, r)`` (``mode`` ``'full'`` or ``'economic'``), or ``(r,)`` for ``mode='r'``."""
    if pivoting:
        raise NotImplementedError("jax.scipy.linalg.qr: argument 'pivoting' is not supported")
    if mode not in ("full", "economic", "r"):
        raise ValueError(f"jax.scipy.linalg.qr: argument 'mode' must be 'full', 'economic' or 'r', got {mode!r}")
    (x,) = _float(a)
    q, r = ivy.linalg.qr(x, mode="complete" if mode == "full" else "reduced")
    return (Array(r),) if mode == "r" else (Array(q), Array(r))


def polar(a: Any, side: str = "right", *, method: str = "qdwh", eps: Any = None, max_iterations: Any = None) -> tuple:
    """``(u, p)`` with ``a = u p`` (``side='right'``) or ``a = p u`` (``'left'``), from the SVD."""
    if side not in ("right", "left"):
        raise ValueError(f"jax.scipy.linalg.polar: argument 'side' must be 'right' or 'left', got {side!r}")
    (x,) = _float(a)
    u, s, vh = ivy.linalg.svd(x, full_matrices=False)
    unitary = ivy.matmul(u, vh)
    basis = _adjoint(vh) if side == "right" else u
    p = ivy.matmul(basis * ivy.expand_dims(ivy.astype(s, x.dtype), axis=-2), _adjoint(basis))
    return Array(unitary), Array(p)


def expm(
    A: Any,  # noqa: N803 (JAX's argument name)
    *,
    upper_triangular: bool = False,
    max_squarings: int = 16,
) -> Array:
    """The matrix exponential: a degree-18 Taylor polynomial of ``A / 2**s``, squared ``s`` times."""
    (x,) = _float(A)
    _check_square("expm", x)
    if hasattr(ivy.linalg, "matrix_exp"):
        return Array(ivy.linalg.matrix_exp(x))
    norm = float(ivy.max(ivy.sum(ivy.abs(x), axis=-2))) if x.size else 0.0
    s = min(max(0, math.ceil(math.log2(norm)) + 1), max_squarings) if norm > 0 else 0
    y = x / (2.0**s)
    eye = ivy.astype(ivy.eye(x.shape[-1]), x.dtype)
    term, total = eye, eye
    for k in range(1, 19):
        term = ivy.matmul(term, y) / k
        total = total + term
    for _ in range(s):
        total = ivy.matmul(total, total)
    return Array(total)


# ---------------------------------------------------------------- special matrices
def _vector(x: Any) -> ivy.Array:
    v = to_ivy(x)
    return ivy.reshape(v, (-1,)) if v.ndim != 1 else v


def _by_index(values: ivy.Array, index: ivy.Array) -> Array:
    return Array(ivy.reshape(ivy.gather(values, ivy.reshape(index, (-1,)), axis=0), tuple(index.shape)))


def toeplitz(c: Any, r: Any = None) -> Array:
    """The Toeplitz matrix with first column ``c`` and first row ``r`` (default ``conj(c)``)."""
    cv = _vector(c)
    rv = ivy.conj(cv) if r is None else _vector(r)
    dtype = ivy.result_type(cv, rv)
    values = ivy.concat([ivy.flip(ivy.astype(rv[1:], dtype), axis=0), ivy.astype(cv, dtype)])
    i = ivy.arange(cv.shape[0], dtype=ivy.int64)[:, None]
    j = ivy.arange(rv.shape[0], dtype=ivy.int64)[None, :]
    return _by_index(values, i - j + rv.shape[0] - 1)


def hankel(c: Any, r: Any = None) -> Array:
    """The Hankel matrix with first column ``c`` and last row ``r`` (default zeros)."""
    cv = _vector(c)
    rv = ivy.zeros_like(cv) if r is None else _vector(r)
    dtype = ivy.result_type(cv, rv)
    values = ivy.concat([ivy.astype(cv, dtype), ivy.astype(rv[1:], dtype)])
    i = ivy.arange(cv.shape[0], dtype=ivy.int64)[:, None]
    j = ivy.arange(rv.shape[0], dtype=ivy.int64)[None, :]
    return _by_index(values, i + j)


def circulant(c: Any) -> Array:
    """The circulant matrix with first column ``c``."""
    cv = _vector(c)
    n = cv.shape[0]
    i = ivy.arange(n, dtype=ivy.int64)
    return _by_index(cv, ivy.remainder(i[:, None] - i[None, :], n))


def companion(a: Any) -> Array:
    """The companion matrix of the polynomial with coefficients ``a`` (highest degree first)."""
    (av,) = _float(_vector(a))
    n = av.shape[0] - 1
    if n < 1:
        raise ValueError("jax.scipy.linalg.companion: argument 'a' must have at least two coefficients")
    first = ivy.expand_dims(-av[1:] / av[0], axis=0)
    below = ivy.astype(ivy.eye(n - 1, n), av.dtype)
    return Array(ivy.concat([first, below], axis=0))


def fiedler(a: Any) -> Array:
    """``|a[i] - a[j]|``."""
    av = _vector(a)
    return Array(ivy.abs(av[:, None] - av[None, :]))


def leslie(f: Any, s: Any) -> Array:
    """The Leslie matrix: fecundities ``f`` in the first row, survival ``s`` on the subdiagonal."""
    fv, sv = _float(_vector(f), _vector(s))
    n = fv.shape[0]
    if sv.shape[0] != n - 1:
        raise ValueError(
            f"jax.scipy.linalg.leslie: argument 's' must have len(f) - 1 = {n - 1} entries, got {sv.shape[0]}"
        )
    below = ivy.concat(
        [ivy.astype(ivy.eye(n - 1), fv.dtype) * sv[:, None], ivy.zeros((n - 1, 1), dtype=fv.dtype)], axis=1
    )
    return Array(ivy.concat([fv[None, :], below], axis=0))


def block_diag(*arrs: Any) -> Array:
    """The block-diagonal matrix of the (at most 2-D) arguments."""
    if not arrs:
        arrs = (ivy.zeros((1, 0)),)
    mats = [to_ivy(a) for a in arrs]
    mats = [ivy.reshape(m, (1, -1)) if m.ndim < 2 else m for m in mats]
    dtype = ivy.result_type(*mats)
    width = sum(m.shape[1] for m in mats)
    rows, col = [], 0
    for m in mats:
        left = ivy.zeros((m.shape[0], col), dtype=dtype)
        right = ivy.zeros((m.shape[0], width - col - m.shape[1]), dtype=dtype)
        rows.append(ivy.concat([left, ivy.astype(m, dtype), right], axis=1))
        col += m.shape[1]
    return Array(ivy.concat(rows, axis=0))


def hilbert(n: int) -> Array:
    """``1 / (i + j + 1)``."""
    i = ivy.arange(n, dtype=ivy.float64)
    return Array(1.0 / (i[:, None] + i[None, :] + 1.0))


def dft(n: int, scale: str | None = None) -> Array:
    """The ``n``-point DFT matrix ``exp(-2j pi i k / n)``, optionally scaled by ``1/n`` or ``1/sqrt(n)``."""
    if scale not in (None, "n", "sqrtn"):
        raise ValueError(f"jax.scipy.linalg.dft: argument 'scale' must be None, 'n' or 'sqrtn', got {scale!r}")
    i = ivy.arange(n, dtype=ivy.float64)
    angle = -2.0 * math.pi * ivy.remainder(i[:, None] * i[None, :], n) / n
    m = ivy.astype(ivy.cos(angle), ivy.complex128) + 1j * ivy.astype(ivy.sin(angle), ivy.complex128)
    factor = {None: 1.0, "n": 1.0 / n, "sqrtn": 1.0 / math.sqrt(n)}[scale]
    return Array(m * factor)


def hadamard(n: int, dtype: Any = int) -> Array:
    """The Sylvester Hadamard matrix of order ``n`` (a power of two)."""
    if n < 1 or n & (n - 1):
        raise ValueError(f"jax.scipy.linalg.hadamard: argument 'n' must be a positive power of two, got {n}")
    h = ivy.ones((1, 1), dtype=ivy.int64)
    while h.shape[0] < n:
        h = ivy.concat([ivy.concat([h, h], axis=1), ivy.concat([h, -h], axis=1)], axis=0)
    return Array(to_ivy(h, dtype))


def helmert(n: int, full: bool = False) -> Array:
    """The orthogonal Helmert matrix (without its first row unless ``full``)."""
    i = ivy.arange(n, dtype=ivy.float64)
    lower = ivy.astype(ivy.less_equal(i[None, :], i[:, None] - 1.0), ivy.float64)
    diag = ivy.astype(ivy.equal(i[None, :], i[:, None]), ivy.float64) * -i[:, None]
    norm = ivy.sqrt(i * (i + 1.0))[:, None]
    rest = (lower + diag)[1:] / norm[1:]
    if not full:
        return Array(rest)
    return Array(ivy.concat([ivy.full((1, n), 1.0 / math.sqrt(n), dtype=ivy.float64), rest], axis=0))


# ---------------------------------------------------------------- LU
def lu_factor(a: Any, overwrite_a: bool = False, check_finite: bool = True) -> tuple:
    """``(lu, piv)``: the packed LU factors and zero-based int32 pivots (LAPACK's ``getrf``)."""
    (x,) = _float(a)
    lu_, piv = ivy.linalg.lu_factor(x)
    return Array(lu_), Array(ivy.astype(piv, ivy.int32))


def lu_solve(lu_and_piv: tuple, b: Any, trans: int = 0, overwrite_b: bool = False, check_finite: bool = True) -> Array:
    """``A x = b`` from ``lu_factor(A)``: ``trans`` 0, 1 or 2 solves with ``A``, ``A^T`` or ``A^H``."""
    lu_, piv = lu_and_piv
    x, rhs = _float(lu_, b)
    piv = ivy.astype(to_ivy(piv), ivy.int64)
    if trans not in (0, 1, 2):
        raise ValueError(f"jax.scipy.linalg.lu_solve: argument 'trans' must be 0, 1 or 2, got {trans!r}")
    vector = rhs.ndim == x.ndim - 1
    rhs = ivy.expand_dims(rhs, axis=-1) if vector else rhs
    conjugate = trans == 1 and _complex(rhs)  # A^T y = b  <=>  A^H conj(y) = conj(b)
    rhs = ivy.conj(rhs) if conjugate else rhs
    y = ivy.linalg.lu_solve(x, piv, rhs, adjoint=trans != 0)
    y = ivy.conj(y) if conjugate else y
    return Array(y[..., 0] if vector else y)


def lu(a: Any, permute_l: bool = False, overwrite_a: bool = False, check_finite: bool = True) -> tuple:
    """``(p, l, u)`` with ``a = p @ l @ u`` (``(p @ l, u)`` when ``permute_l``)."""
    (x,) = _float(a)
    p, lower, upper = unpack(*ivy.linalg.lu_factor(x))
    if permute_l:
        return Array(ivy.matmul(p, lower)), Array(upper)
    return Array(p), Array(lower), Array(upper)


# the Schur-based functions and JAX's newer special matrices live in their own modules (they use this one's helpers)
from ivy_frontends.jax.scipy._linalg_more import *  # noqa: E402, F403
