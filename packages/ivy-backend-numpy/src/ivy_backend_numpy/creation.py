"""Array creation functions."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl


@hookimpl
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    return np.arange(start, stop, step, dtype=dtype)


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if copy is False and not hasattr(obj, "__array__") and not hasattr(obj, "__buffer__"):
        if not isinstance(obj, memoryview):
            raise ValueError("asarray: copy=False was requested but a Python object always needs a copy")
    result = np.array(obj, dtype=dtype, copy=copy)
    if result.dtype.kind in "OUSV":  # None, strings, ragged or arbitrary objects: no array of numbers
        raise TypeError(f"asarray: cannot make a numeric array from {type(obj).__name__} {obj!r:.60}")
    return result


@hookimpl
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return np.empty(shape, dtype=dtype)


@hookimpl
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return np.empty_like(x, dtype=dtype)


@hookimpl
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    return np.eye(n_rows, n_cols, k=k, dtype=dtype)


@hookimpl
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    if device is None and copy is None:
        return np.from_dlpack(x)
    return np.from_dlpack(x, device=device, copy=copy)


@hookimpl
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    return np.full(shape, fill_value, dtype=dtype)


@hookimpl
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    return np.full_like(x, fill_value, dtype=dtype)


@hookimpl
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    if dtype is None and any(isinstance(v, complex) for v in (start, stop)):
        dtype = np.complex128
    return np.linspace(start, stop, num, dtype=dtype, endpoint=endpoint)


@hookimpl
def meshgrid(arrays: Any, indexing: Any) -> Any:
    return np.meshgrid(*arrays, indexing=indexing)


@hookimpl
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return np.ones(shape, dtype=dtype)


@hookimpl
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    return np.ones_like(x, dtype=dtype)


@hookimpl
def tril(x: Any, k: Any) -> Any:
    return np.tril(x, k=k)


@hookimpl
def triu(x: Any, k: Any) -> Any:
    return np.triu(x, k=k)


@hookimpl
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return np.zeros(shape, dtype=dtype)


@hookimpl
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    return np.zeros_like(x, dtype=dtype)


@hookimpl
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    return x.astype(dtype, copy=copy)
