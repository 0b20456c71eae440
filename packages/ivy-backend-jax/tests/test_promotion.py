"""Result dtypes follow the core's promotion table, not JAX's lattice; values match NumPy
computed in that dtype."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from _oracle import ALL, NUMERIC, REAL_NUMERIC, arrays, assert_same, to_ivy
from hypothesis import assume, given
from hypothesis import strategies as st

import ivy
from ivy._dtypes import PROMOTION

OPERATIONS = {
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "maximum": np.maximum,
    "minimum": np.minimum,
    "equal": np.equal,
    "less": np.less,
    "greater_equal": np.greater_equal,
}
NUMERIC_ONLY = {"add", "subtract", "multiply"}
REAL_ONLY = {"maximum", "minimum", "less", "greater_equal"}


@st.composite
def operands(draw):
    name = draw(st.sampled_from(sorted(OPERATIONS)))
    pool = REAL_NUMERIC if name in REAL_ONLY else NUMERIC if name in NUMERIC_ONLY else ALL
    d1, d2 = draw(st.sampled_from(pool)), draw(st.sampled_from(pool))
    shape = draw(st.sampled_from([(), (1,), (3,), (2, 3)]))
    # Finite values small enough not to overflow either dtype.
    a1 = draw(arrays(d1, shape, **_bounded(d1)))
    a2 = draw(arrays(d2, shape, **_bounded(d2)))
    return name, a1, a2


def _bounded(dtype):
    return {"bound": 100}


@given(operands())
def test_mixed_dtypes_promote_by_the_core_table(case):
    name, a1, a2 = case
    promoted = PROMOTION[getattr(ivy, a1.dtype.name), getattr(ivy, a2.dtype.name)].name
    result = getattr(ivy, name)(to_ivy(a1), to_ivy(a2))
    expected = OPERATIONS[name](a1.astype(promoted), a2.astype(promoted))
    assert_same(result, expected, dtype="bool" if expected.dtype == np.bool_ else promoted, exact=True)


@pytest.mark.parametrize(
    ("d1", "d2", "jax_gives"),
    [("int64", "float32", "float32"), ("int16", "float16", "float16"), ("int64", "uint64", "float64")],
)
def test_where_jax_differs_ivy_follows_the_table(d1, d2, jax_gives):
    x1, x2 = ivy.ones(2, dtype=getattr(ivy, d1)), ivy.ones(2, dtype=getattr(ivy, d2))
    with jax.enable_x64(True):
        assert str(jnp.add(ivy.to_native(x1), ivy.to_native(x2)).dtype) == jax_gives
    assert ivy.add(x1, x2).dtype == PROMOTION[x1.dtype, x2.dtype]


SCALARS = st.one_of(st.booleans(), st.integers(-50, 50), st.floats(-50, 50), st.complex_numbers(max_magnitude=50))


@given(st.sampled_from(ALL), SCALARS, st.booleans(), st.data())
def test_python_scalars_are_weak(dtype, scalar, scalar_first, data):
    a = data.draw(arrays(dtype, st.sampled_from([(), (3,)]), **_bounded(dtype)))
    x = to_ivy(a)
    target = ivy.result_type(x.dtype, scalar)
    assume(target.kind != "b")  # add of two booleans is not defined
    assume(not (target.kind == "u" and isinstance(scalar, int) and scalar < 0))
    result = ivy.add(scalar, x) if scalar_first else ivy.add(x, scalar)
    # The core's rule: the scalar takes the array's dtype (or the default of its kind).
    expected = a.astype(target.name) + np.asarray(scalar).astype(target.name)
    assert_same(result, expected, dtype=target.name)


def test_weakly_typed_jax_arrays_are_strong_arrays_of_their_dtype():
    weak = jnp.asarray(1.0)  # weakly typed: JAX lets any float array's dtype win over it
    assert weak.weak_type
    own = ivy.result_type(weak)
    x = ivy.ones(2, dtype=ivy.float16)
    assert ivy.add(x, weak).dtype == PROMOTION[ivy.float16, own]
    assert ivy.concat([x, ivy.reshape(weak, (1,))]).dtype == PROMOTION[ivy.float16, own]


@given(st.sampled_from(ALL), st.sampled_from(ALL))
def test_concat_stack_where_promote(d1, d2):
    x1, x2 = ivy.ones((2,), dtype=getattr(ivy, d1)), ivy.zeros((2,), dtype=getattr(ivy, d2))
    target = PROMOTION[x1.dtype, x2.dtype]
    assert ivy.concat([x1, x2]).dtype == target
    assert ivy.stack([x1, x2]).dtype == target
    assert ivy.where(ivy.asarray([True, False]), x1, x2).dtype == target
    np.testing.assert_array_equal(np.asarray(ivy.concat([x1, x2])), np.array([1, 1, 0, 0]).astype(target.name))
