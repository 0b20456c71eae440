"""The array object against the reference: indexing (``__getitem__`` and
``__setitem__``, which each backend implements), operators (forward,
reflected, in-place, with Python scalars), conversion to Python scalars and
the attributes (``dtype``, ``shape``, ``ndim``, ``size``, ``T``, ``mT``).
"""

from __future__ import annotations

import math
import operator
from typing import Any

import numpy as np
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

import ivy
from ivy.testing.conformance._cases import CASES, Draw, context, elementwise_case, hypothesis_settings, load_cases
from ivy.testing.conformance._reference import (
    Comparison,
    assert_array_matches,
    assert_result_matches,
    magnitude,
    quiet,
    reference_dtype_name,
    xps,
)
from ivy.testing.conformance._strategies import (
    ArrayData,
    Context,
    arrays,
    build,
    default_elements,
    finite,
    integers,
    kind_of,
    python_type,
    scalar,
    shapes,
)

EXACT = Comparison(tolerance="exact")
load_cases()  # the operators draw their operands with the cases of their functions


# -------------------------------------------------------------------- indices


@st.composite
def basic_index(draw: Draw, shape: tuple[int, ...]) -> Any:
    """Integers, slices (steps of either sign, bounds past the ends), ``...`` and ``None``."""
    components: list[Any] = []
    for size in shape:
        kind = draw(st.sampled_from(["int", "slice", "slice", "full"]))
        if kind == "int" and size:
            components.append(draw(st.integers(-size, size - 1)))
        elif kind == "slice":
            bound = st.one_of(st.none(), st.integers(-size - 2, size + 2))
            step = draw(st.sampled_from([None, 1, 2, 3, -1, -2]))
            components.append(slice(draw(bound), draw(bound), step))
        else:
            components.append(slice(None))
    if components and draw(st.booleans()):
        # Some trailing (or leading) components become an ellipsis.
        cut = draw(st.integers(0, len(components)))
        components = [*components[:cut], Ellipsis] if draw(st.booleans()) else [Ellipsis, *components[cut:]]
    for _ in range(draw(st.integers(0, 2)) if draw(st.booleans()) else 0):
        components.insert(draw(st.integers(0, len(components))), None)
    if len(components) == 1 and draw(st.booleans()):
        return components[0]
    return tuple(components)


@st.composite
def integer_array_index(draw: Draw, x: ArrayData, ctx: Context) -> tuple:
    """One integer array (or integer) per axis, the arrays broadcasting together."""
    index_shape = draw(shapes(max_dims=2, max_side=3))
    components: list[Any] = []
    for size in x.shape:
        if draw(st.booleans()):
            components.append(draw(st.integers(-size, size - 1)))
        else:
            dtype = draw(ctx.dtype("integral"))
            components.append(draw(arrays(dtype, index_shape, integers(dtype, -size, size - 1))))
    return tuple(components)


def _index(draw: Draw, x: ArrayData, ctx: Context) -> Any:
    kind = draw(st.sampled_from(["basic", "basic", "boolean", "integer"]))
    if kind == "boolean":
        return draw(arrays("bool", x.shape))
    if kind == "integer" and x.ndim and x.size:
        return draw(integer_array_index(x, ctx))
    return draw(basic_index(x.shape))


def _reference_or_reject(function: Any) -> Any:
    with quiet():
        try:
            return function()
        except Exception:
            reject()


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_getitem(ivy_backend: str, data: Any) -> None:
    ctx = context(ivy_backend)
    x = data.draw(arrays(data.draw(ctx.dtype()), shapes(max_dims=3)))
    key = _index(data.draw, x, ctx)
    expected = _reference_or_reject(lambda: x.build(xps)[build(key, xps)])
    with quiet():
        actual = x.build(ivy)[build(key, ivy)]
    assert_array_matches(actual, expected, EXACT, f"{x!r}[{key!r}]")


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_setitem(ivy_backend: str, data: Any) -> None:
    ctx = context(ivy_backend)
    dtype = data.draw(ctx.dtype())
    x = data.draw(arrays(dtype, shapes(max_dims=3)))
    key = data.draw(basic_index(x.shape)) if data.draw(st.integers(0, 3)) else data.draw(arrays("bool", x.shape))
    target_shape = _reference_or_reject(lambda: x.build(xps)[build(key, xps)].shape)
    if data.draw(st.booleans()):
        value: Any = data.draw(scalar(dtype))
    else:
        trailing = data.draw(st.integers(0, len(target_shape)))
        value = data.draw(arrays(dtype, tuple(target_shape)[len(target_shape) - trailing :]))
    expected = x.build(xps)
    _reference_or_reject(lambda: expected.__setitem__(build(key, xps), build(value, xps)))
    with quiet():
        actual = x.build(ivy)
        actual[build(key, ivy)] = build(value, ivy)
    assert_array_matches(actual, expected, EXACT, f"x = {x!r}; x[{key!r}] = {value!r}")


# -------------------------------------------------------------------- operators

BINARY = {
    "__add__": ("add", operator.add),
    "__sub__": ("subtract", operator.sub),
    "__mul__": ("multiply", operator.mul),
    "__truediv__": ("divide", operator.truediv),
    "__floordiv__": ("floor_divide", operator.floordiv),
    "__mod__": ("remainder", operator.mod),
    "__pow__": ("pow", operator.pow),
    "__and__": ("bitwise_and", operator.and_),
    "__or__": ("bitwise_or", operator.or_),
    "__xor__": ("bitwise_xor", operator.xor),
    "__lshift__": ("bitwise_left_shift", operator.lshift),
    "__rshift__": ("bitwise_right_shift", operator.rshift),
    "__eq__": ("equal", operator.eq),
    "__ne__": ("not_equal", operator.ne),
    "__lt__": ("less", operator.lt),
    "__le__": ("less_equal", operator.le),
    "__gt__": ("greater", operator.gt),
    "__ge__": ("greater_equal", operator.ge),
    "__matmul__": ("matmul", operator.matmul),
}
UNARY = {
    "__neg__": ("negative", operator.neg),
    "__pos__": ("positive", operator.pos),
    "__abs__": ("abs", abs),
    "__invert__": ("bitwise_invert", operator.invert),
}
IN_PLACE = {
    "__iadd__": operator.iadd,
    "__isub__": operator.isub,
    "__imul__": operator.imul,
    "__itruediv__": operator.itruediv,
    "__ifloordiv__": operator.ifloordiv,
    "__imod__": operator.imod,
    "__ipow__": operator.ipow,
    "__iand__": operator.iand,
    "__ior__": operator.ior,
    "__ixor__": operator.ixor,
    "__ilshift__": operator.ilshift,
    "__irshift__": operator.irshift,
}


def _operator_call(data: Any, ctx: Context, function: str) -> tuple[Any, Any, Any]:
    """The operands of a call drawn by the function's own case, and the case."""
    case = CASES[function]
    call = case.draw(data.draw, ctx)
    operands = list(call.args)
    return case, call, operands


def _compare(case: Any, call: Any, actual: Any, expected: Any, label: str) -> None:
    how = Comparison(
        tolerance=case.tolerance,
        signed_zeros=case.signed_zeros,
        mask=case.mask(call, expected) if case.mask else None,
        scale=case.scale(call) if case.scale else magnitude(*call.arrays()) if case.tolerance != "elementwise" else 0.0,
    )
    assert_result_matches(actual, expected, how, label)


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dunder", sorted(BINARY))
@hypothesis_settings()
@given(data=st.data())
def test_binary_operator(ivy_backend: str, dunder: str, data: Any) -> None:
    function, op = BINARY[dunder]
    case, call, (x1, x2) = _operator_call(data, context(ivy_backend), function)
    expected = _reference_or_reject(lambda: op(build(x1, xps), build(x2, xps)))
    with quiet():
        actual = op(build(x1, ivy), build(x2, ivy))
    _compare(case, call, actual, expected, f"{x1!r} {dunder} {x2!r}")


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dunder", sorted(UNARY))
@hypothesis_settings()
@given(data=st.data())
def test_unary_operator(ivy_backend: str, dunder: str, data: Any) -> None:
    function, op = UNARY[dunder]
    case, call, (x,) = _operator_call(data, context(ivy_backend), function)
    expected = _reference_or_reject(lambda: op(build(x, xps)))
    with quiet():
        actual = op(build(x, ivy))
    _compare(case, call, actual, expected, f"{dunder}({x!r})")


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("dunder", sorted(IN_PLACE))
@hypothesis_settings()
@given(data=st.data())
def test_in_place_operator(ivy_backend: str, dunder: str, data: Any) -> None:
    """``x1 op= x2`` keeps ``x1``'s dtype and shape: only where ``x1 op x2`` would have them."""
    forward = dunder.replace("__i", "__", 1)
    function, _ = BINARY[forward]
    op = IN_PLACE[dunder]
    case = IN_PLACE_CASES[function]
    call = case.draw(data.draw, context(ivy_backend))
    x1, x2 = call.args
    left = x1.build(xps)
    result = _reference_or_reject(lambda: BINARY[forward][1](left, build(x2, xps)))
    if result.dtype != left.dtype or result.shape != left.shape:
        reject()  # not an in-place operation the standard defines
    expected = _reference_or_reject(lambda: op(left, build(x2, xps)))
    with quiet():
        target = x1.build(ivy)
        actual = op(target, build(x2, ivy))
    assert actual is target, f"{dunder} must return the array it updated"
    _compare(case, call, actual, expected, f"x = {x1!r}; x {dunder} {x2!r}")


def _in_place_case(function: str) -> Any:
    """The function's own case (its value ranges, masks), drawing in-place operands."""
    from ivy.testing.conformance import test_elementwise

    options = {"signed_zeros": test_elementwise.SIGNED_ZEROS_DEFAULT, **test_elementwise.OVERRIDES.get(function, {})}
    return elementwise_case(function, in_place=True, **options)


IN_PLACE_CASES = {
    BINARY[d.replace("__i", "__", 1)][0]: _in_place_case(BINARY[d.replace("__i", "__", 1)][0]) for d in IN_PLACE
}


# -------------------------------------------------------------------- conversions and attributes


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_python_scalars(ivy_backend: str, data: Any) -> None:
    ctx = context(ivy_backend)
    dtype = data.draw(ctx.dtype())
    kind = kind_of(dtype)
    elements = finite(1e6) if kind in "fc" else default_elements
    x = data.draw(arrays(dtype, (), elements))
    value = x.values[0]
    with quiet():
        a = x.build(ivy)
        assert bool(a) is bool(value), f"bool({x!r}) = {bool(a)!r}"
        if kind in "biuf":
            assert int(a) == int(value) and type(int(a)) is int, f"int({x!r}) = {int(a)!r}"
            assert float(a) == float(value) and type(float(a)) is float, f"float({x!r}) = {float(a)!r}"
        if kind != "b":
            assert complex(a) == complex(value), f"complex({x!r}) = {complex(a)!r}"
        if kind in "iu":
            assert operator.index(a) == value, f"operator.index({x!r}) = {operator.index(a)!r}"
    assert python_type(dtype)(value) == value


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_attributes(ivy_backend: str, data: Any) -> None:
    ctx = context(ivy_backend)
    x = data.draw(arrays(data.draw(ctx.dtype()), shapes(max_dims=4)))
    a = x.build(ivy)
    assert a.dtype.name == x.dtype, f"{x!r}.dtype = {a.dtype}"
    assert tuple(a.shape) == x.shape and a.ndim == x.ndim and a.size == math.prod(x.shape)
    assert a.__array_namespace__() is ivy
    assert a.device == ivy.__array_namespace_info__().default_device()
    reference = x.build(xps)
    if x.ndim == 2:
        assert_array_matches(a.T, reference.T, EXACT, f"{x!r}.T")
    if x.ndim >= 2:
        assert_array_matches(a.mT, reference.mT, EXACT, f"{x!r}.mT")
    moved = a.to_device(a.device)
    assert_array_matches(moved, reference, EXACT, f"{x!r}.to_device({a.device!r})")
    assert reference_dtype_name(reference.dtype) == a.dtype.name
    assert np.shape(reference) == tuple(a.shape)
