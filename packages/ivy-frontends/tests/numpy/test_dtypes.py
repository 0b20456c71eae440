"""Dtypes and NumPy's promotion (NEP 50) against NumPy: every pair of dtypes, and weak Python scalars."""

from __future__ import annotations

import numpy as real
import pytest
from npf_helpers import assert_same, fnp

NAMES = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]


@pytest.mark.parametrize("a", NAMES)
def test_promotion_of_every_pair(a: str) -> None:
    for b in NAMES:
        assert fnp.result_type(a, b) == real.result_type(a, b).name, (a, b)
        x, y = real.ones(2, dtype=a), real.ones(2, dtype=b)
        assert (fnp.asarray(x) + fnp.asarray(y)).dtype.name == (x + y).dtype.name, (a, b)


@pytest.mark.parametrize("a", NAMES)
@pytest.mark.parametrize("scalar", [True, 3, 2.5, 1j])
def test_weak_scalars(a: str, scalar: object) -> None:
    x = real.ones(2, dtype=a)
    try:
        theirs = real.result_type(x, scalar)
    except Exception:
        pytest.skip("NumPy refuses this combination")
    assert fnp.result_type(fnp.asarray(x), scalar) == theirs.name


def test_defaults_are_float64_and_int64() -> None:
    assert fnp.array([1.5]).dtype == real.array([1.5]).dtype
    assert fnp.array([1]).dtype == real.array([1]).dtype
    assert fnp.zeros(2).dtype == real.zeros(2).dtype
    assert fnp.arange(3.0).dtype == real.arange(3.0).dtype
    assert fnp.linspace(0, 1, 3).dtype == real.linspace(0, 1, 3).dtype
    assert fnp.array([1 + 2j]).dtype == real.array([1 + 2j]).dtype


@pytest.mark.parametrize("name", ["float16", "float32", "float64", "complex64"])
def test_finfo(name: str) -> None:
    ours, theirs = fnp.finfo(name), real.finfo(name)
    for attr in ("bits", "eps", "max", "min", "tiny", "precision"):
        assert float(getattr(ours, attr)) == float(getattr(theirs, attr)), attr
    # NumPy stores the resolution in the dtype itself (float16(0.001) != 0.001)
    assert float(ours.resolution) == pytest.approx(float(theirs.resolution), rel=1e-3)


@pytest.mark.parametrize("name", ["int8", "uint16", "int64", "uint64"])
def test_iinfo(name: str) -> None:
    ours, theirs = fnp.iinfo(name), real.iinfo(name)
    assert (ours.min, ours.max, ours.bits) == (theirs.min, theirs.max, theirs.bits)


def test_scalar_types_and_hierarchy() -> None:
    assert_same(fnp.float32(2.5), real.asarray(real.float32(2.5)))
    for name in NAMES:
        for abstract in ("integer", "floating", "number", "signedinteger", "unsignedinteger", "inexact"):
            assert fnp.issubdtype(name, getattr(fnp, abstract)) == real.issubdtype(name, getattr(real, abstract))
        assert fnp.dtype(name).kind == real.dtype(name).kind
        assert fnp.dtype(name).itemsize == real.dtype(name).itemsize
        assert fnp.dtype(name).char == real.dtype(name).char
    for a in NAMES:
        for b in NAMES:
            for casting in ("safe", "same_kind"):
                assert fnp.can_cast(a, b, casting) == real.can_cast(a, b, casting), (a, b, casting)


def test_bad_dtype_names_the_argument() -> None:
    with pytest.raises(TypeError, match=r"numpy\.zeros: argument 'dtype'"):
        fnp.zeros(2, dtype="float99")
    with pytest.raises(ValueError, match=r"numpy\.finfo"):
        fnp.finfo("int32")
