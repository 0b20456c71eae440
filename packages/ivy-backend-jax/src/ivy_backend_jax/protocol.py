"""The backend protocol: how the core holds JAX arrays.

Devices are named as Ivy names them: every host device is ``"cpu"``, the
accelerators are ``"gpu:N"`` / ``"tpu:N"`` by their position in
``jax.devices(platform)``. Indexing raises ``IndexError`` for an index out
of bounds (JAX itself clamps, which would give a different answer from
every other backend); ``setitem`` returns a new array (``x.at[key].set``),
since JAX arrays are immutable.
"""

from __future__ import annotations

import functools
import operator
from typing import Any

import jax
import numpy as np

from ivy.plugin import hookimpl
from ivy_backend_jax._common import (
    NATIVE,
    ArrayImpl,
    Tracer,
    as_array,
    default_native_device,
    fit_scalar,
    from_host,
    is_concrete,
    on_cpu,
    scoped,
    strong,
)

# -- arrays and dtypes -----------------------------------------------------


@hookimpl
def array_types() -> tuple:
    return (jax.Array,)


@hookimpl
def dtypes() -> dict:
    return dict(NATIVE)


@hookimpl
def dtype_of(x: Any) -> Any:
    return x.dtype


@hookimpl
def shape_of(x: Any) -> tuple:
    return x.shape


# -- devices -----------------------------------------------------------------

_PLATFORMS = {"cpu": "cpu", "gpu": "gpu", "cuda": "gpu", "rocm": "gpu", "tpu": "tpu"}


@functools.cache
def _platform_devices(kind: str) -> tuple:
    """JAX's devices of one kind of Ivy device name (``"cpu"``, ``"gpu"``, ``"tpu"``)."""
    try:
        return tuple(jax.devices(kind))
    except RuntimeError:  # no such platform on this machine
        return ()


_names: dict[Any, str] = {}


def device_name(device: Any) -> str:
    """Ivy's name of a JAX device."""
    try:
        return _names[device]
    except KeyError:
        pass
    kind = _PLATFORMS.get(device.platform, device.platform)
    if kind == "cpu":
        name = "cpu"
    else:
        peers = _platform_devices(kind)
        name = f"{kind}:{peers.index(device) if device in peers else device.id}"
    _names[device] = name
    return name


@hookimpl
def devices() -> list:
    names = []
    for kind in ("cpu", "gpu", "tpu"):
        for device in _platform_devices(kind):
            name = device_name(device)
            if name not in names:
                names.append(name)
    return names


@hookimpl
def default_device() -> str:
    return device_name(default_native_device())


@hookimpl
def device_of(x: Any) -> str:
    if x.__class__ is not ArrayImpl and not is_concrete(x):
        return default_device()  # a tracer has no device until it runs
    placed = x.devices()
    if len(placed) == 1:
        return device_name(next(iter(placed)))
    return sorted(device_name(d) for d in placed)[0]


@hookimpl
def native_device(name: str) -> Any:
    kind, _, index = name.partition(":")
    platform = _PLATFORMS.get(kind)
    available = _platform_devices(platform) if platform else ()
    position = int(index or 0)
    if platform == "cpu" and available:
        return available[0]
    if position < len(available):
        return available[position]
    raise ValueError(f"the jax backend has no device {name!r} (devices: {', '.join(devices())})")


@hookimpl
def to_device(x: Any, device: Any, stream: Any) -> Any:
    return jax.device_put(x, device)


# -- indexing ------------------------------------------------------------------


def _is_index_array(k: Any) -> bool:
    return isinstance(k, (jax.Array, np.ndarray))


def check_index(shape: tuple, key: Any) -> None:
    """Raise ``IndexError`` for an index out of bounds or too many indices.

    JAX clamps out-of-bounds integer indices (and drops such updates); the
    standard's other libraries raise, so Ivy raises on every backend.
    """
    items = key if isinstance(key, tuple) else (key,)
    consumed = 0
    for k in items:
        if k is None or k is Ellipsis or isinstance(k, (bool, np.bool_)):
            continue
        if _is_index_array(k) and k.dtype == np.bool_:
            consumed += k.ndim
        else:
            consumed += 1
    if consumed > len(shape):
        raise IndexError(f"too many indices for an array of {len(shape)} dimension(s): {consumed}")
    axis = 0
    for k in items:
        if k is None or isinstance(k, (bool, np.bool_)):
            continue
        if k is Ellipsis:
            axis += len(shape) - consumed
            continue
        if isinstance(k, slice):
            axis += 1
            continue
        if _is_index_array(k):
            if k.dtype == np.bool_:
                covered = shape[axis : axis + k.ndim]
                if tuple(k.shape) != tuple(covered):
                    raise IndexError(f"boolean index of shape {k.shape} does not match the indexed shape {covered}")
                axis += k.ndim
                continue
            if k.dtype.kind in "iu" and k.size and is_concrete(k):
                size = shape[axis]
                values = np.asarray(k)  # on the host: inside a trace, k.min() would be traced
                low, high = int(values.min()), int(values.max())
                if low < -size or high >= size:
                    bad = low if low < -size else high
                    raise IndexError(f"index {bad} is out of bounds for axis {axis} with size {size}")
            axis += 1
            continue
        try:
            position = operator.index(k)
        except TypeError:
            axis += 1  # not an integer: JAX says what is wrong with it
            continue
        size = shape[axis]
        if not -size <= position < size:
            raise IndexError(f"index {position} is out of bounds for axis {axis} with size {size}")
        axis += 1


def _host_key(key: Any) -> Any:
    """The key with its JAX arrays as NumPy arrays."""
    if isinstance(key, tuple):
        return tuple(np.asarray(k) if isinstance(k, jax.Array) else k for k in key)
    return np.asarray(key) if isinstance(key, jax.Array) else key


@scoped
def getitem(x: Any, key: Any) -> Any:
    x = as_array(x)
    if on_cpu(x):
        # A host array is indexed through its NumPy view (zero-copy): no XLA
        # program to compile for each shape and key, and NumPy's IndexError.
        return from_host(np.asarray(x)[_host_key(key)])
    check_index(x.shape, key)
    return x[key]


@scoped
def setitem(x: Any, key: Any, value: Any) -> Any:
    x = as_array(x)
    if on_cpu(x) and not isinstance(value, Tracer):
        updated = np.array(x)
        updated[_host_key(key)] = np.asarray(value) if isinstance(value, jax.Array) else value
        return from_host(updated)
    check_index(x.shape, key)
    if isinstance(value, jax.Array):
        value = strong(value, x.dtype)
    elif isinstance(value, np.ndarray):
        value = value.astype(x.dtype, copy=False)
    else:
        value = fit_scalar(value, x.dtype)
    return x.at[key].set(value)


# -- interchange -------------------------------------------------------------------


@hookimpl
def dlpack(x: Any, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    if max_version is not None and tuple(max_version) < (1, 0):
        max_version = None  # a consumer of the unversioned protocol gets the legacy capsule
    options = {"max_version": max_version, "dl_device": dl_device, "copy": copy}
    return x.__dlpack__(stream=stream, **{k: v for k, v in options.items() if v is not None})


@hookimpl
def dlpack_device(x: Any) -> tuple:
    return tuple(x.__dlpack_device__())


@hookimpl
def capabilities() -> dict:
    # Boolean indexing and data-dependent shapes work eagerly (not inside jax.jit).
    return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}


@hookimpl
def framework() -> tuple:
    return ("jax", jax.__version__)


@hookimpl
def classify_error(error: Any) -> Any:
    """Out of memory: XLA's ``RESOURCE_EXHAUSTED`` and NumPy's "array is too big" (host arrays)."""
    import ivy

    text = str(error)
    if "RESOURCE_EXHAUSTED" in text or (isinstance(error, ValueError) and "array is too big" in text):
        return ivy.IvyMemoryError
    return None
