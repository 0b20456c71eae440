"""Searching, sorting, set and indexing functions against the reference.

Where the standard leaves an order open (ties of an unstable sort, the order
of unique values, the position of NaN and of signed zeros), results are
checked by their defining properties instead of element by element.
"""

from __future__ import annotations

from typing import Any

import numpy as np
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
from ivy.testing.conformance._reference import (
    Comparison,
    assert_values_close,
    ivy_to_numpy,
    reference_dtype_name,
    reference_to_numpy,
)
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    arrays,
    broadcastable_shapes,
    default_elements,
    integers,
    kind_of,
    scalar,
    shapes,
)


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(draw, ctx))

    return Case(s, draw_call, tolerance="exact", **options)


def _no_nan(dtype: str) -> st.SearchStrategy:
    return default_elements(dtype, nan=False)


def _few_values(dtype: str) -> st.SearchStrategy:
    """Values from a small pool, so that ties and duplicates are common."""
    kind = kind_of(dtype)
    if kind == "b":
        return st.booleans()
    if kind in "iu":
        return st.one_of(integers(dtype, -2, 3), integers(dtype))
    if kind == "f":
        return st.sampled_from([0.0, -0.0, 1.0, -1.0, 2.5, float("inf"), float("-inf"), float("nan")])
    return st.sampled_from([0j, 1 + 0j, complex(0, 1), complex(2.5, -1), complex(float("nan"), 0)])


def _assert_meta(call: Call, actual: Any, expected: Any, label: str) -> None:
    want = reference_dtype_name(expected.dtype)
    assert actual.dtype.name == want, f"{call}: {label} has dtype {actual.dtype.name}, expected {want}"
    assert tuple(actual.shape) == tuple(expected.shape), (
        f"{call}: {label} has shape {tuple(actual.shape)}, expected {tuple(expected.shape)}"
    )


# -------------------------------------------------------------------- sorting


def _sortable(draw: Draw, ctx: Context) -> dict:
    dtype = draw(ctx.dtype("real numeric"))
    return {"x": draw(arrays(dtype, shapes(min_dims=1), _few_values if draw(st.booleans()) else _no_nan))}


def _nan_free_sortable(draw: Draw, ctx: Context) -> dict:
    values = _sortable(draw, ctx)
    x = values["x"]
    if kind_of(x.dtype) == "f":
        values["x"] = ArrayData(x.dtype, x.shape, tuple(0.0 if v != v else v for v in x.values))
    return values


def _check_argsort(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
    """Stable: the reference's indices exactly. Unstable: indices that sort ``x``."""
    _assert_meta(call, actual, expected, "result")
    got, want = ivy_to_numpy(actual), reference_to_numpy(expected)
    if call.value("stable", True) in (True, OMIT):
        assert_values_close(got, want, "int64", Comparison(tolerance="exact"), repr(call))
        return
    x = call.value("x").numpy()
    axis = call.value("axis", -1)
    axis = -1 if axis is OMIT else axis
    assert np.array_equal(np.sort(got, axis=axis), np.sort(np.indices(x.shape)[axis % x.ndim], axis=axis)), (
        f"{call}: the indices are not a permutation along axis {axis}"
    )
    sorted_got = np.take_along_axis(x, got, axis=axis)
    sorted_want = np.take_along_axis(x, want, axis=axis)
    assert_values_close(sorted_got, sorted_want, call.value("x").dtype, Comparison(tolerance="exact"), repr(call))


# -------------------------------------------------------------------- searching


def _nonzero(draw: Draw, ctx: Context) -> dict:
    return {"x": draw(arrays(draw(ctx.dtype()), shapes(min_dims=1), _few_values))}


def _searchsorted(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "real numeric")
    x1 = draw(arrays(d1, shapes(min_dims=1, max_dims=1), _few_values if draw(st.booleans()) else _no_nan))
    clean = [v for v in x1.values if v == v]
    x1 = ArrayData(d1, (len(clean),), tuple(clean))
    values: dict[str, Any] = {}
    if draw(st.booleans()):
        values["x1"] = ArrayData(d1, x1.shape, tuple(sorted(x1.values)))
    else:
        order = sorted(range(len(clean)), key=lambda i: (clean[i], i))
        values["x1"] = x1
        values["sorter"] = ArrayData(ctx.index_dtype, (len(order),), tuple(order))
    if draw(st.integers(0, 3)) == 0:
        values["x2"] = draw(scalar(d1, _no_nan))
    else:
        values["x2"] = draw(arrays(d2, shapes(), _few_values if draw(st.booleans()) else _no_nan))
        if kind_of(d2) == "f":
            x2 = values["x2"]
            values["x2"] = ArrayData(d2, x2.shape, tuple(0.0 if v != v else v for v in x2.values))
    return values


def _where(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, None)
    c_shape, s1, s2 = draw(broadcastable_shapes(3)).input_shapes
    values = {
        "condition": draw(arrays("bool", c_shape)),
        "x1": draw(arrays(d1, s1)),
        "x2": draw(arrays(d2, s2)),
    }
    if draw(st.integers(0, 3)) == 0:
        name, other = draw(st.sampled_from([("x1", d2), ("x2", d1)]))
        values[name] = draw(scalar(other))
    return values


# -------------------------------------------------------------------- sets


def _isin(draw: Draw, ctx: Context) -> dict:
    d1, d2 = draw_dtype_pair(draw, ctx, "integral")
    small = draw(st.booleans())
    x1 = draw(arrays(d1, shapes(), integers(d1, -2, 3) if small else None))
    x2: Any = draw(arrays(d2, shapes(max_dims=2), integers(d2, -2, 3) if small else None))
    if draw(st.integers(0, 4)) == 0:
        x2 = draw(scalar(d1))
    return {"x1": x1, "x2": x2}


def _isin_reference(x1: Any, x2: Any, /, *, invert: bool = False) -> Any:
    """array_api_strict 2.6 ignores ``invert``; the standard's result is the negation."""
    from ivy.testing.conformance._reference import xps

    found = xps.isin(x1, x2)
    return xps.logical_not(found) if invert else found


def _unique_input(draw: Draw, ctx: Context) -> dict:
    return {"x": draw(arrays(draw(ctx.dtype()), shapes(), _few_values))}


def _key(value: Any) -> tuple:
    """A sort key for values of any kind, NaNs last, -0.0 equal to 0.0."""
    if isinstance(value, complex):
        return (value.real != value.real or value.imag != value.imag, value.real, value.imag)
    return (value != value, value)


def _as_list(values: np.ndarray) -> list:
    return [v.item() if hasattr(v, "item") else v for v in values.ravel()]


def _same_values(call: Call, got: list, want: list, label: str) -> None:
    def normal(values: list) -> list:
        return sorted((0.0 if v == 0 and isinstance(v, float) else v for v in values), key=_key)

    g, w = normal(got), normal(want)
    same = len(g) == len(w) and all((a == b) or (a != a and b != b) for a, b in zip(g, w, strict=True))
    assert same, f"{call}: {label} {got}, expected the same values as the reference's {want} (in any order)"


def _check_unique(fields: tuple[str, ...]) -> Any:
    """Unique values in any order; counts, indices and inverse consistent with them."""

    def check(call: Call, actual: Any, expected: Any, ctx: Context) -> None:
        x = call.value("x").numpy()
        flat = x.ravel()
        if fields == ("values",):
            actual, expected = (actual,), (expected,)
        else:
            assert getattr(actual, "_fields", None) == fields, f"{call}: expected a namedtuple with fields {fields}"
        result = dict(zip(fields, actual, strict=True))
        reference = dict(zip(fields, expected, strict=True))
        for name in fields:
            _assert_meta(call, result[name], reference[name], name) if name != "inverse_indices" else None
        values = ivy_to_numpy(result["values"])
        _same_values(call, _as_list(values), _as_list(reference_to_numpy(reference["values"])), "values")
        assert values.ndim == 1, f"{call}: values must be one-dimensional"
        equal = (flat[:, None] == values[None, :]) | ((flat != flat)[:, None] & (values != values)[None, :])
        if "counts" in result:
            counts = ivy_to_numpy(result["counts"])
            want = [int(np.sum(flat == v)) if v == v else 1 for v in values]
            assert list(counts) == want, f"{call}: counts {list(counts)}, expected {want} for values {list(values)}"
        if "indices" in result:
            indices = ivy_to_numpy(result["indices"])
            picked = flat[indices] if flat.size else flat[:0]
            assert_values_close(
                picked, values, call.value("x").dtype, Comparison(tolerance="exact"), f"{call}: x[indices]"
            )
            for i, v in zip(indices, values, strict=True):
                if v == v:
                    first = int(np.argmax(flat == v))
                    assert i == first, f"{call}: index {i} of value {v!r} is not its first occurrence ({first})"
        if "inverse_indices" in result:
            inverse = result["inverse_indices"]
            want_dtype = reference_dtype_name(reference["inverse_indices"].dtype)
            assert inverse.dtype.name == want_dtype, (
                f"{call}: inverse_indices dtype {inverse.dtype.name}, expected {want_dtype}"
            )
            assert tuple(inverse.shape) == x.shape, (
                f"{call}: inverse_indices shape {tuple(inverse.shape)}, expected {x.shape}"
            )
            rebuilt = values[ivy_to_numpy(inverse)] if values.size else x
            assert_values_close(
                rebuilt, x, call.value("x").dtype, Comparison(tolerance="exact"), f"{call}: values[inverse_indices]"
            )
        assert equal.any(axis=1).all() if flat.size else True, f"{call}: some elements of x are missing from values"

    return check


# -------------------------------------------------------------------- indexing


def _take(draw: Draw, ctx: Context) -> dict:
    x = draw(arrays(draw(ctx.dtype()), shapes(min_dims=1)))
    axis = draw(st.integers(-x.ndim, x.ndim - 1))
    n = x.shape[axis]
    index_dtype = draw(ctx.dtype("integral"))
    count = draw(st.integers(0, 4)) if n else 0
    indices = draw(arrays(index_dtype, (count,), integers(index_dtype, -n, n - 1) if n else None))
    if x.ndim == 1 and draw(st.booleans()):
        return {"x": x, "indices": indices, "axis": draw(st.sampled_from([OMIT, None, axis]))}
    return {"x": x, "indices": indices, "axis": axis}


def _take_along_axis(draw: Draw, ctx: Context) -> dict:
    x = draw(arrays(draw(ctx.dtype()), shapes(min_dims=1)))
    axis = draw(st.integers(-x.ndim, x.ndim - 1))
    n = x.shape[axis]
    shape = [d if draw(st.integers(0, 3)) else 1 for d in x.shape]
    shape[axis] = draw(st.integers(0, 3)) if n else 0
    index_dtype = draw(ctx.dtype("integral"))
    indices = draw(arrays(index_dtype, tuple(shape), integers(index_dtype, -n, n - 1) if n else None))
    return {"x": x, "indices": indices, "axis": draw(st.sampled_from([OMIT, axis])) if axis == -1 else axis}


CASES = [
    register(_case("argsort", _nan_free_sortable, check=_check_argsort)),
    register(_case("sort", _nan_free_sortable)),
    register(_case("nonzero", _nonzero)),
    register(_case("searchsorted", _searchsorted)),
    register(_case("where", _where)),
    register(_case("isin", _isin, reference=_isin_reference)),
    register(_case("unique_values", _unique_input, check=_check_unique(("values",)))),
    register(_case("unique_counts", _unique_input, check=_check_unique(("values", "counts")))),
    register(_case("unique_inverse", _unique_input, check=_check_unique(("values", "inverse_indices")))),
    register(
        _case("unique_all", _unique_input, check=_check_unique(("values", "indices", "inverse_indices", "counts")))
    ),
    register(_case("take", _take)),
    register(_case("take_along_axis", _take_along_axis)),
]

test_searching = conformance_test(CASES)
