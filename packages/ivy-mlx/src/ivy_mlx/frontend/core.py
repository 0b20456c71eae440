"""``mlx.core`` emulated with ``ivy`` calls (MLX's names, signatures and layouts: convolutions
take channels-last input and ``(out, *kernel, in)`` weights)."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

import ivy
from ivy_mlx.frontend._array import Array, to_ivy, wrap


def ivy_dtype(dtype: Any) -> Any:
    """An MLX dtype (or an ivy one) as ivy's."""
    if dtype is None or isinstance(dtype, ivy.DType):
        return dtype
    name = str(dtype).rsplit(".", 1)[-1]
    return getattr(ivy, "bool" if name == "bool_" else name)


def _unary(function: Any) -> Any:
    def emulated(a: Any, /, *, stream: Any = None) -> Array:
        return wrap(function(to_ivy(a)))

    return emulated


def _binary(function: Any) -> Any:
    def emulated(a: Any, b: Any, /, *, stream: Any = None) -> Array:
        return wrap(function(to_ivy(a), to_ivy(b)))

    return emulated


def _reduction(function: Any) -> Any:
    def emulated(a: Any, /, axis: Any = None, keepdims: bool = False, *, stream: Any = None) -> Array:
        return wrap(function(to_ivy(a), axis=axis, keepdims=keepdims))

    return emulated


_UNARY = dict(
    abs=ivy.abs, exp=ivy.exp, log=ivy.log, log1p=ivy.log1p, sqrt=ivy.sqrt, square=ivy.square,
    sin=ivy.sin, cos=ivy.cos, tan=ivy.tan, tanh=ivy.tanh, sinh=ivy.sinh, cosh=ivy.cosh,
    arcsin=ivy.asin, arccos=ivy.acos, arctan=ivy.atan, negative=ivy.negative, sign=ivy.sign,
    floor=ivy.floor, ceil=ivy.ceil, reciprocal=ivy.reciprocal, logical_not=ivy.logical_not,
    isnan=ivy.isnan, isinf=ivy.isinf, expm1=ivy.expm1, log2=ivy.log2, log10=ivy.log10,
    sigmoid=ivy.nn.sigmoid, erf=ivy.erf, erfinv=ivy.erfinv,
    rsqrt=lambda x: ivy.reciprocal(ivy.sqrt(x)),
    stop_gradient=ivy.stop_gradient,
)  # fmt: skip
_BINARY = dict(
    add=ivy.add, subtract=ivy.subtract, multiply=ivy.multiply, divide=ivy.divide, power=ivy.pow,
    maximum=ivy.maximum, minimum=ivy.minimum, matmul=ivy.matmul, equal=ivy.equal, not_equal=ivy.not_equal,
    greater=ivy.greater, greater_equal=ivy.greater_equal, less=ivy.less, less_equal=ivy.less_equal,
    logaddexp=ivy.logaddexp, arctan2=ivy.atan2, remainder=ivy.remainder, floor_divide=ivy.floor_divide,
    logical_and=ivy.logical_and, logical_or=ivy.logical_or, outer=ivy.linalg.outer,
)  # fmt: skip
_REDUCTIONS = dict(sum=ivy.sum, mean=ivy.mean, max=ivy.max, min=ivy.min, prod=ivy.prod, all=ivy.all, any=ivy.any)

globals().update({name: _unary(f) for name, f in _UNARY.items() if f is not None})
globals().update({name: _binary(f) for name, f in _BINARY.items()})
globals().update({name: _reduction(f) for name, f in _REDUCTIONS.items()})


def array(value: Any, dtype: Any = None) -> Array:
    return Array(ivy.asarray(to_ivy(value), dtype=ivy_dtype(dtype) or _default_dtype(value)))


def _default_dtype(value: Any) -> Any:
    """MLX's defaults: float32 for floats, int32 for ints (not the core's 64-bit ones)."""
    if isinstance(value, (Array, ivy.Array)):
        return None
    kind = np.asarray(value).dtype.kind
    return {"f": ivy.float32, "i": ivy.int32, "u": ivy.uint32, "b": ivy.bool, "c": ivy.complex64}.get(kind)


def _creation(function: Any) -> Any:
    def emulated(shape: Any, dtype: Any = None, *, stream: Any = None) -> Array:
        return Array(
            function(shape if isinstance(shape, (tuple, list)) else (shape,), dtype=ivy_dtype(dtype) or ivy.float32)
        )

    return emulated


zeros, ones = _creation(ivy.zeros), _creation(ivy.ones)


def zeros_like(a: Any, /, *, stream: Any = None) -> Array:
    return Array(ivy.zeros_like(to_ivy(a)))


def ones_like(a: Any, /, *, stream: Any = None) -> Array:
    return Array(ivy.ones_like(to_ivy(a)))


def full(shape: Any, vals: Any, dtype: Any = None, *, stream: Any = None) -> Array:
    values = to_ivy(vals)
    dtype = ivy_dtype(dtype) or (values.dtype if isinstance(values, ivy.Array) else _default_dtype(values))
    shape = shape if isinstance(shape, (tuple, list)) else (shape,)
    return Array(ivy.broadcast_to(ivy.astype(ivy.asarray(values), dtype), tuple(shape)))


def arange(start: Any, stop: Any = None, step: Any = None, dtype: Any = None, *, stream: Any = None) -> Array:
    if stop is None:
        start, stop = 0, start
    default = ivy.float32 if any(isinstance(v, float) for v in (start, stop, step)) else ivy.int32
    return Array(ivy.arange(start, stop, step or 1, dtype=ivy_dtype(dtype) or default))


def addmm(c: Any, a: Any, b: Any, /, alpha: float = 1.0, beta: float = 1.0, *, stream: Any = None) -> Array:
    product = ivy.matmul(to_ivy(a), to_ivy(b))
    return Array(ivy.add(product * alpha if alpha != 1.0 else product, to_ivy(c) * beta if beta != 1.0 else to_ivy(c)))


def reshape(a: Any, /, shape: Any, *, stream: Any = None) -> Array:
    return Array(ivy.reshape(to_ivy(a), tuple(shape)))


def flatten(a: Any, /, start_axis: int = 0, end_axis: int = -1, *, stream: Any = None) -> Array:
    x = to_ivy(a)
    shape = tuple(x.shape)
    if not shape:
        return Array(ivy.reshape(x, (1,)))
    start, end = start_axis % len(shape), end_axis % len(shape)
    return Array(ivy.reshape(x, (*shape[:start], -1, *shape[end + 1 :])))


def transpose(a: Any, /, axes: Any = None, *, stream: Any = None) -> Array:
    x = to_ivy(a)
    return Array(ivy.permute_dims(x, tuple(axes) if axes is not None else tuple(reversed(range(x.ndim)))))


def swapaxes(a: Any, /, axis1: int, axis2: int, *, stream: Any = None) -> Array:
    return Array(to_ivy(a)).swapaxes(axis1, axis2) if not isinstance(a, Array) else a.swapaxes(axis1, axis2)


def expand_dims(a: Any, /, axis: Any, *, stream: Any = None) -> Array:
    return Array(ivy.expand_dims(to_ivy(a), axis=axis))


def squeeze(a: Any, /, axis: Any = None, *, stream: Any = None) -> Array:
    x = to_ivy(a)
    if axis is None:
        axis = tuple(i for i, n in enumerate(x.shape) if n == 1)
    return Array(ivy.squeeze(x, axis=axis))


def concatenate(arrays: Any, axis: int = 0, *, stream: Any = None) -> Array:
    return Array(ivy.concat([to_ivy(a) for a in arrays], axis=axis))


def stack(arrays: Any, axis: int = 0, *, stream: Any = None) -> Array:
    return Array(ivy.stack([to_ivy(a) for a in arrays], axis=axis))


def split(a: Any, /, indices_or_sections: Any, axis: int = 0, *, stream: Any = None) -> list:
    x = to_ivy(a)
    size = x.shape[axis]
    if isinstance(indices_or_sections, int):
        step = size // indices_or_sections
        bounds = list(range(step, size, step))[: indices_or_sections - 1]
    else:
        bounds = list(indices_or_sections)
    edges = [0, *bounds, size]
    index = [slice(None)] * x.ndim
    parts = []
    for lo, hi in itertools.pairwise(edges):
        index[axis] = slice(lo, hi)
        parts.append(Array(x[tuple(index)]))
    return parts


def where(condition: Any, x: Any, y: Any, /, *, stream: Any = None) -> Array:
    return Array(ivy.where(to_ivy(condition), to_ivy(x), to_ivy(y)))


def clip(a: Any, /, a_min: Any, a_max: Any, *, stream: Any = None) -> Array:
    return Array(ivy.clip(to_ivy(a), to_ivy(a_min), to_ivy(a_max)))


def softmax(a: Any, /, axis: Any = None, *, precise: bool = False, stream: Any = None) -> Array:
    return Array(ivy.nn.softmax(to_ivy(a), axis=-1 if axis is None else axis))


def logsumexp(a: Any, /, axis: Any = None, keepdims: bool = False, *, stream: Any = None) -> Array:
    x = to_ivy(a)
    peak = ivy.stop_gradient(ivy.max(x, axis=axis, keepdims=True))
    total = ivy.log(ivy.sum(ivy.exp(x - peak), axis=axis, keepdims=True)) + peak
    return Array(total if keepdims else ivy.squeeze(total, axis=axis if axis is not None else tuple(range(x.ndim))))


def var(a: Any, /, axis: Any = None, keepdims: bool = False, ddof: int = 0, *, stream: Any = None) -> Array:
    return Array(ivy.var(to_ivy(a), axis=axis, keepdims=keepdims, correction=ddof))


def argmax(a: Any, /, axis: Any = None, keepdims: bool = False, *, stream: Any = None) -> Array:
    return Array(ivy.astype(ivy.argmax(to_ivy(a), axis=axis, keepdims=keepdims), ivy.uint32))


def take_along_axis(a: Any, /, indices: Any, axis: Any = None, *, stream: Any = None) -> Array:
    return Array(ivy.take_along_axis(to_ivy(a), to_ivy(indices), axis=axis))


def cumsum(a: Any, /, axis: Any = None, *, reverse: bool = False, inclusive: bool = True, stream: Any = None) -> Array:
    x = to_ivy(a)
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    if reverse or not inclusive:
        raise NotImplementedError("mlx.core.cumsum: reverse and exclusive sums are not emulated yet")
    return Array(ivy.cumulative_sum(x, axis=axis))


def _conv(n: int) -> Any:
    def conv(
        input: Any,  # noqa: A002 - MLX's name
        weight: Any,
        /,
        stride: Any = 1,
        padding: Any = 0,
        dilation: Any = 1,
        groups: int = 1,
        *,
        stream: Any = None,
    ) -> Array:
        w = to_ivy(weight)
        w = ivy.permute_dims(w, (0, n + 1, *range(1, n + 1)))  # (out, *kernel, in) -> (out, in, *kernel)
        function = {1: ivy.nn.conv1d, 2: ivy.nn.conv2d, 3: ivy.nn.conv3d}[n]
        return Array(
            function(
                to_ivy(input), w, stride=stride, padding=padding, dilation=dilation, groups=groups, channels_last=True
            )
        )

    return conv


conv1d, conv2d, conv3d = _conv(1), _conv(2), _conv(3)


def issubdtype(a: Any, b: Any) -> bool:
    from ivy_mlx.frontend._real import real_core

    mx = real_core()
    return mx.issubdtype(a if not isinstance(a, ivy.DType) else getattr(mx, str(a).split(".")[-1]), b)


def layer_norm(x: Any, weight: Any, bias: Any, eps: float, *, stream: Any = None) -> Array:
    a = to_ivy(x)
    w, b = to_ivy(weight), to_ivy(bias)
    return Array(ivy.nn.layer_norm(a, (a.shape[-1],), w, b, eps=eps))


def rms_norm(x: Any, weight: Any, eps: float, *, stream: Any = None) -> Array:
    a = to_ivy(x)
    normed = a * ivy.reciprocal(ivy.sqrt(ivy.mean(ivy.square(a), axis=-1, keepdims=True) + eps))
    return Array(normed if weight is None else normed * to_ivy(weight))


#: the ``mlx.core`` functions this module emulates
NAMES = sorted(
    name for name, value in list(globals().items()) if callable(value) and not name.startswith("_") and name not in (
        "Array", "to_ivy", "wrap", "ivy_dtype", "annotations", "Any",
    )
)  # fmt: skip
FAST = ("layer_norm", "rms_norm")
