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


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    if isinstance(key, bool) or (isinstance(key, tuple) and any(isinstance(k, bool) for k in key)):
        return from_numpy(to_numpy(x)[key])  # a Python bool adds an axis; MLX takes it as an int
    return x[_native_key(key)]


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    result = mx.array(x)  # MLX assigns in place: work on a copy, the original stays as it was
    if not isinstance(value, mx.array):
        value = mx.array(value, dtype=x.dtype)
    result[_native_key(key)] = value.astype(x.dtype)
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
    """MLX's failed factorizations (a singular or non-positive-definite matrix)."""
    import ivy

    if isinstance(error, RuntimeError) and "factorization failed" in str(error).lower():
        return ivy.LinAlgError
    return None
