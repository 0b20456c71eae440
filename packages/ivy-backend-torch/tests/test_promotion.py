"""Result dtypes are the core's (``ivy.result_type``), not torch's, and default
dtypes are float64/int64/complex128 although torch's default float is float32."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from conftest import DTYPES, assert_same, both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

ALL = [*DTYPES, "bfloat16"]
NUMERIC = [d for d in ALL if d != "bool"]


def _ones(dtype: str, shape: tuple = (3,)) -> ivy.Array:
    return ivy.ones(shape, dtype=getattr(ivy, dtype))


@pytest.mark.parametrize(("a", "b"), list(itertools.product(NUMERIC, NUMERIC)))
def test_array_pairs_promote_as_the_core(a: str, b: str) -> None:
    expected = ivy.result_type(getattr(ivy, a), getattr(ivy, b))
    assert ivy.add(_ones(a), _ones(b)).dtype is expected
    assert ivy.multiply(_ones(a), _ones(b)).dtype is expected
    # torch lets a 0-d tensor lose to an n-d one of the same kind; the core does not
    assert ivy.subtract(_ones(a, ()), _ones(b)).dtype is expected
    assert ivy.add(_ones(a), _ones(b, ())).dtype is expected
    if expected.kind != "c":
        assert ivy.maximum(_ones(a, ()), _ones(b)).dtype is expected
    assert ivy.where(ivy.asarray(True), _ones(a), _ones(b, ())).dtype is expected
    assert ivy.concat([_ones(a), _ones(b)]).dtype is expected
    # torch.matmul refuses mixed dtypes (the backend promotes first)
    assert ivy.matmul(_ones(a, (2, 2)), _ones(b, (2,))).dtype is expected


@pytest.mark.parametrize(
    ("a", "b"),
    list(
        itertools.product(["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"], repeat=2)
    ),
)
def test_bitwise_pairs_promote_as_the_core(a: str, b: str) -> None:
    expected = ivy.result_type(getattr(ivy, a), getattr(ivy, b))
    if expected.kind == "f":  # uint64 with a signed integer: no integer holds both
        with pytest.raises((TypeError, NotImplementedError)):
            ivy.bitwise_xor(_ones(a), _ones(b, ()))
        return
    assert ivy.bitwise_xor(_ones(a), _ones(b, ())).dtype is expected


SCALARS = [True, 3, 1.5, 2j]


@pytest.mark.parametrize("dtype", NUMERIC)
@pytest.mark.parametrize("scalar", SCALARS, ids=lambda s: type(s).__name__)
def test_python_scalars_are_weak(dtype: str, scalar: object) -> None:
    expected = ivy.result_type(getattr(ivy, dtype), scalar)
    x = _ones(dtype)
    assert ivy.add(x, scalar).dtype is expected
    assert ivy.add(scalar, x).dtype is expected
    assert (x * scalar).dtype is expected
    assert (scalar - x).dtype is expected


@pytest.mark.parametrize("dtype", ["bool", *NUMERIC])
def test_divide_is_floating(dtype: str) -> None:
    result = ivy.divide(_ones(dtype), _ones(dtype))
    assert result.dtype.kind in "fc"
    with ivy.using_backend("numpy"):
        if dtype != "bfloat16":
            assert ivy.divide(_ones(dtype), _ones(dtype)).dtype is result.dtype


def test_defaults() -> None:
    assert ivy.asarray([1.0]).dtype is ivy.float64
    assert ivy.asarray(1.0).dtype is ivy.float64
    assert ivy.asarray([1, 2.5]).dtype is ivy.float64
    assert ivy.asarray([[1.0], [2.0]]).dtype is ivy.float64
    assert ivy.asarray([]).dtype is ivy.float64
    assert ivy.asarray(1).dtype is ivy.int64
    assert ivy.asarray([True, False]).dtype is ivy.bool
    assert ivy.asarray(1j).dtype is ivy.complex128
    assert ivy.asarray([1, 1j]).dtype is ivy.complex128
    for creator in (ivy.zeros, ivy.ones, ivy.empty):
        assert creator((2,)).dtype is ivy.float64
    assert ivy.full((2,), 1.5).dtype is ivy.float64
    assert ivy.full((2,), 1).dtype is ivy.int64
    assert ivy.full((2,), True).dtype is ivy.bool
    assert ivy.full((2,), 1j).dtype is ivy.complex128
    assert ivy.arange(3).dtype is ivy.int64
    assert ivy.arange(0.5, 3).dtype is ivy.float64
    assert ivy.linspace(0, 1, 5).dtype is ivy.float64
    assert ivy.linspace(0, 1j, 5).dtype is ivy.complex128
    assert ivy.eye(3).dtype is ivy.float64
    assert ivy.fft.fftfreq(4).dtype is ivy.float64
    assert ivy.__array_namespace_info__().default_dtypes()["real floating"] is ivy.float64


def test_float_scalars_keep_double_precision() -> None:
    value = 0.1  # not representable in float32: a float32 detour would show
    assert float(ivy.asarray(value)) == value
    assert float(ivy.full((), value)) == value
    assert float(ivy.add(ivy.asarray(0, dtype=ivy.int64), value)) == value


def test_accumulators_follow_the_standard() -> None:
    assert ivy.sum(_ones("int8")).dtype is ivy.int64
    assert ivy.sum(_ones("uint8")).dtype is ivy.uint64
    assert ivy.prod(_ones("uint16")).dtype is ivy.uint64
    assert ivy.cumulative_sum(_ones("bool")).dtype is ivy.int64
    assert ivy.sum(_ones("float32")).dtype is ivy.float32
    assert ivy.sum(_ones("uint32"), dtype=ivy.uint16).dtype is ivy.uint16
    assert ivy.linalg.trace(ivy.ones((2, 2), dtype=ivy.uint32)).dtype is ivy.uint64


pairs = st.sampled_from(
    [
        ("int64", "float32"),
        ("int32", "float32"),
        ("uint64", "int64"),
        ("int16", "float16"),
        ("uint32", "float32"),
        ("int8", "uint8"),
        ("float32", "complex64"),
        ("float32", "float64"),
    ]
)


@given(data=st.data(), dtypes=pairs)
def test_mixed_values_match_numpy(data: st.DataObject, dtypes: tuple) -> None:
    """Values too: int64 + float32 computes in float64, so large integers survive."""
    a = data.draw(hnp.arrays(np.dtype(dtypes[0]), hnp.array_shapes(max_dims=2, max_side=4)), label="a")
    b = data.draw(hnp.arrays(np.dtype(dtypes[1]), a.shape), label="b")
    for fn in (ivy.add, ivy.multiply, ivy.equal, ivy.less):
        if fn in (ivy.less,) and "complex64" in dtypes:
            continue
        assert_same(*both(fn, a, b))
        assert_same(*both(fn, b[..., :1] if b.ndim else b, a))


@pytest.mark.parametrize("dtype", ["bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"])
def test_floating_functions_of_integers_match_numpy(dtype: str) -> None:
    """Out of the standard, but the same answer on every backend: NumPy's result dtypes."""
    values = np.array([1, 0, 1], dtype=dtype)
    for fn in (ivy.sqrt, ivy.sin, ivy.exp, ivy.reciprocal, ivy.mean, ivy.std, lambda x: ivy.atan2(x, x),
               lambda x: ivy.divide(x, x), lambda x: ivy.hypot(x, 2)):  # fmt: skip
        with np.errstate(all="ignore"):
            got, want = both(fn, values)
        if want is not None:
            assert got.dtype == want.dtype
