"""Bad input gets the same ivy error on every backend, never a crash or a wrong answer.

Some backend kernels do not bound-check indices (they read or write stray
memory, wrap or clamp), and some accept an out-of-range axis, a float count or
a Python int that does not fit the array's dtype. Each test draws input just
outside what is valid and checks the ivy error; where NumPy defines the same
call, the test also checks that NumPy rejects it, so the expectation is the
reference's and not ours.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ivy
from ivy._codegen import parameter_role
from ivy.spec import Spec, public_specs
from ivy.testing.conformance._cases import Draw, hypothesis_settings

INT_DTYPES = ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")

shapes = st.lists(st.integers(1, 4), min_size=1, max_size=3).map(tuple)


@st.composite
def outside(draw: Draw, size: int) -> int:
    """An index just outside ``[-size, size)`` (either side), or far outside it."""
    past = draw(st.one_of(st.integers(0, 3), st.sampled_from([2**31, 2**40])))
    return size + past if draw(st.booleans()) else -size - 1 - past


@st.composite
def bad_key(draw: Draw, shape: tuple[int, ...]) -> tuple[int, tuple[Any, ...], list[int]]:
    """``(axis, key, index list)``: an integer-array index along ``axis`` holding one bad entry."""
    axis = draw(st.integers(0, len(shape) - 1))
    good = draw(st.lists(st.integers(-shape[axis], shape[axis] - 1), max_size=2))
    entries = [*good, draw(outside(shape[axis]))]
    entries = draw(st.permutations(entries))
    key = (slice(None),) * axis + (entries,)
    return axis, key, list(entries)


def _ivy_key(key: tuple[Any, ...], dtype: Any = None) -> tuple[Any, ...]:
    return tuple(ivy.asarray(k, dtype=dtype or ivy.int64) if isinstance(k, list) else k for k in key)


def _np_key(key: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(np.asarray(k, dtype=np.int64) if isinstance(k, list) else k for k in key)


# -------------------------------------------------------------------- indices


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_getitem_out_of_bounds(ivy_backend: str, data: Any) -> None:
    shape = data.draw(shapes)
    axis, key, entries = data.draw(bad_key(shape))
    with pytest.raises(IndexError):
        np.zeros(shape)[_np_key(key)]
    x = ivy.zeros(shape)
    narrow = max(map(abs, entries)) < 2**31 and data.draw(st.booleans())
    with pytest.raises(ivy.IvyIndexError):
        x[_ivy_key(key, ivy.int32 if narrow else ivy.int64)]
    with pytest.raises(ivy.IvyIndexError):
        x[(slice(None),) * axis + (data.draw(outside(shape[axis])),)]


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_setitem_out_of_bounds(ivy_backend: str, data: Any) -> None:
    shape = data.draw(shapes)
    axis, key, _ = data.draw(bad_key(shape))
    with pytest.raises(IndexError):
        np.zeros(shape)[_np_key(key)] = 1.0
    x = ivy.zeros(shape)
    with pytest.raises(ivy.IvyIndexError):
        x[_ivy_key(key)] = 1.0
    with pytest.raises(ivy.IvyIndexError):
        x[(slice(None),) * axis + (data.draw(outside(shape[axis])),)] = 1.0
    assert not np.any(np.asarray(x)), "a failed write changed the array"


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_take_out_of_bounds(ivy_backend: str, data: Any) -> None:
    shape = data.draw(shapes)
    axis, _, entries = data.draw(bad_key(shape))
    with pytest.raises(IndexError):
        np.take(np.zeros(shape), np.asarray(entries), axis=axis)
    with pytest.raises(ivy.IvyIndexError):
        ivy.take(ivy.zeros(shape), ivy.asarray(entries), axis=axis)


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(data=st.data())
def test_take_along_axis_out_of_bounds(ivy_backend: str, data: Any) -> None:
    shape = data.draw(shapes)
    axis = data.draw(st.integers(0, len(shape) - 1))
    index_shape = (*shape[:axis], 1, *shape[axis + 1 :])
    indices = np.zeros(index_shape, dtype=np.int64)
    indices.flat[data.draw(st.integers(0, indices.size - 1))] = data.draw(outside(shape[axis]))
    with pytest.raises(IndexError):
        np.take_along_axis(np.zeros(shape), indices, axis=axis)
    with pytest.raises(ivy.IvyIndexError):
        ivy.take_along_axis(ivy.zeros(shape), ivy.asarray(indices), axis=axis)


# -------------------------------------------------------------------- axes and counts


def _axis_call(spec: Spec) -> Callable[[Any], Any] | None:
    """``call(axis)`` of the function of ``spec`` on (2, 3) arrays of its dtype kind, every other
    parameter at its default; None when it needs more than arrays (or has no ``axis``)."""
    params = spec.signature.parameters
    if "axis" not in params or spec.qualname in ("tensordot", "nn.softmax_cross_entropy"):
        return None
    kind = {"integral": "int32", "integral or bool": "int32", "bool": "bool"}.get(spec.dtypes or "", "float32")
    if (spec.dtypes or "").startswith("complex"):
        kind = "complex64"
    positional, keywords = [], {}
    for p in params.values():
        if p.name == "axis" or p.default is not inspect.Parameter.empty:
            continue
        role = parameter_role(p)
        dtype = "int64" if p.name in ("indices", "sorter") else kind
        value: Any = np.asarray([[0, 1, 1], [1, 0, 1]], dtype=dtype)
        if role == "arrays":
            value = [value, value]
        elif role != "array" or p.kind is inspect.Parameter.VAR_POSITIONAL:
            return None
        if p.kind is inspect.Parameter.POSITIONAL_ONLY:
            positional.append(value)
        else:
            keywords[p.name] = value

    def convert(value: Any) -> Any:
        return [ivy.asarray(a) for a in value] if isinstance(value, list) else ivy.asarray(value)

    def call(axis: Any) -> Any:
        function: Any = ivy
        for part in spec.qualname.split("."):
            function = getattr(function, part)
        return function(*map(convert, positional), **{k: convert(v) for k, v in keywords.items()}, axis=axis)

    return call


AXIS_SPECS = [s for s in public_specs() if _axis_call(s) is not None]


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("spec", AXIS_SPECS, ids=lambda s: s.qualname)
@hypothesis_settings()
@given(data=st.data())
def test_axis_out_of_range(ivy_backend: str, spec: Spec, data: Any) -> None:
    call = _axis_call(spec)
    assert call is not None
    limit = 3 if spec.name in ("expand_dims", "stack") else 2  # those address a new axis too
    axis = data.draw(st.one_of(st.integers(limit, limit + 5), st.integers(-limit - 6, -limit - 1)))
    with pytest.raises(ivy.AxisError):
        call(axis)


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("spec", AXIS_SPECS, ids=lambda s: s.qualname)
@hypothesis_settings()
@given(data=st.data())
def test_axis_of_wrong_type(ivy_backend: str, spec: Spec, data: Any) -> None:
    call = _axis_call(spec)
    assert call is not None
    axis = data.draw(st.one_of(st.floats(-1, 1), st.sampled_from(["0", "-1", b"0"])))
    with pytest.raises(ivy.IvyTypeError):
        call(axis)


#: calls taking a count (or a shape, a shift, an offset) as ``call(value)``
COUNTS: dict[str, Callable[[Any], Any]] = {
    "linspace": lambda n: ivy.linspace(0, 1, n),
    "eye": lambda n: ivy.eye(n),
    "eye(k)": lambda n: ivy.eye(3, k=n),
    "zeros": lambda n: ivy.zeros((2, n)),
    "ones": lambda n: ivy.ones(n),
    "full": lambda n: ivy.full((n,), 1.0),
    "reshape": lambda n: ivy.reshape(ivy.zeros((2, 3)), (n, -1)),
    "broadcast_to": lambda n: ivy.broadcast_to(ivy.zeros((3,)), (n, 3)),
    "tile": lambda n: ivy.tile(ivy.zeros((3,)), (n,)),
    "roll": lambda n: ivy.roll(ivy.zeros((3,)), n),
    "repeat": lambda n: ivy.repeat(ivy.zeros((3,)), n),
    "tril": lambda n: ivy.tril(ivy.zeros((3, 3)), k=n),
    "top_k": lambda n: ivy.top_k(ivy.zeros((3,)), n),
    "one_hot": lambda n: ivy.nn.one_hot(ivy.asarray([0, 1]), n),
    "diagonal": lambda n: ivy.linalg.diagonal(ivy.zeros((3, 3)), offset=n),
}


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("name", sorted(COUNTS))
@hypothesis_settings()
@given(data=st.data())
def test_count_of_wrong_type(ivy_backend: str, name: str, data: Any) -> None:
    count = data.draw(st.one_of(st.floats(0.5, 3.0), st.sampled_from([2.0, "2"])))
    with pytest.raises(ivy.IvyTypeError):
        COUNTS[name](count)


# -------------------------------------------------------------------- values that do not fit


@st.composite
def not_fitting(draw: Draw) -> tuple[str, int]:
    """``(integer dtype name, a Python int outside its range)``."""
    name = draw(st.sampled_from(INT_DTYPES))
    info = np.iinfo(name)
    above = st.integers(int(info.max) + 1, int(info.max) + 2**70)
    below = st.integers(int(info.min) - 2**70, int(info.min) - 1)
    return name, draw(st.one_of(above, below))


BINARY = [
    s.qualname
    for s in public_specs("")
    if s.category == "elementwise"
    and len(s.signature.parameters) == 2
    and all(int in getattr(p.annotation, "__args__", ()) for p in s.signature.parameters.values())
]


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(case=not_fitting())
def test_asarray_of_int_not_fitting(ivy_backend: str, case: tuple[str, int]) -> None:
    name, value = case
    with pytest.raises(OverflowError):
        np.asarray([value], dtype=name)
    dtype = getattr(ivy, name)
    for call in (
        lambda: ivy.asarray([value], dtype=dtype),
        lambda: ivy.asarray(value, dtype=dtype),
        lambda: ivy.full((2,), value, dtype=dtype),
        lambda: ivy.full_like(ivy.zeros((2,), dtype=dtype), value),
    ):
        with pytest.raises(ivy.IvyOverflowError):
            call()
    x = ivy.zeros((2,), dtype=dtype)
    with pytest.raises(ivy.IvyOverflowError):
        x[0] = value


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("function", BINARY)
@hypothesis_settings()
@given(case=not_fitting(), data=st.data())
def test_binary_with_int_not_fitting(ivy_backend: str, function: str, case: tuple[str, int], data: Any) -> None:
    name, value = case
    x = ivy.asarray([1, 2], dtype=getattr(ivy, name))
    swap = data.draw(st.booleans())
    with pytest.raises(ivy.IvyOverflowError):
        getattr(ivy, function)(*((value, x) if swap else (x, value)))


@pytest.mark.ivy_conformance
@hypothesis_settings()
@given(case=not_fitting())
def test_operators_with_int_not_fitting(ivy_backend: str, case: tuple[str, int]) -> None:
    name, value = case
    x = ivy.asarray([1, 2], dtype=getattr(ivy, name))
    for call in (lambda: x + value, lambda: value - x, lambda: x * value, lambda: x < value, lambda: x == value):
        with pytest.raises(ivy.IvyOverflowError):
            call()


# -------------------------------------------------------------------- empty reductions


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("function", ["argmax", "argmin"])
@hypothesis_settings()
@given(shape=st.lists(st.integers(0, 3), min_size=1, max_size=3).map(tuple), data=st.data())
def test_arg_extreme_of_empty(ivy_backend: str, function: str, shape: tuple[int, ...], data: Any) -> None:
    axis = data.draw(st.one_of(st.none(), st.integers(0, len(shape) - 1)))
    empty = 0 in shape if axis is None else shape[axis] == 0
    try:
        expected = getattr(np, function)(np.zeros(shape), axis=axis)
    except ValueError:
        expected = None
    assert (expected is None) == empty
    if expected is None:
        with pytest.raises(ivy.IvyValueError):
            getattr(ivy, function)(ivy.zeros(shape), axis=axis)
    else:
        assert np.array_equal(np.asarray(getattr(ivy, function)(ivy.zeros(shape), axis=axis)), expected)


@pytest.mark.ivy_conformance
@pytest.mark.parametrize("obj", [None, [None, 1], [[1.0, 2.0], [3.0, None]], ["a", 1]], ids=repr)
def test_asarray_of_no_numbers(ivy_backend: str, obj: Any) -> None:
    # NumPy would make an object or string array; the standard has neither
    with pytest.raises(ivy.IvyTypeError):
        ivy.asarray(obj)
