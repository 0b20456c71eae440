"""Statistical functions.

Sums and products of booleans and integers accumulate in the default
integer of the same signedness (the standard's rule; TensorFlow keeps the
input dtype). ``std``/``var`` take a ``correction``, which TensorFlow's
reductions lack. ``max``/``min`` of nothing raise, as NumPy does
(TensorFlow would return -inf/+inf or the dtype's extremes).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, normalize_axes
from ivy_backend_tensorflow._common import BOOL, INT64, REAL_OF, SIGNED, UINT64, UNSIGNED, as_tensor, cast

_m = tf.math


def accumulator(x: tf.Tensor, dtype: Any) -> tf.Tensor:
    """``x`` in the dtype its sum or product is computed in."""
    if dtype is None:
        if x.dtype is BOOL or x.dtype in SIGNED:
            dtype = INT64
        elif x.dtype in UNSIGNED:
            dtype = UINT64
        else:
            return x
    if x.dtype is BOOL and dtype.is_complex:
        x = tf.cast(x, tf.float64)
    return cast(x, dtype)


def _axes(axis: Any, x: tf.Tensor) -> Any:
    if axis is None:
        return None
    return normalize_axes(axis, x.shape.rank)


def _count(x: tf.Tensor, axes: Any) -> int:
    shape = tuple(x.shape)
    if axes is None:
        return int(np.prod(shape, dtype=np.int64))
    return int(np.prod([shape[a] for a in axes], dtype=np.int64))


@hookimpl
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    x = as_tensor(x)
    return tf.reduce_sum(accumulator(x, dtype), axis=_axes(axis, x), keepdims=keepdims)


@hookimpl
def prod(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    x = as_tensor(x)
    return tf.reduce_prod(accumulator(x, dtype), axis=_axes(axis, x), keepdims=keepdims)


def _extreme(reduce: Any, name: str) -> Any:
    def hook(x: Any, axis: Any, keepdims: Any) -> Any:
        x = as_tensor(x)
        axes = _axes(axis, x)
        if _count(x, axes) == 0 and x.shape.rank:
            raise ValueError(f"{name}: zero-size reduction has no identity")
        if x.dtype is BOOL:
            reduce_bool = tf.reduce_any if name == "max" else tf.reduce_all
            return reduce_bool(x, axis=axes, keepdims=keepdims)
        return reduce(x, axis=axes, keepdims=keepdims)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


max = _extreme(tf.reduce_max, "max")  # noqa: A001 - the standard's name
min = _extreme(tf.reduce_min, "min")  # noqa: A001 - the standard's name


@hookimpl
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    x = as_tensor(x)
    axes = _axes(axis, x)
    if _count(x, axes) == 0:
        total = tf.reduce_sum(x, axis=axes, keepdims=keepdims)
        return total / tf.zeros((), x.dtype)  # nan, as NumPy gives
    return tf.reduce_mean(x, axis=axes, keepdims=keepdims)


#: the smallest magnitude whose IEEE square is not zero (about the square root of the smallest subnormal)
_SMALLEST_SQUARED = {tf.float16: 2.0**-12, tf.bfloat16: 2.0**-67, tf.float32: 2.0**-75, tf.float64: 2.0**-537}


def _variance(x: tf.Tensor, axis: Any, correction: Any, keepdims: bool, root: bool = False) -> tf.Tensor:
    """The variance, or with ``root`` the standard deviation.

    TensorFlow flushes subnormal results to zero, so the standard deviation of
    ``[0, 1e-156]`` would be 0 where IEEE arithmetic (NumPy's) keeps the subnormal
    squares. Deviations below 1 whose squares IEEE would not make zero are therefore
    scaled up to 1 before they are squared; smaller ones underflow to 0 as they do
    in IEEE arithmetic, and huge ones overflow as they do there.
    """
    axes = _axes(axis, x)
    count = _count(x, axes)
    centred = x - tf.reduce_mean(x, axis=axes, keepdims=True) if count else x
    real = REAL_OF.get(x.dtype, x.dtype)
    scale = None
    if root and count:
        largest = tf.reduce_max(_m.abs(centred), axis=axes, keepdims=True)
        one = tf.ones((), real)
        scale = tf.where((largest >= _SMALLEST_SQUARED[real]) & (largest < one), largest, one)
        centred = centred / (tf.cast(scale, x.dtype) if x.dtype.is_complex else scale)
    squares = _m.real(centred * _m.conj(centred)) if x.dtype.is_complex else _m.square(centred)
    total = tf.reduce_sum(squares, axis=axes, keepdims=keepdims)
    degrees = float(count) - float(correction)
    # No degrees of freedom left: NaN (the standard), where total / 0 would give inf.
    divisor = tf.constant(degrees if degrees > 0 else math.nan, real)
    if not root:
        return total / divisor
    result = _m.sqrt(total / divisor)
    if scale is None:
        return result
    return result * (scale if keepdims else tf.reshape(scale, tf.shape(result)))


@hookimpl
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _variance(as_tensor(x), axis, correction, keepdims)


@hookimpl
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _variance(as_tensor(x), axis, correction, keepdims, root=True)


def _cumulative(kernel: Any, initial: int, name: str) -> Any:
    def hook(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
        x = accumulator(as_tensor(x), dtype)
        if axis is None:
            if x.shape.rank > 1:
                raise ValueError(f"{name}: axis must be given for an array of more than one dimension")
            x = tf.reshape(x, [-1])
            axis = 0
        axis = normalize_axes(axis, x.shape.rank)[0]
        result = kernel(x, axis=axis)
        if include_initial:
            shape = list(x.shape)
            shape[axis] = 1
            first = tf.fill(shape, tf.constant(initial, x.dtype))
            result = tf.concat([first, result], axis)
        return result

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


cumulative_sum = _cumulative(tf.cumsum, 0, "cumulative_sum")
cumulative_prod = _cumulative(_m.cumprod, 1, "cumulative_prod")
