"""jax.lax's special functions against real JAX: one driver over the names, float32/float64 operands."""

from __future__ import annotations

import hypothesis.extra.numpy as hnp
import jax
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy_frontends.jax import lax as flax
from ivy_frontends.jax import numpy as fjnp

POS = (0.1, 8.0)
#: name -> input ranges (one shape: JAX compiles once per shape and dtype)
CASES = {
    "bessel_i0e": [(-6.0, 6.0)],
    "bessel_i1e": [(-6.0, 6.0)],
    "lgamma": [(-4.0, 6.0)],
    "digamma": [POS],
    "igamma": [POS, POS],
    "igammac": [POS, POS],
    "polygamma": [(0.0, 3.0), POS],
    "zeta": [(1.5, 6.0), POS],
    "betainc": [POS, POS, (0.02, 0.98)],
}


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=4)
@given(data=st.data())
def test_lax_special(name, data):
    dtype = data.draw(st.sampled_from(["float32", "float64"]))
    arrays = [
        data.draw(hnp.arrays("float64", (2, 3), elements=st.floats(lo, hi, allow_subnormal=False))).astype(dtype)
        for lo, hi in CASES[name]
    ]
    if name == "polygamma":  # the order: a whole number
        arrays[0] = np.round(arrays[0])
    ref = getattr(jax.lax, name)(*[jax.numpy.asarray(a) for a in arrays])
    mine = getattr(flax, name)(*[fjnp.asarray(a) for a in arrays])
    tol = 1e-4 if dtype == "float32" else 1e-8
    assert_same(mine, ref, rtol=tol, atol=tol)


def test_lax_special_rejects_what_jax_rejects():
    ints, f32, f64 = np.array([1, 2]), np.array([1.0, 2.0], "float32"), np.array([1.0, 2.0])
    for args in ((ints,), (f32, f64), (f32, 2.0)):
        name = "lgamma" if len(args) == 1 else "igamma"
        with pytest.raises(TypeError):
            getattr(jax.lax, name)(*[jax.numpy.asarray(a) if isinstance(a, np.ndarray) else a for a in args])
        with pytest.raises(TypeError, match=f"jax.lax.{name}"):
            getattr(flax, name)(*[fjnp.asarray(a) if isinstance(a, np.ndarray) else a for a in args])
    assert_same(flax.igamma(fjnp.asarray(f64), 2.0), jax.lax.igamma(jax.numpy.asarray(f64), 2.0), 1e-12, 1e-12)
    assert_same(flax.lgamma(2.5), jax.lax.lgamma(2.5), 1e-12, 1e-12)
    assert flax.PRIMITIVES["regularized_incomplete_beta"] is not None
