"""Array creation functions, and ``astype``.

Paddle's defaults are float32 and its ``to_tensor`` reads ``numpy.uint16`` as
bfloat16, so every tensor is created here with an explicit dtype: the core's
defaults (float64, int64, complex128) for Python values, the source's own
for arrays, and an error for a NumPy dtype Paddle cannot hold.
"""

from __future__ import annotations

import builtins
import math
from typing import Any

import numpy as np
import paddle
from paddle import _C_ops

from ivy.plugin import hookimpl
from ivy_backend_paddle._common import (
    BF16,
    BOOL,
    C128,
    COMPLEX,
    F32,
    F64,
    I64,
    INEXACT,
    IVY,
    TENSORS,
    WIDE,
    Tensor,
    cast,
    default_place,
    scalar_tensor,
)
from ivy_backend_paddle._unsigned import UDTYPES, UIntTensor, from_numpy
from ivy_backend_paddle.protocol import move, place_name

#: NumPy dtype names Paddle's ``to_tensor`` reads correctly (uint16 is read as bfloat16)
_FROM_NUMPY = frozenset(
    {"bool", "int8", "int16", "int32", "int64", "uint8", "float16", "float32", "float64", "complex64", "complex128"}
)
_DEFAULT_OF_KIND = {"b": BOOL, "i": I64, "f": F64, "c": C128}


def _python_default(value: Any) -> Any:
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return I64
    if isinstance(value, float):
        return F64
    if isinstance(value, complex):
        return C128
    raise TypeError(f"expected a Python bool, int, float or complex, got {type(value).__name__}")


def _from_numpy(array: np.ndarray, dtype: Any, place: Any) -> Tensor:
    """A tensor of ``dtype`` (or the array's own dtype) with the values of a NumPy array."""
    if dtype is None:
        if array.dtype.name in UDTYPES:  # Paddle would read uint16 as bfloat16
            return from_numpy(array, UDTYPES[array.dtype.name], _place(place))
        if array.dtype.name not in _FROM_NUMPY:
            raise TypeError(f"the paddle backend does not support dtype {array.dtype.name}")
        return paddle.to_tensor(array, place=place)
    name = IVY[dtype].name
    if name == "bfloat16":  # NumPy has none: go through float64 (one rounding, in Paddle)
        return _C_ops.cast(paddle.to_tensor(array.astype(np.float64), place=place), BF16)
    if array.dtype.kind == "c" and name not in ("complex64", "complex128"):
        raise TypeError(f"cannot convert complex values to {name}")
    return paddle.to_tensor(array.astype(name, copy=False), place=place)


def _from_python(obj: Any, dtype: Any, place: Any) -> Tensor:
    array = np.asarray(obj)  # Python scalars take NumPy's (the core's) defaults; arrays inside keep theirs
    if array.dtype == object:  # an int past uint64, or None, a ragged list, any other object
        if any(type(v) is int and not -(2**63) <= v < 2**64 for v in np.ravel(array)):
            raise OverflowError("ivy.asarray: a Python integer is out of the uint64 range")
        raise TypeError(f"ivy.asarray: cannot make a numeric array from {obj!r:.60}")
    if array.dtype.kind not in "biufc":
        raise TypeError(f"ivy.asarray: cannot convert an object of NumPy dtype {array.dtype} to an array")
    if (dtype is None and array.dtype.name in _FROM_NUMPY) or array.dtype.name in UDTYPES:
        return _from_numpy(array, dtype, place)
    return _from_numpy(array, _DEFAULT_OF_KIND[array.dtype.kind] if dtype is None else dtype, place)


@hookimpl
def asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    if isinstance(obj, TENSORS):
        result = obj
        if dtype is not None and obj.dtype != dtype:
            if copy is False:
                raise ValueError("asarray: copy=False, but the dtype differs, which needs a copy")
            result = _C_ops.cast(obj, dtype)
        moved = move(result, device)
        if moved is not result and copy is False:
            raise ValueError("asarray: copy=False, but the device differs, which needs a copy")
        if copy and moved is obj:
            moved = obj.clone()
        return moved
    if isinstance(obj, (bool, int, float, complex)):
        if copy is False:
            raise ValueError("asarray: copy=False was requested but a Python scalar always needs a copy")
        target = _python_default(obj) if dtype is None else dtype
        if isinstance(obj, complex) and target not in COMPLEX:
            raise TypeError(f"cannot convert a complex value to {IVY[target].name}")
        return scalar_tensor(obj, target, device)
    if copy is False:
        if not hasattr(obj, "__dlpack__"):
            raise ValueError("asarray: copy=False was requested but the object needs a copy to become a tensor")
        result = paddle.from_dlpack(obj)
        if (dtype is not None and result.dtype != dtype) or move(result, device) is not result:
            raise ValueError("asarray: copy=False, but the dtype or device differs, which needs a copy")
        return result
    if isinstance(obj, np.ndarray) or (hasattr(obj, "__array__") and not isinstance(obj, (list, tuple))):
        return _from_numpy(np.asarray(obj), dtype, device)
    if isinstance(obj, (bytes, bytearray, memoryview)) or hasattr(obj, "__buffer__"):
        return _from_numpy(np.asarray(memoryview(obj)), dtype, device)
    return _from_python(obj, dtype, device)


def _shape(shape: Any) -> list:
    return [int(shape)] if isinstance(shape, int) else [int(s) for s in shape]


def _place(device: Any) -> Any:
    return default_place() if device is None else device


def _filled(shape: list, value: Any, dtype: Any, device: Any) -> Tensor:
    if isinstance(value, int) and not isinstance(value, bool) and dtype in INEXACT:
        value = float(value)
    return _C_ops.full(shape, value, dtype, _place(device))


@hookimpl
def arange(start: Any, stop: Any, step: Any, dtype: Any, device: Any) -> Any:
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ValueError("arange: step must not be zero")
    exact = all(isinstance(v, int) for v in (start, stop, step))
    if dtype is None:
        dtype = I64 if exact else F64
    # the standard's length, ceil((stop - start) / step), computed exactly for integers
    count = builtins.max(0, -((start - stop) // step) if exact else math.ceil((stop - start) / step))
    place = _place(device)
    if count == 0:
        return _C_ops.full([0], 0, dtype, place)
    if exact:
        result = paddle.arange(start, start + count * step, step, dtype=I64)
    else:  # start + i * step, as NumPy computes it
        result = float(start) + _C_ops.cast(paddle.arange(0, count, 1, dtype=I64), F64) * float(step)
    return move(cast(result, dtype), place)


@hookimpl
def empty(shape: Any, dtype: Any, device: Any) -> Any:
    return _filled(_shape(shape), 0, F64 if dtype is None else dtype, device)


@hookimpl
def empty_like(x: Any, dtype: Any, device: Any) -> Any:
    return _filled(list(x.shape), 0, x.dtype if dtype is None else dtype, x.place if device is None else device)


@hookimpl
def zeros(shape: Any, dtype: Any, device: Any) -> Any:
    return _filled(_shape(shape), 0, F64 if dtype is None else dtype, device)


@hookimpl
def zeros_like(x: Any, dtype: Any, device: Any) -> Any:
    return _filled(list(x.shape), 0, x.dtype if dtype is None else dtype, x.place if device is None else device)


@hookimpl
def ones(shape: Any, dtype: Any, device: Any) -> Any:
    return _filled(_shape(shape), 1, F64 if dtype is None else dtype, device)


@hookimpl
def ones_like(x: Any, dtype: Any, device: Any) -> Any:
    return _filled(list(x.shape), 1, x.dtype if dtype is None else dtype, x.place if device is None else device)


@hookimpl
def full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = _python_default(fill_value) if dtype is None else dtype
    if isinstance(fill_value, complex) and dtype not in COMPLEX:
        raise TypeError(f"full: cannot fill an array of dtype {IVY[dtype].name} with a complex value")
    return _filled(_shape(shape), fill_value, dtype, device)


@hookimpl
def full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    dtype = x.dtype if dtype is None else dtype
    if isinstance(fill_value, complex) and dtype not in COMPLEX:
        raise TypeError(f"full_like: cannot fill an array of dtype {IVY[dtype].name} with a complex value")
    return _filled(list(x.shape), fill_value, dtype, x.place if device is None else device)


@hookimpl
def eye(n_rows: Any, n_cols: Any, k: Any, dtype: Any, device: Any) -> Any:
    n_cols = n_rows if n_cols is None else n_cols
    dtype = F64 if dtype is None else dtype
    k = builtins.max(-n_rows, builtins.min(n_cols, k))  # a diagonal outside the matrix is no diagonal
    place = _place(device)
    rows = paddle.arange(0, n_rows, 1, dtype=I64).reshape([n_rows, 1]) if n_rows else paddle.zeros([0, 1], I64)
    cols = paddle.arange(0, n_cols, 1, dtype=I64).reshape([1, n_cols]) if n_cols else paddle.zeros([1, 0], I64)
    return move(_C_ops.cast(paddle.equal(cols - rows, paddle.full([], k, I64)), dtype), place)


@hookimpl
def linspace(start: Any, stop: Any, num: Any, dtype: Any, device: Any, endpoint: Any) -> Any:
    if dtype is None:
        dtype = C128 if isinstance(start, complex) or isinstance(stop, complex) else F64
    place = _place(device)
    if dtype in COMPLEX:
        real_dtype = F64 if dtype == C128 else F32
        start, stop = complex(start), complex(stop)
        re = linspace(start.real, stop.real, num, real_dtype, device, endpoint)
        im = linspace(start.imag, stop.imag, num, real_dtype, device, endpoint)
        return paddle.complex(re, im)
    if num == 0:
        return _C_ops.full([0], 0, dtype, place)
    compute = F64 if dtype != F32 else F32
    if endpoint:
        result = paddle.linspace(float(start), float(stop), num, dtype=compute)
    else:
        result = paddle.linspace(float(start), float(stop), num + 1, dtype=compute)[:num]
    return move(cast(result, dtype), place)


@hookimpl
def meshgrid(arrays: Any, indexing: Any) -> Any:
    arrays = list(arrays)
    if not arrays:
        return []
    flat = [a.reshape([-1]) for a in arrays]
    grids = _meshgrid_ij(flat)
    if indexing == "xy" and len(flat) > 1:
        perm = [1, 0, *range(2, len(flat))]
        grids = [g.transpose(perm) for g in grids]
    return grids


def _meshgrid_ij(flat: list) -> list:
    shape = [int(a.shape[0]) for a in flat]
    grids = []
    for i, a in enumerate(flat):
        view = [1] * len(flat)
        view[i] = shape[i]
        grids.append(_broadcast(a.reshape(view), shape))
    return grids


def _broadcast(x: Tensor, shape: list) -> Tensor:
    if x.dtype in WIDE:
        return _C_ops.cast(paddle.broadcast_to(_C_ops.cast(x, WIDE[x.dtype]), shape), x.dtype)
    return paddle.broadcast_to(x, shape)


def _triangle(x: Tensor, k: int, lower: bool) -> Tensor:
    rows, cols = x.shape[-2], x.shape[-1]
    r = paddle.arange(0, rows, 1, dtype=I64).reshape([rows, 1]) if rows else paddle.zeros([0, 1], I64)
    c = paddle.arange(0, cols, 1, dtype=I64).reshape([1, cols]) if cols else paddle.zeros([1, 0], I64)
    keep = (c - r <= k) if lower else (c - r >= k)
    keep = move(keep, x.place)
    return paddle.where(keep, x, paddle.zeros_like(x)) if x.dtype not in WIDE else _where_wide(keep, x)


def _where_wide(mask: Tensor, x: Tensor) -> Tensor:
    wide = _C_ops.cast(x, WIDE[x.dtype])
    return _C_ops.cast(paddle.where(mask, wide, paddle.zeros_like(wide)), x.dtype)


@hookimpl
def tril(x: Any, k: Any) -> Any:
    return _triangle(x, k, lower=True)


@hookimpl
def triu(x: Any, k: Any) -> Any:
    return _triangle(x, k, lower=False)


@hookimpl
def from_dlpack(x: Any, device: Any, copy: Any) -> Any:
    own = getattr(x, "data", None)
    if own.__class__ is UIntTensor:  # an ivy array of this backend's emulated unsigned dtypes
        moved = move(own.bits, device)
        if moved is not own.bits and copy is False:
            raise ValueError("from_dlpack: copy=False, but the device differs, which needs a copy")
        return UIntTensor(own.bits.clone() if copy and moved is own.bits else moved, own.dtype)
    source_dtype = getattr(getattr(x, "dtype", None), "name", None) or str(getattr(x, "dtype", ""))
    if source_dtype.rpartition(".")[2] in UDTYPES:  # Paddle would read uint16 as bfloat16
        if copy is False:
            raise ValueError("from_dlpack: copy=False, but an unsigned array of this dtype needs a copy")
        values = np.from_dlpack(x)
        return from_numpy(values, UDTYPES[values.dtype.name], _place(device))
    if copy is True:
        result = paddle.from_dlpack(x).clone()
    else:
        result = paddle.from_dlpack(x)
    if device is not None and place_name(device) != place_name(result.place):
        if copy is False:
            raise ValueError("from_dlpack: copy=False, but the device differs, which needs a copy")
        result = move(result, device)
    return result


@hookimpl
def astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    if x.dtype == dtype:
        result = x.clone() if copy else x
    else:
        if x.dtype in COMPLEX and dtype not in COMPLEX:
            real = paddle.real(x)
            result = _C_ops.cast(real, dtype) if real.dtype != dtype else real
        else:
            result = _C_ops.cast(x, dtype)
    return move(result, device)
