"""jax.numpy's index helpers, vectorize, array_repr/array_str and dtype aliases against real JAX."""

from __future__ import annotations

import hypothesis.extra.numpy as hnp
import jax.numpy as jnp
import numpy as np
import pytest
from conftest import assert_same
from hypothesis import given, settings
from hypothesis import strategies as st

from ivy_frontends.jax import numpy as fjnp

#: name -> call(module): the same expression with real jax.numpy and the frontend
CASES = {
    "r_": lambda m: m.r_[1:4, m.array([5.0, 6.0]), 7],
    "r_-directive": lambda m: m.r_["0,2", m.array([1, 2]), m.array([3, 4])],
    "r_-points": lambda m: m.r_[0:1:5j],
    "c_": lambda m: m.c_[m.array([1, 2]), m.array([3, 4])],
    "mgrid": lambda m: m.mgrid[0:3, 0:4:2],
    "mgrid-points": lambda m: m.mgrid[-1:1:4j, 0:2],
    "ogrid": lambda m: m.ogrid[0:2, 1:4],
    "s_": lambda m: m.s_[1:2, ::-1, 3],
    "index_exp": lambda m: m.index_exp[2],
    "single": lambda m: m.single(2.5),
    "double": lambda m: m.double([1, 2]),
    "csingle": lambda m: m.csingle(1.5),
    "cdouble": lambda m: m.cdouble([1, 2]),
    "dtype-aliases": lambda m: [m.dtype(t).name for t in (m.single, m.double, m.csingle, m.cdouble, "double")],
    "array_repr": lambda m: m.array_repr(m.array([[1.5, 2.0], [3.0, 4.0]])),
    "array_repr-f32": lambda m: m.array_repr(m.array([1.0, 2.0], dtype=m.float32), precision=3),
    "array_str": lambda m: m.array_str(m.array([[1, 2], [3, 4]])),
    "vectorize": lambda m: m.vectorize(lambda a, b: a * 2 + b)(m.arange(3.0), m.ones((2, 1))),
    "vectorize-signature": lambda m: m.vectorize(lambda x, y: (x * y).sum(), signature="(n),(n)->()")(
        m.ones((4, 3)), m.arange(3.0)
    ),
    "vectorize-excluded": lambda m: m.vectorize(lambda x, p: x**p, excluded={1})(m.arange(4.0), 2),
    "vectorize-tuple": lambda m: m.vectorize(lambda x: (x, x * 2))(m.arange(2)),
    "vectorize-scalar": lambda m: m.vectorize(lambda x: x + 1)(3.0),
    "ufunc-call": lambda m: m.frompyfunc(lambda a, b: a * b + 1, 2, 1)(m.arange(3), 2),
    "ufunc-outer": lambda m: m.frompyfunc(lambda a, b: a - b, 2, 1).outer(m.arange(2), m.arange(3.0)),
    "ufunc-reduce": lambda m: m.frompyfunc(lambda a, b: a * b + 1, 2, 1).reduce(m.arange(1, 5)),
    "ufunc-reduce-axis": lambda m: m.frompyfunc(lambda a, b: a + 2 * b, 2, 1).reduce(
        m.arange(6.0).reshape(2, 3), axis=1, keepdims=True
    ),
    "ufunc-reduce-initial": lambda m: m.frompyfunc(lambda a, b: a - b, 2, 1).reduce(m.arange(4), initial=10),
    "ufunc-accumulate": lambda m: m.frompyfunc(lambda a, b: a * b + 1, 2, 1).accumulate(m.arange(1, 5)),
    "ufunc-accumulate-axis": lambda m: m.ufunc(lambda a, b: a - b, 2, 1).accumulate(m.ones((2, 3)), axis=1),
    "einsum_path-2": lambda m: m.einsum_path("ij,jk->ik", m.ones((2, 3)), m.ones((3, 4)))[0],
    "einsum_path-chain": lambda m: m.einsum_path("ij,jk,kl->il", m.ones((60, 3)), m.ones((3, 50)), m.ones((50, 2)))[0],
    "einsum_path-4": lambda m: m.einsum_path(
        "ab,bc,cd,de->ae", m.ones((2, 9)), m.ones((9, 8)), m.ones((8, 7)), m.ones((7, 3)), optimize="greedy"
    )[0],
    "einsum_path-unoptimized": lambda m: m.einsum_path("ij,jk,kl", *[m.ones((3, 3))] * 3, optimize=False)[0],
    "einsum_path-trace": lambda m: m.einsum_path("ii", m.ones((4, 4)))[0],
    "ufunc-attributes": lambda m: (lambda u: (repr(u), u.nin, u.nout, u.nargs, u.identity))(
        m.frompyfunc(lambda a, b: a, 2, 1, identity=0)
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_extras(name):
    assert_same(CASES[name](fjnp), CASES[name](jnp))


@settings(max_examples=5)
@given(x=hnp.arrays("float64", hnp.array_shapes(max_dims=2, max_side=3), elements=st.floats(-9, 9, width=32)))
def test_vectorize_matches_elementwise(x):
    def clipped(v):  # called with 0-d elements by both (JAX traces them, so no value-dependent branch)
        assert v.ndim == 0
        return v * v - 2 * v

    ref = jnp.vectorize(clipped)(jnp.asarray(x))
    assert_same(fjnp.vectorize(clipped)(fjnp.asarray(x)), ref)
    assert fjnp.array_str(fjnp.asarray(x)) == jnp.array_str(jnp.asarray(x))


def test_abstract_kinds_and_warning():
    assert issubclass(fjnp.ComplexWarning, RuntimeWarning) and issubclass(jnp.ComplexWarning, RuntimeWarning)
    for name in ("character", "flexible", "object_"):
        assert isinstance(getattr(fjnp, name), type)
        assert not fjnp.issubdtype(fjnp.float32, getattr(fjnp, name))
        assert not jnp.issubdtype(jnp.float32, getattr(jnp, name))
    with pytest.raises(ValueError, match="signature"):
        fjnp.vectorize(lambda x: x, signature="(n)")(fjnp.ones(3))
    assert np.shape(fjnp.mgrid[0:2, 0:3]) == np.shape(jnp.mgrid[0:2, 0:3])
