# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.
"""ivy: the public namespace."""


import builtins
from collections.abc import Callable, Sequence
from ivy._array import Array as Array
from ivy._backends import available_backends as available_backends, register_backend as register_backend
from ivy._devices import Device, Device as Device
from ivy._dispatch import current_backend as current_backend, set_backend as set_backend, unset_backend as unset_backend, using_backend as using_backend
from ivy._dtypes import DType, DType as DType, FInfo, FInfo as FInfo, IInfo, IInfo as IInfo
from ivy._errors import AxisError as AxisError, BackendError as BackendError, BackendNotFoundError as BackendNotFoundError, FileFormatError as FileFormatError, IvyError as IvyError, IvyIndexError as IvyIndexError, IvyMemoryError as IvyMemoryError, IvyOverflowError as IvyOverflowError, IvyTypeError as IvyTypeError, IvyValueError as IvyValueError, LinAlgError as LinAlgError, NotImplementedByBackend as NotImplementedByBackend
from ivy._transpile import transpile as transpile
from ivy.spec._types import NestedSequence, SupportsBufferProtocol, UniqueAllResult, UniqueCountsResult, UniqueInverseResult
from ivy.spec.utilities import TopKResult
from ivy.stateful.module import Module as Module
from ivy.stateful.trainer import Trainer as Trainer
from ivy.tracer.graph import Graph as Graph
from ivy.tracer.recording import trace_graph as trace_graph
from typing import Any, Literal, TypeAlias


#: an ivy.Array or a native array of the selected backend
ArrayIn: TypeAlias = Array | Any


__version__: str
__array_api_version__: str
from ivy import fft as fft
from ivy import linalg as linalg
from ivy import nn as nn
from ivy import random as random
from ivy import stateful as stateful
from ivy.stateful import layers as layers
from ivy.stateful import optimizers as optimizers
bfloat16: DType
bool: DType
complex128: DType
complex64: DType
def to_native(x: object) -> object: ...
e: float
float16: DType
float32: DType
float64: DType
inf: float
int16: DType
int32: DType
int64: DType
int8: DType
nan: float
newaxis: None
pi: float
uint16: DType
uint32: DType
uint64: DType
uint8: DType


def grad(fn: Callable, argnums: int | tuple[int, ...] = ..., *, has_aux: builtins.bool = ...) -> Callable:
    """The gradient of ``fn``, a function returning a real scalar, as a function."""
    ...


def value_and_grad(fn: Callable, argnums: int | tuple[int, ...] = ..., *, has_aux: builtins.bool = ...) -> Callable:
    """Like :func:`grad`, returning ``(value, gradient)``; with ``has_aux``, ``((value, aux), gradient)``."""
    ...


def jacobian(fn: Callable, argnums: int | tuple[int, ...] = ...) -> Callable:
    """The Jacobian of ``fn`` (reverse mode), as a function."""
    ...


def stop_gradient(x: ArrayIn, /) -> Array:
    """``x``, as a constant for differentiation: no gradient flows through it."""
    ...


def jit(fn: Callable, /) -> Callable:
    """``fn`` compiled by the backend's compiler (``jax.jit``, ``tf.function``, ``torch.compile``)."""
    ...


def cond(pred: ArrayIn | builtins.bool, true_fn: Callable, false_fn: Callable, /, *operands: Any) -> Any:
    """``true_fn(*operands)`` if ``pred`` else ``false_fn(*operands)``, chosen at run time."""
    ...


def while_loop(cond_fn: Callable, body_fn: Callable, init: Any, /) -> Any:
    """Repeat ``carry = body_fn(carry)`` from ``init`` while ``cond_fn(carry)``; return the last carry."""
    ...


def fori_loop(lower: int | ArrayIn, upper: int | ArrayIn, body_fn: Callable, init: Any, /) -> Any:
    """``carry = body_fn(i, carry)`` for ``i`` from ``lower`` to ``upper - 1``; return the last carry."""
    ...


def scan(fn: Callable, init: Any, xs: Any = ..., length: int | None = ..., reverse: builtins.bool = ...) -> tuple:
    """Loop ``carry, y = fn(carry, x)`` over the leading axis of ``xs``; return ``(carry, ys)``."""
    ...


def arange(start: int | float, /, stop: int | float | None = ..., step: int | float = ..., *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Evenly spaced values in the half-open interval ``[start, stop)``."""
    ...


def asarray(obj: ArrayIn | builtins.bool | int | float | complex | NestedSequence | SupportsBufferProtocol, /, *, dtype: DType | None = ..., device: Device | None = ..., copy: builtins.bool | None = ...) -> Array:
    """Convert ``obj`` (array, scalar, nested sequence or buffer) to an array."""
    ...


def empty(shape: int | tuple[int, ...], *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Uninitialised array of the given shape."""
    ...


def empty_like(x: ArrayIn, /, *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Uninitialised array with the shape of ``x``."""
    ...


def eye(n_rows: int, n_cols: int | None = ..., /, *, k: int = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Two-dimensional array with ones on the ``k``-th diagonal and zeros elsewhere."""
    ...


def from_dlpack(x: object, /, *, device: Device | None = ..., copy: builtins.bool | None = ...) -> Array:
    """Array viewing (or copying) an object that implements the DLPack protocol."""
    ...


def full(shape: int | tuple[int, ...], fill_value: builtins.bool | int | float | complex, *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array of the given shape filled with ``fill_value``."""
    ...


def full_like(x: ArrayIn, /, fill_value: builtins.bool | int | float | complex, *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array shaped like ``x`` filled with ``fill_value``."""
    ...


def linspace(start: int | float | complex, stop: int | float | complex, /, num: int, *, dtype: DType | None = ..., device: Device | None = ..., endpoint: builtins.bool = ...) -> Array:
    """``num`` evenly spaced samples over the closed (or half-open) interval."""
    ...


def meshgrid(*arrays: ArrayIn, indexing: Literal['xy', 'ij'] = ...) -> tuple[Array, ...]:
    """Coordinate grids from one-dimensional coordinate arrays."""
    ...


def ones(shape: int | tuple[int, ...], *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array of the given shape filled with ones."""
    ...


def ones_like(x: ArrayIn, /, *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array shaped like ``x`` filled with ones."""
    ...


def tril(x: ArrayIn, /, *, k: int = ...) -> Array:
    """Lower triangle of each matrix in ``x``; entries above diagonal ``k`` are zeroed."""
    ...


def triu(x: ArrayIn, /, *, k: int = ...) -> Array:
    """Upper triangle of each matrix in ``x``; entries below diagonal ``k`` are zeroed."""
    ...


def zeros(shape: int | tuple[int, ...], *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array of the given shape filled with zeros."""
    ...


def zeros_like(x: ArrayIn, /, *, dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Array shaped like ``x`` filled with zeros."""
    ...


def astype(x: ArrayIn, dtype: DType, /, *, copy: builtins.bool = ..., device: Device | None = ...) -> Array:
    """``x`` cast to ``dtype`` (and optionally moved to ``device``)."""
    ...


def can_cast(from_: DType | ArrayIn, to: DType, /) -> builtins.bool:
    """Whether ``from_`` casts to ``to`` under the type-promotion rules."""
    ...


def finfo(type: DType | ArrayIn, /) -> FInfo:
    """Machine limits of a floating-point dtype."""
    ...


def iinfo(type: DType | ArrayIn, /) -> IInfo:
    """Machine limits of an integer dtype."""
    ...


def isdtype(dtype: DType, kind: DType | str | tuple[DType | str, ...]) -> builtins.bool:
    """Whether ``dtype`` belongs to ``kind`` (a dtype, a kind name, or a tuple of them)."""
    ...


def result_type(*arrays_and_dtypes: ArrayIn | int | float | complex | builtins.bool | DType) -> DType:
    """The dtype that type promotion gives for the arguments."""
    ...


def abs(x: ArrayIn, /) -> Array:
    """Absolute value, elementwise."""
    ...


def acos(x: ArrayIn, /) -> Array:
    """Inverse cosine, elementwise."""
    ...


def acosh(x: ArrayIn, /) -> Array:
    """Inverse hyperbolic cosine, elementwise."""
    ...


def add(x1: ArrayIn | int | float | complex, x2: ArrayIn | int | float | complex, /) -> Array:
    """Sum of ``x1`` and ``x2``, elementwise."""
    ...


def asin(x: ArrayIn, /) -> Array:
    """Inverse sine, elementwise."""
    ...


def asinh(x: ArrayIn, /) -> Array:
    """Inverse hyperbolic sine, elementwise."""
    ...


def atan(x: ArrayIn, /) -> Array:
    """Inverse tangent, elementwise."""
    ...


def atan2(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Angle of the point ``(x2, x1)`` in radians, quadrant-aware, elementwise."""
    ...


def atanh(x: ArrayIn, /) -> Array:
    """Inverse hyperbolic tangent, elementwise."""
    ...


def bitwise_and(x1: ArrayIn | int | builtins.bool, x2: ArrayIn | int | builtins.bool, /) -> Array:
    """Bitwise (or logical, for booleans) AND, elementwise."""
    ...


def bitwise_left_shift(x1: ArrayIn | int, x2: ArrayIn | int, /) -> Array:
    """``x1`` shifted left by ``x2`` bits, elementwise."""
    ...


def bitwise_invert(x: ArrayIn, /) -> Array:
    """Bitwise (or logical, for booleans) NOT, elementwise."""
    ...


def bitwise_or(x1: ArrayIn | int | builtins.bool, x2: ArrayIn | int | builtins.bool, /) -> Array:
    """Bitwise (or logical, for booleans) OR, elementwise."""
    ...


def bitwise_right_shift(x1: ArrayIn | int, x2: ArrayIn | int, /) -> Array:
    """``x1`` shifted right by ``x2`` bits, elementwise."""
    ...


def bitwise_xor(x1: ArrayIn | int | builtins.bool, x2: ArrayIn | int | builtins.bool, /) -> Array:
    """Bitwise (or logical, for booleans) XOR, elementwise."""
    ...


def ceil(x: ArrayIn, /) -> Array:
    """Smallest integer-valued number not less than each element."""
    ...


def clip(x: ArrayIn, /, min: int | float | ArrayIn | None = ..., max: int | float | ArrayIn | None = ...) -> Array:
    """``x`` limited to the closed interval ``[min, max]``, elementwise."""
    ...


def conj(x: ArrayIn, /) -> Array:
    """Complex conjugate, elementwise."""
    ...


def copysign(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Magnitude of ``x1`` with the sign of ``x2``, elementwise."""
    ...


def cos(x: ArrayIn, /) -> Array:
    """Cosine, elementwise."""
    ...


def cosh(x: ArrayIn, /) -> Array:
    """Hyperbolic cosine, elementwise."""
    ...


def divide(x1: ArrayIn | int | float | complex, x2: ArrayIn | int | float | complex, /) -> Array:
    """True division of ``x1`` by ``x2``, elementwise."""
    ...


def equal(x1: ArrayIn | int | float | complex | builtins.bool, x2: ArrayIn | int | float | complex | builtins.bool, /) -> Array:
    """``x1 == x2``, elementwise."""
    ...


def exp(x: ArrayIn, /) -> Array:
    """Exponential, elementwise."""
    ...


def expm1(x: ArrayIn, /) -> Array:
    """``exp(x) - 1`` computed accurately for small ``x``, elementwise."""
    ...


def floor(x: ArrayIn, /) -> Array:
    """Largest integer-valued number not greater than each element."""
    ...


def floor_divide(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Division of ``x1`` by ``x2`` rounded toward negative infinity, elementwise."""
    ...


def greater(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``x1 > x2``, elementwise."""
    ...


def greater_equal(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``x1 >= x2``, elementwise."""
    ...


def hypot(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``sqrt(x1**2 + x2**2)`` without undue overflow, elementwise."""
    ...


def imag(x: ArrayIn, /) -> Array:
    """Imaginary part, elementwise."""
    ...


def isfinite(x: ArrayIn, /) -> Array:
    """Whether each element is finite."""
    ...


def isinf(x: ArrayIn, /) -> Array:
    """Whether each element is infinite."""
    ...


def isnan(x: ArrayIn, /) -> Array:
    """Whether each element is NaN."""
    ...


def less(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``x1 < x2``, elementwise."""
    ...


def less_equal(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``x1 <= x2``, elementwise."""
    ...


def log(x: ArrayIn, /) -> Array:
    """Natural logarithm, elementwise."""
    ...


def log1p(x: ArrayIn, /) -> Array:
    """``log(1 + x)`` computed accurately for small ``x``, elementwise."""
    ...


def log2(x: ArrayIn, /) -> Array:
    """Base-2 logarithm, elementwise."""
    ...


def log10(x: ArrayIn, /) -> Array:
    """Base-10 logarithm, elementwise."""
    ...


def logaddexp(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """``log(exp(x1) + exp(x2))`` without undue overflow, elementwise."""
    ...


def logical_and(x1: ArrayIn | builtins.bool, x2: ArrayIn | builtins.bool, /) -> Array:
    """Logical AND, elementwise."""
    ...


def logical_not(x: ArrayIn, /) -> Array:
    """Logical NOT, elementwise."""
    ...


def logical_or(x1: ArrayIn | builtins.bool, x2: ArrayIn | builtins.bool, /) -> Array:
    """Logical OR, elementwise."""
    ...


def logical_xor(x1: ArrayIn | builtins.bool, x2: ArrayIn | builtins.bool, /) -> Array:
    """Logical XOR, elementwise."""
    ...


def maximum(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Larger of ``x1`` and ``x2`` (NaN-propagating), elementwise."""
    ...


def minimum(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Smaller of ``x1`` and ``x2`` (NaN-propagating), elementwise."""
    ...


def multiply(x1: ArrayIn | int | float | complex, x2: ArrayIn | int | float | complex, /) -> Array:
    """Product of ``x1`` and ``x2``, elementwise."""
    ...


def negative(x: ArrayIn, /) -> Array:
    """Numerical negative, elementwise."""
    ...


def nextafter(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Next representable value after ``x1`` in the direction of ``x2``, elementwise."""
    ...


def not_equal(x1: ArrayIn | int | float | complex | builtins.bool, x2: ArrayIn | int | float | complex | builtins.bool, /) -> Array:
    """``x1 != x2``, elementwise."""
    ...


def positive(x: ArrayIn, /) -> Array:
    """Numerical positive (a copy of the values), elementwise."""
    ...


def pow(x1: ArrayIn | int | float | complex, x2: ArrayIn | int | float | complex, /) -> Array:
    """``x1`` raised to the power ``x2``, elementwise."""
    ...


def real(x: ArrayIn, /) -> Array:
    """Real part, elementwise."""
    ...


def reciprocal(x: ArrayIn, /) -> Array:
    """``1 / x``, elementwise."""
    ...


def remainder(x1: ArrayIn | int | float, x2: ArrayIn | int | float, /) -> Array:
    """Remainder of ``x1 / x2`` with the sign of ``x2``, elementwise."""
    ...


def round(x: ArrayIn, /) -> Array:
    """Round to the nearest integer-valued number, halves to even, elementwise."""
    ...


def sign(x: ArrayIn, /) -> Array:
    """Sign (``x / |x|`` for complex), elementwise."""
    ...


def signbit(x: ArrayIn, /) -> Array:
    """Whether the sign bit is set, elementwise."""
    ...


def sin(x: ArrayIn, /) -> Array:
    """Sine, elementwise."""
    ...


def sinh(x: ArrayIn, /) -> Array:
    """Hyperbolic sine, elementwise."""
    ...


def square(x: ArrayIn, /) -> Array:
    """``x * x``, elementwise."""
    ...


def sqrt(x: ArrayIn, /) -> Array:
    """Principal square root, elementwise."""
    ...


def subtract(x1: ArrayIn | int | float | complex, x2: ArrayIn | int | float | complex, /) -> Array:
    """Difference of ``x1`` and ``x2``, elementwise."""
    ...


def tan(x: ArrayIn, /) -> Array:
    """Tangent, elementwise."""
    ...


def tanh(x: ArrayIn, /) -> Array:
    """Hyperbolic tangent, elementwise."""
    ...


def trunc(x: ArrayIn, /) -> Array:
    """Integer part (rounded toward zero), elementwise."""
    ...


def take(x: ArrayIn, indices: ArrayIn, /, *, axis: int | None = ...) -> Array:
    """Elements of ``x`` at ``indices`` along ``axis``."""
    ...


def take_along_axis(x: ArrayIn, indices: ArrayIn, /, *, axis: int = ...) -> Array:
    """Elements of ``x`` picked by an index array of matching rank along ``axis``."""
    ...


def __array_namespace_info__() -> Any:
    """Inspection object: capabilities, default device and dtypes, supported dtypes and devices."""
    ...


def pad(x: ArrayIn, /, pad_width: int | tuple[int, ...] | tuple[tuple[int, int], ...], *, mode: Literal['constant', 'reflect', 'replicate', 'edge', 'circular', 'wrap', 'symmetric'] = ..., value: builtins.bool | int | float | complex = ...) -> Array:
    """Pad every axis of ``x``, NumPy-style."""
    ...


def unfold(x: ArrayIn, /, kernel_size: int | tuple[int, int], *, dilation: int | tuple[int, int] = ..., padding: int | tuple[int, int] = ..., stride: int | tuple[int, int] = ...) -> Array:
    """Sliding 2-d patches as columns (im2col), as ``torch.nn.functional.unfold``."""
    ...


def matmul(x1: ArrayIn, x2: ArrayIn, /) -> Array:
    """Matrix product of ``x1`` and ``x2``, batched over leading dimensions."""
    ...


def matrix_transpose(x: ArrayIn, /) -> Array:
    """Transpose of each matrix (the last two axes swapped)."""
    ...


def tensordot(x1: ArrayIn, x2: ArrayIn, /, *, axes: int | tuple[Sequence[int], Sequence[int]] = ...) -> Array:
    """Tensor contraction of ``x1`` and ``x2`` over ``axes``."""
    ...


def vecdot(x1: ArrayIn, x2: ArrayIn, /, *, axis: int = ...) -> Array:
    """Dot product of vectors along ``axis`` (the first argument conjugated)."""
    ...


def broadcast_arrays(*arrays: ArrayIn) -> tuple[Array, ...]:
    """The arrays broadcast against each other."""
    ...


def broadcast_shapes(*shapes: tuple[int | None, ...]) -> tuple[int | None, ...]:
    """The shape that broadcasting the given shapes gives."""
    ...


def broadcast_to(x: ArrayIn, /, shape: tuple[int, ...]) -> Array:
    """``x`` broadcast to ``shape``."""
    ...


def concat(arrays: tuple[ArrayIn, ...] | list[ArrayIn], /, *, axis: int | None = ...) -> Array:
    """The arrays joined along an existing axis (flattened first when ``axis`` is None)."""
    ...


def expand_dims(x: ArrayIn, /, axis: int | tuple[int, ...]) -> Array:
    """``x`` with new size-one axes inserted at ``axis``."""
    ...


def flip(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ...) -> Array:
    """``x`` with the order of elements reversed along ``axis``."""
    ...


def moveaxis(x: ArrayIn, source: int | tuple[int, ...], destination: int | tuple[int, ...], /) -> Array:
    """``x`` with axes moved from ``source`` to ``destination``."""
    ...


def permute_dims(x: ArrayIn, /, axes: tuple[int, ...]) -> Array:
    """``x`` with its axes permuted to ``axes``."""
    ...


def repeat(x: ArrayIn, repeats: int | ArrayIn, /, *, axis: int | None = ...) -> Array:
    """Each element of ``x`` repeated ``repeats`` times along ``axis``."""
    ...


def reshape(x: ArrayIn, /, shape: tuple[int, ...], *, copy: builtins.bool | None = ...) -> Array:
    """``x`` with a new shape and the same data."""
    ...


def roll(x: ArrayIn, /, shift: int | tuple[int, ...], *, axis: int | tuple[int, ...] | None = ...) -> Array:
    """``x`` with elements shifted cyclically along ``axis``."""
    ...


def squeeze(x: ArrayIn, /, axis: int | tuple[int, ...]) -> Array:
    """``x`` with the given size-one axes removed."""
    ...


def stack(arrays: tuple[ArrayIn, ...] | list[ArrayIn], /, *, axis: int = ...) -> Array:
    """The arrays joined along a new axis."""
    ...


def tile(x: ArrayIn, repetitions: tuple[int, ...], /) -> Array:
    """``x`` repeated ``repetitions`` times along each axis."""
    ...


def unstack(x: ArrayIn, /, *, axis: int = ...) -> tuple[Array, ...]:
    """The slices of ``x`` along ``axis``, as a tuple."""
    ...


def argmax(x: ArrayIn, /, *, axis: int | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Index of the first maximum along ``axis``."""
    ...


def argmin(x: ArrayIn, /, *, axis: int | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Index of the first minimum along ``axis``."""
    ...


def count_nonzero(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Number of non-zero elements along ``axis``."""
    ...


def nonzero(x: ArrayIn, /) -> tuple[Array, ...]:
    """Indices of the non-zero elements, one array per dimension."""
    ...


def searchsorted(x1: ArrayIn, x2: ArrayIn | int | float, /, *, side: Literal['left', 'right'] = ..., sorter: ArrayIn | None = ...) -> Array:
    """Insertion points of ``x2`` into the sorted one-dimensional ``x1``."""
    ...


def where(condition: ArrayIn, x1: ArrayIn | int | float | complex | builtins.bool, x2: ArrayIn | int | float | complex | builtins.bool, /) -> Array:
    """Elements of ``x1`` where ``condition`` holds and of ``x2`` elsewhere."""
    ...


def isin(x1: ArrayIn | int, x2: ArrayIn | int, /, *, invert: builtins.bool = ...) -> Array:
    """Whether each element of ``x1`` occurs in ``x2``."""
    ...


def unique_all(x: ArrayIn, /) -> UniqueAllResult:
    """Unique values with first indices, inverse indices and counts."""
    ...


def unique_counts(x: ArrayIn, /) -> UniqueCountsResult:
    """Unique values and how often each occurs."""
    ...


def unique_inverse(x: ArrayIn, /) -> UniqueInverseResult:
    """Unique values and the indices that rebuild ``x`` from them."""
    ...


def unique_values(x: ArrayIn, /) -> Array:
    """Unique values of ``x``."""
    ...


def argsort(x: ArrayIn, /, *, axis: int = ..., descending: builtins.bool = ..., stable: builtins.bool = ...) -> Array:
    """Indices that sort ``x`` along ``axis``."""
    ...


def sort(x: ArrayIn, /, *, axis: int = ..., descending: builtins.bool = ..., stable: builtins.bool = ...) -> Array:
    """``x`` sorted along ``axis``."""
    ...


def erf(x: ArrayIn, /) -> Array:
    """The error function, elementwise."""
    ...


def erfinv(x: ArrayIn, /) -> Array:
    """The inverse error function on ``(-1, 1)``, elementwise."""
    ...


def logsumexp(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """``log(sum(exp(x)))`` along ``axis``, stabilised by the maximum."""
    ...


def erfc(x: ArrayIn, /) -> Array:
    """The complementary error function ``1 - erf(x)``, elementwise, accurate where it is tiny."""
    ...


def erfcx(x: ArrayIn, /) -> Array:
    """The scaled complementary error function ``exp(x**2) * erfc(x)``, elementwise."""
    ...


def ndtri(x: ArrayIn, /) -> Array:
    """The inverse of the standard normal CDF on ``[0, 1]``, elementwise."""
    ...


def log_ndtr(x: ArrayIn, /) -> Array:
    """The logarithm of the standard normal CDF, elementwise, accurate far into the lower tail."""
    ...


def lgamma(x: ArrayIn, /) -> Array:
    """``log(abs(gamma(x)))``, elementwise; ``inf`` at the poles (zero and the negative integers)."""
    ...


def digamma(x: ArrayIn, /) -> Array:
    """The logarithmic derivative of the gamma function, elementwise (``nan`` at the negative"""
    ...


def polygamma(n: ArrayIn | int, x: ArrayIn, /) -> Array:
    """The ``n``-th derivative of the digamma function (``n`` a nonnegative integer), elementwise."""
    ...


def zeta(x: ArrayIn | int | float, q: ArrayIn | int | float, /) -> Array:
    """The Hurwitz zeta function ``sum((k + q) ** -x for k >= 0)``, elementwise (``x > 1``)."""
    ...


def gammainc(a: ArrayIn | int | float, x: ArrayIn | int | float, /) -> Array:
    """The regularized lower incomplete gamma function ``P(a, x)``, elementwise."""
    ...


def gammaincc(a: ArrayIn | int | float, x: ArrayIn | int | float, /) -> Array:
    """The regularized upper incomplete gamma function ``Q(a, x) = 1 - P(a, x)``, elementwise."""
    ...


def betainc(a: ArrayIn | int | float, b: ArrayIn | int | float, x: ArrayIn | int | float, /) -> Array:
    """The regularized incomplete beta function ``I_x(a, b)``, elementwise."""
    ...


def betaln(a: ArrayIn | int | float, b: ArrayIn | int | float, /) -> Array:
    """``log(abs(beta(a, b)))``, elementwise."""
    ...


def i0(x: ArrayIn, /) -> Array:
    """The modified Bessel function of the first kind of order 0, elementwise."""
    ...


def i0e(x: ArrayIn, /) -> Array:
    """``exp(-abs(x)) * i0(x)``, elementwise."""
    ...


def i1(x: ArrayIn, /) -> Array:
    """The modified Bessel function of the first kind of order 1, elementwise."""
    ...


def i1e(x: ArrayIn, /) -> Array:
    """``exp(-abs(x)) * i1(x)``, elementwise."""
    ...


def bessel_j0(x: ArrayIn, /) -> Array:
    """The Bessel function of the first kind of order 0, elementwise."""
    ...


def bessel_j1(x: ArrayIn, /) -> Array:
    """The Bessel function of the first kind of order 1, elementwise."""
    ...


def bessel_y0(x: ArrayIn, /) -> Array:
    """The Bessel function of the second kind of order 0, elementwise (``nan`` for ``x < 0``)."""
    ...


def bessel_y1(x: ArrayIn, /) -> Array:
    """The Bessel function of the second kind of order 1, elementwise (``nan`` for ``x < 0``)."""
    ...


def modified_bessel_k0(x: ArrayIn, /) -> Array:
    """The modified Bessel function of the second kind of order 0, elementwise (``nan`` for ``x < 0``)."""
    ...


def modified_bessel_k1(x: ArrayIn, /) -> Array:
    """The modified Bessel function of the second kind of order 1, elementwise (``nan`` for ``x < 0``)."""
    ...


def modified_bessel_k0e(x: ArrayIn, /) -> Array:
    """``exp(x) * modified_bessel_k0(x)``, elementwise."""
    ...


def modified_bessel_k1e(x: ArrayIn, /) -> Array:
    """``exp(x) * modified_bessel_k1(x)``, elementwise."""
    ...


def sinc(x: ArrayIn, /) -> Array:
    """The normalized sinc function ``sin(pi x) / (pi x)`` (1 at 0), elementwise."""
    ...


def xlogy(x: ArrayIn | int | float, y: ArrayIn | int | float, /) -> Array:
    """``x * log(y)``, elementwise, 0 where ``x == 0`` (unless ``y`` is nan)."""
    ...


def xlog1py(x: ArrayIn | int | float, y: ArrayIn | int | float, /) -> Array:
    """``x * log1p(y)``, elementwise, 0 where ``x == 0`` (unless ``y`` is nan)."""
    ...


def entr(x: ArrayIn, /) -> Array:
    """The elementwise entropy term ``-x log(x)`` (0 at 0, ``-inf`` for ``x < 0``)."""
    ...


def cumulative_prod(x: ArrayIn, /, *, axis: int | None = ..., dtype: DType | None = ..., include_initial: builtins.bool = ...) -> Array:
    """Cumulative product along ``axis``."""
    ...


def cumulative_sum(x: ArrayIn, /, *, axis: int | None = ..., dtype: DType | None = ..., include_initial: builtins.bool = ...) -> Array:
    """Cumulative sum along ``axis``."""
    ...


def max(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Maximum along ``axis``."""
    ...


def mean(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Arithmetic mean along ``axis``."""
    ...


def min(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Minimum along ``axis``."""
    ...


def prod(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., dtype: DType | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Product along ``axis``."""
    ...


def std(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., correction: int | float = ..., keepdims: builtins.bool = ...) -> Array:
    """Standard deviation along ``axis`` with ``correction`` degrees of freedom removed."""
    ...


def sum(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., dtype: DType | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Sum along ``axis``."""
    ...


def var(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., correction: int | float = ..., keepdims: builtins.bool = ...) -> Array:
    """Variance along ``axis`` with ``correction`` degrees of freedom removed."""
    ...


def einsum(subscripts: str, /, *operands: ArrayIn) -> Array:
    """Einstein summation over ``operands`` as ``subscripts`` describes (explicit ``->`` or implicit)."""
    ...


def gather(x: ArrayIn, indices: ArrayIn, /, *, axis: int = ..., batch_dims: int = ...) -> Array:
    """Slices of ``x`` along ``axis`` picked by an integer array of any shape (``tf.gather`` semantics)."""
    ...


def gather_nd(x: ArrayIn, indices: ArrayIn, /, *, batch_dims: int = ...) -> Array:
    """Elements or slices of ``x`` addressed by the last axis of ``indices`` (``tf.gather_nd`` semantics)."""
    ...


def scatter_nd(indices: ArrayIn, updates: ArrayIn, /, shape: tuple[int, ...], *, reduction: Literal['add', 'update', 'min', 'max'] = ...) -> Array:
    """A zero array of ``shape`` with ``updates`` combined in at ``indices`` (duplicates combine)."""
    ...


def scatter_add(x: ArrayIn, indices: ArrayIn, updates: ArrayIn, /, *, axis: int = ...) -> Array:
    """``x`` with ``updates`` added at ``indices`` along ``axis`` (``torch.scatter_add`` semantics)."""
    ...


def index_put(x: ArrayIn, indices: tuple[ArrayIn, ...], values: ArrayIn, /, *, accumulate: builtins.bool = ...) -> Array:
    """``x`` with ``x[indices] = values`` (or ``+=`` with ``accumulate``, duplicates summed); ``x`` unchanged."""
    ...


def top_k(x: ArrayIn, /, k: int, *, axis: int = ..., largest: builtins.bool = ..., sorted: builtins.bool = ...) -> TopKResult:
    """The ``k`` largest (or smallest) values along ``axis`` and their indices."""
    ...


def split(x: ArrayIn, /, indices_or_sections: int | tuple[int, ...], *, axis: int = ...) -> tuple[Array, ...]:
    """``x`` split into equal sections or at the given indices along ``axis``."""
    ...


def all(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Whether every element along ``axis`` is truthy."""
    ...


def any(x: ArrayIn, /, *, axis: int | tuple[int, ...] | None = ..., keepdims: builtins.bool = ...) -> Array:
    """Whether any element along ``axis`` is truthy."""
    ...


def diff(x: ArrayIn, /, *, axis: int = ..., n: int = ..., prepend: ArrayIn | None = ..., append: ArrayIn | None = ...) -> Array:
    """``n``-th discrete difference along ``axis``."""
    ...


def hann_window(size: int, *, periodic: builtins.bool = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """The Hann window ``0.5 - 0.5 cos(2 pi n / N)``."""
    ...


def hamming_window(size: int, *, periodic: builtins.bool = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """The Hamming window ``0.54 - 0.46 cos(2 pi n / N)``."""
    ...


def blackman_window(size: int, *, periodic: builtins.bool = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """The Blackman window ``0.42 - 0.5 cos(2 pi n / N) + 0.08 cos(4 pi n / N)``."""
    ...


def bartlett_window(size: int, *, periodic: builtins.bool = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """The Bartlett (triangular) window ``1 - |2 n / N - 1|``."""
    ...


def kaiser_window(size: int, *, periodic: builtins.bool = ..., beta: float = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """The Kaiser window ``I0(beta sqrt(1 - (2 n / N - 1)**2)) / I0(beta)``."""
    ...
