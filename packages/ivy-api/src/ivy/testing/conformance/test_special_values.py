"""Special values of the real floating-point elementwise functions, against
Python's ``math`` (IEEE 754 / C99 semantics, as the standard's special cases).

Each function is evaluated once per dtype on a grid of values (NaN, ±inf,
±0, ±1, halves, large and small magnitudes), every pair of them for binary
functions, and compared with a scalar reference written from the standard's
special cases: NaN for NaN, infinities exactly, signed zeros where the
standard gives a sign, finite values within the dtype's tolerance. Where the
standard allows two answers both are accepted.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import ivy
from ivy.testing.conformance._cases import covers
from ivy.testing.conformance._reference import ivy_to_numpy, quiet

inf, nan = math.inf, math.nan

#: The grid: what every special case of the standard is stated in terms of.
GRID = [nan, inf, -inf, 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -1.5, 2.0, -2.0, 2.5, -3.0, 0.75, 1e30, -1e30, 1e-30]
#: For trigonometric functions: accuracy for huge arguments is implementation-defined.
SMALL_GRID = [v for v in GRID if not (math.isfinite(v) and abs(v) > 1e3)]


class OneOf(tuple):
    """Several results the standard allows."""


def _is_odd_integer(y: float) -> bool:
    return math.isfinite(y) and y == math.floor(y) and y % 2 == 1


def _safe(function: Callable, overflow: Callable[..., float] = lambda *a: 1.0) -> Callable:
    """``function`` with Python's exceptions turned into IEEE results."""

    def call(*args: float) -> float:
        if any(math.isnan(a) for a in args):
            return nan
        try:
            return float(function(*args))
        except ValueError:
            return nan
        except OverflowError:
            return math.copysign(inf, overflow(*args))

    return call


def _log(function: Callable) -> Callable:
    def call(x: float) -> float:
        if x == 0:
            return -inf
        return _safe(function)(x)

    return call


def _rounding(function: Callable) -> Callable:
    def call(x: float) -> float:
        if not math.isfinite(x) or x == 0:
            return x
        return math.copysign(float(function(x)), x)

    return call


def _divide(x: float, y: float) -> float:
    if math.isnan(x) or math.isnan(y):
        return nan
    if y == 0:
        if x == 0:
            return nan
        return math.copysign(inf, x) * math.copysign(1.0, y)
    return x / y


def _floor_divide(x: float, y: float) -> Any:
    q = _divide(x, y)
    result = q if not math.isfinite(q) or q == 0 else float(math.floor(q))
    if math.isinf(x) and math.isfinite(y) and y != 0:
        return OneOf((result, nan))  # the standard lets libraries follow Python
    if math.isfinite(x) and x != 0 and math.isinf(y) and (x > 0) != (y > 0):
        return OneOf((result, -1.0))
    return result


def _remainder(x: float, y: float) -> float:
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or y == 0:
        return nan
    return x % y


def _pow(x: float, y: float) -> float:
    if y == 0:
        return 1.0
    if x == 1:
        return 1.0
    if math.isnan(x) or math.isnan(y):
        return nan
    try:
        return math.pow(x, y)
    except ValueError:
        if x == 0 and y < 0:
            return math.copysign(inf, x) if _is_odd_integer(y) else inf
        return nan
    except OverflowError:
        return -inf if x < 0 and _is_odd_integer(y) else inf


def _logaddexp(x: float, y: float) -> float:
    if math.isnan(x) or math.isnan(y):
        return nan
    if x == inf or y == inf:
        return inf
    if x == -inf and y == -inf:
        return -inf
    big = max(x, y)
    return big + math.log1p(math.exp(-abs(x - y)))


def _nan_max(x: float, y: float) -> float:
    return nan if math.isnan(x) or math.isnan(y) else max(x, y)


def _nan_min(x: float, y: float) -> float:
    return nan if math.isnan(x) or math.isnan(y) else min(x, y)


def _sign(x: float) -> float:
    if math.isnan(x):
        return nan
    return 1.0 if x > 0 else -1.0 if x < 0 else 0.0


def _atanh(x: float) -> float:
    if abs(x) == 1:
        return math.copysign(inf, x)
    return _safe(math.atanh)(x)


def _log1p(x: float) -> float:
    return -inf if x == -1 else _safe(math.log1p)(x)


def _reciprocal(x: float) -> float:
    return _divide(1.0, x)


def _nextafter(x: float, y: float, dtype: str) -> float:
    if math.isnan(x) or math.isnan(y):
        return nan
    if dtype == "float64":
        return math.nextafter(x, y)
    if x == y:
        return y
    if x == 0:
        tiny = struct.unpack("<f", struct.pack("<I", 1))[0]
        return math.copysign(tiny, y - x)
    bits = struct.unpack("<i", struct.pack("<f", x))[0]
    bits += 1 if (y > x) == (x > 0) else -1
    return struct.unpack("<f", struct.pack("<i", bits))[0]


#: name -> (reference, zero sign specified, grid)
UNARY: dict[str, tuple[Callable, bool, list]] = {
    "abs": (abs, True, GRID),
    "acos": (_safe(math.acos), True, GRID),
    "acosh": (_safe(math.acosh), True, GRID),
    "asin": (_safe(math.asin), True, GRID),
    "asinh": (_safe(math.asinh), True, GRID),
    "atan": (_safe(math.atan), True, GRID),
    "atanh": (_atanh, True, GRID),
    "ceil": (_rounding(math.ceil), True, GRID),
    "cos": (_safe(math.cos), True, SMALL_GRID),
    "cosh": (_safe(math.cosh), True, GRID),
    "exp": (_safe(math.exp), True, GRID),
    "expm1": (_safe(math.expm1), True, GRID),
    "floor": (_rounding(math.floor), True, GRID),
    "log": (_log(math.log), True, GRID),
    "log1p": (_log1p, True, GRID),
    "log2": (_log(math.log2), True, GRID),
    "log10": (_log(math.log10), True, GRID),
    "negative": (lambda x: -x, True, GRID),
    "positive": (lambda x: x, True, GRID),
    "reciprocal": (_reciprocal, True, GRID),
    "round": (_rounding(round), True, GRID),
    "sign": (_sign, False, GRID),
    "sin": (_safe(math.sin), True, SMALL_GRID),
    "sinh": (_safe(math.sinh, overflow=lambda x: x), True, GRID),
    "sqrt": (_safe(math.sqrt), True, GRID),
    "square": (lambda x: x * x, True, GRID),
    "tan": (_safe(math.tan), True, SMALL_GRID),
    "tanh": (_safe(math.tanh), True, GRID),
    "trunc": (_rounding(math.trunc), True, GRID),
    "isfinite": (math.isfinite, True, GRID),
    "isinf": (math.isinf, True, GRID),
    "isnan": (math.isnan, True, GRID),
    "signbit": (lambda x: math.copysign(1.0, x) < 0, True, GRID),
}

BINARY: dict[str, tuple[Callable, bool]] = {
    "add": (lambda x, y: x + y, True),
    "subtract": (lambda x, y: x - y, True),
    "multiply": (lambda x, y: x * y, True),
    "divide": (_divide, True),
    "floor_divide": (_floor_divide, True),
    "remainder": (_remainder, True),
    "pow": (_pow, True),
    "atan2": (lambda x, y: math.atan2(x, y), True),
    "copysign": (math.copysign, True),
    "hypot": (math.hypot, True),
    "logaddexp": (_logaddexp, True),
    "maximum": (_nan_max, False),
    "minimum": (_nan_min, False),
    "nextafter": (None, True),  # per dtype, below
    "equal": (lambda x, y: x == y, True),
    "not_equal": (lambda x, y: x != y, True),
    "less": (lambda x, y: x < y, True),
    "less_equal": (lambda x, y: x <= y, True),
    "greater": (lambda x, y: x > y, True),
    "greater_equal": (lambda x, y: x >= y, True),
}

DTYPES = ("float32", "float64")


def _round_to(value: Any, dtype: str) -> Any:
    if isinstance(value, bool):
        return value
    with quiet():
        return float(np.asarray(value, dtype=dtype))


def _matches(got: Any, want: Any, dtype: str, signed: bool) -> bool:
    if isinstance(want, OneOf):
        return any(_matches(got, w, dtype, signed) for w in want)
    if isinstance(want, bool):
        return bool(got) == want
    want = _round_to(want, dtype)
    got = float(got)
    if math.isnan(want) or math.isnan(got):
        return math.isnan(want) and math.isnan(got)
    if math.isinf(want) or math.isinf(got):
        return want == got
    if want == 0 or got == 0:
        tiny = 2.0**-126 if dtype == "float32" else 2.0**-1022
        if abs(got - want) > tiny:
            return False
        return not (signed and want == 0 and got == 0) or math.copysign(1, got) == math.copysign(1, want)
    rtol = 1e-5 if dtype == "float32" else 1e-12
    return abs(got - want) <= rtol * abs(want)


def _supported(dtype: str) -> None:
    if dtype not in ivy.__array_namespace_info__().dtypes():
        pytest.skip(f"the backend does not support {dtype}")


def _report(name: str, dtype: str, failures: list[str], total: int) -> str:
    shown = "\n  ".join(failures[:12])
    more = f"\n  ... and {len(failures) - 12} more" if len(failures) > 12 else ""
    return f"ivy.{name} on {dtype}: {len(failures)} of {total} special cases differ from the standard:\n  {shown}{more}"


@covers(*UNARY)
@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_unary_special_values(ivy_backend: str, name: str, dtype: str) -> None:
    _supported(dtype)
    reference, signed, grid = UNARY[name]
    with quiet():
        x = ivy.asarray(grid, dtype=getattr(ivy, dtype))
        got = ivy_to_numpy(getattr(ivy, name)(x))
    failures = []
    for value, result in zip(grid, got.tolist(), strict=True):
        want = reference(_round_to(value, dtype))
        if not _matches(result, want, dtype, signed):
            failures.append(f"{name}({value!r}) = {result!r}, expected {want!r}")
    assert not failures, _report(name, dtype, failures, len(grid))


@covers(*BINARY)
@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", sorted(BINARY))
def test_binary_special_values(ivy_backend: str, name: str, dtype: str) -> None:
    _supported(dtype)
    reference, signed = BINARY[name]
    if reference is None:

        def reference(x: float, y: float) -> float:
            return _nextafter(x, y, dtype)

    pairs = [(a, b) for a in GRID for b in GRID]
    with quiet():
        x1 = ivy.asarray([a for a, _ in pairs], dtype=getattr(ivy, dtype))
        x2 = ivy.asarray([b for _, b in pairs], dtype=getattr(ivy, dtype))
        got = ivy_to_numpy(getattr(ivy, name)(x1, x2))
    failures = []
    for (a, b), result in zip(pairs, got.tolist(), strict=True):
        want = reference(_round_to(a, dtype), _round_to(b, dtype))
        if not _matches(result, want, dtype, signed):
            failures.append(f"{name}({a!r}, {b!r}) = {result!r}, expected {want!r}")
    assert not failures, _report(name, dtype, failures, len(pairs))
