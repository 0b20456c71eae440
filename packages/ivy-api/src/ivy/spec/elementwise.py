"""Elementwise functions."""

from __future__ import annotations

from collections.abc import Sequence  # noqa: F401
from typing import Literal  # noqa: F401

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="elementwise", namespace="")


@spec(dtypes="numeric")
def abs(x: Array, /) -> Array:
    """Absolute value, elementwise."""


@spec(dtypes="floating")
def acos(x: Array, /) -> Array:
    """Inverse cosine, elementwise."""


@spec(dtypes="floating")
def acosh(x: Array, /) -> Array:
    """Inverse hyperbolic cosine, elementwise."""


@spec(dtypes="numeric")
def add(x1: Array | int | float | complex, x2: Array | int | float | complex, /) -> Array:
    """Sum of ``x1`` and ``x2``, elementwise."""


@spec(dtypes="floating")
def asin(x: Array, /) -> Array:
    """Inverse sine, elementwise."""


@spec(dtypes="floating")
def asinh(x: Array, /) -> Array:
    """Inverse hyperbolic sine, elementwise."""


@spec(dtypes="floating")
def atan(x: Array, /) -> Array:
    """Inverse tangent, elementwise."""


@spec(dtypes="real floating")
def atan2(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Angle of the point ``(x2, x1)`` in radians, quadrant-aware, elementwise."""


@spec(dtypes="floating")
def atanh(x: Array, /) -> Array:
    """Inverse hyperbolic tangent, elementwise."""


@spec(dtypes="integral or bool")
def bitwise_and(x1: Array | int | bool, x2: Array | int | bool, /) -> Array:
    """Bitwise (or logical, for booleans) AND, elementwise."""


@spec(dtypes="integral")
def bitwise_left_shift(x1: Array | int, x2: Array | int, /) -> Array:
    """``x1`` shifted left by ``x2`` bits, elementwise."""


@spec(dtypes="integral or bool")
def bitwise_invert(x: Array, /) -> Array:
    """Bitwise (or logical, for booleans) NOT, elementwise."""


@spec(dtypes="integral or bool")
def bitwise_or(x1: Array | int | bool, x2: Array | int | bool, /) -> Array:
    """Bitwise (or logical, for booleans) OR, elementwise."""


@spec(dtypes="integral")
def bitwise_right_shift(x1: Array | int, x2: Array | int, /) -> Array:
    """``x1`` shifted right by ``x2`` bits, elementwise."""


@spec(dtypes="integral or bool")
def bitwise_xor(x1: Array | int | bool, x2: Array | int | bool, /) -> Array:
    """Bitwise (or logical, for booleans) XOR, elementwise."""


@spec(dtypes="real numeric")
def ceil(x: Array, /) -> Array:
    """Smallest integer-valued number not less than each element."""


@spec(dtypes="real numeric")
def clip(x: Array, /, min: int | float | Array | None = None, max: int | float | Array | None = None) -> Array:
    """``x`` limited to the closed interval ``[min, max]``, elementwise."""


@spec(dtypes="numeric")
def conj(x: Array, /) -> Array:
    """Complex conjugate, elementwise."""


@spec(dtypes="real floating")
def copysign(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Magnitude of ``x1`` with the sign of ``x2``, elementwise."""


@spec(dtypes="floating")
def cos(x: Array, /) -> Array:
    """Cosine, elementwise."""


@spec(dtypes="floating")
def cosh(x: Array, /) -> Array:
    """Hyperbolic cosine, elementwise."""


@spec(dtypes="numeric")
def divide(x1: Array | int | float | complex, x2: Array | int | float | complex, /) -> Array:
    """True division of ``x1`` by ``x2``, elementwise."""


@spec()
def equal(x1: Array | int | float | complex | bool, x2: Array | int | float | complex | bool, /) -> Array:
    """``x1 == x2``, elementwise."""


@spec(dtypes="floating")
def exp(x: Array, /) -> Array:
    """Exponential, elementwise."""


@spec(dtypes="floating")
def expm1(x: Array, /) -> Array:
    """``exp(x) - 1`` computed accurately for small ``x``, elementwise."""


@spec(dtypes="real numeric")
def floor(x: Array, /) -> Array:
    """Largest integer-valued number not greater than each element."""


@spec(dtypes="real numeric")
def floor_divide(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Division of ``x1`` by ``x2`` rounded toward negative infinity, elementwise."""


@spec(dtypes="real numeric")
def greater(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``x1 > x2``, elementwise."""


@spec(dtypes="real numeric")
def greater_equal(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``x1 >= x2``, elementwise."""


@spec(dtypes="real floating")
def hypot(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``sqrt(x1**2 + x2**2)`` without undue overflow, elementwise."""


@spec(dtypes="complex floating")
def imag(x: Array, /) -> Array:
    """Imaginary part, elementwise."""


@spec(dtypes="numeric")
def isfinite(x: Array, /) -> Array:
    """Whether each element is finite."""


@spec(dtypes="numeric")
def isinf(x: Array, /) -> Array:
    """Whether each element is infinite."""


@spec(dtypes="numeric")
def isnan(x: Array, /) -> Array:
    """Whether each element is NaN."""


@spec(dtypes="real numeric")
def less(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``x1 < x2``, elementwise."""


@spec(dtypes="real numeric")
def less_equal(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``x1 <= x2``, elementwise."""


@spec(dtypes="floating")
def log(x: Array, /) -> Array:
    """Natural logarithm, elementwise."""


@spec(dtypes="floating")
def log1p(x: Array, /) -> Array:
    """``log(1 + x)`` computed accurately for small ``x``, elementwise."""


@spec(dtypes="floating")
def log2(x: Array, /) -> Array:
    """Base-2 logarithm, elementwise."""


@spec(dtypes="floating")
def log10(x: Array, /) -> Array:
    """Base-10 logarithm, elementwise."""


@spec(dtypes="real floating")
def logaddexp(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """``log(exp(x1) + exp(x2))`` without undue overflow, elementwise."""


@spec(dtypes="bool")
def logical_and(x1: Array | bool, x2: Array | bool, /) -> Array:
    """Logical AND, elementwise."""


@spec(dtypes="bool")
def logical_not(x: Array, /) -> Array:
    """Logical NOT, elementwise."""


@spec(dtypes="bool")
def logical_or(x1: Array | bool, x2: Array | bool, /) -> Array:
    """Logical OR, elementwise."""


@spec(dtypes="bool")
def logical_xor(x1: Array | bool, x2: Array | bool, /) -> Array:
    """Logical XOR, elementwise."""


@spec(dtypes="real numeric")
def maximum(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Larger of ``x1`` and ``x2`` (NaN-propagating), elementwise."""


@spec(dtypes="real numeric")
def minimum(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Smaller of ``x1`` and ``x2`` (NaN-propagating), elementwise."""


@spec(dtypes="numeric")
def multiply(x1: Array | int | float | complex, x2: Array | int | float | complex, /) -> Array:
    """Product of ``x1`` and ``x2``, elementwise."""


@spec(dtypes="numeric")
def negative(x: Array, /) -> Array:
    """Numerical negative, elementwise."""


@spec(dtypes="real floating")
def nextafter(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Next representable value after ``x1`` in the direction of ``x2``, elementwise."""


@spec()
def not_equal(x1: Array | int | float | complex | bool, x2: Array | int | float | complex | bool, /) -> Array:
    """``x1 != x2``, elementwise."""


@spec(dtypes="numeric")
def positive(x: Array, /) -> Array:
    """Numerical positive (a copy of the values), elementwise."""


@spec(dtypes="numeric")
def pow(x1: Array | int | float | complex, x2: Array | int | float | complex, /) -> Array:
    """``x1`` raised to the power ``x2``, elementwise."""


@spec(dtypes="numeric")
def real(x: Array, /) -> Array:
    """Real part, elementwise."""


@spec(dtypes="floating")
def reciprocal(x: Array, /) -> Array:
    """``1 / x``, elementwise."""


@spec(dtypes="real numeric")
def remainder(x1: Array | int | float, x2: Array | int | float, /) -> Array:
    """Remainder of ``x1 / x2`` with the sign of ``x2``, elementwise."""


@spec(dtypes="numeric")
def round(x: Array, /) -> Array:
    """Round to the nearest integer-valued number, halves to even, elementwise."""


@spec(dtypes="numeric")
def sign(x: Array, /) -> Array:
    """Sign (``x / |x|`` for complex), elementwise."""


@spec(dtypes="real floating")
def signbit(x: Array, /) -> Array:
    """Whether the sign bit is set, elementwise."""


@spec(dtypes="floating")
def sin(x: Array, /) -> Array:
    """Sine, elementwise."""


@spec(dtypes="floating")
def sinh(x: Array, /) -> Array:
    """Hyperbolic sine, elementwise."""


@spec(dtypes="numeric")
def square(x: Array, /) -> Array:
    """``x * x``, elementwise."""


@spec(dtypes="floating")
def sqrt(x: Array, /) -> Array:
    """Principal square root, elementwise."""


@spec(dtypes="numeric")
def subtract(x1: Array | int | float | complex, x2: Array | int | float | complex, /) -> Array:
    """Difference of ``x1`` and ``x2``, elementwise."""


@spec(dtypes="floating")
def tan(x: Array, /) -> Array:
    """Tangent, elementwise."""


@spec(dtypes="floating")
def tanh(x: Array, /) -> Array:
    """Hyperbolic tangent, elementwise."""


@spec(dtypes="real numeric")
def trunc(x: Array, /) -> Array:
    """Integer part (rounded toward zero), elementwise."""
