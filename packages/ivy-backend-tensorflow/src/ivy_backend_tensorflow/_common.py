"""What every module of the backend shares: the dtype tables, Ivy's type
promotion applied to TensorFlow tensors, Python scalars, and the helpers the
fix-ups for TensorFlow's missing kernels are built from.

Promotion. TensorFlow refuses to combine tensors of different dtypes, and
converts a Python scalar to the tensor's dtype without checking its range
(``int8 tensor + 200`` wraps around). Binary hooks therefore try the kernel
directly when both operands are tensors (the common case costs nothing
extra: TensorFlow raises before computing when the dtypes differ), and
otherwise cast both operands to the dtype of the core's promotion table (``ivy.plugin.promotion_table``) first,
turning Python scalars into tensors of the array's dtype (the core's weak
scalar rule) after checking that they fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import tensorflow as tf
from tensorflow.python.framework.errors import InvalidArgumentError

import ivy
from ivy.plugin import (
    DEFAULT_DTYPES,
    DTYPES,
    SCALAR_TYPES,
    hookimpl,
    promotion_table,
    scalar_promotion_table,
)

Tensor = tf.Tensor
#: the concrete class of eager tensors, for exact class checks on fast paths
EagerTensor = type(tf.constant(0))
NativeError = (InvalidArgumentError, tf.errors.UnimplementedError, tf.errors.NotFoundError)

# -- dtypes ---------------------------------------------------------------------

#: ivy dtype name -> native dtype
NATIVE: dict[str, tf.DType] = {name: tf.as_dtype(name) for name in DTYPES}
#: native dtype -> ivy dtype
TO_IVY: dict[tf.DType, ivy.DType] = {native: DTYPES[name] for name, native in NATIVE.items()}
#: (native, native) -> native result dtype, from the core's table
PROMOTE: dict[tuple[tf.DType, tf.DType], tf.DType] = promotion_table(NATIVE)
_WITH_SCALAR: dict[tuple[tf.DType, type], tf.DType] = scalar_promotion_table(NATIVE)

BOOL = tf.bool
INT8, INT16, INT32, INT64 = tf.int8, tf.int16, tf.int32, tf.int64
UINT8, UINT16, UINT32, UINT64 = tf.uint8, tf.uint16, tf.uint32, tf.uint64
FLOAT16, BFLOAT16, FLOAT32, FLOAT64 = tf.float16, tf.bfloat16, tf.float32, tf.float64
COMPLEX64, COMPLEX128 = tf.complex64, tf.complex128
DEFAULT_FLOAT = NATIVE[DEFAULT_DTYPES["real floating"].name]
DEFAULT_COMPLEX = NATIVE[DEFAULT_DTYPES["complex floating"].name]
DEFAULT_INT = NATIVE[DEFAULT_DTYPES["integral"].name]
INDEX = NATIVE[DEFAULT_DTYPES["indexing"].name]

SIGNED = frozenset({INT8, INT16, INT32, INT64})
UNSIGNED = frozenset({UINT8, UINT16, UINT32, UINT64})
INTEGRAL = SIGNED | UNSIGNED
REAL_FLOATING = frozenset({FLOAT16, BFLOAT16, FLOAT32, FLOAT64})
COMPLEX = frozenset({COMPLEX64, COMPLEX128})
INEXACT = REAL_FLOATING | COMPLEX
REAL_OF = {COMPLEX64: FLOAT32, COMPLEX128: FLOAT64}
COMPLEX_OF = {FLOAT16: COMPLEX64, BFLOAT16: COMPLEX64, FLOAT32: COMPLEX64, FLOAT64: COMPLEX128}
#: the signed integer of the same width (same bits, for bitcasts)
SIGNED_TWIN = {UINT8: INT8, UINT16: INT16, UINT32: INT32, UINT64: INT64, INT8: INT8, INT16: INT16, INT32: INT32,
               INT64: INT64, FLOAT16: INT16, BFLOAT16: INT16, FLOAT32: INT32, FLOAT64: INT64}  # fmt: skip
#: dtype -> (min, max) of an integer dtype
INT_RANGE = {d: (d.min, d.max) for d in INTEGRAL}

SCALARS = SCALAR_TYPES
SCALAR_DEFAULT = {bool: BOOL, int: DEFAULT_INT, float: DEFAULT_FLOAT, complex: DEFAULT_COMPLEX}


def kind(dtype: tf.DType) -> str:
    """The one-letter kind of a native dtype: b, i, u, f or c."""
    return TO_IVY[dtype].kind


def scalar_target(dtype: tf.DType, kind: type) -> tf.DType:
    """The dtype of an array of ``dtype`` combined with a Python scalar of type ``kind``."""
    return _WITH_SCALAR[dtype, kind]


def check_int_fits(value: int, dtype: tf.DType) -> None:
    """Raise if the Python int does not fit the integer dtype (TensorFlow would wrap it)."""
    low, high = INT_RANGE[dtype]
    if not low <= value <= high:
        raise OverflowError(f"Python int {value} is out of bounds for {dtype.name}")


def scalar_tensor(value: Any, dtype: tf.DType) -> Tensor:
    """A 0-d tensor of ``dtype`` holding the Python scalar ``value`` exactly (or raising)."""
    if dtype in INTEGRAL:
        if isinstance(value, (float, complex)):
            raise TypeError(f"a Python {type(value).__name__} cannot be combined with an array of dtype {dtype.name}")
        check_int_fits(int(value), dtype)
        return tf.constant(int(value), dtype=dtype)
    if dtype is BOOL:
        if not isinstance(value, bool):
            raise TypeError(f"a Python {type(value).__name__} cannot be combined with a boolean array")
        return tf.constant(value, dtype=dtype)
    if dtype in REAL_FLOATING:
        if isinstance(value, complex):
            raise TypeError(f"a Python complex cannot be combined with an array of dtype {dtype.name}")
        return inexact_constant(float(value), dtype)
    return inexact_constant(complex(value), dtype)


def inexact_constant(value: float | complex, dtype: tf.DType) -> Tensor:
    """A 0-d float or complex tensor holding ``value``, signed zeros included.

    TensorFlow caches the tensors it makes from Python scalars under the
    scalar's hash and equality, so ``-0.0`` comes back as a cached ``0.0``
    (and the other way round); zeros are therefore made from NumPy scalars,
    which bypass that cache.
    """
    if value == 0:
        return tf.constant(np.asarray(value, dtype=dtype.as_numpy_dtype))
    return tf.constant(value, dtype=dtype)


@tf.custom_gradient
def deep_copy(x: Tensor) -> tuple[Tensor, Any]:
    """A copy of ``x`` in a buffer of its own (``copy=True``: no memory shared, even through
    DLPack), through which gradients flow unchanged (TensorFlow registers none for ``DeepCopy``)."""
    return tf.raw_ops.DeepCopy(x=x), lambda upstream: upstream


def as_tensor(x: Any) -> Tensor:
    """A tensor for ``x``: Python scalars take Ivy's default dtypes, anything
    else (variables, NumPy arrays) is converted keeping its dtype."""
    if isinstance(x, Tensor):
        return x
    if type(x) in SCALARS:
        if type(x) is float or type(x) is complex:
            return inexact_constant(x, SCALAR_DEFAULT[type(x)])
        return tf.constant(x, dtype=SCALAR_DEFAULT[type(x)])
    if isinstance(x, tf.Variable):
        return tf.convert_to_tensor(x)
    return tf.constant(np.asarray(x))


def cast(x: Tensor, dtype: tf.DType) -> Tensor:
    return x if x.dtype is dtype else tf.cast(x, dtype)


def promote(x1: Any, x2: Any) -> tuple[Tensor, Tensor]:
    """Both operands as tensors of the dtype Ivy's promotion gives them."""
    scalar1 = type(x1) in SCALARS
    scalar2 = type(x2) in SCALARS
    if scalar1 and scalar2:
        x1 = as_tensor(x1)
        scalar1 = False
    if not scalar1 and not scalar2:
        x1, x2 = as_tensor(x1), as_tensor(x2)
        d1, d2 = x1.dtype, x2.dtype
        if d1 is d2:
            return x1, x2
        target = PROMOTE[d1, d2]
        return cast(x1, target), cast(x2, target)
    if scalar1:
        x2 = as_tensor(x2)
        target = scalar_target(x2.dtype, type(x1))
        return scalar_tensor(x1, target), cast(x2, target)
    x1 = as_tensor(x1)
    target = scalar_target(x1.dtype, type(x2))
    return cast(x1, target), scalar_tensor(x2, target)


def promote_many(arrays: Any) -> list[Tensor]:
    """Every array (or scalar) cast to the dtype Ivy's promotion gives all of them."""
    tensors = [a for a in arrays if type(a) not in SCALARS]
    tensors = [as_tensor(a) for a in tensors]
    if not tensors:
        return [as_tensor(a) for a in arrays]
    target = tensors[0].dtype
    for t in tensors[1:]:
        target = PROMOTE[target, t.dtype]
    for a in arrays:
        if type(a) in SCALARS:
            target = scalar_target(target, type(a))
    return [scalar_tensor(a, target) if type(a) in SCALARS else cast(as_tensor(a), target) for a in arrays]


def result_dtype(x1: Any, x2: Any) -> tf.DType:
    """The core's result dtype for two operands (tensors or Python scalars)."""
    if type(x1) in SCALARS:
        if type(x2) in SCALARS:
            return PROMOTE[SCALAR_DEFAULT[type(x1)], SCALAR_DEFAULT[type(x2)]]
        return scalar_target(as_tensor(x2).dtype, type(x1))
    if type(x2) in SCALARS:
        return scalar_target(as_tensor(x1).dtype, type(x2))
    return PROMOTE[as_tensor(x1).dtype, as_tensor(x2).dtype]


# -- building hooks -------------------------------------------------------------------


#: what TensorFlow raises for operands of different dtypes (or a dtype without a kernel):
#: its ops raise the native errors, ``tf.math``'s Python wrappers a TypeError
MISMATCH = (*NativeError, TypeError)


def binary(kernel: Callable, name: str, fallback: Callable | None = None, *, mixed_raises: bool = True) -> Callable:
    """A hook ``name(x1, x2)`` computing ``kernel`` in the promoted dtype.

    Two eager tensors go straight to ``kernel``: TensorFlow raises before
    computing anything when their dtypes differ (or when it has no kernel for
    the dtype), and only then are the operands promoted and handed to
    ``fallback`` (``kernel`` itself by default). Python scalars are always
    promoted first: TensorFlow would convert them without a range check.
    A composite ``kernel`` that would quietly compute with mixed dtypes (its
    result taking one operand's) passes ``mixed_raises=False``: the fast path
    then also requires equal dtypes.
    """
    slow = kernel if fallback is None else fallback

    def hook(x1: Any, x2: Any) -> Any:
        if x1.__class__ is EagerTensor and x2.__class__ is EagerTensor and (mixed_raises or x1.dtype is x2.dtype):
            try:
                return kernel(x1, x2)
            except MISMATCH:
                pass
        x1, x2 = promote(x1, x2)
        return slow(x1, x2)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def binary_raw(op: Callable, name: str, fallback: Callable | None = None) -> Callable:
    """:func:`binary` for a ``tf.raw_ops`` kernel (called with ``x=``, ``y=``).

    The raw op skips the Python dispatch layers of ``tf.math`` (most of an
    eager call's cost on small tensors), which is why the hot hooks use them.
    """
    slow = (lambda a, b: op(x=a, y=b)) if fallback is None else fallback

    def hook(x1: Any, x2: Any) -> Any:
        if x1.__class__ is EagerTensor and x2.__class__ is EagerTensor:
            try:
                return op(x=x1, y=x2)
            except NativeError:
                pass
        x1, x2 = promote(x1, x2)
        return slow(x1, x2)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def unary_raw(op: Callable, name: str) -> Callable:
    """A hook ``name(x)`` calling the ``tf.raw_ops`` kernel ``op`` (``x=``)."""

    def hook(x: Any) -> Any:
        return op(x=x)

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


def fallback_unary(kernel: Callable, name: str, fallback: Callable) -> Callable:
    """A hook ``name(x)``: ``kernel`` when TensorFlow has it for the dtype, else ``fallback``."""

    def hook(x: Any) -> Any:
        try:
            return kernel(x)
        except NativeError:
            return fallback(as_tensor(x))
        except TypeError:
            return fallback(as_tensor(x))

    hook.__name__ = hook.__qualname__ = name
    return hookimpl(hook)


# -- unsigned integers and bit patterns -----------------------------------------------


def to_signed_bits(x: Tensor) -> Tensor:
    """An integer or float tensor reinterpreted as the signed integer of its width."""
    twin = SIGNED_TWIN[x.dtype]
    return x if twin is x.dtype else tf.bitcast(x, twin)


def via_int64(function: Callable) -> Callable:
    """``function`` applied in int64 to integers TensorFlow has no kernel for.

    Integers of at most 32 bits are widened exactly; uint64 is reinterpreted
    as int64 (the same bits), which is exact for wrapping arithmetic (sums,
    products, powers) since both are arithmetic modulo 2**64.
    """

    def run(x: Tensor, *rest: Tensor) -> Tensor:
        dtype = x.dtype
        if dtype is UINT64:
            wide = [tf.bitcast(t, INT64) for t in (x, *rest)]
            return tf.bitcast(function(*wide), UINT64)
        wide = [tf.cast(t, INT64) for t in (x, *rest)]
        return tf.cast(function(*wide), dtype)

    return run


def native_dtype(dtype: Any) -> tf.DType | None:
    return None if dtype is None else tf.as_dtype(dtype)
