"""``paddle.linalg`` on ``ivy.linalg``."""

from __future__ import annotations

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
