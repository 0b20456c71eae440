"""Elementwise functions against the reference, over every dtype of each
function's kind, broadcasting shapes (0-d and empty included), Python scalar
operands, and edge values (NaN, infinities, -0.0, integer bounds).

Every elementwise hookspec gets a case derived from its signature; the table
below only adds what a signature cannot say (valid operand ranges, what the
standard leaves unspecified).
"""

from __future__ import annotations

import operator
from typing import Any

from hypothesis import strategies as st

from ivy.spec import public_specs
from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    conformance_test,
    derive,
    draw_dtype_pair,
    elementwise_case,
    integer_overflow_mask,
    python_scalar_allowed,
    register,
    spec,
)
from ivy.testing.conformance._reference import reference_dtype_name
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    arrays,
    bits,
    broadcastable_shapes,
    default_elements,
    integers,
    kind_of,
    moderate,
    scalar,
)


def _nonzero(dtype: str) -> st.SearchStrategy:
    """Divisors: integer division by zero is unspecified."""
    values = default_elements(dtype)
    return values.filter(lambda v: v != 0) if kind_of(dtype) in "iu" else values


def _shift(dtype: str) -> st.SearchStrategy:
    """Shift amounts: negative ones, and shifts by the width or more, are unspecified."""
    return integers(dtype, 0, bits(dtype) - 1)


def _exponent(dtype: str) -> st.SearchStrategy:
    """Integer exponents: negative ones are unspecified for integer bases."""
    return integers(dtype, 0, 70) if kind_of(dtype) in "iu" else default_elements(dtype)


#: Accuracy far from the origin is implementation-defined, and so is the side of a branch
#: cut that a complex -0.0 picks (the standard's branch cuts are provisional).
_TRANSCENDENTAL = moderate(1e3, complex_signed_zero=False)


def _nonzero_complex(name: str, otherwise: Any = None) -> Any:
    """For complex results, skip elements where operand ``name`` is zero: complex division
    by zero and powers of zero are left to the implementation (C99 allows several answers)."""

    def mask(call: Call, expected: Any) -> Any:
        import numpy as np

        if reference_dtype_name(expected.dtype).startswith("complex"):
            value = call.value(name)
            operand = value.numpy() if isinstance(value, ArrayData) else np.asarray(value)
            return np.broadcast_to(operand != 0, expected.shape)
        return otherwise(call, expected) if otherwise else None

    return mask


def _cancelling_near_zero(call: Call, expected: Any) -> Any:
    """Complex ``log1p``/``expm1``: skip small arguments. The real part of the result is
    about ``|z|**2 / 2`` there, and NumPy (the reference) computes it as ``log(1 + z)`` and
    ``exp(z) - 1``, losing it to cancellation; libraries that keep it are more accurate
    than the reference, not wrong, and the standard does not specify accuracy. Skipped:
    ``|z|`` where an absolute error of a few ulps exceeds the elementwise tolerance."""
    import numpy as np

    from ivy.testing.conformance._reference import RTOL

    dtype = reference_dtype_name(expected.dtype)
    if not dtype.startswith("complex"):
        return None
    real = "float32" if dtype == "complex64" else "float64"
    threshold = 8 * float(np.finfo(real).eps) / RTOL["elementwise"][real]
    value = call.value("x")
    z = value.numpy() if isinstance(value, ArrayData) else np.asarray(value)
    return np.broadcast_to(~(np.abs(z) < threshold), expected.shape)


def _operand(call: Call, name: str) -> Any:
    import numpy as np

    value = call.value(name)
    return value.numpy(np.float64) if isinstance(value, ArrayData) else np.asarray(float(value))


_floor_divide_overflow = integer_overflow_mask(operator.floordiv)


def _floor_divide_mask(call: Call, expected: Any) -> Any:
    """Integers: skip overflow. Floats: skip the infinite operands for which the
    standard lets libraries follow Python (``inf // 1`` is ``inf`` or NaN)."""
    import numpy as np

    mask = _floor_divide_overflow(call, expected)
    if mask is not None:
        return mask
    x1, x2 = np.broadcast_arrays(_operand(call, "x1"), _operand(call, "x2"))
    with np.errstate(all="ignore"):
        either = (np.isinf(x1) & np.isfinite(x2) & (x2 != 0)) | (
            np.isfinite(x1) & (x1 != 0) & np.isinf(x2) & ((x1 > 0) != (x2 > 0))
        )
    return ~either


#: What a signature cannot say, per function.
OVERRIDES: dict[str, dict[str, Any]] = {
    "abs": {"mask": integer_overflow_mask(abs, ("x",))},
    "negative": {"mask": integer_overflow_mask(operator.neg, ("x",))},
    "square": {"mask": integer_overflow_mask(lambda v: v * v, ("x",))},
    "add": {"mask": integer_overflow_mask(operator.add)},
    "subtract": {"mask": integer_overflow_mask(operator.sub)},
    "multiply": {"mask": integer_overflow_mask(operator.mul)},
    "pow": {
        # NumPy (the reference) takes x ** 0.5 as sqrt(x): -0.0 ** 0.5 is -0.0 there, +0 in the
        # standard; test_special_values checks the signs of pow's zeros against the standard
        "signed_zeros": False,
        "mask": _nonzero_complex("x1", integer_overflow_mask(operator.pow)),
        "elements": {"x1": lambda dtype: default_elements(dtype, complex_signed_zero=False), "x2": _exponent},
    },
    # Integer true division is implementation-defined (cross-kind promotion).
    "divide": {"kind": "floating", "mask": _nonzero_complex("x2")},
    "reciprocal": {"mask": _nonzero_complex("x")},
    "floor_divide": {"mask": _floor_divide_mask, "elements": {"x1": None, "x2": _nonzero}},
    "remainder": {"elements": {"x1": None, "x2": _nonzero}},
    "bitwise_left_shift": {"mask": integer_overflow_mask(operator.lshift), "elements": {"x1": None, "x2": _shift}},
    "bitwise_right_shift": {"elements": {"x1": None, "x2": _shift}},
    # The sign of a zero result is unspecified for these.
    "maximum": {"signed_zeros": False},
    "minimum": {"signed_zeros": False},
    "sign": {"signed_zeros": False},
}
for _name in ("acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "expm1", "log", "log1p",
              "log2", "log10", "sin", "sinh", "tan", "tanh", "sqrt"):  # fmt: skip
    OVERRIDES[_name] = {"elements": _TRANSCENDENTAL}
for _name in ("log1p", "expm1"):
    OVERRIDES[_name]["mask"] = _cancelling_near_zero


def _clip_case() -> Case:
    """``clip``: bounds as arrays or Python scalars of ``x``'s dtype, with ``min <= max``
    (crossed bounds, other dtypes and out-of-range integer bounds are unspecified)."""
    s = spec("clip")

    def draw_call(draw: Draw, ctx: Context) -> Call:
        dtype = draw(ctx.dtype(s.dtypes))
        x_shape, lo_shape, hi_shape = draw(broadcastable_shapes(3)).input_shapes
        x = draw(arrays(dtype, x_shape))
        bounds = {}
        for name, shape in (("min", lo_shape), ("max", hi_shape)):
            form = draw(st.sampled_from(["omit", "none", "scalar", "array"]))
            if form == "array":
                bounds[name] = draw(arrays(dtype, shape))
            elif form == "scalar" and python_scalar_allowed(s.signature.parameters[name], dtype):
                bounds[name] = draw(scalar(dtype))
            else:
                bounds[name] = OMIT if form == "omit" else None
        lo, hi = bounds["min"], bounds["max"]
        if _present(lo) and _present(hi):
            bounds["min"], bounds["max"] = _ordered(lo, hi)
        return derive(s, draw, {"x": x, **bounds})

    return Case(s, draw_call)


def _present(value: Any) -> bool:
    return value is not None and value is not OMIT


def _ordered(lo: Any, hi: Any) -> tuple[Any, Any]:
    """``lo`` and ``hi`` made elementwise ordered where both broadcast (NaNs kept)."""
    import numpy as np

    lo_v = lo.numpy(object) if isinstance(lo, ArrayData) else np.asarray(lo, dtype=object)
    hi_v = hi.numpy(object) if isinstance(hi, ArrayData) else np.asarray(hi, dtype=object)
    lo_b, hi_b = np.broadcast_arrays(lo_v, hi_v)
    if lo_b.shape != np.shape(lo_v) or hi_b.shape != np.shape(hi_v):
        # Bounds of different shapes: make every min below every max instead.
        top = min((v for v in hi_b.ravel() if v == v), default=0)
        lo_values = [v if v != v or v <= top else top for v in np.ravel(lo_v)]
        return _rebuilt(lo, lo_values), hi
    pairs = [
        (a, b) if (a != a or b != b or a <= b) else (b, a) for a, b in zip(lo_b.ravel(), hi_b.ravel(), strict=True)
    ]
    return _rebuilt(lo, [p[0] for p in pairs]), _rebuilt(hi, [p[1] for p in pairs])


def _rebuilt(template: Any, values: list) -> Any:
    if isinstance(template, ArrayData):
        return ArrayData(template.dtype, template.shape, tuple(values))
    return values[0]


def _equality_case(qualname: str) -> Case:
    """``equal``/``not_equal``: any dtype, including mixing promotable ones."""
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        d1, d2 = draw_dtype_pair(draw, ctx, None)
        s1, s2 = draw(broadcastable_shapes(2)).input_shapes
        x1, x2 = draw(arrays(d1, s1)), draw(arrays(d2, s2))
        if draw(st.integers(0, 3)) == 0:
            x2 = draw(scalar(d1))
        return derive(s, draw, {"x1": x1, "x2": x2})

    return Case(s, draw_call)


CUSTOM = {
    "clip": _clip_case,
    "equal": lambda: _equality_case("equal"),
    "not_equal": lambda: _equality_case("not_equal"),
}
SIGNED_ZEROS_DEFAULT = True

ELEMENTWISE = [s for s in public_specs("") if s.category == "elementwise"]
CASES = []
for _spec in ELEMENTWISE:
    if _spec.name in CUSTOM:
        _case = CUSTOM[_spec.name]()
    else:
        _options = {"signed_zeros": SIGNED_ZEROS_DEFAULT, **OVERRIDES.get(_spec.name, {})}
        _case = elementwise_case(_spec.qualname, **_options)
    CASES.append(register(_case))

test_elementwise = conformance_test(CASES)
