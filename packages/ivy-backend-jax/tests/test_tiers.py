"""A new small input signature on the host is served without compiling (a shape-generic
elementwise kernel, or NumPy for functions that only move data); from its third call on it
gets its own executable. Every tier must give the same bits."""

import numpy as np
import pytest
from _oracle import arrays, to_ivy
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy
from ivy_backend_jax import elementwise

UNARY = ["exp", "tanh", "log1p", "sqrt", "sin", "expm1", "isnan", "negative", "round", "sign", "abs"]
BINARY = ["add", "multiply", "divide", "pow", "atan2", "floor_divide", "remainder", "equal", "hypot", "maximum"]


def _three_calls(function, *args, **kwargs):
    """The results of the cold (generic), cold and hot (own executable) calls."""
    return [np.asarray(function(*args, **kwargs)) for _ in range(3)]


def _same_bits(results):
    first = results[0]
    for other in results[1:]:
        assert other.dtype == first.dtype and other.shape == first.shape
        assert first.tobytes() == other.tobytes()


@given(st.sampled_from(UNARY), st.sampled_from(["float32", "float64", "complex64"]), st.data())
def test_unary_tiers_agree_bitwise(name, dtype, data):
    if dtype.startswith("complex") and name in ("round", "isnan", "sign", "abs", "sqrt"):
        dtype = "float32"
    a = data.draw(arrays(dtype, hnp.array_shapes(min_dims=0, max_dims=3, max_side=6)))
    _same_bits(_three_calls(getattr(ivy, name), to_ivy(a)))


@given(st.sampled_from(BINARY), st.sampled_from(["float32", "float64", "int16"]), st.data())
def test_binary_tiers_agree_bitwise(name, dtype, data):
    if dtype == "int16" and name in ("divide", "pow", "atan2", "hypot"):
        dtype = "float64"
    shapes = data.draw(hnp.mutually_broadcastable_shapes(num_shapes=2, max_dims=3, max_side=5))
    a = data.draw(arrays(dtype, shapes.input_shapes[0]))
    b = data.draw(arrays(dtype, shapes.input_shapes[1]))
    if dtype == "int16":
        b[b == 0] = 1
    _same_bits(_three_calls(getattr(ivy, name), to_ivy(a), to_ivy(b)))
    _same_bits(_three_calls(getattr(ivy, name), to_ivy(a), 3))


@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("reshape", ((-1,),), {}),
        ("flip", (), {}),
        ("permute_dims", ((1, 0),), {}),
        ("expand_dims", (), {"axis": 0}),
        ("roll", (2,), {}),
        ("tile", ((2, 1),), {}),
        ("tril", (), {}),
        ("all", (), {"axis": 0}),
        ("count_nonzero", (), {}),
    ],
)
def test_data_movement_tiers_agree_bitwise(name, args, kwargs):
    x = ivy.reshape(ivy.asarray([-0.0, 1.5, float("nan"), -2.0, 0.0, 3.25]), (2, 3))
    _same_bits(_three_calls(getattr(ivy, name), x, *args, **kwargs))


def test_a_new_small_shape_compiles_nothing_until_it_is_hot():
    small = elementwise.sin.__ivy_kernel__.small  # the jitted kernel for small inputs
    ivy.sin(ivy.asarray(np.zeros(5, np.float32)))  # the shape-generic float32 executable now exists
    before = small._cache_size()
    x = ivy.asarray(np.arange(7, dtype=np.float32))  # a shape no other test uses
    ivy.sin(x)
    ivy.sin(x)
    assert small._cache_size() == before
    ivy.sin(x)
    assert small._cache_size() == before + 1  # the third call compiled this shape


@given(st.sampled_from(["float32", "float64", "int8", "uint16"]), st.booleans(), st.booleans(), st.data())
def test_sorting_and_searching_tiers_agree_bitwise(dtype, descending, stable, data):
    values = [0.0, -0.0, np.nan, -np.inf, 1.5, -1.5] if dtype.startswith("float") else [0, 1, 2, 7]
    a = data.draw(
        hnp.arrays(dtype, hnp.array_shapes(min_dims=1, max_dims=2, max_side=6), elements=st.sampled_from(values))
    )
    x = to_ivy(a)
    _same_bits(_three_calls(ivy.sort, x, descending=descending, stable=stable))
    _same_bits(_three_calls(ivy.argsort, x, descending=descending, stable=stable))
    _same_bits(_three_calls(ivy.argmax, x, axis=-1))
    row = ivy.sort(ivy.reshape(x, (-1,)))
    _same_bits(_three_calls(ivy.searchsorted, row, x, side="right" if stable else "left"))
