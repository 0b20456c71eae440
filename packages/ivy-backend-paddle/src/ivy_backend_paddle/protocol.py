"""The backend protocol: how the core holds Paddle tensors.

Devices: ``"cpu"`` is the host; ``"gpu:N"`` is ``paddle.CUDAPlace(N)``, only
where Paddle was built with CUDA and sees that GPU.
"""

from __future__ import annotations

from typing import Any

import paddle
from paddle import _C_ops

from ivy.plugin import hookimpl
from ivy_backend_paddle._common import BOOL, INTEGRAL, NATIVE, Tensor, cast, is_, scalar_tensor


@hookimpl
def array_types() -> tuple:
    return (Tensor,)


@hookimpl
def dtypes() -> dict:
    return dict(NATIVE)


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
def _index_part(part: Any) -> Any:
    if part.__class__ is Tensor or isinstance(part, Tensor):
        if part.dtype is not BOOL and part.dtype != BOOL and not is_(part.dtype, INTEGRAL):
            raise IndexError(f"arrays used as indices must be of integer or boolean dtype, not {part.dtype}")
    return part


def native_key(key: Any) -> Any:
    if isinstance(key, tuple):
        return tuple(_index_part(p) for p in key)
    return _index_part(key)


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    key = native_key(key)
    if x.size == 0 and isinstance(key, Tensor) and key.dtype == BOOL:
        # Paddle checks a mask's shape even when nothing is selected; NumPy does not
        count = int(paddle.sum(cast(key, paddle.int64))) if key.size else 0
        return _C_ops.full([count, *x.shape[key.ndim :]], 0, x.dtype, x.place)
    return x[key]


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    key = native_key(key)
    dtype = x.dtype
    if isinstance(value, Tensor):
        value = cast(value, dtype)
    else:
        value = scalar_tensor(value, dtype, x.place)
    x[key] = value
    return x


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
