"""The backend protocol: how the core holds torch tensors.

Devices: ``"cpu"`` is the host; ``"gpu:N"`` is ``cuda:N`` (only when CUDA is
available); other torch device types keep their name (``"mps:0"``).
"""

from __future__ import annotations

from typing import Any

import torch

from ivy.plugin import check_key, hookimpl
from ivy_backend_torch._common import BY_NAME, TWIN, UNSIGNED, Tensor, twin_scalar


@hookimpl
def array_types() -> tuple:
    return (Tensor,)


@hookimpl
def dtypes() -> dict:
    return dict(BY_NAME)


@hookimpl
def dtype_of(x: Any) -> Any:
    return x.dtype


@hookimpl
def shape_of(x: Any) -> tuple:
    return tuple(x.shape)


def device_name(device: torch.device) -> str:
    kind = device.type
    if kind == "cpu":
        return "cpu"
    index = device.index
    if kind == "cuda":
        return f"gpu:{torch.cuda.current_device() if index is None else index}"
    return f"{kind}:{index or 0}"


@hookimpl
def devices() -> list:
    names = ["cpu"]
    if torch.cuda.is_available():
        names += [f"gpu:{i}" for i in range(torch.cuda.device_count())]
    mps = getattr(torch.backends, "mps", None)
    if mps is not None and mps.is_available():
        names.append("mps:0")
    return names


@hookimpl
def default_device() -> str:
    return device_name(torch.get_default_device())


@hookimpl
def device_of(x: Any) -> str:
    return device_name(x.device)


@hookimpl
def native_device(name: str) -> Any:
    kind, _, index = name.partition(":")
    if kind == "cpu":
        return torch.device("cpu")
    number = int(index or 0)
    if kind == "gpu":
        if not torch.cuda.is_available():
            raise ValueError(f"the torch backend cannot use device {name!r}: CUDA is not available")
        if number >= torch.cuda.device_count():
            raise ValueError(f"the torch backend cannot use device {name!r}: only {torch.cuda.device_count()} GPU(s)")
        return torch.device("cuda", number)
    if name not in devices():
        raise ValueError(f"the torch backend has no device {name!r} (devices: {', '.join(devices())})")
    return torch.device(kind, number)


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    if stream is not None and device.type == "cuda":
        if isinstance(stream, int):
            stream = torch.cuda.ExternalStream(stream, device=device)
        with torch.cuda.stream(stream):
            return x.to(device, non_blocking=True)
    return x.to(device)


# -- indexing ------------------------------------------------------------------
_NARROW_INDEX = UNSIGNED | {torch.int8, torch.int16}


def _index_part(part: Any) -> Any:
    """An index element torch reads as the standard does."""
    if part.__class__ is not Tensor and not isinstance(part, Tensor):
        return part
    if part.dtype in _NARROW_INDEX:  # torch reads uint8 as a mask and indexes with int32/int64 only
        return part.to(torch.int64)
    if part.dtype is torch.bool and part.ndim and part.numel() == 0:
        # an empty mask selects nothing along its axes, whatever their sizes (torch checks them)
        return torch.nonzero(part, as_tuple=True)
    return part


def _flat(key: tuple) -> tuple:
    parts = []
    for part in key:
        if isinstance(part, tuple):
            parts.extend(part)
        else:
            parts.append(part)
    return tuple(parts)


def _consumed(part: Any) -> int:
    """How many dimensions of the indexed array a key element consumes."""
    if part is None or part is Ellipsis or isinstance(part, bool):
        return 0
    if isinstance(part, Tensor) and part.dtype is torch.bool:
        return part.ndim
    return 1


def _without_negative_steps(x: Any, key: tuple) -> tuple[Any, tuple]:
    """Torch slices only forward: flip the axes sliced with a negative step and
    rewrite those slices as forward ones."""
    ellipsis = [i for i, part in enumerate(key) if part is Ellipsis]
    explicit = sum(_consumed(p) for p in key)
    flips = []
    parts = list(key)
    dim = 0
    for i, part in enumerate(key):
        if part is Ellipsis:
            dim += x.ndim - explicit
            continue
        if isinstance(part, slice) and part.step is not None and int(part.step) < 0:
            size = x.shape[dim]
            start, stop, step = part.indices(size)
            count = len(range(start, stop, step))
            first = size - 1 - start
            parts[i] = slice(first, first + (count - 1) * -step + 1, -step) if count else slice(0, 0)
            flips.append(dim)
        dim += _consumed(part)
    if len(ellipsis) > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    return (_flip(x, flips) if flips else x), tuple(parts)


def _flip(x: Any, dims: list) -> Any:
    if x.dtype in TWIN:
        return torch.flip(x.view(TWIN[x.dtype]), dims).view(x.dtype)
    return torch.flip(x, dims)


_PLAIN = (int, type(None), type(Ellipsis))


def _plain(part: Any) -> bool:
    """Whether torch reads this key element as the standard does, as it is."""
    cls = part.__class__
    if cls in _PLAIN:
        return True
    if cls is slice:
        return part.step is None or part.step > 0
    return False


def _native_key(x: Any, key: Any) -> tuple[Any, Any]:
    if key.__class__ is tuple:
        for part in key:
            if not _plain(part):
                break
        else:
            return x, key
        key = _flat(tuple(_index_part(p) for p in key))
        if any(isinstance(p, slice) and p.step is not None and int(p.step) < 0 for p in key):
            x, key = _without_negative_steps(x, key)
        return x, key
    if _plain(key):
        return x, key
    if isinstance(key, slice):
        if key.step is not None and int(key.step) < 0:
            x, (key,) = _without_negative_steps(x, (key,))
        return x, key
    return x, _index_part(key)


def _check_mask(x: Tensor, key: Any) -> None:
    """A boolean mask must have the sizes of the dimensions it indexes, where a dimension of 0
    (selecting nothing) stands against any size, as in NumPy; torch lets other mismatches
    through when the array is empty, and the backend turns empty masks into index lists."""
    if not (isinstance(key, Tensor) and key.dtype is torch.bool):
        return
    if any(m != n and m != 0 for m, n in zip(key.shape, x.shape, strict=False)):
        raise IndexError(f"boolean index of shape {tuple(key.shape)} does not match the array's shape {tuple(x.shape)}")


@hookimpl
def getitem(x: Any, key: Any) -> Any:
    _check_mask(x, key)
    if x.is_cuda and _has_tensor(key):  # an index out of bounds is a device-side assert on CUDA
        check_key("Array.__getitem__", x.shape, key)
    x, key = _native_key(x, key)
    try:
        return x[key]
    except RuntimeError:
        if x.dtype not in TWIN:
            raise
        return x.view(TWIN[x.dtype])[key].view(x.dtype)


def _has_tensor(key: Any) -> bool:
    return isinstance(key, Tensor) or (isinstance(key, tuple) and any(isinstance(k, Tensor) for k in key))


@hookimpl
def setitem(x: Any, key: Any, value: Any) -> Any:
    _check_mask(x, key)
    if _has_tensor(key):  # torch writes the entries before a bad one, then raises
        check_key("Array.__setitem__", x.shape, key)
    target, native = _native_key(x, key)
    if target is not x:  # negative steps: write through the flipped copy, then flip back
        target = setitem(target, native, value)
        flipped, _ = _native_key(target, key)  # flipping again restores the order
        x.copy_(flipped)
        return x
    dtype = x.dtype
    if dtype in TWIN:
        twin = TWIN[dtype]
        if isinstance(value, Tensor):
            value = value.to(dtype).view(twin) if value.dtype is not twin else value
        elif isinstance(value, int) and not isinstance(value, bool):
            value = twin_scalar(value, dtype)
        x.view(twin)[native] = value
        return x
    x[native] = value
    return x


# -- interchange ---------------------------------------------------------------
def _exportable(x: Any) -> Any:
    if x.requires_grad:
        x = x.detach()
    return x.resolve_conj().resolve_neg()


@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    x = _exportable(x)
    if max_version is None and dl_device is None and copy is None:
        return x.__dlpack__(stream=stream) if stream is not None else x.__dlpack__()
    return x.__dlpack__(stream=stream, max_version=max_version, dl_device=dl_device, copy=copy)


@hookimpl
def dlpack_device(x: Any) -> tuple:
    return tuple(x.__dlpack_device__())


@hookimpl
def capabilities() -> dict:
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}


@hookimpl
def framework() -> tuple:
    return ("torch", torch.__version__)


_OUT_OF_MEMORY = ("out of memory", "can't allocate memory", "storage size calculation overflowed")
#: RuntimeErrors that are no verdict on the arguments: the device failed, or a kernel is missing.
_NOT_ARGUMENTS = ("CUDA error", "device-side assert", "not implemented for", "NCCL")


@hookimpl
def classify_error(error: Any) -> Any:
    """torch's ``LinAlgError`` (singular or non-positive-definite), and out of memory: CUDA's
    ``OutOfMemoryError`` and the CPU allocator's ``RuntimeError``."""
    import ivy

    if isinstance(error, torch.linalg.LinAlgError):
        return ivy.LinAlgError
    if isinstance(error, torch.OutOfMemoryError):
        return ivy.IvyMemoryError
    if isinstance(error, RuntimeError) and any(text in str(error).lower() for text in _OUT_OF_MEMORY):
        return ivy.IvyMemoryError
    if type(error) is RuntimeError and not any(text in str(error) for text in _NOT_ARGUMENTS):
        return ivy.IvyValueError  # torch's argument checks (TORCH_CHECK) raise RuntimeError
    return None
