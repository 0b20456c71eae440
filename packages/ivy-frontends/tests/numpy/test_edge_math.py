"""fmax/fmin, heaviside, sinc and logaddexp2 (shared helpers) against real NumPy at NaN, infinities and -0.0."""

from __future__ import annotations

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from npf_helpers import differential, fnp, to_frontend

EDGES = [0.0, -0.0, float("nan"), float("inf"), float("-inf"), 1.0, -1.0, 0.5, 2.0, 1e-30, 30.0]
#: every pair of edge values once: the cases hypothesis might not draw
CROSS_A, CROSS_B = real.repeat(EDGES, len(EDGES)), real.tile(EDGES, len(EDGES))
BINARY = ["fmax", "fmin", "heaviside", "logaddexp2"]


def _floats(dtype: str, size=None):
    element = st.one_of(st.sampled_from(EDGES), st.floats(-50, 50, width=16 if dtype == "float16" else 32))
    return hnp.arrays(real.dtype(dtype), size if size is not None else st.integers(1, 12), elements=element)


def _same_signed_zeros(path: str, *args) -> None:
    if path in ("fmax", "fmin"):  # NumPy's own sign on a tie of -0.0 and 0.0 depends on the array length (SIMD loops)
        return
    with real.errstate(all="ignore"):
        theirs = real.asarray(getattr(real, path)(*args))
    ours = real.asarray(getattr(fnp, path)(*to_frontend(args)))
    zeros = theirs == 0
    real.testing.assert_array_equal(
        real.signbit(ours[zeros]), real.signbit(theirs[zeros]), err_msg=f"{path}: zero sign"
    )


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
def test_every_pair_of_edge_values(name):
    for dtype in ("float16", "float32", "float64"):
        a, b = CROSS_A.astype(dtype), CROSS_B.astype(dtype)
        differential(name, (a, b))
        _same_signed_zeros(name, a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
@settings(max_examples=15, deadline=None)
@given(dtypes=st.sampled_from([("float32", "float32"), ("float64", "float32"), ("float16", "float64")]), data=st.data())
def test_mixed_float_dtypes(name, dtypes, data):
    a = data.draw(_floats(dtypes[0]))
    b = data.draw(_floats(dtypes[1], a.shape))
    differential(name, (a, b))
    _same_signed_zeros(name, a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
@settings(max_examples=10, deadline=None)
@given(
    a=hnp.arrays(real.int32, 6, elements=st.integers(-5, 5)),
    b=hnp.arrays(real.dtype("int8"), 6, elements=st.integers(-5, 5)),
)
def test_integer_promotion(name, a, b):
    differential(name, (a, b))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=15, deadline=None)
@given(dtype=st.sampled_from(["float16", "float32", "float64", "int16", "int64"]), data=st.data())
def test_sinc(dtype, data):
    if dtype.startswith("int"):
        x = data.draw(hnp.arrays(real.dtype(dtype), st.integers(1, 8), elements=st.integers(-5, 5)))
    else:
        x = data.draw(_floats(dtype))
    differential("sinc", (x,))
