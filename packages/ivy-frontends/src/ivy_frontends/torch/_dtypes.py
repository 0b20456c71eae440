# ruff: noqa: A001, A002 - torch's own argument and function names (input, min, max, sum, ...)
"""torch's dtype objects, its default dtype and its own type promotion.

torch promotes differently from the Array API standard: operands are ranked
as dimensioned tensors, zero-dim tensors and Python scalars, and a lower rank
only matters when it brings a higher *category* (bool < integer < floating <
complex). ``int32 tensor + 1.5`` is the default float dtype, ``int8 tensor +
int64 0-d tensor`` stays int8. The rules live here, decided once.
"""

from __future__ import annotations

import builtins
from typing import Any, NamedTuple

import ivy
from ivy_frontends._shared.dtypes import FrontendDtype, dtypes_of


class dtype(FrontendDtype):  # noqa: N801 - torch's name
    """A torch dtype (``torch.float32``), backed by the matching ``ivy`` dtype."""

    __slots__ = ()
    prefix = "torch"

    @property
    def is_floating_point(self) -> bool:
        return self._ivy.kind == "f"

    @property
    def is_complex(self) -> bool:
        return self._ivy.kind == "c"

    @property
    def is_signed(self) -> bool:
        return self._ivy.kind in "ifc"

    @property
    def itemsize(self) -> int:
        return self._ivy.itemsize

    def to_real(self) -> dtype:
        """The real counterpart of a complex dtype (itself otherwise)."""
        return {"complex64": float32, "complex128": float64}.get(self._name, self)

    def to_complex(self) -> dtype:
        """The complex counterpart of a floating dtype (itself otherwise)."""
        return {"float32": complex64, "float64": complex128, "float16": complex64}.get(self._name, self)


ALL = dtypes_of(dtype, "bool uint8 int8 int16 int32 int64 uint16 uint32 uint64 float16 bfloat16 float32 float64")
ALL += dtypes_of(dtype, "complex64 complex128")
bool, uint8, int8, int16, int32, int64, uint16, uint32, uint64, float16, bfloat16, float32, float64 = ALL[:13]
complex64, complex128 = ALL[13:]
#: torch's aliases (``torch.float`` is float32, ``torch.long`` int64...).
ALIASES = {
    "half": float16,
    "float": float32,
    "double": float64,
    "short": int16,
    "int": int32,
    "long": int64,
    "cfloat": complex64,
    "cdouble": complex128,
    "chalf": complex64,
}
BY_NAME: dict[str, dtype] = {d._name: d for d in ALL} | ALIASES
_FROM_IVY = {d._ivy: d for d in ALL}

_default = [float32]


def from_ivy(ivy_dtype: Any) -> dtype:
    """The torch dtype of an ivy dtype."""
    return _FROM_IVY[ivy_dtype]


def as_dtype(obj: Any, function: str = "torch", argument: str = "dtype") -> dtype:
    """A torch dtype from a dtype, its name, a Python type or a real torch dtype (by name)."""
    if type(obj) is dtype:
        return obj
    if obj is builtins.float:
        return _default[0]
    if obj is builtins.int:
        return int64
    if obj is builtins.bool:
        return bool
    if obj is builtins.complex:
        return _default[0].to_complex()
    name = obj if isinstance(obj, str) else str(obj).removeprefix("torch.").removeprefix("ivy.")
    found = BY_NAME.get(name)
    if found is None:
        raise TypeError(f"{function}(): argument '{argument}' must be torch.dtype, not {obj!r}")
    return found


def get_default_dtype() -> dtype:
    """The dtype of floating tensors made from Python floats (float32 unless changed)."""
    return _default[0]


def set_default_dtype(d: Any) -> None:
    """Change the default floating dtype (float16, bfloat16, float32 or float64)."""
    d = as_dtype(d, "torch.set_default_dtype", "d")
    if not d.is_floating_point:
        raise TypeError(
            f"torch.set_default_dtype(): only floating-point types are supported as the default type, not {d}"
        )
    _default[0] = d


_CATEGORY = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 3}


def category(d: dtype) -> int:
    """0 bool, 1 integer, 2 floating, 3 complex."""
    return _CATEGORY[d._ivy.kind]


_PAIR: dict[tuple[dtype, dtype], dtype] = {}


def promote_types(a: dtype, b: dtype) -> dtype:
    """torch.promote_types: the smallest dtype both ``a`` and ``b`` convert to safely."""
    key = (a, b)
    found = _PAIR.get(key)
    if found is None:
        found = _PAIR[key] = _promote(as_dtype(a, "torch.promote_types", "type1"), as_dtype(b))
    return found


def _promote(a: dtype, b: dtype) -> dtype:
    if a is b:
        return a
    ca, cb = category(a), category(b)
    if ca != cb:
        low, high = (a, b) if ca < cb else (b, a)
        if category(low) == 0 or category(low) == 1:
            return high
        # floating with complex: the complex of the wider float
        return _promote(low, high.to_real()).to_complex()
    if ca == 3:
        return a if a.itemsize >= b.itemsize else b
    if ca == 2:
        if {a, b} == {float16, bfloat16}:
            return float32
        return a if a.itemsize >= b.itemsize else b
    if a is uint8 or b is uint8:  # uint8 with a signed integer: the signed type wide enough for both
        other = b if a is uint8 else a
        return int16 if other is int8 else other
    return from_ivy(ivy.result_type(a._ivy, b._ivy))


def scalar_dtype(value: Any) -> dtype:
    """The dtype torch gives a Python scalar operand (the default dtype for floats)."""
    t = type(value)
    if t is builtins.bool:
        return bool
    if t is builtins.int:
        return int64
    if t is builtins.float:
        return _default[0]
    if t is builtins.complex:
        return _default[0].to_complex()
    raise TypeError(f"unsupported operand type {t.__name__}")


def _combine(higher: dtype | None, lower: dtype | None) -> dtype | None:
    """torch's rule for letting a lower-priority operand group raise the category."""
    if higher is None:
        return lower
    if lower is None:
        return higher
    ch, cl = category(higher), category(lower)
    if ch == 3:
        return higher
    if cl == 3:
        return higher.to_complex() if ch == 2 else lower
    if ch == 2:
        return higher
    if ch == 0 or cl == 2:
        return promote_types(higher, lower)
    return higher


def result_type_of(dimmed: list[dtype], zero_dim: list[dtype], scalars: list[dtype]) -> dtype:
    """Promote operand dtypes grouped by priority: tensors with dims, 0-d tensors, Python scalars."""

    def fold(ds: list[dtype]) -> dtype | None:
        out = None
        for d in ds:
            out = d if out is None else promote_types(out, d)
        return out

    return _combine(fold(dimmed), _combine(fold(zero_dim), fold(scalars)))


def can_cast(from_: dtype, to: dtype) -> builtins.bool:
    """torch.can_cast: casting keeps the category or raises it (no float to int, nothing to bool)."""
    return category(from_) <= category(to)


class FInfo(NamedTuple):
    """Machine limits of a floating dtype (what torch.finfo gives)."""

    bits: int
    eps: builtins.float
    max: builtins.float
    min: builtins.float
    tiny: builtins.float
    smallest_normal: builtins.float
    resolution: builtins.float
    dtype: str


class IInfo(NamedTuple):
    """Limits of an integer dtype (what torch.iinfo gives)."""

    bits: int
    max: int
    min: int
    dtype: str


_BF16 = (16, 0.0078125, 3.3895313892515355e38, -3.3895313892515355e38, 1.1754943508222875e-38)


def finfo(type: Any = None) -> FInfo:
    """torch.finfo: eps, max, min, tiny and resolution of a floating (or complex) dtype."""
    d = _default[0] if type is None else as_dtype(type, "torch.finfo", "type").to_real()
    if not d.is_floating_point:
        raise TypeError(f"torch.finfo() requires a floating point input type, got {d}")
    if d is bfloat16:
        bits, eps, mx, mn, tiny = _BF16
    else:
        info = ivy.finfo(d._ivy)
        bits, eps, mx, mn, tiny = info.bits, info.eps, info.max, info.min, info.smallest_normal
    resolution = {16: 1e-3, 32: 1e-6, 64: 1e-15}[bits] if d is not bfloat16 else 0.01
    return FInfo(bits, eps, mx, mn, tiny, tiny, resolution, d._name)


def iinfo(type: Any) -> IInfo:
    """torch.iinfo: bits, max and min of an integer dtype."""
    d = as_dtype(type, "torch.iinfo", "type")
    if category(d) != 1:
        raise TypeError(f"torch.iinfo() requires an integer input type, got {d}")
    info = ivy.iinfo(d._ivy)
    return IInfo(info.bits, info.max, info.min, d._name)


half, float, double = float16, float32, float64
short, int, long = int16, int32, int64
cfloat, cdouble, chalf = complex64, complex128, complex64
