"""Dtypes, promotion and machine limits, checked against independent references."""

import itertools

import array_api_strict as xps
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy._dtypes import PROMOTION, STANDARD_DTYPES

NAMES = [d.name for d in STANDARD_DTYPES]


def _strict_result(a: str, b: str):
    try:
        return xps.result_type(getattr(xps, a), getattr(xps, b))
    except TypeError:
        return None  # not defined by the standard


@pytest.mark.parametrize(("a", "b"), list(itertools.product(NAMES, NAMES)))
def test_promotion_follows_the_standard_where_it_is_defined(a, b):
    expected = _strict_result(a, b)
    ours = ivy.result_type(getattr(ivy, a), getattr(ivy, b))
    if expected is not None:
        assert ours.name == str(expected).rsplit(".", 1)[-1]
    else:  # mixed kinds: Ivy's choice, the same as NumPy's
        assert ours.name == np.result_type(np.dtype(a), np.dtype(b)).name


def test_promotion_is_symmetric_and_associative():
    dtypes = list(STANDARD_DTYPES)
    for a, b in itertools.product(dtypes, dtypes):
        assert PROMOTION[a, b] is PROMOTION[b, a]
    for a, b, c in itertools.product(dtypes, dtypes, dtypes):
        if {a.kind, b.kind, c.kind} <= set("iu") or {a.kind, b.kind, c.kind} <= set("fc"):
            assert PROMOTION[PROMOTION[a, b], c] is PROMOTION[a, PROMOTION[b, c]]


@given(
    st.sampled_from(NAMES),
    st.one_of(st.booleans(), st.integers(-100, 100), st.floats(-1, 1), st.complex_numbers(max_magnitude=1)),
)
def test_python_scalars_are_weak(name, scalar):
    dtype = getattr(ivy, name)
    result = ivy.result_type(dtype, scalar)
    expected = np.result_type(np.dtype(name), scalar)
    compatible = (
        isinstance(scalar, bool)
        or (isinstance(scalar, int) and dtype.kind != "b")
        or (isinstance(scalar, float) and dtype.kind in "fc")
        or (isinstance(scalar, complex) and dtype.kind == "c")
    )
    if compatible:  # the array's dtype wins, as NumPy's NEP 50 also says
        assert result is dtype
        assert result.name == expected.name


@pytest.mark.parametrize("name", ["float32", "float64", "complex64", "complex128", "float16"])
def test_finfo_matches_numpy(name):
    ours, reference = ivy.finfo(getattr(ivy, name)), np.finfo(np.dtype(name))
    assert (ours.bits, ours.dtype.name) == (reference.bits, reference.dtype.name)
    for field in ("eps", "max", "min", "smallest_normal"):
        assert getattr(ours, field) == float(getattr(reference, field))
        assert type(getattr(ours, field)) is float


@pytest.mark.parametrize("name", [n for n in NAMES if n[0] in "iu"])
def test_iinfo_matches_numpy(name):
    ours, reference = ivy.iinfo(getattr(ivy, name)), np.iinfo(np.dtype(name))
    assert (ours.bits, ours.min, ours.max, ours.dtype.name) == (reference.bits, reference.min, reference.max, name)


@pytest.mark.parametrize(("a", "b"), list(itertools.product(NAMES, NAMES)))
def test_can_cast_matches_the_standard(a, b):
    assert ivy.can_cast(getattr(ivy, a), getattr(ivy, b)) == xps.can_cast(getattr(xps, a), getattr(xps, b))


@pytest.mark.parametrize("kind", ["bool", "signed integer", "unsigned integer", "integral", "real floating",
                                  "complex floating", "numeric"])  # fmt: skip
@pytest.mark.parametrize("name", NAMES)
def test_isdtype_matches_the_standard(name, kind):
    assert ivy.isdtype(getattr(ivy, name), kind) == xps.isdtype(getattr(xps, name), kind)


def test_dtypes_accept_arrays_and_native_dtypes():
    ivy.set_backend("numpy")
    x = ivy.asarray([1.0], dtype=ivy.float32)
    assert ivy.finfo(x).dtype is ivy.float32
    assert ivy.result_type(x, np.dtype("int8"), ivy.int16) is ivy.float32
    assert ivy.isdtype(x.dtype, ("integral", ivy.float32))


def test_dtype_objects_pickle_to_the_same_singleton():
    import pickle

    assert pickle.loads(pickle.dumps(ivy.float32)) is ivy.float32
