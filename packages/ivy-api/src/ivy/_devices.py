"""Device objects, shared by every backend."""

from __future__ import annotations


class Device:
    """A device by name: ``"cpu"``, ``"gpu:0"``...

    Backends translate names to and from their own device objects, so the
    same ``ivy.Device("cpu")`` means the host on every backend.
    """

    __slots__ = ("name",)

    def __init__(self, name: str | Device):
        if isinstance(name, Device):
            name = name.name
        if not isinstance(name, str) or not name:
            from ivy._errors import IvyTypeError

            raise IvyTypeError(f"ivy.Device: expected a device name such as 'cpu' or 'gpu:0', got {name!r}")
        kind, _, index = name.partition(":")
        # "cpu" has one instance; every other kind is numbered ("gpu" is "gpu:0").
        self.name = "cpu" if kind == "cpu" else f"{kind}:{index or 0}"

    @property
    def kind(self) -> str:
        return self.name.partition(":")[0]

    @property
    def index(self) -> int:
        return int(self.name.partition(":")[2] or 0)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            other = Device(other)
        return isinstance(other, Device) and other.name == self.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"Device({self.name!r})"

    def __str__(self) -> str:
        return self.name
