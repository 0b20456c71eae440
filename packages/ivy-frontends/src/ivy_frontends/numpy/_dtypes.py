"""NumPy's dtypes on ivy: scalar types (``float32``...), ``dtype``, promotion and limits.

NumPy's promotion (NEP 50) agrees with ``ivy.result_type`` for arrays and weak
Python scalars, except for the one corner fixed in :func:`result_type`.
"""

from __future__ import annotations

import builtins
from typing import Any

import ivy

_BY_NAME = {
    d.name: d
    for d in (
        ivy.bool,
        ivy.int8,
        ivy.int16,
        ivy.int32,
        ivy.int64,
        ivy.uint8,
        ivy.uint16,
        ivy.uint32,
        ivy.uint64,
        ivy.float16,
        ivy.float32,
        ivy.float64,
        ivy.complex64,
        ivy.complex128,
    )
}
_CHARS = {
    "bool": "?",
    "int8": "b",
    "int16": "h",
    "int32": "i",
    "int64": "l",
    "uint8": "B",
    "uint16": "H",
    "uint32": "I",
    "uint64": "L",
    "float16": "e",
    "float32": "f",
    "float64": "d",
    "complex64": "F",
    "complex128": "D",
}
_ALIASES = {
    "bool_": "bool",
    "?": "bool",
    "b1": "bool",
    "float": "float64",
    "double": "float64",
    "single": "float32",
    "half": "float16",
    "int": "int64",
    "long": "int64",
    "intp": "int64",
    "uint": "uint64",
    "uintp": "uint64",
    "complex": "complex128",
    "cdouble": "complex128",
    "csingle": "complex64",
    "f2": "float16",
    "f4": "float32",
    "f8": "float64",
    "i1": "int8",
    "i2": "int16",
    "i4": "int32",
    "i8": "int64",
    "u1": "uint8",
    "u2": "uint16",
    "u4": "uint32",
    "u8": "uint64",
    "c8": "complex64",
    "c16": "complex128",
    **{c: n for n, c in _CHARS.items()},
}


class generic:  # noqa: N801 - NumPy's name
    """Root of NumPy's scalar-type hierarchy; calling a concrete type makes a 0-d array."""

    _ivy: ivy.DType | None = None

    def __new__(cls, value: Any = 0) -> Any:
        if cls._ivy is None:
            raise TypeError(f"numpy.{cls.__name__}: cannot create an instance of an abstract scalar type")
        from ivy_frontends.numpy._ndarray import array

        return array(value, dtype=cls)


class number(generic):  # noqa: N801
    """Numbers."""


class integer(number):  # noqa: N801
    """Integers."""


class signedinteger(integer):  # noqa: N801
    """Signed integers."""


class unsignedinteger(integer):  # noqa: N801
    """Unsigned integers."""


class inexact(number):  # noqa: N801
    """Floating and complex numbers."""


class floating(inexact):  # noqa: N801
    """Real floating numbers."""


class complexfloating(inexact):  # noqa: N801
    """Complex numbers."""


_BASES = {"b": generic, "i": signedinteger, "u": unsignedinteger, "f": floating, "c": complexfloating}
#: Scalar types by dtype name: ``float32`` is ``SCALAR_TYPES["float32"]``.
SCALAR_TYPES: dict[str, type] = {
    name: type(name if name != "bool" else "bool", (_BASES[d.kind],), {"_ivy": d, "__doc__": f"NumPy's {name}."})
    for name, d in _BY_NAME.items()
}


class dtype:  # noqa: N801 - NumPy's name
    """A NumPy dtype: compares equal to its scalar type, its name and its character code."""

    __slots__ = ("ivy",)

    def __init__(self, obj: Any, align: bool = False, copy: bool = False) -> None:
        self.ivy = to_ivy(obj, "numpy.dtype", "dtype")

    @property
    def name(self) -> str:
        return self.ivy.name

    @property
    def kind(self) -> str:
        return self.ivy.kind

    @property
    def char(self) -> str:
        return _CHARS[self.ivy.name]

    @property
    def itemsize(self) -> int:
        return self.ivy.itemsize

    @property
    def type(self) -> type:
        return SCALAR_TYPES[self.ivy.name]

    def __eq__(self, other: object) -> bool:
        try:
            return self.ivy is to_ivy(other, "numpy.dtype.__eq__", "other")
        except TypeError:
            return False

    def __hash__(self) -> int:
        return hash(self.ivy.name)

    def __repr__(self) -> str:
        return f"dtype('{self.ivy.name}')"

    def __str__(self) -> str:
        return self.ivy.name


def to_ivy(obj: Any, where: str = "numpy", arg: str = "dtype") -> ivy.DType:
    """The ``ivy.DType`` for anything NumPy accepts as a dtype, or a TypeError naming ``where`` and ``arg``."""
    if isinstance(obj, ivy.DType):
        return obj
    if isinstance(obj, dtype):
        return obj.ivy
    if isinstance(obj, builtins.type):
        if issubclass(obj, generic) and obj._ivy is not None:
            return obj._ivy
        if obj.__module__ == "numpy" and _ALIASES.get(obj.__name__, obj.__name__) in _BY_NAME:  # a real NumPy type
            return _BY_NAME[_ALIASES.get(obj.__name__, obj.__name__)]
        python = {builtins.bool: ivy.bool, int: ivy.int64, float: ivy.float64, complex: ivy.complex128}
        if obj in python:
            return python[obj]
    if isinstance(obj, str):
        name = _ALIASES.get(obj, obj)
        if name in _BY_NAME:
            return _BY_NAME[name]
    if hasattr(obj, "dtype") and not isinstance(obj, builtins.type):
        return to_ivy(obj.dtype, where, arg)
    name = getattr(obj, "name", None)  # a real NumPy dtype, during capture
    if isinstance(name, str) and name in _BY_NAME:
        return _BY_NAME[name]
    raise TypeError(f"{where}: argument '{arg}': data type {obj!r} not understood")


def optional(obj: Any, where: str, arg: str = "dtype") -> ivy.DType | None:
    """``to_ivy`` that lets ``None`` through."""
    return None if obj is None else to_ivy(obj, where, arg)


def float_for(d: ivy.DType) -> ivy.DType:
    """The floating dtype NumPy computes float-only ufuncs in for input dtype ``d``."""
    if d.kind in "fc":
        return d
    if d.kind == "b" or d.bits == 8:
        return ivy.float16
    return ivy.float32 if d.bits == 16 else ivy.float64


def _operand(x: Any) -> Any:
    """An argument of ``result_type``: dtypes become ``ivy.DType``, arrays their dtype, scalars stay weak."""
    if isinstance(x, (builtins.bool, int, float, complex)):
        return x
    return to_ivy(x, "numpy.result_type", "arrays_and_dtypes")


def result_type(*arrays_and_dtypes: Any) -> dtype:
    """NumPy's promotion: strong dtypes by the table, Python scalars weak (NEP 50)."""
    operands = [_operand(x) for x in arrays_and_dtypes]
    strong = [o for o in operands if isinstance(o, ivy.DType)]
    if not strong:  # only Python scalars: their default dtypes
        defaults = [to_ivy(builtins.type(o)) if not isinstance(o, builtins.bool) else ivy.bool for o in operands]
        return dtype(ivy.result_type(*defaults))
    result = ivy.result_type(*operands)
    if result is ivy.complex128 and ivy.result_type(*strong) is ivy.float16:
        result = ivy.complex64  # NumPy: a weak complex with float16 gives complex64
    return dtype(result)


def promote_types(type1: Any, type2: Any) -> dtype:
    """The smallest dtype both ``type1`` and ``type2`` cast to safely."""
    return dtype(
        ivy.result_type(to_ivy(type1, "numpy.promote_types", "type1"), to_ivy(type2, "numpy.promote_types", "type2"))
    )


def can_cast(from_: Any, to: Any, casting: str = "safe") -> bool:
    """Whether ``from_`` casts to ``to`` under ``casting`` ('no', 'equiv', 'safe', 'same_kind', 'unsafe')."""
    a = to_ivy(from_, "numpy.can_cast", "from_")
    b = to_ivy(to, "numpy.can_cast", "to")
    if casting in ("no", "equiv"):
        return a is b
    if casting == "unsafe" or a.kind == "b":
        return True
    if casting == "same_kind":
        order = "buifc"
        return ivy.result_type(a, b) is b or order.index(a.kind) <= order.index(b.kind)
    if casting == "safe":  # NumPy: safe exactly when promoting the two gives the target
        return ivy.result_type(a, b) is b
    raise ValueError(
        f"numpy.can_cast: argument 'casting': expected 'no', 'equiv', 'safe', 'same_kind' or 'unsafe', got {casting!r}"
    )


def issubdtype(arg1: Any, arg2: Any) -> bool:
    """Whether ``arg1`` is below ``arg2`` in NumPy's scalar-type hierarchy."""
    if isinstance(arg2, builtins.type) and issubclass(arg2, generic) and arg2._ivy is None:
        return issubclass(SCALAR_TYPES[to_ivy(arg1, "numpy.issubdtype", "arg1").name], arg2)
    return to_ivy(arg1, "numpy.issubdtype", "arg1") is to_ivy(arg2, "numpy.issubdtype", "arg2")


def isdtype(dtype_: Any, kind: Any) -> bool:
    """The standard's ``isdtype`` on NumPy dtypes."""
    kinds = kind if isinstance(kind, tuple) else (kind,)
    kinds = tuple(k if isinstance(k, str) else to_ivy(k, "numpy.isdtype", "kind") for k in kinds)
    return ivy.isdtype(to_ivy(dtype_, "numpy.isdtype", "dtype"), kinds)


class finfo:  # noqa: N801
    """Limits of a floating dtype (``eps``, ``max``, ``min``, ``tiny``, ``resolution``, ``bits``)."""

    def __init__(self, dtype_: Any) -> None:
        d = to_ivy(dtype_, "numpy.finfo", "dtype")
        if d.kind not in "fc":
            raise ValueError(f"numpy.finfo: argument 'dtype': data type {d.name} not inexact")
        if d.kind == "c":
            d = ivy.float32 if d is ivy.complex64 else ivy.float64
        info = ivy.finfo(d)
        self.dtype = dtype(d)
        self.bits, self.eps, self.max, self.min = info.bits, info.eps, info.max, info.min
        self.tiny = self.smallest_normal = info.smallest_normal
        self.precision = {16: 3, 32: 6, 64: 15}[d.bits]
        self.resolution = 10.0**-self.precision

    def __repr__(self) -> str:
        return f"finfo(resolution={self.resolution}, min={self.min}, max={self.max}, dtype={self.dtype.name})"


class iinfo:  # noqa: N801
    """Limits of an integer dtype (``min``, ``max``, ``bits``)."""

    def __init__(self, int_type: Any) -> None:
        d = to_ivy(int_type, "numpy.iinfo", "int_type")
        if d.kind not in "iu":
            raise ValueError(f"numpy.iinfo: argument 'int_type': invalid integer data type {d.name!r}")
        info = ivy.iinfo(d)
        self.dtype, self.bits, self.min, self.max = dtype(d), info.bits, info.min, info.max

    def __repr__(self) -> str:
        return f"iinfo(min={self.min}, max={self.max}, dtype={self.dtype.name})"


def namespace_types() -> dict[str, Any]:
    """The dtype-related names of the ``numpy`` namespace."""
    names = dict(SCALAR_TYPES)
    names["bool_"] = SCALAR_TYPES["bool"]
    for alias in ("double", "single", "half", "intp", "uintp", "long", "cdouble", "csingle"):
        names[alias] = SCALAR_TYPES[_ALIASES[alias]]
    names.update(short=SCALAR_TYPES["int16"], byte=SCALAR_TYPES["int8"], ubyte=SCALAR_TYPES["uint8"])
    names.update(ushort=SCALAR_TYPES["uint16"], intc=SCALAR_TYPES["int32"], uintc=SCALAR_TYPES["uint32"])
    names.update(longlong=SCALAR_TYPES["int64"], ulonglong=SCALAR_TYPES["uint64"], ulong=SCALAR_TYPES["uint64"])
    abstract = (generic, number, integer, signedinteger, unsignedinteger, inexact, floating, complexfloating)
    functions = (dtype, finfo, iinfo, result_type, promote_types, can_cast, issubdtype, isdtype)
    names.update((obj.__name__, obj) for obj in (*abstract, *functions))
    return names
