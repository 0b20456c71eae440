"""Unpacking LAPACK-style LU factors (``torch.linalg.lu``, ``jax.scipy.linalg.lu``)."""

from __future__ import annotations

import ivy


def unpack(lu: ivy.Array, pivots: ivy.Array) -> tuple[ivy.Array, ivy.Array, ivy.Array]:
    """``(P, L, U)`` with ``A = P @ L @ U`` from ``ivy.linalg.lu_factor(A)``: ``L`` unit lower
    triangular ``(m, k)``, ``U`` upper triangular ``(k, n)``, ``k = min(m, n)``."""
    m, n = lu.shape[-2:]
    k = min(m, n)
    lower = ivy.tril(lu[..., :, :k], k=-1) + ivy.eye(m, k, dtype=lu.dtype)
    upper = ivy.triu(lu[..., :k, :])
    # P^T = P^-1: lu_solve with unit factors applies only the row swaps (none past the k-th row)
    rest = ivy.broadcast_to(ivy.arange(k, m, dtype=ivy.int64), (*pivots.shape[:-1], m - k))
    eye = ivy.eye(m, dtype=lu.dtype)
    p = ivy.matrix_transpose(ivy.linalg.lu_solve(eye, ivy.concat([ivy.astype(pivots, ivy.int64), rest], axis=-1), eye))
    return p, lower, upper
