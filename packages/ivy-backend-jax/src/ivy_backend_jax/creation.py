"""Array creation and ``astype``.

Every created array gets an explicit dtype (Ivy's defaults, float64, int64,
complex128, when none is given), so JAX's own defaults and weak types never
decide a result dtype. JAX arrays are immutable: ``copy=False`` is honoured
for a JAX array that already has the requested dtype and device (the same
array is returned) and raises ``ValueError`` when a copy would be needed, as
for any Python or NumPy object.
"""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from ivy import Array as IvyArray
from ivy_backend_jax._common import (
    BOOL,
    DEFAULT_COMPLEX,
    DEFAULT_FLOAT,
    DEFAULT_INT,
    SCALARS,
    as_array,
    default_dtype_of_scalar,
    fit_scalar,
    scoped,
    strong,
)


def _on(result: Any, device: Any) -> Any:
    return result if device is None else jax.device_put(result, device)


@scoped
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    if dtype is None:
        dtype = DEFAULT_FLOAT if any(isinstance(v, float) for v in (start, stop, step)) else DEFAULT_INT
    return jnp.arange(start, stop, step, dtype=dtype, device=device)


@scoped
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if isinstance(obj, jax.Array):
        keeps_dtype = dtype is None or obj.dtype == dtype
        keeps_device = device is None or device in obj.devices()
        if copy is False:
            if not (keeps_dtype and keeps_device):
                raise ValueError("asarray: copy=False was requested but changing the dtype or device needs a copy")
            return obj
        result = obj if keeps_dtype else _cast(obj, dtype)
        result = _on(result, device)
        return jnp.array(result, copy=True) if copy and result is obj else result
    if copy is False:
        raise ValueError(
            f"asarray: copy=False was requested but a JAX array made from a {type(obj).__name__} always needs a copy"
        )
    if dtype is None and type(obj) in SCALARS:
        dtype = default_dtype_of_scalar(obj)
    # NumPy reads nested sequences, buffers and __array__ objects, with exact
    # 64-bit integers; the device transfer then makes the JAX array.
    host = np.asarray(obj, dtype=dtype)
    return jnp.asarray(host, device=device)


@scoped
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return jnp.empty(shape, dtype=dtype or DEFAULT_FLOAT, device=device)


@scoped
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return jnp.empty_like(x, dtype=dtype, device=device)


@scoped
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    return jnp.eye(n_rows, n_cols, k=k, dtype=dtype or DEFAULT_FLOAT, device=device)


@scoped
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    if isinstance(x, IvyArray):
        x = x.data
    options = {"device": device, "copy": copy}
    return jnp.from_dlpack(x, **{k: v for k, v in options.items() if v is not None})


def _fill_dtype(fill_value: Any) -> Any:
    if type(fill_value) in SCALARS:
        return default_dtype_of_scalar(fill_value)
    return as_array(fill_value).dtype


@scoped
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or _fill_dtype(fill_value)
    return jnp.full(shape, fit_scalar(fill_value, np.dtype(dtype)), dtype=dtype, device=device)


@scoped
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = np.dtype(dtype or x.dtype)
    return jnp.full_like(x, fit_scalar(fill_value, dtype), dtype=dtype, device=device)


@scoped
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    if dtype is None:
        dtype = DEFAULT_COMPLEX if any(isinstance(v, complex) for v in (start, stop)) else DEFAULT_FLOAT
    return jnp.linspace(start, stop, num, endpoint=endpoint, dtype=dtype, device=device)


@scoped
def meshgrid(arrays: Any, indexing: Any) -> Any:
    return tuple(jnp.meshgrid(*arrays, indexing=indexing))


@scoped
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return jnp.ones(shape, dtype=dtype or DEFAULT_FLOAT, device=device)


@scoped
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    return jnp.ones_like(x, dtype=dtype, device=device)


@scoped
def tril(x: Any, k: Any) -> Any:
    return jnp.tril(x, k=k)


@scoped
def triu(x: Any, k: Any) -> Any:
    return jnp.triu(x, k=k)


@scoped
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return jnp.zeros(shape, dtype=dtype or DEFAULT_FLOAT, device=device)


@scoped
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    return jnp.zeros_like(x, dtype=dtype, device=device)


def _cast(x: Any, dtype: Any) -> Any:
    dtype = np.dtype(dtype)
    if x.dtype.kind == "c" and dtype.kind != "c":
        # The standard leaves complex -> real to the library; like NumPy, keep the real part.
        return (x != 0) if dtype == BOOL else jnp.real(x).astype(dtype)
    return strong(x, dtype)


@scoped
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    x = as_array(x)
    if x.dtype == dtype and not x.weak_type:
        result = jnp.array(x, copy=True) if copy else x
    else:
        result = _cast(x, dtype)
    return _on(result, device)
