"""Linear algebra: the main namespace's functions and the ``linalg`` extension.

TensorFlow has no matrix-product kernels for int8, int16 and unsigned
integers; those are computed in int64 (exact: widening is exact, and uint64
reinterpreted as int64 wraps modulo 2**64 exactly as uint64 does) and cast
back. Decompositions map onto ``tf.linalg`` (``svd`` returns ``V``, not
``Vh``); norms, ranks and pseudo-inverses are built from ``svd``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, normalize_axes
from ivy_backend_tensorflow._common import (
    BOOL,
    INT32,
    INT64,
    REAL_OF,
    EagerTensor,
    NativeError,
    as_tensor,
    cast,
    promote,
    via_int64,
)
from ivy_backend_tensorflow.statistical import accumulator

_la = tf.linalg
_m = tf.math
_BATCH_MATMUL = tf.raw_ops.BatchMatMulV2
#: integer dtypes with a matmul kernel
_MATMUL_INTS = frozenset({INT32, INT64})


def _matmul2(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    """Matrix product of tensors of one dtype, both at least 2-d."""
    if x1.dtype in _MATMUL_INTS or not (x1.dtype.is_integer or x1.dtype is BOOL):
        return _la.matmul(x1, x2)
    if x1.dtype is BOOL:
        raise TypeError("matmul is not defined for booleans")
    return via_int64(_la.matmul)(x1, x2)


def _matmul_any(x1: tf.Tensor, x2: tf.Tensor) -> tf.Tensor:
    x1, x2 = promote(x1, x2)
    vector1, vector2 = x1.shape.rank == 1, x2.shape.rank == 1
    if x1.shape.rank == 0 or x2.shape.rank == 0:
        raise ValueError("matmul: 0-d arrays are not allowed")
    if vector1:
        x1 = x1[None, :]
    if vector2:
        x2 = x2[:, None]
    if x1.shape[-1] != x2.shape[-2]:
        raise ValueError(f"matmul: shapes {tuple(x1.shape)} and {tuple(x2.shape)} do not align")
    result = _matmul2(x1, x2)
    if vector1:
        result = result[..., 0, :]
    if vector2:
        result = result[..., 0]
    return result


@hookimpl
def matmul(x1: Any, x2: Any) -> Any:
    if x1.__class__ is EagerTensor and x2.__class__ is EagerTensor:
        try:
            return _BATCH_MATMUL(x=x1, y=x2)  # raises for 1-d operands, mixed dtypes, missing kernels
        except (*NativeError, ValueError):
            pass
    return _matmul_any(x1, x2)


@hookimpl
def matrix_transpose(x: Any) -> Any:
    x = as_tensor(x)
    if x.shape.rank < 2:
        raise ValueError("matrix_transpose: expected an array of at least 2 dimensions")
    return _la.matrix_transpose(x)


@hookimpl
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    x1, x2 = promote(x1, x2)
    if isinstance(axes, int):
        if axes < 0:
            raise ValueError("tensordot: axes must be non-negative")
        first = list(range(x1.shape.rank - axes, x1.shape.rank))
        second = list(range(axes))
    else:
        first = list(normalize_axes(list(axes[0]), x1.shape.rank))
        second = list(normalize_axes(list(axes[1]), x2.shape.rank))
    for a, b in zip(first, second, strict=False):
        if x1.shape[a] != x2.shape[b]:
            raise ValueError(f"tensordot: contracted axes {a} and {b} have different sizes")
    kept1 = [a for a in range(x1.shape.rank) if a not in first]
    kept2 = [b for b in range(x2.shape.rank) if b not in second]
    size = int(np.prod([x1.shape[a] for a in first], dtype=np.int64))
    rows = int(np.prod([x1.shape[a] for a in kept1], dtype=np.int64))
    cols = int(np.prod([x2.shape[b] for b in kept2], dtype=np.int64))
    left = tf.reshape(tf.transpose(x1, kept1 + first), [rows, size])
    right = tf.reshape(tf.transpose(x2, second + kept2), [size, cols])
    shape = [x1.shape[a] for a in kept1] + [x2.shape[b] for b in kept2]
    return tf.reshape(_matmul2(left, right), shape)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2 = promote(x1, x2)
    shape = tuple(np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape)))
    axis = normalize_axes(axis, len(shape))[0]
    if x1.shape[axis - len(shape) + x1.shape.rank] != x2.shape[axis - len(shape) + x2.shape.rank]:
        raise ValueError("vecdot: the contracted dimensions differ")
    products = _m.multiply(_m.conj(x1) if x1.dtype.is_complex else x1, x2)
    return tf.reduce_sum(tf.broadcast_to(products, shape), axis=axis)


# -- linalg -----------------------------------------------------------------------------------


def _conj_t(x: tf.Tensor) -> tf.Tensor:
    return _la.adjoint(x) if x.dtype.is_complex else _la.matrix_transpose(x)


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    x = as_tensor(x)
    lower = _la.cholesky(x)
    if tf.executing_eagerly() and _failed(lower, x):
        import ivy

        raise ivy.LinAlgError("ivy.linalg.cholesky: the matrix is not positive definite")
    return _conj_t(lower) if upper else lower


def _failed(lower: tf.Tensor, x: tf.Tensor) -> bool:
    """Whether Cholesky failed: TensorFlow's CPU kernel then fills the factor's lower triangle with
    NaN (and leaves the rest unset) where the other frameworks raise. NaN in ``x`` is no failure."""
    diagonal = tf.linalg.diag_part(lower)
    if bool(tf.reduce_all(tf.math.is_finite(tf.math.abs(diagonal)))):
        return False
    return bool(tf.reduce_all(tf.math.is_finite(tf.math.abs(x))))


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2 = promote(x1, x2)
    shape = tuple(np.broadcast_shapes(tuple(x1.shape), tuple(x2.shape)))
    axis = normalize_axes(axis, len(shape))[0]
    if shape[axis] != 3 or x1.shape[axis - len(shape)] != 3 or x2.shape[axis - len(shape)] != 3:
        raise ValueError("cross: the vectors must have 3 elements along axis")
    a = tf.unstack(tf.broadcast_to(x1, shape), axis=axis)
    b = tf.unstack(tf.broadcast_to(x2, shape), axis=axis)
    return tf.stack([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]], axis=axis)


@hookimpl
def linalg_det(x: Any) -> Any:
    return _la.det(as_tensor(x))


@hookimpl
def linalg_diagonal(x: Any, offset: Any) -> Any:
    x = as_tensor(x)
    rows, cols = x.shape[-2], x.shape[-1]
    length = max(0, min(rows + min(offset, 0), cols - max(offset, 0)))
    if length == 0:
        return tf.zeros([*x.shape[:-2], 0], x.dtype)
    if x.dtype is BOOL:
        return tf.cast(_la.diag_part(tf.cast(x, tf.int8), k=offset), BOOL)
    return _la.diag_part(x, k=offset)


@hookimpl
def linalg_eig(x: Any) -> Any:
    return tuple(_la.eig(as_tensor(x)))


@hookimpl
def linalg_eigvals(x: Any) -> Any:
    return _la.eigvals(as_tensor(x))


def _real_eigenvalues(values: tf.Tensor) -> tf.Tensor:
    # Hermitian eigenvalues are real; TensorFlow keeps the complex dtype for empty matrices.
    return tf.math.real(values) if values.dtype.is_complex else values


@hookimpl
def linalg_eigh(x: Any) -> Any:
    values, vectors = _la.eigh(as_tensor(x))
    return _real_eigenvalues(values), vectors


@hookimpl
def linalg_eigvalsh(x: Any) -> Any:
    return _real_eigenvalues(_la.eigvalsh(as_tensor(x)))


@hookimpl
def linalg_inv(x: Any) -> Any:
    return _la.inv(as_tensor(x))


def _singular_values(x: tf.Tensor) -> tf.Tensor:
    return _la.svd(x, compute_uv=False)


@hookimpl
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    x = as_tensor(x)
    magnitude = _m.abs(x)
    if ord == "fro":
        result = _m.sqrt(tf.reduce_sum(_m.square(magnitude), axis=[-2, -1]))
    elif ord == "nuc":
        result = tf.reduce_sum(_singular_values(x), axis=-1)
    elif ord in (2, -2):
        values = _singular_values(x)
        result = tf.reduce_max(values, axis=-1) if ord == 2 else tf.reduce_min(values, axis=-1)
    elif ord in (1, -1):
        sums = tf.reduce_sum(magnitude, axis=-2)
        result = tf.reduce_max(sums, axis=-1) if ord == 1 else tf.reduce_min(sums, axis=-1)
    elif ord in (np.inf, -np.inf):
        sums = tf.reduce_sum(magnitude, axis=-1)
        result = tf.reduce_max(sums, axis=-1) if ord > 0 else tf.reduce_min(sums, axis=-1)
    else:
        raise ValueError(f"matrix_norm: invalid ord {ord!r}")
    if keepdims:
        result = result[..., None, None]
    return result


@hookimpl
def linalg_matrix_power(x: Any, n: Any) -> Any:
    x = as_tensor(x)
    if n < 0:
        x = _la.inv(x)
        n = -n
    size = x.shape[-1]
    result = tf.broadcast_to(tf.eye(size, dtype=x.dtype), tf.shape(x))
    base = x
    while n:
        if n & 1:
            result = _matmul2(result, base)
        n >>= 1
        if n:
            base = _matmul2(base, base)
    return result


def _tolerance(values: tf.Tensor, x: tf.Tensor, rtol: Any) -> tf.Tensor:
    """The cut-off below which singular values count as zero, shaped ``(..., 1)``."""
    real = REAL_OF.get(x.dtype, x.dtype)
    if rtol is None:
        rtol = tf.constant(max(x.shape[-2], x.shape[-1]) * np.finfo(real.as_numpy_dtype).eps, real)
    else:
        rtol = cast(as_tensor(rtol), real) if not isinstance(rtol, (int, float)) else tf.constant(rtol, real)
    largest = (
        tf.reduce_max(values, axis=-1, keepdims=True) if values.shape[-1] else tf.zeros([*values.shape[:-1], 1], real)
    )
    return (rtol[..., None] if rtol.shape.rank else rtol) * largest


@hookimpl
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    x = as_tensor(x)
    values = _singular_values(x)
    return tf.reduce_sum(tf.cast(values > _tolerance(values, x, rtol), INT64), axis=-1)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    x1, x2 = promote(x1, x2)
    if x1.shape.rank != 1 or x2.shape.rank != 1:
        raise ValueError("outer: expected two 1-d arrays")
    return _m.multiply(x1[:, None], x2[None, :])


@hookimpl
def linalg_pinv(x: Any, rtol: Any) -> Any:
    x = as_tensor(x)
    values, left, right = _la.svd(x, full_matrices=False)
    keep = values > _tolerance(values, x, rtol)
    inverse = tf.where(keep, 1 / tf.where(keep, values, tf.ones((), values.dtype)), tf.zeros((), values.dtype))
    scaled = right * tf.cast(inverse[..., None, :], x.dtype)
    return _la.matmul(scaled, _conj_t(left))


@hookimpl
def linalg_qr(x: Any, mode: Any) -> Any:
    if mode not in ("reduced", "complete"):
        raise ValueError(f"qr: mode must be 'reduced' or 'complete', got {mode!r}")
    return tuple(_la.qr(as_tensor(x), full_matrices=mode == "complete"))


@hookimpl
def linalg_slogdet(x: Any) -> Any:
    x = as_tensor(x)
    sign, logabsdet = _la.slogdet(x)
    if x.dtype.is_complex:
        logabsdet = _m.real(logabsdet)
    return sign, logabsdet


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    x1, x2 = promote(x1, x2)
    vector = x2.shape.rank == 1
    if vector:
        x2 = x2[:, None]
    batch = tuple(np.broadcast_shapes(tuple(x1.shape[:-2]), tuple(x2.shape[:-2])))
    x1 = tf.broadcast_to(x1, [*batch, *x1.shape[-2:]])
    x2 = tf.broadcast_to(x2, [*batch, *x2.shape[-2:]])
    result = _la.solve(x1, x2)
    return result[..., 0] if vector else result


@hookimpl
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    values, left, right = _la.svd(as_tensor(x), full_matrices=full_matrices)
    return left, values, _conj_t(right)


@hookimpl
def linalg_svdvals(x: Any) -> Any:
    return _singular_values(as_tensor(x))


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    x = as_tensor(x)
    diagonal = linalg_diagonal(x, offset)
    return tf.reduce_sum(accumulator(diagonal, dtype), axis=-1)


@hookimpl
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    x = as_tensor(x)
    axes = None if axis is None else normalize_axes(axis, x.shape.rank)
    magnitude = _m.abs(x)
    if x.dtype.is_integer or x.dtype is BOOL:
        magnitude = tf.cast(magnitude, tf.float64)
    if ord == 2:
        result = _m.sqrt(tf.reduce_sum(_m.square(magnitude), axis=axes, keepdims=keepdims))
    elif ord == 1:
        result = tf.reduce_sum(magnitude, axis=axes, keepdims=keepdims)
    elif ord == np.inf:
        result = tf.reduce_max(magnitude, axis=axes, keepdims=keepdims)
    elif ord == -np.inf:
        result = tf.reduce_min(magnitude, axis=axes, keepdims=keepdims)
    elif ord == 0:
        nonzero = tf.cast(_m.not_equal(magnitude, 0), magnitude.dtype)
        result = tf.reduce_sum(nonzero, axis=axes, keepdims=keepdims)
    else:
        power = tf.constant(ord, magnitude.dtype)
        result = _m.pow(tf.reduce_sum(_m.pow(magnitude, power), axis=axes, keepdims=keepdims), 1 / power)
    return result


@hookimpl
def linalg_matrix_exp(x: Any) -> Any:
    x = as_tensor(x)
    if x.shape.rank < 2 or x.shape[-1] != x.shape[-2]:
        raise ValueError(f"matrix_exp: x must be a stack of square matrices, got shape {x.shape}")
    if x.shape.num_elements() == 0:
        return tf.identity(x)
    return _la.expm(x)
