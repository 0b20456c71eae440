"""Linear algebra: the main namespace's functions and the ``linalg`` extension."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl, native_impls

_la = np.linalg

globals().update(
    native_impls(
        linalg_det=_la.det,
        linalg_eigh=_la.eigh,
        linalg_eigvalsh=_la.eigvalsh,
        linalg_inv=_la.inv,
        linalg_matrix_power=_la.matrix_power,
        linalg_outer=_la.outer,
        linalg_slogdet=_la.slogdet,
        linalg_svdvals=_la.svdvals,
    )
)


def _complex(x: Any) -> Any:
    return x if x.dtype.kind == "c" else x.astype(np.complex64 if x.dtype == np.float32 else np.complex128)


@hookimpl
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    return np.tensordot(x1, x2, axes=axes)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    return np.vecdot(x1, x2, axis=axis)


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return _la.cholesky(x, upper=upper)


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    return _la.cross(x1, x2, axis=axis)


@hookimpl
def linalg_diagonal(x: Any, offset: Any) -> Any:
    return _la.diagonal(x, offset=offset)


@hookimpl
def linalg_eig(x: Any) -> Any:
    values, vectors = _la.eig(x)
    return _complex(values), _complex(vectors)


@hookimpl
def linalg_eigvals(x: Any) -> Any:
    return _complex(_la.eigvals(x))


@hookimpl
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.matrix_norm(x, keepdims=keepdims, ord=ord)


@hookimpl
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    return _la.matrix_rank(x, rtol=rtol)


@hookimpl
def linalg_pinv(x: Any, rtol: Any) -> Any:
    return _la.pinv(x, rtol=rtol)


@hookimpl
def linalg_qr(x: Any, mode: Any) -> Any:
    return _la.qr(x, mode=mode)


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    return _la.solve(x1, x2)


@hookimpl
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    return _la.svd(x, full_matrices=full_matrices)


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    if dtype is None and x.dtype.kind in "biu":
        dtype = np.uint64 if x.dtype.kind == "u" else np.int64
    return _la.trace(x, offset=offset, dtype=dtype)


@hookimpl
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.vector_norm(x, axis=axis, keepdims=keepdims, ord=ord)
