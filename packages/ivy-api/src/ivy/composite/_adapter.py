"""Adapting a composite (ivy arrays in and out) to the hook calling convention (native arrays)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ivy._array import Array
from ivy._codegen import parameter_role
from ivy.spec import Spec


def _unwrap(result: Any) -> Any:
    if isinstance(result, Array):
        return result._data
    if isinstance(result, tuple) and hasattr(result, "_fields"):
        return type(result)(*map(_unwrap, result))
    if isinstance(result, (tuple, list)):
        return type(result)(map(_unwrap, result))
    return result


def adapt(spec: Spec, function: Callable, ops: Any) -> Callable:
    """``function`` as a hook implementation of backend ``ops``."""
    roles = [parameter_role(p) for p in spec.signature.parameters.values()]

    def wrap(role: str, value: Any) -> Any:
        if role == "array":
            return Array(value) if ops.owns(value) else value
        if role == "arrays":
            return [Array(v) if ops.owns(v) else v for v in value]
        if role == "dtype" and value is not None:
            return ops.from_native_dtype.get(value, value)
        return value

    def adapted(*args: Any) -> Any:
        return _unwrap(function(*(wrap(role, value) for role, value in zip(roles, args, strict=True))))

    adapted.__name__ = spec.hook
    adapted.__ivy_composite__ = function  # type: ignore[attr-defined]
    return adapted
