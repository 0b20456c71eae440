"""Order statistics and NaN-ignoring reductions: ``median``, ``quantile``, ``nanmean``, ``cov``, ``histogram``...

Quantiles sort along the axis and interpolate between neighbours (NumPy's
default 'linear' method, plus 'lower', 'higher', 'nearest' and 'midpoint');
the NaN-ignoring versions count each slice's non-NaN entries (NaNs sort last).
"""

# ruff: noqa: A002 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends.numpy._helpers import arr, axis_arg, finish
from ivy_frontends.numpy._ndarray import ndarray
from ivy_frontends.numpy.reductions import _float

__all__ = [
    "median",
    "quantile",
    "percentile",
    "nanmedian",
    "nanquantile",
    "nanpercentile",
    "nansum",
    "nanprod",
    "nanmean",
    "nanvar",
    "nanstd",
    "nanmax",
    "nanmin",
    "nanargmax",
    "nanargmin",
    "nancumsum",
    "nancumprod",
    "cov",
    "corrcoef",
    "histogram",
    "histogram_bin_edges",
    "bincount",
    "digitize",
]

_METHODS = ("linear", "lower", "higher", "nearest", "midpoint")


def _to_last(x: ivy.Array, axis: Any, name: str) -> tuple[ivy.Array, Any]:
    """Move the reduced axes to one last axis; also return how to restore ``keepdims``."""
    if axis is None:
        return ivy.reshape(x, (-1,)), tuple(range(x.ndim))
    axes = axis_arg((axis,) if isinstance(axis, int) else tuple(axis), x.ndim, name)
    rest = [i for i in range(x.ndim) if i not in axes]
    moved = ivy.permute_dims(x, tuple(rest) + axes)
    return ivy.reshape(moved, (*tuple(x.shape[i] for i in rest), -1)), axes


def _quantile(
    name: str, a: Any, q: Any, axis: Any, keepdims: bool, method: str, skip_nan: bool, out: Any = None
) -> Any:
    if method not in _METHODS:
        raise ValueError(f"{name}: argument 'method': {method!r} is not supported (use one of {_METHODS})")
    x0 = _float(arr(a, name), None)
    qs = ivy.astype(arr(q, name, "q"), x0.dtype if x0.dtype.kind == "f" else ivy.float64)
    if not builtins.bool(ivy.all(ivy.logical_and(ivy.greater_equal(qs, 0), ivy.less_equal(qs, 1)))):
        raise ValueError(f"{name}: quantiles must be in the range [0, 1]")
    x, axes = _to_last(x0, axis, name)
    x = ivy.sort(x, axis=-1)
    length = x.shape[-1]
    if skip_nan:
        n = ivy.sum(ivy.astype(ivy.logical_not(ivy.isnan(x)), x.dtype), axis=-1, keepdims=True)
    else:
        n = ivy.full((*x.shape[:-1], 1), float(length), dtype=x.dtype)
    flat_q = ivy.reshape(qs, (-1,))
    results = []
    for i in range(flat_q.shape[0]):
        pos = ivy.multiply(ivy.subtract(n, 1.0), flat_q[i])
        lo, hi = ivy.floor(pos), ivy.ceil(pos)
        frac = ivy.subtract(pos, lo)
        if method == "lower":
            hi, frac = lo, ivy.zeros_like(frac)
        elif method == "higher":
            lo, frac = hi, ivy.zeros_like(frac)
        elif method == "nearest":
            lo = hi = ivy.round(pos)
        elif method == "midpoint":
            frac = ivy.where(ivy.equal(lo, hi), ivy.zeros_like(frac), ivy.full_like(frac, 0.5))
        top = ivy.asarray(builtins.max(length - 1, 0))
        ilo = ivy.clip(ivy.astype(ivy.maximum(lo, 0.0), ivy.int64), 0, top)
        ihi = ivy.clip(ivy.astype(ivy.maximum(hi, 0.0), ivy.int64), 0, top)
        vlo = ivy.take_along_axis(x, ilo, axis=-1)
        vhi = ivy.take_along_axis(x, ihi, axis=-1)
        value = ivy.add(vlo, ivy.multiply(ivy.subtract(vhi, vlo), frac))
        value = ivy.where(ivy.equal(frac, 0), vlo, value)
        if skip_nan:
            value = ivy.where(ivy.equal(n, 0), ivy.full_like(value, float("nan")), value)
        else:
            value = ivy.where(ivy.any(ivy.isnan(x), axis=-1, keepdims=True), ivy.full_like(value, float("nan")), value)
        results.append(ivy.squeeze(value, axis=-1))
    result = ivy.stack(results)
    if keepdims:
        shape = list(x0.shape)
        for ax in axes:
            shape[ax] = 1
        result = ivy.reshape(result, (result.shape[0], *shape))
    result = ivy.reshape(result, qs.shape + result.shape[1:])
    return finish(result, out, name)


def _quantile_fn(name: str, scale: float, skip_nan: bool, doc: str) -> Any:
    """``numpy.<name>``: quantiles of ``q / scale`` (1 for quantiles, 100 for percentiles), NaNs skipped or not."""

    def op(
        a: Any,
        q: Any,
        axis: Any = None,
        out: Any = None,
        overwrite_input: bool = False,
        method: str = "linear",
        keepdims: bool = False,
        **kwargs: Any,
    ) -> Any:
        qs = q if scale == 1 else ivy.divide(arr(q, f"numpy.{name}", "q"), scale)
        return _quantile(f"numpy.{name}", a, qs, axis, keepdims, method, skip_nan, out)

    op.__name__ = op.__qualname__ = name
    op.__doc__ = doc
    return op


def _median_fn(name: str, skip_nan: bool, doc: str) -> Any:
    def op(a: Any, axis: Any = None, out: Any = None, overwrite_input: bool = False, keepdims: bool = False) -> Any:
        return _quantile(f"numpy.{name}", a, 0.5, axis, keepdims, "linear", skip_nan, out)

    op.__name__ = op.__qualname__ = name
    op.__doc__ = doc
    return op


quantile = _quantile_fn("quantile", 1, False, "The ``q``-th quantiles (``q`` in [0, 1]) over ``axis``.")
percentile = _quantile_fn("percentile", 100, False, "The ``q``-th percentiles (``q`` in [0, 100]) over ``axis``.")
nanquantile = _quantile_fn("nanquantile", 1, True, "``quantile`` ignoring NaNs.")
nanpercentile = _quantile_fn("nanpercentile", 100, True, "``percentile`` ignoring NaNs.")
median = _median_fn("median", False, "The median over ``axis``.")
nanmedian = _median_fn("nanmedian", True, "``median`` ignoring NaNs.")


def _nan_to(x: ivy.Array, value: Any) -> ivy.Array:
    return ivy.where(ivy.isnan(x), ivy.full_like(x, value), x) if x.dtype.kind in "fc" else x


def nansum(a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, **kw: Any) -> Any:
    """``sum`` treating NaN as zero."""
    from ivy_frontends.numpy.reductions import sum as sum_

    return sum_(_nan_to(arr(a, "numpy.nansum"), 0), axis, dtype, out, keepdims)


def nanprod(a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, **kw: Any) -> Any:
    """``prod`` treating NaN as one."""
    from ivy_frontends.numpy.reductions import prod

    return prod(_nan_to(arr(a, "numpy.nanprod"), 1), axis, dtype, out, keepdims)


def nancumsum(a: Any, axis: int | None = None, dtype: Any = None, out: Any = None) -> Any:
    """``cumsum`` treating NaN as zero."""
    from ivy_frontends.numpy.reductions import cumsum

    return cumsum(_nan_to(arr(a, "numpy.nancumsum"), 0), axis, dtype, out)


def nancumprod(a: Any, axis: int | None = None, dtype: Any = None, out: Any = None) -> Any:
    """``cumprod`` treating NaN as one."""
    from ivy_frontends.numpy.reductions import cumprod

    return cumprod(_nan_to(arr(a, "numpy.nancumprod"), 1), axis, dtype, out)


def _count(x: ivy.Array, axis: Any, keepdims: bool) -> ivy.Array:
    return ivy.sum(ivy.astype(ivy.logical_not(ivy.isnan(x)), x.dtype), axis=axis, keepdims=keepdims)


def nanmean(a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, **kw: Any) -> Any:
    """``mean`` of the non-NaN entries (NaN where there are none)."""
    x = _float(arr(a, "numpy.nanmean"), None)
    ax = axis_arg(axis, x.ndim, "numpy.nanmean")
    total = ivy.sum(_nan_to(x, 0), axis=ax, keepdims=keepdims)
    return finish(ivy.divide(total, _count(x, ax, keepdims)), out, "numpy.nanmean")


def nanvar(
    a: Any, axis: Any = None, dtype: Any = None, out: Any = None, ddof: float = 0, keepdims: bool = False, **kw: Any
) -> Any:
    """``var`` of the non-NaN entries."""
    x = _float(arr(a, "numpy.nanvar"), None)
    ax = axis_arg(axis, x.ndim, "numpy.nanvar")
    n = _count(x, ax, True)
    centred = ivy.subtract(x, ivy.divide(ivy.sum(_nan_to(x, 0), axis=ax, keepdims=True), n))
    sq = _nan_to(ivy.real(ivy.multiply(centred, ivy.conj(centred))) if x.dtype.kind == "c" else ivy.square(centred), 0)
    result = ivy.divide(ivy.sum(sq, axis=ax, keepdims=True), ivy.maximum(ivy.subtract(n, ddof), 0.0))
    if not keepdims:
        result = ivy.squeeze(result, axis=ax if ax is not None else tuple(range(x.ndim))) if x.ndim else result
    return finish(result, out, "numpy.nanvar")


def nanstd(
    a: Any, axis: Any = None, dtype: Any = None, out: Any = None, ddof: float = 0, keepdims: bool = False, **kw: Any
) -> Any:
    """``std`` of the non-NaN entries."""
    return finish(ivy.sqrt(nanvar(a, axis, dtype, None, ddof, keepdims)._a), out, "numpy.nanstd")


def _nan_extreme(name: str, fn: Any, fill: float, a: Any, axis: Any, out: Any, keepdims: bool) -> Any:
    x = arr(a, f"numpy.{name}")
    ax = axis_arg(axis, x.ndim, f"numpy.{name}")
    if x.dtype.kind not in "fc":
        return finish(fn(x, axis=ax, keepdims=keepdims), out, f"numpy.{name}")
    result = fn(_nan_to(x, fill), axis=ax, keepdims=keepdims)
    none = ivy.equal(_count(x, ax, keepdims), 0)
    return finish(ivy.where(none, ivy.full_like(result, float("nan")), result), out, f"numpy.{name}")


def nanmax(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, **kw: Any) -> Any:
    """``max`` ignoring NaNs (NaN for an all-NaN slice)."""
    return _nan_extreme("nanmax", ivy.max, float("-inf"), a, axis, out, keepdims)


def nanmin(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, **kw: Any) -> Any:
    """``min`` ignoring NaNs (NaN for an all-NaN slice)."""
    return _nan_extreme("nanmin", ivy.min, float("inf"), a, axis, out, keepdims)


def _nan_arg(name: str, fn: Any, fill: float, a: Any, axis: Any, keepdims: bool) -> Any:
    x = arr(a, f"numpy.{name}")
    if x.dtype.kind in "fc":
        if builtins.bool(ivy.any(ivy.all(ivy.isnan(x), axis=axis))):
            raise ValueError(f"numpy.{name}: All-NaN slice encountered")
        x = _nan_to(x, fill)
    from ivy_frontends.numpy.sorting import argmax, argmin

    return (argmax if fn == "max" else argmin)(x, axis, keepdims=keepdims)


def nanargmax(a: Any, axis: int | None = None, out: Any = None, *, keepdims: bool = False) -> Any:
    """``argmax`` ignoring NaNs."""
    return _nan_arg("nanargmax", "max", float("-inf"), a, axis, keepdims)


def nanargmin(a: Any, axis: int | None = None, out: Any = None, *, keepdims: bool = False) -> Any:
    """``argmin`` ignoring NaNs."""
    return _nan_arg("nanargmin", "min", float("inf"), a, axis, keepdims)


def cov(m: Any, y: Any = None, rowvar: bool = True, bias: bool = False, ddof: int | None = None, **kw: Any) -> ndarray:
    """Covariance matrix of the variables in ``m`` (rows, unless ``rowvar`` is false)."""
    x = _float(arr(m, "numpy.cov", "m"), None)
    x = ivy.reshape(x, (1, -1)) if x.ndim == 1 else x
    if not rowvar and x.shape[0] != 1:
        x = ivy.matrix_transpose(x)
    if y is not None:
        yy = _float(arr(y, "numpy.cov", "y"), None)
        yy = ivy.reshape(yy, (1, -1)) if yy.ndim == 1 else (yy if rowvar else ivy.matrix_transpose(yy))
        x = ivy.concat([x, ivy.astype(yy, ivy.result_type(x, yy))], axis=0)
    n = x.shape[1]
    dd = ddof if ddof is not None else (0 if bias else 1)
    c = ivy.subtract(x, ivy.mean(x, axis=1, keepdims=True))
    out = ivy.divide(
        ivy.matmul(c, ivy.conj(ivy.matrix_transpose(c)) if c.dtype.kind == "c" else ivy.matrix_transpose(c)),
        float(n - dd),
    )
    return ndarray(ivy.squeeze(out, axis=(0, 1)) if out.shape == (1, 1) else out)


def corrcoef(x: Any, y: Any = None, rowvar: bool = True, **kw: Any) -> ndarray:
    """Pearson correlation coefficients."""
    c = cov(x, y, rowvar)._a
    if c.ndim == 0:
        return ndarray(ivy.divide(c, c))
    d = ivy.sqrt(ivy.real(ivy.linalg.diagonal(c)))
    r = ivy.divide(ivy.divide(c, ivy.expand_dims(d, axis=1)), ivy.expand_dims(d, axis=0))
    return ndarray(ivy.clip(r, -1.0, 1.0) if r.dtype.kind == "f" else r)


def bincount(x: Any, weights: Any = None, minlength: int = 0) -> ndarray:
    """How often each non-negative integer occurs in ``x`` (weighted by ``weights``)."""
    idx = arr(x, "numpy.bincount", "x")
    if idx.ndim != 1 or (idx.dtype.kind not in "iu" and idx.size):
        raise ValueError("numpy.bincount: argument 'x' must be a 1-d array of non-negative integers")
    if idx.size and builtins.bool(ivy.any(ivy.less(idx, 0))):
        raise ValueError("numpy.bincount: argument 'x': 'list' argument must have no negative elements")
    n = builtins.max(int(ivy.max(idx)) + 1 if idx.size else 0, minlength)
    w = (
        ivy.ones(idx.shape, dtype=ivy.int64)
        if weights is None
        else _float(arr(weights, "numpy.bincount", "weights"), None)
    )
    out = ivy.zeros((n,), dtype=w.dtype)
    return ndarray(ivy.index_put(out, (ivy.astype(idx, ivy.int64),), w, accumulate=True) if idx.size else out)


def histogram_bin_edges(a: Any, bins: Any = 10, range: Any = None, weights: Any = None) -> ndarray:
    """The edges ``histogram`` would use."""
    x = _float(arr(a, "numpy.histogram_bin_edges"), None)
    if not isinstance(bins, int):
        return ndarray(_float(arr(bins, "numpy.histogram_bin_edges", "bins"), None))
    lo, hi = (float(ivy.min(x)), float(ivy.max(x))) if range is None and x.size else (range or (0.0, 1.0))
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    return ndarray(ivy.linspace(float(lo), float(hi), bins + 1, dtype=x.dtype))


def histogram(a: Any, bins: Any = 10, range: Any = None, density: Any = None, weights: Any = None) -> tuple:
    """Counts of ``a`` in each bin, and the bin edges (the last bin includes its right edge)."""
    x = ivy.reshape(_float(arr(a, "numpy.histogram"), None), (-1,))
    edges = histogram_bin_edges(x, bins, range)._a
    k = edges.shape[0] - 1
    idx = ivy.subtract(ivy.searchsorted(edges, x, side="right"), 1)
    idx = ivy.where(ivy.equal(x, edges[-1]), ivy.full_like(idx, k - 1), idx)
    keep = ivy.logical_and(ivy.greater_equal(idx, 0), ivy.less(idx, k))
    w = ivy.ones(x.shape, dtype=ivy.int64) if weights is None else ivy.reshape(arr(weights, "numpy.histogram"), (-1,))
    counts = ivy.index_put(ivy.zeros((k,), dtype=w.dtype), (idx[keep],), w[keep], accumulate=True)
    if density:
        widths = ivy.subtract(edges[1:], edges[:-1])
        counts = ivy.divide(ivy.divide(ivy.astype(counts, ivy.float64), widths), ivy.sum(counts))
    return ndarray(counts), ndarray(edges)


def digitize(x: Any, bins: Any, right: bool = False) -> ndarray:
    """The index of the bin each value falls in (increasing or decreasing ``bins``)."""
    v = arr(x, "numpy.digitize", "x")
    b = arr(bins, "numpy.digitize", "bins")
    decreasing = b.shape[0] > 1 and builtins.bool(ivy.less(b[-1], b[0]))
    side = "left" if right else "right"
    if decreasing:
        return ndarray(ivy.subtract(b.shape[0], ivy.searchsorted(ivy.flip(b), v, side="right" if right else "left")))
    return ndarray(ivy.searchsorted(b, v, side=side))
