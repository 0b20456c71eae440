"""The backend protocol: how the core holds Paddle tensors.

Devices: ``"cpu"`` is the host; ``"gpu:N"`` is ``paddle.CUDAPlace(N)``, only
where Paddle was built with CUDA and sees that GPU.
"""

from __future__ import annotations

import operator
from typing import Any

import paddle
from paddle import _C_ops
from paddle.framework import _current_expected_place

from ivy.plugin import check_key, hookimpl
from ivy_backend_paddle._common import (
    BOOL,
    COMPLEX,
    I32,
    I64,
    INTEGRAL,
    NATIVE,
    TENSORS,
    WIDE,
    Tensor,
    cast,
    numel,
    scalar_tensor,
)
from ivy_backend_paddle._unsigned import UDTYPES, UIntTensor, to_native


@hookimpl
def array_types() -> tuple:
    return (*TENSORS, UIntTensor)


@hookimpl
def dtypes() -> dict:
    return {**NATIVE, **UDTYPES}


@hookimpl
def dtype_of(x: Any) -> Any:
    return x.dtype


@hookimpl
def shape_of(x: Any) -> tuple:
    return tuple(x.shape)


# -- devices -------------------------------------------------------------------
def gpu_count() -> int:
    if not paddle.device.is_compiled_with_cuda():
        return 0
    return paddle.device.cuda.device_count()


def place_name(place: Any) -> str:
    if place is None:  # a static program's value (inside paddle.jit.to_static): where the program runs
        place = _current_expected_place()
    if place.is_gpu_place():
        return f"gpu:{place.gpu_device_id()}"
    if place.is_cpu_place() or place.is_cuda_pinned_place():
        return "cpu"
    text = str(place)  # e.g. Place(xpu:0)
    return text[text.find("(") + 1 : text.rfind(")")] or text


@hookimpl
def devices() -> list:
    return ["cpu"] + [f"gpu:{i}" for i in range(gpu_count())]


@hookimpl
def default_device() -> str:
    name = paddle.device.get_device()
    return "cpu" if name == "cpu" else name


@hookimpl
def device_of(x: Any) -> str:
    return place_name(x.place)


@hookimpl
def native_device(name: str) -> Any:
    kind, _, index = name.partition(":")
    if kind == "cpu":
        return paddle.CPUPlace()
    if kind == "gpu":
        number = int(index or 0)
        count = gpu_count()
        if number >= count:
            raise ValueError(
                f"the paddle backend cannot use device {name!r}: "
                + (f"only {count} GPU(s)" if count else "Paddle sees no GPU (CPU build or no device)")
            )
        return paddle.CUDAPlace(number)
    raise ValueError(f"the paddle backend has no device {name!r} (devices: {', '.join(devices())})")


def move(x: Tensor, place: Any) -> Tensor:
    """``x`` on ``place`` (``x`` itself when it is there already)."""
    if place is None or place_name(x.place) == place_name(place):
        return x
    if place.is_gpu_place():
        return x.cuda(place.gpu_device_id(), True)
    if place.is_cpu_place():
        return x.cpu()
    return x._copy_to(place, True)


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    return move(x, device)


# -- indexing ------------------------------------------------------------------
#: Paddle's slicing kernels (slice, strided_slice, set_value) take at most 6 dimensions
_SLICING_RANK = 6
#: Paddle's largest tensor rank
_MAX_RANK = 9


def _index_part(part: Any) -> Any:
    if part.__class__ is UIntTensor:
        return part.bits
    if part.__class__ is slice:
        if not all(v is None or v.__class__ is int for v in (part.start, part.stop, part.step)):
            return slice(*(None if v is None else operator.index(v) for v in (part.start, part.stop, part.step)))
        return part
    if isinstance(part, TENSORS):
        dtype = part.dtype
        if dtype == BOOL or dtype == I64 or dtype == I32:
            return part
        if dtype not in INTEGRAL:
            raise IndexError(f"arrays used as indices must be of integer or boolean dtype, not {dtype}")
        return _C_ops.cast(part, I64)  # Paddle indexes with int32/int64 tensors only
    return part


def native_key(key: Any) -> Any:
    if isinstance(key, tuple):
        return tuple(_index_part(p) for p in key)
    return _index_part(key)


def _is_basic(key: Any) -> bool:
    parts = key if isinstance(key, tuple) else (key,)
    return all(p is None or p is Ellipsis or p.__class__ in (int, slice) for p in parts)


def _expand(x: Tensor, key: Any) -> list:
    """A basic index as one part per dimension (Ellipsis expanded), Nones kept."""
    parts = list(key) if isinstance(key, tuple) else [key]
    if parts.count(Ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    consumed = sum(1 for p in parts if p is not None and p is not Ellipsis)
    if consumed > x.ndim:
        raise IndexError(f"too many indices for an array of {x.ndim} dimension(s)")
    if Ellipsis in parts:
        at = parts.index(Ellipsis)
        parts[at : at + 1] = [slice(None)] * (x.ndim - consumed)
    else:
        parts += [slice(None)] * (x.ndim - consumed)
    return parts


def _result_shape(x: Tensor, parts: list) -> list:
    shape = []
    axis = 0
    for part in parts:
        if part is None:
            shape.append(1)
            continue
        if part.__class__ is slice:
            shape.append(len(range(*part.indices(x.shape[axis]))))
        axis += 1
    return shape


def _basic_getitem(x: Tensor, key: Any) -> Tensor:
    """Basic indexing (ints, slices, None, ...) built from kernels without a rank limit."""
    parts = _expand(x, key)
    shape = _result_shape(x, parts)
    if len(shape) > _MAX_RANK:
        raise IndexError(f"this index gives a {len(shape)}-dimensional result; Paddle tensors have at most {_MAX_RANK}")
    dtype = x.dtype
    if dtype in WIDE:  # index_select has no kernel for the small integers
        x = _C_ops.cast(x, WIDE[dtype])
    axis = 0
    for part in parts:
        if part is None:
            continue
        size = x.shape[axis]
        if part.__class__ is int:
            if not -size <= part < size:
                raise IndexError(f"index {part} is out of bounds for axis {axis} with size {size}")
            positions = [part % size]
        else:
            positions = list(range(*part.indices(size)))
        if positions != list(range(size)):
            if positions:
                index = paddle.to_tensor(positions, dtype=paddle.int64, place=x.place)
                x = paddle.index_select(x, index, axis=axis)
            else:
                x = _C_ops.full([*x.shape[:axis], 0, *x.shape[axis + 1 :]], 0, x.dtype, x.place)
        axis += 1
    return cast(x.reshape(shape), dtype)


def _mask_selects_nothing(x: Tensor, key: Tensor) -> Tensor:
    """A boolean mask with a zero-size dimension (or of an empty array): Paddle checks
    the mask's shape against the array's; a zero-size dimension selects nothing."""
    if key.ndim > x.ndim or not all(k in (s, 0) for s, k in zip(x.shape, key.shape, strict=False)):
        raise IndexError(f"a boolean index of shape {tuple(key.shape)} does not match shape {tuple(x.shape)}")
    count = int(paddle.sum(cast(key, paddle.int64))) if numel(key) else 0
    return _C_ops.full([count, *x.shape[key.ndim :]], 0, x.dtype, x.place)


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    cls = key.__class__
    if cls is int or (cls is tuple and x.ndim < _SLICING_RANK and all(p.__class__ is int for p in key)):
        return x[key]  # the common case: no rewriting needed
    key = native_key(key)
    if key.__class__ is Tensor and key.dtype == BOOL and (numel(x) == 0 or numel(key) == 0):
        return _mask_selects_nothing(x, key)
    check_key("Array.__getitem__", x.shape, key)  # Paddle's kernels read out of bounds
    if _is_basic(key):
        if x.ndim >= _SLICING_RANK:
            return _basic_getitem(x, key)
        if key is None or (isinstance(key, tuple) and None in key):
            # Paddle misplaces new axes after an Ellipsis: index without them, then insert them
            parts = _expand(x, key)
            return x[tuple(p for p in parts if p is not None)].reshape(_result_shape(x, parts))
    return x[key]


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    key = native_key(key)
    check_key("Array.__setitem__", x.shape, key)  # Paddle's kernels write out of bounds
    dtype = x.dtype
    if isinstance(value, TENSORS):
        value = cast(value, dtype)
    elif value.__class__ is UIntTensor:
        value = to_native(value, dtype)
    else:
        value = scalar_tensor(value, dtype, x.place)
    if x.ndim == 0 or x.ndim > _SLICING_RANK:
        return _setitem_by_position(x, key, value)
    x[key] = value
    return x


def _setitem_by_position(x: Tensor, key: Any, value: Tensor) -> Tensor:
    """``x[key] = value`` through the flat positions ``key`` selects (Paddle's set_value
    kernel takes neither 0-d arrays nor more than 6 dimensions); writes into ``x``."""
    positions = paddle.arange(0, numel(x), 1, dtype=paddle.int64).reshape(x.shape) if numel(x) else None
    if positions is None:
        return x
    selected = getitem(positions, key)
    if numel(selected) == 0:
        return x
    value = paddle.broadcast_to(value, selected.shape) if list(value.shape) != list(selected.shape) else value
    paddle.assign(_scatter(x.reshape([-1]), selected.reshape([-1]), value.reshape([-1])).reshape(x.shape), x)
    return x


def _scatter(flat: Tensor, index: Tensor, values: Tensor) -> Tensor:
    """``flat`` with ``values`` written at ``index`` (Paddle's scatter takes only int32/int64/float32/float64)."""
    dtype = flat.dtype
    if dtype in COMPLEX:
        real = _scatter(paddle.real(flat), index, paddle.real(values))
        return paddle.complex(real, _scatter(paddle.imag(flat), index, paddle.imag(values)))
    wide = WIDE.get(dtype)
    if wide is None:
        return paddle.scatter(flat, index, values, overwrite=True)
    result = paddle.scatter(_C_ops.cast(flat, wide), index, _C_ops.cast(values, wide), overwrite=True)
    return _C_ops.cast(result, dtype)


# -- interchange ---------------------------------------------------------------
@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    if max_version is None and dl_device is None and copy is None:
        return x.__dlpack__(stream=stream)
    return x.__dlpack__(stream=stream, max_version=max_version, dl_device=dl_device, copy=copy)


@hookimpl
def dlpack_device(x: Any) -> tuple:
    kind, index = x.__dlpack_device__()
    return (kind, index or 0)


@hookimpl
def capabilities() -> dict:
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 9}


@hookimpl
def framework() -> tuple:
    return ("paddle", paddle.__version__)


_SINGULAR = ("not invertible", "Cholesky decomposition was not successful")


@hookimpl
def classify_error(error: Any) -> Any:
    """Paddle's singular-matrix ``ValueError`` (``InvalidArgument`` naming the matrix) and its
    ``ResourceExhausted`` errors (out of memory)."""
    import ivy

    text = str(error)
    if isinstance(error, ValueError) and any(s in text for s in _SINGULAR):
        return ivy.LinAlgError
    if "(ResourceExhausted)" in text:
        return ivy.IvyMemoryError
    if isinstance(error, RuntimeError) and text.lstrip().startswith("(InvalidArgument)"):
        return ivy.IvyValueError  # Paddle's argument checks, raised as RuntimeError by some kernels
    return None
