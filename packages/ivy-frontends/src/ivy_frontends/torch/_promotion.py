# ruff: noqa: N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Operands of torch's binary functions brought to one dtype by torch's promotion rules."""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._tensor import Tensor, as_ivy

_SCALARS = (builtins.bool, int, float, complex)
_KINDS_FOR = {"b": "b", "i": "biu", "u": "biu", "f": "biuf", "c": "biufc"}
_PY_KIND = {builtins.bool: "b", int: "i", float: "f", complex: "c"}


def result_type(*operands: Any) -> D.dtype:
    """torch.result_type for any number of tensors and Python scalars."""
    dimmed, zero, scalars = [], [], []
    for x in operands:
        if isinstance(x, Tensor):
            (dimmed if x._ivy.ndim else zero).append(x.dtype)
        elif isinstance(x, ivy.Array):
            (dimmed if x.ndim else zero).append(D.from_ivy(x.dtype))
        elif isinstance(x, _SCALARS):
            scalars.append(D.scalar_dtype(x))
        elif isinstance(x, D.dtype):
            dimmed.append(x)
        else:
            raise TypeError(f"torch.result_type: unsupported operand of type {type(x).__name__}")
    return D.result_type_of(dimmed, zero, scalars)


def _cast(x: Any, target: D.dtype) -> Any:
    if isinstance(x, Tensor):
        arr = x._ivy
        return arr if arr.dtype == target._ivy else ivy.astype(arr, target._ivy)
    if isinstance(x, ivy.Array):
        return x if x.dtype == target._ivy else ivy.astype(x, target._ivy)
    if type(x) in _PY_KIND and _PY_KIND[type(x)] in _KINDS_FOR[target._ivy.kind]:
        return x  # ivy keeps the array's dtype for a scalar of a compatible kind
    return as_ivy(x, target)


def binary(x: Any, y: Any, function: str) -> tuple[Any, Any, D.dtype]:
    """Both operands as ivy values of torch's result dtype (scalars of a fitting kind stay scalars)."""
    if type(x) is Tensor and type(y) is Tensor and x._ivy.dtype == y._ivy.dtype:
        return x._ivy, y._ivy, x.dtype
    if not isinstance(x, (Tensor, ivy.Array)) and not isinstance(y, (Tensor, ivy.Array)):
        if not isinstance(x, _SCALARS):
            raise TypeError(f"{function}(): argument 'input' must be Tensor, not {type(x).__name__}")
        x = as_ivy(x)
    try:
        target = result_type(x, y)
    except TypeError:
        bad, arg = (x, "input") if not isinstance(x, (Tensor, ivy.Array, *_SCALARS)) else (y, "other")
        raise TypeError(f"{function}(): argument '{arg}' must be Tensor or Number, not {type(bad).__name__}") from None
    return _cast(x, target), _cast(y, target), target


def unary_float(x: Tensor) -> Any:
    """The ivy array of ``x``, integer and bool tensors converted to the default float dtype."""
    arr = x._ivy
    if arr.dtype.kind in "biu":
        return ivy.astype(arr, D.get_default_dtype()._ivy)
    return arr
