# ruff: noqa: A002 - torch's own argument and function names (input, min, max, sum, ...)
"""Sorting and searching: sort/argsort/topk/kthvalue/msort, unique, searchsorted/bucketize, isin."""

from __future__ import annotations

from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends.torch._reduction import values_indices
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, _dim, as_ivy, tensor_arg, wrap

topk_result = namedtuple("topk", ["values", "indices"])


def _arr(x: Any, function: str, argument: str = "input") -> Any:
    return tensor_arg(x, function, argument)._ivy


@register("sort")
def sort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Any:
    """torch.sort: ``(values, indices)``; ties keep their order (a stable sort is always used)."""
    x = _arr(input, "torch.sort")
    if x.ndim == 0:
        return values_indices(wrap(x), wrap(ivy.zeros((), dtype=ivy.int64)))
    d = _dim(dim, x.ndim, "torch.sort")
    idx = ivy.argsort(x, axis=d, descending=descending, stable=True)
    return values_indices(wrap(ivy.take_along_axis(x, idx, axis=d)), wrap(ivy.astype(idx, ivy.int64)))


@register("argsort")
def argsort(input: Tensor, dim: int = -1, descending: bool = False, stable: bool = False) -> Tensor:
    """torch.argsort (stable)."""
    x = _arr(input, "torch.argsort")
    if x.ndim == 0:
        return wrap(ivy.zeros((), dtype=ivy.int64))
    return wrap(
        ivy.astype(
            ivy.argsort(x, axis=_dim(dim, x.ndim, "torch.argsort"), descending=descending, stable=True), ivy.int64
        )
    )


@register("msort")
def msort(input: Tensor) -> Tensor:
    """torch.msort: sorted along dim 0."""
    return sort(input, 0).values


@register("topk")
def topk(input: Tensor, k: int, dim: int = -1, largest: bool = True, sorted: bool = True) -> Any:
    """torch.topk: the ``k`` largest (or smallest) values along ``dim`` and their indices."""
    x = _arr(input, "torch.topk")
    d = _dim(dim, x.ndim, "torch.topk")
    n = x.shape[d] if x.ndim else 1
    if not 0 <= k <= n:
        raise RuntimeError(f"topk(): selected index k out of range (k={k}, size {n})")
    result = ivy.top_k(x, k, axis=d, largest=largest, sorted=True)
    return topk_result(wrap(result[0]), wrap(ivy.astype(result[1], ivy.int64)))


@register("kthvalue")
def kthvalue(input: Tensor, k: int, dim: int = -1, keepdim: bool = False) -> Any:
    """torch.kthvalue: the ``k``-th smallest value along ``dim`` (1-based) and its index."""
    x = _arr(input, "torch.kthvalue")
    d = _dim(dim, x.ndim, "torch.kthvalue")
    idx = ivy.argsort(x, axis=d, stable=True)
    pick = ivy.take(idx, ivy.asarray([k - 1]), axis=d)
    values = ivy.take_along_axis(x, pick, axis=d)
    if not keepdim:
        values, pick = ivy.squeeze(values, d), ivy.squeeze(pick, d)
    return values_indices(wrap(values), wrap(ivy.astype(pick, ivy.int64)))


@register("unique")
def unique(
    input: Tensor, sorted: bool = True, return_inverse: bool = False, return_counts: bool = False, dim: Any = None
) -> Any:
    """torch.unique of the flattened tensor (sorted), with inverse indices and counts on request."""
    x = _arr(input, "torch.unique")
    if dim is not None:
        raise NotImplementedError("torch.unique: the ivy frontend supports only dim=None")
    res = ivy.unique_all(x)
    order = ivy.argsort(res.values)
    values = ivy.take(res.values, order)
    out = [wrap(values)]
    if return_inverse:
        rank = ivy.argsort(order)
        out.append(
            wrap(ivy.astype(ivy.reshape(ivy.take(rank, ivy.reshape(res.inverse_indices, (-1,))), x.shape), ivy.int64))
        )
    if return_counts:
        out.append(wrap(ivy.astype(ivy.take(res.counts, order), ivy.int64)))
    return out[0] if len(out) == 1 else tuple(out)


@register("unique_consecutive")
def unique_consecutive(
    input: Tensor, return_inverse: bool = False, return_counts: bool = False, dim: Any = None
) -> Any:
    """torch.unique_consecutive: collapse runs of equal values (flattened)."""
    x = ivy.reshape(_arr(input, "torch.unique_consecutive"), (-1,))
    if x.shape[0] == 0:
        starts = ivy.zeros((0,), dtype=ivy.bool)
    else:
        starts = ivy.concat([ivy.ones((1,), dtype=ivy.bool), ivy.not_equal(x[1:], x[:-1])])
    values = x[starts]
    out = [wrap(values)]
    if return_inverse:
        out.append(wrap(ivy.reshape(ivy.subtract(ivy.cumulative_sum(ivy.astype(starts, ivy.int64)), 1), input.shape)))
    if return_counts:
        pos = ivy.astype(ivy.nonzero(starts)[0], ivy.int64)
        ends = ivy.concat([pos[1:], ivy.asarray([x.shape[0]], dtype=ivy.int64)])
        out.append(wrap(ivy.subtract(ends, pos)))
    return out[0] if len(out) == 1 else tuple(out)


@register("searchsorted", method=False)
def searchsorted(
    sorted_sequence: Tensor,
    input: Any,
    *,
    out_int32: bool = False,
    right: bool = False,
    side: Any = None,
    sorter: Any = None,
) -> Tensor:
    """torch.searchsorted along the last dimension (1-d or matching batch rows)."""
    seq = _arr(sorted_sequence, "torch.searchsorted", "sorted_sequence")
    vals = input._ivy if isinstance(input, Tensor) else as_ivy(input)
    side = side or ("right" if right else "left")
    if seq.ndim == 1:
        res = ivy.searchsorted(seq, vals, side=side)
    else:
        rows = [ivy.searchsorted(seq[i], vals[i], side=side) for i in range(seq.shape[0])]
        res = ivy.stack(rows)
    return wrap(ivy.astype(res, ivy.int32 if out_int32 else ivy.int64))


@register("bucketize", method=True)
def bucketize(input: Any, boundaries: Tensor, *, out_int32: bool = False, right: bool = False) -> Tensor:
    """torch.bucketize: the bucket of each value given 1-d ``boundaries``."""
    vals = input._ivy if isinstance(input, Tensor) else as_ivy(input)
    res = ivy.searchsorted(_arr(boundaries, "torch.bucketize", "boundaries"), vals, side="right" if right else "left")
    return wrap(ivy.astype(res, ivy.int32 if out_int32 else ivy.int64))


@register("isin", method=False)
def isin(elements: Any, test_elements: Any, *, assume_unique: bool = False, invert: bool = False) -> Tensor:
    """torch.isin: membership of each element."""
    e = elements._ivy if isinstance(elements, Tensor) else as_ivy(elements)
    t = test_elements._ivy if isinstance(test_elements, Tensor) else as_ivy(test_elements)
    res = ivy.isin(e, t)
    return wrap(ivy.logical_not(res) if invert else res)


@register("bincount")
def bincount(input: Tensor, weights: Any = None, minlength: int = 0) -> Tensor:
    """torch.bincount of non-negative integers (weighted sums with ``weights``)."""
    x = _arr(input, "torch.bincount")
    n = max(int(ivy.max(x)) + 1 if x.shape[0] else 0, minlength)
    if weights is None:
        w = ivy.ones(x.shape, dtype=ivy.int64)
    else:
        w = weights._ivy
        if w.dtype.kind != "f":
            w = ivy.astype(w, ivy.float64)
    return wrap(ivy.index_put(ivy.zeros((n,), dtype=w.dtype), (ivy.astype(x, ivy.int64),), w, accumulate=True))


@register("histc")
def histc(input: Tensor, bins: int = 100, min: float = 0, max: float = 0) -> Tensor:
    """torch.histc: equal-width histogram between ``min`` and ``max`` (the data's range when both are 0)."""
    x = ivy.reshape(_arr(input, "torch.histc"), (-1,))
    lo, hi = float(min), float(max)
    if lo == hi:
        lo, hi = float(ivy.min(x)), float(ivy.max(x))
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    inside = ivy.logical_and(ivy.greater_equal(x, lo), ivy.less_equal(x, hi))
    idx = ivy.astype(ivy.floor(ivy.multiply(ivy.subtract(x, lo), bins / (hi - lo))), ivy.int64)
    idx = ivy.clip(idx, 0, bins - 1)
    counts = ivy.astype(inside, x.dtype)  # values outside [min, max] add 0: static shapes, no boolean filter
    return wrap(ivy.index_put(ivy.zeros((bins,), dtype=x.dtype), (idx,), counts, accumulate=True))
