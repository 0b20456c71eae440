"""jnp.fmax/fmin, heaviside, sinc and logaddexp2 (shared helpers) against real JAX at NaN, infinities, -0.0."""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends.jax import numpy as fjnp

EDGES = [0.0, -0.0, float("nan"), float("inf"), float("-inf"), 1.0, -1.0, 0.5, 2.0, 1e-30, 30.0]
#: every pair of edge values once: the cases hypothesis might not draw
CROSS_A, CROSS_B = np.repeat(EDGES, len(EDGES)), np.tile(EDGES, len(EDGES))
BINARY = ["fmax", "fmin", "heaviside", "logaddexp2"]


def _floats(dtype: str, size=None):
    element = st.one_of(st.sampled_from(EDGES), st.floats(-50, 50, width=16 if dtype == "float16" else 32))
    return hnp.arrays(np.dtype(dtype), size if size is not None else st.integers(1, 12), elements=element)


def _same_signed_zeros(name: str, a, b) -> None:
    theirs = np.asarray(getattr(jnp, name)(a, b))
    ours = getattr(fjnp, name)(fjnp.asarray(a), fjnp.asarray(b)).numpy()
    zeros = theirs == 0
    np.testing.assert_array_equal(np.signbit(ours[zeros]), np.signbit(theirs[zeros]), err_msg=f"{name}: zero sign")


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
def test_every_pair_of_edge_values(name, dtype):
    a, b = CROSS_A.astype(dtype), CROSS_B.astype(dtype)
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)
    _same_signed_zeros(name, a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
@given(dtypes=st.sampled_from([("float32", "float32"), ("float64", "float32"), ("float16", "float64")]), data=st.data())
def test_mixed_float_dtypes(name, dtypes, data):
    a = data.draw(_floats(dtypes[0]))
    b = data.draw(_floats(dtypes[1], a.shape))
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", BINARY)
@given(a=hnp.arrays(np.int32, 6, elements=st.integers(-5, 5)), b=hnp.arrays(np.int8, 6, elements=st.integers(-5, 5)))
def test_integer_promotion(name, a, b):
    run_both(lambda ns, x, y: getattr(ns, name)(x, y), a, b)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@given(dtype=st.sampled_from(["float16", "float32", "float64", "int32"]), data=st.data())
def test_sinc(dtype, data):
    if dtype == "int32":
        x = data.draw(hnp.arrays(np.int32, st.integers(1, 8), elements=st.integers(-5, 5)))
    else:
        x = data.draw(_floats(dtype))
    run_both(lambda ns, v: ns.sinc(v), x)
