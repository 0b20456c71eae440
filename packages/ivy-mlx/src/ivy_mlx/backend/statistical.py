"""Statistical functions on ``mlx.core``; the standard's accumulation dtypes are resolved here."""

from __future__ import annotations

import math
from typing import Any

import mlx.core as mx

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import INTEGERS, NATIVE, UNSIGNED


def _accumulator(x: Any, dtype: Any) -> Any:
    """The dtype a sum or product accumulates in: the one given, else the default integer
    of the input's signedness for integers and booleans, else the input's own."""
    if dtype is not None:
        return dtype
    if x.dtype in UNSIGNED:
        return NATIVE["uint64"]
    if x.dtype in INTEGERS or x.dtype == mx.bool_:
        return NATIVE["int64"]
    return x.dtype


def _reduce(native: Any) -> Any:
    def function(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
        return native(x.astype(_accumulator(x, dtype)), axis=axis, keepdims=keepdims)

    return function


sum = hookimpl(_reduce(mx.sum))  # noqa: A001 - the standard's name
prod = hookimpl(_reduce(mx.prod))


@hookimpl
def max(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return mx.max(x, axis=axis, keepdims=keepdims)


@hookimpl
def min(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return mx.min(x, axis=axis, keepdims=keepdims)


@hookimpl
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    return mx.mean(x, axis=axis, keepdims=keepdims)


@hookimpl
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    """Mean squared deviation over ``count - correction`` (MLX's var takes no float
    correction and gives inf, not the standard's nan, where that divisor is <= 0)."""
    axes = range(x.ndim) if axis is None else (axis,) if isinstance(axis, int) else axis
    count = math.prod(x.shape[a] for a in axes)
    centred = x - mx.mean(x, axis=axis, keepdims=True)
    total = mx.sum(centred * centred, axis=axis, keepdims=keepdims)
    divisor = count - correction
    return total / divisor if divisor > 0 else total * float("nan")


@hookimpl
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return mx.sqrt(var(x, axis, correction, keepdims))


def _cumulative(native: Any, identity: int) -> Any:
    def function(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
        x = x.astype(_accumulator(x, dtype))
        if axis is None:
            x, axis = x.reshape(-1), 0
        result = native(x, axis=axis)
        if include_initial:
            shape = list(x.shape)
            shape[axis] = 1
            result = mx.concatenate([mx.full(shape, identity, dtype=x.dtype), result], axis=axis)
        return result

    return function


cumulative_sum = hookimpl(_cumulative(mx.cumsum, 0))
cumulative_prod = hookimpl(_cumulative(mx.cumprod, 1))
