"""Shape, reduction, cumulative and sorting ``jax.lax`` primitives on ivy arrays (params as in jaxprs)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ivy
from ivy_frontends._shared.math import maximum as _max
from ivy_frontends._shared.math import minimum as _min
from ivy_frontends.jax import _dtypes


def convert_element_type(x: ivy.Array, new_dtype: Any, **params: Any) -> ivy.Array:
    """Cast (float to integer truncates toward zero; complex to real keeps the real part)."""
    d = _dtypes.canonical(new_dtype)
    if x.dtype.kind == "c" and d.kind != "c":
        x = ivy.real(x)
    return x if x.dtype.name == d.name else ivy.astype(x, d.ivy)


def broadcast_in_dim(
    x: ivy.Array, shape: Sequence[int], broadcast_dimensions: Sequence[int], **params: Any
) -> ivy.Array:
    """Place operand dim i at output dim ``broadcast_dimensions[i]`` and broadcast to ``shape``."""
    inter = [1] * len(shape)
    for i, d in enumerate(broadcast_dimensions):
        inter[d] = x.shape[i]
    return ivy.broadcast_to(ivy.reshape(x, tuple(inter)), tuple(shape))


def reshape(x: ivy.Array, new_sizes: Sequence[int], dimensions: Any = None, **params: Any) -> ivy.Array:
    """Row-major reshape, after transposing by ``dimensions`` when given."""
    if dimensions is not None:
        x = ivy.permute_dims(x, tuple(dimensions))
    return ivy.reshape(x, tuple(new_sizes))


def transpose(x: ivy.Array, permutation: Sequence[int], **params: Any) -> ivy.Array:
    return ivy.permute_dims(x, tuple(permutation))


def squeeze(x: ivy.Array, dimensions: Sequence[int], **params: Any) -> ivy.Array:
    dims = tuple(d % x.ndim for d in dimensions)
    return ivy.reshape(x, tuple(s for i, s in enumerate(x.shape) if i not in dims))


def expand_dims(x: ivy.Array, dimensions: Sequence[int], **params: Any) -> ivy.Array:
    shape = list(x.shape)
    n = len(shape) + len(dimensions)
    for d in sorted(d % n for d in dimensions):
        shape.insert(d, 1)
    return ivy.reshape(x, tuple(shape))


def concatenate(*operands: ivy.Array, dimension: int, **params: Any) -> ivy.Array:
    return ivy.concat(list(operands), axis=dimension)


def rev(x: ivy.Array, dimensions: Sequence[int], **params: Any) -> ivy.Array:
    return ivy.flip(x, axis=tuple(dimensions)) if dimensions else x


def _interior(x: ivy.Array, axis: int, k: int, value: ivy.Array) -> ivy.Array:
    n = x.shape[axis]
    if k <= 0 or n <= 1:
        return x
    moved = ivy.moveaxis(x, axis, -1)
    fill = ivy.broadcast_to(value, (*moved.shape, k))
    woven = ivy.concat([ivy.expand_dims(moved, axis=-1), fill], axis=-1)
    flat = ivy.reshape(woven, (*moved.shape[:-1], n * (k + 1)))[..., : n + (n - 1) * k]
    return ivy.moveaxis(flat, -1, axis)


def pad(x: ivy.Array, padding_value: Any, padding_config: Sequence[Sequence[int]], **params: Any) -> ivy.Array:
    """Pad each dim by (low, high, interior); negative low/high crop."""
    value = (
        ivy.astype(ivy.asarray(padding_value), x.dtype) if not isinstance(padding_value, ivy.Array) else padding_value
    )
    value = ivy.astype(value, x.dtype)
    for axis, (lo, hi, interior) in enumerate(padding_config):
        x = _interior(x, axis, int(interior), value)
        for amount, front in ((int(lo), True), (int(hi), False)):
            if amount > 0:
                shape = list(x.shape)
                shape[axis] = amount
                block = ivy.broadcast_to(value, tuple(shape))
                x = ivy.concat([block, x] if front else [x, block], axis=axis)
            elif amount < 0:
                idx = [slice(None)] * x.ndim
                idx[axis] = slice(-amount, None) if front else slice(None, x.shape[axis] + amount)
                x = x[tuple(idx)]
    return x


def slice_p(
    x: ivy.Array, start_indices: Sequence[int], limit_indices: Sequence[int], strides: Any = None, **p: Any
) -> ivy.Array:
    strides = strides or (1,) * x.ndim
    return x[
        tuple(slice(int(s), int(e), int(t)) for s, e, t in zip(start_indices, limit_indices, strides, strict=True))
    ]


def iota(dtype: Any, shape: Sequence[int], dimension: int, **params: Any) -> ivy.Array:
    d = _dtypes.canonical(dtype)
    r = ivy.arange(shape[dimension], dtype=d.ivy)
    inter = [1] * len(shape)
    inter[dimension] = shape[dimension]
    return ivy.broadcast_to(ivy.reshape(r, tuple(inter)), tuple(shape))


def _reducer(fn: Callable[..., ivy.Array]) -> Callable[..., ivy.Array]:
    def run(x: ivy.Array, axes: Sequence[int], **params: Any) -> ivy.Array:
        if not axes:
            return x
        out = fn(x, axis=tuple(axes))
        return out if out.dtype == x.dtype else ivy.astype(out, x.dtype)

    return run


def _reduce_max(x: ivy.Array, axis: tuple[int, ...]) -> ivy.Array:
    out = ivy.max(x, axis=axis)
    if x.dtype.kind == "f":
        out = ivy.where(ivy.any(ivy.isnan(x), axis=axis), ivy.full_like(out, float("nan")), out)
    return out


def _reduce_min(x: ivy.Array, axis: tuple[int, ...]) -> ivy.Array:
    out = ivy.min(x, axis=axis)
    if x.dtype.kind == "f":
        out = ivy.where(ivy.any(ivy.isnan(x), axis=axis), ivy.full_like(out, float("nan")), out)
    return out


def _reduce_xor(x: ivy.Array, axis: tuple[int, ...]) -> ivy.Array:
    return ivy.remainder(ivy.sum(ivy.astype(x, ivy.int64), axis=axis), 2) == 1


REDUCTIONS = {
    "reduce_sum": _reducer(ivy.sum),
    "reduce_prod": _reducer(ivy.prod),
    "reduce_max": _reducer(_reduce_max),
    "reduce_min": _reducer(_reduce_min),
    "reduce_and": _reducer(ivy.all),
    "reduce_or": _reducer(ivy.any),
    "reduce_xor": _reducer(_reduce_xor),
}


def _arg(fn: Callable[..., ivy.Array]) -> Callable[..., ivy.Array]:
    def run(x: ivy.Array, axes: Sequence[int], index_dtype: Any, **params: Any) -> ivy.Array:
        (axis,) = axes
        if x.dtype.kind == "f":  # NaN wins, like XLA
            nan = ivy.isnan(x)
            first_nan = ivy.argmax(ivy.astype(nan, ivy.int32), axis=axis)
            out = ivy.where(ivy.any(nan, axis=axis), first_nan, fn(x, axis=axis))
        else:
            out = fn(x, axis=axis)
        return ivy.astype(out, _dtypes.canonical(index_dtype).ivy)

    return run


def _shifted(x: ivy.Array, k: int, fill: ivy.Array) -> ivy.Array:
    n = x.shape[-1]
    head = ivy.broadcast_to(fill, (*x.shape[:-1], min(k, n)))
    return ivy.concat([head, x[..., : max(n - k, 0)]], axis=-1)


def _scan(op: Callable[..., ivy.Array], identity: float) -> Callable[..., ivy.Array]:
    def run(x: ivy.Array, axis: int, reverse: bool = False, **params: Any) -> ivy.Array:
        y = ivy.moveaxis(x, axis, -1)
        if reverse:
            y = ivy.flip(y, axis=-1)
        fill = ivy.astype(ivy.asarray(identity), y.dtype) if y.dtype.kind in "fc" else _int_identity(y, identity)
        k = 1
        while k < y.shape[-1]:
            y = op(y, _shifted(y, k, fill))
            k *= 2
        if reverse:
            y = ivy.flip(y, axis=-1)
        return ivy.moveaxis(y, -1, axis)

    return run


def _int_identity(y: ivy.Array, identity: float) -> ivy.Array:
    if y.dtype.kind == "b":
        return ivy.asarray(identity > 0)
    info = ivy.iinfo(y.dtype)
    value = info.max if identity > 0 else info.min if identity < 0 else 0
    return ivy.asarray(value, dtype=y.dtype)


def _cumsum(x: ivy.Array, axis: int, reverse: bool = False, **params: Any) -> ivy.Array:
    y = ivy.flip(x, axis=axis) if reverse else x
    y = ivy.cumulative_sum(y, axis=axis, dtype=x.dtype)
    return ivy.flip(y, axis=axis) if reverse else y


def _cumprod(x: ivy.Array, axis: int, reverse: bool = False, **params: Any) -> ivy.Array:
    y = ivy.flip(x, axis=axis) if reverse else x
    y = ivy.cumulative_prod(y, axis=axis, dtype=x.dtype)
    return ivy.flip(y, axis=axis) if reverse else y


CUMULATIVE = {
    "cumsum": _cumsum,
    "cumprod": _cumprod,
    "cummax": _scan(_max, float("-inf")),
    "cummin": _scan(_min, float("inf")),
    "cumlogsumexp": _scan(ivy.logaddexp, float("-inf")),
}


def sort(*operands: ivy.Array, dimension: int = -1, is_stable: bool = True, num_keys: int = 1, **p: Any) -> Any:
    """Sort all operands along ``dimension`` by the first ``num_keys`` (lexicographic)."""
    order = None
    for key in reversed(operands[:num_keys]):
        k = key if order is None else ivy.take_along_axis(key, order, axis=dimension)
        o = ivy.argsort(k, axis=dimension, stable=True)
        order = o if order is None else ivy.take_along_axis(order, o, axis=dimension)
    return tuple(ivy.take_along_axis(x, order, axis=dimension) for x in operands)


def top_k(x: ivy.Array, k: int, **params: Any) -> tuple[ivy.Array, ivy.Array]:
    order = ivy.argsort(x, axis=-1, descending=True, stable=True)[..., :k]
    return ivy.take_along_axis(x, order, axis=-1), ivy.astype(order, ivy.int32)


def split(x: ivy.Array, sizes: Sequence[int], axis: int, **params: Any) -> tuple[ivy.Array, ...]:
    out, start = [], 0
    for s in sizes:
        idx = [slice(None)] * x.ndim
        idx[axis] = slice(start, start + s)
        out.append(x[tuple(idx)])
        start += s
    return tuple(out)


def select_n(which: ivy.Array, *cases: ivy.Array) -> ivy.Array:
    """``cases[which]`` elementwise (a boolean ``which`` picks between two cases)."""
    if len(cases) == 1:
        return cases[0]
    if which.dtype.kind == "b":
        return ivy.where(which, cases[1], cases[0])
    out = cases[-1]
    for i in range(len(cases) - 2, -1, -1):
        out = ivy.where(which == i, cases[i], out)
    return out


def clamp(lo: ivy.Array, x: ivy.Array, hi: ivy.Array) -> ivy.Array:
    return _min(_max(x, ivy.astype(lo, x.dtype)), ivy.astype(hi, x.dtype))


def argmax(x: ivy.Array, axes: Sequence[int], index_dtype: Any, **p: Any) -> ivy.Array:
    return _arg(ivy.argmax)(x, axes, index_dtype)


def argmin(x: ivy.Array, axes: Sequence[int], index_dtype: Any, **p: Any) -> ivy.Array:
    return _arg(ivy.argmin)(x, axes, index_dtype)
