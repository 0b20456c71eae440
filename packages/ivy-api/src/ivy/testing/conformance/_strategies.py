"""Hypothesis strategies of the conformance kit: dtypes, shapes and values.

Inputs are drawn as :class:`ArrayData`, a backend-neutral description (dtype
name, shape, flat row-major Python values), and built on each side, the
backend under test and the reference, with that side's own ``asarray`` and
``reshape``. So the same values reach both, and a failing example prints
readably.

Values lean on the edges on purpose: NaN, infinities, signed zeros, the
extremes of each floating-point dtype, and the bounds of each integer dtype.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

import ivy

BOOL = ("bool",)
SIGNED = ("int8", "int16", "int32", "int64")
UNSIGNED = ("uint8", "uint16", "uint32", "uint64")
INTEGRAL = SIGNED + UNSIGNED
REAL_FLOATING = ("float32", "float64")
COMPLEX_FLOATING = ("complex64", "complex128")
FLOATING = REAL_FLOATING + COMPLEX_FLOATING
NUMERIC = INTEGRAL + FLOATING
STANDARD = BOOL + NUMERIC

#: The standard's ``isdtype`` kinds, as dtype names.
KINDS: dict[str, tuple[str, ...]] = {
    "bool": BOOL,
    "signed integer": SIGNED,
    "unsigned integer": UNSIGNED,
    "integral": INTEGRAL,
    "real floating": REAL_FLOATING,
    "complex floating": COMPLEX_FLOATING,
    "numeric": NUMERIC,
}

#: Precision of each floating dtype (the real part's, for complex ones).
REAL_OF = {"float32": "float32", "float64": "float64", "complex64": "float32", "complex128": "float64"}
COMPLEX_OF = {"float32": "complex64", "float64": "complex128"}


def kind_of(dtype: str) -> str:
    """``"b"``, ``"i"``, ``"u"``, ``"f"`` or ``"c"``."""
    if dtype == "bool":
        return "b"
    return {"int": "i", "uin": "u", "flo": "f", "com": "c"}[dtype[:3]]


def bits(dtype: str) -> int:
    return 8 if dtype == "bool" else int("".join(c for c in dtype if c.isdigit()))


def int_bounds(dtype: str) -> tuple[int, int]:
    n = bits(dtype)
    return (0, 2**n - 1) if dtype.startswith("u") else (-(2 ** (n - 1)), 2 ** (n - 1) - 1)


def float_max(dtype: str) -> float:
    return {"float32": 3.4028234663852886e38, "float64": 1.7976931348623157e308}[REAL_OF[dtype]]


def float_eps(dtype: str) -> float:
    return {"float32": 2.0**-23, "float64": 2.0**-52}[REAL_OF[dtype]]


def float_tiny(dtype: str) -> float:
    return {"float32": 2.0**-126, "float64": 2.0**-1022}[REAL_OF[dtype]]


def python_type(dtype: str) -> type:
    return {"b": bool, "i": int, "u": int, "f": float, "c": complex}[kind_of(dtype)]


# --------------------------------------------------------------------------- arrays


def _format(value: Any) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
    return repr(value)


@dataclass(frozen=True)
class ArrayData:
    """An array to build on both sides: dtype name, shape, flat values."""

    dtype: str
    shape: tuple[int, ...]
    values: tuple

    def __post_init__(self) -> None:
        if math.prod(self.shape) != len(self.values):
            raise ValueError(f"ArrayData: {len(self.values)} values do not fill shape {self.shape}")

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return len(self.values)

    def build(self, xp: Any) -> Any:
        """The array in namespace ``xp`` (ivy or the reference)."""
        dtype = getattr(xp, self.dtype)
        if not self.shape:
            return xp.asarray(self.values[0], dtype=dtype)
        flat = xp.asarray(list(self.values), dtype=dtype)
        return flat if len(self.shape) == 1 else xp.reshape(flat, self.shape)

    def numpy(self, dtype: Any = None) -> Any:
        """The values as a NumPy array (``dtype=object`` for exact integers)."""
        import numpy as np

        if dtype is object:
            array = np.empty(len(self.values), dtype=object)
            array[:] = list(self.values)
            return array.reshape(self.shape)
        return np.asarray(self.values, dtype=dtype or self.dtype).reshape(self.shape)

    def __repr__(self) -> str:
        shown = ", ".join(_format(v) for v in self.values)
        return f"ArrayData({self.dtype}, shape={self.shape}, values=[{shown}])"


@dataclass(frozen=True)
class DTypeRef:
    """A dtype argument, built as the dtype object of each side."""

    name: str

    def build(self, xp: Any) -> Any:
        return getattr(xp, self.name)

    def __repr__(self) -> str:
        return self.name


def build(value: Any, xp: Any) -> Any:
    """``value`` with every :class:`ArrayData`/:class:`DTypeRef` built in ``xp``."""
    if isinstance(value, (ArrayData, DTypeRef)):
        return value.build(xp)
    if isinstance(value, list):
        return [build(v, xp) for v in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(build(v, xp) for v in value)
    if isinstance(value, dict):
        return {k: build(v, xp) for k, v in value.items()}
    return value


# --------------------------------------------------------------------------- values

Elements = Callable[[str], st.SearchStrategy]


def integers(dtype: str, min_value: int | None = None, max_value: int | None = None) -> st.SearchStrategy:
    """Integers of ``dtype`` (within the given range), often at the range's edges."""
    lo, hi = int_bounds(dtype)
    lo = lo if min_value is None else max(lo, min_value)
    hi = hi if max_value is None else min(hi, max_value)
    if lo > hi:
        raise ValueError(f"empty integer range for {dtype}: [{lo}, {hi}]")
    edges = sorted({v for v in (lo, hi, lo + 1, hi - 1, 0, 1, -1, 2) if lo <= v <= hi})
    return st.one_of(st.sampled_from(edges), st.integers(lo, hi))


def floats(
    dtype: str,
    min_value: float | None = None,
    max_value: float | None = None,
    *,
    nan: bool = True,
    infinity: bool = True,
    extremes: bool = True,
    signed_zero: bool = True,
) -> st.SearchStrategy:
    """Real values of a floating ``dtype``: NaN, infinities, -0.0 and the dtype's extremes
    mixed with ordinary finite values in ``[min_value, max_value]``."""
    real = REAL_OF[dtype]
    width = 32 if real == "float32" else 64
    big = float_max(real)
    lo = -big if min_value is None else max(-big, float(min_value))
    hi = big if max_value is None else min(big, float(max_value))
    edges = [0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0]
    if signed_zero:
        edges.append(-0.0)
    if extremes:
        edges += [big, -big, float_tiny(real), -float_tiny(real), float_eps(real), 1.0 + float_eps(real)]
    edges = [v for v in edges if lo <= v <= hi]
    if infinity:
        edges += [math.inf, -math.inf]
    if nan:
        edges.append(math.nan)
    finite = st.floats(lo, hi, width=width, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    if not signed_zero:
        finite = finite.map(lambda v: 0.0 if v == 0 else v)
    return st.one_of(st.sampled_from(edges), finite, finite) if edges else finite


def complexes(
    dtype: str, magnitude: float = 10.0, *, nan: bool = False, infinity: bool = False, signed_zero: bool = True
) -> st.SearchStrategy:
    """Complex values whose parts are drawn like :func:`floats` in ``[-magnitude, magnitude]``.

    Without ``signed_zero`` no part is -0.0: on a branch cut the sign of a zero imaginary
    part picks the side, which the standard's (provisional) branch cuts leave open.
    """
    part = floats(REAL_OF[dtype], -magnitude, magnitude, nan=nan, infinity=infinity, extremes=False)
    if not signed_zero:
        part = part.map(lambda v: 0.0 if v == 0 else v)
    return st.builds(complex, part, part)


def default_elements(
    dtype: str,
    *,
    magnitude: float | None = None,
    nan: bool = True,
    infinity: bool = True,
    signed_zero: bool = True,
    int_range: tuple[int | None, int | None] = (None, None),
    complex_signed_zero: bool = True,
) -> st.SearchStrategy:
    """The values an array of ``dtype`` gets unless a case says otherwise."""
    kind = kind_of(dtype)
    if kind == "b":
        return st.booleans()
    if kind in "iu":
        return integers(dtype, *int_range)
    if kind == "f":
        lo, hi = (None, None) if magnitude is None else (-magnitude, magnitude)
        return floats(dtype, lo, hi, nan=nan, infinity=infinity, extremes=magnitude is None, signed_zero=signed_zero)
    return complexes(dtype, 10.0 if magnitude is None else min(magnitude, 10.0), signed_zero=complex_signed_zero)


def elements_factory(**options: Any) -> Elements:
    """An ``Elements`` (dtype -> strategy) with :func:`default_elements` options fixed."""
    return lambda dtype: default_elements(dtype, **options)


def finite(
    magnitude: float = 1e3, *, signed_zero: bool = True, int_range: tuple[int | None, int | None] = (None, None)
) -> Elements:
    """Finite values of moderate magnitude (for sums, linear algebra, transforms)."""
    return elements_factory(
        magnitude=magnitude, nan=False, infinity=False, signed_zero=signed_zero, int_range=int_range
    )


def moderate(magnitude: float = 1e3, *, complex_signed_zero: bool = True) -> Elements:
    """Moderate finite values plus NaN, infinities and signed zeros (transcendental functions)."""
    return elements_factory(magnitude=magnitude, complex_signed_zero=complex_signed_zero)


# --------------------------------------------------------------------------- shapes


@st.composite
def shapes(
    draw: Any, min_dims: int = 0, max_dims: int = 3, min_side: int = 0, max_side: int = 4, max_size: int = 48
) -> tuple[int, ...]:
    """Shapes, 0-d and empty (size-0) ones included, holding at most ``max_size`` elements."""
    ndim = draw(st.integers(min_dims, max_dims))
    dims: list[int] = []
    budget = max_size
    for _ in range(ndim):
        high = max(min(max_side, budget), min_side, 1)
        if min_side == 0 and draw(st.integers(0, 9)) == 0:
            side = 0
        else:
            side = draw(st.integers(max(min_side, 1), high))
        dims.append(side)
        budget = budget // max(side, 1)
    return tuple(dims)


def broadcastable_shapes(count: int = 2, min_dims: int = 0, max_dims: int = 3, max_side: int = 4) -> st.SearchStrategy:
    """``count`` shapes that broadcast together, and the shape they broadcast to."""
    from hypothesis.extra.numpy import mutually_broadcastable_shapes

    return mutually_broadcastable_shapes(
        num_shapes=count, min_dims=min_dims, max_dims=max_dims, min_side=0, max_side=max_side
    )


@st.composite
def arrays(
    draw: Any,
    dtype: str,
    shape: Sequence[int] | st.SearchStrategy,
    elements: Elements | st.SearchStrategy | None = None,
) -> ArrayData:
    """An :class:`ArrayData` of ``dtype`` and ``shape``."""
    if isinstance(shape, st.SearchStrategy):
        shape = draw(shape)
    shape = tuple(shape)
    if elements is None:
        strategy = default_elements(dtype)
    elif isinstance(elements, st.SearchStrategy):
        strategy = elements
    else:
        strategy = elements(dtype)
    n = math.prod(shape)
    convert = python_type(dtype)
    values = draw(st.lists(strategy, min_size=n, max_size=n))
    return ArrayData(dtype, shape, tuple(convert(v) for v in values))


def scalar(dtype: str, elements: Elements | None = None) -> st.SearchStrategy:
    """A Python scalar of the kind of ``dtype`` (what the standard lets stand for an array of it)."""
    strategy = default_elements(dtype) if elements is None else elements(dtype)
    return strategy.map(python_type(dtype))


# --------------------------------------------------------------------------- what the backend supports


class Context:
    """What a conformance test knows about the backend under test."""

    def __init__(self, backend: str):
        self.backend = backend
        info = ivy.__array_namespace_info__()
        self.supported: tuple[str, ...] = tuple(name for name in STANDARD if name in info.dtypes())
        self.default_float = info.default_dtypes()["real floating"].name
        self.default_int = info.default_dtypes()["integral"].name
        self.index_dtype = info.default_dtypes()["indexing"].name

    def dtypes(self, kind: str | tuple[str, ...] | None = None) -> list[str]:
        """Supported dtypes of a standard ``isdtype`` kind, or of a spec's dtype kind."""
        from ivy.spec._marker import DTYPE_KINDS

        if kind is None:
            return list(self.supported)
        if isinstance(kind, str) and kind in DTYPE_KINDS:
            kind = DTYPE_KINDS[kind]
        kinds = (kind,) if isinstance(kind, str) else kind
        names = {n for k in kinds for n in (KINDS[k] if k in KINDS else (k,))}
        return [n for n in self.supported if n in names]

    def dtype(self, kind: str | tuple[str, ...] | None = None) -> st.SearchStrategy:
        """A strategy over the supported dtypes of ``kind`` (skips the test if there are none)."""
        names = self.dtypes(kind)
        if not names:
            import pytest

            pytest.skip(f"backend {self.backend!r} supports no dtype of kind {kind!r}")
        return st.sampled_from(names)


def promotable(dtype: str, candidates: Sequence[str]) -> list[str]:
    """The candidates that the standard promotes with ``dtype`` (same kind family)."""
    from ivy.testing.conformance._reference import reference_result_type

    return [c for c in candidates if reference_result_type(dtype, c) is not None]
