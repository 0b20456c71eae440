"""fmax/fmin, heaviside and sinc (the shared math helpers) against real paddle at NaN, infinities and -0.0."""

from __future__ import annotations

import numpy as np
import paddle
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import paddle as fe

EDGES = [0.0, -0.0, float("nan"), float("inf"), float("-inf"), 1.0, -1.0, 0.5, 2.0, 1e-30, 30.0]
#: every pair of edge values once: the cases hypothesis might not draw
CROSS_A, CROSS_B = np.repeat(EDGES, len(EDGES)), np.tile(EDGES, len(EDGES))
BINARY = ["fmax", "fmin", "heaviside"]


def _floats(dtype: str, size=None):
    element = st.one_of(st.sampled_from(EDGES), st.floats(-50, 50, width=32))
    return hnp.arrays(np.dtype(dtype), size if size is not None else st.integers(1, 12), elements=element)


def _same_signed_zeros(name: str, a, b) -> None:
    theirs = getattr(paddle, name)(paddle.to_tensor(a), paddle.to_tensor(b)).numpy()
    ours = getattr(fe, name)(fe.to_tensor(a), fe.to_tensor(b)).numpy()
    zeros = theirs == 0
    np.testing.assert_array_equal(np.signbit(ours[zeros]), np.signbit(theirs[zeros]), err_msg=f"{name}: zero sign")


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_every_pair_of_edge_values(name, dtype):
    a, b = CROSS_A.astype(dtype), CROSS_B.astype(dtype)
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)
    _same_signed_zeros(name, a, b)


@pytest.mark.parametrize("name", BINARY)
@given(dtype=st.sampled_from(["float32", "float64"]), data=st.data())
def test_random_floats(name, dtype, data):
    a = data.draw(_floats(dtype))
    b = data.draw(_floats(dtype, a.shape))
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)


@pytest.mark.parametrize("name", BINARY)
@given(a=hnp.arrays(np.int64, 6, elements=st.integers(-5, 5)), b=hnp.arrays(np.int64, 6, elements=st.integers(-5, 5)))
def test_integers(name, a, b):
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@given(dtype=st.sampled_from(["float32", "float64"]), data=st.data())
def test_sinc_nan_and_infinities_give_one(dtype, data):
    run_both(lambda ns, v: ns.sinc(v), data.draw(_floats(dtype)))


def test_sinc_every_edge_value():
    run_both(lambda ns, v: ns.sinc(v), np.array(EDGES))
