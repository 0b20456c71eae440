"""Dtype objects and the type-promotion rules, owned by the core.

Every backend answers ``result_type`` and friends identically because the
answer is computed here, from the dtypes alone. The standard's promotion
table is followed exactly; where the standard leaves a combination to the
implementation (booleans with numbers, integers with floats, ``uint64`` with
signed integers) Ivy promotes to the smallest dtype that holds both exactly,
falling back to ``float64``, which is also what NumPy does.
"""

from __future__ import annotations

import builtins
from typing import Any, NamedTuple


class DType:
    """A data type, shared by every backend (``ivy.float32`` is one object)."""

    __slots__ = ("bits", "kind", "name")

    def __init__(self, name: str, kind: str, bits: int):
        self.name = name
        self.kind = kind  # "b" bool, "i" signed, "u" unsigned, "f" real float, "c" complex
        self.bits = bits

    def __repr__(self) -> str:
        return f"ivy.{self.name}"

    __str__ = __repr__

    def __reduce__(self) -> str:
        return self.name  # pickles as the module-level singleton

    @property
    def itemsize(self) -> int:
        return max(self.bits // 8, 1)


bool = DType("bool", "b", 8)  # noqa: A001
int8 = DType("int8", "i", 8)
int16 = DType("int16", "i", 16)
int32 = DType("int32", "i", 32)
int64 = DType("int64", "i", 64)
uint8 = DType("uint8", "u", 8)
uint16 = DType("uint16", "u", 16)
uint32 = DType("uint32", "u", 32)
uint64 = DType("uint64", "u", 64)
float16 = DType("float16", "f", 16)
bfloat16 = DType("bfloat16", "f", 16)
float32 = DType("float32", "f", 32)
float64 = DType("float64", "f", 64)
complex64 = DType("complex64", "c", 64)
complex128 = DType("complex128", "c", 128)

#: The standard's dtypes, in the standard's order.
STANDARD_DTYPES = (
    bool,
    int8,
    int16,
    int32,
    int64,
    uint8,
    uint16,
    uint32,
    uint64,
    float32,
    float64,
    complex64,
    complex128,
)
#: Extensions ML code needs; not part of the standard's ``dtypes()``.
EXTRA_DTYPES = (float16, bfloat16)
ALL_DTYPES = STANDARD_DTYPES + EXTRA_DTYPES
BY_NAME: dict[str, DType] = {d.name: d for d in ALL_DTYPES}

#: Default dtypes, the same on every backend.
DEFAULTS = {"real floating": float64, "complex floating": complex128, "integral": int64, "indexing": int64}

_SIGNED = {8: int8, 16: int16, 32: int32, 64: int64}
_UNSIGNED = {8: uint8, 16: uint16, 32: uint32, 64: uint64}
_REAL = {32: float32, 64: float64}
_COMPLEX_OF = {float16: complex64, bfloat16: complex64, float32: complex64, float64: complex128}
_REAL_OF = {complex64: float32, complex128: float64}
#: The smallest float that represents every value of an integer dtype exactly.
_FLOAT_FOR_INT = {8: float16, 16: float32, 32: float64, 64: float64}

KIND_MEMBERS = {
    "bool": frozenset("b"),
    "signed integer": frozenset("i"),
    "unsigned integer": frozenset("u"),
    "integral": frozenset("iu"),
    "real floating": frozenset("f"),
    "complex floating": frozenset("c"),
    "numeric": frozenset("iufc"),
}


def _wider_float(a: DType, b: DType) -> DType:
    """Promotion among real and complex floats."""
    ra, rb = _REAL_OF.get(a, a), _REAL_OF.get(b, b)
    if ra is rb:
        real = ra
    elif ra.bits != rb.bits:
        real = ra if ra.bits > rb.bits else rb
    else:  # float16 with bfloat16
        real = float32
    return _COMPLEX_OF[real] if "c" in (a.kind, b.kind) else real


def _promote_pair(a: DType, b: DType) -> DType:
    if a is b:
        return a
    if a.kind == "b":
        return b
    if b.kind == "b":
        return a
    ints = "iu"
    if a.kind in ints and b.kind in ints:
        if a.kind == b.kind:
            return a if a.bits >= b.bits else b
        signed, unsigned = (a, b) if a.kind == "i" else (b, a)
        if signed.bits > unsigned.bits:
            return signed
        if unsigned.bits < 64:
            return _SIGNED[unsigned.bits * 2]
        return float64
    if a.kind in ints:
        a, b = b, a
    if b.kind in ints:  # a is floating, b integral
        needed = _FLOAT_FOR_INT[b.bits]
        if a is bfloat16 and b.bits == 8:
            return a
        return _wider_float(a, needed)
    return _wider_float(a, b)


PROMOTION: dict[tuple[DType, DType], DType] = {(a, b): _promote_pair(a, b) for a in ALL_DTYPES for b in ALL_DTYPES}


def as_dtype(obj: Any, *, function: str = "ivy", argument: str = "dtype") -> DType:
    """The ivy dtype of ``obj``: a DType, an array, a native dtype or a dtype name."""
    if obj.__class__ is DType:
        return obj
    if isinstance(obj, str) and obj in BY_NAME:
        return BY_NAME[obj]
    from ivy import _dispatch

    found = _dispatch.dtype_of_any(obj)
    if found is None:
        from ivy._errors import IvyTypeError

        raise IvyTypeError(f"{function}: argument '{argument}' must be a dtype or an array, got {obj!r}")
    return found


def isdtype(dtype: DType, kind: DType | str | tuple) -> builtins.bool:
    """Whether ``dtype`` belongs to ``kind``."""
    dtype = as_dtype(dtype, function="ivy.isdtype")
    if isinstance(kind, tuple):
        return builtins.any(isdtype(dtype, k) for k in kind)
    if isinstance(kind, str):
        if kind not in KIND_MEMBERS:
            from ivy._errors import IvyValueError

            raise IvyValueError(f"ivy.isdtype: unknown kind {kind!r}; expected one of {sorted(KIND_MEMBERS)}")
        return dtype.kind in KIND_MEMBERS[kind]
    return dtype is as_dtype(kind, function="ivy.isdtype", argument="kind")


_BACKEND_DEFAULTS: dict[int, tuple[Any, dict[str, DType]]] = {}


def defaults() -> dict[str, DType]:
    """The default dtype of each kind on the current backend: the core's (:data:`DEFAULTS`), or, for a
    backend without it (complex128 on MLX), the widest dtype of that kind the backend has."""
    try:
        from ivy import _dispatch

        table = _dispatch.ops().to_native_dtype
    except Exception:  # no backend can be chosen yet: the core's defaults
        return DEFAULTS
    cached = _BACKEND_DEFAULTS.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    found = {}
    for kind, default in DEFAULTS.items():
        have = [d for d in STANDARD_DTYPES if d in table and d.kind == default.kind]
        found[kind] = default if default in table or not have else max(have, key=lambda d: d.bits)
    _BACKEND_DEFAULTS[id(table)] = (table, found)
    return found


def _scalar_dtype(value: Any, dtype: DType | None) -> DType:
    """The dtype a Python scalar takes next to ``dtype`` (weak scalar rules)."""
    if isinstance(value, builtins.bool):
        return dtype if dtype is not None else bool
    if isinstance(value, int):
        return dtype if dtype is not None and dtype.kind != "b" else defaults()["integral"]
    if isinstance(value, float):
        if dtype is not None and dtype.kind in "fc":
            return dtype
        return defaults()["real floating"]
    if dtype is not None and dtype.kind == "c":
        return dtype
    if dtype is not None and dtype.kind == "f" and dtype.bits >= 32:
        return _COMPLEX_OF[dtype]
    return defaults()["complex floating"]


def result_type(*arrays_and_dtypes: Any) -> DType:
    """The dtype type promotion gives for the arguments."""
    from ivy._errors import IvyTypeError, IvyValueError

    if not arrays_and_dtypes:
        raise IvyValueError("ivy.result_type: expected at least one array, dtype or scalar")
    result: DType | None = None
    scalars = []
    for item in arrays_and_dtypes:
        if isinstance(item, (builtins.bool, int, float, complex)):
            scalars.append(item)
            continue
        dtype = as_dtype(item, function="ivy.result_type", argument="arrays_and_dtypes")
        result = dtype if result is None else PROMOTION[result, dtype]
    for value in scalars:
        result = _scalar_dtype(value, result)
    if result is None:
        raise IvyTypeError("ivy.result_type: at least one argument must be an array or a dtype")
    return result


def can_cast(from_: Any, to: DType, /) -> builtins.bool:
    """Whether promotion of ``from_`` with ``to`` gives ``to``."""
    source = as_dtype(from_, function="ivy.can_cast", argument="from_")
    target = as_dtype(to, function="ivy.can_cast", argument="to")
    if source is target:
        return True
    if "b" in (source.kind, target.kind):
        return False  # booleans promote only with booleans
    if source.kind in "iu" and target.kind in "fc":
        return False  # the standard does not promote across kinds
    if source.kind in "fc" and target.kind in "iu":
        return False
    if source.kind == "c" and target.kind == "f":
        return False
    return PROMOTION[source, target] is target


class FInfo(NamedTuple):
    """Machine limits of a floating-point dtype."""

    bits: int
    eps: float
    max: float
    min: float
    smallest_normal: float
    dtype: DType


class IInfo(NamedTuple):
    """Machine limits of an integer dtype."""

    bits: int
    max: int
    min: int
    dtype: DType


# mantissa bits, largest exponent, smallest normal exponent
_FLOAT_LAYOUT = {float16: (10, 15, -14), bfloat16: (7, 127, -126), float32: (23, 127, -126), float64: (52, 1023, -1022)}


def finfo(type: Any, /) -> FInfo:  # noqa: A002 - the standard's name
    """Machine limits of a floating-point dtype."""
    dtype = as_dtype(type, function="ivy.finfo", argument="type")
    real = _REAL_OF.get(dtype, dtype)
    if real not in _FLOAT_LAYOUT:
        from ivy._errors import IvyTypeError

        raise IvyTypeError(f"ivy.finfo: argument 'type' must be a floating-point dtype, got {dtype}")
    mantissa, emax, emin = _FLOAT_LAYOUT[real]
    largest = (2.0 - 2.0**-mantissa) * 2.0**emax
    return FInfo(bits=real.bits, eps=2.0**-mantissa, max=largest, min=-largest, smallest_normal=2.0**emin, dtype=real)


def iinfo(type: Any, /) -> IInfo:  # noqa: A002 - the standard's name
    """Machine limits of an integer dtype."""
    dtype = as_dtype(type, function="ivy.iinfo", argument="type")
    if dtype.kind not in "iu":
        from ivy._errors import IvyTypeError

        raise IvyTypeError(f"ivy.iinfo: argument 'type' must be an integer dtype, got {dtype}")
    if dtype.kind == "u":
        return IInfo(bits=dtype.bits, max=2**dtype.bits - 1, min=0, dtype=dtype)
    return IInfo(bits=dtype.bits, max=2 ** (dtype.bits - 1) - 1, min=-(2 ** (dtype.bits - 1)), dtype=dtype)
