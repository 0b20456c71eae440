"""Linear algebra on ``mlx.core.linalg`` (MLX's decompositions run on the CPU stream)."""

from __future__ import annotations

import builtins
from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import PROMOTION, as_typed, from_numpy, to_numpy
from ivy_mlx.backend.statistical import _accumulator

_CPU = mx.cpu


def _numpy_solve(a: Any, b: Any) -> Any:
    """NumPy's solve with the standard's rule for a 1-d ``b`` (one vector for every matrix)."""
    if np.ndim(b) == 1:
        return np.linalg.solve(a, np.broadcast_to(b[:, None], (*np.shape(a)[:-1], 1)))[..., 0]
    return np.linalg.solve(a, b)


def _host(a: Any) -> Any:
    """A NumPy copy for LAPACK on the host (which has no half precision)."""
    if not isinstance(a, mx.array):
        return a
    array = to_numpy(a)
    return array.astype(np.float32) if array.dtype == np.float16 else array


def _back(result: Any, like: Any) -> Any:
    """A NumPy result as MLX: real results in the input's real precision, complex ones in complex64."""
    result = np.asarray(result)
    if result.dtype.kind == "c":
        return from_numpy(result.astype(np.complex64))
    if result.dtype.kind == "f":
        return from_numpy(result).astype(like if like in (mx.float16, mx.bfloat16, mx.float64) else mx.float32)
    return from_numpy(result)


def _common(*arrays: Any) -> list:
    """The arrays in their promoted dtype (a clear error where that is complex128, which MLX lacks)."""
    dtype = PROMOTION.common_dtype(arrays)
    return [as_typed(a, dtype) for a in arrays]


def _no_complex128(x: Any, hook: str) -> Any:
    if x.dtype == mx.float64:
        raise TypeError(f"{hook}: the mlx backend has no complex128, the result dtype for a float64 matrix")
    return x


def _complex64_result(x: np.ndarray, hook: str) -> np.ndarray:
    """A host matrix whose complex result MLX can hold (not float64's complex128)."""
    if x.dtype == np.float64:
        raise TypeError(f"{hook}: the mlx backend has no complex128, the result dtype for a float64 matrix")
    return x


def _host_when_empty(numpy_function: Any, check: bool = False) -> Any:
    """MLX's LAPACK kernels crash the process (SIGFPE) on empty batches: those go to NumPy.

    With ``check``, the factorization is first tried by NumPy on the host, which raises
    ``LinAlgError`` for a singular or indefinite matrix: MLX's own failure surfaces only when
    the lazy result is evaluated, and after it later evaluations can hang; its Cholesky does
    not check at all."""

    def decorate(function: Any) -> Any:
        def checked(*args: Any) -> Any:
            arrays = [a for a in args if isinstance(a, mx.array)]
            if any(a.size == 0 or a.dtype == mx.complex64 for a in arrays):  # MLX has no complex LAPACK
                result = numpy_function(*(_host(a) for a in args))
                if isinstance(result, tuple):
                    return tuple(_back(r, arrays[0].dtype) for r in result)
                return _back(result, arrays[0].dtype)
            if check:
                numpy_function(*(_host(a) for a in args))
            return function(*args)

        checked.__name__ = checked.__qualname__ = function.__name__
        checked.__wrapped__ = function
        return checked

    return decorate


@hookimpl
@_host_when_empty(lambda x: np.linalg.inv(x), check=True)
def linalg_inv(x: Any) -> Any:
    return mx.linalg.inv(x, stream=_CPU)


@hookimpl
@_host_when_empty(lambda x, upper: np.linalg.cholesky(x, upper=upper), check=True)
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return mx.linalg.cholesky(x, upper=upper, stream=_CPU)


@hookimpl
@_host_when_empty(lambda a, b: _numpy_solve(a, b), check=True)
def linalg_solve(x1: Any, x2: Any) -> Any:
    x1, x2 = _common(x1, x2)
    if x2.ndim == 1:  # one vector for every matrix of the batch
        column = mx.broadcast_to(x2[:, None], (*x1.shape[:-1], 1))
        return mx.linalg.solve(x1, column, stream=_CPU)[..., 0]
    return mx.linalg.solve(x1, x2, stream=_CPU)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    return mx.outer(*_common(x1, x2))


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2 = _common(x1, x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError(f"cross: both arrays need size 3 along axis {axis}, got {x1.shape} and {x2.shape}")
    if x1.size == 0 or x2.size == 0:
        return mx.zeros(mx.broadcast_shapes(x1.shape, x2.shape), dtype=x1.dtype)
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


def _matrix_axes(value: Any, keepdims: Any) -> Any:
    return mx.expand_dims(value, (-2, -1)) if keepdims else value


@hookimpl
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    if ord not in ("fro", "nuc", 1, -1, 2, -2, float("inf"), -float("inf")):
        raise ValueError(f"matrix_norm: ord must be 'fro', 'nuc', 1, -1, 2, -2, inf or -inf, not {ord!r}")
    magnitude = mx.abs(x)
    if ord == "fro":
        return mx.sqrt(mx.sum(magnitude * magnitude, axis=(-2, -1), keepdims=keepdims))
    if ord in ("nuc", 2, -2):
        s = linalg_svdvals(x)
        value = mx.sum(s, axis=-1) if ord == "nuc" else (mx.max if ord == 2 else mx.min)(s, axis=-1)
        return _matrix_axes(value, keepdims)
    extreme = mx.max if ord in (1, float("inf")) else mx.min
    sums = mx.sum(magnitude, axis=-2 if ord in (1, -1) else -1)  # column sums for 1, row sums for inf
    return _matrix_axes(extreme(sums, axis=-1), keepdims)


@hookimpl
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    s = linalg_svdvals(x)
    if rtol is None:
        rtol = builtins.max(x.shape[-2:]) * float(np.finfo(to_numpy(mx.zeros((), dtype=s.dtype)).dtype).eps)
    elif isinstance(rtol, mx.array):
        rtol = rtol[..., None]
    top = mx.max(s, axis=-1, keepdims=True) if s.shape[-1] else mx.zeros((*s.shape[:-1], 1), dtype=s.dtype)
    return mx.sum(s > rtol * top, axis=-1).astype(mx.int64)


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


# on the host for complex input too: MLX's eigenvectors of a complex matrix come out conjugated
@hookimpl
@_host_when_empty(lambda x: tuple(np.asarray(r, np.complex64) for r in np.linalg.eig(_complex64_result(x, "eig"))))
def linalg_eig(x: Any) -> Any:
    return tuple(mx.linalg.eig(_no_complex128(x, "eig"), stream=_CPU))


@hookimpl
@_host_when_empty(lambda x: np.asarray(np.linalg.eigvals(_complex64_result(x, "eigvals")), np.complex64))
def linalg_eigvals(x: Any) -> Any:
    return mx.linalg.eigvals(_no_complex128(x, "eigvals"), stream=_CPU)


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    diagonal = mx.diagonal(x, offset=offset, axis1=-2, axis2=-1)
    return mx.sum(diagonal.astype(_accumulator(x, dtype)), axis=-1)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2 = _common(x1, x2)
    return mx.sum(mx.conjugate(x1) * x2, axis=axis).astype(x1.dtype)  # MLX's sum widens small integers


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
