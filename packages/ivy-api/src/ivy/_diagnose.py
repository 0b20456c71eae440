"""Turning a backend's failure into an error that names the function, the
argument and what was expected.

The generated functions call this only after the backend has raised, so
validation costs nothing on the success path. The checks are derived from
the spec: parameter roles from its annotations, dtype kinds from its
``dtypes``, broadcasting for elementwise functions, axis ranges.
"""

from __future__ import annotations

from typing import Any

from ivy import _dispatch, _dtypes
from ivy._errors import (
    AxisError,
    BackendError,
    IvyError,
    IvyIndexError,
    IvyMemoryError,
    IvyOverflowError,
    IvyTypeError,
    IvyValueError,
)
from ivy._shape_rules import RULES
from ivy._shapes import broadcast_shapes
from ivy.spec import Spec
from ivy.spec._marker import DTYPE_KINDS

_SCALARS = (bool, int, float, complex)
_AXIS_NAMES = ("axis", "axes", "source", "destination")


def _describe_kind(kind: str) -> str:
    return {"integral or bool": "an integer or boolean", "integral": "an integer", "bool": "a boolean"}.get(
        kind, f"a {kind}"
    )


def _array_info(value: Any, ops: Any) -> tuple[Any, Any] | None:
    """``(dtype, shape)`` of an ivy or native array of the selected backend."""
    from ivy._array import Array

    native = value._data if isinstance(value, Array) else value
    if not ops.owns(native):
        return None
    return ops.from_native_dtype.get(ops.dtype_of(native)), tuple(ops.shape_of(native))


def _check_arrays(spec: Spec, ops: Any, arguments: dict[str, Any]) -> Exception | None:
    from ivy._array import Array
    from ivy._codegen import parameter_role

    if spec.name in ("asarray", "from_dlpack"):
        return None  # their first argument may be anything array-like: the backend's own error says more

    name = f"ivy.{spec.qualname}"
    shapes = []
    for parameter in spec.signature.parameters.values():
        role = parameter_role(parameter)
        value = arguments.get(parameter.name)
        if role == "arrays":
            values = value if isinstance(value, (list, tuple)) else None
            if values is None:
                return IvyTypeError(
                    f"{name}: argument '{parameter.name}' must be a sequence of arrays, got {type(value).__name__}"
                )
            items = list(enumerate(values))
        elif role == "array":
            items = [(None, value)]
        else:
            continue
        for index, item in items:
            label = parameter.name if index is None else f"{parameter.name}[{index}]"
            if item is None or isinstance(item, _SCALARS):
                continue
            info = _array_info(item, ops)
            if info is None:
                owner = _dispatch._backends.owner_of(item._data if isinstance(item, Array) else item)
                hint = (
                    f"it belongs to backend {owner.name!r} but the selected backend is {ops.name!r}"
                    if owner is not None and owner is not ops
                    else f"expected an ivy.Array or a {ops.name} array"
                )
                return IvyTypeError(f"{name}: argument '{label}' is a {type(item).__name__}; {hint}")
            dtype, shape = info
            shapes.append((label, shape))
            if (
                spec.dtypes
                and dtype is not None
                and parameter.name not in ("indices", "sorter", "condition", "repeats", "pivots")
            ):
                if not any(dtype.kind in _dtypes.KIND_MEMBERS[k] for k in DTYPE_KINDS[spec.dtypes]):
                    expected = _describe_kind(spec.dtypes)
                    return IvyTypeError(f"{name}: argument '{label}' has dtype {dtype.name}; expected {expected} dtype")
    if spec.category == "elementwise" and len(shapes) > 1:
        try:
            broadcast_shapes(*(s for _, s in shapes))
        except IvyValueError:
            listed = ", ".join(f"{s} of '{label}'" for label, s in shapes)
            return IvyValueError(f"{name}: shapes {listed} do not broadcast")
    if shapes:
        return _check_axes(name, spec, len(shapes[0][1]), arguments)
    return None


def _check_axes(name: str, spec: Spec, ndim: int, arguments: dict[str, Any]) -> Exception | None:
    for key in _AXIS_NAMES:
        if key not in arguments or arguments[key] is None:
            continue
        value = arguments[key]
        axes = value if isinstance(value, (tuple, list)) else (value,)
        if any(isinstance(axis, (tuple, list)) for axis in axes):
            continue  # a nested form (tensordot's pairs of axis lists) is the backend's to judge
        for axis in axes:
            if not isinstance(axis, int) or isinstance(axis, bool):
                return IvyTypeError(f"{name}: argument '{key}' must be an int or a tuple of ints, got {value!r}")
            limit = ndim + 1 if spec.name in ("expand_dims", "stack") else ndim
            if limit and not -limit <= axis < limit:
                return AxisError(
                    f"{name}: argument '{key}' = {axis} is out of range for an array of {ndim} dimension(s); "
                    f"expected an int in [{-limit}, {limit - 1}]"
                )
            if not limit and axis not in (0, -1):
                return AxisError(f"{name}: argument '{key}' = {axis} is out of range for a 0-d array")
    return None


def _check_dtype_argument(spec: Spec, ops: Any, arguments: dict[str, Any]) -> Exception | None:
    value = arguments.get("dtype")
    if value is None or "dtype" not in spec.signature.parameters:
        return None
    if value in ops.to_native_dtype:
        return None
    if isinstance(value, _dtypes.DType):
        return IvyTypeError(f"ivy.{spec.qualname}: dtype {value.name} is not supported by backend {ops.name!r}")
    return IvyTypeError(
        f"ivy.{spec.qualname}: argument 'dtype' must be an ivy dtype such as ivy.float32, got {value!r}"
    )


def _check_shapes(spec: Spec, ops: Any, arguments: dict[str, Any]) -> Exception | None:
    """The core's shape rule for ``spec`` (:mod:`ivy._shape_rules`), applied to the call's arrays."""
    from ivy._codegen import parameter_role

    check = RULES.get(spec.qualname)
    if check is None:
        return None
    shapes: dict[str, Any] = {}
    for parameter in spec.signature.parameters.values():
        role, value = parameter_role(parameter), arguments.get(parameter.name)
        if role == "array" and value is not None and not isinstance(value, _SCALARS):
            shapes[parameter.name] = _array_info(value, ops)[1]
        elif role == "arrays":
            shapes[parameter.name] = [_array_info(v, ops)[1] for v in value]
    flat = [s for v in shapes.values() for s in (v if isinstance(v, list) else [v])]
    if any(d is None or not isinstance(d, int) for s in flat for d in s):
        return None  # unknown sizes: nothing to say for sure
    problem = check(shapes, arguments)
    return None if problem is None else IvyValueError(f"ivy.{spec.qualname}: {problem}")


def _classified(ops: Any, error: Exception) -> type[Exception] | None:
    """The ivy error class the backend says ``error`` stands for (its ``classify_error`` hook)."""
    if "classify_error" not in ops.implemented:
        return None
    kind = ops.classify_error(error)
    return kind if isinstance(kind, type) and issubclass(kind, IvyError) else None


def diagnose(spec: Spec, error: Exception, arguments: dict[str, Any]) -> Exception:
    """The error to raise for ``error``, raised by a backend during ``spec``."""
    if isinstance(error, IvyError):
        return error
    ops = _dispatch.ops()
    found = _check_dtype_argument(spec, ops, arguments) or _check_arrays(spec, ops, arguments)
    found = found or _check_shapes(spec, ops, arguments)
    if found is not None:
        return found
    message = f"ivy.{spec.qualname}: backend {ops.name!r} raised {type(error).__name__}: {error}"
    kind = _classified(ops, error) or (IvyMemoryError if isinstance(error, MemoryError) else None)
    if kind is not None:
        return kind(message)
    if isinstance(error, OverflowError):
        return IvyOverflowError(message)
    for builtin, ours in ((IndexError, IvyIndexError), (TypeError, IvyTypeError), (ValueError, IvyValueError)):
        if isinstance(error, builtin):
            return ours(message)
    if isinstance(error, (ArithmeticError, NotImplementedError, RuntimeError)):
        return type(error)(message) if type(error).__init__ is not object.__init__ else BackendError(message)
    return BackendError(message)
