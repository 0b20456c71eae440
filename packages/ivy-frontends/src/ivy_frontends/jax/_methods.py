"""``jax.Array`` methods and operators, taken from the ``jax.numpy`` namespace (a table)."""

from __future__ import annotations

from typing import Any

from ivy_frontends.jax._array import Array

#: methods that are jax.numpy functions with the array first
METHODS = (
    "all any argmax argmin argpartition argsort astype choose clip compress conj conjugate cumprod cumsum"
    " diagonal dot max mean min nonzero prod ptp ravel repeat reshape round searchsorted sort"
    " squeeze std sum swapaxes take trace transpose var"
).split()

#: operator -> (jax.numpy function, reflected)
OPERATORS = {
    "__add__": ("add", False),
    "__radd__": ("add", True),
    "__sub__": ("subtract", False),
    "__rsub__": ("subtract", True),
    "__mul__": ("multiply", False),
    "__rmul__": ("multiply", True),
    "__truediv__": ("true_divide", False),
    "__rtruediv__": ("true_divide", True),
    "__floordiv__": ("floor_divide", False),
    "__rfloordiv__": ("floor_divide", True),
    "__mod__": ("remainder", False),
    "__rmod__": ("remainder", True),
    "__pow__": ("power", False),
    "__rpow__": ("power", True),
    "__matmul__": ("matmul", False),
    "__rmatmul__": ("matmul", True),
    "__and__": ("bitwise_and", False),
    "__rand__": ("bitwise_and", True),
    "__or__": ("bitwise_or", False),
    "__ror__": ("bitwise_or", True),
    "__xor__": ("bitwise_xor", False),
    "__rxor__": ("bitwise_xor", True),
    "__lshift__": ("left_shift", False),
    "__rlshift__": ("left_shift", True),
    "__rshift__": ("right_shift", False),
    "__rrshift__": ("right_shift", True),
    "__lt__": ("less", False),
    "__le__": ("less_equal", False),
    "__gt__": ("greater", False),
    "__ge__": ("greater_equal", False),
    "__eq__": ("equal", False),
    "__ne__": ("not_equal", False),
    "__divmod__": ("divmod", False),
}
UNARY_OPERATORS = {"__neg__": "negative", "__pos__": "positive", "__abs__": "abs", "__invert__": "invert"}


def _method(fn: Any) -> Any:
    def method(self: Array, *args: Any, **kwargs: Any) -> Any:
        return fn(self, *args, **kwargs)

    method.__name__ = fn.__name__
    method.__doc__ = fn.__doc__
    return method


def _reshape(self: Array, *shape: Any, order: str = "C") -> Array:
    import ivy_frontends.jax.numpy as jnp

    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    return jnp.reshape(self, shape)


def _transpose(self: Array, *axes: Any) -> Array:
    import ivy_frontends.jax.numpy as jnp

    if len(axes) == 1 and isinstance(axes[0], (tuple, list)):
        axes = tuple(axes[0])
    return jnp.transpose(self, axes or None)


def _operator(fn: Any, reflected: bool) -> Any:
    def op(self: Array, other: Any) -> Any:
        if not _is_operand(other):
            return NotImplemented
        return fn(other, self) if reflected else fn(self, other)

    return op


def _is_operand(x: Any) -> bool:
    import ivy

    return isinstance(x, (Array, bool, int, float, complex, ivy.Array)) or hasattr(x, "__array__")


def install() -> None:
    """Put the methods and operators on ``Array``."""
    import ivy_frontends.jax.numpy as jnp

    for name in METHODS:
        setattr(Array, name, _method(getattr(jnp, name)))
    Array.flatten = _method(jnp.ravel)
    Array.reshape = _reshape
    Array.transpose = _transpose
    for name, (fn, reflected) in OPERATORS.items():
        setattr(Array, name, _operator(getattr(jnp, fn), reflected))
    for name, fn in UNARY_OPERATORS.items():
        setattr(Array, name, _method(getattr(jnp, fn)))
    Array.__hash__ = None
