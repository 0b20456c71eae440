"""Linear algebra: the main namespace's functions and the ``linalg`` extension.

Products run at ``Precision.HIGHEST``: on GPUs and TPUs JAX's default
multiplies float32 matrices in TF32/bfloat16 passes, a silent precision loss
Ivy does not allow (on CPU the setting changes nothing).
"""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
from jax import lax

from ivy.plugin import hookimpl
from ivy_backend_jax._common import (
    COMPLEX64,
    COMPLEX128,
    DEFAULT_INT,
    FLOAT32,
    UINT64,
    ArrayImpl,
    as_array,
    promote,
    restore_x64,
    scoped,
    strong,
    swap_x64,
)

_la = jnp.linalg
HIGHEST = lax.Precision.HIGHEST


def _products(x1: Any, x2: Any) -> tuple[Any, Any]:
    if x1.__class__ is ArrayImpl and x2.__class__ is ArrayImpl and x1.dtype is x2.dtype:
        return x1, x2
    return promote(as_array(x1), as_array(x2))


@hookimpl
def matmul(x1: Any, x2: Any) -> Any:
    previous = swap_x64(True)
    try:
        x1, x2 = _products(x1, x2)
        return jnp.matmul(x1, x2, precision=HIGHEST)
    finally:
        restore_x64(previous)


@scoped
def matrix_transpose(x: Any) -> Any:
    return jnp.matrix_transpose(x)


@scoped
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    x1, x2 = _products(x1, x2)
    return jnp.tensordot(x1, x2, axes=axes, precision=HIGHEST)


@scoped
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2 = _products(x1, x2)
    return jnp.vecdot(x1, x2, axis=axis, precision=HIGHEST)


def _complex(x: Any) -> Any:
    return x if x.dtype.kind == "c" else strong(x, COMPLEX64 if x.dtype == FLOAT32 else COMPLEX128)


@scoped
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return _la.cholesky(x, upper=upper)


@scoped
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    return _la.cross(*_products(x1, x2), axis=axis)


@scoped
def linalg_det(x: Any) -> Any:
    return _la.det(x)


@scoped
def linalg_diagonal(x: Any, offset: Any) -> Any:
    return _la.diagonal(x, offset=offset)


@scoped
def linalg_eig(x: Any) -> Any:
    values, vectors = _la.eig(x)
    return _complex(values), _complex(vectors)


@scoped
def linalg_eigh(x: Any) -> Any:
    values, vectors = _la.eigh(x)
    return values, vectors


@scoped
def linalg_eigvals(x: Any) -> Any:
    return _complex(_la.eigvals(x))


@scoped
def linalg_eigvalsh(x: Any) -> Any:
    return _la.eigvalsh(x)


@scoped
def linalg_inv(x: Any) -> Any:
    return _la.inv(x)


@scoped
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.matrix_norm(x, keepdims=keepdims, ord=ord)


@scoped
def linalg_matrix_power(x: Any, n: Any) -> Any:
    return _la.matrix_power(x, n)


@scoped
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    return strong(_la.matrix_rank(x, rtol=rtol), DEFAULT_INT)


@scoped
def linalg_outer(x1: Any, x2: Any) -> Any:
    return _la.outer(*_products(x1, x2))


@scoped
def linalg_pinv(x: Any, rtol: Any) -> Any:
    return _la.pinv(x, rtol=rtol)


@scoped
def linalg_qr(x: Any, mode: Any) -> Any:
    q, r = _la.qr(x, mode=mode)
    return q, r


@scoped
def linalg_slogdet(x: Any) -> Any:
    sign, logabsdet = _la.slogdet(x)
    return sign, logabsdet


@scoped
def linalg_solve(x1: Any, x2: Any) -> Any:
    return _la.solve(*_products(x1, x2))


@scoped
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    u, s, vh = _la.svd(x, full_matrices=full_matrices)
    return u, s, vh


@scoped
def linalg_svdvals(x: Any) -> Any:
    return _la.svdvals(x)


@scoped
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    if dtype is None and x.dtype.kind in "biu":
        dtype = UINT64 if x.dtype.kind == "u" else DEFAULT_INT
    return _la.trace(x, offset=offset, dtype=dtype)


@scoped
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.vector_norm(x, axis=axis, keepdims=keepdims, ord=ord)
