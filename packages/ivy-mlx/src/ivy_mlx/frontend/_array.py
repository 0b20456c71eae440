"""The frontend's ``mx.array``: an ``ivy.Array`` with MLX's operators, properties and methods."""

from __future__ import annotations

from typing import Any

import numpy as np

import ivy


def to_ivy(value: Any) -> Any:
    """An operand as ivy sees it: the frontend array's ``ivy.Array``; a real ``mx.array``
    (a constant the program made before the capture) as an ``ivy.Array``; others unchanged."""
    if isinstance(value, Array):
        return value.ivy
    if type(value).__module__.startswith("mlx") and hasattr(value, "dtype") and hasattr(value, "shape"):
        return ivy.asarray(np.array(value))
    if isinstance(value, (list, tuple)):
        return type(value)(to_ivy(v) for v in value)
    return value


def wrap(value: Any) -> Any:
    """ivy results as frontend arrays (tuples and lists kept)."""
    if isinstance(value, ivy.Array):
        return Array(value)
    if isinstance(value, (list, tuple)):
        return type(value)(wrap(v) for v in value)
    return value


def _binary(function: Any, swap: bool = False) -> Any:
    def method(self: Array, other: Any) -> Any:
        a, b = self.ivy, to_ivy(other)
        return wrap(function(b, a) if swap else function(a, b))

    return method


class Array:
    """MLX's array, emulated: operators, ``shape``/``dtype``/``ndim``/``size``/``T`` and the common methods."""

    __slots__ = ("ivy",)

    def __init__(self, value: Any) -> None:
        self.ivy = value if isinstance(value, ivy.Array) else ivy.asarray(value)

    shape = property(lambda self: tuple(self.ivy.shape))
    dtype = property(lambda self: self.ivy.dtype)
    ndim = property(lambda self: self.ivy.ndim)
    size = property(lambda self: int(np.prod(self.ivy.shape)))
    T = property(lambda self: Array(ivy.permute_dims(self.ivy, tuple(reversed(range(self.ivy.ndim))))))

    __add__, __radd__ = _binary(ivy.add), _binary(ivy.add, True)
    __sub__, __rsub__ = _binary(ivy.subtract), _binary(ivy.subtract, True)
    __mul__, __rmul__ = _binary(ivy.multiply), _binary(ivy.multiply, True)
    __truediv__, __rtruediv__ = _binary(ivy.divide), _binary(ivy.divide, True)
    __floordiv__, __rfloordiv__ = _binary(ivy.floor_divide), _binary(ivy.floor_divide, True)
    __mod__, __rmod__ = _binary(ivy.remainder), _binary(ivy.remainder, True)
    __pow__, __rpow__ = _binary(ivy.pow), _binary(ivy.pow, True)
    __matmul__, __rmatmul__ = _binary(ivy.matmul), _binary(ivy.matmul, True)
    __lt__, __le__ = _binary(ivy.less), _binary(ivy.less_equal)
    __gt__, __ge__ = _binary(ivy.greater), _binary(ivy.greater_equal)
    __eq__, __ne__ = _binary(ivy.equal), _binary(ivy.not_equal)  # type: ignore[assignment]
    __and__, __or__ = _binary(ivy.logical_and), _binary(ivy.logical_or)
    __hash__ = object.__hash__

    def __neg__(self) -> Array:
        return Array(-self.ivy)

    def __abs__(self) -> Array:
        return Array(ivy.abs(self.ivy))

    def __getitem__(self, key: Any) -> Array:
        return Array(self.ivy[to_ivy(key)])

    def __len__(self) -> int:
        return self.shape[0]

    def __bool__(self) -> bool:
        return bool(self.ivy)

    def __float__(self) -> float:
        return float(self.ivy)

    def __int__(self) -> int:
        return int(self.ivy)

    def __repr__(self) -> str:
        return f"mlx-frontend array({self.ivy!r})"

    def item(self) -> Any:
        return np.asarray(ivy.to_native(self.ivy)).item()

    def tolist(self) -> Any:
        return np.asarray(ivy.to_native(self.ivy)).tolist()

    def astype(self, dtype: Any) -> Array:
        from ivy_mlx.frontend.core import ivy_dtype

        return Array(ivy.astype(self.ivy, ivy_dtype(dtype)))

    def reshape(self, *shape: Any) -> Array:
        shape = shape[0] if len(shape) == 1 and isinstance(shape[0], (tuple, list)) else shape
        return Array(ivy.reshape(self.ivy, tuple(shape)))

    def flatten(self, start_axis: int = 0, end_axis: int = -1) -> Array:
        from ivy_mlx.frontend.core import flatten

        return flatten(self, start_axis, end_axis)

    def transpose(self, *axes: Any) -> Array:
        axes = axes[0] if len(axes) == 1 and isinstance(axes[0], (tuple, list)) else axes
        return Array(ivy.permute_dims(self.ivy, tuple(axes) or tuple(reversed(range(self.ndim)))))

    def swapaxes(self, axis1: int, axis2: int) -> Array:
        order = list(range(self.ndim))
        order[axis1], order[axis2] = order[axis2], order[axis1]
        return Array(ivy.permute_dims(self.ivy, tuple(order)))

    def __getattr__(self, name: str) -> Any:
        """Reductions and elementwise methods (``x.sum(axis=1)``, ``x.exp()``) are the namespace's functions."""
        from ivy_mlx.frontend import core

        function = getattr(core, name, None)
        if function is None or name.startswith("_"):
            raise AttributeError(f"the mlx frontend's array has no method {name!r}")
        return lambda *args, **kwargs: function(self, *args, **kwargs)
