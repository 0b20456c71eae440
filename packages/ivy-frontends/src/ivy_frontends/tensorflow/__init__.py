"""``ivy_frontends.tensorflow``: TensorFlow's API built from ``ivy`` calls only.

``Tensor``/``Variable`` with TF's dtype rules (no implicit promotion between tensors;
Python values take the tensor's dtype), ``tf.*`` array functions, ``tf.math``,
``tf.nn``, ``tf.linalg``, ``tf.signal``, ``tf.image``, ``tf.random`` and
``tf.raw_ops`` (the vocabulary of captured graphs). ``frontend`` is the
``ivy.frontends`` plugin object (capture and coverage).
"""

from __future__ import annotations

from types import SimpleNamespace

from ivy_frontends.tensorflow import (
    _classes,
    _control,
    _core,
    _eager,
    _math,
    _more,
    image,
    linalg,
    math,
    nn,
    random,
    raw_ops,
    signal,
)
from ivy_frontends.tensorflow._dtypes import (
    DType,
    as_dtype,
    bfloat16,
    complex64,
    complex128,
    double,
    float16,
    float32,
    float64,
    half,
    int8,
    int16,
    int32,
    int64,
    uint8,
    uint16,
    uint32,
    uint64,
)
from ivy_frontends.tensorflow._dtypes import bool_ as bool
from ivy_frontends.tensorflow._plugin import frontend
from ivy_frontends.tensorflow._tensor import (
    InvalidArgumentError,
    Tensor,
    TensorShape,
    Variable,
    constant,
    convert_to_tensor,
)

#: tf.math names that TF also exposes at the top level
_TOP_FROM_MATH = (
    "abs acos acosh add add_n argmax argmin asin asinh atan atan2 atanh cos cosh cumsum cumprod divide equal exp "
    "floor floordiv greater greater_equal less less_equal logical_and logical_not logical_or maximum minimum "
    "multiply negative not_equal pow realdiv reduce_all reduce_any reduce_logsumexp reduce_max reduce_mean "
    "reduce_min reduce_prod reduce_sum round sigmoid sign sin sinh sqrt square subtract tan tanh truediv "
    "is_tensor floormod squared_difference conj real imag truncatediv"
).split()
globals().update(_core.FUNCTIONS)
globals().update(_more.FUNCTIONS)
globals().update(_control.FUNCTIONS)
globals().update(_eager.FUNCTIONS)
globals().update(_classes.CLASSES)
#: tf.linalg and tf.signal names TF also exposes at the top level
eig, eigvals, matrix_square_root = linalg.eig, linalg.eigvals, linalg.sqrtm
fftnd, ifftnd, rfftnd, irfftnd = signal.fftnd, signal.ifftnd, signal.rfftnd, signal.irfftnd
scalar_mul = _math.FUNCTIONS["scalar_mul"]
for _n in _TOP_FROM_MATH:
    if _n in _math.FUNCTIONS:
        globals()[_n] = _math.FUNCTIONS[_n]
newaxis = None
errors = SimpleNamespace(InvalidArgumentError=InvalidArgumentError)
dtypes = SimpleNamespace(as_dtype=as_dtype, DType=DType)


def is_tensor(x: object) -> bool:
    """tf.is_tensor."""
    return isinstance(x, (Tensor, Variable))


def executing_eagerly() -> bool:
    """tf.executing_eagerly: the frontend is always eager."""
    return True


def function(func: object = None, **kwargs: object) -> object:
    """tf.function: the function unchanged (trace the ivy graph instead)."""
    return func if func is not None else (lambda f: f)


def no_op(name: object = None) -> None:
    """tf.no_op."""
    return None


def from_ivy(array: object) -> Tensor:
    """A frontend Tensor around an ``ivy.Array``."""
    return Tensor(array)


__all__ = [
    "frontend",
    "Tensor",
    "Variable",
    "constant",
    "convert_to_tensor",
    "math",
    "nn",
    "linalg",
    "signal",
    "image",
    "random",
    "raw_ops",
]
