"""Statistical functions.

Paddle sums int8 in int8 (the standard: in the default integer), reads an
empty axis list as "every axis", and has no reduction kernels for several
dtypes; the hooks below fix all three. The standard accumulates unsigned
integers in uint64, which Paddle lacks: those sums are emulated (see
``_unsigned``).
"""

from __future__ import annotations

import math
from typing import Any

import paddle
from paddle import _C_ops

from ivy.plugin import normalize_axes
from ivy_backend_paddle import _unsigned
from ivy_backend_paddle._common import (
    BOOL,
    COMPLEX,
    F32,
    HALF,
    I64,
    IVY,
    SIGNED,
    U8,
    WIDE,
    Tensor,
    cast,
    hookimpl,
    numel,
)
from ivy_backend_paddle._unsigned import U64
from ivy_backend_paddle.manipulation import widened


def _accumulator(x: Tensor, dtype: Any, function: str) -> Any:
    """The standard's accumulation dtype when none is given: the default
    integer for signed integers and booleans, the input's own for floats."""
    if dtype is not None:
        return dtype
    source = x.dtype
    if source == BOOL or source in SIGNED:
        return I64
    if source == U8:
        return U64  # emulated (see _unsigned)
    return source


def _axes(axis: Any, ndim: int) -> list | None:
    """Axes for Paddle's reductions: None for all; [] stays [] (no reduction)."""
    if axis is None:
        return None
    return list(normalize_axes(axis, ndim))


def _count(x: Tensor, axes: list | None) -> int:
    shape = list(x.shape)
    return math.prod(shape) if axes is None else math.prod(shape[a] for a in axes)


def _reduce(native: Any, x: Tensor, axes: list | None, keepdims: bool, dtype: Any) -> Tensor:
    """``native`` over ``axes`` in ``dtype`` (computed in a wider dtype where Paddle has no kernel)."""
    x = cast(x, dtype)
    if axes == [] or x.ndim == 0:
        return x.clone()
    compute = WIDE.get(dtype)
    if compute is None:
        return native(x, axis=axes, keepdim=keepdims)
    result = native(_C_ops.cast(x, compute), axis=axes, keepdim=keepdims)
    return _C_ops.cast(result, dtype)


@hookimpl
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    target = _accumulator(x, dtype, "sum")
    if target is U64:
        return _unsigned.HANDLERS["sum"](x, axis, U64, keepdims)
    if x.dtype in COMPLEX and target not in COMPLEX:
        x = paddle.real(x)
    return _reduce(lambda t, axis, keepdim: paddle.sum(t, axis=axis, keepdim=keepdim, dtype=t.dtype), x,
                   _axes(axis, x.ndim), keepdims, target)  # fmt: skip


@hookimpl
def prod(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    target = _accumulator(x, dtype, "prod")
    if target is U64:
        return _unsigned.HANDLERS["prod"](x, axis, U64, keepdims)
    if x.dtype in COMPLEX and target not in COMPLEX:
        x = paddle.real(x)
    axes = _axes(axis, x.ndim)
    if numel(x) == 0:
        shape = _reduced_shape(x, axes, keepdims)
        return _C_ops.full(shape, 1, target, x.place)
    return _reduce(lambda t, axis, keepdim: paddle.prod(t, axis=axis, keepdim=keepdim), x, axes, keepdims, target)


def _reduced_shape(x: Tensor, axes: list | None, keepdims: bool) -> list:
    axes = list(range(x.ndim)) if axes is None else axes
    if keepdims:
        return [1 if i in axes else s for i, s in enumerate(x.shape)]
    return [s for i, s in enumerate(x.shape) if i not in axes]


def _extreme(native: Any, name: str) -> Any:
    def function(x: Any, axis: Any, keepdims: Any) -> Any:
        axes = _axes(axis, x.ndim)
        if numel(x) == 0 and axes != []:
            raise ValueError(f"{name}: a zero-size array has no {name}imum")
        return _reduce(native, x, axes, keepdims, x.dtype)

    function.__name__ = name
    return hookimpl(function)


max = _extreme(paddle.max, "max")  # noqa: A001 - the standard's name
min = _extreme(paddle.min, "min")  # noqa: A001 - the standard's name


@hookimpl
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    axes = _axes(axis, x.ndim)
    if axes == [] or x.ndim == 0:
        return x.clone()
    dtype = x.dtype
    if numel(x) == 0:
        nan = complex(math.nan, math.nan) if dtype in COMPLEX else math.nan
        return _C_ops.full(_reduced_shape(x, axes, keepdims), nan, dtype, x.place)
    if dtype in HALF:
        return _C_ops.cast(paddle.mean(_C_ops.cast(x, F32), axis=axes, keepdim=keepdims), dtype)
    return paddle.mean(x, axis=axes, keepdim=keepdims)


def _var(x: Tensor, axis: Any, correction: Any, keepdims: bool) -> Tensor:
    dtype = x.dtype
    if dtype in HALF:
        return _C_ops.cast(_var(_C_ops.cast(x, F32), axis, correction, keepdims), dtype)
    axes = _axes(axis, x.ndim)
    if axes is None:
        axes = list(range(x.ndim))
    count = _count(x, axes)
    shape = _reduced_shape(x, axes, keepdims)
    denominator = count - correction
    if count == 0 or denominator <= 0:
        return _C_ops.full(shape, math.nan, dtype, x.place)
    center = paddle.mean(x, axis=axes, keepdim=True) if axes else x
    deviation = x - center
    squares = deviation * deviation
    if axes:
        squares = paddle.sum(squares, axis=axes, keepdim=keepdims)
    return squares / denominator


@hookimpl
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _var(x, axis, correction, keepdims)


@hookimpl
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return paddle.sqrt(_var(x, axis, correction, keepdims))


def _cumulative(native: Any, initial: int, name: str) -> Any:
    def function(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
        target = _accumulator(x, dtype, name)
        if target is U64:
            return _unsigned.HANDLERS[name](x, axis, U64, include_initial)
        if axis is None:
            if x.ndim > 1:
                raise ValueError(f"{name}: axis is required for arrays of more than one dimension")
            axis = 0
        if x.ndim == 0:
            x = x.reshape([1])
        axis = normalize_axes(axis, x.ndim)[0]
        if x.dtype in COMPLEX and target not in COMPLEX:
            x = paddle.real(x)
        compute = WIDE.get(target, target)
        if numel(x) == 0:
            result = _C_ops.full(list(x.shape), 0, compute, x.place)
        else:
            source, _ = widened(x) if x.dtype not in COMPLEX else (x, None)
            result = cast(native(cast(source, compute), axis), compute)  # Paddle's cumsum makes int32 int64
        if include_initial:
            shape = list(result.shape)
            shape[axis] = 1
            result = paddle.concat([_C_ops.full(shape, initial, compute, x.place), result], axis=axis)
        return cast(result, target)

    function.__name__ = name
    return hookimpl(function)


cumulative_sum = _cumulative(lambda t, axis: paddle.cumsum(t, axis=axis), 0, "cumulative_sum")
cumulative_prod = _cumulative(lambda t, axis: paddle.cumprod(t, dim=axis), 1, "cumulative_prod")

__all__ = ["IVY"]
