"""Array creation functions, and ``astype``.

TensorFlow's defaults are float32 and int32; Ivy's are float64, int64 and
complex128, so every function that infers a dtype passes one explicitly.
Values given as Python objects go through NumPy (whose inference from
Python scalars is Ivy's) and become a tensor once.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, scalar_type
from ivy_backend_tensorflow._common import (
    BOOL,
    COMPLEX,
    DEFAULT_COMPLEX,
    DEFAULT_FLOAT,
    DEFAULT_INT,
    INT64,
    SCALAR_DEFAULT,
    as_tensor,
    deep_copy,
)
from ivy_backend_tensorflow.protocol import device_name, on_device, placement


def numpy_dtype(dtype: tf.DType) -> Any:
    return dtype.as_numpy_dtype


def from_numpy(values: np.ndarray, dtype: tf.DType | None, device: Any) -> tf.Tensor:
    """A tensor holding the NumPy array's values (cast to ``dtype``) on ``device``."""
    if dtype is not None and values.dtype != numpy_dtype(dtype):
        values = values.astype(numpy_dtype(dtype))
    return on_device(device, tf.constant, values)


def _shape(shape: Any) -> list[int]:
    return [int(shape)] if isinstance(shape, int) else [int(s) for s in shape]


def _place_like(result: tf.Tensor, device: Any) -> tf.Tensor:
    if device is None or device_name(device) == placement(result):
        return result
    with tf.device(device):
        return tf.identity(result)


def cast_to(x: tf.Tensor, dtype: tf.DType) -> tf.Tensor:
    """``x`` as ``dtype``, with NumPy's meaning where TensorFlow's cast differs."""
    if x.dtype is dtype:
        return x
    if dtype is BOOL and x.dtype in COMPLEX:
        return tf.math.not_equal(x, tf.zeros((), x.dtype))  # TensorFlow casts 1j to False
    return tf.cast(x, dtype)


@hookimpl
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    if dtype is None:
        integral = all(isinstance(v, int) for v in (start, stop, step))
        dtype = DEFAULT_INT if integral else DEFAULT_FLOAT
    if dtype.is_floating and dtype not in (tf.float32, tf.float64):
        values = np.arange(start, stop, step, dtype=np.float64)
    else:
        values = np.arange(start, stop, step, dtype=numpy_dtype(dtype))
    return from_numpy(values, dtype, device)


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if isinstance(obj, (tf.Tensor, tf.Variable)):
        result = tf.convert_to_tensor(obj) if isinstance(obj, tf.Variable) else obj
        if dtype is not None and result.dtype is not dtype:
            if copy is False:
                raise ValueError("asarray: copy=False was requested but changing the dtype needs a copy")
            result = cast_to(result, dtype)
        elif copy:
            result = deep_copy(result)
        if device is not None and device_name(device) != placement(result):
            if copy is False:
                raise ValueError("asarray: copy=False was requested but moving to another device needs a copy")
            result = _place_like(result, device)
        return result
    if copy is False:
        raise ValueError("asarray: copy=False was requested but making a tensor from this object needs a copy")
    if type(obj) in SCALAR_DEFAULT and dtype is None:
        dtype = SCALAR_DEFAULT[type(obj)]
    if dtype is None:
        values = np.asarray(obj)
        if values.dtype == object:
            raise TypeError(f"asarray: cannot make an array from {type(obj).__name__} objects")
        if values.dtype.kind not in "biufc":
            raise TypeError(f"asarray: unsupported data type {values.dtype} of {type(obj).__name__}")
        return on_device(device, tf.constant, values)
    if (dtype.is_floating and dtype not in (tf.float32, tf.float64)) or dtype is tf.bfloat16:
        values = np.asarray(obj, dtype=np.float64)
        return on_device(device, lambda: tf.cast(tf.constant(values), dtype))
    return on_device(device, tf.constant, np.asarray(obj, dtype=numpy_dtype(dtype)))


def _fill(shape: Any, value: Any, dtype: tf.DType, device: Any) -> tf.Tensor:
    scalar = np.asarray(value, dtype=numpy_dtype(dtype)) if dtype is not tf.bfloat16 else value
    return on_device(device, lambda: tf.fill(_shape(shape), tf.constant(scalar, dtype=dtype)))


@hookimpl
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return on_device(device, tf.zeros, _shape(shape), dtype or DEFAULT_FLOAT)


@hookimpl
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return zeros_like(x, dtype, device)


@hookimpl
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or DEFAULT_FLOAT
    values = np.eye(n_rows, n_cols, k=k, dtype=np.float64 if dtype is tf.bfloat16 else numpy_dtype(dtype))
    result = from_numpy(values, None, device)
    return tf.cast(result, dtype) if result.dtype is not dtype else result


@hookimpl
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    if isinstance(x, tf.Tensor):
        result = x
    else:
        capsule = x.__dlpack__() if hasattr(x, "__dlpack__") else x
        result = tf.experimental.dlpack.from_dlpack(capsule)
    if copy:
        result = deep_copy(result)
    return _place_like(result, device)


@hookimpl
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    if dtype is None:
        dtype = SCALAR_DEFAULT[scalar_type(fill_value)]
    return _fill(shape, fill_value, dtype, device)


@hookimpl
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    x = as_tensor(x)
    return _fill(x.shape, fill_value, dtype or x.dtype, device or _device_of_tensor(x))


@hookimpl
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    if dtype is None:
        dtype = DEFAULT_COMPLEX if any(isinstance(v, complex) for v in (start, stop)) else DEFAULT_FLOAT
    work = np.complex128 if dtype.is_complex else np.float64
    values = np.linspace(start, stop, num, endpoint=endpoint, dtype=work)
    result = from_numpy(values, None, device)
    return tf.cast(result, dtype) if dtype is not result.dtype else result


@hookimpl
def meshgrid(arrays: Any, indexing: Any) -> Any:
    if not arrays:
        return []
    return tf.meshgrid(*[as_tensor(a) for a in arrays], indexing=indexing)


@hookimpl
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return on_device(device, tf.ones, _shape(shape), dtype or DEFAULT_FLOAT)


def _device_of_tensor(x: tf.Tensor) -> Any:
    return x.device or None


@hookimpl
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    x = as_tensor(x)
    return on_device(device or _device_of_tensor(x), tf.ones, tf.shape(x), dtype or x.dtype)


def _triangle(x: Any, k: int, lower: bool) -> tf.Tensor:
    x = as_tensor(x)
    rows, cols = x.shape[-2], x.shape[-1]
    offset = tf.range(cols, dtype=INT64)[None, :] - tf.range(rows, dtype=INT64)[:, None]
    keep = offset <= k if lower else offset >= k
    return tf.where(keep, x, tf.zeros((), x.dtype))


@hookimpl
def tril(x: Any, k: Any) -> Any:
    return _triangle(x, k, lower=True)


@hookimpl
def triu(x: Any, k: Any) -> Any:
    return _triangle(x, k, lower=False)


@hookimpl
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return on_device(device, tf.zeros, _shape(shape), dtype or DEFAULT_FLOAT)


@hookimpl
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    x = as_tensor(x)
    return on_device(device or _device_of_tensor(x), tf.zeros, tf.shape(x), dtype or x.dtype)


@hookimpl
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    x = as_tensor(x)
    if x.dtype is not dtype:
        x = cast_to(x, dtype)
    elif copy:
        x = deep_copy(x)
    return _place_like(x, device)
