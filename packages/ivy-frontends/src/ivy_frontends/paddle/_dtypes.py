# ruff: noqa: A001 - paddle's own names (bool, ...)
"""paddle's dtype objects, its default dtype and its type promotion.

paddle promotes only between floating dtypes and between complex and real
dtypes when both operands are tensors; other mixed tensor pairs (``int32`` with
``int64``, ``bool`` with ``float32``) are an error. A Python scalar (or a 0-d
tensor) never widens a tensor of its own or a higher category: ``int32 + 1`` is
``int32``, ``float16 + 2.0`` is ``float16``; a float scalar lifts an integer or
bool tensor to the default float dtype, an int scalar lifts a bool tensor to
``int64``.
"""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends._shared.dtypes import FrontendDtype, dtypes_of


class dtype(FrontendDtype):  # noqa: N801 - paddle's name
    """A paddle dtype (``paddle.float32``), backed by the matching ``ivy`` dtype."""

    __slots__ = ()
    prefix = "paddle"

    @property
    def name(self) -> str:
        return self._name.upper()

    @property
    def kind(self) -> str:
        """``b`` bool, ``i``/``u`` integer, ``f`` floating, ``c`` complex."""
        return self._ivy.kind

    def __str__(self) -> str:
        return repr(self)

    def __eq__(self, other: object) -> builtins.bool:
        if isinstance(other, dtype):
            return other._name == self._name
        if isinstance(other, str):
            return other.removeprefix("paddle.") == self._name
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._name)


ALL = dtypes_of(dtype, "bool uint8 int8 int16 int32 int64 float16 bfloat16 float32 float64 complex64 complex128")
bool, uint8, int8, int16, int32, int64, float16, bfloat16, float32, float64, complex64, complex128 = ALL
BY_NAME: dict[str, dtype] = {d._name: d for d in ALL}
BY_NAME.update({"float": float32, "double": float64, "int": int64, "half": float16, "long": int64})
_BY_IVY = {d._ivy.name: d for d in ALL}

_default = [float32]


def get_default_dtype() -> str:
    """paddle.get_default_dtype: the default floating dtype's name (``'float32'``)."""
    return _default[0]._name


def set_default_dtype(d: Any) -> None:
    """paddle.set_default_dtype: float16, float32 or float64."""
    found = to_dtype(d)
    if found.kind != "f":
        raise TypeError(f"set_default_dtype only supports [float16, float32, float64], but received {found}")
    _default[0] = found


def default_float() -> dtype:
    """The default float dtype."""
    return _default[0]


def to_dtype(d: Any) -> dtype:
    """A paddle dtype from a dtype, a name (``'float32'``), an ``ivy`` or NumPy dtype, or a Python type."""
    if isinstance(d, dtype):
        return d
    if d is builtins.bool:
        return bool
    if d is builtins.int:
        return int64
    if d is builtins.float:
        return default_float()
    if d is builtins.complex:
        return complex64
    if isinstance(d, ivy.DType):
        return _BY_IVY[d.name]
    name = getattr(d, "name", None) if not isinstance(d, str) else d
    if not isinstance(name, str):  # a real paddle dtype (DataType enum) or NumPy scalar type
        name = str(d)
    name = name.removeprefix("paddle.").lower()
    if name.startswith("<class 'numpy."):
        name = name.removeprefix("<class 'numpy.").removesuffix("'>")
    if name.startswith("datatype."):
        name = name.removeprefix("datatype.")
    name = {"float": "float32", "double": "float64"}.get(name, name) if not isinstance(d, str) else name
    if name not in BY_NAME:
        raise TypeError(f"paddle frontend: unsupported dtype {d!r}")
    return BY_NAME[name]


def of_ivy(d: Any) -> dtype:
    """The paddle dtype of an ``ivy`` dtype."""
    return _BY_IVY[d.name]


def is_floating(d: dtype) -> builtins.bool:
    return d.kind == "f"


_FLOAT_RANK = {"float16": 0, "bfloat16": 0, "float32": 1, "float64": 2}


def promote_tensors(a: dtype, b: dtype, op: str = "") -> dtype:
    """The dtype of a binary op between two tensors of dtypes ``a`` and ``b`` (paddle's rule)."""
    if a == b:
        return a
    if a.kind in "fc" and b.kind in "fc":
        return of_ivy(ivy.result_type(a._ivy, b._ivy)) if {a._name, b._name} != {"float16", "bfloat16"} else float32
    raise TypeError(
        "(InvalidType) Type promotion only support calculations between floating-point numbers and between "
        f"complex and real numbers. But got different data type x: {a._name}, y: {b._name}."
    )


def promote_scalar(t: dtype, value: Any) -> dtype:
    """The dtype of a binary op between a tensor of dtype ``t`` and a Python scalar ``value``."""
    if isinstance(value, builtins.bool):
        return t
    if isinstance(value, builtins.int):
        return int64 if t.kind == "b" else t
    if isinstance(value, builtins.float):
        return t if t.kind in "fc" else default_float()
    if isinstance(value, builtins.complex):
        if t.kind == "c":
            return t
        return complex128 if t._name == "float64" else complex64
    raise TypeError(f"paddle frontend: unsupported operand {value!r}")


def scalar_kind_value(d: dtype) -> Any:
    """A Python scalar of the same category as ``d`` (how a 0-d tensor takes part in promotion)."""
    return {"b": True, "i": 1, "u": 1, "f": 1.0, "c": 1j}[d.kind]


def finfo(d: Any) -> Any:
    """paddle.finfo: the floating dtype's limits."""
    return ivy.finfo(to_dtype(d)._ivy)


def iinfo(d: Any) -> Any:
    """paddle.iinfo: the integer dtype's limits."""
    return ivy.iinfo(to_dtype(d)._ivy)


def is_floating_point(x: Any) -> builtins.bool:
    """paddle.is_floating_point."""
    return x.dtype.kind == "f"


def is_integer(x: Any) -> builtins.bool:
    """paddle.is_integer."""
    d = x.dtype if not isinstance(x, dtype) else x
    return d.kind in "iu"


def is_complex(x: Any) -> builtins.bool:
    """paddle.is_complex."""
    return x.dtype.kind == "c"
