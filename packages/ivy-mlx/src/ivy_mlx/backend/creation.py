"""Array creation functions. MLX defaults to 32-bit dtypes; the core's defaults are 64-bit,
so a missing dtype is always resolved here first."""

from __future__ import annotations

from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import PROMOTION, Missing, native_dtype_of_numpy, to_numpy


def _scalar_dtype(*values: Any) -> Any:
    dtype = None
    for v in values:
        if v is None:
            continue
        d = PROMOTION.result_dtype(v, v)
        dtype = d if dtype is None else PROMOTION.table[dtype, d]
    return dtype


@hookimpl
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    dtype = dtype or _scalar_dtype(start, stop, step)
    np_dtype = np.dtype(str(dtype).split(".")[-1]) if dtype != mx.bfloat16 else np.float32
    values = np.arange(start, stop, step, dtype=np_dtype)
    return mx.array(values, dtype=native_dtype_of_numpy(values.dtype)).astype(dtype)


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if isinstance(obj, mx.array):
        result = obj if dtype is None else obj.astype(dtype)
        return mx.array(result) if copy and result is obj else result
    if copy is False and not hasattr(obj, "__array__") and not hasattr(obj, "__buffer__"):
        raise ValueError("asarray: copy=False was requested but a Python object always needs a copy")
    target = None if dtype is None or dtype == mx.bfloat16 else to_numpy(mx.zeros((), dtype=dtype)).dtype
    if dtype is not None and dtype == mx.bfloat16:
        target = np.dtype(np.float32)
    array = np.asarray(obj) if target is None else _exact_numpy(obj, target)
    if array.dtype.kind in "OUSV":
        raise TypeError(f"asarray: cannot make a numeric array from {type(obj).__name__} {obj!r:.60}")
    if dtype is None and array.dtype == np.complex128 and not hasattr(obj, "dtype"):
        array = array.astype(np.complex64)  # Python complex data takes the default complex dtype, complex64 here
    if dtype is None:
        dtype = native_dtype_of_numpy(array.dtype)
    # mx.array(float64 NumPy array) gives float32: always name the dtype
    return mx.array(array, dtype=native_dtype_of_numpy(array.dtype)).astype(dtype)


def _exact_numpy(obj: Any, dtype: np.dtype) -> np.ndarray:
    """``obj`` as NumPy of ``dtype`` without a float detour for large Python ints."""
    try:
        return np.asarray(obj, dtype=dtype)
    except (OverflowError, TypeError, ValueError):
        return np.asarray(obj).astype(dtype)


def _filled(shape: Any, value: Any, dtype: Any) -> Any:
    dtype = dtype or _scalar_dtype(value)
    return mx.full(shape, mx.array(value, dtype=dtype), dtype=dtype)


@hookimpl
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return mx.zeros(shape, dtype=dtype or _scalar_dtype(0.0))


@hookimpl
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return mx.zeros(x.shape, dtype=dtype or x.dtype)


@hookimpl
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    return mx.eye(n_rows, n_cols, k=k, dtype=dtype or _scalar_dtype(0.0))


@hookimpl
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    return asarray(np.from_dlpack(x), None, device, copy)


@hookimpl
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    return _filled(shape, fill_value, dtype)


@hookimpl
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    return _filled(x.shape, fill_value, dtype or x.dtype)


@hookimpl
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    dtype = dtype or _scalar_dtype(float(abs(start)) if not isinstance(start, complex) else start, stop)
    if isinstance(dtype, Missing):
        raise TypeError(f"linspace: the mlx backend has no {dtype} dtype (the default for complex bounds)")
    np_dtype = to_numpy(mx.zeros((), dtype=dtype)).dtype
    values = np.linspace(start, stop, num, endpoint=endpoint).astype(np_dtype)
    return mx.array(values, dtype=native_dtype_of_numpy(values.dtype)).astype(dtype)


@hookimpl
def meshgrid(arrays: Any, indexing: Any) -> Any:
    return mx.meshgrid(*arrays, indexing=indexing)


@hookimpl
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return mx.ones(shape, dtype=dtype or _scalar_dtype(0.0))


@hookimpl
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    return mx.ones(x.shape, dtype=dtype or x.dtype)


@hookimpl
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return mx.zeros(shape, dtype=dtype or _scalar_dtype(0.0))


@hookimpl
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    return mx.zeros(x.shape, dtype=dtype or x.dtype)


@hookimpl
def tril(x: Any, k: Any) -> Any:
    mask = mx.tri(x.shape[-2], x.shape[-1], k=k, dtype=mx.bool_)
    return mx.where(mask, x, mx.zeros_like(x))


@hookimpl
def triu(x: Any, k: Any) -> Any:
    mask = mx.tri(x.shape[-2], x.shape[-1], k=k - 1, dtype=mx.bool_)
    return mx.where(mask, mx.zeros_like(x), x)


@hookimpl
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    if x.dtype == dtype:
        return mx.array(x) if copy else x
    return x.astype(dtype)
