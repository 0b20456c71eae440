"""Every ufunc of the frontend's table against NumPy: hypothesis over shapes, dtypes and edge values."""

from __future__ import annotations

import numpy as real
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from npf_helpers import assert_same, differential, fnp, to_frontend

from ivy_frontends.numpy._ufunc import ALIASES, TABLE

FLOATS = ["float32", "float64"]
INTS = ["int8", "int32", "int64", "uint8"]

# Input domain per ufunc, so that values stay where NumPy's and the backends' results are defined.
DOMAIN = {
    "arcsin": (-1, 1),
    "arccos": (-1, 1),
    "arctanh": (-0.99, 0.99),
    "arccosh": (1, 50),
    "log": (1e-3, 1e3),
    "log2": (1e-3, 1e3),
    "log10": (1e-3, 1e3),
    "log1p": (-0.9, 1e3),
    "sqrt": (0, 1e4),
    "reciprocal": (0.5, 100),
    "exp": (-20, 20),
    "exp2": (-20, 20),
    "expm1": (-20, 20),
    "sinh": (-20, 20),
    "cosh": (-20, 20),
    "tan": (-1.5, 1.5),
    "power": (0.5, 4),
    "float_power": (0.5, 4),
    "true_divide": (0.5, 100),
    "floor_divide": (0.5, 100),
    "remainder": (0.5, 100),
    "fmod": (0.5, 100),
    "divmod": (0.5, 100),
}
INTEGRAL = {"invert", "bitwise_and", "bitwise_or", "bitwise_xor", "left_shift", "right_shift"}
NO_INT = {"rint", "logical_not", "nextafter", "copysign", "heaviside", "fabs", "modf", "deg2rad", "rad2deg"}
UNARY = sorted(n for n, row in TABLE.items() if row[1] == 1)
BINARY = sorted(n for n, row in TABLE.items() if row[1] == 2)


def _arrays(dtype: str, lo: float, hi: float, shape: st.SearchStrategy) -> st.SearchStrategy:
    if real.dtype(dtype).kind == "f":
        kind = real.dtype(dtype).type
        lo, hi = float(kind(lo)), float(kind(hi))
        elements = st.floats(lo, hi, width=real.dtype(dtype).itemsize * 8, allow_subnormal=False)
    else:
        info = real.iinfo(dtype)
        low = max(int(lo), info.min, 0 if dtype.startswith("u") else -100)
        elements = st.integers(low, min(int(hi), info.max, 100))
    return hnp.arrays(dtype, shape, elements=elements)


def _dtypes_for(name: str) -> list[str]:
    if name in INTEGRAL:
        return ["int8", "int64", "uint8", "bool"]
    if name in NO_INT or (name in DOMAIN and DOMAIN[name][0] > 0 and name not in ("power", "float_power")):
        return FLOATS
    return FLOATS + INTS


@pytest.mark.parametrize("name", UNARY)
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_unary(name: str, data: st.DataObject) -> None:
    dtype = data.draw(st.sampled_from(_dtypes_for(name)), label="dtype")
    lo, hi = DOMAIN.get(name, (-100, 100))
    shape = hnp.array_shapes(min_dims=0, max_dims=3, max_side=4)
    x = data.draw(_arrays(dtype, lo, hi, shape) if dtype != "bool" else hnp.arrays("bool", shape), label="x")
    differential(name, (x,))


@pytest.mark.parametrize("name", BINARY)
@settings(max_examples=12, deadline=None)
@given(data=st.data())
def test_binary(name: str, data: st.DataObject) -> None:
    dtypes = _dtypes_for(name)
    d1 = data.draw(st.sampled_from(dtypes), label="d1")
    d2 = data.draw(st.sampled_from(dtypes), label="d2")
    lo, hi = DOMAIN.get(name, (-100, 100))
    if name in ("left_shift", "right_shift"):
        lo, hi = 0, 6
    shape = data.draw(hnp.mutually_broadcastable_shapes(num_shapes=2, max_dims=3, max_side=4), label="shapes")
    s1, s2 = shape.input_shapes

    def draw(d: str, s: tuple) -> real.ndarray:
        return data.draw(_arrays(d, lo, hi, st.just(s)) if d != "bool" else hnp.arrays("bool", s))

    x, y = draw(d1, s1), draw(d2, s2)
    if name == "power" and real.dtype(d2).kind in "iu":
        y = real.abs(y) % 4
    differential(name, (x, y))


@pytest.mark.parametrize("name", ["add", "multiply", "subtract", "maximum", "less", "true_divide", "arctan2"])
@pytest.mark.parametrize("scalar", [2, 2.5, True])
def test_weak_python_scalars(name: str, scalar: object) -> None:
    """NEP 50: a Python scalar does not widen an array's dtype."""
    for dtype in ("int8", "uint8", "float32", "float64"):
        x = real.arange(1, 5, dtype=dtype)
        if isinstance(scalar, float) and dtype.startswith(("int", "uint")) and name == "less":
            continue
        differential(name, (x, scalar))
        differential(name, (scalar, x))


@pytest.mark.parametrize("alias", sorted(ALIASES))
def test_aliases_are_the_same_ufunc(alias: str) -> None:
    assert getattr(fnp, alias) is getattr(fnp, ALIASES[alias])
    if hasattr(real, alias):
        assert getattr(real, alias).nin == getattr(fnp, alias).nin


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "subtract", "logaddexp", "sqrt", "less"])
def test_out_where_dtype(name: str, rng: real.random.Generator) -> None:
    """``out=`` keeps the untouched entries where ``where`` is false; ``dtype=`` picks the loop."""
    nin = getattr(real, name).nin
    args = [rng.uniform(0.1, 3, size=(3, 4)) for _ in range(nin)]
    mask = rng.uniform(size=(3, 4)) > 0.5
    out_dtype = "bool" if name == "less" else "float64"
    base = rng.uniform(size=(3, 4)).astype(out_dtype)
    theirs = base.copy()
    getattr(real, name)(*args, out=theirs, where=mask)
    ours = fnp.asarray(base.copy())
    returned = getattr(fnp, name)(*to_frontend(tuple(args)), out=ours, where=to_frontend(mask))
    assert returned is ours
    assert_same(ours, theirs)
    if name != "less":
        differential(name, tuple(args), {"dtype": real.float32})


def test_out_refuses_unsafe_cast() -> None:
    out = fnp.zeros(3, dtype=fnp.int64)
    with pytest.raises(TypeError, match=r"numpy\.add"):
        fnp.add(fnp.ones(3), 1.5, out=out)
    with pytest.raises(TypeError):
        real.add(real.ones(3), 1.5, out=real.zeros(3, dtype=real.int64))


REDUCIBLE = ["add", "multiply", "maximum", "minimum", "logical_and", "logical_or", "subtract", "hypot"]


@pytest.mark.parametrize("name", REDUCIBLE)
@pytest.mark.parametrize("axis", [0, 1, None, -1])
def test_reduce(name: str, axis: int | None, rng: real.random.Generator) -> None:
    x = rng.uniform(0.5, 2.0, size=(3, 4))
    if name.startswith("logical"):
        x = x > 1.0
    if axis is None and name in ("subtract", "hypot"):
        pytest.skip("NumPy: reduction over all axes needs a reorderable ufunc")
    differential(f"{name}.reduce", (x,), {"axis": axis})
    differential(f"{name}.reduce", (x,), {"axis": axis, "keepdims": True})


@pytest.mark.parametrize("name", ["add", "multiply", "maximum", "subtract"])
def test_accumulate_and_outer(name: str, rng: real.random.Generator) -> None:
    x = rng.uniform(0.5, 2.0, size=(3, 4))
    differential(f"{name}.accumulate", (x,), {"axis": 1})
    differential(f"{name}.accumulate", (x,))
    differential(f"{name}.outer", (x[0], x[1, :3]))


def test_reduce_where_and_initial(rng: real.random.Generator) -> None:
    x = rng.uniform(size=(3, 4))
    mask = x > 0.3
    differential("add.reduce", (x,), {"axis": 1, "where": mask})
    differential("add.reduce", (x,), {"axis": 0, "initial": 5.0})


def test_add_at() -> None:
    theirs = real.zeros(5)
    real.add.at(theirs, real.array([0, 1, 1, 4]), real.array([1.0, 2.0, 3.0, 4.0]))
    ours = fnp.zeros(5)
    fnp.add.at(ours, fnp.array([0, 1, 1, 4]), fnp.array([1.0, 2.0, 3.0, 4.0]))
    assert_same(ours, theirs)


def test_ufunc_attributes() -> None:
    for name in TABLE:
        assert repr(getattr(fnp, name)) == repr(getattr(real, name))
        assert getattr(fnp, name).nin == getattr(real, name).nin
        assert getattr(fnp, name).nout == getattr(real, name).nout


def test_bad_input_names_the_function() -> None:
    with pytest.raises(TypeError, match=r"numpy\.add"):
        fnp.add("a", fnp.ones(2))
    with pytest.raises(TypeError, match=r"numpy\.bitwise_and"):
        fnp.bitwise_and(fnp.ones(2), fnp.ones(2))
