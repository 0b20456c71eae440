"""Array creation and ``astype``.

Every created array gets an explicit dtype (Ivy's defaults, float64, int64,
complex128, when none is given), so JAX's own defaults and weak types never
decide a result dtype. Constant arrays for a host (CPU) device are built
with NumPy and handed to JAX, which compiles nothing; other devices use
``jax.numpy``'s constructors.

JAX arrays are immutable: ``copy=False`` is honoured for a JAX array that
already has the requested dtype and device (the same array is returned) and
raises ``ValueError`` when a copy would be needed, as for any Python or
NumPy object (JAX copies host memory to make an array).
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
    ArrayImpl,
    as_array,
    default_dtype_of_scalar,
    elementwise_call,
    fit_scalar,
    from_host,
    host_target,
    jit,
    kernel,
    on_cpu,
    scoped,
)


def _on(result: Any, device: Any) -> Any:
    return result if device is None else jax.device_put(result, device)


@scoped
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    if dtype is None:
        dtype = DEFAULT_FLOAT if any(isinstance(v, float) for v in (start, stop, step)) else DEFAULT_INT
    host, device = host_target(device)
    if host:
        return from_host(np.arange(start, stop, step, dtype=dtype), device)
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
        result = obj if keeps_dtype else _astype(obj, dtype)
        result = _on(result, device)
        return _copy(result) if copy and result is obj else result
    if copy is False:
        raise ValueError(
            f"asarray: copy=False was requested but a JAX array made from a {type(obj).__name__} always needs a copy"
        )
    if dtype is None and type(obj) in SCALARS:
        dtype = default_dtype_of_scalar(obj)
    # NumPy reads nested sequences, buffers and __array__ objects, with exact
    # 64-bit integers; the transfer then makes the JAX array.
    return from_host(np.asarray(obj, dtype=dtype), device)


_copy = jit(lambda x: jnp.array(x, copy=True))


def _fill(shape: Any, value: Any, dtype: Any, device: Any) -> Any:
    host, device = host_target(device)
    if host:
        return from_host(np.full(shape, value, dtype=dtype), device)
    return jnp.full(shape, fit_scalar(value, np.dtype(dtype)), dtype=dtype, device=device)


def _like(x: Any, dtype: Any, device: Any) -> tuple[Any, Any]:
    """The dtype and device of an array made like ``x``."""
    if device is None and x.__class__ is ArrayImpl and not on_cpu(x):
        device = next(iter(x.devices()))
    return np.dtype(dtype or x.dtype), device


@scoped
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return _fill(shape, 0, dtype or DEFAULT_FLOAT, device)


@scoped
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    dtype, device = _like(x, dtype, device)
    return _fill(x.shape, 0, dtype, device)


@scoped
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or DEFAULT_FLOAT
    host, device = host_target(device)
    if host:
        return from_host(np.eye(n_rows, n_cols, k=k, dtype=dtype), device)
    return jnp.eye(n_rows, n_cols, k=k, dtype=dtype, device=device)


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
    return _fill(shape, fill_value, dtype or _fill_dtype(fill_value), device)


@scoped
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype, device = _like(x, dtype, device)
    return _fill(x.shape, fill_value, dtype, device)


@scoped
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    if dtype is None:
        dtype = DEFAULT_COMPLEX if any(isinstance(v, complex) for v in (start, stop)) else DEFAULT_FLOAT
    host, device = host_target(device)
    if host:
        return from_host(np.linspace(start, stop, num, endpoint=endpoint, dtype=dtype), device)
    return jnp.linspace(start, stop, num, endpoint=endpoint, dtype=dtype, device=device)


@kernel("indexing", sequences=("arrays",), host=lambda arrays, indexing: tuple(np.meshgrid(*arrays, indexing=indexing)))
def meshgrid(arrays: Any, indexing: Any) -> Any:
    return tuple(jnp.meshgrid(*arrays, indexing=indexing))


@scoped
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return _fill(shape, 1, dtype or DEFAULT_FLOAT, device)


@scoped
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    dtype, device = _like(x, dtype, device)
    return _fill(x.shape, 1, dtype, device)


@kernel("k", host=lambda x, k: np.tril(x, k))
def tril(x: Any, k: Any) -> Any:
    return jnp.tril(x, k=k)


@kernel("k", host=lambda x, k: np.triu(x, k))
def triu(x: Any, k: Any) -> Any:
    return jnp.triu(x, k=k)


@scoped
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return _fill(shape, 0, dtype or DEFAULT_FLOAT, device)


@scoped
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    dtype, device = _like(x, dtype, device)
    return _fill(x.shape, 0, dtype, device)


def _convert(x: Any, dtype: Any) -> Any:
    if x.dtype.kind == "c" and dtype.kind != "c":
        # The standard leaves complex -> real to the library; like NumPy, keep the real part.
        return (x != 0) if dtype == BOOL else jnp.real(x).astype(dtype)
    return jax.lax.convert_element_type(x, dtype)


_astype = jit(_convert, (1,))
_astype_seen: dict = {}


@scoped
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    x = as_array(x)
    dtype = np.dtype(dtype)
    if x.dtype == dtype and not x.weak_type:
        result = _copy(x) if copy and x.__class__ is ArrayImpl else x
    elif x.__class__ is ArrayImpl:
        result = elementwise_call(_astype, _astype_seen, (x,), (dtype,))
    else:
        result = _convert(x, dtype)
    return _on(result, device)
