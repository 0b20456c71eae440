"""Paddle promotes differently from the core (or refuses mixed dtypes): every
binary function must give the core's dtype and NumPy's values."""

import numpy as np
import pytest
from conftest import assert_same, to_numpy
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import ivy

SUPPORTED = [
    "bool",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
NUMERIC = [d for d in SUPPORTED if d != "bool"]
REAL = [d for d in NUMERIC if not d.startswith("complex")]
INTEGRAL = ["int8", "int16", "int32", "int64", "uint8"]


def small_arrays(dtype, shape):
    """Arrays of ``dtype`` with small values (no overflow in float16 products), shaped ``shape``."""
    if dtype == "bool":
        elements = st.booleans()
    elif dtype == "uint8":
        elements = st.integers(0, 15)
    elif dtype.startswith("int"):
        elements = st.integers(-15, 15)
    elif dtype.startswith("complex"):
        elements = st.complex_numbers(max_magnitude=15, allow_nan=False, allow_infinity=False)
    else:
        elements = st.floats(-15, 15, width=16)
    return hnp.arrays(np.dtype(dtype), shape, elements=elements)


def pairs(dtypes):
    return st.tuples(st.sampled_from(dtypes), st.sampled_from(dtypes), hnp.array_shapes(min_dims=0, max_dims=2))


@pytest.mark.parametrize(
    ("name", "dtypes"),
    [
        ("add", NUMERIC), ("subtract", NUMERIC), ("multiply", NUMERIC), ("divide", [*REAL[5:], "complex64"]),
        ("maximum", REAL), ("minimum", REAL), ("equal", SUPPORTED), ("less", REAL), ("greater_equal", REAL),
        ("bitwise_and", [*INTEGRAL, "bool"]), ("bitwise_xor", INTEGRAL), ("atan2", ["float32", "float64", "float16"]),
        ("copysign", ["float32", "float64", "float16"]), ("where_", NUMERIC),
    ],
)  # fmt: skip
@given(data=st.data())
def test_binary_functions_promote_like_the_core(name, dtypes, data):
    first, second, shape = data.draw(pairs(dtypes))
    x1 = data.draw(small_arrays(first, shape))
    x2 = data.draw(small_arrays(second, shape[1:]))  # broadcasting too
    if name == "divide":  # the standard leaves complex division by zero to the implementation
        x2 = np.where(x2 == 0, np.ones_like(x2), x2)
    if name == "where_":
        program = lambda a, b: ivy.where(a != 0, a, b)  # noqa: E731
    else:
        program = getattr(ivy, name)

    def checked(a, b):
        result = program(a, b)
        if name not in ("equal", "less", "greater_equal"):
            assert result.dtype is ivy.result_type(a, b)
        return result

    assert_same(checked, x1, x2)


SCALARS = {"bool": True, "int": 3, "float": 2.5, "complex": 1 - 2j}


NUMPY_NAMES = {"add": np.add, "multiply": np.multiply, "subtract": np.subtract, "equal": np.equal}


@pytest.mark.parametrize("dtype", NUMERIC)
@pytest.mark.parametrize("kind", ["int", "float", "complex"])
@pytest.mark.parametrize("name", ["add", "multiply", "subtract", "equal"])
def test_python_scalars_are_weak(dtype, kind, name):
    """The result dtype is the core's (ivy.result_type); the values are NumPy's in that dtype."""
    if kind == "complex" and not dtype.startswith(("float", "complex")):
        pytest.skip("complex scalars with integer arrays are outside the standard")
    values = np.arange(4).astype(dtype)
    value = SCALARS[kind]
    x = ivy.asarray(values)
    target = ivy.result_type(x, value)
    for result, expected in (
        (getattr(ivy, name)(x, value), NUMPY_NAMES[name](values.astype(target.name), value)),
        (getattr(ivy, name)(value, x), NUMPY_NAMES[name](value, values.astype(target.name))),
    ):
        assert result.dtype is (ivy.bool if name == "equal" else target)
        np.testing.assert_array_equal(to_numpy(result), np.asarray(expected).astype(result.dtype.name))


def test_a_python_int_out_of_the_arrays_range_is_an_error_not_a_wrapped_value():
    x = ivy.asarray([1, 2], dtype=ivy.int8)
    with pytest.raises(OverflowError):
        ivy.add(x, 300)


@pytest.mark.parametrize("value", [1.0, 2, True, 1j, [1.5, 2.5], [[1, 2]], [True, False], [1 + 1j]])
def test_default_dtypes_are_the_cores(value):
    assert_same(lambda: ivy.asarray(value))
    assert_same(lambda: ivy.full((2,), value if not isinstance(value, list) else 0))
