"""The backend protocol: hooks the core needs to hold native arrays.

These are not public functions. A backend implements them so that the core
can tell its arrays apart, translate dtypes and devices, index, and exchange
data, without ever naming the framework.
"""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="backend", public=False)


@spec()
def array_types() -> tuple:
    """The native array types of this backend (scalar types included)."""


@spec()
def dtypes() -> dict:
    """Map each supported ivy dtype name (``"float32"``...) to its native dtype."""


@spec()
def dtype_of(x: Array) -> Any:
    """The native dtype of a native array."""


@spec()
def shape_of(x: Array) -> tuple:
    """The shape of a native array as a tuple of ints (``None`` if unknown)."""


@spec()
def devices() -> list:
    """Names of the devices this backend can place arrays on (``"cpu"``, ``"gpu:0"``)."""


@spec()
def default_device() -> str:
    """Name of the device new arrays go to."""


@spec()
def device_of(x: Array) -> str:
    """Name of the device a native array lives on."""


@spec()
def native_device(name: str) -> Any:
    """The native device object for a device name."""


@spec()
def to_device(x: Array, device: Any, stream: Any) -> Any:
    """The native array moved to a native device."""


@spec()
def getitem(x: Array, key: Any) -> Any:
    """``x[key]`` for a key whose arrays are already native."""


@spec()
def setitem(x: Array, key: Any, value: Any) -> Any:
    """``x[key] = value``; returns the updated array (a new one if immutable)."""


@spec()
def dlpack(x: Array, stream: Any, max_version: Any, dl_device: Any, copy: Any) -> Any:
    """A DLPack capsule for the array."""


@spec()
def dlpack_device(x: Array) -> tuple:
    """The DLPack ``(device_type, device_id)`` of the array."""


@spec()
def capabilities() -> dict:
    """The standard's capabilities dict for this backend."""


@spec()
def framework() -> tuple:
    """``(name, version)`` of the framework behind this backend."""
