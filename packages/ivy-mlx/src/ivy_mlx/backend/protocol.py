"""The backend protocol: how the core holds MLX arrays (CPU only here; MLX has no complex128)."""

from __future__ import annotations

from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl
from ivy_mlx.backend._common import NATIVE, from_numpy, to_numpy


@hookimpl
def array_types() -> tuple:
    return (mx.array,)


@hookimpl
def dtypes() -> dict:
    return dict(NATIVE)


@hookimpl
def dtype_of(x: Any) -> Any:
    return x.dtype


@hookimpl
def shape_of(x: Any) -> tuple:
    return tuple(x.shape)


@hookimpl
def devices() -> list:
    return ["cpu"]


@hookimpl
def default_device() -> str:
    return "cpu"


@hookimpl
def device_of(x: Any) -> str:
    return "cpu"


@hookimpl
def native_device(name: str) -> Any:
    if name != "cpu":
        raise ValueError(f"the mlx backend has only the 'cpu' device here, not {name!r}")
    return "cpu"


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    if device != "cpu":
        raise ValueError(f"the mlx backend has only the 'cpu' device here, not {device!r}")
    return x


def _native_key(key: Any) -> Any:
    """MLX indexes with ints, slices, None, Ellipsis and integer arrays: boolean masks
    become the integer indices of their true entries (data-dependent, so evaluated)."""
    if isinstance(key, tuple):
        parts = []
        for part in key:
            if isinstance(part, mx.array) and part.dtype == mx.bool_:
                parts.extend(mx.array(i) for i in np.nonzero(to_numpy(part)))
            else:
                parts.append(part)
        return tuple(parts)
    if isinstance(key, mx.array) and key.dtype == mx.bool_:
        return _native_key((key,))
    return key


def check_indices(indices: Any, size: int, where: str) -> None:
    """An ``IndexError`` unless every entry of ``indices`` (an int or an integer MLX array)
    lies in ``[-size, size)``: MLX's kernels read and write out of bounds unchecked."""
    if isinstance(indices, mx.array):
        if indices.size == 0:
            return
        low, high = mx.min(indices).item(), mx.max(indices).item()
    else:
        low = high = int(indices)
    if low < -size or high >= size:
        bad = low if low < -size else high
        raise IndexError(f"index {bad} is out of bounds for {where} with size {size}")


def _check_key(x: Any, key: Any) -> None:
    """Bounds of every integer (or integer array) in a native key, axis by axis."""
    parts = list(key) if isinstance(key, tuple) else [key]
    consumed = sum(1 for p in parts if p is not None and p is not Ellipsis)
    if consumed > x.ndim:
        raise IndexError(f"too many indices for an array of {x.ndim} dimension(s)")
    axis = 0
    for part in parts:
        if part is Ellipsis:
            axis += x.ndim - consumed
        elif part is not None:
            if not isinstance(part, slice):
                check_indices(part, x.shape[axis], f"axis {axis}")
            axis += 1


def _has_bool(key: Any) -> bool:
    """A boolean in the key: a Python bool adds an axis (MLX takes it as an int), a mask
    selects a data-dependent count (0-d and empty masks included): NumPy indexes those."""
    parts = key if isinstance(key, tuple) else (key,)
    return any(isinstance(k, bool) or (isinstance(k, mx.array) and k.dtype == mx.bool_) for k in parts)


def _host_key(key: Any) -> Any:
    parts = key if isinstance(key, tuple) else (key,)
    return tuple(to_numpy(p) if isinstance(p, mx.array) else p for p in parts)


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    if _has_bool(key):
        return from_numpy(to_numpy(x)[_host_key(key)])
    key = _native_key(key)
    _check_key(x, key)
    return x[key]


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    if _has_bool(key):
        result = to_numpy(x)
        result[_host_key(key)] = to_numpy(value) if isinstance(value, mx.array) else value
        return from_numpy(result).astype(x.dtype)
    key = _native_key(key)
    _check_key(x, key)
    result = mx.array(x)  # MLX assigns in place: work on a copy, the original stays as it was
    if not isinstance(value, mx.array):
        value = mx.array(value, dtype=x.dtype)
    result[key] = value.astype(x.dtype)
    return result


@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    array = to_numpy(x)
    if max_version is None and dl_device is None and copy is None:
        return array.__dlpack__(stream=stream)
    return array.__dlpack__(stream=stream, max_version=max_version, dl_device=dl_device, copy=copy)


@hookimpl
def dlpack_device(x: Any) -> tuple:
    return (1, 0)  # kDLCPU


@hookimpl
def capabilities() -> dict:
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}


@hookimpl
def framework() -> tuple:
    return ("mlx", mx.__version__)


@hookimpl
def classify_error(error: Any) -> Any:
    """Failed factorizations (a singular or non-positive-definite matrix), found by NumPy or MLX."""
    import ivy

    if isinstance(error, np.linalg.LinAlgError):
        return ivy.LinAlgError
    if isinstance(error, RuntimeError) and "factorization failed" in str(error).lower():
        return ivy.LinAlgError
    return None
