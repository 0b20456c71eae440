"""The reference oracle (``array_api_strict``) and result comparison.

``array_api_strict`` is the standard's own minimal implementation; it refuses
what the standard does not specify (mixed-kind promotion, out-of-range Python
scalars...), which the kit reads as "this input is outside the standard" and
does not test. Results come back to NumPy (through DLPack, the NumPy array
protocol, or element by element, whichever the backend offers) and are
compared with dtype-aware tolerances.
"""

from __future__ import annotations

import contextlib
import functools
import math
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import array_api_strict as xps
import numpy as np

import ivy
from ivy.testing.conformance._strategies import STANDARD, kind_of

API_VERSION = "2025.12"
xps.set_array_api_strict_flags(api_version=API_VERSION)

_REFERENCE_DTYPES = {getattr(xps, name): name for name in STANDARD}


def namespace(xp: Any, extension: str) -> Any:
    return getattr(xp, extension) if extension else xp


def reference_function(spec: Any) -> Any:
    """The ``array_api_strict`` function of a spec."""
    return getattr(namespace(xps, spec.namespace), spec.name)


def ivy_function(spec: Any) -> Any:
    """The public ivy function of a spec."""
    return getattr(namespace(ivy, spec.namespace), spec.name)


def reference_dtype_name(dtype: Any) -> str:
    return _REFERENCE_DTYPES[dtype]


@functools.cache
def reference_result_type(*names: str) -> str | None:
    """The standard's promotion of dtype names, or None where it is unspecified."""
    try:
        return reference_dtype_name(xps.result_type(*(getattr(xps, n) for n in names)))
    except TypeError:
        return None


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """No floating-point warnings: overflow, NaN and division by zero are tested on purpose."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            yield


# --------------------------------------------------------------------------- results to NumPy


def ivy_to_numpy(x: Any) -> np.ndarray:
    """The values of an ``ivy.Array`` as a NumPy array, by whatever route the backend offers."""
    errors = []
    for attempt in (_via_dlpack, _via_host_dlpack, _via_array_protocol, _via_elements):
        try:
            return attempt(x)
        except Exception as error:
            errors.append(f"{attempt.__name__}: {type(error).__name__}: {error}")
    raise AssertionError("cannot read the values of the result: " + "; ".join(errors))


def _via_dlpack(x: Any) -> np.ndarray:
    return np.from_dlpack(x)


def _via_host_dlpack(x: Any) -> np.ndarray:
    return np.from_dlpack(x.to_device("cpu"))


def _via_array_protocol(x: Any) -> np.ndarray:
    return np.asarray(x)


def _via_elements(x: Any) -> np.ndarray:
    dtype = x.dtype.name
    convert = {"b": bool, "i": int, "u": int, "f": float, "c": complex}[kind_of(dtype)]
    shape = tuple(x.shape)
    values = [convert(x[index]) for index in np.ndindex(*shape)] if shape else [convert(x)]
    return np.asarray(values, dtype=dtype).reshape(shape)


def reference_to_numpy(x: Any) -> np.ndarray:
    try:
        return np.from_dlpack(x)
    except Exception:
        return np.asarray(x._array)


# --------------------------------------------------------------------------- comparison

#: Relative tolerance per precision, by kind of computation.
RTOL = {
    "exact": {"float32": 0.0, "float64": 0.0},
    "elementwise": {"float32": 1e-5, "float64": 1e-12},
    "reduction": {"float32": 1e-4, "float64": 1e-10},
    "linalg": {"float32": 2e-3, "float64": 1e-8},
    "fft": {"float32": 1e-3, "float64": 1e-9},
}
#: The absolute tolerance floor: a few smallest normals, since platforms that flush
#: subnormals to zero (XLA on CPU) lose results, and intermediates, of that size.
_TINY = {"float32": 4 * 2.0**-126, "float64": 4 * 2.0**-1022}
_HUGE = 1e300


@dataclass
class Comparison:
    """How to compare one result with the reference."""

    tolerance: str = "elementwise"
    #: magnitude of the inputs, for the absolute tolerance of accumulating computations
    scale: float = 0.0
    #: require the sign of zero results to match the reference's
    signed_zeros: bool = False
    #: compare values at all (``empty`` and friends return arbitrary values)
    values: bool = True
    #: elements to compare (True) or to skip as unspecified (False), per result
    mask: Any = None

    def tolerances(self, dtype: str) -> tuple[float, float]:
        real = {"float32": "float32", "complex64": "float32"}.get(dtype, "float64")
        rtol = RTOL[self.tolerance][real]
        if not rtol:
            return 0.0, 0.0
        scale = self.scale if math.isfinite(self.scale) else _HUGE
        return rtol, rtol * min(scale, _HUGE) + _TINY[real]


def _describe(values: np.ndarray, index: tuple) -> str:
    value = values[index] if values.ndim else values[()]
    return repr(value.item() if hasattr(value, "item") else value)


def _mismatch_report(label: str, bad: np.ndarray, actual: np.ndarray, expected: np.ndarray, why: str) -> str:
    where = [tuple(int(i) for i in index) for index in np.argwhere(bad)[:6]]
    lines = [f"{label}: {int(bad.sum())} of {bad.size} element(s) differ from the reference ({why})"]
    for index in where:
        lines.append(f"  at {index}: got {_describe(actual, index)}, expected {_describe(expected, index)}")
    return "\n".join(lines)


def assert_values_close(
    actual: np.ndarray, expected: np.ndarray, dtype: str, how: Comparison, label: str, mask: Any = None
) -> None:
    """Elementwise comparison of two NumPy arrays of the same shape."""
    if actual.shape != expected.shape:
        raise AssertionError(f"{label}: shape {actual.shape}, expected {expected.shape}")
    selected = (
        np.ones(expected.shape, dtype=bool)
        if mask is None
        else np.broadcast_to(np.asarray(mask, dtype=bool), expected.shape)
    )
    kind = kind_of(dtype)
    if kind in "biu":
        bad = (actual != expected) & selected
        if bad.any():
            raise AssertionError(_mismatch_report(label, bad, actual, expected, "exact"))
        return
    rtol, atol = how.tolerances(dtype)
    if kind == "c":
        finite = np.isfinite(actual) & np.isfinite(expected)
        close = np.abs(actual - expected) <= atol + rtol * np.abs(expected)
        parts_ok = np.ones(expected.shape, dtype=bool)
        for part in (np.real, np.imag):
            a, e = part(actual), part(expected)
            same = (np.isnan(a) & np.isnan(e)) | (a == e)
            parts_ok &= same
        bad = np.where(finite, ~close, ~parts_ok) & selected
        if bad.any():
            raise AssertionError(_mismatch_report(label, bad, actual, expected, f"rtol={rtol:g}, atol={atol:g}"))
        return
    a = actual.astype(np.float64)
    e = expected.astype(np.float64)
    nan_a, nan_e = np.isnan(a), np.isnan(e)
    bad = nan_a != nan_e
    both = ~nan_a & ~nan_e
    infinite = both & (np.isinf(a) | np.isinf(e))
    bad |= infinite & (a != e)
    finite = both & ~infinite
    with quiet():
        bad |= finite & ~(np.abs(a - e) <= atol + rtol * np.abs(e))
    bad &= selected
    if bad.any():
        raise AssertionError(_mismatch_report(label, bad, actual, expected, f"rtol={rtol:g}, atol={atol:g}"))
    if how.signed_zeros:
        zeros = (a == 0) & (e == 0) & selected
        wrong = zeros & (np.signbit(a) != np.signbit(e))
        if wrong.any():
            raise AssertionError(_mismatch_report(label, wrong, actual, expected, "sign of zero"))


def assert_array_matches(actual: Any, expected: Any, how: Comparison, label: str, mask: Any = None) -> None:
    """An ivy result against a reference array: type, dtype, shape, values."""
    if not isinstance(actual, ivy.Array):
        raise AssertionError(f"{label}: expected an ivy.Array, got {type(actual).__name__} ({actual!r})")
    dtype = actual.dtype.name
    want = reference_dtype_name(expected.dtype)
    if dtype != want:
        raise AssertionError(f"{label}: dtype {dtype}, expected {want}")
    if tuple(actual.shape) != tuple(expected.shape):
        raise AssertionError(f"{label}: shape {tuple(actual.shape)}, expected {tuple(expected.shape)}")
    if how.values:
        assert_values_close(ivy_to_numpy(actual), reference_to_numpy(expected), dtype, how, label, mask)


def assert_result_matches(actual: Any, expected: Any, how: Comparison, label: str) -> None:
    """An ivy result against the reference's: arrays, tuples and namedtuples (field by field)."""
    if isinstance(expected, (tuple, list)):
        if not isinstance(actual, (tuple, list)):
            raise AssertionError(f"{label}: expected a tuple of {len(expected)} arrays, got {type(actual).__name__}")
        fields = getattr(expected, "_fields", None)
        if fields is not None and getattr(actual, "_fields", None) != fields:
            raise AssertionError(f"{label}: expected a namedtuple with fields {fields}, got {type(actual).__name__}")
        if len(actual) != len(expected):
            raise AssertionError(f"{label}: {len(actual)} results, expected {len(expected)}")
        masks = how.mask if isinstance(how.mask, (tuple, list)) else [how.mask] * len(expected)
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            name = f"{label}.{fields[i]}" if fields else f"{label}[{i}]"
            assert_array_matches(a, e, how, name, masks[i])
        return
    assert_array_matches(actual, expected, how, label, how.mask)


def magnitude(*data: Any) -> float:
    """The sum of the absolute finite values of some ArrayData (a scale for absolute tolerances)."""
    total = 0.0
    for item in data:
        for value in getattr(item, "values", ()):
            if isinstance(value, (int, float, complex)) and not isinstance(value, bool):
                size = abs(value)
                if math.isfinite(size):
                    total += float(size)
    return total
