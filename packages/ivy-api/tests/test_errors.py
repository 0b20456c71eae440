"""Bad input gets a clear error at the API boundary, naming function, argument and expectation."""

import numpy as np
import pytest

import ivy


@pytest.fixture(autouse=True)
def _numpy():
    ivy.set_backend("numpy")


def test_missing_function_names_backend_and_function(strict_backend):
    with ivy.using_backend(strict_backend):
        x = ivy.asarray([1.0, 2.0])
        with pytest.raises(ivy.NotImplementedByBackend, match=r"ivy\.sin is not implemented by backend 'strict'"):
            ivy.sin(x)
        with pytest.raises(NotImplementedError, match=r"ivy\.linalg\.inv .* 'strict'"):
            ivy.linalg.inv(x)


@pytest.mark.parametrize(
    ("call", "pattern"),
    [
        (lambda: ivy.bitwise_and(ivy.asarray([1.5]), ivy.asarray([2.5])),
         r"ivy\.bitwise_and: argument 'x1' has dtype float64; expected an integer or boolean dtype"),
        (lambda: ivy.bitwise_left_shift(ivy.asarray([1.0]), 1),
         r"ivy\.bitwise_left_shift: argument 'x1' has dtype float64; expected an integer dtype"),
        (lambda: ivy.floor(ivy.asarray([1j])),
         r"ivy\.floor: argument 'x' has dtype complex128; expected a real numeric"),
    ],
)  # fmt: skip
def test_wrong_dtype(call, pattern):
    with pytest.raises(TypeError, match=pattern):
        call()


def test_shapes_that_do_not_broadcast():
    with pytest.raises(ValueError, match=r"ivy\.multiply: shapes \(2, 3\) of 'x1', \(4,\) of 'x2' do not broadcast"):
        ivy.multiply(ivy.ones((2, 3)), ivy.ones((4,)))


@pytest.mark.parametrize("axis", [2, -3, (0, 5)])
def test_bad_axis(axis):
    with pytest.raises(ivy.AxisError, match=r"ivy\.sum: argument 'axis' = -?\d+ is out of range .* \[-2, 1\]"):
        ivy.sum(ivy.ones((2, 3)), axis=axis)


def test_axis_error_is_also_index_and_value_error():
    with pytest.raises(IndexError):
        ivy.flip(ivy.ones((2,)), axis=3)
    with pytest.raises(ValueError):
        ivy.flip(ivy.ones((2,)), axis=3)


def test_non_array_argument():
    with pytest.raises(
        TypeError, match=r"ivy\.matmul: argument 'x1' is a str; expected an ivy\.Array or a numpy array"
    ):
        ivy.matmul("abc", ivy.ones((1, 1)))


def test_array_of_another_backend(strict_backend):
    foreign = ivy.asarray([1.0])
    with ivy.using_backend(strict_backend):
        with pytest.raises(
            TypeError, match=r"'x1' is a .*belongs to backend 'numpy' but the selected backend is 'strict'"
        ):
            ivy.add(foreign, ivy.asarray([1.0]))


def test_unsupported_dtype_argument():
    with pytest.raises(TypeError, match=r"ivy\.zeros: dtype bfloat16 is not supported by backend 'numpy'"):
        ivy.zeros((2,), dtype=ivy.bfloat16)
    with pytest.raises(TypeError, match=r"ivy\.zeros: argument 'dtype' must be an ivy dtype"):
        ivy.zeros((2,), dtype="float32x")


def test_other_backend_failures_keep_their_kind_and_name_the_function():
    with pytest.raises(ValueError, match=r"ivy\.linalg\.cross: backend 'numpy' raised ValueError"):
        ivy.linalg.cross(ivy.ones((2,)), ivy.ones((2,)))


def test_shape_rules_name_the_shapes():
    with pytest.raises(ivy.IvyValueError, match=r"ivy\.reshape: an array of shape \(2, 3\) \(6 elements\) cannot"):
        ivy.reshape(ivy.ones((2, 3)), (4, 2))
    with pytest.raises(ivy.IvyValueError, match=r"ivy\.matmul: shapes \(2, 3\) of 'x1', \(4, 5\) of 'x2' do not fit"):
        ivy.matmul(ivy.ones((2, 3)), ivy.ones((4, 5)))


def test_singular_matrix_is_a_linalg_error_and_a_value_error():
    with pytest.raises(ivy.LinAlgError, match=r"ivy\.linalg\.inv: backend 'numpy' raised LinAlgError"):
        ivy.linalg.inv(ivy.asarray([[1.0, 2.0], [2.0, 4.0]]))
    assert issubclass(ivy.LinAlgError, ValueError) and issubclass(ivy.IvyMemoryError, MemoryError)


def test_unaddressable_shape_is_refused_before_the_backend_is_called():
    with pytest.raises(MemoryError, match=r"ivy\.zeros: an array of shape \(1099511627776, 1099511627776\) needs"):
        ivy.zeros((2**40, 2**40))


def test_in_place_operators_keep_dtype():
    x = ivy.asarray([1, 2], dtype=ivy.int8)
    with pytest.raises(TypeError, match=r"__iadd__.*must keep the array's dtype int8"):
        x += ivy.asarray([1.5, 2.5])
    assert x.dtype == ivy.int8


def test_setitem_rejects_lossy_values():
    x = ivy.asarray([1, 2], dtype=ivy.int32)
    with pytest.raises(TypeError, match=r"a Python float cannot be stored in an array of dtype int32"):
        x[0] = 1.5
    with pytest.raises(TypeError, match=r"value of dtype float64 cannot be stored"):
        x[0] = ivy.asarray(1.5)
    np.testing.assert_array_equal(np.asarray(x), [1, 2])


def test_errors_do_not_swallow_ivy_errors():
    with pytest.raises(ivy.IvyError):
        ivy.finfo(ivy.int32)
    with pytest.raises(TypeError, match=r"ivy\.iinfo: argument 'type' must be an integer dtype"):
        ivy.iinfo(ivy.float32)


class _Singular(Exception):
    """A toy framework's own linear-algebra error."""


def test_backend_classifies_its_framework_errors():
    """The core asks the backend's classify_error what a framework exception stands for."""
    import types

    import strict_backend as strict

    from ivy.plugin import Backend, hookimpl

    extra = types.ModuleType("classifying")

    @hookimpl
    def linalg_inv(x):
        raise _Singular("pivot 2 is zero")

    @hookimpl
    def linalg_det(x):
        raise MemoryError("no room")

    @hookimpl
    def classify_error(error):
        return ivy.LinAlgError if isinstance(error, _Singular) else None

    extra.linalg_inv, extra.linalg_det, extra.classify_error = linalg_inv, linalg_det, classify_error
    name = ivy.register_backend(Backend(strict, extra), name="classifying")
    with ivy.using_backend(name):
        x = ivy.asarray(strict.xp.asarray([[1.0, 2.0], [2.0, 4.0]]))
        with pytest.raises(ivy.LinAlgError, match=r"ivy\.linalg\.inv: backend 'classifying' raised _Singular"):
            ivy.linalg.inv(x)
        with pytest.raises(ivy.IvyMemoryError, match=r"ivy\.linalg\.det: .* raised MemoryError: no room"):
            ivy.linalg.det(x)
