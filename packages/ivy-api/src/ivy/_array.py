"""``ivy.Array``: the standard's array object around a native array.

A thin wrapper (one slot). Its operators are the public functions
themselves, so they dispatch, promote and validate exactly as ``ivy.add``
and friends do. Properties ask the backend that owns the native array.
"""

from __future__ import annotations

import operator
from typing import Any

from ivy import _backends, _dispatch
from ivy._devices import Device
from ivy._dtypes import DType
from ivy._errors import IvyTypeError, IvyValueError

SUPPORTED_API_VERSIONS = ("2021.12", "2022.12", "2023.12", "2024.12", "2025.12")


def _owner(native: Any) -> _backends.Ops:
    """The bound backend for an array's own methods: the context's (a tracer, say) if it owns the array."""
    current = _dispatch._context.get(None)
    if current is not None and current.owns(native):
        return current
    return _backends.owner_of(native) or _dispatch.ops()


def _check_readable(native: Any, name: str) -> None:
    """Let a tracer refuse to hand out the value of an array that depends on its inputs
    (the graph would freeze it); only tracers define ``check_readable``."""
    check = getattr(_dispatch._context.get(None), "check_readable", None)
    if check is not None:
        check(native, name)


#: The Python scalars an array of each dtype kind can store without loss of kind.
_SCALARS_FOR_KIND = {
    "b": (bool,),
    "i": (bool, int),
    "u": (bool, int),
    "f": (bool, int, float),
    "c": (bool, int, float, complex),
}


def _native_key(key: Any) -> Any:
    if isinstance(key, Array):
        return key._data
    if isinstance(key, tuple):
        return tuple(k._data if isinstance(k, Array) else k for k in key)
    return key


class Array:
    """An array of the selected backend, with the standard's API."""

    __slots__ = ("_data",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, data: Any):
        self._data = data

    # -- identity ---------------------------------------------------------
    @property
    def data(self) -> Any:
        """The native array."""
        return self._data

    @property
    def dtype(self) -> DType:
        ops = _owner(self._data)
        return ops.from_native_dtype[ops.dtype_of(self._data)]

    @property
    def shape(self) -> tuple[int | None, ...]:
        return tuple(_owner(self._data).shape_of(self._data))

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int | None:
        size = 1
        for dim in self.shape:
            if dim is None:
                return None
            size *= dim
        return size

    @property
    def device(self) -> Device:
        return Device(_owner(self._data).device_of(self._data))

    @property
    def T(self) -> Array:  # noqa: N802 - the standard's name
        if self.ndim != 2:
            raise IvyValueError(f"ivy.Array.T: expected a 2-d array, got {self.ndim}-d; use .mT for stacks of matrices")
        return _api.permute_dims(self, (1, 0))

    @property
    def mT(self) -> Array:  # noqa: N802 - the standard's name
        return _api.matrix_transpose(self)

    def __array_namespace__(self, /, *, api_version: str | None = None) -> Any:
        if api_version is not None and api_version not in SUPPORTED_API_VERSIONS:
            raise IvyValueError(f"ivy.Array.__array_namespace__: unsupported api_version {api_version!r}")
        import ivy

        return ivy

    def to_device(self, device: Any, /, *, stream: Any = None) -> Array:
        ops = _owner(self._data)
        return Array(ops.to_device(self._data, ops.device_in(device), stream))

    # -- conversion -------------------------------------------------------
    def __dlpack__(
        self, *, stream: Any = None, max_version: Any = None, dl_device: Any = None, copy: Any = None
    ) -> Any:
        _check_readable(self._data, "__dlpack__")
        return _owner(self._data).dlpack(self._data, stream, max_version, dl_device, copy)

    def __dlpack_device__(self) -> tuple:
        return tuple(_owner(self._data).dlpack_device(self._data))

    def _scalar(self, convert: Any, name: str) -> Any:
        if self.ndim != 0 and self.size != 1:
            raise IvyTypeError(
                f"ivy.Array.{name}: only arrays with one element convert to Python scalars, got shape {self.shape}"
            )
        native = self._data
        _check_readable(native, name)
        # ``item()`` gives the exact Python value (uint64 above 2**63 included) where the framework has it.
        return convert(native.item() if hasattr(native, "item") else native)

    def __bool__(self) -> bool:
        return self._scalar(bool, "__bool__")

    def __int__(self) -> int:
        if self.dtype.kind == "c":
            raise IvyTypeError("ivy.Array.__int__: a complex array does not convert to int")
        return self._scalar(int, "__int__")

    def __float__(self) -> float:
        if self.dtype.kind == "c":
            raise IvyTypeError("ivy.Array.__float__: a complex array does not convert to float")
        return self._scalar(float, "__float__")

    def __complex__(self) -> complex:
        return self._scalar(complex, "__complex__")

    def __index__(self) -> int:
        if self.dtype.kind not in "iu":
            raise IvyTypeError(f"ivy.Array.__index__: expected an integer array, got dtype {self.dtype.name}")
        return self._scalar(operator.index, "__index__")

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        """Let libraries that speak the NumPy array protocol read the data."""
        native = self._data
        _check_readable(native, "__array__")
        if not hasattr(native, "__array__"):
            raise IvyTypeError("ivy.Array.__array__: the backend's arrays do not support the NumPy array protocol")
        result = None
        if copy is not None:
            try:
                result = native.__array__(dtype, copy=copy)
            except TypeError:  # an older protocol without ``copy``: a fresh array is a copy anyway
                pass
        if result is None:
            result = native.__array__(dtype) if dtype is not None else native.__array__()
        if type(result).__name__ != "ndarray" and hasattr(result, "__array__"):
            result = result.__array__()  # a NumPy scalar (TensorFlow's 0-d arrays give one): make it an array
        return result

    # -- indexing ---------------------------------------------------------
    def __getitem__(self, key: Any) -> Array:
        ops = _owner(self._data)
        try:
            return Array(ops.getitem(self._data, _native_key(key)))
        except IndexError as error:
            from ivy._errors import IvyIndexError

            raise IvyIndexError(
                f"ivy.Array.__getitem__: index {key!r} is invalid for shape {self.shape}: {error}"
            ) from error

    def __setitem__(self, key: Any, value: Any) -> None:
        ops = _owner(self._data)
        dtype = self.dtype
        if isinstance(value, Array):
            from ivy._dtypes import can_cast

            if not can_cast(value.dtype, dtype):
                stored = f"value of dtype {value.dtype.name}"
                raise IvyTypeError(
                    f"ivy.Array.__setitem__: {stored} cannot be stored in an array of dtype {dtype.name}"
                )
            value = value._data
        elif isinstance(value, (bool, int, float, complex)) and not isinstance(value, _SCALARS_FOR_KIND[dtype.kind]):
            stored = f"a Python {type(value).__name__}"
            raise IvyTypeError(f"ivy.Array.__setitem__: {stored} cannot be stored in an array of dtype {dtype.name}")
        self._data = ops.setitem(self._data, _native_key(key), value)

    def __iter__(self) -> Any:
        if self.ndim == 0:
            raise IvyTypeError("ivy.Array.__iter__: iteration over a 0-d array")
        return (self[i] for i in range(self.shape[0]))

    def __len__(self) -> int:
        if self.ndim == 0:
            raise IvyTypeError("ivy.Array.__len__: len() of a 0-d array")
        return self.shape[0]

    # -- display ----------------------------------------------------------
    def __repr__(self) -> str:
        try:
            ops = _owner(self._data)
            body = str(self._data).replace("\n", "\n" + " " * 10)
            return f"ivy.Array({body}, dtype={self.dtype.name}, backend={ops.name})"
        except Exception:
            return f"ivy.Array({self._data!r})"

    def __str__(self) -> str:
        if self.ndim == 0 and hasattr(self._data, "item"):
            return str(self._data.item())  # a Python scalar prints fast on every framework
        return str(self._data)

    def __format__(self, spec: str) -> str:
        if self.ndim == 0:
            return format(self._scalar(lambda v: v, "__format__"), spec)
        return format(str(self), spec)


# Operators: (dunder, function name). Reflected and in-place forms are derived.
BINARY_OPERATORS = {
    "add": "add",
    "sub": "subtract",
    "mul": "multiply",
    "truediv": "divide",
    "floordiv": "floor_divide",
    "mod": "remainder",
    "pow": "pow",
    "matmul": "matmul",
    "and": "bitwise_and",
    "or": "bitwise_or",
    "xor": "bitwise_xor",
    "lshift": "bitwise_left_shift",
    "rshift": "bitwise_right_shift",
}
COMPARISONS = {
    "eq": "equal",
    "ne": "not_equal",
    "lt": "less",
    "le": "less_equal",
    "gt": "greater",
    "ge": "greater_equal",
}
UNARY_OPERATORS = {"neg": "negative", "pos": "positive", "abs": "abs", "invert": "bitwise_invert"}

_api: Any = None  # the ivy module, set by install_operators


def _reflected(function: Any) -> Any:
    def reflected(self: Array, other: Any) -> Array:
        return function(other, self)

    return reflected


def _in_place(function: Any, name: str) -> Any:
    def in_place(self: Array, other: Any) -> Array:
        result = function(self, other)
        if result.dtype is not self.dtype or result.shape != self.shape:
            raise IvyTypeError(
                f"ivy.Array.__i{name}__: the result has dtype {result.dtype.name} and shape {result.shape}, "
                f"but an in-place operation must keep the array's dtype {self.dtype.name} and shape {self.shape}"
            )
        self._data = result._data
        return self

    return in_place


def install_operators(api: Any) -> None:
    """Attach the standard's operators, built from the public functions."""
    global _api
    _api = api
    for dunder, name in BINARY_OPERATORS.items():
        function = getattr(api, name)
        setattr(Array, f"__{dunder}__", function)
        setattr(Array, f"__r{dunder}__", _reflected(function))
        setattr(Array, f"__i{dunder}__", _in_place(function, dunder))
    for dunder, name in {**COMPARISONS, **UNARY_OPERATORS}.items():
        setattr(Array, f"__{dunder}__", getattr(api, name))
