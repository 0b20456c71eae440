"""Checks that run before a backend, for input some backends accept silently.

A backend kernel that does not bound-check an index reads or writes stray
memory; one that wraps an out-of-range Python int, takes ``axis="0"`` or a
float count returns a wrong answer instead of failing. The checks here are the
core's, so every backend answers such input with the same ivy error. The
generated public functions call them only off their fast path (an argument of
an unexpected type, an int outside ``[0, 127]``); backends and composites whose
kernels do not check indices call :func:`check_indices` / :func:`check_key`.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Sequence
from functools import cache
from typing import Any

from ivy import _dispatch, _dtypes
from ivy._array import Array
from ivy._errors import AxisError, IvyIndexError, IvyOverflowError, IvyTypeError
from ivy.spec import Spec
from ivy.spec._marker import annotation_args

_SEQUENCES = (tuple, list, Sequence)
_SCALARS = (bool, int, float, complex)


def _integral_member(member: Any) -> bool:
    if member is int or member is type(None) or member is Ellipsis:
        return True
    origin = typing.get_origin(member)
    unions = (typing.Union, types.UnionType)  # the items of a sequence: ``tuple[int | None, ...]``
    return (origin in _SEQUENCES or origin in unions) and all(_integral_member(a) for a in typing.get_args(member))


def integer_parameter(parameter: inspect.Parameter) -> bool:
    """Whether ``parameter`` takes only ints (or None, or sequences of ints): an axis, a count, a shape."""
    members = annotation_args(parameter.annotation)
    return bool(members) and int in _flatten(members) and all(_integral_member(m) for m in members)


def scalar_operand(parameter: inspect.Parameter) -> bool:
    """Whether an array parameter also takes a Python int (``x2`` of ``add``)."""
    return int in annotation_args(parameter.annotation)


def _flatten(members: Sequence[Any]) -> set[Any]:
    found: set[Any] = set()
    for member in members:
        found.add(member)
        found.update(_flatten(typing.get_args(member)))
    return found


@cache
def _shape_of(spec: Spec, name: str) -> tuple[bool, bool, bool]:
    """``(admits None, admits a sequence, admits None items)`` for the integer parameter ``name`` of ``spec``."""
    members = annotation_args(spec.signature.parameters[name].annotation)
    sequences = [m for m in members if typing.get_origin(m) in _SEQUENCES]
    none_items = any(type(None) in _flatten(typing.get_args(m)) for m in sequences)
    return type(None) in members, bool(sequences), none_items


def _is_int(value: Any) -> bool:
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        return False
    try:
        value.__index__()
    except Exception:
        return False  # an array of several elements, a float array
    return True


def _valid_integer(value: Any, sequence: bool, none_items: bool = False) -> bool:
    if _is_int(value):
        return True
    if sequence and isinstance(value, (tuple, list)):
        return all((v is None and none_items) or _valid_integer(v, True, none_items) for v in value)
    return False


def check_integer(spec: Spec, name: str, value: Any) -> None:
    """Raise IvyTypeError unless ``value`` fits the integer parameter ``name`` of ``spec``."""
    from ivy._codegen import parameter_role

    none, sequence, none_items = _shape_of(spec, name)
    if (value is None and none) or _valid_integer(value, sequence, none_items):
        return
    expected = "an int or a sequence of ints" if sequence else "an int"
    expected += " (or None, to keep a size)" if none_items else ""
    if parameter_role(spec.signature.parameters[name]) == "array":
        expected += " or an integer array"
    raise IvyTypeError(
        f"ivy.{spec.qualname}: argument '{name}' must be {expected}{' or None' if none else ''}, got {value!r}"
    )


def no_array(function: str, name: str, value: Any) -> None:
    """Raise IvyTypeError: ``value`` is no array, sequence of numbers or number."""
    raise IvyTypeError(
        f"ivy.{function}: argument '{name}' must be an array, a (nested) sequence of numbers or a number, got {value!r}"
    )


def array_dtype(value: Any, ops: Any = None) -> _dtypes.DType | None:
    """The ivy dtype of an ivy or native array of backend ``ops`` (default: the selected one), or None."""
    ops = ops or _dispatch.ops()
    native = value._data if type(value) is Array else value
    try:
        return ops.from_native_dtype.get(ops.dtype_of(native)) if ops.owns(native) else None
    except Exception:
        return None


def check_fits(function: str, name: str, value: int, dtype: _dtypes.DType | None) -> None:
    """Raise IvyOverflowError when the Python int ``value`` does not fit ``dtype`` (None or bool:
    the default integer dtype a Python int takes); floating dtypes take any int."""
    if dtype is None or dtype.kind == "b":
        dtype = _dtypes.defaults()["integral"]  # a Python int with a bool array gives the default integer
    if dtype is None or dtype.kind not in "iu":
        return
    low, high = _range(dtype)
    if not low <= value <= high:
        raise IvyOverflowError(
            f"ivy.{function}: argument '{name}' = {value} does not fit dtype {dtype.name} (range [{low}, {high}])"
        )


@cache
def _range(dtype: _dtypes.DType) -> tuple[int, int]:
    info = _dtypes.iinfo(dtype)
    return info.min, info.max


#: hook -> the names of its parameters that take an array or a Python int (a dict: hashing a Spec is slow)
_OPERANDS: dict[str, tuple[str, ...]] = {}


def _operands(spec: Spec) -> tuple[str, ...]:
    names = _OPERANDS.get(spec.hook)
    if names is None:
        names = _OPERANDS[spec.hook] = tuple(n for n, p in spec.signature.parameters.items() if scalar_operand(p))
    return names


def check_operands(spec: Spec, ops: Any, arguments: dict[str, Any]) -> None:
    """Raise IvyOverflowError when a Python int operand does not fit the dtype of the array
    operands (arrays of backend ``ops``)."""
    dtype = None
    operands = _operands(spec)
    for name in operands:
        value = arguments[name]
        if type(value) not in _SCALARS:
            try:
                dtype = ops.from_native_dtype.get(ops.dtype_of(value._data if type(value) is Array else value))
            except Exception:
                continue  # not an array of this backend: the backend reports it
            if dtype is not None:
                break
    if dtype is None or dtype.kind in "fc":
        return  # no array operand (the backend's scalar rules apply), or a floating one: any int fits
    for name in operands:
        if type(arguments[name]) is int:
            check_fits(spec.qualname, name, arguments[name], dtype)


def check_ints_in(function: str, name: str, obj: Any, dtype: Any) -> None:
    """Raise IvyOverflowError when a Python int in the (nested) sequence ``obj`` does not fit ``dtype``."""
    if not isinstance(dtype, _dtypes.DType) or dtype.kind not in "iu":
        return
    stack = [obj]
    while stack:
        item = stack.pop()
        if type(item) is int:
            check_fits(function, name, item, dtype)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)


def _bounds(indices: Any, ops: Any) -> tuple[int, int] | None:
    """``(min, max)`` of an integer array of backend ``ops``, or None (empty, bool or abstract)."""
    native = indices._data if isinstance(indices, Array) else indices
    try:
        dtype = ops.from_native_dtype.get(ops.dtype_of(native))
        if dtype is None or dtype.kind not in "iu":
            return None
        if 0 in tuple(ops.shape_of(native)):
            return None
        return int(ops.min(native, None, False)), int(ops.max(native, None, False))
    except Exception:
        return None  # a traced value (under jit): its bounds are unknown here


def check_indices(
    function: str, indices: Any, size: int, *, argument: str = "indices", axis: int = 0, ops: Any = None
) -> None:
    """Raise IvyIndexError when an entry of the integer array ``indices`` lies outside ``[-size, size)``.

    For backends whose kernels do not bound-check (they read stray memory, wrap or clamp).
    ``ops`` is the backend that owns ``indices`` (default: the selected one)."""
    bounds = _bounds(indices, ops or _dispatch.ops())
    if bounds is None:
        return
    low, high = bounds
    if low < -size or high >= size:
        bad = low if low < -size else high
        raise IvyIndexError(
            f"ivy.{function}: argument '{argument}' holds index {bad}, out of bounds for axis {axis} of size {size}"
        )


def check_axis(function: str, axis: int, ndim: int, *, argument: str = "axis") -> int:
    """``axis`` as a non-negative axis of an array of ``ndim`` dimensions; AxisError when out of range."""
    if not -ndim <= axis < ndim:
        raise AxisError(
            f"ivy.{function}: argument '{argument}' = {axis} is out of range for an array of {ndim} dimension(s)"
        )
    return axis % ndim


def check_key(function: str, shape: Sequence[int], key: Any) -> None:
    """Raise IvyIndexError when an integer-array or int part of the index ``key`` (a native
    index) is out of bounds for ``shape``.

    Parts are matched to axes as NumPy does: ``None`` adds an axis, ``...`` stands for
    the axes no other part takes, a boolean array takes as many axes as it has."""
    from ivy._backends import owner_of

    parts = key if isinstance(key, tuple) else (key,)
    ops = next((o for o in map(owner_of, parts) if o is not None), None) or _dispatch.ops()
    taken = [_axes_taken(p, ops) for p in parts]
    if parts.count(Ellipsis) > 1:
        return  # the backend's own error says it
    rest = len(shape) - sum(t for t in taken if t is not None)
    axis = 0
    for part, count in zip(parts, taken, strict=True):
        if count is None:  # the Ellipsis
            axis += max(rest, 0)
            continue
        if axis < len(shape):
            if type(part) is int:
                if not -shape[axis] <= part < shape[axis]:
                    raise IvyIndexError(
                        f"ivy.{function}: index {part} is out of bounds for axis {axis} of size {shape[axis]}"
                    )
            elif count == 1 and ops.owns(part):
                check_indices(function, part, shape[axis], argument="key", axis=axis, ops=ops)
        axis += count


def _axes_taken(part: Any, ops: Any) -> int | None:
    if part is Ellipsis:
        return None
    if part is None:
        return 0
    if ops.owns(part) and array_dtype(part, ops) is _dtypes.bool:
        return len(tuple(ops.shape_of(part)))
    return 1
