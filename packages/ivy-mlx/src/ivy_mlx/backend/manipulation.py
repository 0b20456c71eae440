"""Manipulation, indexing, searching, sorting and set functions on ``mlx.core``."""

from __future__ import annotations

from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import DEFAULT_INT, PROMOTION, as_typed, from_numpy, to_numpy
from ivy_mlx.backend.protocol import check_indices


def _common(arrays: Any) -> list:
    dtype = PROMOTION.common_dtype(arrays)
    return [as_typed(a, dtype) for a in arrays]


def _from_numpy(array: np.ndarray) -> Any:
    return from_numpy(array)


@hookimpl
def broadcast_arrays(arrays: Any) -> Any:
    return list(mx.broadcast_arrays(*arrays))


@hookimpl
def broadcast_to(x: Any, shape: Any) -> Any:
    return mx.broadcast_to(x, shape)


@hookimpl
def concat(arrays: Any, axis: Any) -> Any:
    arrays = _common(arrays)
    if axis is None:
        return mx.concatenate([a.reshape(-1) for a in arrays])
    return mx.concatenate(arrays, axis=axis)


@hookimpl
def stack(arrays: Any, axis: Any) -> Any:
    return mx.stack(_common(arrays), axis=axis)


@hookimpl
def expand_dims(x: Any, axis: Any) -> Any:
    return mx.expand_dims(x, axis)


@hookimpl
def flip(x: Any, axis: Any) -> Any:
    axes = range(x.ndim) if axis is None else (axis,) if isinstance(axis, int) else axis
    index = [slice(None)] * x.ndim
    for a in axes:
        index[a] = slice(None, None, -1)
    return x[tuple(index)] if x.ndim else mx.array(x)


@hookimpl
def moveaxis(x: Any, source: Any, destination: Any) -> Any:
    if isinstance(source, int):
        return mx.moveaxis(x, source, destination)
    order = [a for a in range(x.ndim) if a not in [s % x.ndim for s in source]]
    for dest, src in sorted(zip([d % x.ndim for d in destination], [s % x.ndim for s in source], strict=True)):
        order.insert(dest, src)
    return mx.transpose(x, order)


@hookimpl
def permute_dims(x: Any, axes: Any) -> Any:
    return mx.transpose(x, axes)


@hookimpl
def matrix_transpose(x: Any) -> Any:
    return mx.swapaxes(x, -1, -2)


@hookimpl
def repeat(x: Any, repeats: Any, axis: Any) -> Any:
    if isinstance(repeats, mx.array):
        repeats = to_numpy(repeats).tolist()
    if isinstance(repeats, int):
        return mx.repeat(x, repeats, axis=axis)
    return _from_numpy(np.repeat(to_numpy(x), repeats, axis=axis)).astype(x.dtype)


@hookimpl
def reshape(x: Any, shape: Any, copy: Any) -> Any:
    return mx.reshape(x, shape)


@hookimpl
def roll(x: Any, shift: Any, axis: Any) -> Any:
    return mx.roll(x, shift, axis=axis) if axis is not None else mx.roll(x, shift)


@hookimpl
def squeeze(x: Any, axis: Any) -> Any:
    return mx.squeeze(x, axis)


@hookimpl
def tile(x: Any, repetitions: Any) -> Any:
    return mx.tile(x, repetitions)


@hookimpl
def unstack(x: Any, axis: Any) -> Any:
    return tuple(mx.moveaxis(x, axis, 0))


@hookimpl
def take(x: Any, indices: Any, axis: Any) -> Any:
    if axis is None:
        check_indices(indices, x.size, "the flattened array")
        return mx.take(x, indices)
    check_indices(indices, x.shape[axis], f"axis {axis}")
    return mx.take(x, indices, axis=axis)


@hookimpl
def take_along_axis(x: Any, indices: Any, axis: Any) -> Any:
    check_indices(indices, x.shape[axis], f"axis {axis}")
    return mx.take_along_axis(x, indices, axis=axis)


@hookimpl
def matmul(x1: Any, x2: Any) -> Any:
    x1, x2 = _common([x1, x2])
    if x1.dtype in (mx.bool_,) or x1.dtype not in (mx.float16, mx.bfloat16, mx.float32, mx.float64, mx.complex64):
        return _from_numpy(np.matmul(to_numpy(x1), to_numpy(x2))).astype(x1.dtype)  # MLX multiplies floats only
    return mx.matmul(x1, x2)


@hookimpl
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    x1, x2 = _common([x1, x2])
    return _from_numpy(np.tensordot(to_numpy(x1), to_numpy(x2), axes=axes)).astype(x1.dtype)


def _arg(native: Any) -> Any:
    def function(x: Any, axis: Any, keepdims: Any) -> Any:
        if (x.size if axis is None else x.shape[axis]) == 0:  # MLX returns garbage there
            raise ValueError(f"{native.__name__}: an empty {'array' if axis is None else f'axis {axis}'} has none")
        if x.size == 0:  # another axis is empty: so is the result (MLX refuses to reduce)
            shape = [1 if a == axis % x.ndim else n for a, n in enumerate(x.shape) if keepdims or a != axis % x.ndim]
            return mx.zeros(shape, dtype=DEFAULT_INT)
        if axis is None:
            result = native(x.reshape(-1), axis=0)
            return result.reshape((1,) * x.ndim).astype(DEFAULT_INT) if keepdims else result.astype(DEFAULT_INT)
        return native(x, axis=axis, keepdims=keepdims).astype(DEFAULT_INT)

    return function


argmax = hookimpl(_arg(mx.argmax))
argmin = hookimpl(_arg(mx.argmin))


@hookimpl
def count_nonzero(x: Any, axis: Any, keepdims: Any) -> Any:
    return mx.sum(x != 0, axis=axis, keepdims=keepdims).astype(DEFAULT_INT)


@hookimpl
def nonzero(x: Any) -> Any:
    return tuple(mx.array(i).astype(DEFAULT_INT) for i in np.nonzero(to_numpy(x)))


@hookimpl
def where(condition: Any, x1: Any, x2: Any) -> Any:
    dtype = PROMOTION.result_dtype(x1, x2)
    return mx.where(condition, as_typed(x1, dtype), as_typed(x2, dtype))


def _host(function: Any) -> Any:
    """A function computed by NumPy on the evaluated arrays (data-dependent shapes, or
    kernels MLX lacks)."""

    def host(*args: Any) -> Any:
        args = [to_numpy(a) if isinstance(a, mx.array) else a for a in args]
        result = function(*args)
        if isinstance(result, tuple):
            return tuple(_from_numpy(np.asarray(r)) for r in result)
        return _from_numpy(np.asarray(result))

    return host


@hookimpl
def searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Any:
    return _host(lambda a, v, s: np.searchsorted(a, v, side=side, sorter=s).astype(np.int64))(x1, x2, sorter)


@hookimpl
def isin(x1: Any, x2: Any, invert: Any) -> Any:
    return _host(lambda a, b: np.isin(a, b, invert=invert))(x1, x2)


def _unique(kind: str) -> Any:
    def function(x: Any) -> Any:
        result = getattr(np, kind)(to_numpy(x))
        if kind == "unique_values":
            return _from_numpy(result)
        return tuple(_from_numpy(np.asarray(r)) for r in result)

    return function


unique_all = hookimpl(_unique("unique_all"))
unique_counts = hookimpl(_unique("unique_counts"))
unique_inverse = hookimpl(_unique("unique_inverse"))
unique_values = hookimpl(_unique("unique_values"))


@hookimpl
def argsort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    def order(a: np.ndarray) -> np.ndarray:
        if not descending:
            return np.argsort(a, axis=axis, kind="stable")
        size = a.shape[axis] if a.ndim else 1  # stable and descending: sort the reversed array
        return size - 1 - np.flip(np.argsort(np.flip(a, axis=axis), axis=axis, kind="stable"), axis=axis)

    return _host(lambda a: order(a).astype(np.int64))(x)


@hookimpl
def sort(x: Any, axis: Any, descending: Any, stable: Any) -> Any:
    result = mx.sort(x, axis=axis)
    return flip(result, axis) if descending else result


@hookimpl
def all(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return mx.all(x, axis=axis, keepdims=keepdims)


@hookimpl
def any(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return mx.any(x, axis=axis, keepdims=keepdims)


@hookimpl
def diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    parts = [p for p in (prepend, x, append) if p is not None]
    if len(parts) > 1:
        x = concat(parts, axis)
    for _ in range(n):
        length = x.shape[axis]
        x = mx.take(x, mx.arange(1, length), axis=axis) - mx.take(x, mx.arange(0, length - 1), axis=axis)
    return x
