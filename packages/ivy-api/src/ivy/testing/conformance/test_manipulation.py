"""Manipulation functions against the reference: any dtype, 0-d and empty
arrays, and valid axes, shapes, shifts and permutations drawn per function.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    axes_tuples,
    conformance_test,
    derive,
    draw_dtype_pair,
    register,
    spec,
)
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    arrays,
    broadcastable_shapes,
    shapes,
)


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    """A case whose argument values come from ``draw_values(draw, ctx)``."""
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(draw, ctx))

    return Case(s, draw_call, tolerance="exact", **options)


def _any_array(draw: Draw, ctx: Context, **shape_options: Any) -> ArrayData:
    return draw(arrays(draw(ctx.dtype()), shapes(**shape_options)))


def _axis(draw: Draw, ndim: int, extra: int = 0) -> int:
    """An axis of an ``ndim + extra``-dimensional result, maybe negative."""
    n = ndim + extra
    return draw(st.integers(-n, n - 1))


# -------------------------------------------------------------------- per function


def _broadcast_arrays(draw: Draw, ctx: Context) -> dict:
    count = draw(st.integers(1, 3))
    shape_list = draw(broadcastable_shapes(count)).input_shapes
    return {"arrays": [draw(arrays(draw(ctx.dtype()), s)) for s in shape_list]}


def _broadcast_shapes(draw: Draw, ctx: Context) -> dict:
    count = draw(st.integers(1, 3))
    return {"shapes": list(draw(broadcastable_shapes(count)).input_shapes)}


def _check_shape_tuple(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    assert isinstance(actual, tuple), f"{call}: expected a tuple, got {type(actual).__name__}"
    assert tuple(actual) == tuple(expected), f"{call}: {actual}, expected {tuple(expected)}"


def _broadcast_to(draw: Draw, ctx: Context) -> dict:
    pair = draw(broadcastable_shapes(2))
    x = draw(arrays(draw(ctx.dtype()), pair.input_shapes[0]))
    return {"x": x, "shape": tuple(pair.result_shape)}


def _joined(draw: Draw, ctx: Context, *, new_axis: bool) -> tuple[list[ArrayData], Any]:
    """Arrays to concat (shapes equal but along ``axis``) or stack (equal shapes)."""
    count = draw(st.integers(1, 3))
    d1, d2 = draw_dtype_pair(draw, ctx, None)
    base = list(draw(shapes(min_dims=0 if new_axis else 1, max_size=24)))
    ndim = len(base)
    if new_axis:
        axis = draw(st.sampled_from([OMIT, _axis(draw, ndim, 1)]))
        shape_list = [tuple(base)] * count
    else:
        axis = draw(st.sampled_from([OMIT, None, _axis(draw, ndim)]))
        along = 0 if axis is OMIT else axis
        shape_list = []
        for _ in range(count):
            shape = list(base)
            if along is not None:
                shape[along] = draw(st.integers(0, 3))
            else:
                shape = list(draw(shapes(max_size=24)))
            shape_list.append(tuple(shape))
    dtypes = [draw(st.sampled_from([d1, d2])) for _ in range(count)]
    return [draw(arrays(d, s)) for d, s in zip(dtypes, shape_list, strict=True)], axis


def _concat(draw: Draw, ctx: Context) -> dict:
    items, axis = _joined(draw, ctx, new_axis=False)
    return {"arrays": draw(st.sampled_from([items, tuple(items)])), "axis": axis}


def _stack(draw: Draw, ctx: Context) -> dict:
    items, axis = _joined(draw, ctx, new_axis=True)
    return {"arrays": draw(st.sampled_from([items, tuple(items)])), "axis": axis}


def _expand_dims(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx, max_dims=3)
    if draw(st.booleans()):
        return {"x": x, "axis": _axis(draw, x.ndim, 1)}
    count = draw(st.integers(1, 2))
    n = x.ndim + count
    positions = draw(st.lists(st.integers(0, n - 1), min_size=count, max_size=count, unique=True))
    signs = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    return {"x": x, "axis": tuple(p - n if neg else p for p, neg in zip(positions, signs, strict=True))}


def _flip(draw: Draw, ctx: Context) -> dict:
    return {"x": _any_array(draw, ctx)}  # ``axis`` is derived from its annotation


def _moveaxis(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx, min_dims=1)
    if draw(st.booleans()):
        return {"x": x, "source": _axis(draw, x.ndim), "destination": _axis(draw, x.ndim)}
    source = draw(axes_tuples(x.ndim, min_size=1))
    destination = draw(axes_tuples(x.ndim, min_size=len(source), max_size=len(source)))
    return {"x": x, "source": source, "destination": destination}


def _permute_dims(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx)
    return {"x": x, "axes": tuple(draw(st.permutations(range(x.ndim))))}


def _repeat(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx, max_size=24)
    axis = draw(st.sampled_from([OMIT, None] + ([_axis(draw, x.ndim)] if x.ndim else [])))
    length = x.size if axis in (None, OMIT) else x.shape[axis]
    if draw(st.booleans()):
        repeats: Any = draw(st.integers(0, 3))
    else:
        repeats = draw(arrays(ctx.index_dtype, (length,), st.integers(0, 3)))
    return {"x": x, "repeats": repeats, "axis": axis}


def _reshape(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx)
    shape = _factorization(draw, x.size)
    if shape and draw(st.booleans()) and x.size:
        index = draw(st.integers(0, len(shape) - 1))
        shape[index] = -1
    return {"x": x, "shape": tuple(shape), "copy": draw(st.sampled_from([OMIT, None, True]))}


def _factorization(draw: Draw, size: int) -> list[int]:
    """A shape holding ``size`` elements (ones and zeros sprinkled in)."""
    if size == 0:
        dims = draw(st.lists(st.integers(0, 3), min_size=1, max_size=3))
        return dims if 0 in dims else [*dims, 0]
    factors = []
    n = size
    p = 2
    while n > 1:
        while n % p == 0:
            factors.append(p)
            n //= p
        p += 1
    dims: list[int] = []
    for f in draw(st.permutations(factors)):
        if dims and draw(st.booleans()):
            dims[-1] *= f
        else:
            dims.append(f)
    ones = draw(st.integers(0, 1))
    for _ in range(ones):
        dims.insert(draw(st.integers(0, len(dims))), 1)
    return dims


def _roll(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx)
    if x.ndim and draw(st.booleans()):
        axes = draw(axes_tuples(x.ndim, min_size=1))
        if draw(st.booleans()) and len(axes) == 1:
            return {"x": x, "shift": draw(st.integers(-6, 6)), "axis": axes[0]}
        shift = tuple(draw(st.lists(st.integers(-6, 6), min_size=len(axes), max_size=len(axes))))
        return {"x": x, "shift": shift, "axis": axes}
    return {"x": x, "shift": draw(st.integers(-6, 6)), "axis": draw(st.sampled_from([OMIT, None]))}


def _squeeze(draw: Draw, ctx: Context) -> dict:
    shape = list(draw(shapes(min_dims=0, max_size=24)))
    ones = draw(st.lists(st.integers(0, len(shape)), min_size=1, max_size=2))
    for position in sorted(ones, reverse=True):
        shape.insert(position, 1)
    x = draw(arrays(draw(ctx.dtype()), tuple(shape)))
    singleton = [i for i, d in enumerate(shape) if d == 1]
    chosen = draw(st.lists(st.sampled_from(singleton), min_size=1, max_size=len(singleton), unique=True))
    chosen = [c - len(shape) if draw(st.booleans()) else c for c in chosen]
    axis: Any = chosen[0] if len(chosen) == 1 and draw(st.booleans()) else tuple(chosen)
    return {"x": x, "axis": axis}


def _tile(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx, max_size=12)
    count = draw(st.integers(0, x.ndim + 1))
    return {"x": x, "repetitions": tuple(draw(st.lists(st.integers(0, 3), min_size=count, max_size=count)))}


def _unstack(draw: Draw, ctx: Context) -> dict:
    x = _any_array(draw, ctx, min_dims=1)
    return {"x": x, "axis": draw(st.sampled_from([OMIT, _axis(draw, x.ndim)]))}


CASES = [
    register(_case("broadcast_arrays", _broadcast_arrays)),
    register(_case("broadcast_shapes", _broadcast_shapes, check=_check_shape_tuple)),
    register(_case("broadcast_to", _broadcast_to)),
    register(_case("concat", _concat)),
    register(_case("expand_dims", _expand_dims)),
    register(_case("flip", _flip)),
    register(_case("moveaxis", _moveaxis)),
    register(_case("permute_dims", _permute_dims)),
    register(_case("repeat", _repeat)),
    register(_case("reshape", _reshape)),
    register(_case("roll", _roll)),
    register(_case("squeeze", _squeeze)),
    register(_case("stack", _stack)),
    register(_case("tile", _tile)),
    register(_case("unstack", _unstack)),
]

test_manipulation = conformance_test(CASES)
