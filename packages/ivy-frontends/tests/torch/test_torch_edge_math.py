"""fmax/fmin, heaviside, sinc and logaddexp2 (shared helpers) against real torch at NaN, infinities and -0.0."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import torch as fe

EDGES = [0.0, -0.0, float("nan"), float("inf"), float("-inf"), 1.0, -1.0, 0.5, 2.0, 1e-30, 30.0]
#: every pair of edge values once: the cases hypothesis might not draw
CROSS_A, CROSS_B = np.repeat(EDGES, len(EDGES)), np.tile(EDGES, len(EDGES))


def _values(dtype: str):
    """Arrays of one float dtype, mostly edge values (shared by both operands, so ties and NaN pairs occur)."""
    element = st.one_of(st.sampled_from(EDGES), st.floats(-50, 50, width=32))
    return hnp.arrays(np.dtype(dtype), st.integers(1, 12), elements=element)


def _same_signed_zeros(mine, ref) -> None:
    expected, got = ref.float().numpy(), mine.float().numpy()
    zeros = expected == 0
    np.testing.assert_array_equal(np.signbit(got[zeros]), np.signbit(expected[zeros]), err_msg="sign of zero differs")


@pytest.mark.parametrize("name", ["fmax", "fmin"])
@given(dtype=st.sampled_from(["float32", "float64"]), data=st.data())
def test_fmax_fmin_nan_and_signed_zero(name, dtype, data):
    a = data.draw(_values(dtype))
    b = data.draw(hnp.arrays(np.dtype(dtype), a.shape, elements=st.sampled_from(EDGES)))
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)
    _same_signed_zeros(
        getattr(fe, name)(fe.tensor(a), fe.tensor(b)), getattr(torch, name)(torch.tensor(a), torch.tensor(b))
    )


@pytest.mark.parametrize("name", ["fmax", "fmin", "heaviside", "logaddexp2"])
def test_every_pair_of_edge_values(name):
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), CROSS_A, CROSS_B)
    _same_signed_zeros(
        getattr(fe, name)(fe.tensor(CROSS_A), fe.tensor(CROSS_B)),
        getattr(torch, name)(torch.tensor(CROSS_A), torch.tensor(CROSS_B)),
    )


@pytest.mark.parametrize("name", ["fmax", "fmin"])
@given(a=hnp.arrays(np.int32, 5, elements=st.integers(-9, 9)), b=hnp.arrays(np.int32, 5, elements=st.integers(-9, 9)))
def test_fmax_fmin_integers(name, a, b):
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)


@given(dtype=st.sampled_from(["float32", "float64", "int64"]), data=st.data())
def test_heaviside_nan_gives_zero(dtype, data):
    if dtype == "int64":
        x = data.draw(hnp.arrays(np.int64, st.integers(1, 8), elements=st.integers(-3, 3)))
        h = data.draw(hnp.arrays(np.int64, x.shape, elements=st.integers(-3, 3)))
    else:
        x = data.draw(_values(dtype))
        h = data.draw(hnp.arrays(np.dtype(dtype), x.shape, elements=st.sampled_from(EDGES)))
    run_both(lambda ns, v, w: ns.heaviside(v, w), x, h)
    if dtype != "int64":
        _same_signed_zeros(fe.heaviside(fe.tensor(x), fe.tensor(h)), torch.heaviside(torch.tensor(x), torch.tensor(h)))


@given(dtype=st.sampled_from(["float16", "float32", "float64"]), data=st.data())
def test_sinc_and_special_sinc(dtype, data):
    x = data.draw(_values(dtype))
    run_both(lambda ns, v: ns.sinc(v), x)
    run_both(lambda ns, v: ns.special.sinc(v), x)
    run_both(lambda ns, v: v.sinc(), x)


def test_sinc_of_integers_is_default_float():
    run_both(lambda ns, v: ns.sinc(v), np.array([-2, 0, 1, 3]))


@given(dtype=st.sampled_from(["float32", "float64"]), data=st.data())
def test_logaddexp2_edges(dtype, data):
    a = data.draw(_values(dtype))
    b = data.draw(hnp.arrays(np.dtype(dtype), a.shape, elements=st.one_of(st.sampled_from(EDGES), st.floats(-50, 50))))
    run_both(lambda ns, x, y: ns.logaddexp2(x, y), a, b)


def test_logaddexp2_rejects_integers_like_torch():
    run_both(lambda ns, x, y: ns.logaddexp2(x, y), np.array([1, 2]), np.array([3, 4]))
