"""The ``linalg`` extension."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="linalg", namespace="linalg")


@spec(dtypes="floating")
def cholesky(x: Array, /, *, upper: bool = False) -> Array:
    """Cholesky factor of each symmetric (Hermitian) positive-definite matrix."""


@spec(dtypes="numeric")
def cross(x1: Array, x2: Array, /, *, axis: int = -1) -> Array:
    """Cross product of 3-element vectors along ``axis``."""


@spec(dtypes="floating")
def det(x: Array, /) -> Array:
    """Determinant of each square matrix."""


@spec()
def diagonal(x: Array, /, *, offset: int = 0) -> Array:
    """The ``offset`` diagonal of each matrix."""


@spec(dtypes="floating")
def eig(x: Array, /) -> EigResult:
    """Eigenvalues and right eigenvectors of each square matrix."""


@spec(dtypes="floating")
def eigh(x: Array, /) -> EighResult:
    """Eigenvalues and eigenvectors of each symmetric (Hermitian) matrix."""


@spec(dtypes="floating")
def eigvalsh(x: Array, /) -> Array:
    """Eigenvalues of each symmetric (Hermitian) matrix."""


@spec(dtypes="floating")
def eigvals(x: Array, /) -> Array:
    """Eigenvalues of each square matrix."""


@spec(dtypes="floating")
def inv(x: Array, /) -> Array:
    """Inverse of each square matrix."""


@spec(dtypes="floating")
def matrix_norm(
    x: Array, /, *, keepdims: bool = False, ord: int | float | float | Literal["fro", "nuc"] | None = "fro"
) -> Array:
    """Matrix norm of each matrix."""


@spec(dtypes="floating")
def matrix_power(x: Array, n: int, /) -> Array:
    """Each square matrix raised to the integer power ``n``."""


@spec(dtypes="floating")
def matrix_rank(x: Array, /, *, rtol: float | Array | None = None) -> Array:
    """Rank of each matrix, counting singular values above ``rtol``."""


@spec(dtypes="numeric")
def outer(x1: Array, x2: Array, /) -> Array:
    """Outer product of two vectors."""


@spec(dtypes="floating")
def pinv(x: Array, /, *, rtol: float | Array | None = None) -> Array:
    """Moore-Penrose pseudo-inverse of each matrix."""


@spec(dtypes="floating")
def qr(x: Array, /, *, mode: Literal["reduced", "complete"] = "reduced") -> QRResult:
    """QR decomposition of each matrix."""


@spec(dtypes="floating")
def slogdet(x: Array, /) -> SlogdetResult:
    """Sign and natural log of the absolute determinant of each square matrix."""


@spec(dtypes="floating")
def solve(x1: Array, x2: Array, /) -> Array:
    """Solution ``X`` of ``x1 @ X = x2`` for each system."""


@spec(dtypes="floating")
def svd(x: Array, /, *, full_matrices: bool = True) -> SVDResult:
    """Singular value decomposition ``U, S, Vh`` of each matrix."""


@spec(dtypes="floating")
def svdvals(x: Array, /) -> Array:
    """Singular values of each matrix."""


@spec(dtypes="numeric")
def trace(x: Array, /, *, offset: int = 0, dtype: DType | None = None) -> Array:
    """Sum along the ``offset`` diagonal of each matrix."""


@spec(dtypes="floating")
def vector_norm(
    x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False, ord: int | float | float = 2
) -> Array:
    """Vector norm along ``axis``."""
