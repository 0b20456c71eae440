"""What every module of the backend shares: the 64-bit scope, the dtype
tables, and Ivy's type promotion applied to JAX arrays.

64-bit types. JAX represents float64/int64/complex128 only while its
``jax_enable_x64`` option is on; off (the default), it silently computes in
32 bits. Ivy needs 64-bit types but must not change the user's own JAX code,
so every hook runs with the option switched on *for the current thread only*
and restores the previous thread-local value on the way out. The switch is
``jax.enable_x64.swap_local`` / ``set_local`` (what ``with
jax.enable_x64(True):`` does, without building a context manager object per
call: about 0.15 us). Outside Ivy's calls nothing changes: a global
``jax.config.update("jax_enable_x64", True)`` is never made.

Promotion. JAX's weak-type lattice differs from the standard's table for
mixed kinds (``int64 + float32`` is ``float32`` in JAX, ``float64`` in Ivy;
``int16 + float16`` is ``float16`` in JAX, ``float32`` in Ivy). Binary
functions therefore cast both operands to the dtype of ``ivy._dtypes.PROMOTION``
first whenever their dtypes differ; a Python scalar takes the array's dtype
(the core's weak-scalar rule) and is passed to JAX as a weak value of that
dtype.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax

from ivy import _dtypes
from ivy.plugin import hookimpl

# -- the 64-bit scope -------------------------------------------------------

_X64 = jax.enable_x64
swap_x64: Callable[[Any], Any] = _X64.swap_local
restore_x64: Callable[[Any], None] = _X64.set_local


def scoped(function: Callable) -> Callable:
    """``function`` run with 64-bit types enabled for this thread, as a hook
    implementation with ``function``'s parameters.

    The wrapper is compiled with the real parameter names (pluggy reads them
    from the code object) and calls ``function`` positionally.
    """
    params = ", ".join(inspect.signature(function).parameters)
    source = (
        f"def {function.__name__}({params}):\n"
        f"    previous = _swap(True)\n"
        f"    try:\n"
        f"        return _function({params})\n"
        f"    finally:\n"
        f"        _restore(previous)\n"
    )
    namespace: dict[str, Any] = {"_swap": swap_x64, "_restore": restore_x64, "_function": function}
    exec(compile(source, f"<ivy_backend_jax {function.__name__}>", "exec"), namespace)
    hook = namespace[function.__name__]
    hook.__qualname__ = function.__qualname__
    hook.__doc__ = function.__doc__
    hook.__module__ = function.__module__
    hook.__wrapped__ = function  # type: ignore[attr-defined]
    return hookimpl(hook)


def x64_scope() -> Any:
    """A context manager with the same effect, for code outside a hook."""
    return _X64(True)


# -- arrays and dtypes -------------------------------------------------------

try:  # the concrete array class, for the fast paths' exact class checks
    from jax._src.array import ArrayImpl
except ImportError:  # pragma: no cover - a JAX that moved it
    ArrayImpl = type(jnp.zeros(()))

#: ivy dtype name -> native dtype (``numpy.dtype``; JAX arrays report these).
NATIVE: dict[str, np.dtype] = {d.name: np.dtype(jnp.dtype(d.name)) for d in _dtypes.ALL_DTYPES}
#: native dtype -> ivy dtype.
TO_IVY: dict[np.dtype, _dtypes.DType] = {native: _dtypes.BY_NAME[name] for name, native in NATIVE.items()}
#: (native, native) -> native result dtype, from the core's table.
PROMOTE: dict[tuple[np.dtype, np.dtype], np.dtype] = {
    (NATIVE[a.name], NATIVE[b.name]): NATIVE[c.name] for (a, b), c in _dtypes.PROMOTION.items()
}

BOOL = NATIVE["bool"]
INT64 = NATIVE["int64"]
UINT64 = NATIVE["uint64"]
FLOAT32 = NATIVE["float32"]
FLOAT64 = NATIVE["float64"]
COMPLEX64 = NATIVE["complex64"]
COMPLEX128 = NATIVE["complex128"]
DEFAULT_FLOAT = NATIVE[_dtypes.DEFAULTS["real floating"].name]
DEFAULT_COMPLEX = NATIVE[_dtypes.DEFAULTS["complex floating"].name]
DEFAULT_INT = NATIVE[_dtypes.DEFAULTS["integral"].name]
INDEX = NATIVE[_dtypes.DEFAULTS["indexing"].name]

SCALARS = (bool, int, float, complex)
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def default_dtype_of_scalar(value: Any) -> np.dtype:
    """The dtype an array made from the Python scalar ``value`` alone gets."""
    if isinstance(value, bool):
        return BOOL
    if isinstance(value, int):
        return DEFAULT_INT
    if isinstance(value, float):
        return DEFAULT_FLOAT
    return DEFAULT_COMPLEX


def as_array(x: Any) -> Any:
    """A JAX array (or tracer) for ``x``; Python scalars get Ivy's default dtypes."""
    if isinstance(x, jax.Array):
        return x
    if type(x) in SCALARS:
        return jnp.asarray(x, dtype=default_dtype_of_scalar(x))
    return jnp.asarray(x)


def strong(x: Any, dtype: np.dtype) -> Any:
    """``x`` as a strongly typed array of ``dtype`` (JAX's weak types would
    otherwise let the other operand's dtype win)."""
    if x.dtype == dtype and not x.weak_type:
        return x
    return lax.convert_element_type(x, dtype)


@functools.cache
def scalar_target(dtype: np.dtype, kind: type) -> np.dtype:
    """The result dtype of an array of ``dtype`` with a Python scalar of type ``kind``."""
    sample = {bool: True, int: 1, float: 1.0, complex: 1j}[kind]
    return NATIVE[_dtypes.result_type(TO_IVY[dtype], sample).name]


def fit_scalar(value: Any, dtype: np.dtype) -> Any:
    """A Python scalar in a form JAX combines with an array of ``dtype`` as a
    weak value: an int becomes a float next to floats, and an int outside the
    int64 range (a large uint64) becomes a typed array."""
    if type(value) is int:
        if dtype.kind in "fc":
            return float(value)
        if not _INT64_MIN <= value <= _INT64_MAX:
            return jnp.asarray(np.asarray(value, dtype=dtype))
    return value


def promote(x1: Any, x2: Any) -> tuple[Any, Any]:
    """Both operands cast to the dtype Ivy's promotion gives them."""
    scalar1 = type(x1) in SCALARS
    scalar2 = type(x2) in SCALARS
    if scalar1 and scalar2:
        x1 = as_array(x1)
        scalar1 = False
    if not scalar1 and not scalar2:
        x1, x2 = as_array(x1), as_array(x2)
        target = PROMOTE[x1.dtype, x2.dtype]
        return strong(x1, target), strong(x2, target)
    if scalar1:
        array = as_array(x2)
        target = scalar_target(array.dtype, type(x1))
        return fit_scalar(x1, target), strong(array, target)
    array = as_array(x1)
    target = scalar_target(array.dtype, type(x2))
    return strong(array, target), fit_scalar(x2, target)


def promote_many(arrays: Any) -> list[Any]:
    """Every array cast to the dtype Ivy's promotion gives all of them."""
    arrays = [as_array(a) for a in arrays]
    if not arrays:
        return arrays
    target = arrays[0].dtype
    for a in arrays[1:]:
        target = PROMOTE[target, a.dtype]
    return [strong(a, target) for a in arrays]


def is_concrete(x: Any) -> bool:
    """Whether ``x`` holds values now (not a tracer inside ``jax.jit``)."""
    return not isinstance(x, jax.core.Tracer)


def unary(function: Callable, name: str) -> Callable:
    """A hook ``name(x)`` calling ``function`` in the 64-bit scope."""

    def hook(x: Any) -> Any:
        previous = swap_x64(True)
        try:
            return function(x)
        finally:
            restore_x64(previous)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def binary(function: Callable, name: str) -> Callable:
    """A hook ``name(x1, x2)``: Ivy's promotion, then ``function``, in the 64-bit scope.

    Two concrete arrays of one dtype (the common case) go straight to JAX.
    """

    def hook(x1: Any, x2: Any) -> Any:
        previous = swap_x64(True)
        try:
            if x1.__class__ is ArrayImpl and x2.__class__ is ArrayImpl and x1.dtype is x2.dtype:
                return function(x1, x2)
            return function(*promote(x1, x2))
        finally:
            restore_x64(previous)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def native_dtype(dtype: Any) -> np.dtype | None:
    """A native dtype for what a hook received (``None`` stays ``None``)."""
    return None if dtype is None else np.dtype(dtype)
