# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.
"""``ivy.linalg``."""


import builtins
from collections.abc import Sequence
from ivy import ArrayIn
from ivy._array import Array
from ivy._dtypes import DType
from ivy.spec._types import EigResult, EighResult, LUFactorResult, QRResult, SVDResult, SlogdetResult
from typing import Literal


def cholesky(x: ArrayIn, /, *, upper: builtins.bool = ...) -> Array:
    """Cholesky factor of each symmetric (Hermitian) positive-definite matrix."""
    ...


def cross(x1: ArrayIn, x2: ArrayIn, /, *, axis: int = ...) -> Array:
    """Cross product of 3-element vectors along ``axis``."""
    ...


def det(x: ArrayIn, /) -> Array:
    """Determinant of each square matrix."""
    ...


def diagonal(x: ArrayIn, /, *, offset: int = ...) -> Array:
    """The ``offset`` diagonal of each matrix."""
    ...


def eig(x: ArrayIn, /) -> EigResult:
    """Eigenvalues and right eigenvectors of each square matrix."""
    ...


def eigh(x: ArrayIn, /) -> EighResult:
    """Eigenvalues and eigenvectors of each symmetric (Hermitian) matrix."""
    ...


def eigvalsh(x: ArrayIn, /) -> Array:
    """Eigenvalues of each symmetric (Hermitian) matrix."""
    ...


def eigvals(x: ArrayIn, /) -> Array:
    """Eigenvalues of each square matrix."""
    ...


def inv(x: ArrayIn, /) -> Array:
    """Inverse of each square matrix."""
    ...


def matrix_norm(x: ArrayIn, /, *, keepdims: builtins.bool = ..., ord: int | float | float | Literal['fro', 'nuc'] | None = ...) -> Array:
    """Matrix norm of each matrix."""
    ...


def matrix_power(x: ArrayIn, n: int, /) -> Array:
    """Each square matrix raised to the integer power ``n``."""
    ...


def matrix_rank(x: ArrayIn, /, *, rtol: float | ArrayIn | None = ...) -> Array:
    """Rank of each matrix, counting singular values above ``rtol``."""
    ...


def outer(x1: ArrayIn, x2: ArrayIn, /) -> Array:
    """Outer product of two vectors."""
    ...


def pinv(x: ArrayIn, /, *, rtol: float | ArrayIn | None = ...) -> Array:
    """Moore-Penrose pseudo-inverse of each matrix."""
    ...


def qr(x: ArrayIn, /, *, mode: Literal['reduced', 'complete'] = ...) -> QRResult:
    """QR decomposition of each matrix."""
    ...


def slogdet(x: ArrayIn, /) -> SlogdetResult:
    """Sign and natural log of the absolute determinant of each square matrix."""
    ...


def solve(x1: ArrayIn, x2: ArrayIn, /) -> Array:
    """Solution ``X`` of ``x1 @ X = x2`` for each system."""
    ...


def svd(x: ArrayIn, /, *, full_matrices: builtins.bool = ...) -> SVDResult:
    """Singular value decomposition ``U, S, Vh`` of each matrix."""
    ...


def svdvals(x: ArrayIn, /) -> Array:
    """Singular values of each matrix."""
    ...


def trace(x: ArrayIn, /, *, offset: int = ..., dtype: DType | None = ...) -> Array:
    """Sum along the ``offset`` diagonal of each matrix."""
    ...


def vector_norm(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ..., ord: int | float | float = ...) -> Array:
    """Vector norm along ``axis``."""
    ...


def lu_factor(x: ArrayIn, /) -> LUFactorResult:
    """LU factorization with partial pivoting of each ``(m, n)`` matrix, packed as LAPACK's."""
    ...


def lu_solve(lu: ArrayIn, pivots: ArrayIn, b: ArrayIn, /, *, adjoint: builtins.bool = ...) -> Array:
    """Solution ``X`` of ``A @ X = b`` (``A^H @ X = b`` when ``adjoint``) from ``lu_factor(A)``."""
    ...


def matrix_exp(x: ArrayIn, /) -> Array:
    """The exponential of each square matrix."""
    ...


def matmul(x1: ArrayIn, x2: ArrayIn, /) -> Array:
    """Matrix product of ``x1`` and ``x2``, batched over leading dimensions."""
    ...


def matrix_transpose(x: ArrayIn, /) -> Array:
    """Transpose of each matrix (the last two axes swapped)."""
    ...


def tensordot(x1: ArrayIn, x2: ArrayIn, /, *, axes: int | tuple[Sequence[int], Sequence[int]] = ...) -> Array:
    """Tensor contraction of ``x1`` and ``x2`` over ``axes``."""
    ...


def vecdot(x1: ArrayIn, x2: ArrayIn, /, *, axis: int = ...) -> Array:
    """Dot product of vectors along ``axis`` (the first argument conjugated)."""
    ...
