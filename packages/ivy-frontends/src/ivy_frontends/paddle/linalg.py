"""``paddle.linalg`` on ``ivy.linalg``."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends.paddle._linalg_core import cross, matmul, norm
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap

__all__ = ["cross", "matmul", "norm"]


def _float(a: Any) -> Any:
    return a if a.dtype.kind in "fc" else ivy.astype(a, ivy.float32)


def inv(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.inv."""
    return wrap(ivy.linalg.inv(_float(as_ivy(x))))


def det(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.det."""
    return wrap(ivy.linalg.det(_float(as_ivy(x))))


def slogdet(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.slogdet: sign and log|det| stacked in one tensor (paddle's layout)."""
    res = ivy.linalg.slogdet(_float(as_ivy(x)))
    return wrap(ivy.stack([res[0], res[1]]))


def solve(x: Any, y: Any, left: bool = True, name: str | None = None) -> Tensor:
    """paddle.linalg.solve."""
    return wrap(ivy.linalg.solve(_float(as_ivy(x)), _float(as_ivy(y))))


def cholesky(x: Any, upper: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.cholesky."""
    return wrap(ivy.linalg.cholesky(_float(as_ivy(x)), upper=upper))


def qr(x: Any, mode: str = "reduced", name: str | None = None) -> Any:
    """paddle.linalg.qr: (Q, R), or R alone with ``mode='r'``."""
    res = ivy.linalg.qr(_float(as_ivy(x)), mode="complete" if mode == "complete" else "reduced")
    return wrap(res[1]) if mode == "r" else (wrap(res[0]), wrap(res[1]))


def svd(x: Any, full_matrices: bool = False, name: str | None = None) -> tuple[Tensor, Tensor, Tensor]:
    """paddle.linalg.svd: (U, S, VH)."""
    res = ivy.linalg.svd(_float(as_ivy(x)), full_matrices=full_matrices)
    return wrap(res[0]), wrap(res[1]), wrap(res[2])


def svdvals(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.svdvals."""
    return wrap(ivy.linalg.svdvals(_float(as_ivy(x))))


def eigh(x: Any, UPLO: str = "L", name: str | None = None) -> tuple[Tensor, Tensor]:  # noqa: N803 - paddle's name
    """paddle.linalg.eigh."""
    res = ivy.linalg.eigh(_float(as_ivy(x)))
    return wrap(res[0]), wrap(res[1])


def eigvalsh(x: Any, UPLO: str = "L", name: str | None = None) -> Tensor:  # noqa: N803 - paddle's name
    """paddle.linalg.eigvalsh."""
    return wrap(ivy.linalg.eigvalsh(_float(as_ivy(x))))


def pinv(x: Any, rcond: float = 1e-15, hermitian: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.pinv."""
    return wrap(ivy.linalg.pinv(_float(as_ivy(x)), rtol=rcond))


def matrix_power(x: Any, n: int, name: str | None = None) -> Tensor:
    """paddle.linalg.matrix_power."""
    return wrap(ivy.linalg.matrix_power(as_ivy(x), n))


def matrix_rank(x: Any, tol: Any = None, hermitian: bool = False, name: str | None = None, **kwargs: Any) -> Tensor:
    """paddle.linalg.matrix_rank: int64 ranks."""
    return wrap(ivy.astype(ivy.linalg.matrix_rank(_float(as_ivy(x)), rtol=tol), ivy.int64))


def matrix_norm(x: Any, p: Any = "fro", axis: Any = (-2, -1), keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.matrix_norm."""
    return norm(x, p, list(axis), keepdim)


def vector_norm(x: Any, p: float = 2.0, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.vector_norm."""
    ax = tuple(axis) if isinstance(axis, list) else axis
    return wrap(ivy.linalg.vector_norm(as_ivy(x), axis=ax, keepdims=keepdim, ord=float(p)))


def multi_dot(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.multi_dot."""
    out = as_ivy(x[0])
    for m in x[1:]:
        out = ivy.matmul(out, as_ivy(m))
    return wrap(out)


def cond(x: Any, p: Any = None, name: str | None = None) -> Tensor:
    """paddle.linalg.cond (2-norm): ratio of the extreme singular values."""
    s = ivy.linalg.svdvals(_float(as_ivy(x)))
    return wrap(ivy.divide(ivy.max(s, axis=-1), ivy.min(s, axis=-1)))


def cov(
    x: Any, rowvar: bool = True, ddof: bool = True, fweights: Any = None, aweights: Any = None, name: Any = None
) -> Tensor:
    """paddle.linalg.cov (unweighted)."""
    a = _float(as_ivy(x))
    if a.ndim == 1:
        a = ivy.expand_dims(a, axis=0)
    if not rowvar:
        a = ivy.matrix_transpose(a)
    c = ivy.subtract(a, ivy.mean(a, axis=1, keepdims=True))
    n = a.shape[1] - (1 if ddof else 0)
    out = ivy.divide(ivy.matmul(c, ivy.matrix_transpose(ivy.conj(c))), ivy.asarray(n, dtype=a.dtype))
    return wrap(ivy.squeeze(out, axis=(0, 1)) if out.shape == (1, 1) else out)


def corrcoef(x: Any, rowvar: bool = True, name: str | None = None) -> Tensor:
    """paddle.linalg.corrcoef."""
    c = cov(x, rowvar)._ivy
    d = ivy.sqrt(ivy.linalg.diagonal(c))
    return wrap(ivy.divide(c, ivy.multiply(ivy.expand_dims(d, axis=1), ivy.expand_dims(d, axis=0))))


def triangular_solve(
    x: Any, y: Any, upper: bool = True, transpose: bool = False, unitriangular: bool = False, name: Any = None
) -> Tensor:
    """paddle.linalg.triangular_solve (through a general solve)."""
    a = _float(as_ivy(x))
    a = ivy.triu(a) if upper else ivy.tril(a)
    if unitriangular:
        n = a.shape[-1]
        a = ivy.add(ivy.multiply(a, ivy.subtract(1, ivy.eye(n, dtype=a.dtype))), ivy.eye(n, dtype=a.dtype))
    if transpose:
        a = ivy.matrix_transpose(a)
    return wrap(ivy.linalg.solve(a, _float(as_ivy(y))))


def cholesky_solve(x: Any, y: Any, upper: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.cholesky_solve: solve ``A z = x`` given the Cholesky factor ``y`` of A."""
    f = _float(as_ivy(y))
    a = ivy.matmul(ivy.matrix_transpose(f), f) if upper else ivy.matmul(f, ivy.matrix_transpose(f))
    return wrap(ivy.linalg.solve(a, _float(as_ivy(x))))


def eig(x: Any, name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.linalg.eig."""
    res = ivy.linalg.eig(_float(as_ivy(x)))
    return wrap(res[0]), wrap(res[1])


def eigvals(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.eigvals."""
    return wrap(ivy.linalg.eigvals(_float(as_ivy(x))))


# -- factor helpers, least squares, matrix exponential, low-rank SVDs ------------------------------------


def matrix_transpose(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.matrix_transpose (paddle.matrix_transpose)."""
    from ivy_frontends.paddle._math_more import matrix_transpose as f

    return f(x)


def vecdot(x: Any, y: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.linalg.vecdot (paddle.vecdot)."""
    from ivy_frontends.paddle._math_more import vecdot as f

    return f(x, y, axis)


def diagonal(x: Any, offset: int = 0, axis1: int = 0, axis2: int = 1, name: str | None = None) -> Tensor:
    """paddle.linalg.diagonal (paddle.diagonal)."""
    from ivy_frontends.paddle._registry import NAMESPACE

    return NAMESPACE["diagonal"](x, offset, axis1, axis2)


def cholesky_inverse(x: Any, upper: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.cholesky_inverse: the inverse of ``A`` from its Cholesky factor."""
    f = _float(as_ivy(x))
    a = ivy.matmul(ivy.matrix_transpose(f), f) if upper else ivy.matmul(f, ivy.matrix_transpose(f))
    return wrap(ivy.linalg.inv(a))


def _householder_q(a: Any, tau: Any, cols: int) -> Any:
    """``H_1 ... H_k`` (the first ``cols`` columns) of the reflectors stored below the diagonal of ``a``."""
    m = a.shape[-2]
    eye = ivy.eye(m, dtype=a.dtype)
    q = ivy.broadcast_to(eye, (*tuple(a.shape[:-2]), m, m))
    rows = ivy.arange(m, dtype=ivy.int64)
    for i in range(tau.shape[-1]):
        col = a[..., :, i]
        v = ivy.where(rows > i, col, ivy.where(rows == i, ivy.ones_like(col), ivy.zeros_like(col)))
        t = ivy.expand_dims(ivy.expand_dims(tau[..., i], -1), -1)
        h = ivy.subtract(eye, ivy.multiply(t, ivy.multiply(ivy.expand_dims(v, -1), ivy.expand_dims(ivy.conj(v), -2))))
        q = ivy.matmul(q, h)
    return q[..., :, :cols]


def householder_product(x: Any, tau: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.householder_product: the first n columns of the product of Householder reflectors."""
    a, t = _float(as_ivy(x)), as_ivy(tau)
    if a.shape[-2] < a.shape[-1] or t.shape[-1] > a.shape[-1]:
        raise ValueError("paddle.linalg.householder_product: need x of shape [m, n] with m >= n and len(tau) <= n")
    return wrap(_householder_q(a, ivy.astype(t, a.dtype), a.shape[-1]))


def ormqr(x: Any, tau: Any, y: Any, left: bool = True, transpose: bool = False, name: str | None = None) -> Tensor:
    """paddle.linalg.ormqr: ``Q @ y`` (``y @ Q``, optionally with ``Q^H``) for the Q of a QR in Householder form."""
    a, t, b = _float(as_ivy(x)), as_ivy(tau), _float(as_ivy(y))
    q = _householder_q(a, ivy.astype(t, a.dtype), a.shape[-2])
    if transpose:
        q = ivy.conj(ivy.matrix_transpose(q))
    return wrap(ivy.matmul(q, b) if left else ivy.matmul(b, q))


def lu_unpack(x: Any, y: Any, unpack_ludata: bool = True, unpack_pivots: bool = True, name: str | None = None) -> Any:
    """paddle.linalg.lu_unpack: ``(P, L, U)`` from packed LU data and 1-based pivots (``A = P L U``)."""
    lu, piv = as_ivy(x), as_ivy(y)
    m, n = lu.shape[-2], lu.shape[-1]
    k = min(m, n)
    lower = ivy.add(ivy.tril(lu, k=-1)[..., :, :k], ivy.eye(m, k, dtype=lu.dtype))
    upper = ivy.triu(lu)[..., :k, :]
    batch = tuple(lu.shape[:-2])
    perms = []
    for row in wrap(ivy.reshape(piv, (-1, piv.shape[-1]))).tolist():
        perm = list(range(m))
        for i, p in enumerate(row):
            perm[i], perm[int(p) - 1] = perm[int(p) - 1], perm[i]
        perms.append(perm)
    eye = ivy.eye(m, dtype=lu.dtype)
    mats = [ivy.matrix_transpose(ivy.take(eye, ivy.asarray(p, dtype=ivy.int64), axis=0)) for p in perms]
    p_mat = ivy.reshape(ivy.stack(mats), (*batch, m, m))
    out_p = wrap(p_mat) if unpack_pivots else wrap(ivy.zeros((0,), dtype=lu.dtype))
    if not unpack_ludata:
        return out_p, wrap(ivy.zeros((0,), dtype=lu.dtype)), wrap(ivy.zeros((0,), dtype=lu.dtype))
    return out_p, wrap(lower), wrap(upper)


def lstsq(x: Any, y: Any, rcond: Any = None, driver: str | None = None, name: str | None = None) -> tuple:
    """paddle.linalg.lstsq: ``(solution, residuals, rank, singular_values)`` like paddle's CPU drivers.

    The solution is the minimum-norm least-squares one (through the pseudo-inverse); ``gelsy``
    (the CPU default) returns empty residuals and singular values, ``gelss``/``gelsd`` the singular values.
    """
    a, b = _float(as_ivy(x)), _float(as_ivy(y))
    driver = driver or "gelsy"
    if driver not in ("gels", "gelsy", "gelsd", "gelss"):
        raise ValueError(f"paddle.linalg.lstsq: driver must be gels, gelsy, gelsd or gelss, got {driver!r}")
    eps = ivy.finfo(a.dtype).eps * max(a.shape[-2:]) if rcond is None else rcond
    sol = ivy.matmul(ivy.linalg.pinv(a, rtol=eps), b)
    empty = ivy.zeros((0,), dtype=a.dtype)
    rank = (
        ivy.astype(ivy.linalg.matrix_rank(a, rtol=eps), ivy.int32)
        if driver != "gels"
        else ivy.zeros((0,), dtype=ivy.int32)
    )
    sv = ivy.linalg.svdvals(a) if driver in ("gelsd", "gelss") else empty
    res = empty
    m, n = a.shape[-2], a.shape[-1]
    if m > n and driver != "gelsy":
        r = ivy.subtract(ivy.matmul(a, sol), b)
        res = ivy.sum(ivy.square(ivy.abs(r)), axis=-2)
    return wrap(sol), wrap(res), wrap(rank), wrap(sv)


def matrix_exp(x: Any, name: str | None = None) -> Tensor:
    """paddle.linalg.matrix_exp: scaling and squaring over a degree-18 Taylor polynomial, computed in float64."""
    a = as_ivy(x)
    if a.dtype.kind != "f":
        raise TypeError(f"paddle.linalg.matrix_exp: x must be float32 or float64, got {a.dtype}")
    w = ivy.astype(a, ivy.float64)
    norm = float(ivy.max(ivy.sum(ivy.abs(w), axis=-2))) if 0 not in tuple(w.shape) else 0.0
    squarings = max(0, math.ceil(math.log2(norm)) + 1) if norm > 0.5 else 0
    w = ivy.divide(w, 2.0**squarings)
    n = w.shape[-1]
    term = ivy.broadcast_to(ivy.eye(n, dtype=ivy.float64), tuple(w.shape))
    out = term
    for k in range(1, 19):
        term = ivy.divide(ivy.matmul(term, w), float(k))
        out = ivy.add(out, term)
    for _ in range(squarings):
        out = ivy.matmul(out, out)
    return wrap(ivy.astype(out, a.dtype))


def svd_lowrank(x: Any, q: int | None = None, niter: int = 2, M: Any = None, name: str | None = None) -> tuple:  # noqa: N803 - paddle's name
    """paddle.linalg.svd_lowrank: the rank-``q`` truncated SVD ``(U, S, V)`` of ``x - M``.

    Paddle approximates it with random projections; the frontend returns the exact truncation,
    which those projections converge to (equal when ``x`` has rank <= q).
    """
    a = _float(as_ivy(x))
    if M is not None:
        a = ivy.subtract(a, as_ivy(M))
    k = min(6, *a.shape[-2:]) if q is None else int(q)
    u, s, vh = ivy.linalg.svd(a, full_matrices=False)
    return wrap(u[..., :, :k]), wrap(s[..., :k]), wrap(ivy.conj(ivy.matrix_transpose(vh))[..., :, :k])


def pca_lowrank(x: Any, q: int | None = None, center: bool = True, niter: int = 2, name: str | None = None) -> tuple:
    """paddle.linalg.pca_lowrank: ``svd_lowrank`` of the column-centred data."""
    a = _float(as_ivy(x))
    if center:
        a = ivy.subtract(a, ivy.mean(a, axis=-2, keepdims=True))
    return svd_lowrank(wrap(a), q if q is not None else min(6, *a.shape[-2:]), niter)


def lu(x: Any, pivot: bool = True, get_infos: bool = False, name: str | None = None) -> tuple:
    """paddle.linalg.lu: packed ``L\\U`` factors, 1-based int32 pivots (and int32 infos) of ``P A = L U``.

    Partial pivoting picks the largest magnitude in each column (the first on ties), as LAPACK's
    getrf does, so the pivots match paddle's.
    """
    if not pivot:
        raise ValueError("paddle.linalg.lu: pivot=False is not supported on CPU (as in paddle)")
    a = _float(as_ivy(x))
    if a.ndim < 2:
        raise ValueError(f"paddle.linalg.lu: x must have at least 2 dimensions, got {a.ndim}")
    m, n = a.shape[-2], a.shape[-1]
    rows = ivy.reshape(ivy.arange(m, dtype=ivy.int64), (m, 1))
    cols = ivy.reshape(ivy.arange(n, dtype=ivy.int64), (1, n))
    order = ivy.broadcast_to(ivy.arange(m, dtype=ivy.int64), (*a.shape[:-2], m))
    pivots, zero_at = [], ivy.zeros(tuple(a.shape[:-2]), dtype=ivy.int32)
    for k in range(min(m, n)):
        p = ivy.add(ivy.argmax(ivy.abs(a[..., k:, k]), axis=-1), k)
        pivots.append(ivy.add(p, 1))
        pe = ivy.expand_dims(p, -1)
        swap = ivy.where(order == k, pe, ivy.where(order == pe, ivy.full_like(order, k), order))
        a = ivy.take_along_axis(a, ivy.broadcast_to(ivy.expand_dims(swap, -1), tuple(a.shape)), axis=-2)
        piv_val = a[..., k, k]
        is_zero = piv_val == 0
        zero_at = ivy.where(ivy.logical_and(is_zero, zero_at == 0), ivy.full_like(zero_at, k + 1), zero_at)
        safe = ivy.where(is_zero, ivy.ones_like(piv_val), piv_val)
        f = ivy.divide(a[..., :, k], ivy.expand_dims(safe, -1))
        f = ivy.where(ivy.reshape(rows, (m,)) > k, f, ivy.zeros_like(f))
        update = ivy.subtract(a, ivy.multiply(ivy.expand_dims(f, -1), ivy.expand_dims(a[..., k, :], -2)))
        a = ivy.where(ivy.logical_and(rows > k, cols > k), update, a)
        a = ivy.where(ivy.logical_and(rows > k, cols == k), ivy.expand_dims(f, -1), a)
    piv = (
        ivy.astype(ivy.stack(pivots, axis=-1), ivy.int32) if pivots else ivy.zeros((*a.shape[:-2], 0), dtype=ivy.int32)
    )
    out = (wrap(a), wrap(piv))
    return (*out, wrap(zero_at)) if get_infos else out


def lu_solve(b: Any, lu: Any, pivots: Any, trans: str = "N", name: str | None = None) -> Tensor:
    """paddle.linalg.lu_solve: ``A X = B`` (``A^T``/``A^H`` with ``trans='T'``/``'C'``) from ``lu``'s factors."""
    if trans not in ("N", "T", "C"):
        raise ValueError(f"paddle.linalg.lu_solve: trans must be 'N', 'T' or 'C', got {trans!r}")
    perm, lower, upper = (t._ivy for t in lu_unpack(lu, pivots))
    rhs = _float(as_ivy(b))
    if trans == "N":  # A = P L U
        y = ivy.linalg.solve(lower, ivy.matmul(ivy.matrix_transpose(perm), rhs))
        return wrap(ivy.linalg.solve(upper, y))
    conj = ivy.conj if trans == "C" else (lambda v: v)
    z = ivy.linalg.solve(conj(ivy.matrix_transpose(upper)), rhs)
    w = ivy.linalg.solve(conj(ivy.matrix_transpose(lower)), z)
    return wrap(ivy.matmul(perm, w))
