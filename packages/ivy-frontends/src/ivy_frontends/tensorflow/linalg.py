"""``tf.linalg``: decompositions, solves and matrix helpers."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared import signatures as _sg
from ivy_frontends.tensorflow import _core
from ivy_frontends.tensorflow._linop import OPERATORS
from ivy_frontends.tensorflow._math import FUNCTIONS as M
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, as_tensor, binary

_t = as_tensor
matmul = _core.matmul
einsum = _core.einsum
tensordot = _core.tensordot
eye = _core.eye
norm = _core.norm
l2_normalize = M["l2_normalize"]
normalize = None
globals().update(OPERATORS)


def inv(input: Any, adjoint: bool = False, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.inv."""
    a = ivy.linalg.inv(_t(input)._ivy)
    return Tensor(ivy.conj(ivy.matrix_transpose(a)) if adjoint else a)


def det(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.det."""
    return Tensor(ivy.linalg.det(_t(input)._ivy))


def slogdet(input: Any, name: str | None = None) -> tuple[Tensor, Tensor]:  # noqa: A002
    """tf.linalg.slogdet: (sign, log|det|)."""
    r = ivy.linalg.slogdet(_t(input)._ivy)
    return Tensor(r[0]), Tensor(r[1])


def logdet(matrix: Any, name: str | None = None) -> Tensor:
    """tf.linalg.logdet of a Hermitian positive-definite matrix."""
    c = ivy.linalg.cholesky(_t(matrix)._ivy)
    diag = ivy.linalg.diagonal(c)
    return Tensor(
        ivy.multiply(
            ivy.full_like(diag[..., 0], 2.0),
            ivy.sum(ivy.log(ivy.real(diag) if ivy.isdtype(diag.dtype, "complex floating") else diag), axis=-1),
        )
    )


def cholesky(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.cholesky (lower)."""
    return Tensor(ivy.linalg.cholesky(_t(input)._ivy))


def qr(input: Any, full_matrices: bool = False, name: str | None = None) -> Any:  # noqa: A002
    """tf.linalg.qr: (q, r)."""
    r = ivy.linalg.qr(_t(input)._ivy, mode="complete" if full_matrices else "reduced")
    return Tensor(r[0]), Tensor(r[1])


def svd(tensor: Any, full_matrices: bool = False, compute_uv: bool = True, name: str | None = None) -> Any:
    """tf.linalg.svd: (s, u, v) with ``v`` (not its adjoint), or ``s`` alone."""
    a = _t(tensor)._ivy
    if not compute_uv:
        return Tensor(ivy.linalg.svdvals(a))
    u, s, vh = ivy.linalg.svd(a, full_matrices=full_matrices)
    return Tensor(s), Tensor(u), Tensor(ivy.conj(ivy.matrix_transpose(vh)))


def eigh(tensor: Any, name: str | None = None) -> tuple[Tensor, Tensor]:
    """tf.linalg.eigh: (eigenvalues ascending, eigenvectors)."""
    r = ivy.linalg.eigh(_t(tensor)._ivy)
    return Tensor(r[0]), Tensor(r[1])


def eigvalsh(tensor: Any, name: str | None = None) -> Tensor:
    """tf.linalg.eigvalsh."""
    return Tensor(ivy.linalg.eigvalsh(_t(tensor)._ivy))


def solve(matrix: Any, rhs: Any, adjoint: bool = False, name: str | None = None) -> Tensor:
    """tf.linalg.solve: ``matrix @ x = rhs`` (``rhs`` is ``(..., M, K)``)."""
    m, r = binary(matrix, rhs, "MatrixSolve")
    a = m._ivy
    if adjoint:
        a = ivy.conj(ivy.matrix_transpose(a))
    return Tensor(ivy.linalg.solve(a, r._ivy))


def triangular_solve(matrix: Any, rhs: Any, lower: bool = True, adjoint: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.triangular_solve (only the named triangle of ``matrix`` is read)."""
    a = _t(matrix)._ivy
    a = ivy.tril(a) if lower else ivy.triu(a)
    return solve(Tensor(a), rhs, adjoint)


def lstsq(matrix: Any, rhs: Any, l2_regularizer: float = 0.0, fast: bool = True, name: Any = None) -> Tensor:
    """tf.linalg.lstsq: least squares through the pseudo-inverse (no regulariser)."""
    return Tensor(ivy.matmul(ivy.linalg.pinv(_t(matrix)._ivy), _t(rhs)._ivy))


def pinv(a: Any, rcond: Any = None, validate_args: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.pinv."""
    return Tensor(ivy.linalg.pinv(_t(a)._ivy, rtol=rcond))


def trace(x: Any, name: str | None = None) -> Tensor:
    """tf.linalg.trace over the last two axes."""
    a = _t(x)._ivy
    return Tensor(ivy.linalg.trace(a, dtype=a.dtype))


def diag_part(input: Any, name: str = "diag_part", k: int = 0, padding_value: Any = 0, align: Any = None) -> Tensor:  # noqa: A002
    """tf.linalg.diag_part."""
    return Tensor(ivy.linalg.diagonal(_t(input)._ivy, offset=int(k)))


def diag(
    diagonal: Any,
    name: str = "diag",
    k: int = 0,
    num_rows: int = -1,
    num_cols: int = -1,
    padding_value: Any = 0,
    align: Any = None,
) -> Tensor:
    """tf.linalg.diag: batched square matrices with ``diagonal`` on the main diagonal."""
    a = _t(diagonal)._ivy
    n = a.shape[-1]
    e = ivy.eye(n, dtype=a.dtype)
    return Tensor(ivy.multiply(ivy.expand_dims(a, axis=-2), e))


def set_diag(input: Any, diagonal: Any, name: str = "set_diag", k: int = 0, align: Any = None) -> Tensor:  # noqa: A002
    """tf.linalg.set_diag (main diagonal of square matrices)."""
    a = _t(input)._ivy
    e = ivy.astype(ivy.eye(a.shape[-2], a.shape[-1], dtype=ivy.int32), ivy.bool)
    dg = diag(diagonal)._ivy
    return Tensor(ivy.where(e, dg, a))


def band_part(input: Any, num_lower: Any, num_upper: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.band_part: keep ``num_lower`` sub- and ``num_upper`` super-diagonals (-1: all)."""
    a = _t(input)._ivy
    lo, up = int(num_lower), int(num_upper)
    if lo >= 0:
        a = ivy.triu(a, k=-lo)
    if up >= 0:
        a = ivy.tril(a, k=up)
    return Tensor(a)


def matrix_transpose(a: Any, name: str = "matrix_transpose", conjugate: bool = False) -> Tensor:
    """tf.linalg.matrix_transpose."""
    out = ivy.matrix_transpose(_t(a)._ivy)
    return Tensor(ivy.conj(out) if conjugate else out)


def adjoint(matrix: Any, name: str | None = None) -> Tensor:
    """tf.linalg.adjoint: conjugate transpose."""
    return matrix_transpose(matrix, conjugate=True)


def matvec(a: Any, b: Any, transpose_a: bool = False, adjoint_a: bool = False, **kwargs: Any) -> Tensor:
    """tf.linalg.matvec."""
    out = matmul(a, Tensor(ivy.expand_dims(_t(b)._ivy, axis=-1)), transpose_a=transpose_a, adjoint_a=adjoint_a)
    return Tensor(ivy.squeeze(out._ivy, -1))


def cross(a: Any, b: Any, name: str | None = None) -> Tensor:
    """tf.linalg.cross of 3-vectors."""
    x, y = binary(a, b, "Cross")
    return Tensor(ivy.linalg.cross(x._ivy, y._ivy))


def global_norm(t_list: Any, name: str | None = None) -> Tensor:
    """tf.linalg.global_norm: L2 norm of all tensors together."""
    total = None
    for t in t_list:
        s = ivy.sum(ivy.square(_t(t)._ivy))
        total = s if total is None else ivy.add(total, s)
    return Tensor(ivy.sqrt(total))


def expm(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.expm: scaling and squaring with a degree-12 Taylor series."""
    a = _t(input)._ivy
    nrm = float(ivy.max(ivy.sum(ivy.abs(a), axis=-1)))
    s = max(0, int(__import__("math").ceil(__import__("math").log2(nrm))) + 1) if nrm > 0 else 0
    x = ivy.divide(a, ivy.asarray(2.0**s, dtype=a.dtype))
    e = ivy.broadcast_to(ivy.eye(a.shape[-1], dtype=a.dtype), a.shape)
    term, out = e, e
    for k in range(1, 13):
        term = ivy.divide(ivy.matmul(term, x), ivy.asarray(float(k), dtype=a.dtype))
        out = ivy.add(out, term)
    for _ in range(s):
        out = ivy.matmul(out, out)
    return Tensor(out)


def normalize_(tensor: Any, ord: Any = "euclidean", axis: Any = None, name: Any = None) -> tuple[Tensor, Tensor]:  # noqa: A002
    """tf.linalg.normalize: (tensor / norm, norm)."""
    n = norm(tensor, ord=ord, axis=axis, keepdims=True)
    return Tensor(ivy.divide(_t(tensor)._ivy, n._ivy)), n


normalize = normalize_
del normalize_


def _offsets(n: int, m: int) -> Any:
    """``j - i`` for each entry of an ``(n, m)`` matrix."""
    return ivy.subtract(ivy.reshape(ivy.arange(m), (1, m)), ivy.reshape(ivy.arange(n), (n, 1)))


def _banded(bands: Any, lower: bool) -> Any:
    """The dense triangular matrix of TF's ``bands`` (row ``k`` the ``k``-th sub-diagonal when lower, indexed by row;
    the last row the main diagonal when upper)."""
    k, m = bands.shape[-2], bands.shape[-1]
    off = _offsets(m, m)
    out = ivy.zeros((*tuple(bands.shape[:-2]), m, m), dtype=bands.dtype)
    for j in range(k):
        shift = -j if lower else k - 1 - j
        mask = ivy.equal(off, ivy.full_like(off, shift))
        out = ivy.where(mask, ivy.expand_dims(bands[..., j, :], axis=-1), out)
    return out


def banded_triangular_solve(
    bands: Any, rhs: Any, lower: bool = True, adjoint: bool = False, name: Any = None
) -> Tensor:
    """tf.linalg.banded_triangular_solve: a triangular solve with the matrix given by its bands."""
    b, r = binary(bands, rhs, "BandedTriangularSolve")
    return solve(Tensor(_banded(b._ivy, lower)), r, adjoint)


def cholesky_solve(chol: Any, rhs: Any, name: str | None = None) -> Tensor:
    """tf.linalg.cholesky_solve: ``A x = rhs`` given ``A``'s lower Cholesky factor."""
    c, r = binary(chol, rhs, "CholeskySolve")
    low = ivy.tril(c._ivy)
    y = ivy.linalg.solve(low, r._ivy)
    return Tensor(ivy.linalg.solve(ivy.conj(ivy.matrix_transpose(low)), y))


def _complex_dtype(a: Any) -> Any:
    return ivy.complex128 if a.dtype in (ivy.float64, ivy.complex128) else ivy.complex64


def eig(tensor: Any, name: str | None = None) -> tuple[Tensor, Tensor]:
    """tf.linalg.eig: complex eigenvalues and eigenvectors of a square matrix."""
    a = _t(tensor)._ivy
    r = ivy.linalg.eig(a)
    dt = _complex_dtype(a)
    return Tensor(ivy.astype(r[0], dt)), Tensor(ivy.astype(r[1], dt))


def eigvals(tensor: Any, name: str | None = None) -> Tensor:
    """tf.linalg.eigvals: complex eigenvalues."""
    a = _t(tensor)._ivy
    return Tensor(ivy.astype(ivy.linalg.eigvals(a), _complex_dtype(a)))


def _tridiag_dense(sub: Any, main: Any, sup: Any) -> Any:
    """The dense matrix with ``sub``/``main``/``sup`` on its diagonals (each indexed by row)."""
    m = main.shape[-1]
    off = _offsets(m, m)
    out = ivy.zeros((*tuple(main.shape[:-1]), m, m), dtype=main.dtype)
    for shift, v in ((-1, sub), (0, main), (1, sup)):
        out = ivy.where(ivy.equal(off, ivy.full_like(off, shift)), ivy.expand_dims(v, axis=-1), out)
    return out


def eigh_tridiagonal(
    alpha: Any,
    beta: Any,
    eigvals_only: bool = True,
    select: str = "a",
    select_range: Any = None,
    tol: Any = None,
    name: Any = None,
) -> Any:
    """tf.linalg.eigh_tridiagonal: eigenvalues (and vectors) of the Hermitian tridiagonal matrix (``select='a'``)."""
    a, b = _t(alpha)._ivy, _t(beta)._ivy
    if select != "a":
        raise NotImplementedError("eigh_tridiagonal: only select='a' is emulated")
    sup = ivy.concat([b, ivy.zeros((1,), dtype=b.dtype)], axis=-1)
    sub = ivy.concat([ivy.zeros((1,), dtype=b.dtype), ivy.conj(b)], axis=-1)
    dense = _tridiag_dense(sub, ivy.astype(a, b.dtype), sup)
    if eigvals_only:
        return Tensor(ivy.astype(ivy.linalg.eigvalsh(dense), a.dtype))
    r = ivy.linalg.eigh(dense)
    return Tensor(ivy.astype(r[0], a.dtype)), Tensor(r[1])


def _spectral(a: Any, fn: Any) -> Any:
    """``V f(L) V^-1`` from ``a``'s eigendecomposition."""
    r = ivy.linalg.eig(a)
    w, v = ivy.astype(r[0], _complex_dtype(a)), ivy.astype(r[1], _complex_dtype(a))
    return ivy.matmul(ivy.multiply(v, ivy.expand_dims(fn(w), axis=-2)), ivy.linalg.inv(v))


def logm(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.logm: the principal matrix logarithm (complex input, as TF requires)."""
    t = _t(input)
    if not t.dtype.is_complex:
        raise InvalidArgumentError(f"logm: Value for attr 'T' of {t.dtype.name} is not in the list of allowed values")
    return Tensor(ivy.astype(_spectral(t._ivy, ivy.log), t._ivy.dtype))


def sqrtm(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.sqrtm: the principal matrix square root (real part for real input)."""
    t = _t(input)
    out = _spectral(t._ivy, ivy.sqrt)
    return Tensor(ivy.astype(out if t.dtype.is_complex else ivy.real(out), t._ivy.dtype))


def lu(input: Any, output_idx_type: Any = "int32", name: str | None = None) -> tuple[Tensor, Tensor]:  # noqa: A002
    """tf.linalg.lu: packed ``L\\U`` factors and the row permutation of partial pivoting (``A[p] = L U``)."""
    from ivy_frontends.tensorflow._dtypes import as_dtype

    a = _t(input)._ivy
    n = a.shape[-1]
    ar = ivy.arange(n)
    perm = ivy.broadcast_to(ar, tuple(a.shape[:-1]))
    for k in range(n):
        col = ivy.where(
            ivy.greater_equal(ar, ivy.full_like(ar, k)),
            ivy.abs(a[..., :, k]),
            ivy.full_like(ivy.abs(a[..., :, k]), -1.0),
        )
        piv = ivy.expand_dims(ivy.argmax(col, axis=-1), axis=-1)
        kk = ivy.full_like(piv, k)
        swap = ivy.where(
            ivy.equal(ar, kk), piv, ivy.where(ivy.equal(ar, piv), kk, ivy.broadcast_to(ar, (*piv.shape[:-1], n)))
        )
        a = ivy.take_along_axis(a, ivy.broadcast_to(ivy.expand_dims(swap, axis=-1), a.shape), axis=-2)
        perm = ivy.take_along_axis(perm, swap, axis=-1)
        below = ivy.greater(ar, ivy.full_like(ar, k))
        lcol = ivy.where(below, ivy.divide(a[..., :, k], a[..., k : k + 1, k]), ivy.zeros_like(a[..., :, k]))
        urow = ivy.where(below, a[..., k, :], ivy.zeros_like(a[..., k, :]))
        a = ivy.subtract(a, ivy.multiply(ivy.expand_dims(lcol, axis=-1), ivy.expand_dims(urow, axis=-2)))
        at_col = ivy.logical_and(
            ivy.expand_dims(below, axis=-1), ivy.expand_dims(ivy.equal(ar, ivy.full_like(ar, k)), axis=0)
        )
        a = ivy.where(at_col, ivy.expand_dims(lcol, axis=-1), a)
    if n and bool(ivy.any(ivy.equal(ivy.linalg.diagonal(a), ivy.zeros_like(ivy.linalg.diagonal(a))))):
        raise InvalidArgumentError("Input is not invertible.")
    return Tensor(a), Tensor(ivy.astype(perm, as_dtype(output_idx_type)._ivy))


def _lu_factors(lower_upper: Any) -> tuple[Any, Any]:
    m = lower_upper.shape[-1]
    low = ivy.add(ivy.tril(lower_upper, k=-1), ivy.eye(m, dtype=lower_upper.dtype))
    return low, ivy.triu(lower_upper)


def lu_reconstruct(lower_upper: Any, perm: Any, validate_args: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.lu_reconstruct: ``A`` from ``lu``'s output."""
    a, p = _t(lower_upper)._ivy, _t(perm)._ivy
    low, up = _lu_factors(a)
    prod = ivy.matmul(low, up)
    inv = ivy.argsort(p, axis=-1)
    return Tensor(ivy.take_along_axis(prod, ivy.broadcast_to(ivy.expand_dims(inv, axis=-1), prod.shape), axis=-2))


def lu_solve(lower_upper: Any, perm: Any, rhs: Any, validate_args: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.lu_solve: ``A x = rhs`` from ``lu``'s output."""
    a, p = _t(lower_upper)._ivy, _t(perm)._ivy
    low, up = _lu_factors(a)
    r = _t(rhs)._ivy
    r = ivy.broadcast_to(r, tuple(ivy.broadcast_shapes(tuple(a.shape[:-2]), tuple(r.shape[:-2]))) + tuple(r.shape[-2:]))
    idx = ivy.broadcast_to(ivy.expand_dims(p, axis=-1), (*tuple(r.shape[:-1]), 1))
    permuted = ivy.take_along_axis(r, ivy.broadcast_to(idx, r.shape), axis=-2)
    return Tensor(ivy.linalg.solve(up, ivy.linalg.solve(low, permuted)))


def lu_matrix_inverse(lower_upper: Any, perm: Any, validate_args: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.lu_matrix_inverse: ``A^-1`` from ``lu``'s output."""
    a = _t(lower_upper)._ivy
    eye_ = ivy.broadcast_to(ivy.eye(a.shape[-1], dtype=a.dtype), a.shape)
    return lu_solve(lower_upper, perm, Tensor(eye_))


def matrix_rank(a: Any, tol: Any = None, validate_args: bool = False, name: Any = None) -> Tensor:
    """tf.linalg.matrix_rank: singular values above ``tol`` (default ``max(s) * max(M, N) * eps``), int32."""
    x = _t(a)._ivy
    s = ivy.linalg.svdvals(x)
    if tol is None:
        eps = ivy.finfo(ivy.real(x).dtype if ivy.isdtype(x.dtype, "complex floating") else x.dtype).eps
        t = ivy.multiply(ivy.max(s, axis=-1, keepdims=True), ivy.asarray(eps * max(x.shape[-2:]), dtype=s.dtype))
    else:
        t = ivy.asarray(float(_t(tol)), dtype=s.dtype)
    return Tensor(ivy.astype(ivy.sum(ivy.astype(ivy.greater(s, t), ivy.int32), axis=-1), ivy.int32))


def tensor_diag(diagonal: Any, name: str | None = None) -> Tensor:
    """tf.linalg.tensor_diag: rank ``2k`` output with ``diagonal`` at ``[i..., i...]``."""
    a = _t(diagonal)._ivy
    flat = ivy.reshape(a, (-1,))
    n = flat.shape[0]
    return Tensor(
        ivy.reshape(ivy.multiply(ivy.expand_dims(flat, axis=0), ivy.eye(n, dtype=a.dtype)), tuple(a.shape) * 2)
    )


def tensor_diag_part(input: Any, name: str | None = None) -> Tensor:  # noqa: A002
    """tf.linalg.tensor_diag_part: the inverse of ``tensor_diag`` (rank ``2k`` to rank ``k``)."""
    a = _t(input)._ivy
    k = a.ndim // 2
    if a.ndim % 2 or tuple(a.shape[:k]) != tuple(a.shape[k:]):
        raise InvalidArgumentError(f"Input must have even rank with matching halves, got shape {tuple(a.shape)}")
    n = 1
    for s in a.shape[:k]:
        n *= s
    return Tensor(ivy.reshape(ivy.linalg.diagonal(ivy.reshape(a, (n, n))), tuple(a.shape[:k])))


def _tridiagonals(diagonals: Any, fmt: str) -> tuple[Any, Any, Any]:
    """``(sub, main, super)`` indexed by row from TF's compact, sequence or matrix formats."""
    if fmt == "sequence":
        sup, main, sub = (_t(d)._ivy for d in diagonals)
    elif fmt == "matrix":
        a = _t(diagonals)._ivy
        main = ivy.linalg.diagonal(a)
        z = ivy.zeros((*tuple(main.shape[:-1]), 1), dtype=a.dtype)
        sup = ivy.concat([ivy.linalg.diagonal(a, offset=1), z], axis=-1)
        sub = ivy.concat([z, ivy.linalg.diagonal(a, offset=-1)], axis=-1)
    elif fmt == "compact":
        a = _t(diagonals)._ivy
        sup, main, sub = a[..., 0, :], a[..., 1, :], a[..., 2, :]
    else:
        raise ValueError(f"Unrecognized diagonals_format: {fmt}")
    m = main.shape[-1]
    keep_sup = ivy.less(ivy.arange(m), ivy.full((m,), m - 1, dtype=ivy.int64))
    keep_sub = ivy.greater(ivy.arange(m), ivy.zeros((m,), dtype=ivy.int64))
    return ivy.where(keep_sub, sub, ivy.zeros_like(sub)), main, ivy.where(keep_sup, sup, ivy.zeros_like(sup))


#: the tridiagonal ops' leading arguments: the three diagonals (in ``diagonals_format``) and the right-hand side
_TRIDIAGONAL = _sg.params("diagonals", "rhs", diagonals_format="compact")


def _tridiagonal_matmul(diagonals: Any, rhs: Any, diagonals_format: str) -> Tensor:
    """tf.linalg.tridiagonal_matmul: the tridiagonal matrix times ``rhs``."""
    sub, main, sup = _tridiagonals(diagonals, diagonals_format)
    return Tensor(ivy.matmul(_tridiag_dense(sub, main, sup), _t(rhs)._ivy))


tridiagonal_matmul = _sg.signed("tridiagonal_matmul", _TRIDIAGONAL + _sg.params(name=None), _tridiagonal_matmul)


def _tridiagonal_solve(
    diagonals: Any, rhs: Any, diagonals_format: str, transpose_rhs: bool, conjugate_rhs: bool
) -> Tensor:
    """tf.linalg.tridiagonal_solve: ``A x = rhs`` for a tridiagonal ``A`` (``rhs`` ``[..., M, K]``, or ``[..., M]``)."""
    sub, main, sup = _tridiagonals(diagonals, diagonals_format)
    r = _t(rhs)._ivy
    if conjugate_rhs:
        r = ivy.conj(r)
    vector = r.ndim == main.ndim and not transpose_rhs
    if transpose_rhs:
        r = ivy.matrix_transpose(r)
    elif vector:
        r = ivy.expand_dims(r, axis=-1)
    out = ivy.linalg.solve(_tridiag_dense(sub, main, sup), r)
    return Tensor(ivy.squeeze(out, -1) if vector else out)


#: the pivoting options are moot: the dense solve pivots anyway
_SOLVE = _sg.params(transpose_rhs=False, conjugate_rhs=False, name=None, partial_pivoting=True, perturb_singular=False)
tridiagonal_solve = _sg.signed("tridiagonal_solve", _TRIDIAGONAL + _SOLVE, _tridiagonal_solve)
