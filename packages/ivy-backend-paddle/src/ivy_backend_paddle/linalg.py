"""The ``linalg`` extension.

Paddle's decompositions work on float32/float64/complex; integer inputs are
computed in the core's default float (float64), half floats in float32 and
cast back. ``slogdet`` returns a stacked tensor in Paddle and ``pinv`` /
``matrix_rank`` use other tolerance conventions, so those are built here.
"""

from __future__ import annotations

import math
from typing import Any

import paddle
from paddle import _C_ops

from ivy.plugin import normalize_axes
from ivy_backend_paddle import _unsigned, manipulation
from ivy_backend_paddle._common import (
    BOOL,
    C64,
    C128,
    COMPLEX,
    F32,
    F64,
    HALF,
    I64,
    REAL_OF,
    SIGNED,
    TENSORS,
    U8,
    WIDE,
    Tensor,
    cast,
    hookimpl,
    hooks,
    numel,
    operands,
    scalar_tensor,
    span,
    truth,
)
from ivy_backend_paddle.manipulation import broadcast

_la = paddle.linalg


def _inexact(x: Tensor) -> tuple[Tensor, Any]:
    """``x`` in a dtype Paddle's linear algebra accepts, and the dtype to cast results back to."""
    dtype = x.dtype
    if dtype in (F32, F64, C64, C128):
        return x, None
    if dtype in HALF:
        return _C_ops.cast(x, F32), dtype
    return _C_ops.cast(x, F64), None


def _back(result: Tensor, dtype: Any) -> Tensor:
    if dtype is None:
        return result
    if result.dtype in COMPLEX:
        return result
    return _C_ops.cast(result, dtype)


def _unary(native: Any) -> Any:
    def function(x: Any) -> Any:
        x, dtype = _inexact(x)
        return _back(native(x), dtype)

    return function


def _complex(x: Tensor) -> Tensor:
    return x if x.dtype in COMPLEX else _C_ops.cast(x, C64 if x.dtype == F32 else C128)


globals().update(
    hooks(
        dict(
            linalg_det=_unary(_la.det),
            linalg_inv=_unary(_la.inv),
            linalg_eigvalsh=_unary(lambda x: _real_values(_la.eigvalsh(x), x)),
            linalg_svdvals=_unary(lambda x: _singular_values(x)),
            linalg_eigvals=_unary(lambda x: _complex(_la.eigvals(x))),
        )
    )
)


@hookimpl
def linalg_eigh(x: Any) -> Any:
    x, dtype = _inexact(x)
    values, vectors = _la.eigh(x)
    return _back(_real_values(values, x), dtype), _back(vectors, dtype)


def _real_values(values: Tensor, x: Tensor) -> Tensor:
    """Eigenvalues of a Hermitian matrix are real (Paddle keeps them complex for empty input)."""
    return paddle.real(values) if values.dtype in COMPLEX else values


@hookimpl
def linalg_eig(x: Any) -> Any:
    x, _ = _inexact(x)
    values, vectors = _la.eig(x)
    return _complex(values), _complex(vectors)


def _singular_values(x: Tensor) -> Tensor:
    # Paddle's svdvals has no complex kernel and drops leading size-1 batch dimensions
    values = _la.svd(x, full_matrices=False)[1] if x.dtype in COMPLEX else _la.svdvals(x)
    return values.reshape([*x.shape[:-2], min(x.shape[-2], x.shape[-1])])


def _transpose(x: Tensor) -> Tensor:
    return x.transpose([*range(x.ndim - 2), x.ndim - 1, x.ndim - 2])


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    x, dtype = _inexact(x)
    if x.dtype in COMPLEX:
        lower = _complex_cholesky(x)
        return paddle.conj(_transpose(lower)) if upper else lower
    return _back(_la.cholesky(x, upper=bool(upper)), dtype)


def _complex_cholesky(x: Tensor) -> Tensor:
    """Cholesky-Banachiewicz, one column at a time (Paddle has no complex kernel)."""
    n = x.shape[-1]
    columns = []
    for j in range(n):
        column = span(x, -1, j, j + 1).squeeze(-1)
        if j:
            previous = paddle.stack(columns, axis=-1)  # (..., n, j)
            column = column - paddle.sum(previous * paddle.conj(span(previous, -2, j, j + 1)), axis=-1)
        pivot = paddle.sqrt(paddle.real(span(column, -1, j, j + 1)))
        pivot = paddle.complex(pivot, paddle.zeros_like(pivot))
        below = column / pivot
        mask = paddle.arange(n) > j
        column = paddle.where(mask, below, paddle.zeros_like(below))
        column = paddle.where(paddle.arange(n) == j, pivot.expand(column.shape), column)
        columns.append(column)
    return paddle.stack(columns, axis=-1) if n else x.clone()


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    ndim = builtins_max(x1.ndim, x2.ndim)
    if not -ndim <= axis < ndim:
        raise IndexError(f"cross: axis {axis} is out of range")
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError("cross: the arrays must have size 3 along axis")
    shape = _broadcast_shapes(list(x1.shape), list(x2.shape))
    x1, x2 = broadcast(x1, shape), broadcast(x2, shape)
    axis = axis % ndim
    wide = WIDE.get(dtype)
    if wide is not None:
        return _C_ops.cast(paddle.cross(_C_ops.cast(x1, wide), _C_ops.cast(x2, wide), axis=axis), dtype)
    return paddle.cross(x1, x2, axis=axis)


def builtins_max(a: int, b: int) -> int:
    return a if a >= b else b


def _broadcast_shapes(a: list, b: list) -> list:
    from ivy_backend_paddle.manipulation import _broadcast_shape

    return _broadcast_shape([a, b])


@hookimpl
def linalg_diagonal(x: Any, offset: Any) -> Any:
    rows, cols = x.shape[-2], x.shape[-1]
    length = max(0, min(rows, cols - offset) if offset >= 0 else min(rows + offset, cols))
    if length == 0 or numel(x) == 0:
        return _C_ops.full([*x.shape[:-2], length], 0, x.dtype, x.place)
    source, dtype = (_C_ops.cast(x, WIDE[x.dtype]), x.dtype) if x.dtype in WIDE else (x, None)
    result = paddle.diagonal(source, offset=offset, axis1=-2, axis2=-1)
    return result if dtype is None else _C_ops.cast(result, dtype)


@hookimpl
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    x, dtype = _inexact(x)
    if x.shape[-1] == 0 or x.shape[-2] == 0:
        shape = [*x.shape[:-2], 1, 1] if keepdims else list(x.shape[:-2])
        return _C_ops.full(shape, 0, REAL_OF.get(x.dtype, x.dtype), x.place)
    if ord == "fro":
        magnitude = paddle.abs(x)
        result = paddle.sqrt(paddle.sum(magnitude * magnitude, axis=[-2, -1], keepdim=bool(keepdims)))
    elif ord == "nuc":
        result = paddle.sum(_singular_values(x), axis=-1)
        if keepdims:
            result = result.unsqueeze(-1).unsqueeze(-1)
    elif ord in (2, -2):
        values = _singular_values(x)
        result = paddle.max(values, axis=-1) if ord == 2 else paddle.min(values, axis=-1)
        if keepdims:
            result = result.unsqueeze(-1).unsqueeze(-1)
    else:
        magnitude = paddle.abs(x)
        if ord in (1, -1):
            sums = paddle.sum(magnitude, axis=-2)
        elif ord in (math.inf, -math.inf):
            sums = paddle.sum(magnitude, axis=-1)
        else:
            raise ValueError(f"matrix_norm: unsupported ord {ord!r}")
        result = paddle.max(sums, axis=-1) if ord > 0 else paddle.min(sums, axis=-1)
        if keepdims:
            result = result.unsqueeze(-1).unsqueeze(-1)
    return _back(result, dtype)


@hookimpl
def linalg_matrix_power(x: Any, n: Any) -> Any:
    if x.dtype in COMPLEX or x.dtype in (F32, F64) or x.dtype in HALF or n < 0:
        x, dtype = _inexact(x)
        return _back(_la.matrix_power(x, n), dtype)
    # integers: repeated squaring with the exact integer product, wrapping like NumPy
    dtype = x.dtype
    source = _C_ops.cast(x, I64)
    size = x.shape[-1]
    result = paddle.broadcast_to(paddle.eye(size, dtype=I64), source.shape) if size else source.clone()
    square = source
    while n:
        if n & 1:
            result = manipulation.integer_matmul(result, square)
        n >>= 1
        if n:
            square = manipulation.integer_matmul(square, square)
    return cast(result, dtype)


def _tolerance(x: Tensor, values: Tensor, rtol: Any) -> Tensor:
    """The cut-off below which singular values count as zero: rtol times the largest."""
    real = REAL_OF.get(x.dtype, x.dtype)
    if rtol is None:
        eps = {F32: 2.0**-23, F64: 2.0**-52}.get(real, 2.0**-52)
        rtol = max(x.shape[-2], x.shape[-1]) * eps
    if isinstance(rtol, TENSORS):
        rtol = cast(rtol, real).unsqueeze(-1)
    return paddle.max(values, axis=-1, keepdim=True) * rtol


@hookimpl
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    x, _ = _inexact(x)
    if x.shape[-1] == 0 or x.shape[-2] == 0:
        return _C_ops.full(list(x.shape[:-2]), 0, I64, x.place)
    values = _singular_values(x)
    return paddle.sum(cast(values > _tolerance(x, values, rtol), I64), axis=-1)


@hookimpl
def linalg_pinv(x: Any, rtol: Any) -> Any:
    x, dtype = _inexact(x)
    if x.shape[-1] == 0 or x.shape[-2] == 0:
        shape = [*x.shape[:-2], x.shape[-1], x.shape[-2]]
        return _back(_C_ops.full(shape, 0, x.dtype, x.place), dtype)
    u, s, vh = _la.svd(x, full_matrices=False)
    keep = s > _tolerance(x, s, rtol)
    inverse = paddle.where(keep, 1.0 / paddle.where(keep, s, paddle.ones_like(s)), paddle.zeros_like(s))
    if x.dtype in COMPLEX:
        inverse = paddle.complex(inverse, paddle.zeros_like(inverse))
    v = paddle.conj(vh).transpose([*range(vh.ndim - 2), vh.ndim - 1, vh.ndim - 2])
    uh = paddle.conj(u).transpose([*range(u.ndim - 2), u.ndim - 1, u.ndim - 2])
    return _back(manipulation.matmul(v * inverse.unsqueeze(-2), uh), dtype)


@hookimpl
def linalg_qr(x: Any, mode: Any) -> Any:
    x, dtype = _inexact(x)
    q, r = _la.qr(x, mode=mode)
    return _back(q, dtype), _back(r, dtype)


@hookimpl
def linalg_slogdet(x: Any) -> Any:
    x, dtype = _inexact(x)
    if x.dtype in COMPLEX:
        # sign = det / |det| from an LU-free route: Paddle's slogdet is real-only
        det = _la.det(x)
        magnitude = paddle.abs(det)
        zero = magnitude <= 0
        safe = paddle.where(zero, paddle.ones_like(magnitude), magnitude)
        sign = paddle.where(zero, paddle.zeros_like(det), det / paddle.complex(safe, paddle.zeros_like(safe)))
        return sign, paddle.log(magnitude)
    if x.shape[-1] == 0:
        shape = list(x.shape[:-2])
        return _C_ops.full(shape, 1, x.dtype, x.place), _C_ops.full(shape, 0, x.dtype, x.place)
    stacked = _la.slogdet(x)
    return _back(stacked[0], dtype), _back(stacked[1], dtype)


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    x1, x2, _ = operands(x1, x2)
    x1, back = _inexact(x1)
    x2 = cast(x2, x1.dtype)
    if numel(x1) == 0 or numel(x2) == 0:
        vector = x2.ndim == 1
        batch = _broadcast_shapes(list(x1.shape[:-2]), [] if vector else list(x2.shape[:-2]))
        shape = [*batch, x1.shape[-1]] if vector else [*batch, x1.shape[-1], x2.shape[-1]]
        return _back(_C_ops.full(shape, 0, x1.dtype, x1.place), back)
    if x2.ndim == 1:
        if x2.shape[0] != x1.shape[-1]:
            raise ValueError("solve: x2 must have as many elements as x1 has rows")
        column = x2.unsqueeze(-1).expand([*x1.shape[:-2], x2.shape[0], 1])
        result = _complex_solve(x1, column) if x1.dtype in COMPLEX else _la.solve(x1, column)
        return _back(result.squeeze(-1), back)
    batch = _broadcast_shapes(list(x1.shape[:-2]), list(x2.shape[:-2]))
    if 0 in batch or x1.shape[-1] == 0:
        return _back(_C_ops.full([*batch, x1.shape[-1], x2.shape[-1]], 0, x1.dtype, x1.place), back)
    x1 = broadcast(x1, [*batch, *x1.shape[-2:]])
    x2 = broadcast(x2, [*batch, *x2.shape[-2:]])
    if x1.dtype in COMPLEX:
        return _complex_solve(x1, x2)
    return _back(_la.solve(x1, x2), back)


def _complex_solve(a: Tensor, b: Tensor) -> Tensor:
    """Solve through the real system [[Re a, -Im a], [Im a, Re a]] (Paddle has no complex kernel)."""
    ar, ai, br, bi = paddle.real(a), paddle.imag(a), paddle.real(b), paddle.imag(b)
    big = paddle.concat([paddle.concat([ar, -ai], axis=-1), paddle.concat([ai, ar], axis=-1)], axis=-2)
    rhs = paddle.concat([br, bi], axis=-2)
    solution = _la.solve(big, rhs)
    n = a.shape[-1]
    return paddle.complex(span(solution, -2, 0, n), span(solution, -2, n, 2 * n))


@hookimpl
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    x, dtype = _inexact(x)
    m, n = x.shape[-2], x.shape[-1]
    if m == 0 or n == 0:  # Paddle returns zeros where the factors must be orthonormal
        batch = list(x.shape[:-2])
        u_cols, vh_rows = (m, n) if full_matrices else (0, 0)
        u = paddle.broadcast_to(paddle.eye(m, u_cols, dtype=x.dtype), [*batch, m, u_cols])
        vh = paddle.broadcast_to(paddle.eye(vh_rows, n, dtype=x.dtype), [*batch, vh_rows, n])
        s = _C_ops.full([*batch, 0], 0, REAL_OF.get(x.dtype, x.dtype), x.place)
        return _back(u, dtype), _back(s, dtype), _back(vh, dtype)
    u, s, vh = _la.svd(x, full_matrices=bool(full_matrices))
    return _back(u, dtype), _back(s, dtype), _back(vh, dtype)


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    if dtype is None:
        source = x.dtype
        if source == BOOL or source in SIGNED:
            dtype = I64
        elif source == U8:
            return _unsigned.HANDLERS["linalg_trace"](x, offset, _unsigned.U64)
        else:
            dtype = source
    diagonal = linalg_diagonal(x, offset)
    if x.dtype in COMPLEX and dtype not in COMPLEX:
        diagonal = paddle.real(diagonal)
    diagonal = cast(diagonal, dtype)
    if diagonal.shape[-1] == 0:
        return _C_ops.full(list(diagonal.shape[:-1]), 0, dtype, x.place)
    wide = WIDE.get(dtype)
    if wide is not None:
        return _C_ops.cast(paddle.sum(_C_ops.cast(diagonal, wide), axis=-1), dtype)
    return paddle.sum(diagonal, axis=-1)


@hookimpl
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    x, dtype = _inexact(x)
    real = REAL_OF.get(x.dtype, x.dtype)
    magnitude = paddle.abs(x)
    if axis is None:
        axes = list(range(x.ndim))
    else:
        axes = [a % max(x.ndim, 1) for a in normalize_axes(axis, x.ndim)]  # checked: no wrapping
    if x.ndim == 0:
        return _back(magnitude.clone() if ord != 0 else cast(truth(magnitude), real), dtype)
    if not axes:
        result = magnitude if ord != 0 else cast(truth(magnitude), real)
        return _back(result, dtype)
    if numel(x) == 0:
        shape = (
            [1 if i in axes else s for i, s in enumerate(x.shape)]
            if keepdims
            else [s for i, s in enumerate(x.shape) if i not in axes]
        )
        return _back(_C_ops.full(shape, 0, real, x.place), dtype)
    keep = bool(keepdims)
    if ord == math.inf:
        result = paddle.max(magnitude, axis=axes, keepdim=keep)
    elif ord == -math.inf:
        result = paddle.min(magnitude, axis=axes, keepdim=keep)
    elif ord == 0:
        result = paddle.sum(cast(truth(magnitude), real), axis=axes, keepdim=keep)
    elif ord == 1:
        result = paddle.sum(magnitude, axis=axes, keepdim=keep)
    elif ord == 2:
        result = _la.vector_norm(magnitude, p=2.0, axis=axes, keepdim=keep)
    else:
        # exponents as tensors of the data's dtype: Paddle reads a Python float exponent in single precision
        power = paddle.pow(magnitude, scalar_tensor(float(ord), real, x.place))
        result = paddle.pow(paddle.sum(power, axis=axes, keepdim=keep), scalar_tensor(1.0 / ord, real, x.place))
    return _back(result, dtype)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError("outer: both arrays must be one-dimensional")
    left, right = x1.unsqueeze(-1), x2.unsqueeze(0)
    wide = WIDE.get(dtype)
    if wide is not None and dtype != BOOL:
        return _C_ops.cast(_C_ops.multiply(_C_ops.cast(left, wide), _C_ops.cast(right, wide)), dtype)
    return _C_ops.multiply(left, right)
