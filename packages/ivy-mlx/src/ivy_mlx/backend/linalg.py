"""Linear algebra on ``mlx.core.linalg`` (MLX's decompositions run on the CPU stream)."""

from __future__ import annotations

from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import from_numpy, to_numpy

_CPU = mx.cpu


def _host_when_empty(numpy_function: Any) -> Any:
    """MLX's LAPACK kernels crash the process (SIGFPE) on empty batches: those go to NumPy.
    Results are evaluated at once, so that a singular matrix raises inside the call (MLX is
    lazy: its error would surface later, wherever the value is first read)."""

    def decorate(function: Any) -> Any:
        def checked(*args: Any) -> Any:
            if any(isinstance(a, mx.array) and a.size == 0 for a in args):
                result = numpy_function(*(to_numpy(a) if isinstance(a, mx.array) else a for a in args))
                if isinstance(result, tuple):
                    return tuple(from_numpy(np.asarray(r)).astype(args[0].dtype) for r in result)
                return from_numpy(np.asarray(result)).astype(args[0].dtype)
            result = function(*args)
            mx.eval(result)
            return result

        checked.__name__ = checked.__qualname__ = function.__name__
        checked.__wrapped__ = function
        return checked

    return decorate


@hookimpl
@_host_when_empty(lambda x: np.linalg.inv(x))
def linalg_inv(x: Any) -> Any:
    return mx.linalg.inv(x, stream=_CPU)


@hookimpl
@_host_when_empty(lambda x, upper: np.linalg.cholesky(x, upper=upper))
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return mx.linalg.cholesky(x, upper=upper, stream=_CPU)


@hookimpl
@_host_when_empty(lambda a, b: np.linalg.solve(a, b))
def linalg_solve(x1: Any, x2: Any) -> Any:
    return mx.linalg.solve(x1, x2, stream=_CPU)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    return mx.outer(x1, x2)


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    return mx.linalg.cross(x1, x2, axis=axis)


@hookimpl
@_host_when_empty(lambda x: np.linalg.det(x))
def linalg_det(x: Any) -> Any:
    return mx.linalg.det(x, stream=_CPU) if hasattr(mx.linalg, "det") else _slogdet_det(x)


def _slogdet_det(x: Any) -> Any:
    sign, logabs = mx.linalg.slogdet(x, stream=_CPU)
    return sign * mx.exp(logabs)


@hookimpl
@_host_when_empty(lambda x: tuple(np.linalg.slogdet(x)))
def linalg_slogdet(x: Any) -> Any:
    return tuple(mx.linalg.slogdet(x, stream=_CPU))


@hookimpl
@_host_when_empty(lambda x: tuple(np.linalg.eigh(x)))
def linalg_eigh(x: Any) -> Any:
    return tuple(mx.linalg.eigh(x, stream=_CPU))


@hookimpl
@_host_when_empty(lambda x: np.linalg.eigvalsh(x))
def linalg_eigvalsh(x: Any) -> Any:
    return mx.linalg.eigvalsh(x, stream=_CPU)


@hookimpl
@_host_when_empty(lambda x, mode: tuple(np.linalg.qr(x, mode=mode)))
def linalg_qr(x: Any, mode: Any) -> Any:
    if mode != "reduced":
        return tuple(from_numpy(r) for r in np.linalg.qr(to_numpy(x), mode="complete"))
    return tuple(mx.linalg.qr(x, stream=_CPU))


@hookimpl
@_host_when_empty(lambda x, full: tuple(np.linalg.svd(x, full_matrices=full)))
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    u, s, vh = mx.linalg.svd(x, compute_uv=True, stream=_CPU)
    if not full_matrices:
        k = s.shape[-1]
        u, vh = u[..., :, :k], vh[..., :k, :]
    return u, s, vh


@hookimpl
@_host_when_empty(lambda x: np.linalg.svd(x, compute_uv=False))
def linalg_svdvals(x: Any) -> Any:
    return mx.linalg.svd(x, compute_uv=False, stream=_CPU)


@hookimpl
@_host_when_empty(lambda x, rtol: np.linalg.pinv(x))
def linalg_pinv(x: Any, rtol: Any) -> Any:
    if rtol is not None:
        rtol = to_numpy(rtol)[..., None, None] if isinstance(rtol, mx.array) else rtol
        return from_numpy(np.linalg.pinv(to_numpy(x), rtol=rtol)).astype(x.dtype)
    return mx.linalg.pinv(x, stream=_CPU)


@hookimpl
def linalg_diagonal(x: Any, offset: Any) -> Any:
    return mx.diagonal(x, offset=offset, axis1=-2, axis2=-1)


@hookimpl
def linalg_eig(x: Any) -> Any:
    return tuple(mx.linalg.eig(x, stream=_CPU))


@hookimpl
def linalg_eigvals(x: Any) -> Any:
    return mx.linalg.eigvals(x, stream=_CPU)


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    diagonal = mx.diagonal(x, offset=offset, axis1=-2, axis2=-1)
    return mx.sum(diagonal if dtype is None else diagonal.astype(dtype), axis=-1)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    return mx.sum(mx.conjugate(x1) * x2, axis=axis)


@hookimpl
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    magnitude = mx.abs(x)
    if ord == float("inf"):
        return mx.max(magnitude, axis=axis, keepdims=keepdims)
    if ord == -float("inf"):
        return mx.min(magnitude, axis=axis, keepdims=keepdims)
    if ord == 0:
        return mx.sum((magnitude != 0).astype(magnitude.dtype), axis=axis, keepdims=keepdims)
    if ord == 1:
        return mx.sum(magnitude, axis=axis, keepdims=keepdims)
    if ord == 2:
        return mx.sqrt(mx.sum(magnitude * magnitude, axis=axis, keepdims=keepdims))
    return mx.power(mx.sum(mx.power(magnitude, ord), axis=axis, keepdims=keepdims), 1 / ord)


@hookimpl
def linalg_matrix_power(x: Any, n: Any) -> Any:
    if n < 0:
        x, n = linalg_inv(x), -n
    result = mx.broadcast_to(mx.eye(x.shape[-1], dtype=x.dtype), x.shape)
    square = x
    while n:
        if n & 1:
            result = mx.matmul(result, square)
        square, n = mx.matmul(square, square), n >> 1
    return result
