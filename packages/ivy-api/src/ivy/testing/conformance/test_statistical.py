"""Statistical and utility functions (reductions) against the reference: every
dtype of the function's kind, 0-d and empty arrays, every form of ``axis``
(int, tuple, None, negative), ``keepdims``, ``dtype`` and ``correction``.

Integer inputs are bounded so that no sum or product overflows (overflow is
unspecified); reductions whose result over zero elements the standard leaves
to the implementation (``max``, ``min``, ``argmax``...) get non-empty axes.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    conformance_test,
    covers,
    derive,
    register,
    spec,
)
from ivy.testing.conformance._reference import ivy_to_numpy, quiet
from ivy.testing.conformance._strategies import (
    Context,
    DTypeRef,
    Elements,
    arrays,
    bits,
    complexes,
    default_elements,
    int_bounds,
    integers,
    kind_of,
    moderate,
    shapes,
)

MAX_SIZE = 48


def reduction_case(
    qualname: str,
    *,
    kind: str | None = None,
    elements: Elements | None = None,
    min_side: int = 0,
    min_dims: int = 0,
    tolerance: str = "reduction",
    params: dict[str, Callable[[Draw, Context, Any], Any]] | None = None,
    **options: Any,
) -> Case:
    """A case for a reduction: ``x`` of the spec's kind; ``axis``, ``keepdims`` and the
    other optional parameters derived from their annotations unless ``params`` says."""
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        dtype = draw(ctx.dtype(kind or s.dtypes))
        x = draw(arrays(dtype, shapes(min_dims=min_dims, min_side=min_side, max_size=MAX_SIZE), elements))
        values: dict[str, Any] = {"x": x}
        for name, strategy in (params or {}).items():
            values[name] = strategy(draw, ctx, x)
        return derive(s, draw, values)

    return Case(s, draw_call, tolerance=tolerance, **options)


def _no_nan(dtype: str) -> st.SearchStrategy:
    """Values without NaN (the position of a NaN maximum is unspecified)."""
    return default_elements(dtype, nan=False)


def _correction(draw: Draw, ctx: Context, x: Any) -> Any:
    """Usual corrections, and ones as large as the number of elements (the NaN special case)."""
    return draw(st.sampled_from([OMIT, 0, 1, 0.5, 2, 0.0, max(x.shape, default=1), x.size]))


def _spread(call: Call) -> float:
    """Scale for the variance's absolute tolerance: the square of the largest magnitude."""
    x = call.value("x")
    finite = [abs(v) for v in x.values if math.isfinite(v)]
    return (max(finite, default=0.0) ** 2) * max(x.size, 1)


def _deviation(call: Call) -> float:
    return math.sqrt(_spread(call))


def _enough_degrees_of_freedom(call: Call, expected: Any) -> Any:
    """Skip var/std where the reduced count minus ``correction`` is 0 or less: the result is
    then NaN by the standard (array_api_strict inherits NumPy's infinity), which
    ``test_statistical_special_cases`` checks exactly."""
    x = call.value("x")
    axis = call.value("axis")
    axes = range(x.ndim) if axis is None or axis is OMIT else [axis] if isinstance(axis, int) else axis
    correction = call.value("correction", 0.0)
    correction = 0.0 if correction is OMIT else correction
    if math.prod(x.shape[a] for a in axes) - correction <= 0:
        return np.zeros(expected.shape, dtype=bool)
    return None


# -------------------------------------------------------------------- sums and products


def _accumulator(x_dtype: str, dtype: str | None, ctx: Context) -> str:
    """The dtype a sum or product accumulates in (the standard's rule for ``dtype=None``)."""
    if dtype is not None:
        return dtype
    kind = kind_of(x_dtype)
    if kind == "i" and bits(x_dtype) < bits(ctx.default_int):
        return ctx.default_int
    if kind == "u" and bits(x_dtype) < bits(ctx.default_int):
        return "uint" + str(bits(ctx.default_int))
    return x_dtype


def _dtype_argument(draw: Draw, ctx: Context, x_dtype: str) -> Any:
    """``dtype=``: omitted, None, or a dtype of the same kind at least as wide as ``x``'s."""
    kind = kind_of(x_dtype)
    wider = [d for d in ctx.dtypes() if kind_of(d) == kind and bits(d) >= bits(x_dtype)]
    choice = draw(st.sampled_from([OMIT, None, *wider]))
    return choice if choice is OMIT or choice is None else DTypeRef(choice)


_PRODUCT_FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -2.0, 2.0, 3.0, -4.0, math.nan, math.inf, -math.inf]


def _accumulating_case(qualname: str, *, product: bool, cumulative: bool) -> Case:
    """sum, prod, cumulative_sum, cumulative_prod: integer values bounded so the exact
    result fits the accumulator; float products from a set that cannot over/underflow."""
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        x_dtype = draw(ctx.dtype(s.dtypes))
        shape = draw(shapes(min_dims=1 if cumulative else 0, max_size=MAX_SIZE))
        dtype_arg = _dtype_argument(draw, ctx, x_dtype)
        chosen = dtype_arg.name if isinstance(dtype_arg, DTypeRef) else None
        accumulator = _accumulator(x_dtype, chosen, ctx)
        n = max(math.prod(shape), 1)
        kind = kind_of(x_dtype)
        if kind in "iu":
            lo, hi = int_bounds(accumulator)
            if product:
                limit = max(1, math.floor(hi ** (1 / n)))
                while (limit + 1) ** n <= hi:
                    limit += 1
                while limit > 1 and limit**n > hi:
                    limit -= 1
                elements = integers(x_dtype, -limit, limit)
            else:
                elements = integers(x_dtype, lo // n if lo else 0, hi // n)
        elif kind == "f":
            elements = st.sampled_from(_PRODUCT_FLOATS) if product else moderate(1e3)(x_dtype)
        else:
            elements = complexes(x_dtype, 2.0) if product else complexes(x_dtype, 1e3)
        x = draw(arrays(x_dtype, shape, elements))
        values: dict[str, Any] = {"x": x, "dtype": dtype_arg}
        if cumulative:
            axis_options = [st.integers(-x.ndim, x.ndim - 1)]
            if x.ndim == 1:
                axis_options.append(st.sampled_from([OMIT, None]))
            values["axis"] = draw(st.one_of(axis_options))
        return derive(s, draw, values)

    return Case(s, draw_call, tolerance="reduction")


def _cumulative_axis(draw: Draw, ctx: Context, x: Any) -> Any:
    return draw(st.integers(-x.ndim, x.ndim - 1))


def _argmax_axis(draw: Draw, ctx: Context, x: Any) -> Any:
    options = [st.sampled_from([OMIT, None])]
    if x.ndim:
        options.append(st.integers(-x.ndim, x.ndim - 1))
    return draw(st.one_of(options))


# -------------------------------------------------------------------- diff


def _diff_case() -> Case:
    """``diff``: ``n`` of 1 to 3, ``prepend``/``append`` shaped like ``x`` except along ``axis``.
    Integer results outside the dtype (overflow) are skipped as unspecified."""
    s = spec("diff")

    def draw_call(draw: Draw, ctx: Context) -> Call:
        dtype = draw(ctx.dtype(s.dtypes))
        shape = draw(shapes(min_dims=1, max_size=MAX_SIZE))
        x = draw(arrays(dtype, shape))
        axis = draw(st.integers(-len(shape), len(shape) - 1))
        values: dict[str, Any] = {"x": x, "axis": draw(st.sampled_from([OMIT, axis])) if axis == -1 else axis}
        values["n"] = draw(st.sampled_from([OMIT, 1, 2, 3]))
        for extra in ("prepend", "append"):
            if draw(st.booleans()):
                other = list(shape)
                other[axis] = draw(st.integers(0, 2))
                values[extra] = draw(arrays(dtype, tuple(other)))
        return derive(s, draw, values)

    def overflow(call: Call, expected: Any) -> Any:
        x = call.value("x")
        if kind_of(x.dtype) not in "iu":
            return None
        kwargs = {"n": call.value("n", 1) if call.value("n", 1) is not OMIT else 1, "axis": call.value("axis", -1)}
        for extra in ("prepend", "append"):
            v = call.value(extra)
            if v is not None and v is not OMIT:
                kwargs[extra] = v.numpy(object)
        exact = np.diff(x.numpy(object), **kwargs)
        lo, hi = int_bounds(x.dtype)
        return np.vectorize(lambda r: lo <= r <= hi, otypes=[bool])(exact) if exact.size else None

    return Case(s, draw_call, mask=overflow)


CASES = [
    register(_accumulating_case("sum", product=False, cumulative=False)),
    register(_accumulating_case("prod", product=True, cumulative=False)),
    register(_accumulating_case("cumulative_sum", product=False, cumulative=True)),
    register(_accumulating_case("cumulative_prod", product=True, cumulative=True)),
    register(reduction_case("max", min_side=1, tolerance="exact")),
    register(reduction_case("min", min_side=1, tolerance="exact")),
    register(reduction_case("mean", elements=moderate(1e3))),
    register(
        reduction_case(
            "std",
            elements=moderate(1e3),
            params={"correction": _correction},
            scale=_deviation,
            mask=_enough_degrees_of_freedom,
        )
    ),
    register(
        reduction_case(
            "var",
            elements=moderate(1e3),
            params={"correction": _correction},
            scale=_spread,
            mask=_enough_degrees_of_freedom,
        )
    ),
    register(reduction_case("all", tolerance="exact")),
    register(reduction_case("any", tolerance="exact")),
    register(reduction_case("count_nonzero", tolerance="exact")),
    register(reduction_case("argmax", min_side=1, elements=_no_nan, params={"axis": _argmax_axis}, tolerance="exact")),
    register(reduction_case("argmin", min_side=1, elements=_no_nan, params={"axis": _argmax_axis}, tolerance="exact")),
    register(_diff_case()),
]

test_statistical = conformance_test(CASES)


#: The standard's special cases of the statistical functions: (id, function, values, keywords, result).
SPECIAL_CASES = [
    ("var-correction-equal-to-count", "var", [1.0, 2.0], {"correction": 2}, math.nan),
    ("var-correction-above-count", "var", [1.0, 2.0], {"correction": 3}, math.nan),
    ("std-correction-equal-to-count", "std", [1.0, 2.0], {"correction": 2}, math.nan),
    ("std-one-element-correction-one", "std", [5.0], {"correction": 1}, math.nan),
    ("var-nan", "var", [1.0, math.nan], {}, math.nan),
    ("mean-empty", "mean", [], {}, math.nan),
    ("mean-nan", "mean", [1.0, math.nan], {}, math.nan),
    ("sum-empty", "sum", [], {}, 0.0),
    ("prod-empty", "prod", [], {}, 1.0),
    ("sum-infinities", "sum", [math.inf, -math.inf], {}, math.nan),
    ("max-nan", "max", [1.0, math.nan, 2.0], {}, math.nan),
    ("min-nan", "min", [math.nan, 1.0], {}, math.nan),
]


@covers("var", "std", "mean", "sum", "prod", "max", "min")
@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize(
    ("name", "values", "keywords", "result"), [c[1:] for c in SPECIAL_CASES], ids=[c[0] for c in SPECIAL_CASES]
)
def test_statistical_special_cases(
    ivy_backend: str, name: str, values: list, keywords: dict, result: float, dtype: str
) -> None:
    """Each special case the standard states for a statistical function, exactly."""
    if dtype not in ivy.__array_namespace_info__().dtypes():
        pytest.skip(f"the backend does not support {dtype}")
    with quiet():
        got = getattr(ivy, name)(ivy.asarray(values, dtype=getattr(ivy, dtype)), **keywords)
        value = float(ivy_to_numpy(got))
    assert got.dtype.name == dtype, f"ivy.{name}({values}, {keywords}) has dtype {got.dtype.name}, expected {dtype}"
    same = (math.isnan(value) and math.isnan(result)) or value == result
    assert same, f"ivy.{name}({values}, dtype={dtype}, {keywords}) = {value!r}; the standard says {result!r}"
