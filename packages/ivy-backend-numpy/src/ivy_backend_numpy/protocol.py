"""The backend protocol: how the core holds NumPy arrays."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl

_DTYPE_NAMES = (
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
)  # fmt: skip


@hookimpl
def array_types() -> tuple:
    return (np.ndarray, np.generic)


@hookimpl
def dtypes() -> dict:
    return {name: np.dtype(name) for name in _DTYPE_NAMES}


@hookimpl
def dtype_of(x: Any) -> Any:
    return x.dtype


@hookimpl
def shape_of(x: Any) -> tuple:
    return x.shape


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
        raise ValueError(f"the numpy backend has only the 'cpu' device, not {name!r}")
    return "cpu"


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    if device != "cpu":
        raise ValueError(f"the numpy backend has only the 'cpu' device, not {device!r}")
    return x


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    result = x[key]
    return result if result.__class__ is np.ndarray else np.asarray(result)


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    if x.__class__ is not np.ndarray:  # a NumPy scalar is immutable
        x = np.array(x)
    x[key] = value
    return x


@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    x = np.asarray(x)
    if max_version is None and dl_device is None and copy is None:
        return x.__dlpack__(stream=stream)
    return x.__dlpack__(stream=stream, max_version=max_version, dl_device=dl_device, copy=copy)


@hookimpl
def dlpack_device(x: Any) -> tuple:
    return np.asarray(x).__dlpack_device__()


@hookimpl
def capabilities() -> dict:
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}


@hookimpl
def framework() -> tuple:
    return ("numpy", np.__version__)


@hookimpl
def classify_error(error: Any) -> Any:
    """NumPy's ``LinAlgError`` (a singular or non-positive-definite matrix, once the core ruled
    out wrong shapes) and its "array is too big" (an allocation that cannot succeed)."""
    import ivy

    if isinstance(error, np.linalg.LinAlgError):
        return ivy.LinAlgError
    if isinstance(error, ValueError) and "array is too big" in str(error):
        return ivy.IvyMemoryError
    return None
