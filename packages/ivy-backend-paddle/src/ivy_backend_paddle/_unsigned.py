"""uint16, uint32 and uint64, which Paddle cannot hold.

Paddle has no uint16 (``paddle.uint16`` is bfloat16 in disguise, and
``to_tensor`` reads ``numpy.uint16`` data as bfloat16) and no kernels at all
for uint32/uint64 (not even ``reshape``). The backend therefore represents an
array of these dtypes as a :class:`UIntTensor`: an int64 Paddle tensor
``bits`` holding each value modulo 2**64 (the value itself for uint16 and
uint32, the two's-complement bit pattern for uint64), tagged with its dtype.

Every hook accepts these arrays. :func:`install` wraps each hook so that a
call with an unsigned argument (or an unsigned ``dtype``) goes to the
handler registered here, which computes exactly on ``bits``:

* moving data (reshape, indexing, concat, sort by key...) moves the bits;
* ring arithmetic (add, multiply, pow, matmul, sums...) is int64 arithmetic
  modulo 2**64, masked to the dtype's width;
* ordering compares a key that orders like the unsigned values (for uint64,
  the bits with the sign bit flipped; otherwise the bits themselves);
* floor division and remainder of uint64 use the unsigned long-division
  identities; conversion of uint64 to float splits it into 32-bit halves so
  that it is rounded once.

Mixed with signed or floating operands, the core's promotion decides: a
signed or floating result is computed by the ordinary hook on converted
operands.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import paddle
from paddle import _C_ops

import ivy
from ivy.plugin import DTYPES, hookimpl, parameter_roles
from ivy.spec import SPECS
from ivy_backend_paddle import _common
from ivy_backend_paddle._common import (
    BOOL,
    COMPLEX,
    F64,
    FLOATING,
    I64,
    IVY,
    PADDLE,
    TENSORS,
    Tensor,
    cast,
    scalar_tensor,
    truth,
)

# -- the dtypes and the array ------------------------------------------------------------


class UDType:
    """The native dtype of an emulated unsigned integer dtype."""

    __slots__ = ("bits", "ivy", "name")

    def __init__(self, name: str, bits: int):
        self.name = name
        self.bits = bits
        self.ivy = DTYPES[name]

    def __repr__(self) -> str:
        return f"ivy_backend_paddle.{self.name}"

    def __reduce__(self) -> str:
        return self.name


U16, U32, U64 = UDType("uint16", 16), UDType("uint32", 32), UDType("uint64", 64)
UDTYPES = {d.name: d for d in (U16, U32, U64)}
BY_IVY = {d.ivy: d for d in (U16, U32, U64)}
_NUMPY = {U16: np.uint16, U32: np.uint32, U64: np.uint64}
_MIN64 = -(2**63)


class UIntTensor:
    """An array of an unsigned dtype Paddle cannot hold (see the module docstring)."""

    __slots__ = ("bits", "dtype")

    def __init__(self, bits: Tensor, dtype: UDType):
        self.bits = bits
        self.dtype = dtype

    @property
    def shape(self) -> list:
        return self.bits.shape

    @property
    def ndim(self) -> int:
        return self.bits.ndim

    @property
    def size(self) -> int:
        return self.bits.size

    @property
    def place(self) -> Any:
        return self.bits.place

    def numpy(self) -> np.ndarray:
        return self.bits.numpy().view(np.uint64).astype(_NUMPY[self.dtype])

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        values = self.numpy()
        return values if dtype is None else values.astype(dtype)

    def _item(self) -> Any:
        if self.size != 1:
            raise TypeError(f"only arrays with one element convert to Python scalars, got shape {tuple(self.shape)}")
        return int(self.numpy().reshape(-1)[0])

    def item(self) -> int:
        """The single value as a Python int (exact, uint64 included)."""
        return self._item()

    def __int__(self) -> int:
        return self._item()

    def __index__(self) -> int:
        return self._item()

    def __float__(self) -> float:
        return float(self._item())

    def __complex__(self) -> complex:
        return complex(self._item())

    def __bool__(self) -> bool:
        return bool(self._item())

    def __dlpack__(self, *, stream: Any = None, max_version: Any = None, dl_device: Any = None, copy: Any = None):
        if not self.bits.place.is_cpu_place():
            raise BufferError("an emulated unsigned array is exported through NumPy and must be on the CPU")
        values = self.numpy()
        if max_version is None and dl_device is None and copy is None:
            return values.__dlpack__()
        return values.__dlpack__(max_version=max_version, dl_device=dl_device, copy=copy)

    def __dlpack_device__(self) -> tuple:
        return (1, 0)

    def __repr__(self) -> str:
        return f"UIntTensor({self.numpy()!r}, place={self.bits.place})"

    __str__ = __repr__


# -- conversions ---------------------------------------------------------------------------------
def _int_scalar(value: int, place: Any) -> Tensor:
    return scalar_tensor(value, I64, place)


def mask(bits: Tensor, dtype: UDType) -> Tensor:
    """``bits`` reduced modulo 2**width of ``dtype``."""
    if dtype.bits == 64:
        return bits
    return paddle.bitwise_and(bits, _int_scalar((1 << dtype.bits) - 1, bits.place))


def wrap(bits: Tensor, dtype: UDType) -> UIntTensor:
    return UIntTensor(mask(bits, dtype), dtype)


def key(x: UIntTensor) -> Tensor:
    """An int64 tensor ordered as the unsigned values of ``x`` are."""
    if x.dtype.bits == 64:
        return paddle.bitwise_xor(x.bits, _int_scalar(_MIN64, x.bits.place))
    return x.bits


def unkey(k: Tensor, dtype: UDType) -> UIntTensor:
    """Inverse of :func:`key`."""
    if dtype.bits == 64:
        return UIntTensor(paddle.bitwise_xor(k, _int_scalar(_MIN64, k.place)), dtype)
    return UIntTensor(k, dtype)


def to_float64(x: UIntTensor) -> Tensor:
    """The values as float64, each rounded once."""
    if x.dtype.bits < 64:
        return _C_ops.cast(x.bits, F64)
    high = paddle.bitwise_right_shift(x.bits, _int_scalar(32, x.place), is_arithmetic=False)
    low = paddle.bitwise_and(x.bits, _int_scalar(0xFFFFFFFF, x.place))
    return _C_ops.cast(high, F64) * 4294967296.0 + _C_ops.cast(low, F64)


def to_native(x: UIntTensor, dtype: Any) -> Tensor:
    """``x`` cast to a Paddle dtype (integers wrap, floats round, as NumPy's astype)."""
    if dtype == BOOL:
        return truth(x.bits)
    if dtype in FLOATING or dtype in COMPLEX:
        return cast(to_float64(x), dtype)
    return cast(x.bits, dtype)


def from_native(x: Tensor, dtype: UDType) -> UIntTensor:
    """A Paddle tensor cast to an unsigned dtype (integers wrap; floats truncate)."""
    if x.dtype in COMPLEX:
        x = paddle.real(x)
    if x.dtype in FLOATING:
        x = paddle.trunc(cast(x, F64))
        if dtype.bits == 64:
            big = x >= 2.0**63
            bits = _C_ops.cast(paddle.where(big, x - 2.0**64, x), I64)
            return UIntTensor(bits, dtype)
        return wrap(_C_ops.cast(x, I64), dtype)
    return wrap(cast(x, I64), dtype)


def from_python(value: Any, dtype: UDType, place: Any) -> Tensor:
    """The bits of a Python scalar stored in ``dtype`` (an int out of its range is an error)."""
    if isinstance(value, float):
        if value != value or value in (math.inf, -math.inf):
            raise ValueError(f"cannot store {value} in {dtype.name}")
        value = int(value)
    value = int(value)
    if not 0 <= value < (1 << dtype.bits):
        raise OverflowError(f"Python integer {value} out of bounds for {dtype.name}")
    return _int_scalar(value - (1 << 64) if value >= 1 << 63 else value, place)


def from_numpy(values: np.ndarray, dtype: UDType, place: Any) -> UIntTensor:
    bits = values.astype(np.uint64, copy=True).view(np.int64)  # astype copies C-contiguous, 0-d stays 0-d
    return UIntTensor(paddle.to_tensor(bits, place=place), dtype)


def is_unsigned(x: Any) -> bool:
    return x.__class__ is UIntTensor


# -- promotion -------------------------------------------------------------------------------
def ivy_dtype(x: Any) -> Any:
    """The ivy dtype of a tensor or an unsigned array, or the Python scalar itself."""
    if x.__class__ is UIntTensor:
        return x.dtype.ivy
    if isinstance(x, TENSORS):
        return IVY[x.dtype]
    return x


def promoted(*operands: Any) -> Any:
    """The core's result dtype (an ivy dtype) of tensors, unsigned arrays and Python scalars."""
    return ivy.result_type(*(ivy_dtype(o) for o in operands))


def place_of(*operands: Any) -> Any:
    for o in operands:
        if isinstance(o, (*TENSORS, UIntTensor)):
            return o.place
    return None


def lift(value: Any, target: Any, place: Any = None) -> Tensor:
    """``value`` in the representation that computing in ivy dtype ``target`` uses:
    int64 bits for an emulated unsigned dtype, a tensor of the Paddle dtype otherwise."""
    place = place if place is not None else place_of(value)
    udt = BY_IVY.get(target)
    if udt is not None:
        if value.__class__ is UIntTensor:
            return value.bits if value.dtype.bits <= udt.bits else mask(value.bits, udt)
        if isinstance(value, TENSORS):
            return from_native(value, udt).bits
        return from_python(value, udt, place)
    dtype = PADDLE[target]
    if value.__class__ is UIntTensor:
        return to_native(value, dtype)
    if isinstance(value, TENSORS):
        return cast(value, dtype)
    return scalar_tensor(value, dtype, place)


def float_for(target: Any) -> Any:
    """NumPy's float for a floating function of an unsigned dtype."""
    return ivy.float32 if target is ivy.uint16 else ivy.float64


# -- handlers --------------------------------------------------------------------------------
HANDLERS: dict[str, Callable] = {}
_original: dict[str, Callable] = {}


def original(hook: str) -> Callable:
    """The backend's own implementation of ``hook`` (for signed and floating data)."""
    return _original[hook]


def _outputs(result: Any, dtype: UDType, positions: Any = None) -> Any:
    """Wrap the tensors of ``result`` (all, or those at ``positions``) as ``dtype``."""
    if isinstance(result, TENSORS):
        return UIntTensor(result, dtype)
    items = list(result)
    for i, item in enumerate(items):
        if positions is None or i in positions:
            items[i] = UIntTensor(item, dtype)
    return tuple(items) if isinstance(result, tuple) else items


def _bits(value: Any) -> Any:
    """Unsigned arrays (also inside lists and tuples) as their bits; anything else as is."""
    if value.__class__ is UIntTensor:
        return value.bits
    if isinstance(value, (list, tuple)):
        return type(value)(_bits(v) for v in value)
    return value


def _as_indices(value: Any) -> Any:
    """An index array: unsigned arrays as int64 values."""
    return value.bits if value.__class__ is UIntTensor else value


def register(*hooks: str) -> Callable:
    def decorate(handler: Callable) -> Callable:
        for hook in hooks:
            HANDLERS[hook] = handler if len(hooks) == 1 else _bind(handler, hook)
        return handler

    return decorate


def _bind(handler: Callable, hook: str) -> Callable:
    def bound(*args: Any) -> Any:
        return handler(hook, *args)

    return bound


# moving data: the first argument's dtype is the result's; other arrays are index-like
def _movement(hook: str, x: Any, *rest: Any) -> Any:
    return _outputs(original(hook)(x.bits, *(_as_indices(r) for r in rest)), x.dtype)


for _hook in (
    "broadcast_to", "expand_dims", "flip", "moveaxis", "permute_dims", "reshape", "roll", "squeeze", "tile",
    "unstack", "matrix_transpose", "linalg_diagonal", "tril", "triu", "positive", "fft_fftshift", "fft_ifftshift",
    "to_device", "getitem",
):  # fmt: skip
    HANDLERS[_hook] = _bind(_movement, _hook)


@register("take", "take_along_axis")
def _take(hook: str, x: Any, indices: Any, axis: Any) -> Any:
    if x.__class__ is UIntTensor:
        return UIntTensor(original(hook)(x.bits, _as_indices(indices), axis), x.dtype)
    return original(hook)(x, _as_indices(indices), axis)


@register("repeat")
def _repeat(x: Any, repeats: Any, axis: Any) -> Any:
    if x.__class__ is UIntTensor:
        return UIntTensor(original("repeat")(x.bits, _as_indices(repeats), axis), x.dtype)
    return original("repeat")(x, _as_indices(repeats), axis)


@register("abs", "ceil", "floor", "trunc", "round", "conj", "real")
def _identity(hook: str, x: UIntTensor) -> UIntTensor:
    return UIntTensor(x.bits.clone(), x.dtype)


@register("imag")
def _imag(x: UIntTensor) -> UIntTensor:
    return UIntTensor(paddle.zeros_like(x.bits), x.dtype)


@register("negative")
def _negative(x: UIntTensor) -> UIntTensor:
    return wrap(-x.bits, x.dtype)


@register("bitwise_invert")
def _invert(x: UIntTensor) -> UIntTensor:
    return wrap(paddle.bitwise_not(x.bits), x.dtype)


@register("square")
def _square(x: UIntTensor) -> UIntTensor:
    return wrap(x.bits * x.bits, x.dtype)


@register("sign")
def _sign(x: UIntTensor) -> UIntTensor:
    return UIntTensor(_C_ops.cast(truth(x.bits), I64), x.dtype)


@register("isfinite", "isinf", "isnan", "signbit")
def _classify(hook: str, x: UIntTensor) -> Tensor:
    return _C_ops.full(list(x.shape), hook == "isfinite", BOOL, x.place)


@register("logical_not")
def _logical_not(x: UIntTensor) -> Tensor:
    return paddle.logical_not(truth(x.bits))


for _hook in (
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "expm1", "log", "log1p", "log2",
    "log10", "sin", "sinh", "sqrt", "tan", "tanh", "reciprocal", "mean", "std", "var",
    "linalg_cholesky", "linalg_det", "linalg_eig", "linalg_eigh", "linalg_eigvals", "linalg_eigvalsh",
    "linalg_inv", "linalg_matrix_norm", "linalg_matrix_rank", "linalg_pinv", "linalg_qr", "linalg_slogdet",
    "linalg_svd", "linalg_svdvals", "linalg_vector_norm", "fft_fft", "fft_ifft", "fft_fftn", "fft_ifftn",
    "fft_rfft", "fft_irfft", "fft_rfftn", "fft_irfftn", "fft_hfft", "fft_ihfft",
):  # fmt: skip

    def _floating(*args: Any, _hook: str = _hook) -> Any:
        x = args[0]
        target = PADDLE[float_for(x.dtype.ivy)]
        return original(_hook)(to_native(x, target), *args[1:])

    HANDLERS[_hook] = _floating


def _binary_operands(x1: Any, x2: Any) -> tuple[Any, Any, Any]:
    target = promoted(x1, x2)
    place = place_of(x1, x2)
    return lift(x1, target, place), lift(x2, target, place), target


@register("atan2", "copysign", "hypot", "logaddexp", "nextafter", "divide", "linalg_solve")
def _floating_binary(hook: str, x1: Any, x2: Any) -> Any:
    target = promoted(x1, x2)
    if target in BY_IVY or target.kind in "iu":
        target = ivy.float64 if hook == "divide" else float_for(target)
    place = place_of(x1, x2)
    return original(hook)(lift(x1, target, place), lift(x2, target, place))


def _ring_or_native(hook: str, operate: Callable | None = None) -> Callable:
    """A binary function: computed on bits (wrapping) for an unsigned result, else by the hook."""

    def handler(x1: Any, x2: Any, *rest: Any) -> Any:
        a, b, target = _binary_operands(x1, x2)
        udt = BY_IVY.get(target)
        if udt is None:
            return original(hook)(a, b, *rest)
        result = original(hook)(a, b, *rest) if operate is None else operate(a, b, udt, *rest)
        return wrap(result, udt)

    return handler


for _hook in (
    "add", "subtract", "multiply", "pow", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_left_shift",
    "matmul", "tensordot", "vecdot", "linalg_outer", "linalg_cross",
):  # fmt: skip
    HANDLERS[_hook] = _ring_or_native(_hook)


def _right_shift(a: Tensor, b: Tensor, udt: UDType) -> Tensor:
    return paddle.bitwise_right_shift(a, b, is_arithmetic=udt.bits != 64)


HANDLERS["bitwise_right_shift"] = _ring_or_native("bitwise_right_shift", _right_shift)


def _u64_divmod(n: Tensor, d: Tensor) -> tuple[Tensor, Tensor]:
    """Unsigned 64-bit quotient and remainder of bit patterns (int64 tensors)."""
    shape = list(paddle.broadcast_shape(list(n.shape), list(d.shape)))
    n, d = paddle.broadcast_to(n, shape), paddle.broadcast_to(d, shape)
    if bool(paddle.any(d == 0)):
        raise ZeroDivisionError("integer division by zero")
    one = paddle.ones_like(n)
    big_divisor = d < 0  # >= 2**63: the quotient is 0 or 1
    big_dividend = n < 0
    flip = _int_scalar(_MIN64, n.place)
    at_least = paddle.bitwise_xor(n, flip) >= paddle.bitwise_xor(d, flip)
    safe_d = paddle.where(big_divisor, one, d)
    # dividend >= 2**63, divisor < 2**63: halve, divide, then correct once
    half = paddle.bitwise_right_shift(n, _int_scalar(1, n.place), is_arithmetic=False)
    q_big = paddle.bitwise_left_shift(paddle.floor_divide(half, safe_d), _int_scalar(1, n.place))
    r_big = n - q_big * safe_d
    fix = paddle.bitwise_xor(r_big, flip) >= paddle.bitwise_xor(safe_d, flip)
    q_big = paddle.where(fix, q_big + 1, q_big)
    r_big = paddle.where(fix, r_big - safe_d, r_big)
    safe_n = paddle.where(big_dividend, paddle.zeros_like(n), n)
    q_small, r_small = paddle.floor_divide(safe_n, safe_d), paddle.remainder(safe_n, safe_d)
    q = paddle.where(big_dividend, q_big, q_small)
    r = paddle.where(big_dividend, r_big, r_small)
    q = paddle.where(big_divisor, _C_ops.cast(at_least, I64), q)
    r = paddle.where(big_divisor, paddle.where(at_least, n - d, n), r)
    return q, r


def _division(hook: str) -> Callable:
    def handler(x1: Any, x2: Any) -> Any:
        a, b, target = _binary_operands(x1, x2)
        udt = BY_IVY.get(target)
        if udt is None:
            return original(hook)(a, b)
        if udt.bits < 64:
            return UIntTensor(original(hook)(a, b), udt)
        quotient, remainder = _u64_divmod(a, b)
        return UIntTensor(quotient if hook == "floor_divide" else remainder, udt)

    return handler


HANDLERS["floor_divide"] = _division("floor_divide")
HANDLERS["remainder"] = _division("remainder")


def _compare(hook: str) -> Callable:
    def handler(x1: Any, x2: Any) -> Any:
        a, b, target = _binary_operands(x1, x2)
        udt = BY_IVY.get(target)
        if udt is not None:
            a, b = key(UIntTensor(a, udt)), key(UIntTensor(b, udt))
        return original(hook)(a, b)

    return handler


for _hook in ("equal", "not_equal", "less", "less_equal", "greater", "greater_equal"):
    HANDLERS[_hook] = _compare(_hook)


def _extreme(hook: str) -> Callable:
    def handler(x1: Any, x2: Any) -> Any:
        a, b, target = _binary_operands(x1, x2)
        udt = BY_IVY.get(target)
        if udt is None:
            return original(hook)(a, b)
        return unkey(original(hook)(key(UIntTensor(a, udt)), key(UIntTensor(b, udt))), udt)

    return handler


HANDLERS["maximum"] = _extreme("maximum")
HANDLERS["minimum"] = _extreme("minimum")


@register("setitem")
def _setitem(x: UIntTensor, key_: Any, value: Any) -> UIntTensor:
    original("setitem")(x.bits, key_, lift(value, x.dtype.ivy, x.place))
    return x


@register("logical_and", "logical_or", "logical_xor")
def _logical(hook: str, x1: Any, x2: Any) -> Any:
    convert = lambda v: truth(v.bits) if v.__class__ is UIntTensor else v  # noqa: E731
    return original(hook)(convert(x1), convert(x2))


@register("clip")
def _clip(x: Any, low: Any, high: Any) -> Any:
    if x.__class__ is not UIntTensor:  # an unsigned bound for a signed or floating x
        convert = lambda v: to_native(v, x.dtype) if v.__class__ is UIntTensor else v  # noqa: E731
        return original("clip")(x, convert(low), convert(high))
    udt = x.dtype
    result = key(x)
    for bound, pick in ((low, paddle.maximum), (high, paddle.minimum)):
        if bound is None:
            continue
        if not isinstance(bound, (*TENSORS, UIntTensor)):  # Python bounds beyond the range saturate to it
            bound = min(max(int(bound), 0), (1 << udt.bits) - 1)
        bits = lift(bound, udt.ivy, x.place)
        result = pick(result, key(UIntTensor(bits, udt)))
    return unkey(result, udt)


@register("where")
def _where(condition: Any, x1: Any, x2: Any) -> Any:
    if condition.__class__ is UIntTensor:
        condition = truth(condition.bits)
    a, b, target = _binary_operands(x1, x2)
    udt = BY_IVY.get(target)
    result = original("where")(condition, a, b)
    return result if udt is None else UIntTensor(result, udt)


# -- several arrays ------------------------------------------------------------------------------
@register("concat", "stack")
def _join(hook: str, arrays: Any, axis: Any) -> Any:
    target = promoted(*arrays)
    place = place_of(*arrays)
    parts = [lift(a, target, place) for a in arrays]
    result = original(hook)(parts, axis)
    udt = BY_IVY.get(target)
    return result if udt is None else UIntTensor(result, udt)


@register("broadcast_arrays", "meshgrid")
def _each(hook: str, arrays: Any, *rest: Any) -> Any:
    results = original(hook)([_bits(a) for a in arrays], *rest)
    return [UIntTensor(r, a.dtype) if a.__class__ is UIntTensor else r for r, a in zip(results, arrays, strict=True)]


@register("diff")
def _diff(x: Any, axis: Any, n: Any, prepend: Any, append: Any) -> Any:
    operands = [v for v in (x, prepend, append) if v is not None]
    target = promoted(*operands)
    place = place_of(*operands)
    convert = lambda v: None if v is None else lift(v, target, place)  # noqa: E731
    result = original("diff")(convert(x), axis, n, convert(prepend), convert(append))
    udt = BY_IVY.get(target)
    return result if udt is None else wrap(result, udt)


@register("linalg_matrix_power")
def _matrix_power(x: UIntTensor, n: Any) -> Any:
    if n < 0:
        return original("linalg_matrix_power")(to_native(x, F64), n)
    return wrap(original("linalg_matrix_power")(x.bits, n), x.dtype)


# -- ordering ----------------------------------------------------------------------------------------
@register("sort")
def _sort(x: UIntTensor, axis: Any, descending: Any, stable: Any) -> UIntTensor:
    return unkey(original("sort")(key(x), axis, descending, stable), x.dtype)


@register("argsort")
def _argsort(x: UIntTensor, axis: Any, descending: Any, stable: Any) -> Tensor:
    return original("argsort")(key(x), axis, descending, stable)


@register("argmax", "argmin")
def _arg(hook: str, x: UIntTensor, axis: Any, keepdims: Any) -> Tensor:
    return original(hook)(key(x), axis, keepdims)


@register("max", "min")
def _reduce_extreme(hook: str, x: UIntTensor, axis: Any, keepdims: Any) -> UIntTensor:
    return unkey(original(hook)(key(x), axis, keepdims), x.dtype)


@register("searchsorted")
def _searchsorted(x1: Any, x2: Any, side: Any, sorter: Any) -> Tensor:
    a, b, target = _binary_operands(x1, x2)
    udt = BY_IVY.get(target)
    if udt is not None:
        a, b = key(UIntTensor(a, udt)), key(UIntTensor(b, udt))
    return original("searchsorted")(a, b, side, _as_indices(sorter))


@register("isin")
def _isin(x1: Any, x2: Any, invert: Any) -> Tensor:
    a, b, _ = _binary_operands(x1, x2)
    return original("isin")(a, b, invert)


@register("unique_all", "unique_counts", "unique_inverse", "unique_values")
def _unique(hook: str, x: UIntTensor) -> Any:
    result = original(hook)(key(x))
    if hook == "unique_values":
        return unkey(result, x.dtype)
    return (unkey(result[0], x.dtype), *result[1:])


@register("count_nonzero", "all", "any")
def _truthy(hook: str, x: UIntTensor, axis: Any, keepdims: Any) -> Tensor:
    return original(hook)(x.bits, axis, keepdims)


@register("nonzero")
def _nonzero(x: UIntTensor) -> Any:
    return original("nonzero")(x.bits)


# -- accumulation --------------------------------------------------------------------------------------
@register("sum", "prod")
def _reduce(hook: str, x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    if dtype is not None and dtype.__class__ is not UDType:
        return original(hook)(to_native(x, dtype), axis, dtype, keepdims)
    return _accumulate_with(hook, x, dtype, lambda bits, acc: original(hook)(bits, axis, acc, keepdims))


@register("cumulative_sum", "cumulative_prod")
def _cumulative(hook: str, x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    if dtype is not None and dtype.__class__ is not UDType:
        return original(hook)(to_native(x, dtype), axis, dtype, include_initial)
    return _accumulate_with(hook, x, dtype, lambda bits, acc: original(hook)(bits, axis, acc, include_initial))


@register("linalg_trace")
def _trace(x: Any, offset: Any, dtype: Any) -> Any:
    if dtype is not None and dtype.__class__ is not UDType:
        return original("linalg_trace")(to_native(x, dtype), offset, dtype)
    return _accumulate_with("linalg_trace", x, dtype, lambda bits, acc: original("linalg_trace")(bits, offset, acc))


def _accumulate_with(hook: str, x: Any, dtype: Any, call: Callable) -> UIntTensor:
    udt = U64 if dtype is None else dtype
    if x.__class__ is UIntTensor:
        bits = x.bits
    elif x.dtype in COMPLEX or x.dtype in FLOATING:
        bits = from_native(x, udt).bits
    else:
        bits = cast(x, I64)
    return wrap(call(bits, I64), udt)


# -- creation ---------------------------------------------------------------------------------------
def _place(device: Any) -> Any:
    from ivy_backend_paddle._common import default_place

    return default_place() if device is None else device


@register("zeros", "ones", "empty")
def _filled(hook: str, shape: Any, dtype: UDType, device: Any) -> UIntTensor:
    return UIntTensor(original(hook)(shape, I64, device), dtype)


@register("full")
def _full(shape: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    if dtype is None or dtype.__class__ is not UDType:
        return original("full")(shape, fill_value, dtype, device)
    bits = from_python(fill_value, dtype, _place(device))
    shape = [int(shape)] if isinstance(shape, int) else [int(s) for s in shape]
    return UIntTensor(paddle.broadcast_to(bits, shape).clone(), dtype)


@register("zeros_like", "ones_like", "empty_like")
def _like(hook: str, x: Any, dtype: Any, device: Any) -> Any:
    target = dtype if dtype is not None else x.dtype
    source = x.bits if x.__class__ is UIntTensor else x
    if target.__class__ is UDType:
        return UIntTensor(original(hook)(source, I64, device), target)
    return original(hook)(source, target, device)


@register("full_like")
def _full_like(x: Any, fill_value: Any, dtype: Any, device: Any) -> Any:
    target = dtype if dtype is not None else x.dtype
    if target.__class__ is not UDType:
        return original("full_like")(x.bits, fill_value, target, device)
    place = device if device is not None else x.place
    bits = from_python(fill_value, target, place)
    return UIntTensor(paddle.broadcast_to(bits, list(x.shape)).clone(), target)


@register("eye")
def _eye(n_rows: Any, n_cols: Any, k: Any, dtype: UDType, device: Any) -> UIntTensor:
    return UIntTensor(original("eye")(n_rows, n_cols, k, I64, device), dtype)


@register("arange")
def _arange(start: Any, stop: Any, step: Any, dtype: UDType, device: Any) -> UIntTensor:
    return wrap(original("arange")(start, stop, step, I64, device), dtype)


@register("linspace", "fft_fftfreq", "fft_rfftfreq")
def _floating_only(hook: str, *args: Any) -> Any:
    raise TypeError(f"{hook}: an unsigned integer dtype is not a floating-point dtype")


@register("astype")
def _astype(x: Any, dtype: Any, copy: Any, device: Any) -> Any:
    from ivy_backend_paddle.protocol import move

    if x.__class__ is UIntTensor:
        if dtype is x.dtype:
            bits = x.bits.clone() if copy else x.bits
            result = UIntTensor(move(bits, device), dtype) if copy or device is not None else x
            return result
        if dtype.__class__ is UDType:
            return UIntTensor(move(lift(x, dtype.ivy), device), dtype)
        return move(to_native(x, dtype), device)
    return UIntTensor(move(from_native(x, dtype).bits, device), dtype)


@register("asarray")
def _asarray(obj: Any, dtype: Any, device: Any, copy: Any) -> Any:
    from ivy_backend_paddle.protocol import move

    if obj.__class__ is UIntTensor:
        if dtype is None or dtype is obj.dtype:
            moved = move(obj.bits, device)
            if moved is obj.bits and not copy:
                return obj
            if moved is not obj.bits and copy is False:
                raise ValueError("asarray: copy=False, but the device differs, which needs a copy")
            return UIntTensor(moved.clone() if moved is obj.bits else moved, obj.dtype)
        if copy is False:
            raise ValueError("asarray: copy=False, but the dtype differs, which needs a copy")
        return _astype(obj, dtype, True, device)
    if isinstance(obj, TENSORS):
        if copy is False:
            raise ValueError("asarray: copy=False, but the dtype differs, which needs a copy")
        return _astype(obj, dtype, True, device)
    if copy is False:
        raise ValueError("asarray: copy=False was requested, but an unsigned array needs a copy")
    if not hasattr(obj, "__array__") and not hasattr(obj, "__buffer__"):  # Python data
        values = np.array(obj, dtype=object)
        if any(isinstance(v, complex) for v in values.reshape(-1)):
            raise TypeError(f"cannot convert complex values to {dtype.name}")
        return from_numpy(np.array(obj, dtype=_NUMPY[dtype]), dtype, _place(device))
    values = np.asarray(obj)
    if values.dtype.kind == "c":
        raise TypeError(f"cannot convert complex values to {dtype.name}")
    if values.dtype.kind in "iub":
        if values.size and (values.min() < 0 or int(values.max()) >= 1 << dtype.bits):
            raise OverflowError(f"a value is out of bounds for {dtype.name}")
    elif values.dtype.kind == "f":
        values = np.trunc(values)
    else:
        values = np.asarray(obj, dtype=_NUMPY[dtype])
    return from_numpy(values.astype(_NUMPY[dtype]), dtype, _place(device))


_common.UINT = UIntTensor
_common.UINT_HANDLERS = HANDLERS


# -- installing ---------------------------------------------------------------------------------------
def _condition(hook: str) -> str:
    checks = []
    for name, role in parameter_roles(hook).items():
        if role == "array":
            checks.append(f"{name}.__class__ is _U")
        elif role == "arrays":
            checks.append(f"_any({name})")
        elif role == "dtype":
            checks.append(f"{name}.__class__ is _UD")
    return " or ".join(checks)


def _any(values: Any) -> bool:
    for v in values:
        if v.__class__ is UIntTensor:
            return True
    return False


def _wrapper(hook: str, function: Callable, handler: Callable) -> Callable | None:
    spec = SPECS[hook]
    condition = _condition(hook)
    if not condition:
        return None
    params = ", ".join(spec.impl_signature.parameters)
    source = (
        f"def {hook}({params}):\n"
        f"    if {condition}:\n"
        f"        return _handler({params})\n"
        f"    return _function({params})\n"
    )
    namespace = {"_U": UIntTensor, "_UD": UDType, "_any": _any, "_handler": handler, "_function": function}
    exec(compile(source, f"<ivy_backend_paddle unsigned {hook}>", "exec"), namespace)
    return hookimpl(namespace[hook])


def install(plugin: Any) -> None:
    """Route every hook's unsigned calls to the handlers above."""
    for hook in list(vars(plugin)):
        function = getattr(plugin, hook)
        if hook not in SPECS:
            continue
        _original[hook] = function
        if getattr(function, "__ivy_unsigned__", False):  # it calls its handler itself
            continue
        handler = HANDLERS.get(hook)
        if handler is None:
            continue
        wrapped = _wrapper(hook, function, handler)
        if wrapped is not None:
            setattr(plugin, hook, wrapped)
