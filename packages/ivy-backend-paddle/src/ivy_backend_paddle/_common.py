"""What every module of the backend shares: dtype tables, the core's promotion
rules in Paddle's terms, Python scalars, and the kernel detours.

Paddle differs from the core in three ways that matter here:

* **Promotion.** Paddle refuses most mixed-dtype operations (``int32 +
  float32`` raises) and promotes the ones it accepts by its own table
  (``int64 + complex64`` is ``complex64``; Ivy says ``complex128``). Binary
  hooks therefore cast both operands to the dtype of the core's table (``ivy.plugin.promotion_table``)
  whenever their dtypes differ, and a Python scalar becomes a 0-d tensor of the
  dtype the core's weak-scalar rule gives.
* **Missing kernels.** Many CPU kernels exist only for int32/int64 and the
  32/64-bit floats (``multiply`` has none for int8, ``sin`` none for float16).
  A hook computes such dtypes in a wider one (``WIDE``) and casts back. That is
  exact: integer arithmetic wraps the same way modulo 2**bits, and a float16
  or bfloat16 result rounded from float32 is the correctly rounded one for the
  basic operations (float32 has more than twice their precision) and at
  least as accurate as a native kernel for the others.
* **Dtypes.** ``paddle.uint16`` is bfloat16 in disguise and uint32/uint64
  have no kernels, so those three are emulated (see ``_unsigned``).

Some Paddle kernels are wrong rather than missing (float ``equal`` has a 1e-8
tolerance, ``searchsorted`` mishandles infinities, integer ``pow`` and
``matmul`` go through floating point...): the helpers here
(:func:`exact_equal`, :func:`truth`, :func:`order_key`, :func:`span`) are the
exact replacements the hooks use.

Hashing a Paddle dtype (a pybind object) costs about a microsecond, so the
fast paths compare dtypes by identity (``is`` or ``id``) against the module
constants and use the dicts (by value) only on the slow path.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import paddle
from paddle import _C_ops
from paddle.framework import _current_expected_place

import ivy
from ivy.plugin import DTYPES, NativePromotion, hookimpl

Tensor = paddle.Tensor
#: what stands for a tensor while ``paddle.jit.to_static`` builds a program: a PIR value, or a
#: static Variable under the legacy IR. Hooks take them wherever they take tensors; their dtypes
#: equal the module's constants without being them, so identity fast paths pass them to the slow ones.
STATIC: tuple[type, ...] = (paddle.pir.Value, paddle.static.Variable)
#: every type that is a Paddle tensor to the backend
TENSORS: tuple[type, ...] = (Tensor, *STATIC)


def is_tensor(x: Any) -> bool:
    """Whether ``x`` is a Paddle tensor: eager (checked first, by class), a Parameter, or a static program's."""
    return x.__class__ is Tensor or isinstance(x, TENSORS)


def numel(x: Any) -> int:
    """How many elements tensor ``x`` has, as a Python int (a static program's value gives its ``size`` as a value)."""
    return x.size if x.__class__ is Tensor else math.prod(x.shape)


NAMES = (
    "bool", "int8", "int16", "int32", "int64", "uint8",
    "float16", "bfloat16", "float32", "float64", "complex64", "complex128",
)  # fmt: skip

#: ivy dtype name -> paddle dtype
NATIVE: dict[str, Any] = {name: getattr(paddle, name) for name in NAMES}
#: paddle dtype -> ivy DType
IVY: dict[Any, ivy.DType] = {native: DTYPES[name] for name, native in NATIVE.items()}
#: ivy DType -> paddle dtype
PADDLE: dict[ivy.DType, Any] = {v: k for k, v in IVY.items()}

BOOL, I8, I16, I32, I64, U8 = (NATIVE[n] for n in ("bool", "int8", "int16", "int32", "int64", "uint8"))
F16, BF16, F32, F64, C64, C128 = (
    NATIVE[n] for n in ("float16", "bfloat16", "float32", "float64", "complex64", "complex128")
)

_PROMOTION = NativePromotion(NATIVE, TENSORS)
#: (paddle, paddle) -> paddle result dtype, the core's table
PROMOTE: dict[tuple[Any, Any], Any] = _PROMOTION.table
#: The core's result dtype for two operands (tensors or Python scalars).
result_dtype = _PROMOTION.result_dtype

FLOATING = frozenset({F16, BF16, F32, F64})
COMPLEX = frozenset({C64, C128})
INEXACT = FLOATING | COMPLEX
SIGNED = frozenset({I8, I16, I32, I64})
INTEGRAL = SIGNED | {U8}
HALF = frozenset({F16, BF16})

#: where a missing kernel is worked around: compute in the wider dtype, cast back
WIDE = {I8: I32, I16: I32, U8: I32, F16: F32, BF16: F32, BOOL: I32}
REAL_OF = {C64: F32, C128: F64}
BITS = {I8: 8, I16: 16, I32: 32, I64: 64, U8: 8}
IINFO = {d: (0, 255) if d is U8 else (-(2 ** (b - 1)), 2 ** (b - 1) - 1) for d, b in BITS.items()}


# -- casting -------------------------------------------------------------------
def cast(x: Tensor, dtype: Any) -> Tensor:
    """``x`` as ``dtype`` (``x`` itself when it already is)."""
    return x if x.dtype == dtype else _C_ops.cast(x, dtype)


# -- Python scalars ------------------------------------------------------------


def scalar_tensor(value: Any, dtype: Any, place: Any = None) -> Tensor:
    """A 0-d tensor holding Python scalar ``value`` as ``dtype``.

    An integer that ``dtype`` cannot hold raises ``OverflowError`` (as NumPy
    does) rather than wrapping around to a wrong value.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        limits = IINFO.get(dtype)
        if limits is not None and not limits[0] <= value <= limits[1]:
            raise OverflowError(f"Python integer {value} out of bounds for {IVY[dtype].name}")
        if dtype in INEXACT:
            value = float(value)
    if place is None:
        place = _current_expected_place()
    if value.__class__ is float and not math.isfinite(value) and dtype not in COMPLEX and not paddle.in_dynamic_mode():
        return _nonfinite(value, dtype, place)
    return _C_ops.full([], value, dtype, place)


def _nonfinite(value: float, dtype: Any, place: Any) -> Tensor:
    """inf, -inf or NaN as a 0-d tensor of a static program, computed as ``±1 / 0`` or ``0 / 0``:
    ``paddle.jit.save`` (Paddle 3.3) writes a non-finite constant of an op so that ``paddle.jit.load``
    cannot read the program back ("key 'D' not found")."""
    numerator = 0.0 if math.isnan(value) else math.copysign(1.0, value)
    return _C_ops.divide(_C_ops.full([], numerator, dtype, place), _C_ops.full([], 0.0, dtype, place))


def operands(x1: Any, x2: Any, dtype: Any = None) -> tuple[Tensor, Tensor, Any]:
    """Both operands as tensors of the core's result dtype (or of ``dtype``)."""
    target = result_dtype(x1, x2) if dtype is None else dtype
    place = x1.place if isinstance(x1, TENSORS) else x2.place if isinstance(x2, TENSORS) else None
    x1 = cast(x1, target) if isinstance(x1, TENSORS) else scalar_tensor(x1, target, place)
    x2 = cast(x2, target) if isinstance(x2, TENSORS) else scalar_tensor(x2, target, place)
    return x1, x2, target


def promote_many(arrays: Any) -> list[Tensor]:
    """Every tensor cast to the dtype the core's promotion gives all of them."""
    arrays = list(arrays)
    if not arrays:
        return arrays
    target = arrays[0].dtype
    for a in arrays[1:]:
        if a.dtype != target:
            target = PROMOTE[target, a.dtype]
    return [cast(a, target) for a in arrays]


# -- exact comparisons ----------------------------------------------------------------
# Paddle's ``equal``/``not_equal`` (and ``==``, ``isin``) treat floats closer than
# 1e-8 as equal (``1e-30 == 0`` and ``1 == 1 + 2**-52`` are True); ordering
# comparisons are exact, so equality is built from them.
def exact_equal(x1: Tensor, x2: Tensor) -> Tensor:
    """``x1 == x2`` elementwise, exactly, for two tensors of one dtype."""
    dtype = x1.dtype
    if dtype in COMPLEX:
        return _C_ops.logical_and(
            exact_equal(_C_ops.real(x1), _C_ops.real(x2)), exact_equal(_C_ops.imag(x1), _C_ops.imag(x2))
        )
    if dtype in FLOATING:
        return _C_ops.logical_and(_C_ops.less_equal(x1, x2), _C_ops.greater_equal(x1, x2))
    return _C_ops.equal(x1, x2)


def truth(x: Tensor) -> Tensor:
    """``x != 0`` elementwise (NaN is true), exactly."""
    dtype = x.dtype
    if dtype == BOOL:
        return x
    if dtype in COMPLEX:
        return _C_ops.logical_or(truth(_C_ops.real(x)), truth(_C_ops.imag(x)))
    return _C_ops.cast(x, BOOL)


def order_key(x: Tensor) -> Tensor:
    """An integer tensor ordered as the real floats ``x`` are (-0 equal to +0, NaN last).

    Paddle's ``searchsorted`` sends every non-finite value (-inf too) past the end;
    searching the keys instead is exact."""
    if x.dtype in HALF:
        x = _C_ops.cast(x, F32)
    integer, bits_minus_one = (I64, 63) if x.dtype == F64 else (I32, 31)
    x = paddle.where(paddle.isnan(x), scalar_tensor(math.nan, x.dtype), x + 0.0)
    bits = x.view(integer)
    sign = paddle.bitwise_right_shift(bits, paddle.full([], bits_minus_one, integer))  # 0 or -1
    magnitude_mask = paddle.full([], 2**bits_minus_one - 1, integer)
    return paddle.bitwise_xor(bits, paddle.bitwise_and(sign, magnitude_mask))


# -- functions built from Paddle functions -------------------------------------------
#: a route: (dtype to compute in, dtype to cast the result to, or None to keep it)
Routes = dict


def named(function: Callable, name: str) -> Callable:
    function.__name__ = function.__qualname__ = name
    return function


def hooks(functions: dict[str, Callable]) -> dict[str, Callable]:
    """``functions`` marked as hook implementations under their keys."""
    return {name: hookimpl(named(function, name)) for name, function in functions.items()}


def binary_hooks(table: dict[str, tuple]) -> dict[str, Callable]:
    """Hooks made by :func:`binary` from ``{hook: (native, fast, routes)}``."""
    return hooks({name: binary(*arguments, hook=name) for name, arguments in table.items()})


def unary(native: Callable, fast: tuple, routes: Routes) -> Callable:
    """``f(x)``: ``native`` for the dtypes in ``fast``; a dtype with a route is
    computed in the route's dtype and cast to its result dtype; any other goes
    to Paddle as it is (which raises for a dtype it has no kernel for)."""
    fast_ids = frozenset(id(d) for d in fast)

    def function(x: Any) -> Any:
        dtype = x.dtype
        if id(dtype) in fast_ids:
            return native(x)
        route = routes.get(dtype)
        if route is None:
            return native(x)
        result = native(_C_ops.cast(x, route[0]))
        return result if route[1] is None else cast(result, route[1])

    return function


class _NoUnsigned:
    """Stands in for ``_unsigned.UIntTensor`` until that module is imported."""


#: the emulated unsigned array type and the hooks' handlers for it (set by ``_unsigned``)
UINT: type = _NoUnsigned
UINT_HANDLERS: dict[str, Callable] = {}


def binary(native: Callable, fast: tuple, routes: Routes, hook: str | None = None) -> Callable:
    """``f(x1, x2)``: the core's promotion, then ``native`` (routes as in :func:`unary`).

    Two tensors of one dtype in ``fast`` go straight to Paddle. With ``hook``, the
    function is that hook and sends emulated unsigned operands to their handler
    itself (no wrapper on the fast path).
    """
    fast_ids = frozenset(id(d) for d in fast)

    def function(x1: Any, x2: Any) -> Any:
        if x1.__class__ is Tensor and x2.__class__ is Tensor:
            dtype = x1.dtype
            if dtype is x2.dtype and id(dtype) in fast_ids:
                return native(x1, x2)
        elif hook is not None and (x1.__class__ is UINT or x2.__class__ is UINT):
            return UINT_HANDLERS[hook](x1, x2)
        x1, x2, dtype = operands(x1, x2)
        if id(dtype) in fast_ids:
            return native(x1, x2)
        route = routes.get(dtype)
        if route is None:
            return native(x1, x2)
        result = native(_C_ops.cast(x1, route[0]), _C_ops.cast(x2, route[0]))
        return result if route[1] is None else cast(result, route[1])

    function.__ivy_unsigned__ = hook is not None
    return function


def span(x: Tensor, axis: int, start: int, stop: int) -> Tensor:
    """``x`` restricted to ``start:stop`` along ``axis`` (Paddle's slice kernels take at
    most 6 dimensions; index_select has no such limit)."""
    axis = axis % x.ndim
    if x.ndim <= 6:
        return paddle.slice(x, [axis], [start], [stop])
    index = paddle.arange(start, stop, 1, dtype=I64)
    if x.dtype in WIDE:
        return _C_ops.cast(paddle.index_select(_C_ops.cast(x, WIDE[x.dtype]), index, axis=axis), x.dtype)
    return paddle.index_select(x, index, axis=axis)


def default_place() -> Any:
    """Where Paddle puts a new tensor when no device is given."""
    return _current_expected_place()
