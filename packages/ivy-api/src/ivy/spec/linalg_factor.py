"""LU factorization and the matrix exponential (Ivy extensions in ``ivy.linalg``)."""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="linalg_factor", namespace="linalg", standard=False)


@spec(dtypes="floating")
def lu_factor(x: Array, /) -> LUFactorResult:
    """LU factorization with partial pivoting of each ``(m, n)`` matrix, packed as LAPACK's.

    ``LU`` holds ``U`` on and above the diagonal and the multipliers of the unit lower
    triangular ``L`` below it; ``pivots`` (int64, ``min(m, n)`` per matrix, zero-based)
    says that row ``i`` was swapped with row ``pivots[i]`` at step ``i``.
    """


@spec(dtypes="floating")
def lu_solve(lu: Array, pivots: Array, b: Array, /, *, adjoint: bool = False) -> Array:
    """Solution ``X`` of ``A @ X = b`` (``A^H @ X = b`` when ``adjoint``) from ``lu_factor(A)``.

    ``b`` holds ``(n, k)`` right-hand sides; the batch dimensions of ``lu``, ``pivots`` and
    ``b`` broadcast.
    """


@spec(dtypes="floating")
def matrix_exp(x: Array, /) -> Array:
    """The exponential of each square matrix."""
