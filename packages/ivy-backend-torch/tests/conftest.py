"""Shared fixtures: the torch backend selected per test, and a NumPy oracle.

The oracle runs the same ivy call on the NumPy backend (the reference backend)
with the same input values, so a test compares two implementations of the same
API and never an expected value typed in by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

import ivy

settings.register_profile("ivy-torch", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ivy-torch")

#: dtypes both backends hold, and NumPy can represent (no bfloat16)
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex64", "complex128"]  # fmt: skip
UNSIGNED = ["uint8", "uint16", "uint32", "uint64"]
INTEGERS = ["int8", "int16", "int32", "int64", *UNSIGNED]
FLOATS = ["float32", "float64"]


@pytest.fixture(autouse=True)
def torch_backend() -> Iterator[None]:
    with ivy.using_backend("torch"):
        yield


def to_numpy(value: Any) -> Any:
    if isinstance(value, (tuple, list)):
        return type(value)(to_numpy(v) for v in value)
    if isinstance(value, ivy.Array):
        return np.asarray(value)
    return value


def run_on(backend: str, fn: Callable, *inputs: Any, **kwargs: Any) -> Any:
    """``fn`` with NumPy inputs turned into arrays of ``backend``; results as NumPy."""
    with ivy.using_backend(backend):
        args = [_convert(x) for x in inputs]
        return to_numpy(fn(*args, **kwargs))


def _convert(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return ivy.asarray(value)
    if isinstance(value, list):
        return [_convert(v) for v in value]
    return value


def both(fn: Callable, *inputs: Any, **kwargs: Any) -> tuple[Any, Any]:
    """``(torch result, numpy result)`` of the same ivy call on the same values.

    If the oracle raises, the torch backend must raise too (the standard leaves
    some inputs undefined, e.g. integer division by zero)."""
    try:
        want = run_on("numpy", fn, *inputs, **kwargs)
    except Exception:
        with pytest.raises(Exception):
            run_on("torch", fn, *inputs, **kwargs)
        return None, None
    return run_on("torch", fn, *inputs, **kwargs), want


def unique_sorted(result: Any) -> Any:
    """A unique_* result (NumPy results) ordered by value: the standard leaves the order open."""
    if not isinstance(result, tuple):
        return np.sort(result)
    order = np.argsort(result[0], kind="stable")
    return tuple(part[order] if part.shape == result[0].shape else part for part in result)


def tolerance(dtype: np.dtype) -> dict:
    if dtype.kind not in "fc":
        return {"rtol": 0, "atol": 0}
    eps = np.finfo(dtype).eps
    return {"rtol": 64 * eps, "atol": 64 * eps}


def assert_same(got: Any, want: Any, *, exact: bool = False, signed_zeros: bool = False, atol: float = 0.0) -> None:
    """Same dtype, shape and values (NaN where NaN; a tolerance fitting the dtype,
    plus ``atol`` for results of cancelling sums)."""
    if want is None:
        return
    if isinstance(want, (tuple, list)):
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w, exact=exact, signed_zeros=signed_zeros, atol=atol)
        return
    got, want = np.asarray(got), np.asarray(want)
    assert got.dtype == want.dtype, f"dtype {got.dtype}, expected {want.dtype}"
    assert got.shape == want.shape, f"shape {got.shape}, expected {want.shape}"
    if exact or want.dtype.kind not in "fc":
        np.testing.assert_array_equal(got, want)
    else:
        limits = tolerance(want.dtype)
        limits["atol"] = max(limits["atol"], atol)
        np.testing.assert_allclose(got, want, equal_nan=True, **limits)
    if signed_zeros and want.dtype.kind == "f":
        zeros = want == 0
        np.testing.assert_array_equal(np.signbit(got[zeros]), np.signbit(want[zeros]))
