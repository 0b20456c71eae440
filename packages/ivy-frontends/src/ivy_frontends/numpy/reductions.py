"""Reductions and running totals: ``sum``, ``prod``, ``max``, ``mean``, ``std``, ``cumsum``, ``diff``...

Each is one ivy reduction plus NumPy's arguments: ``axis`` (int, tuple or
``None``), ``dtype``, ``out``, ``keepdims``, ``initial`` and ``where``.
"""

# ruff: noqa: A001 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.numpy._helpers import arr, axis_arg, dtype_arg, finish
from ivy_frontends.numpy._ndarray import ndarray

__all__ = [
    "sum",
    "prod",
    "max",
    "min",
    "amax",
    "amin",
    "ptp",
    "mean",
    "std",
    "var",
    "all",
    "any",
    "cumsum",
    "cumprod",
    "cumulative_sum",
    "cumulative_prod",
    "diff",
    "ediff1d",
    "count_nonzero",
    "average",
    "trapezoid",
]

_builtin_sum = sum


def _masked(x: ivy.Array, where: Any, fill: Any, name: str) -> ivy.Array:
    if where is True:
        return x
    mask = ivy.astype(arr(where, name, "where"), ivy.bool)
    return ivy.where(mask, x, ivy.full_like(x, fill))


def _reduce(
    name: str,
    fn: Any,
    a: Any,
    axis: Any,
    dtype: Any,
    out: Any,
    keepdims: bool,
    initial: Any,
    where: Any,
    fill: Any,
    combine: Any = None,
    **extra: Any,
) -> Any:
    where_ = f"numpy.{name}"
    x = arr(a, where_)
    d = dtype_arg(dtype, where_)
    ax = axis_arg(axis, x.ndim, where_)
    if fill is not None:
        x = _masked(x, where, fill, where_)
    elif where is not True:
        if initial is None:
            raise ValueError(
                f"{where_}: reduction operation '{name}' does not have an identity,"
                " so to use a where mask one has to specify 'initial'"
            )
        x = _masked(x, where, initial, where_)
    if d is not None:
        extra["dtype"] = d
    if fn in (ivy.max, ivy.min) and x.size == 0 and initial is None:
        op = "maximum" if fn is ivy.max else "minimum"
        raise ValueError(f"{where_}: zero-size array to reduction operation {op} which has no identity")
    result = fn(x, axis=ax, keepdims=keepdims, **extra)
    if initial is not None and combine is not None:
        result = combine(result, initial)
    return finish(result, out, where_)


#: the parameters after ``axis`` (and ``dtype``) of NumPy's reductions with an ``initial`` value
_REDUCTION_TAIL = {"out": None, "keepdims": False, "initial": None, "where": True}


def _reducing(name: str, fn: Any, identity: Any, combine: Any, what: str, with_dtype: bool) -> Any:
    """``numpy.<name>``: ``fn`` over ``axis``; ``identity`` fills masked-out elements, ``combine`` adds ``initial``."""

    def reduction(**given: Any) -> Any:
        a, axis, dtype = given["a"], given["axis"], given.get("dtype")
        out, keepdims, initial, where = (given[k] for k in _REDUCTION_TAIL)
        return _reduce(name, fn, a, axis, dtype, out, keepdims, initial, where, identity, combine)

    head = {"axis": None, "dtype": None} if with_dtype else {"axis": None}
    return signed(name, params("a", **head, **_REDUCTION_TAIL), reduction, f"{what} over ``axis``.")


sum = _reducing("sum", ivy.sum, 0, ivy.add, "Sum of elements", True)
prod = _reducing("prod", ivy.prod, 1, ivy.multiply, "Product of elements", True)
max = _reducing("max", ivy.max, None, ivy.maximum, "Largest element (NaN if any is NaN)", False)
min = _reducing("min", ivy.min, None, ivy.minimum, "Smallest element (NaN if any is NaN)", False)
amax, amin = max, min


def ptp(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False) -> Any:
    """Range (max - min) over ``axis``."""
    x = arr(a, "numpy.ptp")
    ax = axis_arg(axis, x.ndim, "numpy.ptp")
    return finish(ivy.subtract(ivy.max(x, axis=ax, keepdims=keepdims), ivy.min(x, axis=ax, keepdims=keepdims)), out)


def all(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> Any:
    """Whether every element over ``axis`` is true."""
    return _reduce("all", ivy.all, a, axis, None, out, keepdims, None, where, True)


def any(a: Any, axis: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True) -> Any:
    """Whether some element over ``axis`` is true."""
    return _reduce("any", ivy.any, a, axis, None, out, keepdims, None, where, False)


def _float(x: ivy.Array, d: ivy.DType | None) -> ivy.Array:
    if d is not None:
        return ivy.astype(x, d)
    return x if x.dtype.kind in "fc" else ivy.astype(x, ivy.float64)


def mean(
    a: Any, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: bool = False, *, where: Any = True
) -> Any:
    """Arithmetic mean over ``axis`` (integers in float64)."""
    x = arr(a, "numpy.mean")
    x = _float(x, dtype_arg(dtype, "numpy.mean"))
    ax = axis_arg(axis, x.ndim, "numpy.mean")
    if where is True:
        return finish(ivy.mean(x, axis=ax, keepdims=keepdims), out, "numpy.mean")
    mask = ivy.broadcast_to(ivy.astype(arr(where, "numpy.mean", "where"), ivy.bool), x.shape)
    total = ivy.sum(ivy.where(mask, x, ivy.zeros_like(x)), axis=ax, keepdims=keepdims)
    count = ivy.sum(ivy.astype(mask, x.dtype), axis=ax, keepdims=keepdims)
    return finish(ivy.divide(total, count), out, "numpy.mean")


def _moment(name: str, fn: Any, what: str) -> Any:
    def moment(
        a: Any,
        axis: Any = None,
        dtype: Any = None,
        out: Any = None,
        ddof: float = 0,
        keepdims: bool = False,
        *,
        where: Any = True,
        mean: Any = None,
        correction: Any = None,
    ) -> Any:
        x = _float(arr(a, f"numpy.{name}"), dtype_arg(dtype, f"numpy.{name}"))
        c = correction if correction is not None else ddof
        result = fn(x, axis=axis_arg(axis, x.ndim, f"numpy.{name}"), correction=c, keepdims=keepdims)
        return finish(result, out, f"numpy.{name}")

    return named(moment, name, f"{what} over ``axis`` with ``ddof`` degrees of freedom removed.")


std = _moment("std", ivy.std, "Standard deviation")
var = _moment("var", ivy.var, "Variance")


def _cumulative(name: str, fn: Any, a: Any, axis: Any, dtype: Any, out: Any, include_initial: bool = False) -> Any:
    x = arr(a, f"numpy.{name}")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    d = dtype_arg(dtype, f"numpy.{name}")
    result = fn(x, axis=axis_arg(axis, x.ndim, f"numpy.{name}"), dtype=d, include_initial=include_initial)
    return finish(result, out, f"numpy.{name}")


def cumsum(a: Any, axis: int | None = None, dtype: Any = None, out: Any = None) -> Any:
    """Running sum along ``axis`` (flattened when ``None``)."""
    return _cumulative("cumsum", ivy.cumulative_sum, a, axis, dtype, out)


def cumprod(a: Any, axis: int | None = None, dtype: Any = None, out: Any = None) -> Any:
    """Running product along ``axis`` (flattened when ``None``)."""
    return _cumulative("cumprod", ivy.cumulative_prod, a, axis, dtype, out)


def cumulative_sum(
    x: Any, /, *, axis: int | None = None, dtype: Any = None, out: Any = None, include_initial: bool = False
) -> Any:
    """The standard's running sum (``include_initial`` prepends 0)."""
    return _cumulative("cumulative_sum", ivy.cumulative_sum, x, axis, dtype, out, include_initial)


def cumulative_prod(
    x: Any, /, *, axis: int | None = None, dtype: Any = None, out: Any = None, include_initial: bool = False
) -> Any:
    """The standard's running product (``include_initial`` prepends 1)."""
    return _cumulative("cumulative_prod", ivy.cumulative_prod, x, axis, dtype, out, include_initial)


def diff(a: Any, n: int = 1, axis: int = -1, prepend: Any = None, append: Any = None) -> ndarray:
    """``n``-th differences along ``axis``."""
    x = arr(a, "numpy.diff")
    axis = axis_arg(axis, x.ndim, "numpy.diff")
    if n < 0:
        raise ValueError(f"numpy.diff: order must be non-negative but got {n}")
    if n == 0:
        return ndarray(x)

    def edge(v: Any, arg: str) -> Any:
        if v is None:
            return None
        e = arr(v, "numpy.diff", arg)
        shape = list(x.shape)
        shape[axis] = 1
        return ivy.broadcast_to(e, tuple(shape)) if e.ndim == 0 else e

    pre, app = edge(prepend, "prepend"), edge(append, "append")
    if x.dtype is ivy.bool:
        parts = [p for p in (pre, x, app) if p is not None]
        x = ivy.concat(parts, axis=axis) if len(parts) > 1 else x
        for _ in range(n):
            lo = x[(slice(None),) * axis + (slice(None, -1),)]
            hi = x[(slice(None),) * axis + (slice(1, None),)]
            x = ivy.not_equal(hi, lo)
        return ndarray(x)
    return ndarray(ivy.diff(x, axis=axis, n=n, prepend=pre, append=app))


def ediff1d(ary: Any, to_end: Any = None, to_begin: Any = None) -> ndarray:
    """Differences of the flattened array, with optional ends."""
    x = ivy.reshape(arr(ary, "numpy.ediff1d", "ary"), (-1,))
    parts = [ivy.reshape(ivy.astype(arr(to_begin, "numpy.ediff1d"), x.dtype), (-1,))] if to_begin is not None else []
    parts.append(ivy.subtract(x[1:], x[:-1]))
    if to_end is not None:
        parts.append(ivy.reshape(ivy.astype(arr(to_end, "numpy.ediff1d"), x.dtype), (-1,)))
    return ndarray(ivy.concat(parts) if len(parts) > 1 else parts[0])


def count_nonzero(a: Any, axis: Any = None, *, keepdims: bool = False) -> Any:
    """The number of non-zero entries over ``axis``."""
    x = arr(a, "numpy.count_nonzero")
    result = ivy.count_nonzero(x, axis=axis_arg(axis, x.ndim, "numpy.count_nonzero"), keepdims=keepdims)
    return ndarray(ivy.astype(result, ivy.int64))


def average(a: Any, axis: Any = None, weights: Any = None, returned: bool = False, *, keepdims: bool = False) -> Any:
    """Weighted mean over ``axis``."""
    x = _float(arr(a, "numpy.average"), None)
    ax = axis_arg(axis, x.ndim, "numpy.average")
    if weights is None:
        result = ivy.mean(x, axis=ax, keepdims=keepdims)
        total = ivy.full_like(result, x.size // max_(result.size, 1))
    else:
        w = arr(weights, "numpy.average", "weights")
        if w.shape != x.shape:
            if ax is None or not isinstance(ax, int) or w.ndim != 1:
                raise TypeError("numpy.average: axis must be specified when shapes of a and weights differ")
            shape = [1] * x.ndim
            shape[ax] = w.shape[0]
            w = ivy.reshape(w, tuple(shape))
        w = ivy.broadcast_to(w, x.shape)
        total = ivy.sum(w, axis=ax, keepdims=keepdims)
        result = ivy.divide(ivy.sum(ivy.multiply(x, w), axis=ax, keepdims=keepdims), total)
        total = ivy.astype(total, result.dtype)
    return (ndarray(result), ndarray(total)) if returned else ndarray(result)


def max_(a: int, b: int) -> int:
    """The larger of two ints (``max`` is shadowed here)."""
    return a if a > b else b


def trapezoid(y: Any, x: Any = None, dx: float = 1.0, axis: int = -1) -> Any:
    """Integral of ``y`` by the trapezoidal rule."""
    v = _float(arr(y, "numpy.trapezoid", "y"), None)
    axis = axis_arg(axis, v.ndim, "numpy.trapezoid")
    lo = v[(slice(None),) * axis + (slice(None, -1),)]
    hi = v[(slice(None),) * axis + (slice(1, None),)]
    if x is None:
        d = dx
    else:
        xs = arr(x, "numpy.trapezoid", "x")
        d = ivy.diff(xs, axis=-1 if xs.ndim == 1 else axis)
        if xs.ndim == 1 and v.ndim > 1:
            shape = [1] * v.ndim
            shape[axis] = d.shape[0]
            d = ivy.reshape(d, tuple(shape))
    return ndarray(ivy.sum(ivy.multiply(ivy.multiply(ivy.add(lo, hi), d), 0.5), axis=axis))
