"""Creation functions against the reference: shapes (0-d and empty included),
every dtype and the default ones (``dtype=None``), fill values at the edges
of each dtype, and DLPack round trips.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    conformance_test,
    context,
    covers,
    derive,
    hypothesis_settings,
    register,
    spec,
)
from ivy.testing.conformance._reference import Comparison, assert_array_matches, ivy_to_numpy, quiet, xps
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    DTypeRef,
    arrays,
    int_bounds,
    kind_of,
    scalar,
    shapes,
)

#: The dtype a Python scalar (or a list of them) gets when no dtype is given.
DEFAULT_FOR = {bool: "bool", int: "int64", float: "float64", complex: "complex128"}


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(draw, ctx))

    return Case(s, draw_call, **options)


def _dtype_or_default(draw: Draw, ctx: Context, names: list[str] | None = None) -> Any:
    """``dtype=``: omitted, None, or one of ``names`` (default: every supported dtype)."""
    choice = draw(st.sampled_from([OMIT, None, *(names if names is not None else ctx.dtypes())]))
    return DTypeRef(choice) if isinstance(choice, str) else choice


def _shape_argument(draw: Draw) -> Any:
    shape = draw(shapes())
    if len(shape) == 1 and draw(st.booleans()):
        return shape[0]  # an int is a 1-d shape
    return shape


def _nested(data: ArrayData) -> Any:
    """The values as nested Python lists (a scalar for 0-d)."""
    if not data.shape:
        return data.values[0]
    values = list(data.values)
    for dim in reversed(data.shape[1:]):
        values = [values[i : i + dim] for i in range(0, len(values), dim)] if dim else [[] for _ in range(len(values))]
    return values


# -------------------------------------------------------------------- per function


def _arange(draw: Draw, ctx: Context) -> dict:
    if draw(st.booleans()):
        start, stop = draw(st.integers(-12, 12)), draw(st.sampled_from([OMIT, None, *range(-12, 13)]))
        step = draw(st.sampled_from([OMIT, 1, 2, 3, -1, -2, 5]))
        low, high = (0, start) if stop in (OMIT, None) else (start, stop)
        produced = list(range(low, high, 1 if step is OMIT else step))
        fits = [
            d for d in ctx.dtypes("integral")
            if all(int_bounds(d)[0] <= v <= int_bounds(d)[1] for v in [*produced, low, high])
        ]  # fmt: skip
        dtype = _dtype_or_default(draw, ctx, fits)
    else:
        quarter = st.integers(-40, 40).map(lambda v: v / 4)
        start, stop = draw(quarter), draw(st.one_of(st.just(OMIT), quarter))
        step = draw(st.sampled_from([OMIT, 0.25, 0.5, 1.5, -0.25, -1.0, 2]))
        dtype = _dtype_or_default(draw, ctx, ctx.dtypes("real floating"))
    return {"start": start, "stop": stop, "step": step, "dtype": dtype}


def _asarray(draw: Draw, ctx: Context) -> dict:
    dtype = draw(ctx.dtype())
    data = draw(arrays(dtype, shapes(max_size=24)))
    form = draw(st.sampled_from(["nested", "array"]))
    obj: Any = _nested(data) if form == "nested" else data
    default = DEFAULT_FOR[type(data.values[0])] if data.values else None
    fits_default = (
        default is not None
        and default in ctx.dtypes()
        and (
            kind_of(dtype) not in "iu"
            or all(int_bounds("int64")[0] <= v <= int_bounds("int64")[1] for v in data.values)
        )
    )
    given_dtype = draw(st.sampled_from([OMIT, None] if (fits_default or form == "array") else [DTypeRef(dtype)]))
    if given_dtype is OMIT and draw(st.booleans()):
        given_dtype = DTypeRef(dtype)
    if form == "nested" and kind_of(dtype) == "f" and given_dtype in (OMIT, None) and dtype != "float64":
        given_dtype = DTypeRef(dtype)  # a list of floats is float64 by default
    if form == "nested" and kind_of(dtype) == "c" and given_dtype in (OMIT, None) and dtype != "complex128":
        given_dtype = DTypeRef(dtype)
    if form == "nested" and kind_of(dtype) in "iu" and given_dtype in (OMIT, None) and dtype != "int64":
        given_dtype = DTypeRef(dtype)
    return {"obj": obj, "dtype": given_dtype, "copy": draw(st.sampled_from([OMIT, None, True]))}


def _filled(draw: Draw, ctx: Context) -> dict:
    return {"shape": _shape_argument(draw), "dtype": _dtype_or_default(draw, ctx)}


def _like(draw: Draw, ctx: Context) -> dict:
    return {"x": draw(arrays(draw(ctx.dtype()), shapes())), "dtype": _dtype_or_default(draw, ctx)}


def _eye(draw: Draw, ctx: Context) -> dict:
    return {
        "n_rows": draw(st.integers(0, 5)),
        "n_cols": draw(st.sampled_from([OMIT, None, 0, 1, 2, 3, 4, 5])),
        "k": draw(st.sampled_from([OMIT, *range(-6, 7)])),
        "dtype": _dtype_or_default(draw, ctx),
    }


def _full(draw: Draw, ctx: Context) -> dict:
    dtype = draw(ctx.dtype())
    fill = draw(scalar(dtype))
    default = DEFAULT_FOR[type(fill)]
    in_default = default in ctx.dtypes() and (
        not isinstance(fill, int) or isinstance(fill, bool) or int_bounds(default)[0] <= fill <= int_bounds(default)[1]
    )
    given_dtype = draw(st.sampled_from([DTypeRef(dtype), None, OMIT] if in_default else [DTypeRef(dtype)]))
    return {"shape": _shape_argument(draw), "fill_value": fill, "dtype": given_dtype}


def _full_like(draw: Draw, ctx: Context) -> dict:
    x = draw(arrays(draw(ctx.dtype()), shapes()))
    target = draw(st.sampled_from([x.dtype] + [d for d in ctx.dtypes() if kind_of(d) == kind_of(x.dtype)]))
    fill = draw(scalar(target))
    return {"x": x, "fill_value": fill, "dtype": DTypeRef(target) if target != x.dtype or draw(st.booleans()) else OMIT}


def _linspace(draw: Draw, ctx: Context) -> dict:
    if draw(st.integers(0, 4)) == 0 and ctx.dtypes("complex floating"):
        part = st.integers(-20, 20).map(lambda v: v / 4)
        start, stop = draw(st.builds(complex, part, part)), draw(st.builds(complex, part, part))
        dtype = _dtype_or_default(draw, ctx, ctx.dtypes("complex floating"))
    else:
        value = st.one_of(st.integers(-10, 10), st.floats(-100, 100, width=32))
        start, stop = draw(value), draw(value)
        dtype = _dtype_or_default(draw, ctx, ctx.dtypes("real floating"))
    return {"start": start, "stop": stop, "num": draw(st.integers(0, 9)), "dtype": dtype}


def _linspace_scale(call: Call) -> float:
    return abs(call.value("start")) + abs(call.value("stop"))


def _meshgrid(draw: Draw, ctx: Context) -> dict:
    dtype = draw(ctx.dtype())
    count = draw(st.integers(0, 3))
    return {"arrays": [draw(arrays(dtype, shapes(min_dims=1, max_dims=1))) for _ in range(count)]}


def _triangle(draw: Draw, ctx: Context) -> dict:
    x = draw(arrays(draw(ctx.dtype()), shapes(min_dims=2)))
    return {"x": x, "k": draw(st.sampled_from([OMIT, *range(-4, 5)]))}


CASES = [
    register(_case("arange", _arange)),
    register(_case("asarray", _asarray, tolerance="exact")),
    register(_case("empty", _filled, values=False)),
    register(_case("empty_like", _like, values=False)),
    register(_case("eye", _eye, tolerance="exact")),
    register(_case("full", _full, tolerance="exact")),
    register(_case("full_like", _full_like, tolerance="exact")),
    register(_case("linspace", _linspace, tolerance="reduction", scale=_linspace_scale)),
    register(_case("meshgrid", _meshgrid, tolerance="exact")),
    register(_case("ones", _filled, tolerance="exact")),
    register(_case("ones_like", _like, tolerance="exact")),
    register(_case("tril", _triangle, tolerance="exact")),
    register(_case("triu", _triangle, tolerance="exact")),
    register(_case("zeros", _filled, tolerance="exact")),
    register(_case("zeros_like", _like, tolerance="exact")),
]

test_creation = conformance_test(CASES)


@covers("from_dlpack")
@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_from_dlpack(ivy_backend: str, data: Any) -> None:
    """``from_dlpack`` of an ivy array (and, with ``copy=True``, a copy of it) keeps dtype, shape and values."""
    ctx = context(ivy_backend)
    source = data.draw(arrays(data.draw(ctx.dtype()), shapes()))
    copy = data.draw(st.sampled_from([None, True]))
    with quiet():
        x = source.build(ivy)
        result = ivy.from_dlpack(x) if copy is None else ivy.from_dlpack(x, copy=copy)
        expected = source.build(xps)
    assert_array_matches(result, expected, Comparison(tolerance="exact"), f"ivy.from_dlpack({source!r}, copy={copy})")
    if copy:
        assert np.array_equal(ivy_to_numpy(result), ivy_to_numpy(x), equal_nan=kind_of(source.dtype) in "fc")
