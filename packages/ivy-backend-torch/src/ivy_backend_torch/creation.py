"""Array creation functions and ``astype``.

Torch's default float is float32; Ivy's is float64 on every backend, so every
function here passes an explicit dtype when none is given.
"""

from __future__ import annotations

import math
from functools import reduce
from typing import Any

import torch

from ivy.plugin import hookimpl
from ivy_backend_torch._common import COMPLEX, INTEGRAL, PROMOTE, SCALAR_DEFAULT, TWIN, Tensor, bits, twin_scalar

_DEFAULT_FLOAT = torch.float64
_DEFAULT_INT = torch.int64
_DEFAULT_COMPLEX = torch.complex128

#: struct format characters of the buffer protocol -> torch dtype
_BUFFER_FORMATS = {
    "?": torch.bool, "b": torch.int8, "B": torch.uint8, "h": torch.int16, "H": torch.uint16,
    "i": torch.int32, "I": torch.uint32, "l": torch.int64, "L": torch.uint64, "q": torch.int64,
    "Q": torch.uint64, "e": torch.float16, "f": torch.float32, "d": torch.float64,
    "Zf": torch.complex64, "Zd": torch.complex128,
}  # fmt: skip


def _shape(shape: Any) -> tuple:
    return (int(shape),) if isinstance(shape, int) else tuple(shape)


def _first_leaf(obj: Any) -> Any:
    """The first non-sequence element of a nested sequence (``None`` if empty)."""
    while isinstance(obj, (list, tuple)):
        if not obj:
            return None
        obj = obj[0]
    return obj


def _stack_nested(obj: Any, device: Any) -> Tensor:
    """A nested sequence of arrays and scalars, stacked (arrays' dtypes promoted)."""
    if isinstance(obj, (list, tuple)):
        parts = [_stack_nested(item, device) for item in obj]
        if not parts:
            return torch.empty(0, dtype=_DEFAULT_FLOAT, device=device)
        dtype = reduce(lambda a, b: PROMOTE[a, b], (p.dtype for p in parts))
        return torch.stack([p if p.dtype is dtype else p.to(dtype) for p in parts])
    data = getattr(obj, "_data", obj)
    if isinstance(data, Tensor):
        return data if device is None else data.to(device)
    if data is None or isinstance(data, (str, bytes)):
        raise TypeError(f"asarray: cannot make a numeric array holding {data!r}")
    return _from_python(obj, None, device)


def _from_python(obj: Any, dtype: Any, device: Any) -> Tensor:
    """A tensor from a Python scalar or nested sequence, with Ivy's default dtypes."""
    if dtype is not None:
        if dtype in TWIN and isinstance(obj, int) and not isinstance(obj, bool):
            return torch.tensor(twin_scalar(obj, dtype), dtype=TWIN[dtype], device=device).view(dtype)
        return torch.tensor(obj, dtype=dtype, device=device)
    if isinstance(obj, bool):
        return torch.tensor(obj, dtype=torch.bool, device=device)
    if isinstance(obj, (int, float, complex)):
        default = SCALAR_DEFAULT[next(k for k in (int, float, complex) if isinstance(obj, k))]
        return torch.tensor(obj, dtype=default, device=device)
    result = torch.tensor(obj, device=device)
    if result.dtype is torch.float32 or result.dtype is torch.complex64:
        # float32/complex64 are torch's defaults for Python numbers; Ivy's are 64-bit.
        leaf = _first_leaf(obj)
        if leaf is None or type(leaf) in SCALAR_DEFAULT:
            wide = _DEFAULT_FLOAT if result.dtype is torch.float32 else _DEFAULT_COMPLEX
            result = torch.tensor(obj, dtype=wide, device=device)
    return result


def _from_buffer(obj: Any, dtype: Any, device: Any, copy: Any) -> Tensor:
    view = memoryview(obj)
    fmt = view.format.lstrip("@=<")
    native = _BUFFER_FORMATS.get(fmt)
    if native is None:
        raise TypeError(f"asarray: unsupported buffer format {view.format!r}")
    if view.nbytes == 0:
        result = torch.empty(view.shape, dtype=native)
    else:
        result = torch.frombuffer(obj if not view.readonly else bytearray(view), dtype=native).reshape(view.shape)
        if view.readonly and copy is False:
            raise ValueError("asarray: copy=False was requested for a read-only buffer")
    if copy and not view.readonly:
        result = result.clone()
    return _as_tensor(result, dtype, device, copy if copy is not True else None)


def _as_tensor(obj: Any, dtype: Any, device: Any, copy: Any) -> Tensor:
    if dtype in TWIN and obj.dtype is not dtype:
        # torch.asarray has no cast into uint16..uint64 for every source; .to has
        obj = obj.to(device=device) if device is not None else obj
        return obj.to(dtype, copy=bool(copy))
    # requires_grad said outright: a tensor in an autograd graph stays in it (torch's new
    # default, which it otherwise warns about)
    return torch.asarray(obj, dtype=dtype, device=device, copy=copy, requires_grad=getattr(obj, "requires_grad", False))


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if isinstance(obj, Tensor):
        changes = (dtype is not None and dtype is not obj.dtype) or (device is not None and device != obj.device)
        if copy is False and changes:
            raise ValueError("asarray: copy=False was requested but the dtype or device change needs a copy")
        return _as_tensor(obj, dtype, device, copy)
    if isinstance(obj, (bool, int, float, complex, list, tuple)):
        if copy is False:
            raise ValueError("asarray: copy=False was requested but a Python object always needs a copy")
        try:
            return _from_python(obj, dtype, device)
        except (TypeError, ValueError, RuntimeError):
            if not isinstance(obj, (list, tuple)):
                raise
            # a sequence holding arrays (ivy or native) that torch.tensor cannot read
            stacked = _stack_nested(obj, device)
            return stacked if dtype is None else stacked.to(dtype)
    if hasattr(obj, "__dlpack__") or hasattr(obj, "__array__") or hasattr(obj, "__array_interface__"):
        try:
            return _as_tensor(obj, dtype, device, copy)
        except ValueError:  # e.g. negative strides, which torch cannot view
            if copy is False or not hasattr(obj, "__array__"):
                raise
            return _as_tensor(obj.__array__().copy(), dtype, device, None)
    if hasattr(obj, "__buffer__") or isinstance(obj, (bytes, bytearray, memoryview)):
        return _from_buffer(obj, dtype, device, copy)
    try:
        memoryview(obj)
    except TypeError:
        pass
    else:
        return _from_buffer(obj, dtype, device, copy)
    if copy is False:
        raise ValueError("asarray: copy=False was requested but this object always needs a copy")
    return _from_python(obj, dtype, device)


@hookimpl
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    if dtype is None:
        exact = all(isinstance(v, int) for v in (start, stop, step))
        dtype = _DEFAULT_INT if exact else _DEFAULT_FLOAT
    if step and math.ceil((stop - start) / step) <= 0:  # torch refuses empty ranges
        return torch.empty(0, dtype=dtype, device=device)
    if dtype in TWIN:
        return torch.arange(start, stop, step, dtype=torch.int64, device=device).to(dtype)
    return torch.arange(start, stop, step, dtype=dtype, device=device)


@hookimpl
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return torch.empty(_shape(shape), dtype=dtype or _DEFAULT_FLOAT, device=device)


@hookimpl
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return torch.empty_like(x, dtype=dtype, device=device)


@hookimpl
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return torch.zeros(_shape(shape), dtype=dtype or _DEFAULT_FLOAT, device=device)


@hookimpl
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    return torch.zeros_like(x, dtype=dtype, device=device)


@hookimpl
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return torch.ones(_shape(shape), dtype=dtype or _DEFAULT_FLOAT, device=device)


@hookimpl
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    return torch.ones_like(x, dtype=dtype, device=device)


def _fill_dtype(fill_value: Any) -> torch.dtype:
    return (
        SCALAR_DEFAULT.get(type(fill_value))
        or SCALAR_DEFAULT[next(k for k in (bool, int, float, complex) if isinstance(fill_value, k))]
    )


def _fill(fill_value: Any, dtype: torch.dtype) -> Any:
    if dtype in TWIN and isinstance(fill_value, int) and not isinstance(fill_value, bool):
        return twin_scalar(fill_value, dtype)
    return fill_value


@hookimpl
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or _fill_dtype(fill_value)
    if dtype in TWIN:
        return torch.full(_shape(shape), _fill(fill_value, dtype), dtype=TWIN[dtype], device=device).view(dtype)
    return torch.full(_shape(shape), fill_value, dtype=dtype, device=device)


@hookimpl
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or x.dtype
    if dtype in TWIN:
        twin = TWIN[dtype]
        return torch.full_like(x, _fill(fill_value, dtype), dtype=twin, device=device).view(dtype)
    return torch.full_like(x, fill_value, dtype=dtype, device=device)


@hookimpl
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or _DEFAULT_FLOAT
    n_cols = n_rows if n_cols is None else n_cols
    result = torch.zeros((n_rows, n_cols), dtype=dtype, device=device)
    if -n_rows < k < n_cols:  # else no element is on the diagonal (and k may not fit int64)
        result.diagonal(k).fill_(1)
    return result


@hookimpl
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    is_complex = isinstance(start, complex) or isinstance(stop, complex) or dtype in COMPLEX
    work = _DEFAULT_COMPLEX if is_complex else _DEFAULT_FLOAT
    # start + i * step in double precision, the end point exact (as NumPy computes it)
    divisions = num - 1 if endpoint else num
    result = torch.arange(num, dtype=torch.float64, device=device).to(work)
    delta = stop - start
    if divisions > 0:
        step = delta / divisions
        result = result / divisions * delta if step == 0 else result * step
    result = result + start
    if endpoint and num > 1:
        result[-1] = stop
    if dtype is None or dtype is work:
        return result
    if dtype in INTEGRAL:  # integer samples round toward -inf (NumPy's rule)
        result = torch.floor(result)
    return result.to(dtype)


@hookimpl
def meshgrid(arrays: Any, indexing: Any) -> Any:
    if not arrays:
        return []
    return list(torch.meshgrid(*arrays, indexing=indexing))


@hookimpl
def tril(x: Any, k: Any) -> Any:
    if x.dtype in TWIN:
        return torch.tril(bits(x), k).view(x.dtype)
    return torch.tril(x, k)


@hookimpl
def triu(x: Any, k: Any) -> Any:
    if x.dtype in TWIN:
        return torch.triu(bits(x), k).view(x.dtype)
    return torch.triu(x, k)


@hookimpl
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    if device is None and copy is None:
        return torch.from_dlpack(x)
    return torch.from_dlpack(x, device=device, copy=copy)


@hookimpl
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    if device is not None:
        return x.to(device=device, dtype=dtype, copy=copy)
    return x.to(dtype, copy=copy)
