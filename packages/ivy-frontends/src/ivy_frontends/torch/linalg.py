# ruff: noqa: A002, N803, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""``torch.linalg`` of the frontend, over ``ivy.linalg``."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared.lu import unpack
from ivy_frontends._shared.naming import named
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap

_slogdet = namedtuple("slogdet", ["sign", "logabsdet"])
_eigh = namedtuple("eigh", ["eigenvalues", "eigenvectors"])
_qr = namedtuple("qr", ["Q", "R"])
_svd = namedtuple("svd", ["U", "S", "Vh"])


def _a(x: Any, name: str, argument: str = "A") -> Any:
    return tensor_arg(x, f"torch.linalg.{name}", argument)._ivy


def _unary(name: str, fn: Any) -> Any:
    def f(A: Any, *, out: Any = None) -> Tensor:
        return wrap(fn(_a(A, name)))

    return named(f, name, f"torch.linalg.{name}")


inv = _unary("inv", ivy.linalg.inv)
det = _unary("det", ivy.linalg.det)
eigvalsh = _unary("eigvalsh", ivy.linalg.eigvalsh)
eigvals = _unary("eigvals", ivy.linalg.eigvals)
svdvals = _unary("svdvals", ivy.linalg.svdvals)


def cholesky(A: Any, *, upper: bool = False, out: Any = None) -> Tensor:
    """torch.linalg.cholesky."""
    return wrap(ivy.linalg.cholesky(_a(A, "cholesky"), upper=upper))


def slogdet(A: Any, *, out: Any = None) -> Any:
    """torch.linalg.slogdet: ``(sign, logabsdet)``."""
    r = ivy.linalg.slogdet(_a(A, "slogdet"))
    return _slogdet(wrap(r[0]), wrap(r[1]))


def eigh(A: Any, UPLO: str = "L", *, out: Any = None) -> Any:
    """torch.linalg.eigh."""
    r = ivy.linalg.eigh(_a(A, "eigh"))
    return _eigh(wrap(r[0]), wrap(r[1]))


def eig(A: Any, *, out: Any = None) -> Any:
    """torch.linalg.eig."""
    r = ivy.linalg.eig(_a(A, "eig"))
    return _eigh(wrap(r[0]), wrap(r[1]))


def qr(A: Any, mode: str = "reduced", *, out: Any = None) -> Any:
    """torch.linalg.qr."""
    r = ivy.linalg.qr(_a(A, "qr"), mode=mode)
    return _qr(wrap(r[0]), wrap(r[1]))


def svd(A: Any, full_matrices: bool = True, *, driver: Any = None, out: Any = None) -> Any:
    """torch.linalg.svd: ``(U, S, Vh)``."""
    r = ivy.linalg.svd(_a(A, "svd"), full_matrices=full_matrices)
    return _svd(wrap(r[0]), wrap(r[1]), wrap(r[2]))


def solve(A: Any, B: Any, *, left: bool = True, out: Any = None) -> Tensor:
    """torch.linalg.solve ``A X = B``."""
    a, b = _a(A, "solve"), _a(B, "solve", "B")
    if not left:
        return wrap(ivy.matrix_transpose(ivy.linalg.solve(ivy.matrix_transpose(a), ivy.matrix_transpose(b))))
    return wrap(ivy.linalg.solve(a, b))


def pinv(A: Any, *, atol: Any = None, rtol: Any = None, hermitian: bool = False, out: Any = None) -> Tensor:
    """torch.linalg.pinv."""
    return wrap(ivy.linalg.pinv(_a(A, "pinv"), rtol=rtol) if rtol is not None else ivy.linalg.pinv(_a(A, "pinv")))


def matrix_rank(A: Any, *, atol: Any = None, rtol: Any = None, hermitian: bool = False, out: Any = None) -> Tensor:
    """torch.linalg.matrix_rank (int64)."""
    return wrap(ivy.astype(ivy.linalg.matrix_rank(_a(A, "matrix_rank"), rtol=rtol), ivy.int64))


def matrix_power(A: Any, n: int, *, out: Any = None) -> Tensor:
    """torch.linalg.matrix_power."""
    return wrap(ivy.linalg.matrix_power(_a(A, "matrix_power"), n))


def matrix_norm(
    A: Any, ord: Any = "fro", dim: Any = (-2, -1), keepdim: bool = False, *, dtype: Any = None, out: Any = None
) -> Tensor:
    """torch.linalg.matrix_norm."""
    return wrap(ivy.linalg.matrix_norm(_a(A, "matrix_norm"), ord=ord, keepdims=keepdim))


def vector_norm(
    x: Any, ord: Any = 2, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None
) -> Tensor:
    """torch.linalg.vector_norm."""
    a = _a(x, "vector_norm", "x")
    if a.dtype.kind not in "fc":
        raise RuntimeError(
            f"linalg.vector_norm: Expected a floating point or complex tensor as input. Got {a.dtype.name}"
        )
    axis = tuple(dim) if isinstance(dim, (list, tuple)) else dim
    return wrap(ivy.linalg.vector_norm(a, axis=axis, keepdims=keepdim, ord=ord))


def norm(
    A: Any, ord: Any = None, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None
) -> Tensor:
    """torch.linalg.norm: the vector 2-norm of the flattened input by default, matrix norms for 2-d ``dim``."""
    a = _a(A, "norm")
    if (isinstance(dim, (list, tuple)) and len(dim) == 2) or (dim is None and ord is not None and a.ndim == 2):
        return wrap(ivy.linalg.matrix_norm(a, ord=ord or "fro", keepdims=keepdim))
    if dim is None and ord is None:
        return wrap(ivy.linalg.vector_norm(a, keepdims=keepdim))
    return vector_norm(A, 2 if ord is None else ord, dim, keepdim)


def cross(input: Any, other: Any, *, dim: int = -1, out: Any = None) -> Tensor:
    """torch.linalg.cross."""
    return wrap(ivy.linalg.cross(_a(input, "cross", "input"), _a(other, "cross", "other"), axis=dim))


def diagonal(A: Any, *, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Tensor:
    """torch.linalg.diagonal."""
    a = ivy.moveaxis(_a(A, "diagonal"), (dim1, dim2), (-2, -1))
    return wrap(ivy.linalg.diagonal(a, offset=offset))


def matmul(input: Any, other: Any, *, out: Any = None) -> Tensor:
    """torch.linalg.matmul."""
    return wrap(ivy.matmul(_a(input, "matmul", "input"), _a(other, "matmul", "other")))


def vecdot(x: Any, y: Any, *, dim: int = -1, out: Any = None) -> Tensor:
    """torch.linalg.vecdot: ``sum(conj(x) * y)`` along ``dim``."""
    return wrap(ivy.sum(ivy.multiply(ivy.conj(_a(x, "vecdot", "x")), _a(y, "vecdot", "y")), axis=dim))


def multi_dot(tensors: Any, *, out: Any = None) -> Tensor:
    """torch.linalg.multi_dot: left to right."""
    result = _a(tensors[0], "multi_dot", "tensors")
    for t in tensors[1:]:
        result = ivy.matmul(result, t._ivy)
    return wrap(result)


def lstsq(A: Any, B: Any, rcond: Any = None, *, driver: Any = None) -> Any:
    """torch.linalg.lstsq (solution only, by the pseudo-inverse)."""
    sol = ivy.matmul(ivy.linalg.pinv(_a(A, "lstsq")), _a(B, "lstsq", "B"))
    res = namedtuple("lstsq", ["solution", "residuals", "rank", "singular_values"])
    empty = wrap(ivy.zeros((0,), dtype=sol.dtype))
    return res(wrap(sol), empty, empty, empty)


def tensorsolve(A: Any, B: Any, dims: Any = None) -> Tensor:
    """torch.linalg.tensorsolve."""
    a, b = _a(A, "tensorsolve"), _a(B, "tensorsolve", "B")
    n = b.size
    x = ivy.linalg.solve(ivy.reshape(a, (n, -1)), ivy.reshape(b, (n, 1)))
    return wrap(ivy.reshape(x, a.shape[b.ndim :]))


def inv_ex(A: Any, *, check_errors: bool = False) -> Any:
    """torch.linalg.inv_ex: ``(inverse, info)``."""
    res = namedtuple("inv_ex", ["inverse", "info"])
    return res(inv(A), wrap(ivy.zeros(A.shape[:-2], dtype=ivy.int32)))


def cholesky_ex(A: Any, *, upper: bool = False, check_errors: bool = False) -> Any:
    """torch.linalg.cholesky_ex: ``(L, info)``."""
    res = namedtuple("cholesky_ex", ["L", "info"])
    return res(cholesky(A, upper=upper), wrap(ivy.zeros(A.shape[:-2], dtype=ivy.int32)))


def solve_triangular(A: Any, B: Any, *, upper: bool, left: bool = True, unitriangular: bool = False) -> Tensor:
    """torch.linalg.solve_triangular (by a general solve of the triangle)."""
    a = _a(A, "solve_triangular")
    a = ivy.triu(a) if upper else ivy.tril(a)
    if unitriangular:
        eye = ivy.eye(a.shape[-1], dtype=a.dtype)
        a = ivy.add(ivy.multiply(a, ivy.subtract(1, eye)), eye)
    return solve(wrap(a), B, left=left)


def vander(x: Any, *, N: Any = None) -> Tensor:
    """torch.linalg.vander: increasing powers."""
    a = _a(x, "vander", "x")
    n = a.shape[-1] if N is None else N
    return wrap(ivy.pow(ivy.expand_dims(a, -1), ivy.astype(ivy.arange(n), a.dtype)))


def householder_product(A: Any, tau: Any) -> Tensor:
    """torch.linalg.householder_product: ``Q`` from Householder reflectors."""
    a, t = _a(A, "householder_product"), _a(tau, "householder_product", "tau")
    m, n = a.shape[-2], a.shape[-1]
    q = ivy.broadcast_to(ivy.eye(m, n, dtype=a.dtype), a.shape)
    for i in reversed(range(t.shape[-1])):
        v = ivy.concat(
            [
                ivy.zeros((*a.shape[:-2], i), dtype=a.dtype),
                ivy.ones((*a.shape[:-2], 1), dtype=a.dtype),
                a[..., i + 1 :, i],
            ],
            axis=-1,
        )
        vq = ivy.matmul(ivy.expand_dims(ivy.conj(v), -2), q)
        q = ivy.subtract(
            q,
            ivy.multiply(ivy.expand_dims(ivy.expand_dims(t[..., i], -1), -1), ivy.multiply(ivy.expand_dims(v, -1), vq)),
        )
    return wrap(q)


def cond(A: Any, p: Any = None, *, out: Any = None) -> Tensor:
    """torch.linalg.cond: ``sigma_max / sigma_min`` for p in (None, 2, -2), else ``norm(A, p) * norm(inv(A), p)``."""
    a = _a(A, "cond")
    if p in (None, 2, -2):
        s = ivy.linalg.svdvals(a)
        big, small = ivy.max(s, axis=-1), ivy.min(s, axis=-1)
        return wrap(ivy.divide(big, small) if p != -2 else ivy.divide(small, big))
    if a.shape[-1] != a.shape[-2]:
        raise RuntimeError(
            f"linalg.cond: A must be batches of square matrices, but they are {a.shape[-2]} by {a.shape[-1]} matrices"
        )
    inverse = ivy.linalg.inv(a)
    return wrap(ivy.multiply(ivy.linalg.matrix_norm(a, ord=p), ivy.linalg.matrix_norm(inverse, ord=p)))


def tensorinv(A: Any, ind: int = 2, *, out: Any = None) -> Tensor:
    """torch.linalg.tensorinv: the inverse of ``A`` seen as a matrix of its first ``ind`` and last dimensions."""
    a = _a(A, "tensorinv")
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    rows, cols = a.shape[:ind], a.shape[ind:]
    n, m = 1, 1
    for d in rows:
        n *= d
    for d in cols:
        m *= d
    if n != m:
        raise RuntimeError(
            f"Expected self to satisfy the requirement prod(self.shape[ind:]) == prod(self.shape[:ind]), but got {m} != {n}"
        )
    return wrap(ivy.reshape(ivy.linalg.inv(ivy.reshape(a, (n, m))), (*cols, *rows)))


def solve_ex(A: Any, B: Any, *, left: bool = True, check_errors: bool = False, out: Any = None) -> Any:
    """torch.linalg.solve_ex: ``(result, info)`` (info 0: the frontend raises on singular input)."""
    res = namedtuple("solve_ex", ["result", "info"])
    a = _a(A, "solve_ex")
    return res(solve(A, B, left=left), wrap(ivy.zeros(a.shape[:-2], dtype=ivy.int32)))


# -- LU factorization and the matrix exponential -------------------------------------------

_lu = namedtuple("lu", ["P", "L", "U"])
_lu_factor = namedtuple("lu_factor", ["LU", "pivots"])
_lu_factor_ex = namedtuple("lu_factor_ex", ["LU", "pivots", "info"])

matrix_exp = _unary("matrix_exp", ivy.linalg.matrix_exp)


def _factor(A: Any, name: str, pivot: bool) -> tuple[Any, Any]:
    """Ivy's packed LU and zero-based int64 pivots of ``A``."""
    a = _a(A, name)
    if a.ndim < 2:
        raise RuntimeError(f"linalg.{name}: The input tensor A must have at least 2 dimensions.")
    if not pivot:
        raise RuntimeError(f"linalg.{name}: LU without pivoting is not implemented on the CPU")
    return ivy.linalg.lu_factor(a)


def _torch_pivots(pivots: Any) -> Tensor:
    return wrap(ivy.astype(pivots + 1, ivy.int32))


def _info(lu: Any) -> Any:
    """LAPACK's ``getrf`` info: the one-based index of the first zero on ``U``'s diagonal, else 0."""
    zero = ivy.linalg.diagonal(lu) == 0
    first = ivy.astype(ivy.argmax(ivy.astype(zero, ivy.int32), axis=-1), ivy.int32) + 1
    return ivy.where(ivy.any(zero, axis=-1), first, ivy.zeros_like(first))


def _raise_if_singular(info: Any, name: str) -> None:
    if bool(ivy.any(info > 0)):
        index = int(ivy.max(info))
        raise RuntimeError(
            f"torch.linalg.{name}: U[{index},{index}] is zero and using it on lu_solve would result in a division by zero. "
            "If you still want to perform the factorization, consider calling linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)"
        )


def lu_factor(A: Any, *, pivot: bool = True, out: Any = None) -> Any:
    """torch.linalg.lu_factor: ``(LU, pivots)``, pivots one-based int32 as LAPACK's; raises on a
    singular matrix, as torch does."""
    lu, pivots = _factor(A, "lu_factor", pivot)
    _raise_if_singular(_info(lu), "lu_factor")
    return _lu_factor(wrap(lu), _torch_pivots(pivots))


def lu_factor_ex(A: Any, *, pivot: bool = True, check_errors: bool = False, out: Any = None) -> Any:
    """torch.linalg.lu_factor_ex: ``(LU, pivots, info)``, ``info`` as LAPACK's ``getrf``."""
    lu, pivots = _factor(A, "lu_factor_ex", pivot)
    info = _info(lu)
    if check_errors:
        _raise_if_singular(info, "lu_factor_ex")
    return _lu_factor_ex(wrap(lu), _torch_pivots(pivots), wrap(info))


def lu(A: Any, *, pivot: bool = True, out: Any = None) -> Any:
    """torch.linalg.lu: ``(P, L, U)`` with ``A = P @ L @ U``."""
    p, lower, upper = unpack(*_factor(A, "lu", pivot))
    return _lu(wrap(p), wrap(lower), wrap(upper))


def lu_solve(LU: Any, pivots: Any, B: Any, *, left: bool = True, adjoint: bool = False, out: Any = None) -> Tensor:
    """torch.linalg.lu_solve: ``A X = B`` from ``lu_factor(A)``; ``X A = B`` when not ``left``,
    with ``A^H`` for ``A`` when ``adjoint``."""
    lu_ = _a(LU, "lu_solve", "LU")
    p = ivy.astype(_a(pivots, "lu_solve", "pivots"), ivy.int64) - 1
    b = _a(B, "lu_solve", "B")
    if left:
        return wrap(ivy.linalg.lu_solve(lu_, p, b, adjoint=adjoint))
    # X A = B  <=>  A^H X^H = B^H
    x = ivy.linalg.lu_solve(lu_, p, ivy.conj(ivy.matrix_transpose(b)), adjoint=not adjoint)
    return wrap(ivy.conj(ivy.matrix_transpose(x)))


# -- LDL (Bunch-Kaufman where it takes no interchange) -------------------------------------

_ldl_factor = namedtuple("ldl_factor", ["LD", "pivots"])
_ldl_factor_ex = namedtuple("ldl_factor_ex", ["LD", "pivots", "info"])
#: Bunch-Kaufman's threshold: a diagonal element at least this share of its column's largest is a 1x1 pivot
_ALPHA = (1.0 + 17.0**0.5) / 8.0


def _magnitude(x: Any) -> Any:
    """LAPACK's ``cabs1`` (``|re| + |im|``) for complex values, ``abs`` for real ones."""
    return ivy.abs(ivy.real(x)) + ivy.abs(ivy.imag(x)) if ivy.isdtype(x.dtype, "complex floating") else ivy.abs(x)


def _ldl(A: Any, name: str, hermitian: bool) -> tuple[Any, Any]:
    """``(LD, pivots)`` of the symmetric (Hermitian) matrix that ``A``'s lower triangle defines.

    Only the case where Bunch-Kaufman pivoting (LAPACK's ``sytrf``) keeps every diagonal
    element as a 1x1 pivot without interchange is supported (diagonally dominant input, of any
    signs): then the factors are unique and equal torch's; other input raises."""
    a = _a(A, name)
    if a.ndim < 2 or a.shape[-1] != a.shape[-2]:
        raise RuntimeError(f"torch.linalg.{name}: A must be batches of square matrices, but got shape {tuple(a.shape)}")
    n = a.shape[-1]
    flip = ivy.matrix_transpose(ivy.tril(a, k=-1))
    s = ivy.tril(a) + (ivy.conj(flip) if hermitian else flip)
    if hermitian and ivy.isdtype(a.dtype, "complex floating"):
        s = s - 1j * ivy.astype(ivy.imag(ivy.linalg.diagonal(s)), s.dtype)[..., None] * ivy.eye(n, dtype=s.dtype)
    rows = ivy.reshape(ivy.arange(n), (n, 1))
    cols = ivy.reshape(ivy.arange(n), (1, n))
    for k in range(n):
        d = s[..., k : k + 1, k : k + 1]
        column = ivy.where(rows > k, s[..., :, k : k + 1], ivy.zeros_like(d))
        if k < n - 1 and bool(ivy.any(_magnitude(d)[..., 0, 0] < _ALPHA * ivy.max(_magnitude(column), axis=(-2, -1)))):
            raise NotImplementedError(
                f"torch.linalg.{name}: only matrices that Bunch-Kaufman pivoting factors without interchanges "
                "(e.g. diagonally dominant ones) are supported by this frontend"
            )
        multipliers = column / ivy.where(d == 0, ivy.ones_like(d), d)
        row = ivy.where(cols > k, s[..., k : k + 1, :], ivy.zeros_like(d))
        s = s - multipliers * row
        s = ivy.where((rows > k) & (cols == k), multipliers, s)
    pivots = ivy.broadcast_to(ivy.arange(1, n + 1, dtype=ivy.int32), (*a.shape[:-2], n))
    return ivy.tril(s), pivots


def ldl_factor(A: Any, *, hermitian: bool = False, out: Any = None) -> Any:
    """torch.linalg.ldl_factor: ``(LD, pivots)`` (see ``_ldl`` for the supported input)."""
    ld, pivots = _ldl(A, "ldl_factor", hermitian)
    return _ldl_factor(wrap(ld), wrap(pivots))


def ldl_factor_ex(A: Any, *, hermitian: bool = False, check_errors: bool = False, out: Any = None) -> Any:
    """torch.linalg.ldl_factor_ex: ``(LD, pivots, info)``; ``info`` the first zero of ``D`` (one-based)."""
    ld, pivots = _ldl(A, "ldl_factor_ex", hermitian)
    info = _info(ld)
    if check_errors and bool(ivy.any(info > 0)):
        raise RuntimeError(f"torch.linalg.ldl_factor_ex: D[{int(ivy.max(info))}] is zero: the matrix is singular")
    return _ldl_factor_ex(wrap(ld), wrap(pivots), wrap(info))


def ldl_solve(LD: Any, pivots: Any, B: Any, *, hermitian: bool = False, out: Any = None) -> Tensor:
    """torch.linalg.ldl_solve: ``A X = B`` from ``ldl_factor(A)`` (factors without interchanges)."""
    ld = _a(LD, "ldl_solve", "LD")
    p = _a(pivots, "ldl_solve", "pivots")
    n = ld.shape[-1]
    if bool(ivy.any(p != ivy.arange(1, n + 1, dtype=p.dtype))):
        raise NotImplementedError("torch.linalg.ldl_solve: only factors without interchanges are supported")
    # A = L (D L^T): an LU factorization with U = D L^T (L^H when hermitian), no row swaps
    lower = ivy.tril(ld, k=-1)
    flip = ivy.matrix_transpose(lower + ivy.eye(n, dtype=ld.dtype))
    upper = ivy.linalg.diagonal(ld)[..., :, None] * (ivy.conj(flip) if hermitian else flip)
    none = ivy.broadcast_to(ivy.arange(n, dtype=ivy.int64), p.shape)
    return wrap(ivy.linalg.lu_solve(lower + upper, none, _a(B, "ldl_solve", "B")))
