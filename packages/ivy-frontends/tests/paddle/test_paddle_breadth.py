"""The breadth of paddle's API (aliases, Tensor mirrors, in-place forms, the less common functions):
one table of calls, each run on real paddle and on the frontend with the same hypothesis-drawn data."""

from __future__ import annotations

import numpy as np
import paddle
import pytest
from conftest import assert_same, run_both
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import paddle as fe
from ivy_frontends.paddle import _families


def floats(shape, dtype=np.float32, lo=-10, hi=10, **kw):
    width = 32 if dtype == np.float32 else 64
    return hnp.arrays(dtype, shape, elements=st.floats(lo, hi, width=width, allow_subnormal=False), **kw)


def ints(shape, lo=-6, hi=6, dtype=np.int64):
    return hnp.arrays(dtype, shape, elements=st.integers(lo, hi))


M, M2 = floats((3, 4)), floats((3, 4))
V, V2 = floats((4,)), floats((4,))
T3 = floats((2, 3, 4))
F64 = floats((3, 4), np.float64)
POS = floats((3, 4), lo=0.125, hi=8)
UNIT = floats((3, 4), lo=-0.75, hi=0.75)
MU = floats((3, 4), unique=True)
EDGE = hnp.arrays(np.float32, (6,), elements=st.sampled_from([0.0, -0.0, 1.5, -2.25, np.inf, -np.inf, np.nan, 1e-3]))
I = ints((3, 4))  # noqa: E741 - the integer matrix
I32 = ints((3, 4), dtype=np.int32)
SMALLI = ints((3, 4), 0, 3)
B = hnp.arrays(np.bool_, (3, 4))
SQ = hnp.arrays(np.float64, (3, 3), elements=st.floats(-3, 3)).map(lambda a: a + 8 * np.eye(3))
C = floats((3, 4, 2)).map(lambda a: a.astype(np.float32))
SORTED = floats((6,), unique=True).map(np.sort)
B3 = floats((2, 3, 3))

CASES = {
    # aliases and mirrors
    "cat": ((M, M2), lambda P, x, y: P.cat([x, y], axis=1)),
    "concatenate": ((M, M2), lambda P, x, y: P.concatenate([x, y])),
    "clamp": ((M,), lambda P, x: P.clamp(x, -1.0, 2.0)),
    "div_method": ((M, POS), lambda P, x, y: x.div(y)),
    "eq_ne": ((I, I), lambda P, x, y: (P.eq(x, y), x.ne(y))),
    "ge_gt_le_lt": ((M, M2), lambda P, x, y: (P.ge(x, y), x.gt(y), P.le(x, y), x.lt(y))),
    "mul_sub": ((M, M2), lambda P, x, y: (x.mul(y), P.sub(x, y))),
    "ger": ((V, V2), lambda P, x, y: P.ger(x, y)),
    "reverse": ((T3,), lambda P, x: x.reverse([0, 2])),
    "swapaxes": ((T3,), lambda P, x: P.swapaxes(x, [2, 0, 1])),
    "take_along_dim": ((M,), lambda P, x: x.take_along_dim(P.argsort(x, axis=1), 1)),
    "linalg_mirrors": ((SQ,), lambda P, x: (x.inverse(), x.pinv(), x.slogdet(), x.matrix_power(2), x.solve(x))),
    # in-place forms
    "sub_": ((M, M2), lambda P, x, y: x.sub_(y)),
    "mul_": ((M, M2), lambda P, x, y: x.mul_(y)),
    "div_": ((M, POS), lambda P, x, y: P.div_(x, y)),
    "clamp_": ((M,), lambda P, x: x.clamp_(-1.0, 1.0)),
    "tril_triu_": ((M,), lambda P, x: (x.clone().tril_(1), x.clone().triu_(-1))),
    "t_": ((M,), lambda P, x: x.t_()),
    "frac_": ((M,), lambda P, x: x.frac_()),
    "erf_sinc_": ((M,), lambda P, x: (P.erf_(x.clone()), x.clone().sinc_())),
    "bitwise_invert_": ((I,), lambda P, x: x.bitwise_invert_()),
    "less_": ((M, M2), lambda P, x, y: x.less_(y)),
    "cast_": ((M,), lambda P, x: x.cast_("float64")),
    "index_fill_": ((M,), lambda P, x: x.index_fill_(P.to_tensor([0, 2]), 0, -1.0)),
    # elementwise
    "frac": ((M,), lambda P, x: P.frac(x)),
    "sgn": ((M,), lambda P, x: P.sgn(x)),
    "sgn_complex": ((C,), lambda P, x: P.sgn(P.as_complex(x))),
    "gcd_lcm": ((I, I), lambda P, x, y: (P.gcd(x, y), P.lcm(x, y))),
    "gcd_float": ((I, I), lambda P, x, y: P.gcd(x.astype("float32"), y.astype("float32"))),
    "gcd_bool_rejected": ((B, B), lambda P, x, y: P.gcd(x, y)),
    "ldexp": ((M, SMALLI), lambda P, x, e: P.ldexp(x, e)),
    "ldexp_int": ((I, SMALLI), lambda P, x, e: P.ldexp(x, e)),
    "frexp": ((M,), lambda P, x: P.frexp(x)),
    "inf_predicates": ((EDGE,), lambda P, x: (P.isposinf(x), P.isneginf(x), P.isreal(x))),
    "angle": ((EDGE,), lambda P, x: P.angle(x)),
    "angle_complex": ((C,), lambda P, x: P.angle(P.as_complex(x))),
    "angle_int": ((I,), lambda P, x: P.angle(x)),
    "real_imag": ((C,), lambda P, x: (P.real(P.as_complex(x)), P.imag(P.as_complex(x)))),
    "polar": ((POS, M), lambda P, r, t: P.polar(r, t)),
    "bitwise_invert": ((I, B), lambda P, x, b: (P.bitwise_invert(x), P.bitwise_invert(b))),
    "add_n": ((M, M2), lambda P, x, y: P.add_n([x, y, x])),
    "baddbmm": ((B3, B3, B3), lambda P, c, x, y: P.baddbmm(c, x, y, beta=0.5, alpha=2.0)),
    "renorm": ((T3,), lambda P, x: P.renorm(x, 2.0, 1, 5.0)),
    "multiplex": ((M, M2), lambda P, x, y: P.multiplex([x, y], P.to_tensor([[1], [0], [1]], dtype="int32"))),
    "isin": ((I, SMALLI), lambda P, x, t: (P.isin(x, t), P.isin(x, t, invert=True))),
    "bucketize": ((M, SORTED), lambda P, x, s: (P.bucketize(x, s), x.bucketize(s, right=True, out_int32=True))),
    "histogram": ((M,), lambda P, x: P.histogram(x, bins=5)),
    "histogram_range": ((M,), lambda P, x: P.histogram(x, bins=4, min=-2, max=3)),
    "histogram_weight_density": (
        (M, POS),
        lambda P, x, w: (P.histogram(x, 4, weight=w), P.histogram(x, 3, -5, 5, density=True)),
    ),
    "histogramdd": (
        (floats((7, 2)),),
        lambda P, x: (P.histogramdd(x, bins=3), P.histogramdd(x, [2, 4], ranges=[-5.0, 5.0, -2.0, 8.0])),
    ),
    "histogramdd_weights": (
        (floats((6, 3)), floats((6,), lo=0, hi=2)),
        lambda P, x, w: P.histogramdd(x, 2, weights=w, density=True),
    ),
    "histogram_bin_edges": ((M,), lambda P, x: P.histogram_bin_edges(x, bins=4)),
    "logcumsumexp": ((M,), lambda P, x: (P.logcumsumexp(x), P.logcumsumexp(x, axis=1))),
    "trapezoid": ((M, V), lambda P, y, x: (P.trapezoid(y), P.trapezoid(y, dx=0.5, axis=0), P.trapezoid(y, x=x))),
    "cumulative_trapezoid": ((M,), lambda P, y: P.cumulative_trapezoid(y, dx=2.0)),
    "vander": ((V,), lambda P, x: (P.vander(x), P.vander(x, 3, increasing=True))),
    "vander_int": ((ints((4,), -3, 3),), lambda P, x: P.vander(x)),
    "vecdot": ((M, M2), lambda P, x, y: (P.vecdot(x, y), P.linalg.vecdot(x, y, axis=0))),
    "matrix_transpose": ((T3,), lambda P, x: (P.matrix_transpose(x), P.linalg.matrix_transpose(x))),
    "diagflat": ((M,), lambda P, x: (P.diagflat(x), P.diagflat(x[0], offset=-1))),
    "reduce_as": ((T3,), lambda P, x: P.reduce_as(x, P.zeros([3, 1]))),
    "rank_is_empty": ((M,), lambda P, x: (P.rank(x), P.is_empty(x), P.is_empty(x[:0]))),
    "softmax_top": ((M,), lambda P, x: (P.softmax(x), P.softmax(x, dim=0))),
    "quantile": ((M,), lambda P, x: (P.quantile(x, 0.3), P.quantile(x, [0.25, 0.5], axis=1, keepdim=True))),
    "quantile_modes": (
        (M,),
        lambda P, x: [P.quantile(x, 0.4, axis=0, interpolation=m) for m in ("lower", "higher", "nearest", "midpoint")],
    ),
    "quantile_nan": ((EDGE,), lambda P, x: P.quantile(x, 0.5)),
    "quantile_int_rejected": ((I,), lambda P, x: P.quantile(x, 0.5)),
    "nanquantile": ((EDGE,), lambda P, x: P.nanquantile(x, [0.1, 0.9])),
    "nanmedian": ((M,), lambda P, x: (P.nanmedian(x), P.nanmedian(x, axis=1, keepdim=True))),
    "nanmedian_nan": ((EDGE,), lambda P, x: P.nanmedian(x)),
    "mode": ((SMALLI,), lambda P, x: P.mode(x, axis=1)),
    "msort": ((M,), lambda P, x: P.msort(x)),
    "inverse": ((SQ,), lambda P, x: P.inverse(x)),
    # shapes and joins
    "atleast": ((V,), lambda P, x: (P.atleast_1d(x), P.atleast_2d(x), P.atleast_3d(x), P.atleast_3d(x[0]))),
    "atleast_many": ((M, V), lambda P, x, y: P.atleast_3d(x, y)),
    "column_row_dstack": ((V, V2), lambda P, x, y: (P.column_stack([x, y]), P.row_stack([x, y]), P.dstack([x, y]))),
    "hvd_split": ((T3,), lambda P, x: (P.hsplit(x, 3), P.vsplit(x, [1]), P.dsplit(x, 2))),
    "narrow": ((M,), lambda P, x: (P.narrow(x, 1, 1, 2), x.narrow(0, -2, 2))),
    "ravel_unflatten": ((T3,), lambda P, x: (P.ravel(x), P.unflatten(x, 2, [2, -1]))),
    "view_as": ((M, floats((6, 2))), lambda P, x, o: P.view_as(x, o)),
    "unfold": ((M,), lambda P, x: (x.unfold(1, 2, 1), P.unfold(x, 0, 2, 2))),
    "as_complex_real": (
        (C,),
        lambda P, x: (P.as_complex(x), P.as_real(P.as_complex(x)), P.view_as_real(P.view_as_complex(x))),
    ),
    "take": ((M, ints((5,), -12, 11)), lambda P, x, i: P.take(x, i)),
    "take_modes": ((M, ints((5,), -30, 30)), lambda P, x, i: (P.take(x, i, mode="wrap"), P.take(x, i, mode="clip"))),
    "take_out_of_range": ((M,), lambda P, x: P.take(x, P.to_tensor([12]))),
    "index_fill": ((M,), lambda P, x: P.index_fill(x, P.to_tensor([1, 3]), 1, 2.5)),
    "index_put": ((M, V), lambda P, x, v: P.index_put(x, (P.to_tensor([0, 2, 0]), P.to_tensor([1, 3, 1])), v[:3])),
    "index_put_acc": (
        (M, V),
        lambda P, x, v: P.index_put(x, (P.to_tensor([0, 2, 0]), P.to_tensor([1, 3, 1])), v[:3], True),
    ),
    "index_put_mask": ((M, B), lambda P, x, m: P.index_put(x, (m,), P.to_tensor(7.0))),
    "masked_scatter": ((M, B, floats((12,))), lambda P, x, m, v: P.masked_scatter(x, m, v)),
    "scatter_add_torch": ((M, M2), lambda P, x, s: P.scatter_add(x, 0, P.to_tensor([[2, 0, 1, 2], [0, 0, 1, 1]]), s)),
    "scatter_reduce": (
        (M, M2),
        lambda P, x, s: [
            P.scatter_reduce(x, 1, P.to_tensor([[0, 0], [3, 1], [2, 2]]), s, r)
            for r in ("sum", "prod", "mean", "amax", "amin")
        ],
    ),
    "scatter_reduce_noself": (
        (M, M2),
        lambda P, x, s: P.scatter_reduce(x, 1, P.to_tensor([[0, 0], [3, 1], [2, 2]]), s, "amax", include_self=False),
    ),
    "select_scatter": ((M, V), lambda P, x, v: P.select_scatter(x, v, 0, 1)),
    "slice_scatter": ((M, floats((3, 2))), lambda P, x, v: P.slice_scatter(x, v, [1], [0], [4], [2])),
    "diagonal_scatter": ((M, floats((3,))), lambda P, x, v: (P.diagonal_scatter(x, v), P.diagonal_scatter(x, v, 1))),
    "unique_consecutive": (
        (ints((8,), 0, 2),),
        lambda P, x: P.unique_consecutive(x, return_inverse=True, return_counts=True),
    ),
    "unique_consecutive_axis": ((ints((4, 2), 0, 1),), lambda P, x: P.unique_consecutive(x, axis=0)),
    "combinations": ((V,), lambda P, x: (P.combinations(x), P.combinations(x, 3, with_replacement=True))),
    "cartesian_prod": ((V, floats((2,))), lambda P, x, y: P.cartesian_prod([x, y])),
    "block_diag": ((M, V), lambda P, x, v: P.block_diag([x, v, v[0]])),
    "crop": ((T3,), lambda P, x: P.crop(x, [1, 2, -1], [1, 1, 2])),
    "shard_index": ((ints((4, 1), 0, 19),), lambda P, x: P.shard_index(x, 20, 2, 1)),
    "argwhere": ((B,), lambda P, x: P.argwhere(x)),
    # special functions (the core's) and the functional/linalg twins on paddle
    "lgamma_digamma": ((M, I), lambda P, x, i: (P.lgamma(x), x.digamma(), P.lgamma(i), P.gammaln(x))),
    "gammaln_int_rejected": ((I,), lambda P, x: P.gammaln(x)),
    "polygamma": ((POS,), lambda P, x: (P.polygamma(x, 0), x.polygamma(1), P.polygamma(x, 3))),
    "bessel": ((M, I), lambda P, x, i: (P.i0(x), x.i0e(), P.i1(x), P.i1e(x), P.i0(i))),
    "gammainc": ((POS, POS), lambda P, a, x: (P.gammainc(a, x), a.gammaincc(x))),
    "gammainc_int_rejected": ((I, I), lambda P, a, x: P.gammainc(a, x)),
    "multigammaln": ((POS,), lambda P, x: (P.multigammaln(x + 2, 1), x.multigammaln(3))),
    "special_inplace": ((POS,), lambda P, x: (x.clone().lgamma_(), x.clone().digamma_(), x.clone().i0_())),
    "top_level_twins": (
        (floats((2, 4, 6)), SQ),
        lambda P, x, s: (P.pdist(x[0]), P.adaptive_avg_pool1d(x, 3), P.cholesky(s @ s.T), P.eigvalsh(s + s.T)),
    ),
    # integer-valued data: the variance is 0 or well away from it (float32 rounding of near-constant rows differs)
    "top_level_norms": (
        (ints((2, 4, 6)).map(lambda a: a.astype(np.float32)),),
        lambda P, x: (P.layer_norm(x, 6), P.group_norm(x, 2)),
    ),
    # Tensor-only methods
    "fill_diagonal_": (
        (floats((5, 3)),),
        lambda P, x: (
            x.clone().fill_diagonal_(2.0),
            x.clone().fill_diagonal_(-1.0, 1),
            x.clone().fill_diagonal_(7.0, wrap=True),
            x.T.clone().fill_diagonal_(3.0, -1),
        ),
    ),
    "fill_diagonal_tensor_": ((M, floats((3,))), lambda P, x, v: x.fill_diagonal_tensor_(v)),
    "apply": ((M,), lambda P, x: (x.apply(lambda t: t * 2), x.clone().apply_(lambda t: t + 1))),
    "conversions": (
        (M,),
        lambda P, x: [
            getattr(x, n)()
            for n in ("float", "double", "half", "int", "long", "short", "bool", "byte", "char", "cfloat", "cdouble")
        ],
    ),
    "new_like": (
        (I32,),
        lambda P, x: (x.new_zeros([2]), x.new_ones(2, 3), x.new_full([2], 3), x.new_full([1], 1.5, dtype="float64")),
    ),
    "type_as_to": ((M, F64), lambda P, x, y: (x.type_as(y), x.to("float64"), x.to(P.int32))),
    "repeat": ((M,), lambda P, x: (x.repeat(2, 1), x.repeat([1, 2, 1]))),
    "split_with_sizes": ((M,), lambda P, x: x.split_with_sizes([1, 3], 1)),
    "fill_diagonal_tensor": ((M, floats((3,))), lambda P, x, v: x.fill_diagonal_tensor(v)),
    "strides": (
        (T3,),
        lambda P, x: (x.strides, x.stride(), x.stride(1), x.get_strides(), x.itemsize, x.is_same_shape(x)),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_paddle_breadth(name):
    strategies, case = CASES[name]

    @settings(max_examples=4)
    @given(st.tuples(*strategies))
    def check(arrays):
        run_both(case, *arrays)

    check()


def test_as_strided_like_torch():
    """paddle's CPU as_strided kernel returns garbage (paddle 3.x), so the reference is torch.as_strided."""
    import torch

    @settings(max_examples=5)
    @given(M, st.integers(0, 2))
    def check(a, offset):
        ref = torch.as_strided(torch.from_numpy(a), (2, 3), (3, 2), offset).numpy()
        mine = fe.as_strided(fe.to_tensor(a), [2, 3], [3, 2], offset)
        np.testing.assert_array_equal(mine.numpy(), ref)

    check()


CREATE = {
    "range": lambda P: (P.range(0, 5), P.range(0.5, 2.0, 0.5), P.range(3)),
    "tensor": lambda P: (P.tensor([1, 2]), P.as_tensor([1.0]), P.asarray([[1, 2.5]]), P.from_numpy(np.arange(3.0))),
    "windows": lambda P: [
        f(n, periodic, dtype=d)
        for f in (P.hann_window, P.hamming_window, P.blackman_window, P.bartlett_window)
        for n in (0, 1, 5, 8)
        for periodic in (True, False)
        for d in ("float32", "float64")
    ],
    "broadcast_shapes": lambda P: P.broadcast_shapes([3, 1], [1, 4], [4]),
    "kaiser_window": lambda P: [
        P.kaiser_window(n, p, b, dtype=d)
        for n in (1, 2, 7)
        for p in (True, False)
        for b in (0.5, 12.0)
        for d in ("float32", "float64")
    ],
    "tolist": lambda P: P.tolist(P.to_tensor([[1, 2], [3, 4]])),
}


@pytest.mark.parametrize("name", sorted(CREATE))
def test_paddle_breadth_creation(name):
    run_both(lambda P: CREATE[name](P))


# -- the in-place family: x.name_(...) equals paddle's, for every derived name with a simple call -----
#: paddle.Tensor has these in-place methods (erf_ and expm1_ exist only as paddle functions)
UNARY_INPLACE = "abs ceil exp floor neg round sin cos tan atan sinh sigmoid square trunc sinc".split()


@pytest.mark.parametrize("name", UNARY_INPLACE)
def test_unary_inplace(name):
    @settings(max_examples=4)
    @given(UNIT)
    def check(a):
        def case(P, x):
            out = getattr(x, name + "_")()
            assert out is x or P is paddle  # the frontend rebinds the tensor it was called on
            return x

        run_both(case, a)

    check()


def test_mirrors_are_the_functions():
    """A mirrored method is the same call as the function (``x.foo(...) == paddle.foo(x, ...)``)."""
    for name in _families.MIRRORED:
        if hasattr(fe, name) and name in dir(paddle.Tensor):
            assert getattr(fe.Tensor, name) is getattr(fe, name) or name in fe.Tensor.__dict__, name


def test_random_fills():
    """Random in-place fills: right shape/dtype, the values in range and roughly the right mean (ivy's streams)."""
    fe.seed(0)
    x = fe.zeros([4000])
    assert x.uniform_(2.0, 3.0) is x and 2 <= x.numpy().min() and x.numpy().max() < 3
    assert abs(x.normal_(1.0, 0.5).numpy().mean() - 1.0) < 0.05
    assert abs(x.exponential_(2.0).numpy().mean() - 0.5) < 0.05 and x.numpy().min() >= 0
    assert set(np.unique(x.bernoulli_(0.3).numpy())) <= {0.0, 1.0} and abs(x.numpy().mean() - 0.3) < 0.05
    assert x.geometric_(0.5).numpy().min() >= 1 and abs(x.numpy().mean() - 2.0) < 0.15
    assert x.log_normal_(0.0, 0.25).numpy().min() > 0
    assert np.median(x.cauchy_(1.0, 1.0).numpy()) == pytest.approx(1.0, abs=0.1)
    i = fe.zeros([100], dtype="int64").random_(0, 5).numpy()
    assert i.min() >= 0 and i.max() < 5 and str(fe.zeros([2], dtype="int64").random_(0, 5).dtype) == "paddle.int64"
    r = fe.randint_like(fe.zeros([50], dtype="int32"), 3, 6)
    assert str(r.dtype) == "paddle.int32" and 3 <= r.numpy().min() and r.numpy().max() < 6
    assert (
        list(fe.rand_like(fe.zeros([2, 3])).shape) == [2, 3]
        and str(fe.randn_like(fe.zeros([2], dtype="float64")).dtype) == "paddle.float64"
    )
    assert list(fe.log_normal(shape=[3]).shape) == [3]


def test_properties_like_paddle():
    data = np.ones((2, 3), np.float32)
    r, m = paddle.to_tensor(data), fe.to_tensor(data)
    for name in ("itemsize", "strides", "offset", "is_cuda", "inplace_version", "requires_grad", "layout"):
        assert getattr(m, name) == getattr(r, name), name
    for name in ("is_dense", "is_sparse", "is_sparse_coo", "is_sparse_csr", "is_selected_rows"):
        assert getattr(m, name)() == getattr(r, name)(), name
    for name in ("clear_grad", "clear_gradient"):
        assert getattr(m, name)() is None and m.grad is None
    m.requires_grad_()
    assert m.requires_grad and not m.stop_gradient
    assert_same(m.data, r.data)
