"""Public functions generated from the hookspecs.

For each spec the generator writes a small Python function with the
standard's exact signature (positional-only and keyword-only markers and
defaults kept) that unwraps arrays, translates dtypes and devices, calls the
selected backend's bound implementation positionally, and wraps the result.
It is specialised per signature, so a call pays for no generic argument
handling; errors are diagnosed only after the backend has raised.
"""

from __future__ import annotations

import inspect
import os
import typing
from collections.abc import Callable, Sequence
from typing import Any

from ivy._checks import integer_parameter, scalar_operand
from ivy._devices import Device
from ivy._dtypes import DType
from ivy.spec import Spec
from ivy.spec._marker import annotation_args, resolve
from ivy.spec._types import Array


def _is_array_sequence(annotation: Any) -> bool:
    origin = typing.get_origin(annotation)
    return origin in (tuple, list) and Array in typing.get_args(annotation)


def parameter_role(parameter: inspect.Parameter) -> str:
    """How the dispatcher treats a parameter: array, arrays, dtype, device or plain."""
    members = annotation_args(parameter.annotation)
    if parameter.kind is inspect.Parameter.VAR_POSITIONAL and Array in members:
        return "arrays"
    if Array in members:
        return "array"
    if any(_is_array_sequence(m) for m in members):
        return "arrays"
    if DType in members:
        return "dtype"
    if Device in members:
        return "device"
    return "plain"


def return_role(annotation: Any) -> tuple[str, Any]:
    if annotation is Array:
        return "array", None
    if isinstance(annotation, type) and issubclass(annotation, tuple) and hasattr(annotation, "_fields"):
        return "named", annotation
    if _is_array_sequence(annotation):
        return ("list" if typing.get_origin(annotation) is list else "tuple"), None
    return "plain", None


#: ``_type(x) is _A`` (``_type`` is ``type``, named so that no parameter shadows it) rather
#: than ``x.__class__ is _A``: CPython specialises a call of ``type`` with one argument,
#: while ``__class__`` is a descriptor looked up on every call.
_ARGUMENT = {
    "array": "{n}._data if _type({n}) is _A else {n}",
    "arrays": "[_a._data if _type(_a) is _A else _a for _a in {n}]",
    "dtype": "None if {n} is None else _o.to_native_dtype[{n}]",
    "device": "None if {n} is None else _o.device_in({n})",
    "plain": "{n}",
}
_RESULT = {
    "array": "_A({r})",
    "tuple": "tuple(map(_A, {r}))",
    "list": "list(map(_A, {r}))",
    "named": "_R_{hook}(*[None if _v is None else _A(_v) for _v in {r}])",
    "plain": "{r}",
}


#: Lines a public function runs before dispatching, by qualified name. ``asarray`` of an
#: Array that needs no conversion returns that Array itself (as NumPy and torch do): on
#: backends with immutable arrays, sharing the wrapper is how ``copy=False`` results see
#: later ``x[i] = v`` writes to ``x``.
#: ``asarray``, ``full`` and ``full_like`` check that Python ints fit the integer dtype they are
#: to take (some backends wrap them: ``asarray([300], dtype=int8)`` would hold 44).
_PRELUDES = {
    "asarray": "    if obj.__class__ is _A and copy is not True and device is None and "
    "(dtype is None or dtype == obj.dtype) and _o.owns(obj._data):\n        return obj\n"
    "    if obj is None:\n        _no_array('asarray', 'obj', obj)\n"
    "    if dtype is not None and _type(obj) in (list, tuple, int):\n"
    "        _check_ints_in('asarray', 'obj', obj, dtype)\n",
    "full": "    if _type(fill_value) is int and not 0 <= fill_value <= 127:\n"
    "        _check_fits('full', 'fill_value', fill_value, dtype)\n",
    "full_like": "    if _type(fill_value) is int and not 0 <= fill_value <= 127:\n"
    "        _check_fits('full_like', 'fill_value', fill_value, dtype or _dtype_of(x))\n",
}


def _prelude(spec: Spec, globals_: dict[str, Any]) -> str:
    """The lines before dispatching: ``_PRELUDES``, then the allocation check of a function
    that creates an array of a given ``shape`` (see :mod:`ivy._allocation`)."""
    lines = _PRELUDES.get(spec.qualname, "")
    parameters = spec.signature.parameters
    if spec.category in ("creation", "random") and "shape" in parameters:
        from ivy._allocation import check_size

        globals_["_check_size"] = check_size
        dtype = "dtype" if "dtype" in parameters else "None"
        lines += f"    if shape is not None:\n        _check_size(_S_{spec.hook}, shape, {dtype})\n"
    return lines


def _parameters_source(spec: Spec, globals_: dict[str, Any]) -> str:
    parts = []
    previous_kind = None
    for parameter in spec.signature.parameters.values():
        kind = parameter.kind
        if previous_kind is inspect.Parameter.POSITIONAL_ONLY and kind is not inspect.Parameter.POSITIONAL_ONLY:
            parts.append("/")
        if kind is inspect.Parameter.KEYWORD_ONLY and previous_kind not in (
            inspect.Parameter.KEYWORD_ONLY,
            inspect.Parameter.VAR_POSITIONAL,
        ):
            parts.append("*")
        text = ("*" if kind is inspect.Parameter.VAR_POSITIONAL else "") + parameter.name
        if parameter.default is not inspect.Parameter.empty:
            default_name = f"_d_{spec.hook}_{parameter.name}"
            globals_[default_name] = parameter.default
            text += f"={default_name}"
        parts.append(text)
        previous_kind = kind
    if previous_kind is inspect.Parameter.POSITIONAL_ONLY:
        parts.append("/")
    return ", ".join(parts)


def _checks_source(spec: Spec) -> str:
    """Lines checking the arguments some backends would take silently: a non-int axis or
    count (any type but int goes to ``_check_integer``), a Python int operand that may not
    fit the array's dtype (any outside ``[0, 127]``, which fits every dtype, goes to
    ``_check_operands``). Derived from the annotations; an ordinary call pays a type test."""
    lines = []
    names = ", ".join(f"{p!r}: {p}" for p in spec.signature.parameters)
    for parameter in spec.signature.parameters.values():
        n, role = parameter.name, parameter_role(parameter)
        if role == "plain" and integer_parameter(parameter):
            members = annotation_args(parameter.annotation)
            check = f"_check_integer(_S_{spec.hook}, {n!r}, {n})"
            if any(typing.get_origin(m) in (tuple, list, Sequence) for m in members):  # a tuple of ints: each
                lines.append(f"    if _type({n}) is tuple:\n        for _v in {n}:\n")
                lines.append(f"            if _type(_v) is not int:\n                {check}\n    el")
            else:
                lines.append("    ")
            maybe_none = f"{n} is not None and " if type(None) in members else ""
            lines.append(f"if {maybe_none}_type({n}) is not int:\n        {check}\n")
        elif role == "array" and scalar_operand(parameter):
            lines.append(
                f"    if _type({n}) is int and not 0 <= {n} <= 127:\n"
                f"        _check_operands(_S_{spec.hook}, _o, {{{names}}})\n"
            )
            if float not in annotation_args(parameter.annotation):  # an int or an array (repeats): no float
                lines.append(
                    f"    if _type({n}) in (float, complex, str, bytes):\n"
                    f"        _check_integer(_S_{spec.hook}, {n!r}, {n})\n"
                )
    return "".join(lines)


def _dispatching_source(spec: Spec, globals_: dict[str, Any]) -> str:
    params = _parameters_source(spec, globals_)
    arguments = []
    for parameter in spec.signature.parameters.values():
        role = parameter_role(parameter)
        code = _ARGUMENT[role].format(n=parameter.name)
        if role == "arrays" and parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            code = f"tuple({code[1:-1]})"
        arguments.append(code)
    role, named = return_role(spec.signature.return_annotation)
    if named is not None:
        globals_[f"_R_{spec.hook}"] = named
    # ``_o.hook`` read apart from the call: as ``_o.hook(...)`` it would be a method lookup,
    # which CPython does not specialise for a function in an instance's dict
    call = f"_f({', '.join(arguments)})"
    names = ", ".join(f"{p!r}: {p}" for p in spec.signature.parameters)
    globals_[f"_S_{spec.hook}"] = spec
    if role == "array":  # the commonest result: an Array made without calling __init__ (a Python frame)
        body, tail = f"        _r = {call}\n", "    _w = _new(_A)\n    _w._data = _r\n    return _w\n"
    else:
        body, tail = f"        return {_RESULT[role].format(r=call, hook=spec.hook)}\n", ""
    return (
        f"def {spec.name}({params}):\n"
        f"    _o = _get(_default)\n"
        f"{_prelude(spec, globals_)}"
        f"{_checks_source(spec)}"
        f"    _f = _o.{spec.hook}\n"
        f"    try:\n"
        f"{body}"
        f"    except _IvyError:\n"
        f"        raise\n"
        f"    except Exception as _e:\n"
        f"        raise _diagnose(_S_{spec.hook}, _e, {{{names}}}) from _e\n"
        f"{tail}"
    )


def _accelerator() -> Any:
    """``ivy._accel`` (the C extension built with ivy-api), or None where it was not built
    or ``IVY_PURE_PYTHON`` is set; every function then is its generated Python."""
    if os.environ.get("IVY_PURE_PYTHON"):
        return None
    try:
        from ivy import _accel
    except ImportError:
        return None
    return _accel


ACCELERATOR = _accelerator()


def accelerable(spec: Spec) -> bool:
    """Whether the C dispatcher serves ``spec``: every parameter one array, without a
    default, and one array as the result (elementwise functions, matmul, ...)."""
    parameters = spec.signature.parameters.values()
    return (
        not spec.core
        and spec.qualname not in _PRELUDES
        and 1 <= len(parameters) <= 4  # MAX_ARGS in _accel.c
        and return_role(spec.signature.return_annotation)[0] == "array"
        and all(
            parameter_role(p) == "array"
            and p.default is inspect.Parameter.empty
            and p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
            for p in parameters
        )
    )


def build(spec: Spec, globals_: dict[str, Any]) -> Callable:
    """The public function for ``spec``: its generated Python, behind the C dispatcher where
    that serves the spec (the Python function then runs the calls C leaves to it)."""
    if spec.core:
        function = resolve(spec.core)
    else:
        function = _generated(spec, globals_)
        if ACCELERATOR is not None and accelerable(spec):
            python = function
            function = ACCELERATOR.Dispatcher(python, spec.hook, spec, tuple(spec.signature.parameters))
            function.__annotations__ = python.__annotations__
            function.__ivy_source__ = python.__ivy_source__
    _describe(function, spec)
    return function


def _generated(spec: Spec, globals_: dict[str, Any]) -> Callable:
    """The generated Python function for ``spec``."""
    source = _dispatching_source(spec, globals_)
    namespace: dict[str, Any] = {}
    exec(compile(source, f"<ivy.{spec.qualname}>", "exec"), globals_, namespace)
    function = namespace[spec.name]
    function.__annotations__ = dict(spec.function.__annotations__)
    function.__ivy_source__ = source  # type: ignore[attr-defined]
    _describe(function, spec)
    return function


def _describe(function: Any, spec: Spec) -> None:
    """Give ``function`` the spec's name, docstring and module, as if written in ``ivy``."""
    function.__doc__ = spec.function.__doc__
    function.__module__ = "ivy" if not spec.namespace else f"ivy.{spec.namespace}"
    function.__name__ = spec.name
    function.__qualname__ = spec.name
    function.__ivy_spec__ = spec  # type: ignore[attr-defined]
