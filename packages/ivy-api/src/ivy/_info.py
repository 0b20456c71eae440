"""``__array_namespace_info__``: what the selected backend supports."""

from __future__ import annotations

from typing import Any

from ivy import _dispatch, _dtypes
from ivy._devices import Device
from ivy._errors import IvyValueError


class Info:
    """The standard's inspection namespace for the selected backend."""

    def capabilities(self) -> dict[str, Any]:
        return dict(_dispatch.ops().capabilities())

    def default_device(self) -> Device:
        return Device(_dispatch.ops().default_device())

    def devices(self) -> tuple[Device, ...]:
        return tuple(Device(name) for name in _dispatch.ops().devices())

    def default_dtypes(self, *, device: Any = None) -> dict[str, _dtypes.DType]:
        return dict(_dtypes.defaults())

    def dtypes(self, *, device: Any = None, kind: str | tuple | None = None) -> dict[str, _dtypes.DType]:
        supported = [d for d in _dtypes.STANDARD_DTYPES if d in _dispatch.ops().to_native_dtype]
        if kind is not None:
            kinds = kind if isinstance(kind, tuple) else (kind,)
            for k in kinds:
                if k not in _dtypes.KIND_MEMBERS:
                    raise IvyValueError(f"ivy.__array_namespace_info__().dtypes: unknown kind {k!r}")
            supported = [d for d in supported if _dtypes.isdtype(d, kinds)]
        return {d.name: d for d in supported}


def __array_namespace_info__() -> Info:
    """Inspection object: capabilities, default device and dtypes, supported dtypes and devices."""
    return Info()
