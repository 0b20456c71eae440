"""A deliberately partial third-party backend wrapping array_api_strict.

Used in-process by the dispatch tests and, packaged on the fly, by the
plugin test: it implements the protocol and a handful of functions only.
"""

from typing import Any

import array_api_strict as xp

from ivy.plugin import hookimpl, native_impls

_NAMES = ("bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64", "complex64", "complex128")  # fmt: skip

globals().update(native_impls(add=xp.add, multiply=xp.multiply))


@hookimpl
def array_types() -> tuple:
    return (type(xp.asarray(0)),)


@hookimpl
def dtypes() -> dict:
    return {name: getattr(xp, name) for name in _NAMES}


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
    return xp.asarray(0).device


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    return x[key]


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    x[key] = value
    return x


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    return xp.asarray(obj, dtype=dtype, copy=copy)


@hookimpl
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001
    return xp.sum(x, axis=axis, dtype=dtype, keepdims=keepdims)


@hookimpl
def framework() -> tuple:
    return ("array_api_strict", xp.__version__)
