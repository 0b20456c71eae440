"""tf.math and tf.* functions against real TF: elementwise tables, reductions, array functions."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends.tensorflow._math import BINARY, REDUCTIONS, UNARY

FLOATS = {"float32": np.float32, "float64": np.float64}
_DOMAIN = {  # inputs kept inside the real domain where TF and the math disagree only on NaN spelling
    "acosh": (1.0, 5.0), "atanh": (-0.9, 0.9), "asin": (-1.0, 1.0), "acos": (-1.0, 1.0), "erfinv": (-0.99, 0.99),
    "ndtri": (0.01, 0.99), "log": (0.01, 10.0), "sqrt": (0.0, 10.0), "rsqrt": (0.1, 10.0), "log1p": (-0.9, 10.0),
    "reciprocal": (0.1, 10.0), "tan": (-1.4, 1.4),
}  # fmt: skip


def _f32(v):
    """The nearest float32 inside the bound's side (hypothesis wants exact bounds)."""
    return float(np.float32(v))


def _arrays(dtype, lo=-5.0, hi=5.0, min_dims=0):
    return hnp.arrays(
        dtype, hnp.array_shapes(min_dims=min_dims, max_dims=3, max_side=4),
        elements=st.floats(_f32(lo), _f32(hi), width=32, allow_subnormal=False),
    )  # fmt: skip


@pytest.mark.parametrize("name", sorted(n for n, (_, k) in UNARY.items() if "f" in k and n not in ("logical_not",)))
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@given(data=st.data())
def test_unary_float(name, dtype, data):
    lo, hi = _DOMAIN.get(name, (-5.0, 5.0))
    x = data.draw(_arrays(FLOATS[dtype], lo, hi))
    run_both(lambda ns, a: getattr(ns.math, name)(a), x)


@pytest.mark.parametrize("name", ["abs", "negative", "sign", "square", "round", "sqrt", "exp"])
@given(x=hnp.arrays(np.int32, hnp.array_shapes(max_dims=2, max_side=4), elements=st.integers(-100, 100)))
def test_unary_int_or_error(name, x):
    run_both(lambda ns, a: getattr(ns.math, name)(a), x)


@pytest.mark.parametrize("name", sorted(n for n, (_, k) in BINARY.items() if "f" in k and n != "nextafter"))
@given(data=st.data())
def test_binary_float(name, data):
    shape = data.draw(hnp.array_shapes(max_dims=3, max_side=4))
    lo = 0.1 if name in ("pow", "xlogy") else -5.0
    x = data.draw(_arrays(np.float32, lo, 5.0).filter(lambda a: True).map(lambda a: np.resize(a, shape)))
    y = data.draw(
        hnp.arrays(
            np.float32,
            hnp.broadcastable_shapes(shape, max_dims=3),
            elements=st.floats(_f32(lo), 5.0, width=32, allow_subnormal=False),
        )
    )
    if name in ("floordiv", "floormod", "mod", "truediv", "divide", "xdivy"):
        y = np.where(np.abs(y) < 0.1, 1.5, y).astype(np.float32)
    run_both(lambda ns, a, b: getattr(ns.math, name)(a, b), x, y, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize(
    "name", ["add", "subtract", "multiply", "truediv", "floordiv", "floormod", "maximum", "less", "equal"]
)
@given(
    x=hnp.arrays(np.int32, (3, 4), elements=st.integers(-50, 50)),
    y=hnp.arrays(np.int32, (4,), elements=st.integers(1, 9)),
)
def test_binary_int(name, x, y):
    run_both(lambda ns, a, b: getattr(ns.math, name)(a, b), x, y)


@pytest.mark.parametrize("name", sorted(REDUCTIONS))
@pytest.mark.parametrize("axis", [None, 0, -1, [0, 1]])
@pytest.mark.parametrize("keepdims", [False, True])
@given(x=hnp.arrays(np.float32, (3, 4), elements=st.floats(-3, 3, width=32)))
def test_reductions(name, axis, keepdims, x):
    if name in ("reduce_all", "reduce_any"):
        x = x > 0
    run_both(lambda ns, a: getattr(ns.math, name)(a, axis=axis, keepdims=keepdims), x, rtol=1e-4, atol=1e-5)


@given(x=hnp.arrays(np.int32, (3, 5), elements=st.integers(-20, 20)))
def test_reduce_mean_int_truncates(x):
    run_both(lambda ns, a: ns.reduce_mean(a, axis=1), x)


X34 = np.arange(12, dtype=np.float32).reshape(3, 4) - 5.5
IDX = np.array([[0, 1], [2, 3]], dtype=np.int32)
CASES = {
    "reshape": (lambda ns, a: ns.reshape(a, [2, -1]), [X34]),
    "transpose": (lambda ns, a: ns.transpose(a), [X34]),
    "transpose_perm": (lambda ns, a: ns.transpose(ns.reshape(a, [1, 3, 4]), [2, 0, 1]), [X34]),
    "concat": (lambda ns, a: ns.concat([a, a * 2.0], axis=-1), [X34]),
    "stack": (lambda ns, a: ns.stack([a, a], axis=1), [X34]),
    "split": (lambda ns, a: ns.split(a, 2, axis=1), [X34]),
    "split_sizes": (lambda ns, a: ns.split(a, [1, -1], axis=1), [X34]),
    "split_uneven": (lambda ns, a: ns.split(a, 3, axis=1), [X34]),
    "gather": (lambda ns, a: ns.gather(a, [2, 0], axis=1), [X34]),
    "gather_oob": (lambda ns, a: ns.gather(a, [5], axis=0), [X34]),
    "gather_nd": (lambda ns, a, i: ns.gather_nd(a, i), [X34, IDX]),
    "scatter_nd": (lambda ns, i: ns.scatter_nd(i, ns.constant([1.0, 2.0]), [3, 4]), [IDX]),
    "tensor_scatter_update": (lambda ns, a, i: ns.tensor_scatter_nd_update(a, i, ns.constant([9.0, 8.0])), [X34, IDX]),
    "tensor_scatter_add": (lambda ns, a, i: ns.tensor_scatter_nd_add(a, i, ns.constant([9.0, 8.0])), [X34, IDX]),
    "where": (lambda ns, a: ns.where(a > 0, a, ns.zeros_like(a)), [X34]),
    "where_coords": (lambda ns, a: ns.where(a > 0), [X34]),
    "matmul": (lambda ns, a: ns.matmul(a, a, transpose_b=True), [X34]),
    "matmul_mixed": (lambda ns, a: ns.matmul(a, ns.cast(a, ns.float64), transpose_b=True), [X34]),
    "einsum": (lambda ns, a: ns.einsum("ij,kj->ik", a, a), [X34]),
    "tile": (lambda ns, a: ns.tile(a, [2, 1]), [X34]),
    "pad": (lambda ns, a: ns.pad(a, [[1, 0], [0, 2]], constant_values=3.0), [X34]),
    "pad_reflect": (lambda ns, a: ns.pad(a, [[1, 1], [2, 1]], mode="REFLECT"), [X34]),
    "pad_symmetric": (lambda ns, a: ns.pad(a, [[1, 1], [2, 1]], mode="SYMMETRIC"), [X34]),
    "expand_dims": (lambda ns, a: ns.expand_dims(a, -1), [X34]),
    "squeeze": (lambda ns, a: ns.squeeze(ns.reshape(a, [1, 3, 1, 4]), axis=[0, 2]), [X34]),
    "squeeze_bad": (lambda ns, a: ns.squeeze(a, axis=0), [X34]),
    "one_hot": (lambda ns, i: ns.one_hot(i, 4), [IDX]),
    "one_hot_axis": (lambda ns, i: ns.one_hot(i, 3, on_value=5, off_value=-1, axis=0), [IDX]),
    "clip": (lambda ns, a: ns.clip_by_value(a, -1.0, 2.0), [X34]),
    "argmax": (lambda ns, a: ns.argmax(a, axis=1), [X34]),
    "argmin": (lambda ns, a: ns.math.argmin(a), [X34]),
    "sort": (lambda ns, a: ns.sort(-a, direction="DESCENDING"), [X34]),
    "argsort": (lambda ns, a: ns.argsort(a * a, axis=0), [X34]),
    "top_k": (lambda ns, a: tuple(ns.math.top_k(a, 2)), [X34]),
    "shape": (lambda ns, a: ns.shape(a), [X34]),
    "rank_size": (lambda ns, a: (ns.rank(a), ns.size(a)), [X34]),
    "cast_trunc": (lambda ns, a: ns.cast(a, ns.int32), [X34]),
    "range": (lambda ns: ns.range(1, 10, 3), []),
    "range_float": (lambda ns: ns.range(0.5, 3.0, 0.5), []),
    "linspace": (lambda ns: ns.linspace(0.0, 1.0, 5), []),
    "fill": (lambda ns: ns.fill([2, 3], 7), []),
    "zeros_ones": (lambda ns: (ns.zeros([2, 2], ns.int64), ns.ones([3])), []),
    "eye": (lambda ns: ns.eye(3, 2), []),
    "cumsum": (lambda ns, a: ns.math.cumsum(a, axis=1, exclusive=True, reverse=True), [X34]),
    "cumprod": (lambda ns, a: ns.math.cumprod(a, axis=0), [X34]),
    "segment_sum": (lambda ns, a: ns.math.segment_sum(a, [0, 0, 1]), [X34]),
    "unsorted_segment_max": (lambda ns, a: ns.math.unsorted_segment_max(a, [2, 0, 2], 4), [X34]),
    "add_n": (lambda ns, a: ns.math.add_n([a, a, a]), [X34]),
    "l2_normalize": (lambda ns, a: ns.math.l2_normalize(a, axis=1), [X34]),
    "reverse": (lambda ns, a: ns.reverse(a, [1]), [X34]),
    "roll": (lambda ns, a: ns.roll(a, 2, 1), [X34]),
    "boolean_mask": (lambda ns, a: ns.boolean_mask(a, a[:, 0] > -3.0), [X34]),
    "unique": (lambda ns: tuple(ns.unique(ns.constant([4, 1, 4, 2, 1]))), []),
    "strided_slice": (lambda ns, a: a[::-1, 1:3], [X34]),
    "slice": (lambda ns, a: ns.slice(a, [1, 0], [-1, 2]), [X34]),
    "bincount": (lambda ns: ns.math.bincount(ns.constant([1, 1, 3, 0])), []),
    "confusion": (lambda ns: ns.math.confusion_matrix([0, 1, 2, 1], [0, 2, 2, 1]), []),
    "in_top_k": (lambda ns, a: ns.math.in_top_k(ns.constant([0, 1, 3]), a, 2), [X34]),
    "norm": (lambda ns, a: ns.norm(a, axis=1), [X34]),
    "tensordot": (lambda ns, a: ns.tensordot(a, a, [[1], [1]]), [X34]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_array_functions(case):
    fn, args = CASES[case]
    run_both(fn, *args, rtol=1e-5, atol=1e-5)
