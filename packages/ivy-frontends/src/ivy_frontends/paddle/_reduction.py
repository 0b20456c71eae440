# ruff: noqa: A001 - paddle's own argument and function names (max, min, sum, ...)
"""Reductions and scans with paddle's ``axis``/``keepdim`` arguments and result dtypes."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap


def axes(axis: Any) -> Any:
    """paddle's axis forms (int, list, tuple, Tensor, None) as an ivy axis."""
    if axis is None:
        return None
    if isinstance(axis, Tensor):
        axis = axis.tolist()
    if isinstance(axis, (list, tuple)):
        return tuple(int(a) for a in axis) if len(axis) else None
    return int(axis)


def _dtype(d: Any) -> Any:
    return None if d is None else D.to_dtype(d)._ivy


@register()
def sum(x: Any, axis: Any = None, dtype: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.sum: bool and integer inputs sum to int64 unless ``dtype`` is given."""
    a = as_ivy(x)
    d = _dtype(dtype)
    if d is None and a.dtype.kind in "biu":
        d = ivy.int64
    if d is not None:
        a = ivy.astype(a, d)
    return wrap(ivy.sum(a, axis=axes(axis), dtype=a.dtype, keepdims=keepdim))


@register()
def nansum(x: Any, axis: Any = None, dtype: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.nansum: NaNs count as zero."""
    a = as_ivy(x)
    if a.dtype.kind in "fc":
        a = ivy.where(ivy.isnan(a), ivy.zeros_like(a), a)
    return sum(wrap(a), axis, dtype, keepdim)


def _int_safe(f: Any, a: Any, **kw: Any) -> Any:
    if a.dtype.kind in "fc":
        return f(a, **kw)
    return ivy.astype(f(ivy.astype(a, ivy.float64), **kw), a.dtype)


@register()
def mean(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.mean (integer inputs keep their dtype)."""
    return wrap(_int_safe(ivy.mean, as_ivy(x), axis=axes(axis), keepdims=keepdim))


@register()
def nanmean(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.nanmean."""
    a = as_ivy(x)
    ok = ivy.logical_not(ivy.isnan(a))
    s = ivy.sum(ivy.where(ok, a, ivy.zeros_like(a)), axis=axes(axis), keepdims=keepdim)
    n = ivy.sum(ivy.astype(ok, a.dtype), axis=axes(axis), keepdims=keepdim)
    return wrap(ivy.divide(s, n))


def _extreme(f: Any, name: str) -> Any:
    def op(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
        return wrap(f(as_ivy(x), axis=axes(axis), keepdims=keepdim))

    return named(op, name, f"paddle.{name}: over ``axis`` (all axes by default).")


for _n, _f in (("max", ivy.max), ("min", ivy.min), ("amax", ivy.max), ("amin", ivy.min)):
    register(_n)(_extreme(_f, _n))


@register()
def prod(x: Any, axis: Any = None, keepdim: bool = False, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.prod: keeps the dtype unless ``dtype`` is given."""
    a = as_ivy(x)
    if dtype is not None:
        a = ivy.astype(a, _dtype(dtype))
    return wrap(ivy.prod(a, axis=axes(axis), dtype=a.dtype, keepdims=keepdim))


@register()
def std(x: Any, axis: Any = None, unbiased: bool = True, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.std: Bessel-corrected by default."""
    return wrap(_int_safe(ivy.std, as_ivy(x), axis=axes(axis), correction=int(unbiased), keepdims=keepdim))


@register()
def var(x: Any, axis: Any = None, unbiased: bool = True, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.var: Bessel-corrected by default."""
    return wrap(_int_safe(ivy.var, as_ivy(x), axis=axes(axis), correction=int(unbiased), keepdims=keepdim))


@register()
def logsumexp(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.logsumexp."""
    a = as_ivy(x)
    if a.dtype.kind not in "fc":
        a = ivy.astype(a, D.default_float()._ivy)
    return wrap(ivy.logsumexp(a, axis=axes(axis), keepdims=keepdim))


@register("all")
def all_(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.all."""
    return wrap(ivy.all(as_ivy(x), axis=axes(axis), keepdims=keepdim))


@register("any")
def any_(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.any."""
    return wrap(ivy.any(as_ivy(x), axis=axes(axis), keepdims=keepdim))


def _arg(f: Any, name: str) -> Any:
    def op(x: Any, axis: Any = None, keepdim: bool = False, dtype: Any = "int64", name: str | None = None) -> Tensor:
        a = as_ivy(x)
        if axis is None:
            out = f(ivy.reshape(a, (-1,)), axis=0)
            if keepdim:
                out = ivy.reshape(out, (1,) * a.ndim)
        else:
            out = f(a, axis=int(axis), keepdims=keepdim)
        return wrap(ivy.astype(out, D.to_dtype(dtype)._ivy))

    return named(op, name, f"paddle.{name}: the index along ``axis`` (of the flattened tensor by default).")


register("argmax")(_arg(ivy.argmax, "argmax"))
register("argmin")(_arg(ivy.argmin, "argmin"))


@register()
def count_nonzero(x: Any, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.count_nonzero: int64 counts."""
    return wrap(ivy.astype(ivy.count_nonzero(as_ivy(x), axis=axes(axis), keepdims=keepdim), ivy.int64))


def _scan_input(x: Any, axis: Any, dtype: Any) -> tuple[Any, int]:
    a = as_ivy(x)
    if dtype is not None:
        a = ivy.astype(a, _dtype(dtype))
    elif a.dtype.kind in "biu" and a.dtype != ivy.int64:
        a = ivy.astype(a, ivy.int64)
    if axis is None:
        return ivy.reshape(a, (-1,)), 0
    return a, int(axis)


@register()
def cumsum(x: Any, axis: Any = None, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.cumsum: over the flattened tensor by default; integers accumulate in int64."""
    a, ax = _scan_input(x, axis, dtype)
    return wrap(ivy.cumulative_sum(a, axis=ax, dtype=a.dtype))


@register()
def cumprod(x: Any, dim: Any = None, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.cumprod."""
    a = as_ivy(x)
    if dtype is not None:
        a = ivy.astype(a, _dtype(dtype))
    if dim is None:
        a, dim = ivy.reshape(a, (-1,)), 0
    return wrap(ivy.cumulative_prod(a, axis=int(dim), dtype=a.dtype))


_MaxResult = namedtuple("_MaxResult", ["values", "indices"])


def _cum_extreme(x: Any, axis: int, larger: bool) -> tuple[Tensor, Tensor]:
    a = as_ivy(x)
    ax = axis % a.ndim
    n = a.shape[ax]
    values, indices = [], []
    idx_shape = [1] * a.ndim
    best = best_i = None
    for i in range(n):
        cur = ivy.take(a, ivy.asarray([i]), axis=ax)
        ci = ivy.full(tuple(cur.shape), i, dtype=ivy.int64)
        if best is None:
            best, best_i = cur, ci
        else:
            take_new = ivy.greater_equal(cur, best) if larger else ivy.less_equal(cur, best)
            best = ivy.where(take_new, cur, best)
            best_i = ivy.where(take_new, ci, best_i)
        values.append(best)
        indices.append(best_i)
    del idx_shape
    return wrap(ivy.concat(values, axis=ax)), wrap(ivy.concat(indices, axis=ax))


@register()
def cummax(x: Any, axis: int = -1, dtype: Any = "int64", name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.cummax: running maxima and their (last) indices."""
    v, i = _cum_extreme(x, axis, True)
    return v, i.astype(dtype)


@register()
def cummin(x: Any, axis: int = -1, dtype: Any = "int64", name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.cummin: running minima and their (last) indices."""
    v, i = _cum_extreme(x, axis, False)
    return v, i.astype(dtype)


@register()
def median(x: Any, axis: Any = None, keepdim: bool = False, mode: str = "avg", name: str | None = None) -> Any:
    """paddle.median: the mean of the two middle values (``mode='avg'``) or the lower one with its index."""
    a = as_ivy(x)
    if axis is None:
        flat = ivy.reshape(a, (-1,))
        out = median(wrap(flat), 0, False, mode)
        if mode == "min":
            return out
        r = out._ivy
        return wrap(ivy.reshape(r, (1,) * a.ndim) if keepdim else r)
    ax = int(axis) % a.ndim
    n = a.shape[ax]
    s = ivy.sort(a, axis=ax)
    lo = ivy.take(s, ivy.asarray([(n - 1) // 2]), axis=ax)
    if mode == "min":
        order = ivy.argsort(a, axis=ax, stable=True)
        li = ivy.take(order, ivy.asarray([(n - 1) // 2]), axis=ax)
        if not keepdim:
            lo, li = ivy.squeeze(lo, axis=ax), ivy.squeeze(li, axis=ax)
        return wrap(lo), wrap(li)
    hi = ivy.take(s, ivy.asarray([n // 2]), axis=ax)
    if a.dtype.kind not in "fc":
        lo, hi = ivy.astype(lo, D.default_float()._ivy), ivy.astype(hi, D.default_float()._ivy)
    out = ivy.divide(ivy.add(lo, hi), ivy.asarray(2, dtype=lo.dtype))
    return wrap(out if keepdim else ivy.squeeze(out, axis=ax))


@register()
def kthvalue(x: Any, k: int, axis: int = -1, keepdim: bool = False, name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.kthvalue: the k-th smallest value along ``axis`` and its index."""
    a = as_ivy(x)
    ax = axis % a.ndim
    order = ivy.argsort(a, axis=ax, stable=True)
    idx = ivy.take(order, ivy.asarray([k - 1]), axis=ax)
    val = ivy.take_along_axis(a, idx, axis=ax)
    if not keepdim:
        idx, val = ivy.squeeze(idx, axis=ax), ivy.squeeze(val, axis=ax)
    return wrap(val), wrap(idx)
