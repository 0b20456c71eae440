# ruff: noqa: A002 - paddle's own argument and function names (min, max, input, ...)
"""More elementwise math, statistics and small matrix helpers of ``paddle`` over ``ivy`` calls.

Registered as ``paddle.<name>`` only; which of them are also ``Tensor`` methods is decided
once, in ``_families``.
"""

from __future__ import annotations

import builtins
import math
from typing import Any

import ivy
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._reduction import axes
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, operands, wrap

fn = register(method=False)


def _float(a: Any) -> Any:
    return a if a.dtype.kind in "fc" else ivy.astype(a, D.default_float()._ivy)


def _const(v: float, a: Any) -> Any:
    return ivy.asarray(v, dtype=a.dtype)


# -- elementwise ---------------------------------------------------------------------------------


@fn
def frac(x: Any, name: str | None = None) -> Tensor:
    """paddle.frac: ``x - trunc(x)`` (integers give zeros)."""
    a = as_ivy(x)
    return wrap(ivy.subtract(a, ivy.trunc(a)))


@fn
def sgn(x: Any, name: str | None = None) -> Tensor:
    """paddle.sgn: the sign of reals, ``x / |x|`` of complex numbers (0 at 0)."""
    a = as_ivy(x)
    if a.dtype.kind != "c":
        return wrap(ivy.sign(a))
    m = ivy.abs(a)
    safe = ivy.where(m == 0, ivy.ones_like(m), m)
    return wrap(ivy.where(m == 0, ivy.zeros_like(a), ivy.divide(a, ivy.astype(safe, a.dtype))))


def _integers(x: Any, y: Any, what: str) -> tuple[Any, Any]:
    a, b, d = operands(x, y)
    if d.kind not in "iuf":
        raise TypeError(f"paddle.{what}: x and y must be integer or float tensors, got {d}")
    return a, b


@fn
def gcd(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.gcd: Euclid's algorithm elementwise (non-negative results; floats as paddle allows)."""
    a, b = _integers(x, y, "gcd")
    a, b = ivy.abs(a), ivy.abs(b)
    a, b = ivy.broadcast_arrays(a, b)
    while builtins.bool(ivy.any(b != 0)):
        nz = b != 0
        safe = ivy.where(nz, b, ivy.ones_like(b))
        a, b = ivy.where(nz, b, a), ivy.where(nz, ivy.remainder(a, safe), b)
    return wrap(a)


@fn
def lcm(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.lcm: ``|x * y| / gcd`` (0 when either is 0)."""
    a, b = _integers(x, y, "lcm")
    g = gcd(wrap(a), wrap(b))._ivy
    zero = g == 0
    q = ivy.floor_divide(ivy.abs(a), ivy.where(zero, ivy.ones_like(g), g))
    return wrap(ivy.where(zero, ivy.zeros_like(g), ivy.abs(ivy.multiply(q, b))))


@fn
def ldexp(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.ldexp: ``x * 2**y`` in ``x``'s float dtype (integers in the default float)."""
    a, b = _float(as_ivy(x)), as_ivy(y)
    if b.dtype.kind not in "iu":
        raise TypeError(f"paddle.ldexp: y must be an integer tensor, got {D.of_ivy(b.dtype)}")
    return wrap(ivy.multiply(a, ivy.pow(_const(2.0, a), ivy.astype(b, a.dtype))))


@fn
def frexp(x: Any, name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.frexp: mantissa in [0.5, 1) and exponent (both in ``x``'s dtype) with ``x = m * 2**e``."""
    a = as_ivy(x)
    if a.dtype.kind != "f":
        raise TypeError(f"paddle.frexp: x must be a float tensor, got {D.of_ivy(a.dtype)}")
    mag = ivy.abs(a)
    zero = mag == 0
    e = ivy.add(ivy.floor(ivy.log2(ivy.where(zero, ivy.ones_like(mag), mag))), _const(1.0, a))
    m = ivy.divide(a, ivy.pow(_const(2.0, a), e))
    # log2 may round across a power of two: bring the mantissa back into [0.5, 1)
    hi = ivy.abs(m) >= 1
    m, e = ivy.where(hi, ivy.divide(m, _const(2.0, a)), m), ivy.where(hi, ivy.add(e, _const(1.0, a)), e)
    lo = ivy.logical_and(ivy.abs(m) < 0.5, ivy.logical_not(zero))
    m, e = ivy.where(lo, ivy.multiply(m, _const(2.0, a)), m), ivy.where(lo, ivy.subtract(e, _const(1.0, a)), e)
    return wrap(ivy.where(zero, a, m)), wrap(ivy.where(zero, ivy.zeros_like(e), e))


@fn
def isposinf(x: Any, name: str | None = None) -> Tensor:
    """paddle.isposinf."""
    a = as_ivy(x)
    return wrap(ivy.logical_and(ivy.isinf(a), a > 0) if a.dtype.kind == "f" else ivy.zeros(a.shape, dtype=ivy.bool))


@fn
def isneginf(x: Any, name: str | None = None) -> Tensor:
    """paddle.isneginf."""
    a = as_ivy(x)
    return wrap(ivy.logical_and(ivy.isinf(a), a < 0) if a.dtype.kind == "f" else ivy.zeros(a.shape, dtype=ivy.bool))


@fn
def isreal(x: Any, name: str | None = None) -> Tensor:
    """paddle.isreal: True where the imaginary part is 0 (always for real dtypes)."""
    a = as_ivy(x)
    return wrap(ivy.imag(a) == 0 if a.dtype.kind == "c" else ivy.ones(a.shape, dtype=ivy.bool))


@fn
def angle(x: Any, name: str | None = None) -> Tensor:
    """paddle.angle: the argument of complex numbers; 0 or pi for reals (float and complex inputs only)."""
    a = as_ivy(x)
    if a.dtype.kind == "c":
        return wrap(ivy.atan2(ivy.imag(a), ivy.real(a)))
    if a.dtype not in (ivy.float32, ivy.float64):
        raise TypeError(f"paddle.angle: x must be float32, float64, complex64 or complex128, got {D.of_ivy(a.dtype)}")
    out = ivy.where(a < 0, _const(math.pi, a), ivy.zeros_like(a))
    return wrap(ivy.where(ivy.isnan(a), a, out))


@fn
def real(x: Any, name: str | None = None) -> Tensor:
    """paddle.real."""
    return wrap(ivy.real(as_ivy(x)))


@fn
def imag(x: Any, name: str | None = None) -> Tensor:
    """paddle.imag."""
    return wrap(ivy.imag(as_ivy(x)))


@fn
def polar(abs: Any, angle: Any, name: str | None = None) -> Tensor:
    """paddle.polar: ``abs * (cos(angle) + i sin(angle))``."""
    r, t, d = operands(abs, angle)
    if d.kind != "f":
        raise TypeError(f"paddle.polar: abs and angle must be float tensors, got {d}")
    c = ivy.complex64 if d == D.float32 else ivy.complex128
    re, im = ivy.multiply(r, ivy.cos(t)), ivy.multiply(r, ivy.sin(t))
    return wrap(ivy.add(ivy.astype(re, c), ivy.multiply(ivy.astype(im, c), ivy.asarray(1j, dtype=c))))


@fn
def bitwise_invert(x: Any, out: Any = None, name: str | None = None) -> Tensor:
    """paddle.bitwise_invert: ``~x`` (logical not of bools)."""
    a = as_ivy(x)
    return wrap(ivy.logical_not(a) if a.dtype.kind == "b" else ivy.bitwise_invert(a))


@fn
def add_n(inputs: Any, name: str | None = None) -> Tensor:
    """paddle.add_n: the sum of a list of same-shaped tensors."""
    items = inputs if isinstance(inputs, (list, tuple)) else [inputs]
    out = as_ivy(items[0])
    for t in items[1:]:
        out = ivy.add(out, as_ivy(t))
    return wrap(out)


@fn
def baddbmm(input: Any, x: Any, y: Any, beta: float = 1.0, alpha: float = 1.0, name: str | None = None) -> Tensor:
    """paddle.baddbmm: ``beta * input + alpha * bmm(x, y)``."""
    a, b, c = as_ivy(input), as_ivy(x), as_ivy(y)
    if b.ndim != 3 or c.ndim != 3:
        raise ValueError(f"paddle.baddbmm: x and y must be 3-D, got shapes {list(b.shape)} and {list(c.shape)}")
    prod = ivy.matmul(b, c)
    return wrap(ivy.add(ivy.multiply(a, _const(beta, a)), ivy.multiply(prod, _const(alpha, prod))))


@fn
def renorm(x: Any, p: float, axis: int, max_norm: float) -> Tensor:
    """paddle.renorm: sub-tensors along ``axis`` whose p-norm exceeds ``max_norm`` scaled down to it."""
    a = as_ivy(x)
    ax = axis % a.ndim
    others = tuple(i for i in range(a.ndim) if i != ax)
    n = ivy.linalg.vector_norm(a, axis=others, keepdims=True, ord=float(p))
    scale = ivy.where(n > max_norm, ivy.divide(_const(max_norm, n), ivy.add(n, _const(1e-7, n))), ivy.ones_like(n))
    return wrap(ivy.multiply(a, scale))


@fn
def multiplex(inputs: Any, index: Any, name: str | None = None) -> Tensor:
    """paddle.multiplex: row ``i`` of the output is row ``i`` of ``inputs[index[i]]``."""
    stacked = ivy.stack([as_ivy(t) for t in inputs])
    idx = ivy.reshape(as_ivy(index), (-1,))
    rows = ivy.arange(stacked.shape[1], dtype=ivy.int64)
    return wrap(ivy.gather_nd(stacked, ivy.stack([ivy.astype(idx, ivy.int64), rows], axis=-1)))


@fn
def isin(x: Any, test_x: Any, assume_unique: bool = False, invert: bool = False, name: str | None = None) -> Tensor:
    """paddle.isin: whether each element of ``x`` is in ``test_x``."""
    a, t = as_ivy(x), as_ivy(test_x)
    hit = ivy.any(ivy.equal(ivy.expand_dims(a, axis=-1), ivy.reshape(t, (-1,))), axis=-1)
    return wrap(ivy.logical_not(hit) if invert else hit)


@fn
def bucketize(
    x: Any, sorted_sequence: Any, out_int32: bool = False, right: bool = False, name: str | None = None, out: Any = None
) -> Tensor:
    """paddle.bucketize: ``searchsorted`` of ``x`` in a 1-D ``sorted_sequence``."""
    s = as_ivy(sorted_sequence)
    if s.ndim != 1:
        raise ValueError(f"paddle.bucketize: sorted_sequence must be 1-D, got shape {list(s.shape)}")
    a = as_ivy(x)
    res = ivy.searchsorted(s, ivy.reshape(a, (-1,)), side="right" if right else "left")
    return wrap(ivy.astype(ivy.reshape(res, tuple(a.shape)), ivy.int32 if out_int32 else ivy.int64))


def _hist_range(a: Any, min: float, max: float) -> tuple[float, float]:
    lo, hi = builtins.float(min), builtins.float(max)
    if lo == 0 and hi == 0:
        lo, hi = builtins.float(ivy.min(a)), builtins.float(ivy.max(a))
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    return lo, hi


@fn
def histogram_bin_edges(input: Any, bins: int = 100, min: float = 0.0, max: float = 0.0, name: Any = None) -> Tensor:
    """paddle.histogram_bin_edges: ``bins + 1`` equal-width edges over [min, max] (the data's range by default)."""
    a = as_ivy(input)
    lo, hi = _hist_range(a, min, max)
    return wrap(ivy.linspace(lo, hi, bins + 1, dtype=_float(a).dtype))


@fn
def histogram(
    input: Any,
    bins: int = 100,
    min: float = 0.0,
    max: float = 0.0,
    weight: Any = None,
    density: bool = False,
    name: Any = None,
) -> Tensor:
    """paddle.histogram: counts per equal-width bin (int64; float with ``weight`` or ``density``)."""
    a = ivy.reshape(as_ivy(input), (-1,))
    lo, hi = _hist_range(a, min, max)
    f = ivy.astype(a, ivy.float64)
    inside = ivy.logical_and(f >= lo, f <= hi)
    k = ivy.astype(ivy.floor(ivy.multiply(ivy.subtract(f, lo), bins / (hi - lo))), ivy.int64)
    k = ivy.clip(k, 0, bins - 1)
    if weight is None:
        w = ivy.astype(inside, ivy.int64 if not density else ivy.float64)
    else:
        w = ivy.where(
            inside, ivy.reshape(ivy.astype(as_ivy(weight), ivy.float64), (-1,)), ivy.asarray(0.0, dtype=ivy.float64)
        )
    counts = _bincount(k, w, bins)
    if density:
        counts = ivy.divide(ivy.astype(counts, ivy.float64), ivy.multiply(ivy.sum(counts), (hi - lo) / bins))
    if weight is not None or density:
        src = as_ivy(weight).dtype if weight is not None else _float(as_ivy(input)).dtype
        return wrap(ivy.astype(counts, src))
    return wrap(counts)


def _bincount(k: Any, w: Any, n: int) -> Any:
    onehot = ivy.equal(ivy.expand_dims(k, axis=-1), ivy.arange(n, dtype=ivy.int64))
    return ivy.sum(ivy.where(onehot, ivy.expand_dims(w, axis=-1), ivy.zeros_like(ivy.expand_dims(w, axis=-1))), axis=0)


@fn
def logcumsumexp(x: Any, axis: int | None = None, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.logcumsumexp: ``log(cumsum(exp(x)))`` computed stably (flattened when ``axis`` is None)."""
    a = as_ivy(x)
    if dtype is not None:
        a = ivy.astype(a, D.to_dtype(dtype)._ivy)
    if a.dtype.kind != "f":
        raise TypeError(f"paddle.logcumsumexp: x must be a float tensor, got {D.of_ivy(a.dtype)}")
    if axis is None:
        a, axis = ivy.reshape(a, (-1,)), 0
    if a.ndim == 0:
        return wrap(a)
    m = ivy.max(a, axis=axis, keepdims=True)
    m = ivy.where(ivy.isfinite(m), m, ivy.zeros_like(m))
    return wrap(ivy.add(ivy.log(ivy.cumulative_sum(ivy.exp(ivy.subtract(a, m)), axis=axis)), m))


def _trapezoid_parts(y: Any, x: Any, dx: Any, axis: int) -> tuple[Any, Any]:
    a = _float(as_ivy(y))
    n = a.shape[axis]
    lo = ivy.take(a, ivy.arange(0, n - 1, dtype=ivy.int64), axis=axis)
    hi = ivy.take(a, ivy.arange(1, n, dtype=ivy.int64), axis=axis)
    mid = ivy.divide(ivy.add(lo, hi), _const(2.0, a))
    if x is not None:
        xs = ivy.astype(as_ivy(x), a.dtype)
        d = ivy.diff(xs, axis=axis if xs.ndim > 1 else 0)
        if xs.ndim == 1:
            shape = [1] * a.ndim
            shape[axis] = n - 1
            d = ivy.reshape(d, tuple(shape))
    else:
        d = _const(1.0 if dx is None else builtins.float(dx), a)
    return ivy.multiply(mid, d), a


@fn
def trapezoid(y: Any, x: Any = None, dx: Any = None, axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.trapezoid: the trapezoidal rule along ``axis`` (spacing ``x`` or ``dx``, default 1)."""
    if x is not None and dx is not None:
        raise ValueError("paddle.trapezoid: give x or dx, not both")
    parts, _ = _trapezoid_parts(y, x, dx, axis)
    return wrap(ivy.sum(parts, axis=axis))


@fn
def cumulative_trapezoid(y: Any, x: Any = None, dx: Any = None, axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.cumulative_trapezoid: the running trapezoidal integral along ``axis``."""
    if x is not None and dx is not None:
        raise ValueError("paddle.cumulative_trapezoid: give x or dx, not both")
    parts, _ = _trapezoid_parts(y, x, dx, axis)
    return wrap(ivy.cumulative_sum(parts, axis=axis))


@fn
def vander(x: Any, n: int | None = None, increasing: bool = False, name: str | None = None) -> Tensor:
    """paddle.vander: columns are powers of the 1-D ``x`` (decreasing unless ``increasing``)."""
    a = as_ivy(x)
    if a.ndim != 1:
        raise ValueError(f"paddle.vander: x must be 1-D, got shape {list(a.shape)}")
    n = a.shape[0] if n is None else builtins.int(n)
    if n < 0:
        raise ValueError(f"paddle.vander: n must be non-negative, got {n}")
    powers = ivy.arange(n, dtype=ivy.int64)
    if not increasing:
        powers = ivy.flip(powers, axis=0)
    base = ivy.expand_dims(a, axis=1)
    if a.dtype.kind in "iub":
        out = ivy.astype(ivy.pow(ivy.astype(base, ivy.int64), powers), a.dtype if a.dtype.kind != "b" else ivy.int64)
        return wrap(out)
    return wrap(ivy.pow(base, ivy.astype(powers, a.dtype)))


@fn
def vecdot(x: Any, y: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """paddle.vecdot: ``sum(conj(x) * y)`` along ``axis``."""
    a, b, _ = operands(x, y)
    return wrap(ivy.sum(ivy.multiply(ivy.conj(a), b), axis=axis))


@fn
def matrix_transpose(x: Any, name: str | None = None) -> Tensor:
    """paddle.matrix_transpose: swap the last two axes."""
    a = as_ivy(x)
    if a.ndim < 2:
        raise ValueError(f"paddle.matrix_transpose: x must have at least 2 dimensions, got {a.ndim}")
    return wrap(ivy.matrix_transpose(a))


@fn
def diagflat(x: Any, offset: int = 0, name: str | None = None) -> Tensor:
    """paddle.diagflat: the flattened input on the ``offset`` diagonal of a square matrix."""
    a = ivy.reshape(as_ivy(x), (-1,))
    n = a.shape[0] + builtins.abs(offset)
    rows = ivy.arange(a.shape[0], dtype=ivy.int64) + builtins.max(-offset, 0)
    cols = ivy.arange(a.shape[0], dtype=ivy.int64) + builtins.max(offset, 0)
    flat = ivy.add(ivy.multiply(rows, n), cols)
    out = ivy.index_put(ivy.zeros((n * n,), dtype=a.dtype), (flat,), a)
    return wrap(ivy.reshape(out, (n, n)))


@fn
def reduce_as(x: Any, target: Any, name: str | None = None) -> Tensor:
    """paddle.reduce_as: sum ``x`` over the axes broadcasting would have added to reach ``target``'s shape."""
    a, t = as_ivy(x), as_ivy(target)
    lead = a.ndim - t.ndim
    if lead < 0:
        raise ValueError(f"paddle.reduce_as: target shape {list(t.shape)} has more axes than x {list(a.shape)}")
    if lead:
        a = ivy.sum(a, axis=tuple(range(lead)))
    ax = tuple(i for i, (s, d) in enumerate(zip(a.shape, t.shape, strict=True)) if d == 1 and s != 1)
    out = ivy.sum(a, axis=ax, keepdims=True) if ax else a
    if a.dtype.kind in "biu" and a.dtype not in (ivy.int64,) and out.dtype != a.dtype:
        out = ivy.astype(out, a.dtype)
    return wrap(out)


@fn
def rank(input: Any) -> Tensor:
    """paddle.rank: the number of axes as a 0-d int32 tensor."""
    return wrap(ivy.asarray(as_ivy(input).ndim, dtype=ivy.int32))


@fn
def is_empty(x: Any, name: str | None = None) -> Tensor:
    """paddle.is_empty: a 0-d bool tensor, True when the tensor has no elements."""
    return wrap(ivy.asarray(0 in tuple(as_ivy(x).shape), dtype=ivy.bool))


@fn
def softmax(input: Any, dim: int | None = None, dtype: Any = None, out: Any = None) -> Tensor:
    """paddle.softmax (torch-style arguments): ``dim`` None means the last axis."""
    from ivy_frontends.paddle.nn.functional import FUNCTIONS

    return FUNCTIONS["softmax"](input, -1 if dim is None else dim, dtype)


# -- statistics ------------------------------------------------------------------------------------


def _quantile(
    x: Any, q: Any, axis: Any, keepdim: bool, interpolation: str, skip_nan: bool, what: str, median: bool = False
) -> Tensor:
    a = as_ivy(x)
    if a.dtype.kind != "f":
        raise TypeError(f"paddle.{what}: x must be float32 or float64, got {D.of_ivy(a.dtype)}")
    methods = ("linear", "lower", "higher", "nearest", "midpoint")
    if interpolation not in methods:
        raise ValueError(f"paddle.{what}: interpolation must be one of {methods}, got {interpolation!r}")
    qs = as_ivy(q).tolist() if isinstance(q, Tensor) else q
    scalar_q = not isinstance(qs, (list, tuple))
    qs = [qs] if scalar_q else list(qs)
    for v in qs:
        if not 0 <= v <= 1:
            raise ValueError(f"paddle.{what}: q must be in [0, 1], got {v}")
    ax = axes(axis)
    if ax is None:
        a2, ax_list = ivy.reshape(a, (-1,)), [0]
    else:
        ax_list = [i % a.ndim for i in ((ax,) if isinstance(ax, int) else ax)]
        rest = [i for i in range(a.ndim) if i not in ax_list]
        a2 = ivy.permute_dims(a, tuple(rest + ax_list))
        a2 = ivy.reshape(a2, (*tuple(a.shape[i] for i in rest), -1))
    nan = ivy.isnan(a2)
    s = ivy.sort(ivy.where(nan, ivy.asarray(math.inf, dtype=a2.dtype), a2), axis=-1)
    n_valid = ivy.sum(ivy.logical_not(nan), axis=-1, keepdims=True) if skip_nan else None
    n = a2.shape[-1]
    results = []
    for v in qs:
        count = ivy.astype(n_valid, ivy.float64) if skip_nan else ivy.asarray(builtins.float(n), dtype=ivy.float64)
        pos = ivy.multiply(ivy.subtract(count, 1.0), v)
        lo = ivy.floor(pos)
        hi = ivy.ceil(pos)
        if interpolation == "lower":
            hi = lo
        elif interpolation == "higher":
            lo = hi
        elif interpolation == "nearest":
            lo = hi = ivy.round(pos)
        li = ivy.clip(ivy.astype(lo, ivy.int64), 0, n - 1)
        hi_i = ivy.clip(ivy.astype(hi, ivy.int64), 0, n - 1)
        if not skip_nan:
            li, hi_i = ivy.broadcast_to(li, (*s.shape[:-1], 1)), ivy.broadcast_to(hi_i, (*s.shape[:-1], 1))
        vlo, vhi = ivy.take_along_axis(s, li, axis=-1), ivy.take_along_axis(s, hi_i, axis=-1)
        if interpolation == "midpoint":
            w = ivy.asarray(0.5, dtype=a.dtype)
            w = ivy.where(ivy.equal(lo, hi), ivy.zeros_like(w), w)
        else:
            w = ivy.astype(ivy.subtract(pos, lo), a.dtype)
        if median:  # the mean of the middle pair, as paddle's median kernels compute it (inf stays inf)
            val = ivy.divide(ivy.add(vlo, vhi), ivy.asarray(2, dtype=a.dtype))
        else:
            val = ivy.add(vlo, ivy.multiply(w, ivy.subtract(vhi, vlo)))
        if skip_nan:
            val = ivy.where(n_valid == 0, ivy.asarray(math.nan, dtype=a.dtype), val)
        else:
            val = ivy.where(ivy.any(nan, axis=-1, keepdims=True), ivy.asarray(math.nan, dtype=a.dtype), val)
        val = ivy.squeeze(val, axis=-1)
        if keepdim:
            shape = [1 if (ax is None or i in ax_list) else d for i, d in enumerate(a.shape)]
            val = ivy.reshape(val, tuple(shape))
        results.append(val)
    return wrap(results[0] if scalar_q else ivy.stack(results))


@fn
def quantile(
    x: Any,
    q: Any,
    axis: Any = None,
    keepdim: bool = False,
    interpolation: str = "linear",
    name: Any = None,
    out: Any = None,
) -> Tensor:
    """paddle.quantile: NaN where the data has a NaN; several ``q`` stack on a new first axis."""
    return _quantile(x, q, axis, keepdim, interpolation, False, "quantile")


@fn
def nanquantile(x: Any, q: Any, axis: Any = None, keepdim: bool = False, interpolation: str = "linear") -> Tensor:
    """paddle.nanquantile: quantiles ignoring NaNs."""
    return _quantile(x, q, axis, keepdim, interpolation, True, "nanquantile")


@fn
def nanmedian(x: Any, axis: Any = None, keepdim: bool = False, mode: str = "avg", name: Any = None) -> Any:
    """paddle.nanmedian: the median ignoring NaNs (``mode='avg'``; ``'min'`` gives the lower value and its index)."""
    if mode == "avg":
        return _quantile(x, 0.5, axis, keepdim, "linear", True, "nanmedian", median=True)
    a = as_ivy(x)
    ax = -1 if axis is None else builtins.int(axis)
    flat = ivy.reshape(a, (-1,)) if axis is None else a
    nan = ivy.isnan(flat)
    s_idx = ivy.argsort(ivy.where(nan, ivy.asarray(math.inf, dtype=a.dtype), flat), axis=ax, stable=True)
    k = ivy.subtract(ivy.sum(ivy.logical_not(nan), axis=ax, keepdims=True), 1)
    k = ivy.clip(ivy.floor_divide(k, 2), 0, None)
    idx = ivy.take_along_axis(s_idx, k, axis=ax)
    val = ivy.take_along_axis(flat, idx, axis=ax)
    if not keepdim:
        val, idx = ivy.squeeze(val, axis=ax), ivy.squeeze(idx, axis=ax)
    return wrap(val), wrap(ivy.astype(idx, ivy.int64))


@fn
def mode(x: Any, axis: int = -1, keepdim: bool = False, name: str | None = None) -> tuple[Tensor, Tensor]:
    """paddle.mode: the most frequent value along ``axis`` (the smallest on ties) and its last index."""
    a = as_ivy(x)
    ax = axis % a.ndim if a.ndim else 0
    if a.ndim == 0:
        return wrap(a), wrap(ivy.asarray(0, dtype=ivy.int64))
    e1, e2 = ivy.expand_dims(a, axis=ax + 1), ivy.expand_dims(a, axis=ax)
    counts = ivy.sum(ivy.astype(ivy.equal(e1, e2), ivy.int64), axis=ax + 1)
    best = ivy.max(counts, axis=ax, keepdims=True)
    big = ivy.where(counts == best, a, ivy.max(a, axis=ax, keepdims=True))
    val = ivy.min(big, axis=ax, keepdims=True)
    pos = ivy.arange(a.shape[ax], dtype=ivy.int64)
    pos = ivy.reshape(pos, tuple(-1 if i == ax else 1 for i in range(a.ndim)))
    idx = ivy.max(ivy.where(ivy.equal(a, val), pos, ivy.full_like(pos, -1)), axis=ax, keepdims=True)
    if not keepdim:
        val, idx = ivy.squeeze(val, axis=ax), ivy.squeeze(idx, axis=ax)
    return wrap(val), wrap(idx)


@fn
def msort(input: Any, out: Any = None) -> Tensor:
    """paddle.msort: sorted along the first axis."""
    return wrap(ivy.sort(as_ivy(input), axis=0))


@fn
def inverse(x: Any, name: str | None = None) -> Tensor:
    """paddle.inverse: the matrix inverse."""
    from ivy_frontends.paddle import linalg

    return linalg.inv(x)


@fn
def histogramdd(
    x: Any, bins: Any = 10, ranges: Any = None, density: bool = False, weights: Any = None, name: Any = None
) -> tuple[Tensor, list[Tensor]]:
    """paddle.histogramdd: counts of the rows of ``x`` (last axis: the D coordinates) in a D-dim grid of bins,
    and the bin edges per dimension (the data's range by default; a value on the upper edge counts in the last bin)."""
    a = _float(as_ivy(x))
    d = a.shape[-1]
    pts = ivy.reshape(a, (-1, d))
    nbins = [builtins.int(b) for b in (bins if isinstance(bins, (list, tuple)) else [bins] * d)]
    if len(nbins) != d:
        raise ValueError(f"paddle.histogramdd: {len(nbins)} bin counts for {d} dimensions")
    if ranges is not None and len(ranges) != 2 * d:
        raise ValueError(f"paddle.histogramdd: ranges needs {2 * d} values (min and max per dimension)")
    edges, flat, inside = [], ivy.zeros((pts.shape[0],), dtype=ivy.int64), ivy.ones((pts.shape[0],), dtype=ivy.bool)
    for k in range(d):
        col = pts[:, k]
        if ranges is None:
            lo, hi = builtins.float(ivy.min(col)), builtins.float(ivy.max(col))
        else:
            lo, hi = builtins.float(ranges[2 * k]), builtins.float(ranges[2 * k + 1])
        edges.append(ivy.linspace(lo, hi, nbins[k] + 1, dtype=a.dtype))
        scale = nbins[k] / (hi - lo) if hi > lo else 0.0  # an empty range: everything on its upper edge
        idx = ivy.astype(ivy.floor(ivy.multiply(ivy.subtract(col, lo), scale)), ivy.int64)
        idx = ivy.where(col >= hi, ivy.full_like(idx, nbins[k] - 1), ivy.clip(idx, 0, nbins[k] - 1))
        inside = ivy.logical_and(inside, ivy.logical_and(col >= lo, col <= hi))
        flat = ivy.add(ivy.multiply(flat, nbins[k]), idx)
    w = ivy.astype(inside, a.dtype)
    if weights is not None:
        w = ivy.multiply(w, ivy.reshape(ivy.astype(as_ivy(weights), a.dtype), (-1,)))
    total = math.prod(nbins)
    hist = ivy.reshape(_bincount(flat, w, total), tuple(nbins))
    if density:
        widths = [ivy.diff(e) for e in edges]
        vol = widths[0]
        for wk in widths[1:]:
            vol = ivy.multiply(ivy.expand_dims(vol, -1), wk)
        hist = ivy.divide(hist, ivy.multiply(ivy.sum(hist), vol))
    return wrap(hist), [wrap(e) for e in edges]
