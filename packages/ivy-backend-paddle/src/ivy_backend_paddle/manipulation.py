"""Manipulation, indexing, searching, set, sorting and utility functions, and
the main namespace's linear algebra.

Data-movement kernels (flip, roll, index_select, where, repeat, ...) are
missing for several dtypes; moving values is exact in any dtype that holds
them, so those dtypes travel in their ``WIDE`` dtype (see :func:`widened`).
"""

from __future__ import annotations

import builtins
import math
from typing import Any

import paddle
from paddle import _C_ops

from ivy.plugin import check_indices, normalize_axes
from ivy_backend_paddle import _common
from ivy_backend_paddle._common import (
    BOOL,
    C64,
    C128,
    COMPLEX,
    F32,
    F64,
    FLOATING,
    HALF,
    I64,
    TENSORS,
    WIDE,
    Tensor,
    cast,
    exact_equal,
    hookimpl,
    numel,
    operands,
    order_key,
    promote_many,
    span,
    truth,
)


def widened(x: Tensor, complex_ok: bool = True) -> tuple[Tensor, Any]:
    """``x`` in a dtype Paddle's data-movement kernels accept, and the dtype to cast back to."""
    dtype = x.dtype
    wide = WIDE.get(dtype)
    if wide is not None:
        return _C_ops.cast(x, wide), dtype
    if not complex_ok and dtype in COMPLEX:
        raise TypeError("complex")  # callers split complex tensors themselves
    return x, None


def restore(x: Tensor, dtype: Any) -> Tensor:
    return x if dtype is None else _C_ops.cast(x, dtype)


def _per_part(function: Any, x: Tensor, *args: Any) -> Tensor:
    """``function`` applied to the real and imaginary parts of a complex tensor."""
    return paddle.complex(function(paddle.real(x), *args), function(paddle.imag(x), *args))


# -- manipulation ---------------------------------------------------------------------
def _broadcast_shape(shapes: list) -> list:
    ndim = builtins.max((len(s) for s in shapes), default=0)
    result = []
    for axis in range(-ndim, 0):
        size = 1
        for shape in shapes:
            if len(shape) < -axis:
                continue
            dim = shape[axis]
            if dim == 1:
                continue
            if size not in (1, dim):
                raise ValueError(f"shapes {[tuple(s) for s in shapes]} do not broadcast")
            size = dim
        result.append(size)
    return result


def broadcast(x: Tensor, shape: list) -> Tensor:
    if list(x.shape) == list(shape):
        return x
    return paddle.broadcast_to(x, shape)


@hookimpl
def broadcast_arrays(arrays: Any) -> Any:
    shape = _broadcast_shape([list(a.shape) for a in arrays])
    return [broadcast(a, shape) for a in arrays]


@hookimpl
def broadcast_to(x: Any, shape: Any) -> Any:
    shape = list(shape)
    _broadcast_shape([list(x.shape), shape])
    if len(shape) < x.ndim or _broadcast_shape([list(x.shape), shape]) != shape:
        raise ValueError(f"cannot broadcast an array of shape {tuple(x.shape)} to {tuple(shape)}")
    return paddle.broadcast_to(x, shape)


@hookimpl
def concat(arrays: Any, axis: Any) -> Any:
    arrays = promote_many(arrays)
    if axis is None:
        arrays = [a.reshape([-1]) for a in arrays]
        axis = 0
    return paddle.concat(arrays, axis=axis)


@hookimpl
def expand_dims(x: Any, axis: Any) -> Any:
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    ndim = x.ndim + len(axes)
    positions = sorted(normalize_axes(axes, ndim))
    shape = list(x.shape)
    for position in positions:
        shape.insert(position, 1)
    return x.reshape(shape)


@hookimpl
def flip(x: Any, axis: Any) -> Any:
    if x.ndim == 0:
        return x.clone()
    axes = list(normalize_axes(axis, x.ndim))
    x, dtype = widened(x)
    return restore(paddle.flip(x, axes), dtype)


@hookimpl
def moveaxis(x: Any, source: Any, destination: Any) -> Any:
    source = normalize_axes(source, x.ndim)
    destination = normalize_axes(destination, x.ndim)
    if len(source) != len(destination):
        raise ValueError("moveaxis: source and destination must have the same number of axes")
    order = [a for a in range(x.ndim) if a not in source]
    for dest, src in sorted(zip(destination, source, strict=True)):
        order.insert(dest, src)
    return paddle.transpose(x, order)


@hookimpl
def permute_dims(x: Any, axes: Any) -> Any:
    axes = list(axes)
    if sorted(normalize_axes(axes, x.ndim)) != list(range(x.ndim)) or len(axes) != x.ndim:
        raise ValueError(f"permute_dims: axes {tuple(axes)} are not a permutation of {x.ndim} axes")
    return paddle.transpose(x, axes)


@hookimpl
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    if axis is None:
        x = x.reshape([-1])
        axis = 0
    axis = normalize_axes(axis, x.ndim)[0]
    if isinstance(repeats, TENSORS):
        repeats = cast(repeats, I64)
        if repeats.ndim == 0 or (repeats.ndim == 1 and repeats.shape[0] == 1 and x.shape[axis] != 1):
            repeats = int(repeats.reshape([]))
    if x.dtype in COMPLEX:
        return _per_part(_repeat, x, repeats, axis)
    return _repeat(x, repeats, axis)


def _repeat(x: Tensor, repeats: Any, axis: int) -> Tensor:
    if x.shape[axis] == 0 or (isinstance(repeats, int) and repeats == 0):
        shape = list(x.shape)
        shape[axis] = 0 if isinstance(repeats, int) else int(paddle.sum(repeats))
        return _C_ops.full(shape, 0, x.dtype, x.place)
    x, dtype = widened(x)
    return restore(paddle.repeat_interleave(x, repeats, axis=axis), dtype)


@hookimpl
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    shape = [int(s) for s in shape]
    if 0 in shape or numel(x) == 0:
        # Paddle reads a 0 in a shape as "keep this dimension": build empty results here
        if shape.count(-1) > 1:
            raise ValueError("reshape: only one dimension can be -1")
        known = math.prod(s for s in shape if s != -1)
        if -1 in shape:
            if known == 0:
                raise ValueError(f"reshape: cannot infer the -1 in {tuple(shape)} for an empty array")
            shape[shape.index(-1)] = numel(x) // known
        if math.prod(shape) != numel(x):
            raise ValueError(f"reshape: cannot reshape an array of size {numel(x)} into shape {tuple(shape)}")
        return _C_ops.full(shape, 0, x.dtype, x.place)
    result = paddle.reshape(x, shape)
    return result.clone() if copy else result


@hookimpl
def roll(x: Any, shift: Any, axis: Any) -> Any:
    if axis is None:
        return roll(x.reshape([-1]), shift, 0).reshape(x.shape)
    if numel(x) == 0:
        return x.clone()
    axes = list(normalize_axes(axis, x.ndim))  # Paddle's roll wraps an axis out of range
    shifts = [shift] * len(axes) if isinstance(shift, int) else list(shift)
    x, dtype = widened(x)
    return restore(paddle.roll(x, shifts, axes), dtype)


@hookimpl
def squeeze(x: Any, axis: Any) -> Any:
    axes = normalize_axes(axis, x.ndim)
    for a in axes:
        if x.shape[a] != 1:
            raise ValueError(f"squeeze: axis {a} has size {x.shape[a]}, not 1")
    shape = [s for i, s in enumerate(x.shape) if i not in axes]
    return x.reshape(shape)


@hookimpl
def stack(arrays: Any, axis: Any) -> Any:
    arrays = promote_many(arrays)
    return paddle.stack(arrays, axis=axis)


@hookimpl
def tile(x: Any, repetitions: Any) -> Any:
    reps = [int(r) for r in repetitions]
    if len(reps) < x.ndim:
        reps = [1] * (x.ndim - len(reps)) + reps
    if len(reps) > x.ndim:
        x = x.reshape([1] * (len(reps) - x.ndim) + list(x.shape))
    if 0 in reps or numel(x) == 0:
        return _C_ops.full([s * r for s, r in zip(x.shape, reps, strict=True)], 0, x.dtype, x.place)
    x, dtype = widened(x)
    return restore(paddle.tile(x, reps), dtype)


@hookimpl
def unstack(x: Any, axis: Any) -> Any:
    return tuple(paddle.unbind(x, axis))


# -- indexing -------------------------------------------------------------------------
def _wrap_indices(indices: Tensor, size: int, function: str, axis: int) -> Tensor:
    check_indices(function, indices, size, axis=axis)  # Paddle's gather kernels read out of bounds
    indices = cast(indices, I64)
    return paddle.where(indices < 0, indices + size, indices)


@hookimpl
def take(x: Any, indices: Any, axis: Any) -> Any:
    if axis is None:
        x = x.reshape([-1])
        axis = 0
    axis = normalize_axes(axis, x.ndim)[0]
    indices = _wrap_indices(indices, x.shape[axis], "take", axis)
    if indices.ndim == 0:
        return take(x, indices.reshape([1]), axis).squeeze(axis)
    x, dtype = widened(x)
    return restore(paddle.index_select(x, indices, axis=axis), dtype)


@hookimpl
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    axis = normalize_axes(axis, x.ndim)[0]
    indices = _wrap_indices(indices, x.shape[axis], "take_along_axis", axis)
    if x.dtype in COMPLEX:
        return _per_part(lambda part: paddle.take_along_axis(part, indices, axis), x)
    x, dtype = widened(x)
    return restore(paddle.take_along_axis(x, indices, axis), dtype)


# -- searching ------------------------------------------------------------------------
def _arg(native: Any) -> Any:
    def function(x: Any, axis: Any, keepdims: Any) -> Any:
        if numel(x) == 0 and (axis is None or x.ndim == 0 or x.shape[axis] == 0):  # Paddle returns garbage
            raise ValueError("attempt to get the position of an extreme of an empty sequence")
        if axis is None:
            flat = x.reshape([-1])
            result = function(flat, 0, False)
            return result.reshape([1] * x.ndim) if keepdims else result
        if x.ndim == 0:
            return _C_ops.full([], 0, I64, x.place)
        x, _ = widened(x)
        return native(x, axis=axis, keepdim=keepdims, dtype="int64")

    return function


argmax = hookimpl(_arg(paddle.argmax))
argmin = hookimpl(_arg(paddle.argmin))
argmax.__name__, argmin.__name__ = "argmax", "argmin"


def _reduce_axes(axis: Any, ndim: int) -> list | None:
    """Axes as Paddle's reductions want them (``None`` for all)."""
    if axis is None:
        return None
    return list(normalize_axes(axis, ndim))


@hookimpl
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    nonzero_ = truth(x)
    return sum_(cast(nonzero_, I64), axis, keepdims)


def sum_(x: Tensor, axis: Any, keepdims: bool) -> Tensor:
    """``paddle.sum`` over ``axis`` (None: all; (): none) in ``x``'s own dtype."""
    axes = _reduce_axes(axis, x.ndim)
    if axes == [] or (x.ndim == 0):
        return x.clone()
    return paddle.sum(x, axis=axes, keepdim=keepdims, dtype=x.dtype)


@hookimpl
def nonzero(x: Any) -> Any:
    if x.ndim == 0:
        raise ValueError("nonzero: a 0-d array has no dimensions to index (use nonzero(atleast_1d(x)))")
    mask = truth(x)
    return (
        tuple(paddle.nonzero(mask, as_tuple=True))
        if numel(x)
        else tuple(_C_ops.full([0], 0, I64, x.place) for _ in range(x.ndim))
    )


@hookimpl
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    if sorter is not None:
        x1 = take(x1, sorter, 0)
    x1, x2, dtype = operands(x1, x2)
    if x1.shape[0] == 0:
        return _C_ops.full(list(x2.shape), 0, I64, x2.place)
    if dtype in FLOATING:
        x1, x2 = order_key(x1), order_key(x2)
    else:
        x1, _ = widened(x1)
        x2, _ = widened(x2)
    return paddle.searchsorted(x1, x2, right=side == "right")


@hookimpl
def where(condition: Any, x1: Any, x2: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    condition = cast(condition, BOOL)
    shape = _broadcast_shape([list(condition.shape), list(x1.shape), list(x2.shape)])
    condition, x1, x2 = broadcast(condition, shape), broadcast(x1, shape), broadcast(x2, shape)
    wide = WIDE.get(dtype)
    if wide is None:
        return paddle.where(condition, x1, x2)
    return _C_ops.cast(paddle.where(condition, _C_ops.cast(x1, wide), _C_ops.cast(x2, wide)), dtype)


# -- sets -----------------------------------------------------------------------------
@hookimpl
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    if numel(x2) == 0 or numel(x1) == 0:
        return _C_ops.full(list(x1.shape), bool(invert), BOOL, x1.place)
    if dtype in COMPLEX or dtype in FLOATING:
        found = _isin_exact(x1, x2.reshape([-1]))
        return paddle.logical_not(found) if invert else found
    if x1.ndim == 0:
        return isin(x1.reshape([1]), x2, invert).reshape([])
    x1, _ = widened(x1)
    x2, _ = widened(x2.reshape([-1]))
    return paddle.isin(x1, x2, invert=bool(invert))


def _isin_exact(x1: Tensor, candidates: Tensor) -> Tensor:
    """Membership by exact equality (Paddle's isin treats floats within 1e-8 as equal)."""
    if x1.dtype in COMPLEX:
        matches = exact_equal(x1.unsqueeze(-1), broadcast(candidates, [*x1.shape, candidates.shape[0]]))
        return paddle.any(matches, axis=-1)
    ordered = paddle.sort(order_key(candidates))
    values = order_key(x1).reshape([-1])
    position = paddle.clip(paddle.searchsorted(ordered, values), 0, ordered.shape[0] - 1)
    found = paddle.equal(paddle.index_select(ordered, position), values)  # integer keys: exact
    return paddle.logical_and(found, paddle.logical_not(paddle.isnan(x1.reshape([-1])))).reshape(x1.shape)


def _sort_order(flat: Tensor) -> Tensor:
    """A stable ascending order of a 1-d tensor (complex: by real, then imaginary part)."""
    if flat.dtype in COMPLEX:
        order = paddle.argsort(paddle.imag(flat), stable=True)
        return paddle.index_select(order, paddle.argsort(paddle.real(flat)[order], stable=True))
    wide, _ = widened(flat)
    return paddle.argsort(wide, stable=True)


def _unique(x: Tensor) -> tuple[Tensor, Tensor, Tensor, Tensor]:
    """values, first indices, inverse indices (shaped like x) and counts; every NaN is its own value."""
    flat = x.reshape([-1])
    n = flat.shape[0]
    if n == 0:
        empty = _C_ops.full([0], 0, I64, x.place)
        return flat.clone(), empty, _C_ops.full(list(x.shape), 0, I64, x.place), empty
    order = _sort_order(flat)
    ordered = take(flat, order, 0)
    new = paddle.ones([n], dtype=BOOL)
    if n > 1:
        new = paddle.concat([paddle.ones([1], dtype=BOOL), _C_ops.logical_not(exact_equal(ordered[1:], ordered[:-1]))])
    group = paddle.cumsum(cast(new, I64)) - 1
    inverse = paddle.zeros([n], dtype=I64)
    inverse = paddle.scatter(inverse, order, group)
    starts = paddle.nonzero(new).reshape([-1])
    values = take(ordered, starts, 0)
    first = paddle.index_select(order, starts)
    ends = paddle.concat([starts[1:], paddle.full([1], n, I64)])
    counts = ends - starts
    return values, first, inverse.reshape(x.shape), counts


@hookimpl
def unique_all(x: Any) -> Any:
    return _unique(x)


@hookimpl
def unique_counts(x: Any) -> Any:
    values, _, _, counts = _unique(x)
    return values, counts


@hookimpl
def unique_inverse(x: Any) -> Any:
    values, _, inverse, _ = _unique(x)
    return values, inverse


@hookimpl
def unique_values(x: Any) -> Any:
    return _unique(x)[0]


# -- sorting ----------------------------------------------------------------------------
@hookimpl
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    if x.ndim == 0:
        return _C_ops.full([], 0, I64, x.place)
    if numel(x) == 0:
        return _C_ops.full(list(x.shape), 0, I64, x.place)
    x, _ = widened(x)
    return paddle.argsort(x, axis=axis, descending=bool(descending), stable=True)


@hookimpl
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    if x.ndim == 0 or numel(x) == 0:
        return x.clone()
    x, dtype = widened(x)
    return restore(paddle.sort(x, axis=axis, descending=bool(descending), stable=True), dtype)


# -- utility ----------------------------------------------------------------------------
def _logical_reduce(native: Any) -> Any:
    def function(x: Any, axis: Any, keepdims: Any) -> Any:
        mask = truth(x)
        axes = _reduce_axes(axis, x.ndim)
        if axes == [] or x.ndim == 0:
            return mask.clone()
        return native(mask, axis=axes, keepdim=keepdims)

    return function


all = hookimpl(_logical_reduce(paddle.all))  # noqa: A001 - the standard's name
any = hookimpl(_logical_reduce(paddle.any))  # noqa: A001 - the standard's name
all.__name__, any.__name__ = "all", "any"


@hookimpl
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    parts = [p for p in (prepend, x, append) if p is not None]
    if len(parts) > 1:
        parts = promote_many(parts)
        x = paddle.concat(parts, axis=axis)
    axis = normalize_axes(axis, x.ndim)[0]
    for _ in range(n):
        length = x.shape[axis]
        if length == 0:
            break
        upper = span(x, axis, 1, length)
        lower = span(x, axis, 0, length - 1)
        x = _subtract(upper, lower)
    return x


def _subtract(a: Tensor, b: Tensor) -> Tensor:
    if a.dtype == BOOL:
        return _C_ops.not_equal(a, b)
    wide = WIDE.get(a.dtype)
    if wide is None:
        return _C_ops.subtract(a, b)
    return _C_ops.cast(_C_ops.subtract(_C_ops.cast(a, wide), _C_ops.cast(b, wide)), a.dtype)


# -- linear algebra of the main namespace ------------------------------------------------
_matmul = _C_ops.matmul


@hookimpl
def matmul(x1: Any, x2: Any) -> Any:
    if x1.__class__ is Tensor and x2.__class__ is Tensor:
        dtype = x1.dtype
        if dtype is x2.dtype and (dtype is F64 or dtype is F32):
            return _matmul(x1, x2, False, False)
    elif x1.__class__ is _common.UINT or x2.__class__ is _common.UINT:
        return _common.UINT_HANDLERS["matmul"](x1, x2)
    if x1.ndim == 0 or x2.ndim == 0:
        raise ValueError("matmul: operands must have at least one dimension")
    x1, x2, dtype = operands(x1, x2)
    if dtype in INEXACT_NATIVE:
        return _matmul(x1, x2, False, False)
    if dtype in HALF:
        return _C_ops.cast(_matmul(_C_ops.cast(x1, F32), _C_ops.cast(x2, F32), False, False), dtype)
    result = integer_matmul(_C_ops.cast(x1, I64), _C_ops.cast(x2, I64))
    return truth(result) if dtype == BOOL else cast(result, dtype)


INEXACT_NATIVE = frozenset({F32, F64, C64, C128})

matmul.__ivy_unsigned__ = True

#: products of at most this many elements are formed at once
_CHUNK = 1 << 22


def integer_matmul(x1: Tensor, x2: Tensor) -> Tensor:
    """Integer matrix product, exact and wrapping modulo 2**64 (Paddle's integer
    matmul kernel computes in single precision and saturates)."""
    vector1, vector2 = x1.ndim == 1, x2.ndim == 1
    if vector1:
        x1 = x1.unsqueeze(0)
    if vector2:
        x2 = x2.unsqueeze(-1)
    if x1.shape[-1] != x2.shape[-2]:
        raise ValueError(f"matmul: shapes {tuple(x1.shape)} and {tuple(x2.shape)} do not align")
    batch = _broadcast_shape([list(x1.shape[:-2]), list(x2.shape[:-2])])
    n, k, m = x1.shape[-2], x1.shape[-1], x2.shape[-1]
    x1 = broadcast(x1, [*batch, n, k])
    x2 = broadcast(x2, [*batch, k, m])
    if k == 0 or n == 0 or m == 0 or 0 in batch:
        result = _C_ops.full([*batch, n, m], 0, I64, x1.place)
    else:
        step = builtins.max(1, _CHUNK // builtins.max(1, math.prod(batch) * n * m))
        result = None
        for start in range(0, k, step):
            stop = builtins.min(k, start + step)
            left, right = span(x1, -1, start, stop), span(x2, -2, start, stop)
            part = paddle.sum(left.unsqueeze(-1) * right.unsqueeze(-3), axis=-2)
            result = part if result is None else result + part
    if vector1:
        result = result.squeeze(-2)
    if vector2:
        result = result.squeeze(-1)
    return result


@hookimpl
def matrix_transpose(x: Any) -> Any:
    if x.ndim < 2:
        raise ValueError(f"matrix_transpose: expected an array of at least 2 dimensions, got {x.ndim}")
    order = list(range(x.ndim))
    order[-1], order[-2] = order[-2], order[-1]
    return paddle.transpose(x, order)


@hookimpl
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    if isinstance(axes, int):
        if axes < 0:
            raise ValueError("tensordot: axes must be non-negative")
        a1 = list(range(x1.ndim - axes, x1.ndim))
        a2 = list(range(axes))
    else:
        a1, a2 = [list(normalize_axes(a, nd)) for a, nd in zip(axes, (x1.ndim, x2.ndim), strict=True)]
        if len(a1) != len(a2):
            raise ValueError("tensordot: both arrays must contract the same number of axes")
    free1 = [a for a in range(x1.ndim) if a not in a1]
    free2 = [a for a in range(x2.ndim) if a not in a2]
    for i, j in zip(a1, a2, strict=True):
        if x1.shape[i] != x2.shape[j]:
            raise ValueError(f"tensordot: contracted axes have sizes {x1.shape[i]} and {x2.shape[j]}")
    k = 1
    for i in a1:
        k *= x1.shape[i]
    left = paddle.transpose(x1, free1 + a1).reshape([-1, k]) if numel(x1) else None
    right = paddle.transpose(x2, a2 + free2).reshape([k, -1]) if numel(x2) else None
    shape = [x1.shape[a] for a in free1] + [x2.shape[a] for a in free2]
    if left is None or right is None or k == 0:
        return _C_ops.full(shape, 0, dtype, x1.place)
    return matmul(left, right).reshape(shape)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2, dtype = operands(x1, x2)
    shape = _broadcast_shape([list(x1.shape), list(x2.shape)])
    if x1.shape[axis] != x2.shape[axis]:
        raise ValueError(f"vecdot: the arrays have sizes {x1.shape[axis]} and {x2.shape[axis]} along axis {axis}")
    axis = normalize_axes(axis, len(shape))[0]
    if dtype in COMPLEX:
        x1 = paddle.conj(x1)
    wide = WIDE.get(dtype)
    if wide is not None:
        x1, x2 = _C_ops.cast(x1, wide), _C_ops.cast(x2, wide)
    product = broadcast(x1, shape) * broadcast(x2, shape)
    result = (
        paddle.sum(product, axis=axis, dtype=product.dtype)
        if shape[axis]
        else _C_ops.full(shape[:axis] + shape[axis + 1 :], 0, product.dtype, product.place)
    )
    return cast(result, dtype)
