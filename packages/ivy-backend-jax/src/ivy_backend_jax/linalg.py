"""Linear algebra: the main namespace's functions and the ``linalg`` extension.

Products run at ``Precision.HIGHEST``: on GPUs and TPUs JAX's default
multiplies float32 matrices in TF32/bfloat16 passes, a silent precision loss
Ivy does not allow (on CPU the setting changes nothing).
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
import numpy as np
from jax import lax

from ivy.plugin import hookimpl
from ivy_backend_jax._common import (
    COMPLEX64,
    COMPLEX128,
    DEFAULT_INT,
    FLOAT32,
    UINT64,
    Tracer,
    cast,
    kernel,
    paired,
)

_la = jnp.linalg
HIGHEST = lax.Precision.HIGHEST


@paired()
def matmul(x1: Any, x2: Any) -> Any:
    return jnp.matmul(x1, x2, precision=HIGHEST)


@kernel(host=lambda x: np.swapaxes(x, -1, -2))
def matrix_transpose(x: Any) -> Any:
    return jnp.matrix_transpose(x)


@paired("axes")
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    return jnp.tensordot(x1, x2, axes=axes, precision=HIGHEST)


@paired("axis")
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    return jnp.vecdot(x1, x2, axis=axis, precision=HIGHEST)


def _complex(x: Any) -> Any:
    return x if x.dtype.kind == "c" else cast(x, COMPLEX64 if x.dtype == FLOAT32 else COMPLEX128)


@kernel("upper")
def _cholesky(x: Any, upper: Any) -> Any:
    return _la.cholesky(x, upper=upper)


@kernel()
def _inv(x: Any) -> Any:
    return _la.inv(x)


@paired()
def _solve(x1: Any, x2: Any) -> Any:
    return _la.solve(x1, x2)


#: The kernels above, kept out of the module's namespace (a hook-marked name would be taken for a hook).
_KERNELS = {"cholesky": _cholesky, "inv": _inv, "solve": _solve}
del _cholesky, _inv, _solve


def _finite(result: Any, inputs: tuple, qualname: str, problem: str) -> Any:
    """``result``, unless it holds inf or NaN computed from finite ``inputs``: then ``ivy.LinAlgError``.

    JAX's factorizations give inf/NaN for a singular or non-positive-definite matrix where the
    other frameworks raise; ivy raises on every backend. Traced values cannot be inspected, so
    inside ``jax.jit``/``ivy.jit`` the inf/NaN result stays (see docs/errors.md).
    """
    if isinstance(result, Tracer) or any(isinstance(a, Tracer) for a in inputs):
        return result
    if bool(jnp.isfinite(result).all()) or not all(bool(jnp.isfinite(a).all()) for a in inputs):
        return result
    import ivy

    raise ivy.LinAlgError(f"ivy.linalg.{qualname}: {problem}")


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return _finite(_KERNELS["cholesky"](x, upper), (x,), "cholesky", "the matrix is not positive definite")


@paired("axis")
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    return _la.cross(x1, x2, axis=axis)


@kernel()
def linalg_det(x: Any) -> Any:
    return _la.det(x)


@kernel("offset", host=lambda x, offset: np.diagonal(x, offset, -2, -1))
def linalg_diagonal(x: Any, offset: Any) -> Any:
    return _la.diagonal(x, offset=offset)


@kernel()
def linalg_eig(x: Any) -> Any:
    values, vectors = _la.eig(x)
    return _complex(values), _complex(vectors)


@kernel()
def linalg_eigh(x: Any) -> Any:
    values, vectors = _la.eigh(x)
    return values, vectors


@kernel()
def linalg_eigvals(x: Any) -> Any:
    return _complex(_la.eigvals(x))


@kernel()
def linalg_eigvalsh(x: Any) -> Any:
    return _la.eigvalsh(x)


@hookimpl
def linalg_inv(x: Any) -> Any:
    return _finite(_KERNELS["inv"](x), (x,), "inv", "the matrix is singular")


@kernel("keepdims", "ord")
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.matrix_norm(x, keepdims=keepdims, ord=ord)


@kernel("n")
def linalg_matrix_power(x: Any, n: Any) -> Any:
    return _la.matrix_power(x, n)


@kernel()
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    return cast(_la.matrix_rank(x, rtol=rtol), DEFAULT_INT)


@paired()
def linalg_outer(x1: Any, x2: Any) -> Any:
    return _la.outer(x1, x2)


@kernel()
def linalg_pinv(x: Any, rtol: Any) -> Any:
    return _la.pinv(x, rtol=rtol)


@kernel("mode")
def linalg_qr(x: Any, mode: Any) -> Any:
    q, r = _la.qr(x, mode=mode)
    return q, r


@kernel()
def linalg_slogdet(x: Any) -> Any:
    sign, logabsdet = _la.slogdet(x)
    return sign, logabsdet


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    return _finite(_KERNELS["solve"](x1, x2), (x1, x2), "solve", "the matrix 'x1' is singular")


@kernel("full_matrices")
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    u, s, vh = _la.svd(x, full_matrices=full_matrices)
    return u, s, vh


@kernel()
def linalg_svdvals(x: Any) -> Any:
    return _la.svdvals(x)


@kernel("offset", "dtype")
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    if dtype is None and x.dtype.kind in "biu":
        dtype = UINT64 if x.dtype.kind == "u" else DEFAULT_INT
    return _la.trace(x, offset=offset, dtype=dtype)


@kernel("axis", "keepdims", "ord")
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.vector_norm(x, axis=axis, keepdims=keepdims, ord=ord)


@kernel()
def linalg_lu_factor(x: Any) -> Any:
    lu, pivots, _ = lax.linalg.lu(x)
    return lu, pivots.astype(jnp.int64)


@kernel("adjoint")
def linalg_lu_solve(lu: Any, pivots: Any, b: Any, adjoint: Any) -> Any:
    n = lu.shape[-1]
    if lu.ndim < 2 or lu.shape[-2] != n or b.ndim < 2 or b.shape[-2] != n or pivots.ndim < 1 or pivots.shape[-1] != n:
        raise ValueError(
            f"lu_solve: lu {lu.shape} must be square, with {n} pivots and rows of b, got {pivots.shape}, {b.shape}"
        )
    dtype = jnp.result_type(lu, b)
    batch = jnp.broadcast_shapes(lu.shape[:-2], pivots.shape[:-1], b.shape[:-2])
    lu = jnp.broadcast_to(lu.astype(dtype), (*batch, n, n))
    b = jnp.broadcast_to(b.astype(dtype), (*batch, *b.shape[-2:]))
    perm = lax.linalg.lu_pivots_to_permutation(jnp.broadcast_to(pivots, (*batch, n)).astype(jnp.int32), n)
    solve = lax.linalg.triangular_solve
    if not adjoint:
        y = jnp.take_along_axis(b, perm[..., None], axis=-2)
        y = solve(lu, y, left_side=True, lower=True, unit_diagonal=True)
        return solve(lu, y, left_side=True, lower=False)
    y = solve(lu, b, left_side=True, lower=False, transpose_a=True, conjugate_a=True)
    y = solve(lu, y, left_side=True, lower=True, unit_diagonal=True, transpose_a=True, conjugate_a=True)
    return jnp.take_along_axis(y, jnp.argsort(perm, axis=-1)[..., None], axis=-2)


@kernel()
def linalg_matrix_exp(x: Any) -> Any:
    from jax.scipy.linalg import expm

    return expm(x)
