"""LU factorization, LU solves and the matrix exponential as composites.

``lu_factor`` is Gaussian elimination with partial pivoting (the row of largest
magnitude, the first of equals, as LAPACK's ``getrf``), one masked rank-one update
per column, so it runs on immutable arrays and stays differentiable. ``lu_solve``
permutes the right-hand side and substitutes through the triangular factors, one
row per step. ``matrix_exp`` is the [13/13] Padé approximant with scaling and
squaring (Higham, 2005), the scaling chosen per matrix from its 1-norm.
"""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy.composite import composite

#: Higham's bound on the 1-norm below which the [13/13] Padé approximant is exact in float64
_THETA_13 = 5.371920351148152
#: coefficients of the [13/13] Padé approximant's numerator, lowest degree first
_PADE_13 = tuple(
    math.factorial(26 - j) * math.factorial(13) / (math.factorial(26) * math.factorial(j) * math.factorial(13 - j))
    for j in range(14)
)


def _matrices(x: Any, name: str, where: str, square: bool = False) -> None:
    if not isinstance(x, ivy.Array) or x.ndim < 2 or (square and x.shape[-1] != x.shape[-2]):
        what = "square matrices (..., n, n)" if square else "matrices (..., m, n)"
        got = getattr(x, "shape", type(x).__name__)
        raise ivy.IvyValueError(f"{where}: argument '{name}' must be a stack of {what}, got {got}")


@composite
def linalg_lu_factor(x):
    _matrices(x, "x", "ivy.linalg.lu_factor")
    m, n = x.shape[-2:]
    rows = ivy.arange(m, device=x.device)
    column_index = ivy.arange(n, device=x.device)
    pivots = []
    for k in range(min(m, n)):
        magnitude = ivy.where(rows >= k, ivy.abs(x[..., :, k]), -1.0)
        pivot = ivy.argmax(magnitude, axis=-1)
        pivots.append(pivot)
        x = _swap_rows(x, k, pivot, rows)
        head = x[..., k : k + 1, k : k + 1]
        safe = ivy.where(head == 0, ivy.ones_like(head), head)
        below = ivy.reshape(rows > k, (m, 1))
        multipliers = ivy.where(below, x[..., :, k : k + 1] / safe, ivy.zeros_like(safe))
        right = ivy.reshape(column_index > k, (1, n))
        x = x - multipliers * ivy.where(right, x[..., k : k + 1, :], ivy.zeros_like(safe))
        x = ivy.where(below & ivy.reshape(column_index == k, (1, n)), multipliers, x)
    batch = x.shape[:-2]
    if not pivots:
        return x, ivy.zeros((*batch, 0), dtype=ivy.int64, device=x.device)
    return x, ivy.astype(ivy.stack(pivots, axis=-1), ivy.int64)


def _swap_rows(x: Any, k: int, pivot: Any, rows: Any) -> Any:
    """``x`` with row ``k`` and row ``pivot`` (one per matrix) exchanged."""
    pivot = pivot[..., None]
    order = ivy.where(rows == k, pivot, ivy.where(rows == pivot, k, rows))
    order = ivy.broadcast_to(order[..., None], (*x.shape[:-1], 1))
    return ivy.take_along_axis(x, ivy.broadcast_to(order, x.shape), axis=-2)


def permutation(pivots: Any) -> Any:
    """The row order ``perm`` that LAPACK's sequential ``pivots`` make: ``A[perm] = L @ U``."""
    n = pivots.shape[-1]
    index = ivy.arange(n, device=pivots.device)
    perm = ivy.broadcast_to(ivy.astype(index, pivots.dtype), pivots.shape)
    for i in range(n):
        target = pivots[..., i : i + 1]
        current = perm[..., i : i + 1]
        displaced = ivy.take_along_axis(perm, target, axis=-1)
        perm = ivy.where(index == i, displaced, ivy.where(index == target, current, perm))
    return perm


@composite
def linalg_lu_solve(lu, pivots, b, adjoint):
    where = "ivy.linalg.lu_solve"
    _matrices(lu, "lu", where, square=True)
    _matrices(b, "b", where)
    n = lu.shape[-1]
    if not isinstance(pivots, ivy.Array) or pivots.ndim < 1 or pivots.shape[-1] != n:
        got = getattr(pivots, "shape", type(pivots).__name__)
        raise ivy.IvyValueError(f"{where}: argument 'pivots' must have {n} entries per matrix, got {got}")
    if b.shape[-2] != n:
        raise ivy.IvyValueError(f"{where}: argument 'b' must have {n} rows, got shape {b.shape}")
    dtype = ivy.result_type(lu, b)
    lu, b = ivy.astype(lu, dtype), ivy.astype(b, dtype)
    batch = ivy.broadcast_shapes(lu.shape[:-2], pivots.shape[:-1], b.shape[:-2])
    lu = ivy.broadcast_to(lu, (*batch, n, n))
    perm = ivy.broadcast_to(permutation(ivy.astype(pivots, ivy.int64)), (*batch, n))
    b = ivy.broadcast_to(b, (*batch, *b.shape[-2:]))
    k = b.shape[-1]
    if not adjoint:
        y = ivy.take_along_axis(b, ivy.broadcast_to(perm[..., None], (*batch, n, k)), axis=-2)
        y = _substitute(lu, y, lower=True, unit=True)
        return _substitute(lu, y, lower=False, unit=False)
    lu_h = ivy.conj(ivy.matrix_transpose(lu)) if ivy.isdtype(dtype, "complex floating") else ivy.matrix_transpose(lu)
    y = _substitute(lu_h, b, lower=True, unit=False)
    y = _substitute(lu_h, y, lower=False, unit=True)
    inverse = ivy.argsort(perm, axis=-1)
    return ivy.take_along_axis(y, ivy.broadcast_to(inverse[..., None], (*batch, n, k)), axis=-2)


def _substitute(t: Any, b: Any, lower: bool, unit: bool) -> Any:
    """Solve ``T @ X = b`` for the lower (upper) triangle of ``t``, its diagonal taken as
    ones when ``unit``: one row of ``X`` per step."""
    n = t.shape[-1]
    x = ivy.zeros_like(b)
    index = ivy.reshape(ivy.arange(n, device=b.device), (n, 1))
    for i in range(n) if lower else range(n - 1, -1, -1):
        row = t[..., i : i + 1, :]
        value = b[..., i : i + 1, :] - ivy.matmul(row, x)
        if not unit:
            value = value / t[..., i : i + 1, i : i + 1]
        x = ivy.where(index == i, value, x)
    return x


@composite
def linalg_matrix_exp(x):
    _matrices(x, "x", "ivy.linalg.matrix_exp", square=True)
    n = x.shape[-1]
    if x.size == 0:
        return x
    norm = ivy.max(ivy.sum(ivy.abs(x), axis=-2), axis=-1)
    ratio = ivy.where(norm > _THETA_13, norm / _THETA_13, ivy.ones_like(norm))
    squarings = ivy.astype(ivy.ceil(ivy.log2(ratio)), ivy.int64)
    scale = ivy.astype(ivy.pow(2.0, -ivy.astype(squarings, ratio.dtype)), x.dtype)
    a = x * scale[..., None, None]
    result = _pade_13(a, n)
    for step in range(int(ivy.max(squarings))):
        squared = ivy.matmul(result, result)
        result = ivy.where((squarings > step)[..., None, None], squared, result)
    return result


def _pade_13(a: Any, n: int) -> Any:
    b = _PADE_13
    eye = ivy.eye(n, dtype=a.dtype, device=a.device)
    a2 = ivy.matmul(a, a)
    a4 = ivy.matmul(a2, a2)
    a6 = ivy.matmul(a4, a2)
    odd = ivy.matmul(a6, b[13] * a6 + b[11] * a4 + b[9] * a2) + b[7] * a6 + b[5] * a4 + b[3] * a2 + b[1] * eye
    u = ivy.matmul(a, odd)
    v = ivy.matmul(a6, b[12] * a6 + b[10] * a4 + b[8] * a2) + b[6] * a6 + b[4] * a4 + b[2] * a2 + b[0] * eye
    return ivy.linalg.solve(v - u, v + u)
