"""TensorFlow's dtype objects (``tf.float32``, ...) over ivy's dtypes, and value-to-dtype inference."""

from __future__ import annotations

from typing import Any

import ivy


class DType:
    """A TensorFlow dtype: ``name`` as TF spells it, backed by one ivy dtype."""

    __slots__ = ("_ivy", "name")

    def __init__(self, name: str, ivy_dtype: Any) -> None:
        self.name = name
        self._ivy = ivy_dtype

    @property
    def is_floating(self) -> bool:
        return self.name in ("float16", "bfloat16", "float32", "float64")

    @property
    def is_integer(self) -> bool:
        return self.name.startswith(("int", "uint"))

    @property
    def is_unsigned(self) -> bool:
        return self.name.startswith("uint") or self.name == "bool"

    @property
    def is_complex(self) -> bool:
        return self.name.startswith("complex")

    @property
    def is_bool(self) -> bool:
        return self.name == "bool"

    @property
    def base_dtype(self) -> DType:
        return self

    @property
    def real_dtype(self) -> DType:
        return {"complex64": float32, "complex128": float64}.get(self.name, self)

    @property
    def size(self) -> int:
        return ivy.finfo(self._ivy).bits // 8 if self.is_floating or self.is_complex else ivy.iinfo(self._ivy).bits // 8

    @property
    def min(self) -> float | int:
        return (ivy.finfo(self._ivy) if self.is_floating else ivy.iinfo(self._ivy)).min

    @property
    def max(self) -> float | int:
        return (ivy.finfo(self._ivy) if self.is_floating else ivy.iinfo(self._ivy)).max

    def __eq__(self, other: object) -> bool:
        try:
            return as_dtype(other) is self
        except (TypeError, ValueError):
            return False

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"tf.{self.name}"


_NAMES = (
    "float16 bfloat16 float32 float64 int8 int16 int32 int64 uint8 uint16 uint32 uint64 bool complex64 complex128"
).split()
_BY_NAME: dict[str, DType] = {n: DType(n, getattr(ivy, n)) for n in _NAMES}
float16, bfloat16, float32, float64 = (_BY_NAME[n] for n in ("float16", "bfloat16", "float32", "float64"))
int8, int16, int32, int64 = (_BY_NAME[n] for n in ("int8", "int16", "int32", "int64"))
uint8, uint16, uint32, uint64 = (_BY_NAME[n] for n in ("uint8", "uint16", "uint32", "uint64"))
bool_ = _BY_NAME["bool"]
complex64, complex128 = _BY_NAME["complex64"], _BY_NAME["complex128"]
half, double = float16, float64
_ALIASES = {"half": float16, "double": float64, "float": float32, "int": int32, "long": int64}


def as_dtype(type_value: Any) -> DType:
    """tf.as_dtype: a frontend DType from a DType, ivy dtype, NumPy dtype/type or name."""
    if isinstance(type_value, DType):
        return type_value
    if type_value is bool:
        return bool_
    if type_value is float:
        return float32
    if type_value is int:
        return int32
    if type_value is complex:
        return complex128
    name = getattr(type_value, "name", None)
    if not isinstance(name, str):
        name = getattr(type_value, "__name__", None) if isinstance(type_value, type) else None
    if name is None:
        name = str(type_value)
    name = name.removeprefix("tf.").removeprefix("ivy.").removeprefix("<dtype: '").removesuffix("'>")
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name in _ALIASES:
        return _ALIASES[name]
    raise TypeError(f"Cannot convert value {type_value!r} to a TensorFlow DType.")


def from_ivy(ivy_dtype: Any) -> DType:
    """The frontend DType of an ivy dtype."""
    return _BY_NAME[ivy_dtype.name]


def infer_python(value: Any) -> DType:
    """TF's dtype for a Python scalar or nested list: float32, int32 (int64 if too big), bool, complex128."""
    kinds: set[str] = set()
    big = [False]

    def walk(v: Any) -> None:
        if isinstance(v, (list, tuple)):
            for item in v:
                walk(item)
        elif isinstance(v, bool):
            kinds.add("b")
        elif isinstance(v, int):
            kinds.add("i")
            if not -(2**31) <= v < 2**31:
                big[0] = True
        elif isinstance(v, float):
            kinds.add("f")
        elif isinstance(v, complex):
            kinds.add("c")
        elif hasattr(v, "dtype"):
            kinds.add("t:" + as_dtype(v.dtype).name)
        else:
            raise TypeError(f"Attempt to convert a value ({v!r}) with an unsupported type to a Tensor.")

    walk(value)
    typed = [k for k in kinds if k.startswith("t:")]
    if typed:
        return _BY_NAME[typed[0][2:]]
    if "c" in kinds:
        return complex128
    if "f" in kinds:
        return float32
    if "i" in kinds:
        if "b" in kinds:
            raise TypeError(f"Can't convert a mix of bools and ints to a Tensor: {value!r}")
        return int64 if big[0] else int32
    if "b" in kinds:
        return bool_
    return float32
