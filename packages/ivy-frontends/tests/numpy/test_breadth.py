"""The wider top namespace against NumPy: index helpers, legacy polynomials, windows, ufuncs, bits, dtype helpers.

One table-driven driver for fixed cases and a few hypothesis drivers (shapes, dtypes, edge values)."""

from __future__ import annotations

import pickle
import warnings

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from npf_helpers import assert_same, differential, fnp, to_frontend

R = real.random.default_rng(11)
A = R.uniform(-3, 3, size=(3, 4))
V = R.uniform(-3, 3, size=6)
SQ = R.uniform(-1, 1, size=(3, 3)) + 3 * real.eye(3)
I8 = real.array([3, -7, 0, 12], dtype=real.int8)
U8 = real.array([[3, 255], [0, 128]], dtype=real.uint8)

# (id, path, args, kwargs)
CASES = [
    ("ix_", "ix_", ([0, 2], real.array([True, False, True])), {}),
    ("diag_indices", "diag_indices", (3, 3), {}),
    ("diag_indices_from", "diag_indices_from", (SQ,), {}),
    ("diag_indices_from_bad", "diag_indices_from", (A,), {}),
    ("tril_indices", "tril_indices", (4,), {"k": -1}),
    ("tril_indices_m", "tril_indices", (3,), {"k": 1, "m": 5}),
    ("triu_indices", "triu_indices", (4, 1), {}),
    ("tril_indices_from", "tril_indices_from", (A,), {}),
    ("triu_indices_from", "triu_indices_from", (A,), {"k": -1}),
    ("triu_indices_from_bad", "triu_indices_from", (V,), {}),
    ("mask_indices", "mask_indices", (3, real.triu), {"k": 1}),
    ("ravel_multi_index", "ravel_multi_index", ((real.array([1, 2]), real.array([3, 0])), (3, 4)), {}),
    ("ravel_multi_index_f", "ravel_multi_index", ((real.array([1, 2]), real.array([3, 0])), (3, 4)), {"order": "F"}),
    (
        "ravel_multi_index_wrap",
        "ravel_multi_index",
        ((real.array([5, -1]), real.array([3, 9])), (3, 4)),
        {"mode": "wrap"},
    ),
    ("ravel_multi_index_bad", "ravel_multi_index", ((real.array([5]), real.array([3])), (3, 4)), {}),
    ("unravel_index", "unravel_index", (real.array([0, 5, 11]), (3, 4)), {}),
    ("unravel_index_f", "unravel_index", (7, (3, 4)), {"order": "F"}),
    ("unravel_index_bad", "unravel_index", (12, (3, 4)), {}),
    ("select", "select", ([A > 1, A < -1], [A, A * 2]), {"default": -5.0}),
    ("select_int8", "select", ([I8 > 1], [I8]), {}),
    ("select_bad", "select", ([A > 1], [A, A]), {}),
    ("piecewise", "piecewise", (V, [V < 0, V >= 0], [lambda x: -x, lambda x: x * 2]), {}),
    ("piecewise_otherwise", "piecewise", (V, [V < -1], [0.0, lambda x: x + 1]), {}),
    ("apply_along_axis", "apply_along_axis", (lambda r: r.max() - r.min(), 1, A), {}),
    ("apply_along_axis_vec", "apply_along_axis", (lambda r: r[::-1] * 2, 0, A), {}),
    ("apply_over_axes", "apply_over_axes", (real.sum, R.uniform(size=(2, 3, 4)), [0, 2]), {}),
    # legacy polynomials (highest power first)
    ("poly", "poly", ([1.0, -2.0, 3.0],), {}),
    ("poly_matrix", "poly", (SQ,), {}),
    ("poly_int", "poly", ([1, 2],), {}),
    ("poly_conj", "poly", ([1 + 2j, 1 - 2j],), {}),
    ("polyval", "polyval", ([3.0, 0.0, 1.0], V), {}),
    ("polyval_int", "polyval", ([3, 0, 1], 2), {}),
    (
        "polyval_f32",
        "polyval",
        (real.array([1.5, 2.0], dtype=real.float32), real.array([1.0, 2.0], dtype=real.float32)),
        {},
    ),
    ("polyadd", "polyadd", ([1, 2], [3.0, 4.0, 5.0]), {}),
    ("polysub", "polysub", ([1.0, 2.0, 3.0], [4.0]), {}),
    ("polymul", "polymul", ([1.0, 2.0], [1.0, -1.0, 3.0]), {}),
    ("polydiv", "polydiv", ([1.0, -3.0, 2.0, 5.0], [1.0, 2.0]), {}),
    ("polydiv_exact", "polydiv", ([1.0, -3.0, 2.0], [1.0, -1.0]), {}),
    ("polyder", "polyder", ([1, 2, 3, 4],), {"m": 2}),
    ("polyint", "polyint", ([3.0, 2.0, 1.0],), {"m": 2, "k": [1.0, 2.0]}),
    ("polyint_bad", "polyint", ([3.0, 2.0],), {"m": -1}),
    ("polyfit", "polyfit", (real.linspace(0, 1, 9), real.cos(real.linspace(0, 1, 9)), 3), {}),
    (
        "polyfit_w",
        "polyfit",
        (real.linspace(0, 1, 9), real.cos(real.linspace(0, 1, 9)), 2),
        {"w": real.linspace(1, 2, 9)},
    ),
    ("polyfit_cov", "polyfit", (real.linspace(0, 1, 9), real.cos(3 * real.linspace(0, 1, 9)), 2), {"cov": True}),
    ("polyfit_bad", "polyfit", (real.ones((2, 2)), real.ones(2), 1), {}),
    # windows
    ("bartlett", "bartlett", (7,), {}),
    ("blackman", "blackman", (6,), {}),
    ("hamming", "hamming", (1,), {}),
    ("hanning", "hanning", (0,), {}),
    ("kaiser", "kaiser", (8, 5.0), {}),
    # sampled calculus, histograms
    ("gradient", "gradient", (V,), {}),
    ("gradient_2d", "gradient", (A, 0.5, 2.0), {}),
    ("gradient_coords", "gradient", (V, real.cumsum(R.uniform(0.5, 1.5, 6))), {"edge_order": 2}),
    ("gradient_axis", "gradient", (A,), {"axis": 1, "edge_order": 2}),
    ("gradient_int", "gradient", (real.array([1, 4, 9, 16]),), {}),
    ("gradient_small", "gradient", (real.array([1.0, 2.0]),), {"edge_order": 2}),
    ("unwrap", "unwrap", (real.cumsum(R.uniform(-2, 4, 12)),), {}),
    ("unwrap_period", "unwrap", (real.array([0, 5, 11, 2, 7]),), {"period": 6}),
    ("histogram2d", "histogram2d", (V, V[::-1]), {"bins": 3}),
    ("histogram2d_range", "histogram2d", (V, V**2), {"bins": [2, 4], "range": [[-3, 3], [0, 9]], "density": True}),
    ("histogramdd", "histogramdd", (R.uniform(size=(20, 3)),), {"bins": (2, 3, 2)}),
    ("histogramdd_weights", "histogramdd", (R.uniform(size=(10, 2)),), {"bins": 2, "weights": R.uniform(size=10)}),
    ("real_if_close", "real_if_close", (A + 1e-15j,), {}),
    ("real_if_close_keep", "real_if_close", (A + 1e-3j,), {}),
    # bits and digits
    ("packbits", "packbits", (real.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1]),), {}),
    ("packbits_axis", "packbits", (R.integers(0, 2, size=(3, 10)).astype(bool),), {"axis": 1, "bitorder": "little"}),
    ("packbits_bad", "packbits", (A,), {}),
    ("unpackbits", "unpackbits", (U8,), {}),
    ("unpackbits_axis", "unpackbits", (U8,), {"axis": 1, "count": 11, "bitorder": "little"}),
    ("unpackbits_count_neg", "unpackbits", (U8,), {"axis": 0, "count": -3}),
    ("unpackbits_bad", "unpackbits", (I8,), {}),
    ("base_repr", "base_repr", (-255, 16), {"padding": 3}),
    ("base_repr_zero", "base_repr", (0,), {}),
    ("base_repr_bad", "base_repr", (5, 40), {}),
    ("base_repr_bad_low", "base_repr", (5, 1), {}),
    ("binary_repr", "binary_repr", (10,), {}),
    ("binary_repr_neg", "binary_repr", (-10,), {"width": 8}),
    ("binary_repr_neg_plain", "binary_repr", (-10,), {}),
    # construction, conversion
    ("fromiter", "fromiter", (iter(range(5)), real.float32), {}),
    ("fromiter_count", "fromiter", (iter(range(9)), real.int16), {"count": 4}),
    ("fromstring", "fromstring", ("1 2  3.5",), {"sep": " "}),
    ("fromstring_comma", "fromstring", ("1, 2, 3",), {"dtype": real.int32, "sep": ","}),
    ("fromstring_binary", "fromstring", ("1 2",), {}),
    ("asfortranarray", "asfortranarray", (5,), {}),
    ("asfortranarray_dtype", "asfortranarray", (A,), {"dtype": real.float32}),
    ("require", "require", (I8, real.float64, ["C", "W"]), {}),
    ("matvec", "matvec", (R.uniform(size=(2, 3, 4)), R.uniform(size=(4,))), {}),
    ("vecmat", "vecmat", (V[:3] + 1j, R.uniform(size=(2, 3, 4))), {}),
    ("vecmat_int", "vecmat", (real.array([1, 2]), real.array([[1.0, 2.0], [3.0, 4.0]])), {}),
    ("common_type", "common_type", (I8, A.astype(real.float32)), {}),
    ("mintypecode", "mintypecode", (["d", "f", "l"],), {}),
    ("mintypecode_complex", "mintypecode", (["F", "d"],), {}),
    ("min_scalar_type", "min_scalar_type", (300,), {}),
    ("min_scalar_type_neg", "min_scalar_type", (-129,), {}),
    ("min_scalar_type_float", "min_scalar_type", (1e5,), {}),
    ("min_scalar_type_array", "min_scalar_type", (A,), {}),
    ("typename", "typename", ("F",), {}),
    # ufuncs
    ("gcd", "gcd", (real.array([12, -18, 0, 7]), real.array([8, 12, 5, 0])), {}),
    ("lcm", "lcm", (real.array([4, -6, 0]), real.array([6, 4, 3], dtype=real.int16)), {}),
    ("gcd_float", "gcd", (A, A), {}),
    ("bitwise_count", "bitwise_count", (real.array([-1, 7, -128, 0], dtype=real.int8),), {}),
    ("bitwise_count_u64", "bitwise_count", (real.array([2**64 - 1, 5], dtype=real.uint64),), {}),
    ("ldexp_int", "ldexp", (I8, 2), {}),
    ("ldexp_float_exp", "ldexp", (A, 1.5), {}),
]

TEXT = {"base_repr", "binary_repr", "mintypecode", "typename", "common_type"}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize(("path", "args", "kwargs"), [c[1:4] for c in CASES], ids=[c[0] for c in CASES])
def test_against_numpy(path: str, args: tuple, kwargs: dict) -> None:
    if path == "fromiter":  # an iterator is used up by one call: give each side its own
        items = list(args[0])
        assert_same(
            fnp.fromiter(iter(items), to_frontend(args[1]), **kwargs), real.fromiter(iter(items), args[1], **kwargs)
        )
        return
    if path in TEXT:  # strings and scalar types: compared as values and names
        try:
            theirs = getattr(real, path)(*args, **kwargs)
        except ValueError:
            with pytest.raises(ValueError):
                getattr(fnp, path)(*to_frontend(args), **kwargs)
            return
        ours = getattr(fnp, path)(*to_frontend(args), **kwargs)
        assert ours.__name__ == theirs.__name__ if isinstance(theirs, type) else ours == theirs
        return
    differential(path, args, kwargs)


def test_every_case_is_distinct() -> None:
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# -- ufuncs over drawn dtypes and edge values -----------------------------------------
EDGES = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e-300, 5e-324, 1e300, float("inf"), float("-inf"), float("nan")]


def _floats(dtype: str):
    width = {"float16": 16, "float32": 32, "float64": 64}[dtype]
    element = st.one_of(st.sampled_from(EDGES), st.floats(width=width, allow_subnormal=True))
    return hnp.arrays(real.dtype(dtype), st.integers(1, 8), elements=element)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("name", ["frexp", "spacing"])
@settings(max_examples=8, deadline=None)
@given(dtype=st.sampled_from(["float16", "float32", "float64"]), data=st.data())
def test_float_ufuncs(name: str, dtype: str, data) -> None:
    differential(name, (data.draw(_floats(dtype)),))


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=8, deadline=None)
@given(
    dtype=st.sampled_from(["float16", "float32", "float64", "int8", "int32"]),
    exp_dtype=st.sampled_from(["int8", "int32", "int64"]),
    data=st.data(),
)
def test_ldexp(dtype: str, exp_dtype: str, data) -> None:
    if dtype.startswith("int"):
        x = data.draw(hnp.arrays(real.dtype(dtype), 5, elements=st.integers(-20, 20)))
    else:
        x = data.draw(hnp.arrays(real.dtype(dtype), 5, elements=st.floats(-1e3, 1e3, width=16)))
    n = data.draw(hnp.arrays(real.dtype(exp_dtype), 5, elements=st.integers(-30, 30)))
    differential("ldexp", (x, n))


@settings(max_examples=8, deadline=None)
@given(
    name=st.sampled_from(["gcd", "lcm", "bitwise_count"]),
    dtypes=st.sampled_from([("int8", "int8"), ("int16", "int64"), ("uint8", "uint32"), ("int32", "uint8")]),
    data=st.data(),
)
def test_integer_ufuncs(name: str, dtypes: tuple, data) -> None:
    def ints(d: str):
        info = real.iinfo(d)
        return hnp.arrays(real.dtype(d), 6, elements=st.integers(max(info.min + 1, -200), min(info.max, 200)))

    a = data.draw(ints(dtypes[0]))
    if name == "bitwise_count":
        differential(name, (a,))
        return
    b = data.draw(ints(dtypes[1]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        differential(name, (a, b))


# -- windows, gradient, bit packing, index helpers over drawn sizes ------------------
@settings(max_examples=6, deadline=None)
@given(name=st.sampled_from(["bartlett", "blackman", "hamming", "hanning"]), m=st.integers(-1, 12))
def test_windows(name: str, m: int) -> None:
    differential(name, (m,), atol=1e-12)


@settings(max_examples=6, deadline=None)
@given(m=st.integers(0, 10), beta=st.floats(0, 14))
def test_kaiser(m: int, beta: float) -> None:
    differential("kaiser", (m, beta), rtol=1e-8, atol=1e-12)


@settings(max_examples=8, deadline=None)
@given(
    shape=hnp.array_shapes(min_dims=1, max_dims=3, min_side=3, max_side=5),
    dtype=st.sampled_from(["float32", "float64", "int32"]),
    edge_order=st.sampled_from([1, 2]),
    data=st.data(),
)
def test_gradient(shape: tuple, dtype: str, edge_order: int, data) -> None:
    f = data.draw(hnp.arrays(real.dtype(dtype), shape, elements=st.integers(-50, 50)))
    axis = data.draw(st.sampled_from([None, -1]))
    differential("gradient", (f,), {"axis": axis, "edge_order": edge_order}, rtol=1e-5 if dtype == "float32" else None)


@settings(max_examples=8, deadline=None)
@given(
    a=hnp.arrays(real.uint8, hnp.array_shapes(min_dims=1, max_dims=2, max_side=4)),
    bitorder=st.sampled_from(["big", "little"]),
    data=st.data(),
)
def test_pack_unpack_bits(a, bitorder: str, data) -> None:
    axis = data.draw(st.sampled_from([None, 0, a.ndim - 1]))
    differential("unpackbits", (a,), {"axis": axis, "bitorder": bitorder})
    bits = real.unpackbits(a, axis=axis, bitorder=bitorder)
    differential("packbits", (bits,), {"axis": axis, "bitorder": bitorder})


@settings(max_examples=8, deadline=None)
@given(shape=hnp.array_shapes(min_dims=1, max_dims=3, max_side=4), data=st.data())
def test_ravel_unravel(shape: tuple, data) -> None:
    size = int(real.prod(shape))
    idx = data.draw(hnp.arrays(real.int64, st.integers(1, 5), elements=st.integers(0, max(size - 1, 0))))
    order = data.draw(st.sampled_from(["C", "F"]))
    if size:
        differential("unravel_index", (idx, shape), {"order": order})
        differential("ravel_multi_index", (real.unravel_index(idx, shape, order=order), shape), {"order": order})


@settings(max_examples=8, deadline=None)
@given(
    coefs=st.lists(st.integers(-4, 4), min_size=1, max_size=5),
    other=st.lists(st.floats(-4, 4).filter(lambda v: abs(v) > 0.1), min_size=1, max_size=3),
    x=hnp.arrays(real.float64, st.integers(1, 4), elements=st.floats(-2, 2)),
)
def test_legacy_polynomials(coefs: list, other: list, x) -> None:
    for path, args in [
        ("polyval", (coefs, x)),
        ("polyadd", (coefs, other)),
        ("polysub", (other, coefs)),
        ("polymul", (coefs, other)),
        ("polydiv", (coefs, other)),
        ("polyder", (coefs,)),
        ("polyint", (other,)),
        ("poly", (other,)),
    ]:
        differential(path, args, atol=1e-9)
    if any(coefs):
        ours = real.sort_complex(real.asarray(fnp.roots(coefs)))
        theirs = real.sort_complex(real.roots(coefs))
        real.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-6)


def test_poly1d() -> None:
    r, o = real.poly1d([1.0, -3.0, 2.0]), fnp.poly1d([1.0, -3.0, 2.0])
    q, oq = real.poly1d([2.0, 1.0]), fnp.poly1d([2.0, 1.0])
    x = real.array([0.5, 1.5, -2.0])
    assert_same(o(to_frontend(x)), r(x))
    for fn in (
        lambda p, s: (p + s).coeffs,
        lambda p, s: (p - 1).coeffs,
        lambda p, s: (3 - p).coeffs,
        lambda p, s: (p * s).coeffs,
        lambda p, s: (p**3).coeffs,
        lambda p, s: (p / 2).coeffs,
        lambda p, s: p.deriv().coeffs,
        lambda p, s: p.integ(k=1.0).coeffs,
        lambda p, s: real.sort(real.asarray(p.roots)),
        lambda p, s: p[1],
        lambda p, s: p.order,
        lambda p, s: len(p),
    ):
        assert_same(to_frontend(real.asarray(fn(o, oq))) if not isinstance(fn(r, q), int) else fn(o, oq), fn(r, q))
    quo, rem = o / oq
    rquo, rrem = r / q
    assert_same(quo.coeffs, rquo.coeffs)
    assert_same(rem.coeffs, rrem.coeffs)
    assert fnp.poly1d([0, 0, 1.0]).order == real.poly1d([0, 0, 1.0]).order
    assert_same(fnp.poly1d([1.0, 2.0], r=True).coeffs, real.poly1d([1.0, 2.0], r=True).coeffs)
    with pytest.raises(ValueError):
        fnp.poly1d([[1.0]])


# -- index helper objects ------------------------------------------------------------
def test_index_tricks() -> None:
    f32 = real.array([1.0, 2.0], dtype=real.float32)
    pairs = [
        (lambda m: m.r_[1, 2, 3], None),
        (lambda m: m.r_[0:5, 7.5], None),
        (lambda m: m.r_[0:1:5j], None),
        (lambda m: m.r_[m.asarray(f32), 3], None),
        (lambda m: m.r_["0,2", [1, 2], [3, 4]], None),
        (lambda m: m.r_["-1", m.ones((2, 2)), m.zeros((2, 1))], None),
        (lambda m: m.c_[m.asarray(real.array([1, 2, 3])), m.asarray(real.array([4, 5, 6]))], None),
        (lambda m: m.c_[1, 2], None),
        (lambda m: m.mgrid[0:3, 0:2], None),
        (lambda m: m.mgrid[-1:1:5j], None),
        (lambda m: m.mgrid[0:1:0.25, 0:2], None),
        (lambda m: m.ogrid[0:3, 0:4:2], None),
    ]
    for fn, _ in pairs:
        assert_same(fn(fnp), fn(real))
    assert fnp.s_[1:3, ::2] == real.s_[1:3, ::2]
    assert fnp.index_exp[2] == real.index_exp[2]
    assert list(fnp.ndindex(2, 3)) == list(real.ndindex(2, 3))
    assert list(fnp.ndindex((2, 1))) == list(real.ndindex((2, 1)))
    ours = [(i, v.item()) for i, v in fnp.ndenumerate(to_frontend(A[:2, :2]))]
    assert ours == [(i, v.item()) for i, v in real.ndenumerate(A[:2, :2])]
    b, rb = fnp.broadcast(to_frontend(V[:3]), to_frontend(A[:2, :1])), real.broadcast(V[:3], A[:2, :1])
    assert (b.shape, b.ndim, b.nd, b.size, b.numiter) == (rb.shape, rb.ndim, rb.nd, rb.size, rb.numiter)
    assert [tuple(x.item() for x in t) for t in b] == [tuple(x.item() for x in t) for t in rb]


@settings(max_examples=6, deadline=None)
@given(n=st.integers(2, 5), wrap=st.booleans(), tall=st.integers(0, 3), val=st.sampled_from([7, [1, 2], 2.5]))
def test_fill_diagonal(n: int, wrap: bool, tall: int, val) -> None:
    theirs = real.zeros((n + tall, n), dtype=real.int32)
    ours = fnp.asarray(theirs.copy())
    real.fill_diagonal(theirs, val, wrap=wrap)
    fnp.fill_diagonal(ours, val, wrap=wrap)
    assert_same(ours, theirs)
    cube, ocube = real.zeros((3, 3, 3)), fnp.zeros((3, 3, 3))
    real.fill_diagonal(cube, 5.0)
    fnp.fill_diagonal(ocube, 5.0)
    assert_same(ocube, cube)


def test_vectorize() -> None:
    def f(a, b):
        return a - b if a > b else a + b

    x, y = real.array([1, 4, 3], dtype=real.int32), real.array([[2], [1]], dtype=real.int32)
    assert_same(fnp.vectorize(f)(to_frontend(x), to_frontend(y)), real.vectorize(f)(x, y))
    assert_same(fnp.vectorize(f, otypes=[float])(to_frontend(x), 2), real.vectorize(f, otypes=[float])(x, 2))
    pair = fnp.vectorize(lambda a: (a * 2, a > 1))(to_frontend(x))
    assert_same(pair, real.vectorize(lambda a: (a * 2, a > 1))(x))
    f32 = real.array([0.5, 1.5], dtype=real.float32)
    assert_same(fnp.vectorize(lambda a: a * 3)(to_frontend(f32)), real.vectorize(lambda a: a * 3)(f32))
    with pytest.raises(ValueError):
        fnp.vectorize(f)(fnp.zeros((0,)), 1)


def test_dtype_tables_and_types() -> None:
    assert fnp.int_ is fnp.int64 and fnp.dtype(fnp.int_) == real.dtype(real.int_).name
    assert fnp.dtype(fnp.uint).name == real.dtype(real.uint).name
    assert fnp.little_endian == real.little_endian
    assert fnp.typecodes == real.typecodes
    assert fnp.str_("ab") == real.str_("ab") and isinstance(fnp.str_("a"), str)
    assert fnp.bytes_(b"x") == real.bytes_(b"x") and issubclass(fnp.str_, fnp.character)
    assert issubclass(fnp.character, fnp.flexible) and issubclass(fnp.flexible, fnp.generic)
    for name in ("float32", "int8", "complex128", "bool", "uint16"):
        assert fnp.sctypeDict[name].__name__ == real.sctypeDict[name].__name__
    assert {int, float, complex, bool, bytes, str}.issubset(set(fnp.ScalarType))
    assert [t.__name__ for t in fnp.ScalarType if t.__module__ == "numpy"] == []
    assert (
        fnp.common_type(fnp.ones(2, dtype=fnp.float16)).__name__
        == real.common_type(real.ones(2, real.float16)).__name__
    )


def test_error_settings_are_recorded() -> None:
    old = fnp.seterr(all="ignore")
    real_old = real.geterr()
    assert old == real_old
    assert fnp.geterr() == {"divide": "ignore", "over": "ignore", "under": "ignore", "invalid": "ignore"}
    fnp.seterr(**old)
    assert fnp.geterr() == real_old
    with pytest.raises(ValueError):
        fnp.seterr(divide="loud")
    assert fnp.seterrcall(print) is None and fnp.geterrcall() is print
    fnp.seterrcall(None)


def test_ndarray_extras(tmp_path) -> None:
    a = fnp.asarray(A)
    assert a.base is None and a.flags["C_CONTIGUOUS"] and a.flags.writeable and a.flags.owndata
    assert a.to_device("cpu") is a
    back = pickle.loads(a.dumps())
    assert_same(back, A)
    a.dump(tmp_path / "a.pkl")
    assert_same(pickle.loads((tmp_path / "a.pkl").read_bytes()), A)
    empty = pickle.loads(fnp.zeros((0, 3), dtype=fnp.int8).dumps())
    assert empty.shape == (0, 3) and empty.dtype == fnp.int8
    a.setflags(write=True)
    with pytest.raises(NotImplementedError):
        a.setflags(write=False)
    assert_same(fnp.astype(a, fnp.float32), real.astype(A, real.float32))
    with pytest.raises(TypeError):
        fnp.astype([1, 2], fnp.float32)
    assert_same(fnp.from_dlpack(A), real.from_dlpack(A))
    with pytest.warns(DeprecationWarning):
        assert_same(fnp.row_stack([fnp.asarray(V), fnp.asarray(V)]), real.vstack([V, V]))
