"""Array creation: ``zeros``, ``arange``, ``linspace``, ``eye``, ``*_like``, ``meshgrid``, ``tri``..."""

from __future__ import annotations

import builtins
import math
from typing import Any

import ivy
from ivy_frontends.numpy._dtypes import result_type
from ivy_frontends.numpy._helpers import arr, dtype_arg, shape_arg
from ivy_frontends.numpy._ndarray import array, asarray, ndarray, wrap

__all__ = [
    "array",
    "asarray",
    "asanyarray",
    "ascontiguousarray",
    "zeros",
    "ones",
    "empty",
    "full",
    "zeros_like",
    "ones_like",
    "empty_like",
    "full_like",
    "arange",
    "linspace",
    "logspace",
    "geomspace",
    "eye",
    "identity",
    "tri",
    "tril",
    "triu",
    "diag",
    "diagflat",
    "meshgrid",
    "indices",
    "copy",
    "frombuffer",
    "fromfunction",
    "vander",
    "asarray_chkfinite",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
]


def asanyarray(a: Any, dtype: Any = None, **kwargs: Any) -> ndarray:
    """``asarray`` (there are no subclasses here)."""
    return asarray(a, dtype)


def ascontiguousarray(a: Any, dtype: Any = None, **kwargs: Any) -> ndarray:
    """``asarray``: ivy arrays have no memory layout to fix."""
    return asarray(a, dtype)


def asarray_chkfinite(a: Any, dtype: Any = None, **kwargs: Any) -> ndarray:
    """``asarray`` that refuses infinities and NaNs."""
    x = asarray(a, dtype)
    if x.dtype.kind in "fc" and not builtins.bool(ivy.all(ivy.isfinite(x._a))):
        raise ValueError("numpy.asarray_chkfinite: array must not contain infs or NaNs")
    return x


def _filled(name: str, shape: Any, value: Any, dtype: Any) -> ndarray:
    d = dtype_arg(dtype, f"numpy.{name}") or ivy.float64
    return ndarray(ivy.full(shape_arg(shape, f"numpy.{name}"), value, dtype=d))


def zeros(shape: Any, dtype: Any = float, order: str = "C", **kwargs: Any) -> ndarray:
    """An array of zeros (float64 by default)."""
    return _filled("zeros", shape, 0, dtype)


def ones(shape: Any, dtype: Any = None, order: str = "C", **kwargs: Any) -> ndarray:
    """An array of ones (float64 by default)."""
    return _filled("ones", shape, 1, dtype)


def empty(shape: Any, dtype: Any = float, order: str = "C", **kwargs: Any) -> ndarray:
    """An array whose values are unspecified (zeros here)."""
    return _filled("empty", shape, 0, dtype)


def full(shape: Any, fill_value: Any, dtype: Any = None, order: str = "C", **kwargs: Any) -> ndarray:
    """An array filled with ``fill_value``; the dtype defaults to the value's."""
    d = dtype_arg(dtype, "numpy.full")
    value = arr(fill_value, "numpy.full", "fill_value")
    d = d or value.dtype
    return ndarray(ivy.astype(ivy.broadcast_to(value, shape_arg(shape, "numpy.full")), d, copy=True))


def _like(name: str, a: Any, dtype: Any, shape: Any, value: Any) -> ndarray:
    x = arr(a, f"numpy.{name}")
    d = dtype_arg(dtype, f"numpy.{name}") or x.dtype
    s = x.shape if shape is None else shape_arg(shape, f"numpy.{name}")
    v = arr(value, f"numpy.{name}", "fill_value")
    return ndarray(ivy.astype(ivy.broadcast_to(v, s), d, copy=True))


def zeros_like(
    a: Any, dtype: Any = None, order: str = "K", subok: bool = True, shape: Any = None, **kw: Any
) -> ndarray:
    """Zeros with ``a``'s shape and dtype."""
    return _like("zeros_like", a, dtype, shape, 0)


def ones_like(a: Any, dtype: Any = None, order: str = "K", subok: bool = True, shape: Any = None, **kw: Any) -> ndarray:
    """Ones with ``a``'s shape and dtype."""
    return _like("ones_like", a, dtype, shape, 1)


def empty_like(
    a: Any, dtype: Any = None, order: str = "K", subok: bool = True, shape: Any = None, **kw: Any
) -> ndarray:
    """Unspecified values (zeros here) with ``a``'s shape and dtype."""
    return _like("empty_like", a, dtype, shape, 0)


def full_like(
    a: Any, fill_value: Any, dtype: Any = None, order: str = "K", subok: bool = True, shape: Any = None, **kw: Any
) -> ndarray:
    """``fill_value`` with ``a``'s shape and dtype."""
    return _like("full_like", a, dtype, shape, fill_value)


def arange(start: Any, stop: Any = None, step: Any = None, dtype: Any = None, **kwargs: Any) -> ndarray:
    """Evenly spaced values in ``[start, stop)``; the dtype follows the arguments, like NumPy."""
    if stop is None:
        start, stop = 0, start
    step = 1 if step is None else step
    if step == 0:
        raise ZeroDivisionError("numpy.arange: argument 'step' must not be zero")
    d = dtype_arg(dtype, "numpy.arange")
    natural = result_type(*(v for v in (start, stop, step))).ivy
    n = builtins.max(0, math.ceil((stop - start) / step))
    if natural.kind in "iu":
        out = ivy.arange(int(start), int(stop), int(step), dtype=natural)
    else:  # NumPy computes start + i * step, which ivy.arange may round differently
        out = ivy.add(ivy.multiply(ivy.arange(n, dtype=ivy.float64), float(step)), float(start))
    return ndarray(out if d is None else ivy.astype(out, d))


def linspace(
    start: Any,
    stop: Any,
    num: int = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: Any = None,
    axis: int = 0,
    **kwargs: Any,
) -> Any:
    """``num`` evenly spaced values from ``start`` to ``stop``."""
    if num < 0:
        raise ValueError(f"numpy.linspace: argument 'num' must be non-negative, got {num}")
    d = dtype_arg(dtype, "numpy.linspace")
    out = ivy.linspace(float(start), float(stop), num, dtype=ivy.float64, endpoint=endpoint)
    out = ivy.astype(out, d) if d is not None else out
    if retstep:
        div = (num - 1) if endpoint else num
        return ndarray(out), (stop - start) / div if div > 0 else float("nan")
    return ndarray(out)


def logspace(
    start: Any, stop: Any, num: int = 50, endpoint: bool = True, base: float = 10.0, dtype: Any = None, axis: int = 0
) -> ndarray:
    """``base ** linspace(start, stop, num)``."""
    exps = ivy.linspace(float(start), float(stop), num, dtype=ivy.float64, endpoint=endpoint)
    out = ivy.pow(float(base), exps)
    d = dtype_arg(dtype, "numpy.logspace")
    return ndarray(ivy.astype(out, d) if d else out)


def geomspace(start: Any, stop: Any, num: int = 50, endpoint: bool = True, dtype: Any = None, axis: int = 0) -> ndarray:
    """Values spaced evenly on a log scale, ``start`` and ``stop`` included exactly."""
    if start == 0 or stop == 0:
        raise ValueError("numpy.geomspace: geometric sequence cannot include zero")
    sign = -1.0 if start < 0 and stop < 0 else 1.0
    out = logspace(math.log10(abs(start)), math.log10(abs(stop)), num, endpoint)._a
    if num > 0:
        out[0] = abs(float(start))
        if endpoint and num > 1:
            out[-1] = abs(float(stop))
    out = ivy.multiply(out, sign)
    d = dtype_arg(dtype, "numpy.geomspace")
    return ndarray(ivy.astype(out, d) if d else out)


def eye(N: int, M: int | None = None, k: int = 0, dtype: Any = float, **kwargs: Any) -> ndarray:  # noqa: N803
    """A 2-d array with ones on diagonal ``k``."""
    return ndarray(ivy.eye(N, M, k=k, dtype=dtype_arg(dtype, "numpy.eye") or ivy.float64))


def identity(n: int, dtype: Any = None, **kwargs: Any) -> ndarray:
    """The ``n`` x ``n`` identity matrix."""
    return eye(n, dtype=dtype or float)


def tri(N: int, M: int | None = None, k: int = 0, dtype: Any = float, **kwargs: Any) -> ndarray:  # noqa: N803
    """Ones at and below diagonal ``k``."""
    d = dtype_arg(dtype, "numpy.tri") or ivy.float64
    return ndarray(ivy.tril(ivy.ones((N, N if M is None else M), dtype=d), k=k))


def tril(m: Any, k: int = 0) -> ndarray:
    """Zero above diagonal ``k``."""
    return ndarray(ivy.tril(arr(m, "numpy.tril", "m"), k=k))


def triu(m: Any, k: int = 0) -> ndarray:
    """Zero below diagonal ``k``."""
    return ndarray(ivy.triu(arr(m, "numpy.triu", "m"), k=k))


def diag(v: Any, k: int = 0) -> ndarray:
    """The diagonal of a 2-d array, or a 2-d array with ``v`` on its diagonal."""
    x = arr(v, "numpy.diag", "v")
    if x.ndim == 2:
        return ndarray(ivy.linalg.diagonal(x, offset=k))
    if x.ndim != 1:
        raise ValueError(f"numpy.diag: argument 'v': input must be 1- or 2-d, got {x.ndim}-d")
    n = x.shape[0] + builtins.abs(k)
    out = ivy.zeros((n, n), dtype=x.dtype)
    rows = ivy.arange(x.shape[0]) + builtins.max(-k, 0)
    out[rows, rows + k] = x
    return ndarray(out)


def diagflat(v: Any, k: int = 0) -> ndarray:
    """``diag`` of the flattened input."""
    return diag(ivy.reshape(arr(v, "numpy.diagflat", "v"), (-1,)), k)


def meshgrid(*xi: Any, copy: bool = True, sparse: bool = False, indexing: str = "xy") -> tuple[ndarray, ...]:
    """Coordinate matrices from coordinate vectors."""
    if indexing not in ("xy", "ij"):
        raise ValueError(f"numpy.meshgrid: argument 'indexing' must be 'xy' or 'ij', got {indexing!r}")
    arrays = [ivy.reshape(arr(x, "numpy.meshgrid", "xi"), (-1,)) for x in xi]
    return tuple(wrap(ivy.meshgrid(*arrays, indexing=indexing))) if arrays else ()


def indices(dimensions: Any, dtype: Any = int, sparse: bool = False) -> ndarray:
    """The index grid of an array of shape ``dimensions``."""
    d = dtype_arg(dtype, "numpy.indices")
    grids = ivy.meshgrid(*(ivy.arange(n, dtype=d) for n in dimensions), indexing="ij")
    return ndarray(ivy.stack(grids) if grids else ivy.zeros((0,), dtype=d))


def copy(a: Any, order: str = "K", subok: bool = False) -> ndarray:
    """A copy of ``a``."""
    return array(a, copy=True)


def frombuffer(buffer: Any, dtype: Any = float, count: int = -1, offset: int = 0) -> ndarray:
    """Not supported: ivy arrays are not built from raw bytes."""
    raise NotImplementedError("numpy.frombuffer: building an array from raw bytes is not supported by the frontend")


def fromfunction(function: Any, shape: Any, *, dtype: Any = float, **kwargs: Any) -> Any:
    """``function`` called with the index grids of ``shape``."""
    grids = indices(shape, dtype=dtype)
    return function(*(grids[i] for i in range(len(shape))), **kwargs)


def vander(x: Any, N: int | None = None, increasing: bool = False) -> ndarray:  # noqa: N803
    """Columns are powers of ``x``."""
    v = arr(x, "numpy.vander", "x")
    n = v.shape[0] if N is None else N
    powers = ivy.arange(n, dtype=ivy.int64)
    if not increasing:
        powers = ivy.flip(powers)
    return ndarray(ivy.pow(ivy.expand_dims(v, axis=1), ivy.astype(powers, v.dtype) if v.dtype.kind != "b" else powers))


def _atleast(n: int, arys: tuple) -> Any:
    out = []
    for a in arys:
        x = arr(a, f"numpy.atleast_{n}d", "arys")
        if x.ndim < n:
            s = x.shape
            new = {
                (1, 0): (1,),
                (2, 0): (1, 1),
                (2, 1): (1, *s),
                (3, 0): (1, 1, 1),
                (3, 1): (1, *s, 1),
                (3, 2): (*s, 1),
            }
            x = ivy.reshape(x, new[(n, x.ndim)])
        out.append(ndarray(x))
    return out[0] if len(out) == 1 else tuple(out)


def atleast_1d(*arys: Any) -> Any:
    """Each input with at least one dimension."""
    return _atleast(1, arys)


def atleast_2d(*arys: Any) -> Any:
    """Each input with at least two dimensions (new axes in front)."""
    return _atleast(2, arys)


def atleast_3d(*arys: Any) -> Any:
    """Each input with at least three dimensions (NumPy's placement)."""
    return _atleast(3, arys)
