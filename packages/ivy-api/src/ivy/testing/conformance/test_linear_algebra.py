"""Linear algebra functions of the main namespace against the reference:
batched and broadcast shapes, vectors, empty dimensions, integer inputs
bounded so that no product overflows."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    conformance_test,
    derive,
    draw_dtype_pair,
    register,
    spec,
)
from ivy.testing.conformance._matrices import product_elements, tolerance_scale
from ivy.testing.conformance._strategies import Context, arrays, broadcastable_shapes, shapes


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(draw, ctx))

    return Case(s, draw_call, **options)


def _scale(call: Call) -> float:
    return tolerance_scale(*call.arrays())


def _matmul(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "numeric")
    n, k, m = (draw(st.integers(0, 4)) for _ in range(3))
    b1, b2 = draw(broadcastable_shapes(2, max_dims=2, max_side=3)).input_shapes
    form = draw(st.sampled_from(["matrices", "vector-matrix", "matrix-vector", "vectors"]))
    s1 = (k,) if form in ("vector-matrix", "vectors") else (*b1, n, k)
    s2 = (k,) if form in ("matrix-vector", "vectors") else (*b2, k, m)
    return {
        "x1": draw(arrays(d1, s1, product_elements(d1, k))),
        "x2": draw(arrays(d2, s2, product_elements(d2, k))),
    }


def _matrix_transpose(draw: Draw, ctx: Context) -> dict:
    return {"x": draw(arrays(draw(ctx.dtype()), shapes(min_dims=2, max_dims=4)))}


def _tensordot(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "numeric")
    free1 = draw(shapes(max_dims=2, max_size=8))
    free2 = draw(shapes(max_dims=2, max_size=8))
    contracted = draw(shapes(max_dims=2, max_size=8))
    terms = max(1, len(contracted) and math.prod(contracted))
    if draw(st.booleans()):
        axes: Any = draw(st.sampled_from([OMIT, len(contracted)])) if len(contracted) == 2 else len(contracted)
        s1, s2 = (*free1, *contracted), (*contracted, *free2)
    else:
        order1 = draw(st.permutations(range(len(free1) + len(contracted))))
        order2 = draw(st.permutations(range(len(free2) + len(contracted))))
        s1_list = [0] * len(order1)
        s2_list = [0] * len(order2)
        for position, size in zip(order1[: len(contracted)], contracted, strict=True):
            s1_list[position] = size
        for position, size in zip(order1[len(contracted) :], free1, strict=True):
            s1_list[position] = size
        for position, size in zip(order2[: len(contracted)], contracted, strict=True):
            s2_list[position] = size
        for position, size in zip(order2[len(contracted) :], free2, strict=True):
            s2_list[position] = size
        axes = (list(order1[: len(contracted)]), list(order2[: len(contracted)]))
        s1, s2 = tuple(s1_list), tuple(s2_list)
    return {
        "x1": draw(arrays(d1, s1, product_elements(d1, terms))),
        "x2": draw(arrays(d2, s2, product_elements(d2, terms))),
        "axes": axes,
    }


def _vecdot(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "numeric")
    s1, s2 = draw(broadcastable_shapes(2, min_dims=1, max_dims=3)).input_shapes
    ndim = min(len(s1), len(s2))
    axis = draw(st.integers(-ndim, -1))
    size = draw(st.integers(0, 4))
    s1, s2 = list(s1), list(s2)
    s1[axis] = s2[axis] = size
    return {
        "x1": draw(arrays(d1, tuple(s1), product_elements(d1, size))),
        "x2": draw(arrays(d2, tuple(s2), product_elements(d2, size))),
        "axis": draw(st.sampled_from([OMIT, -1])) if axis == -1 else axis,
    }


CASES = [
    register(_case("matmul", _matmul, tolerance="linalg", scale=_scale)),
    register(_case("matrix_transpose", _matrix_transpose, tolerance="exact")),
    register(_case("tensordot", _tensordot, tolerance="linalg", scale=_scale)),
    register(_case("vecdot", _vecdot, tolerance="linalg", scale=_scale)),
]

test_linear_algebra = conformance_test(CASES)
