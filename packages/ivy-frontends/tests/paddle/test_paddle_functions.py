"""paddle.* functions and Tensor methods: one table of calls, each run on real paddle and on the frontend
with the same hypothesis-drawn data."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


def floats(shape, dtype=np.float32, lo=-10, hi=10, **kw):
    width = 32 if dtype == np.float32 else 64
    return hnp.arrays(dtype, shape, elements=st.floats(lo, hi, width=width, allow_subnormal=False), **kw)


M = floats((3, 4))
M2 = floats((3, 4))
V = floats((4,))
T3 = floats((2, 3, 4))
POS = floats((3, 4), lo=0.125, hi=10)
UNIT = floats((3, 4), lo=-0.75, hi=0.75)
MU = floats((3, 4), unique=True)  # no ties: the order of ties is unspecified
F64 = floats((3, 4), np.float64)
INT = hnp.arrays(np.int64, (3, 4), elements=st.integers(-5, 5))
INT32 = hnp.arrays(np.int32, (3, 4), elements=st.integers(-5, 5))
NZI = hnp.arrays(np.int64, (3, 4), elements=st.integers(1, 5))
B = hnp.arrays(np.bool_, (3, 4))
IDX = hnp.arrays(np.int64, (5,), elements=st.integers(0, 2))
SQ = hnp.arrays(np.float64, (3, 3), elements=st.floats(-3, 3)).map(lambda a: a + 8 * np.eye(3))
SPD = SQ.map(lambda a: a @ a.T)
MM = floats((4, 5), lo=-3, hi=3)

# name -> (strategies of the inputs, call on a namespace P with tensors)
CASES = {
    # pointwise and promotion
    "add": ((M, M2), lambda P, x, y: P.add(x, y)),
    "add_f64": ((M, F64), lambda P, x, y: x + y),
    "add_int_float_rejected": ((INT, M), lambda P, x, y: x + y),
    "add_int32_int64_rejected": ((INT32, INT), lambda P, x, y: x + y),
    "int_plus_int": ((INT32,), lambda P, x: x + 2),
    "int_plus_float": ((INT32,), lambda P, x: x + 2.5),
    "bool_plus_int": ((B,), lambda P, x: x + 1),
    "rsub": ((M,), lambda P, x: 3 - x),
    "mul_0d": ((M,), lambda P, x: x * P.to_tensor(2.0, dtype="float64")),
    "div_int": ((INT32, NZI.map(lambda a: a.astype(np.int32))), lambda P, x, y: x / y),
    "floordiv": ((INT, NZI), lambda P, x, y: x // y),
    "mod": ((INT, NZI), lambda P, x, y: P.remainder(x, y)),
    "pow_scalar": ((POS,), lambda P, x: x**2),
    "pow_fn_int": ((INT,), lambda P, x: P.pow(x, 2)),
    "neg": ((M,), lambda P, x: -x),
    "maximum": ((M, M2), lambda P, x, y: P.maximum(x, y)),
    "exp": ((M,), lambda P, x: P.exp(x)),
    "exp_int": ((INT32,), lambda P, x: P.exp(x)),
    "log": ((POS,), lambda P, x: P.log(x)),
    "sqrt": ((POS,), lambda P, x: x.sqrt()),
    "rsqrt": ((POS,), lambda P, x: P.rsqrt(x)),
    "tanh": ((M,), lambda P, x: x.tanh()),
    "sigmoid_method": ((M,), lambda P, x: x.sigmoid()),
    "asin": ((UNIT,), lambda P, x: P.asin(x)),
    "erf": ((M,), lambda P, x: P.erf(x)),
    "abs_int": ((INT32,), lambda P, x: P.abs(x)),
    "floor": ((M,), lambda P, x: P.floor(x)),
    "round": ((M,), lambda P, x: P.round(x)),
    "sign": ((M,), lambda P, x: P.sign(x)),
    "square": ((INT32,), lambda P, x: P.square(x)),
    "reciprocal": ((POS,), lambda P, x: P.reciprocal(x)),
    "clip": ((M,), lambda P, x: P.clip(x, -2.0, 3.0)),
    "clip_int": ((INT,), lambda P, x: x.clip(min=-1)),
    "scale": ((M,), lambda P, x: P.scale(x, 2.0, 1.0)),
    "lerp": ((M, M2), lambda P, x, y: P.lerp(x, y, 0.3)),
    "atan2": ((M, M2), lambda P, x, y: P.atan2(x, y)),
    "equal": ((INT, INT), lambda P, x, y: P.equal(x, y)),
    "less_than": ((M, M2), lambda P, x, y: x < y),
    "ge_scalar": ((M,), lambda P, x: x >= 0),
    "eq_scalar": ((INT,), lambda P, x: x == 1),
    "logical_and": ((B, B), lambda P, x, y: P.logical_and(x, y)),
    "invert_bool": ((B,), lambda P, x: ~x),
    "bitwise_and": ((INT, INT), lambda P, x, y: x & y),
    "isnan": ((M,), lambda P, x: P.isnan(x)),
    "isclose": ((M, M2), lambda P, x, y: P.isclose(x, y)),
    "allclose": ((M,), lambda P, x: P.allclose(x, x + 1e-9)),
    "where": ((B, M, M2), lambda P, c, x, y: P.where(c, x, y)),
    "where_scalar": ((B, M), lambda P, c, x: P.where(c, x, P.zeros_like(x))),
    "nan_to_num": ((M,), lambda P, x: P.nan_to_num(x / 0.0 * x)),
    # reductions
    "sum": ((M,), lambda P, x: P.sum(x)),
    "sum_axis": ((T3,), lambda P, x: P.sum(x, axis=[0, 2], keepdim=True)),
    "sum_int32": ((INT32,), lambda P, x: x.sum(1)),
    "sum_bool": ((B,), lambda P, x: x.sum()),
    "sum_dtype": ((INT32,), lambda P, x: P.sum(x, dtype="int32")),
    "mean": ((T3,), lambda P, x: P.mean(x, 1)),
    "max": ((M,), lambda P, x: P.max(x, axis=1)),
    "min_keepdim": ((M,), lambda P, x: x.min(0, keepdim=True)),
    "amax": ((T3,), lambda P, x: P.amax(x, axis=[0, 1])),
    "prod": ((INT,), lambda P, x: P.prod(x, 0)),
    "std": ((T3,), lambda P, x: P.std(x, 1)),
    "var_biased": ((M,), lambda P, x: P.var(x, axis=0, unbiased=False)),
    "logsumexp": ((T3,), lambda P, x: P.logsumexp(x, axis=1)),
    "all": ((B,), lambda P, x: P.all(x, axis=1)),
    "any": ((B,), lambda P, x: x.any()),
    "argmax": ((MU,), lambda P, x: P.argmax(x)),
    "argmax_axis": ((MU,), lambda P, x: x.argmax(axis=1, keepdim=True)),
    "argmin": ((MU,), lambda P, x: P.argmin(x, axis=0)),
    "cumsum": ((M,), lambda P, x: P.cumsum(x, axis=1)),
    "cumsum_flat_int32": ((INT32,), lambda P, x: P.cumsum(x)),
    "cumprod": ((UNIT,), lambda P, x: P.cumprod(x, dim=0)),
    "median": ((MU,), lambda P, x: P.median(x, axis=1)),
    "count_nonzero": ((INT,), lambda P, x: P.count_nonzero(x, axis=0)),
    "nansum": ((M,), lambda P, x: P.nansum(x, axis=1)),
    # shapes and joins
    "reshape": ((T3,), lambda P, x: P.reshape(x, [4, -1])),
    "reshape_zero": ((T3,), lambda P, x: x.reshape([0, -1])),
    "transpose": ((T3,), lambda P, x: P.transpose(x, perm=[2, 0, 1])),
    "T": ((M,), lambda P, x: x.T),
    "concat": ((M, M2), lambda P, x, y: P.concat([x, y], axis=1)),
    "concat_f64": ((M, F64), lambda P, x, y: P.concat([x, y])),
    "stack": ((M, M2), lambda P, x, y: P.stack([x, y], axis=-1)),
    "split": ((M,), lambda P, x: P.split(x, 2, axis=1)),
    "split_sizes": ((M,), lambda P, x: P.split(x, [1, -1], axis=1)),
    "split_uneven_rejected": ((M,), lambda P, x: P.split(x, 3, axis=1)),
    "chunk": ((T3,), lambda P, x: P.chunk(x, 2, axis=-1)),
    "unbind": ((M,), lambda P, x: P.unbind(x, 1)),
    "squeeze": ((M,), lambda P, x: P.squeeze(x.reshape([3, 1, 4, 1]))),
    "squeeze_axis": ((M,), lambda P, x: P.squeeze(x.unsqueeze(0), axis=0)),
    "unsqueeze_list": ((M,), lambda P, x: P.unsqueeze(x, [0, 2])),
    "flatten": ((T3,), lambda P, x: P.flatten(x, 1)),
    "flip": ((T3,), lambda P, x: P.flip(x, [0, 2])),
    "roll": ((M,), lambda P, x: P.roll(x, 2, axis=1)),
    "roll_flat": ((M,), lambda P, x: P.roll(x, -3)),
    "tile": ((M,), lambda P, x: P.tile(x, [2, 1, 2])),
    "expand": ((V,), lambda P, x: P.expand(x, [3, 4])),
    "expand_keep": ((M,), lambda P, x: x.unsqueeze(0).expand([2, -1, -1])),
    "broadcast_to": ((V,), lambda P, x: P.broadcast_to(x, [2, 4])),
    "tril": ((M,), lambda P, x: P.tril(x, -1)),
    "triu": ((M,), lambda P, x: x.triu(1)),
    "rot90": ((M,), lambda P, x: P.rot90(x, 1, [0, 1])),
    "moveaxis": ((T3,), lambda P, x: P.moveaxis(x, 0, -1)),
    "repeat_interleave": ((M,), lambda P, x: P.repeat_interleave(x, 2, axis=0)),
    "diff": ((M,), lambda P, x: P.diff(x, axis=1)),
    "diag_vector": ((V,), lambda P, x: P.diag(x, 1)),
    "diagonal": ((T3,), lambda P, x: P.diagonal(x, 0, 1, 2)),
    # indexing, gather and scatter
    "getitem": ((T3,), lambda P, x: x[1, :, ::2]),
    "getitem_none_ellipsis": ((T3,), lambda P, x: x[None, ..., -1]),
    "getitem_mask": ((M, B), lambda P, x, m: x[m]),
    "getitem_int_tensor": ((M, IDX), lambda P, x, i: x[i]),
    "gather": ((M, IDX), lambda P, x, i: P.gather(x, i)),
    "gather_axis": ((M, IDX), lambda P, x, i: P.gather(x, i, axis=1)),
    "gather_nd": ((T3,), lambda P, x: P.gather_nd(x, P.to_tensor([[0, 1], [1, 2]]))),
    "index_select": ((M, IDX), lambda P, x, i: P.index_select(x, i, axis=1)),
    "masked_select": ((M, B), lambda P, x, m: P.masked_select(x, m)),
    "masked_fill": ((M, B), lambda P, x, m: P.masked_fill(x, m, -1.0)),
    "scatter": ((M, M2), lambda P, x, u: P.scatter(x, P.to_tensor([2, 0]), u[:2])),
    "scatter_add": ((M, M2), lambda P, x, u: P.scatter(x, P.to_tensor([2, 0, 2]), u, overwrite=False)),
    "scatter_nd_add": ((M, M2), lambda P, x, u: P.scatter_nd_add(x, P.to_tensor([[1], [1]]), u[:2])),
    "take_along_axis": ((M,), lambda P, x: P.take_along_axis(x, P.argsort(x, axis=1), axis=1)),
    "put_along_axis": ((M,), lambda P, x: P.put_along_axis(x, P.to_tensor([[0], [1], [2]]), 9.0, axis=1)),
    "index_add": ((M, M2), lambda P, x, v: P.index_add(x, P.to_tensor([0, 2]), 0, v[:2])),
    "nonzero": ((INT,), lambda P, x: P.nonzero(x)),
    # sorting
    "sort": ((M,), lambda P, x: P.sort(x, axis=1)),
    "sort_desc": ((M,), lambda P, x: P.sort(x, axis=0, descending=True)),
    "argsort": ((MU,), lambda P, x: P.argsort(x, axis=-1)),
    "topk": ((MU,), lambda P, x: P.topk(x, 2)),
    "topk_smallest": ((MU,), lambda P, x: P.topk(x, 2, axis=0, largest=False)),
    "unique": ((INT,), lambda P, x: P.unique(x)),
    "unique_counts": ((INT,), lambda P, x: P.unique(x, return_counts=True, return_inverse=True)),
    "kthvalue": ((MU,), lambda P, x: P.kthvalue(x, 2, axis=1)),
    # products
    "matmul": ((M, M2), lambda P, x, y: P.matmul(x, y, transpose_y=True)),
    "matmul_tx": ((M, M2), lambda P, x, y: P.matmul(x, y, transpose_x=True)),
    "matmul_op": ((M, M2), lambda P, x, y: x @ y.T),
    "matmul_vec": ((M, V), lambda P, x, v: P.matmul(x, v)),
    "bmm": ((T3,), lambda P, x: P.bmm(x, x.transpose([0, 2, 1]))),
    "einsum": ((T3, M), lambda P, x, y: P.einsum("bij,kj->bik", x, y)),
    "dot": ((V, V), lambda P, x, y: P.dot(x, y)),
    "outer": ((V, V), lambda P, x, y: P.outer(x, y)),
    "norm": ((M,), lambda P, x: P.norm(x)),
    "norm_p1": ((M,), lambda P, x: P.norm(x, p=1, axis=1)),
    "cross": ((M,), lambda P, x: P.cross(x[:, :3], x[:, 1:])),
    "kron": ((M,), lambda P, x: P.kron(x[:2, :2], x[1:, 2:])),
    "trace": ((M,), lambda P, x: P.trace(x)),
    # creation and casts
    "cast": ((M,), lambda P, x: P.cast(x, "float64")),
    "astype_int": ((M,), lambda P, x: x.astype("int32")),
    "astype_dtype": ((INT,), lambda P, x: x.astype(P.float32)),
    "zeros_like": ((INT,), lambda P, x: P.zeros_like(x)),
    "full_like": ((M,), lambda P, x: P.full_like(x, 7)),
    "ones_like_dtype": ((M,), lambda P, x: P.ones_like(x, dtype="int64")),
    # in-place methods
    "add_": ((M, M2), lambda P, x, y: x.add_(y) and x),
    "scale_": ((M,), lambda P, x: x.scale_(2.0)),
    "clip_": ((M,), lambda P, x: x.clip_(-1.0, 1.0)),
    "unsqueeze_": ((M,), lambda P, x: x.unsqueeze_(0)),
    "zero_": ((M,), lambda P, x: x.zero_()),
    "setitem": ((M,), lambda P, x: _setitem(x)),
    "iadd": ((M, M2), lambda P, x, y: _iadd(x, y)),
}


def _setitem(x):
    x[0, 1:3] = 5.0
    x[2] = x[1] * 2
    return x


def _iadd(x, y):
    x += y
    return x


@pytest.mark.parametrize("name", sorted(CASES))
def test_paddle_function(name):
    strategies, case = CASES[name]

    @given(st.tuples(*strategies))
    def check(arrays):
        run_both(case, *arrays)

    check()


# -- creation with no tensor inputs -------------------------------------------------------------
CREATE = {
    "to_tensor_floats": lambda P: P.to_tensor([1.0, 2.5]),
    "to_tensor_ints": lambda P: P.to_tensor([[1, 2], [3, 4]]),
    "to_tensor_bool": lambda P: P.to_tensor(True),
    "to_tensor_scalar": lambda P: P.to_tensor(1.5),
    "to_tensor_np64": lambda P: P.to_tensor(np.arange(3.0)),
    "to_tensor_dtype": lambda P: P.to_tensor([1, 2], dtype="float16"),
    "zeros": lambda P: P.zeros([2, 3]),
    "ones_int": lambda P: P.ones([2], dtype="int32"),
    "full": lambda P: P.full([2, 2], 3),
    "full_bool": lambda P: P.full([2], True),
    "arange": lambda P: P.arange(5),
    "arange_float": lambda P: P.arange(0, 1, 0.25),
    "arange_dtype": lambda P: P.arange(1, 7, 2, dtype="float64"),
    "linspace": lambda P: P.linspace(0, 1, 5),
    "logspace": lambda P: P.logspace(0, 2, 3),
    "eye": lambda P: P.eye(3, 4),
    "tril_indices": lambda P: P.tril_indices(3, 3, 0),
    "meshgrid": lambda P: P.meshgrid(P.arange(3), P.arange(2)),
    "shape": lambda P: P.shape(P.zeros([2, 3])),
    "numel": lambda P: P.numel(P.zeros([2, 3])),
    "empty_shape": lambda P: P.zeros([0, 3]).sum(0),
}


@pytest.mark.parametrize("name", sorted(CREATE))
def test_paddle_creation(name):
    run_both(lambda P: CREATE[name](P))


def test_tensor_attributes():
    import paddle

    from ivy_frontends import paddle as fe

    data = np.arange(12, dtype=np.float32).reshape(3, 4)
    r, m = paddle.to_tensor(data), fe.to_tensor(data)
    assert list(m.shape) == list(r.shape) and isinstance(m.shape, list)
    assert m.ndim == r.ndim and m.size == r.size and m.dim() == r.dim()
    assert str(m.dtype) == str(r.dtype) and m.stop_gradient == r.stop_gradient
    assert m[1, 2].item() == r[1, 2].item()
    assert m.tolist() == r.tolist()
    assert float(m.sum()) == float(r.sum())
    assert len(m) == len(r)
    assert m.dtype == "float32"


def test_default_dtype():
    import paddle

    from ivy_frontends import paddle as fe

    assert fe.get_default_dtype() == paddle.get_default_dtype()
    fe.set_default_dtype("float64")
    try:
        assert str(fe.to_tensor([1.0]).dtype) == "paddle.float64"
        assert str(fe.zeros([1]).dtype) == "paddle.float64"
        assert str((fe.to_tensor([1, 2]) + 0.5).dtype) == "paddle.float64"
    finally:
        fe.set_default_dtype("float32")
    assert str(fe.zeros([1]).dtype) == "paddle.float32"


def test_seed_reproducible():
    from ivy_frontends import paddle as fe

    fe.seed(3)
    a = fe.rand([4]).numpy()
    fe.seed(3)
    b = fe.rand([4]).numpy()
    np.testing.assert_array_equal(a, b)
    assert ((a >= 0) & (a < 1)).all()
    fe.seed(3)
    n = fe.randn([2000]).numpy()
    assert abs(n.mean()) < 0.1 and abs(n.std() - 1) < 0.1
    r = fe.randint(0, 5, [100]).numpy()
    assert r.min() >= 0 and r.max() < 5 and str(fe.randint(0, 5, [2]).dtype) == "paddle.int64"
    assert sorted(fe.randperm(6).tolist()) == list(range(6))
