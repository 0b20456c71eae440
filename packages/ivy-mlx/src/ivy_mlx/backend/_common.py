"""What the MLX backend's modules share: the dtype tables and the core's promotion."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import (
    DEFAULT_DTYPES,
    DTYPES,
    NativePromotion,
    composite_fallback,
    elementwise_hook,
    same_dtype_natives,
)

#: ivy dtype name -> MLX dtype, for the dtypes MLX has (no complex128)
NATIVE = {name: getattr(mx, name) for name in DTYPES if isinstance(getattr(mx, name, None), mx.Dtype)}
NATIVE["bool"] = mx.bool_


class Missing(str):
    """A dtype the core's promotion can give but MLX lacks: casting to it raises."""


#: complex64 with float64 promotes to complex128, which MLX lacks: the table names it, casts refuse it
PROMOTION = NativePromotion({**NATIVE, "complex128": Missing("complex128")}, mx.array)
DEFAULT_FLOAT = NATIVE[DEFAULT_DTYPES["real floating"].name]
DEFAULT_INT = NATIVE[DEFAULT_DTYPES["integral"].name]
FLOATS = frozenset(NATIVE[n] for n in ("float16", "bfloat16", "float32", "float64"))
COMPLEX = frozenset(NATIVE[n] for n in ("complex64",))
INTEGERS = frozenset(NATIVE[n] for n in NATIVE if n.startswith(("int", "uint")))
UNSIGNED = frozenset(NATIVE[n] for n in NATIVE if n.startswith("uint"))
BOOL = mx.bool_

fallback = composite_fallback(lambda value: isinstance(value, mx.array))

_TO_NUMPY = {NATIVE[name]: np.dtype(name) for name in NATIVE if name != "bfloat16"}
_FROM_NUMPY = {v: k for k, v in _TO_NUMPY.items()}


def native_dtype_of_numpy(dtype: np.dtype) -> Any:
    """The MLX dtype for a NumPy one; a clear error for one MLX lacks (complex128, ...)."""
    try:
        return _FROM_NUMPY[np.dtype(dtype)]
    except KeyError:
        raise TypeError(f"the mlx backend has no {np.dtype(dtype).name} dtype") from None


def from_numpy(array: np.ndarray) -> Any:
    """A NumPy array as MLX of the same dtype (``mx.array`` alone makes float64 float32)."""
    array = np.asarray(array)
    return mx.array(array, dtype=native_dtype_of_numpy(array.dtype))


def to_numpy(x: Any) -> np.ndarray:
    """A NumPy copy of an MLX array (evaluates it); bfloat16 widens to float32."""
    if x.dtype == mx.bfloat16:
        x = x.astype(mx.float32)
    return np.array(x, copy=True)


def as_typed(x: Any, dtype: Any) -> Any:
    """``x`` (an MLX array or a Python scalar) as an MLX array of ``dtype``."""
    if isinstance(dtype, Missing):
        raise TypeError(f"the mlx backend has no {dtype} dtype (the core's promotion asks for it)")
    if isinstance(x, mx.array):
        return x if x.dtype == dtype else x.astype(dtype)
    return mx.array(x, dtype=dtype)


def as_array(x: Any) -> Any:
    """``x`` as an MLX array (a Python scalar takes the core's default dtype for its kind)."""
    if isinstance(x, mx.array):
        return x
    return mx.array(x, dtype=PROMOTION.result_dtype(x, x))


_ARRAY = mx.array


def _always(*args: Any) -> bool:
    return True


def promoted(native: Callable[..., Any]) -> Callable[..., Any]:
    """``native`` called on its operands cast to the core's promoted dtype."""

    def function(x1: Any, x2: Any) -> Any:
        if x1.__class__ is _ARRAY and x2.__class__ is _ARRAY and x1.dtype == x2.dtype:
            return native(x1, x2)  # nothing to promote (the core's fast path misses MLX: see binary_hook)
        dtype = PROMOTION.result_dtype(x1, x2)
        return native(as_typed(x1, dtype), as_typed(x2, dtype))

    return function


def binary_hook(hook: str, native: Callable[..., Any]) -> Callable:
    """The hook ``hook(x1, x2)``: ``native`` after the core's promotion. An MLX builtin
    (not an adapted Python function) is exactly the hook for two arrays of one dtype, so the
    dispatcher may call it directly for them (no promotion to do). That direct call compares
    dtype objects by identity, and MLX makes a new one on every ``.dtype``: ``promoted``
    checks for one dtype first instead."""
    function = elementwise_hook(hook, promoted(native), _always, fallback)
    if not isinstance(native, types.FunctionType):
        same_dtype_natives(function, dict.fromkeys(NATIVE.values(), native))
    return function


def floating_hook(hook: str, native: Callable[[Any], Any]) -> Callable:
    """The one-array hook ``hook(x)``: ``native(x)`` for floating and complex MLX arrays,
    the core's composite (which names the argument's error) for the rest."""
    return elementwise_hook(
        hook, native, lambda x: isinstance(x, mx.array) and (x.dtype in FLOATS or x.dtype in COMPLEX), fallback
    )


def any_hook(hook: str, native: Callable[[Any], Any]) -> Callable:
    """The one-array hook ``hook(x)``: ``native(x)`` for every MLX array."""
    return elementwise_hook(hook, native, _always, fallback)
