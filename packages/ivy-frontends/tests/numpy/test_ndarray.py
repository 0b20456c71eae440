"""``ndarray`` against NumPy's: methods (a table), operators, attributes, indexing and assignment."""

from __future__ import annotations

import operator

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from npf_helpers import assert_same, fnp, to_frontend

R = real.random.default_rng(3)
A = R.uniform(-3, 3, size=(3, 4))
INTS_ = R.integers(-5, 6, size=(3, 4))

# (method, args, kwargs, input)
METHODS = [
    ("sum", (), {"axis": 1}, A),
    ("mean", (), {}, A),
    ("std", (), {"ddof": 1}, A),
    ("var", (), {"axis": 0}, A),
    ("min", (), {"axis": 0}, A),
    ("max", (), {}, INTS_),
    ("argmin", (), {"axis": 1}, A),
    ("argmax", (), {}, A),
    ("cumsum", (), {"axis": 0}, INTS_),
    ("cumprod", (), {}, A),
    ("prod", (), {"axis": 1}, INTS_),
    ("any", (), {}, INTS_),
    ("all", (), {"axis": 0}, INTS_),
    ("reshape", (2, 6), {}, A),
    ("reshape", ((4, 3),), {}, A),
    ("reshape", (-1,), {}, A),
    ("transpose", (), {}, A),
    ("transpose", (1, 0), {}, A),
    ("flatten", (), {}, A),
    ("ravel", (), {}, A),
    ("squeeze", (), {}, A[:1]),
    ("astype", (real.int32,), {}, A),
    ("astype", ("float32",), {}, INTS_),
    ("copy", (), {}, A),
    ("clip", (-1, 1), {}, A),
    ("round", (1,), {}, A),
    ("dot", (A.T,), {}, A),
    ("sort", (), {}, A),
    ("argsort", (), {"axis": 0}, A),
    ("nonzero", (), {}, INTS_),
    ("repeat", (2,), {"axis": 1}, A),
    ("take", ([0, 3],), {"axis": 1}, A),
    ("swapaxes", (0, 1), {}, A),
    ("diagonal", (), {}, A),
    ("trace", (), {}, A),
    ("conj", (), {}, A + 1j),
    ("searchsorted", (0.0,), {}, real.sort(A[0])),
    ("compress", ([1, 0, 1],), {"axis": 0}, A),
    ("partition", (2,), {}, A),
    ("tolist", (), {}, A),
    ("item", (3,), {}, A),
    ("item", (1, 2), {}, A),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "x"), METHODS, ids=[f"{m[0]}-{i}" for i, m in enumerate(METHODS)])
def test_methods(name: str, args: tuple, kwargs: dict, x: real.ndarray) -> None:
    theirs = x.copy()
    result = getattr(theirs, name)(*args, **kwargs)
    ours_x = fnp.asarray(x.copy())
    ours = getattr(ours_x, name)(*to_frontend(args), **to_frontend(kwargs))
    if name == "sort":  # in place
        assert ours is None and result is None
        ours, result = ours_x, theirs
    if name in ("tolist", "item"):
        assert ours == result
        return
    if name == "partition":
        assert_same(ours_x if ours is None else ours, real.sort(x))
        return
    assert_same(ours, result)


def test_fill_and_itemsize() -> None:
    x = fnp.zeros((2, 3), dtype=fnp.int32)
    x.fill(7)
    assert x.tolist() == [[7] * 3] * 2
    assert (x.itemsize, x.nbytes, x.size, x.ndim) == (4, 24, 6, 2)
    assert x.dtype == fnp.int32 and x.dtype == "int32" and x.dtype == real.dtype("int32")
    assert fnp.asarray(A).T.shape == A.T.shape


BINARY_OPS = [
    operator.add,
    operator.sub,
    operator.mul,
    operator.truediv,
    operator.floordiv,
    operator.mod,
    operator.pow,
    operator.lt,
    operator.le,
    operator.gt,
    operator.ge,
    operator.eq,
    operator.ne,
]


@pytest.mark.parametrize("op", BINARY_OPS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("other", [2, 1.5, "array", "int_array"])
def test_operators_and_reflected(op: object, other: object) -> None:
    x = R.uniform(0.5, 2, size=(3, 4))
    y = {"array": R.uniform(0.5, 2, size=(4,)), "int_array": R.integers(1, 4, size=(3, 1))}.get(other, other)
    assert_same(op(fnp.asarray(x), to_frontend(y)), op(x, y))
    assert_same(op(to_frontend(y), fnp.asarray(x)), op(y, x))


@pytest.mark.parametrize("op", [operator.and_, operator.or_, operator.xor, operator.lshift, operator.rshift])
def test_bitwise_operators(op: object) -> None:
    x, y = R.integers(0, 8, size=(5,)), R.integers(0, 3, size=(5,))
    assert_same(op(fnp.asarray(x), fnp.asarray(y)), op(x, y))
    assert_same(op(fnp.asarray(x), 2), op(x, 2))


def test_unary_operators() -> None:
    for op in (operator.neg, operator.pos, abs):
        assert_same(op(fnp.asarray(A)), op(A))
    assert_same(~fnp.asarray(INTS_), ~INTS_)
    assert_same(fnp.asarray(A) @ fnp.asarray(A.T), A @ A.T)


@pytest.mark.parametrize("op", ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow"])
def test_inplace(op: str) -> None:
    theirs = R.uniform(1, 2, size=(3, 4))
    ours = fnp.asarray(theirs.copy())
    before = ours
    getattr(operator, op)(theirs, 2.0)
    ours = getattr(operator, op)(ours, 2.0)
    assert ours is before
    assert_same(ours, theirs)


def test_inplace_refuses_float_into_int() -> None:
    x = fnp.arange(3)
    with pytest.raises(TypeError):
        x += 1.5
    with pytest.raises(TypeError):
        y = real.arange(3)
        y += 1.5


@st.composite
def index_keys(draw: st.DrawFn, shape: tuple) -> object:
    """Basic, integer-array, boolean and mixed NumPy indices valid for ``shape``."""
    kind = draw(st.sampled_from(["basic", "fancy", "mask", "mixed", "fancy2"]))
    if kind == "basic":
        return draw(hnp.basic_indices(shape, allow_newaxis=True, allow_ellipsis=True))
    if kind == "mask":
        return draw(hnp.arrays(bool, shape[:1]))
    idx = draw(
        hnp.arrays(
            real.int64,
            draw(hnp.array_shapes(min_dims=1, max_dims=2, max_side=3)),
            elements=st.integers(-shape[0], shape[0] - 1),
        )
    )
    if kind == "fancy":
        return idx
    idx2 = draw(hnp.arrays(real.int64, idx.shape, elements=st.integers(-shape[1], shape[1] - 1)))
    if kind == "fancy2":
        return (idx, idx2)
    return (slice(None, None, draw(st.sampled_from([1, -1, 2]))), idx2)


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_getitem(data: st.DataObject) -> None:
    x = data.draw(hnp.arrays(real.float64, (4, 3), elements=st.floats(-9, 9)))
    key = data.draw(index_keys((4, 3)))
    assert_same(fnp.asarray(x)[to_frontend(key)], real.asarray(x[key]))


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_setitem(data: st.DataObject) -> None:
    x = data.draw(hnp.arrays(real.float64, (4, 3), elements=st.floats(-9, 9)))
    key = data.draw(index_keys((4, 3)))
    selected = x[key].shape
    value = data.draw(st.one_of(st.floats(-9, 9), hnp.arrays(real.float64, selected, elements=st.floats(-9, 9))))
    fancy = isinstance(key, real.ndarray) or (isinstance(key, tuple) and any(isinstance(k, real.ndarray) for k in key))
    if fancy and isinstance(value, real.ndarray):
        value = float(value.mean()) if value.size else 0.0  # repeated indices: which write wins is unspecified
    theirs = x.copy()
    theirs[key] = value
    ours = fnp.asarray(x.copy())
    ours[to_frontend(key)] = to_frontend(value)
    assert_same(ours, theirs)


def test_setitem_casts_like_numpy() -> None:
    theirs = real.arange(5)
    theirs[[0, 2]] = 7.9
    theirs[theirs > 3] = -1
    ours = fnp.arange(5)
    ours[[0, 2]] = 7.9
    ours[ours > 3] = -1
    assert_same(ours, theirs)


def test_index_errors() -> None:
    with pytest.raises(IndexError):
        fnp.arange(3)[5]
    with pytest.raises(ValueError, match=r"ambiguous"):
        bool(fnp.arange(3))
    with pytest.raises(ValueError, match=r"numpy\.reshape"):
        fnp.arange(6).reshape(4, 2)
    with pytest.raises(ValueError, match=r"numpy\.concatenate"):
        fnp.concatenate([fnp.ones((2, 2)), fnp.ones(2)])
    with pytest.raises(TypeError, match=r"numpy\.zeros"):
        fnp.zeros("a")
    with pytest.raises(fnp.AxisError, match=r"numpy\.sum"):
        fnp.sum(fnp.ones((2, 2)), axis=3)
