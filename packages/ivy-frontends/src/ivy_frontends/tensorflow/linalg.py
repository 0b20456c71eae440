"""``tf.linalg``: decompositions, solves and matrix helpers."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.tensorflow import _core
from ivy_frontends.tensorflow._math import FUNCTIONS as M
from ivy_frontends.tensorflow._tensor import Tensor, as_tensor, binary

_t = as_tensor
matmul = _core.matmul
einsum = _core.einsum
tensordot = _core.tensordot
eye = _core.eye
norm = _core.norm
l2_normalize = M["l2_normalize"]
normalize = None


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
