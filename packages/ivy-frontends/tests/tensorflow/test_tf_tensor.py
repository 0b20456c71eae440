"""Tensor and Variable: TF's dtype rules (no promotion between tensors), operators, indexing, conversion."""

from __future__ import annotations

import numpy as np
import pytest
import tensorflow as tf
from conftest import assert_same, run_both

from ivy_frontends import tensorflow as fe

INTS = np.array([[1, -2, 3], [4, 5, -6]], dtype=np.int32)
F = np.array([[1.5, -2.0, 3.25], [0.5, 5.0, -6.0]], dtype=np.float32)
D = F.astype(np.float64)

OPERATORS = {
    "add_scalar": (lambda ns, a: a + 2, [F]),
    "radd_float": (lambda ns, a: 2.5 + a, [F]),
    "int_plus_float_scalar": (lambda ns, a: a + 2.5, [INTS]),
    "int_truediv": (lambda ns, a: a / 2, [INTS]),
    "int_floordiv": (lambda ns, a: a // 4, [INTS]),
    "int_mod": (lambda ns, a: a % 4, [INTS]),
    "float_pow": (lambda ns, a: ns.abs(a) ** 0.5, [F]),
    "neg_abs": (lambda ns, a: (-a, abs(a)), [F]),
    "f32_plus_f64": (lambda ns, a, b: a + b, [F, D]),
    "int_plus_float": (lambda ns, a, b: a * b, [INTS, F]),
    "compare": (lambda ns, a: (a < 1.0, a >= 0.5, a == 5.0), [F]),
    "bool_ops": (lambda ns, a: (a > 0) & (a < 4) | ~(a > 2), [INTS]),
    "int_bitwise": (lambda ns, a: (a & 3, a | 8, a ^ 5, ~a), [INTS]),
    "matmul_op": (lambda ns, a: a @ ns.transpose(a), [F]),
    "index": (lambda ns, a: (a[1], a[:, ::-1], a[..., 1:], a[None, 0, -1]), [F]),
    "list_hint": (lambda ns, a: a + [1.0, 2.0, 3.0], [F]),  # noqa: RUF005 - the tensor operator, not list concatenation
    "list_int_into_float": (lambda ns, a: a + [1, 2, 3], [F]),  # noqa: RUF005 - the tensor operator, not list concatenation
    "list_float_into_int": (lambda ns, a: a + [1.5, 2.0, 3.0], [INTS]),  # noqa: RUF005 - the tensor operator, not list concatenation
}


@pytest.mark.parametrize("case", sorted(OPERATORS))
def test_operators(case):
    fn, args = OPERATORS[case]
    run_both(fn, *args)


@pytest.mark.parametrize(
    "value",
    [1, 1.5, True, [1, 2], [1.0, 2], [[True, False]], 2**40, 1 + 2j, np.float64(1.5), np.arange(3, dtype=np.int16)],
)
def test_constant_inference(value):
    assert_same(fe.constant(value), tf.constant(value))
    assert_same(fe.convert_to_tensor(value), tf.convert_to_tensor(value))


@pytest.mark.parametrize("value,dtype", [(1.5, "int32"), ([1, 2], "float64"), (3, "bool"), (300, "int8"), (7, "uint8")])
def test_constant_with_dtype(value, dtype):
    try:
        ref = tf.constant(value, dtype=dtype)
    except Exception:
        with pytest.raises(Exception):
            fe.constant(value, dtype=getattr(fe, dtype))
        return
    assert_same(fe.constant(value, dtype=getattr(fe, dtype)), ref)


def test_constant_shape_and_tensor_api():
    assert_same(fe.constant(3.0, shape=[2, 3]), tf.constant(3.0, shape=[2, 3]))
    x, y = fe.constant(F), tf.constant(F)
    assert x.shape.as_list() == y.shape.as_list() and x.shape.rank == y.shape.rank
    assert x.dtype == fe.float32 and x.dtype.is_floating and not x.dtype.is_integer
    assert len(x) == len(y) and [r.shape.as_list() for r in x] == [r.shape.as_list() for r in y]
    assert float(x[0, 0]) == float(y[0, 0])


def test_variable_assign_rules():
    v, w = fe.Variable(F), tf.Variable(F)
    v.assign_add(fe.ones([2, 3]))
    w.assign_add(tf.ones([2, 3]))
    v.assign_sub(F)
    w.assign_sub(F)
    assert_same(v.read_value(), w.read_value())
    assert_same(v * 2.0, w * 2.0)
    v.assign([[1, 2, 3], [4, 5, 6]])
    w.assign([[1, 2, 3], [4, 5, 6]])
    assert_same(v.value(), w.value())
    for bad in (fe.ones([3]), fe.ones([2, 3], dtype=fe.float64)):
        with pytest.raises((ValueError, TypeError)):
            v.assign(bad)
    with pytest.raises((ValueError, TypeError)):
        w.assign(tf.ones([2, 3], dtype=tf.float64))
    assert_same(fe.reduce_sum(v), tf.reduce_sum(w))
