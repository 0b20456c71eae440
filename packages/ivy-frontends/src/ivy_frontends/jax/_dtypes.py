"""JAX's dtypes and its type-promotion lattice, weak types included.

Python scalars are *weak*: they take the other operand's dtype when it has the
same or a higher kind (``int32_array + 1.5`` is float, ``float16_array + 1.5``
stays float16). Weak-only results get ivy's default dtypes (int64, float64,
complex128), i.e. JAX with ``jax_enable_x64`` on: the frontend follows ivy's
dtypes and never silently drops to 32 bits.
"""

from __future__ import annotations

import builtins
from typing import Any

import ivy

NAMES = (
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "bfloat16",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
)

# Edges of JAX's promotion lattice; "i*", "f*", "c*" are the weak Python int/float/complex.
_EDGES = {
    "bool": ("i*",),
    "i*": ("uint8", "int8"),
    "uint8": ("uint16", "int16"),
    "uint16": ("uint32", "int32"),
    "uint32": ("uint64", "int64"),
    "int8": ("int16",),
    "int16": ("int32",),
    "int32": ("int64",),
    "uint64": ("f*",),
    "int64": ("f*",),
    "f*": ("bfloat16", "float16", "c*"),
    "bfloat16": ("float32",),
    "float16": ("float32",),
    "float32": ("float64", "complex64"),
    "float64": ("complex128",),
    "c*": ("complex64",),
    "complex64": ("complex128",),
    "complex128": (),
}
WEAK_DEFAULT = {"i*": "int64", "f*": "float64", "c*": "complex128"}


def _upper(node: str) -> set[str]:
    seen, todo = {node}, [node]
    while todo:
        for nxt in _EDGES[todo.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


_UPPER = {n: _upper(n) for n in _EDGES}


def join(a: str, b: str) -> str:
    """The least upper bound of two lattice nodes."""
    common = _UPPER[a] & _UPPER[b]
    (least,) = [n for n in common if _UPPER[n] >= common]
    return least


class dtype:  # noqa: N801 - JAX/NumPy's name
    """A JAX dtype: compares equal to its name, to its scalar type (``jnp.float32``) and to itself."""

    def __init__(self, name: Any) -> None:
        if not (isinstance(name, str) and name in NAMES):  # jnp.dtype(jnp.float32), jnp.dtype("double"), ...
            name = canonical(name).name
        self.name = name
        self.ivy = getattr(ivy, name)
        self.kind = self.ivy.kind if name != "bool" else "b"
        self.itemsize = max(1, self.ivy.bits // 8)

    def __eq__(self, other: object) -> builtins.bool:
        try:
            return self.name == canonical(other).name
        except (TypeError, KeyError):
            return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"dtype('{self.name}')"

    @property
    def type(self) -> Any:
        return SCALAR_TYPES[self.name]


DTYPES = {n: dtype(n) for n in NAMES}


class scalar_type:  # noqa: N801
    """``jnp.float32`` and friends: a dtype-like that also builds arrays (``jnp.float32(3)``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.dtype = DTYPES[name]
        self.__name__ = name

    def __call__(self, x: Any) -> Any:
        from ivy_frontends.jax._array import asarray

        return asarray(x, dtype=self.dtype)

    def __eq__(self, other: object) -> builtins.bool:
        return self.dtype == other

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"<class 'jax.numpy.{self.name}'>"


SCALAR_TYPES = {n: scalar_type(n) for n in NAMES}
_ALIASES = {"float": "float64", "int": "int64", "complex": "complex128", "bool_": "bool", "float_": "float64"}
_ALIASES.update(double="float64", single="float32", cdouble="complex128", csingle="complex64")


def canonical(d: Any) -> dtype:
    """Any dtype spelling (name, scalar type, ivy/NumPy/JAX dtype, Python type) as a frontend ``dtype``."""
    if isinstance(d, dtype):
        return d
    if isinstance(d, scalar_type):
        return d.dtype
    if d is builtins.bool:
        return DTYPES["bool"]
    if d is int:
        return DTYPES["int64"]
    if d is float:
        return DTYPES["float64"]
    if d is complex:
        return DTYPES["complex128"]
    if isinstance(d, ivy.DType):
        return DTYPES[d.name]
    name = getattr(d, "name", None) or getattr(d, "__name__", None) or d
    if not isinstance(name, str):
        raise TypeError(f"jax.numpy: cannot interpret {d!r} as a data type")
    name = _ALIASES.get(name, name)
    if name not in DTYPES:
        raise TypeError(f"jax.numpy: cannot interpret {d!r} as a data type")
    return DTYPES[name]


def optional(d: Any) -> dtype | None:
    """``dtype=`` argument: ``None`` passes."""
    return None if d is None else canonical(d)


def node_of(x: Any) -> str:
    """The lattice node of an operand: a weak node for Python scalars and weak arrays."""
    from ivy_frontends.jax._array import Array

    if isinstance(x, builtins.bool):
        return "bool"
    if isinstance(x, int):
        return "i*"
    if isinstance(x, float):
        return "f*"
    if isinstance(x, complex):
        return "c*"
    if isinstance(x, Array):
        if x.weak:
            return {"i": "i*", "u": "i*", "f": "f*", "c": "c*"}.get(x.dtype.kind, x.dtype.name)
        return x.dtype.name
    if isinstance(x, ivy.Array):
        return x.dtype.name
    return canonical(x).name


def result(*operands: Any) -> tuple[dtype, builtins.bool]:
    """The promoted dtype of ``operands`` and whether the result is weak."""
    node = node_of(operands[0])
    for o in operands[1:]:
        node = join(node, node_of(o))
    if node in WEAK_DEFAULT:
        return DTYPES[WEAK_DEFAULT[node]], True
    return DTYPES[node], False


def promote_types(a: Any, b: Any) -> dtype:
    """jnp.promote_types: the promoted dtype of two dtypes (both strong)."""
    node = join(canonical(a).name, canonical(b).name)
    return DTYPES[WEAK_DEFAULT.get(node, node)]


def to_inexact(d: dtype) -> dtype:
    """The floating dtype JAX computes an integer/bool input in (``jnp.sqrt(int32)`` is float32)."""
    if d.kind in "fc":
        return d
    return DTYPES["float64"] if d.itemsize == 8 else DTYPES["float32"]


def is_float(d: dtype) -> builtins.bool:
    return d.kind == "f"
