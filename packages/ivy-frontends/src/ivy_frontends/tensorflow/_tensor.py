"""``Tensor``, ``Variable``, ``TensorShape`` and conversion with TensorFlow's dtype rules.

TF never promotes between tensors: ``float32 + float64`` and ``int32 + float32``
raise ``InvalidArgumentError``. A Python scalar or list joining a tensor takes the
tensor's dtype (a float into an integer tensor is a ``TypeError``).
"""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.tensorflow import _dtypes as d


class InvalidArgumentError(ValueError):
    """tf.errors.InvalidArgumentError."""


class TensorShape(tuple):
    """tf.TensorShape: a tuple of dims (``None`` for unknown) with TF's helpers."""

    @property
    def rank(self) -> int:
        return len(self)

    @property
    def ndims(self) -> int:
        return len(self)

    def as_list(self) -> list[int | None]:
        return list(self)

    def num_elements(self) -> int | None:
        n = 1
        for s in self:
            if s is None:
                return None
            n *= s
        return n

    def is_fully_defined(self) -> bool:
        return all(s is not None for s in self)

    def __repr__(self) -> str:
        return f"TensorShape({list(self)})"


class Tensor:
    """tf.Tensor: an immutable ``ivy.Array`` with a TF dtype."""

    __slots__ = ("_ivy",)
    __array_priority__ = 1000

    def __init__(self, array: Any) -> None:
        self._ivy = array if isinstance(array, ivy.Array) else ivy.asarray(array)

    @property
    def ivy_array(self) -> Any:
        return self._ivy

    @property
    def dtype(self) -> d.DType:
        return d.from_ivy(self._ivy.dtype)

    @property
    def shape(self) -> TensorShape:
        return TensorShape(self._ivy.shape)

    @property
    def ndim(self) -> int:
        return self._ivy.ndim

    @property
    def device(self) -> str:
        return "/job:localhost/replica:0/task:0/device:CPU:0"

    def get_shape(self) -> TensorShape:
        return self.shape

    def numpy(self) -> Any:
        import numpy as np

        return np.asarray(ivy.to_native(self._ivy))

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        out = self.numpy()
        return out if dtype is None else out.astype(dtype)

    def __repr__(self) -> str:
        return f"<tf.Tensor: shape={tuple(self.shape)}, dtype={self.dtype.name}, numpy={self.numpy()!r}>"

    def __bool__(self) -> bool:
        return bool(self._ivy)

    def __float__(self) -> float:
        return float(self._ivy)

    def __int__(self) -> int:
        return int(self._ivy)

    def __index__(self) -> int:
        if not self.dtype.is_integer:
            raise TypeError("only integer scalar tensors can be converted to an index")
        return int(self._ivy)

    def __len__(self) -> int:
        if self.ndim == 0:
            raise TypeError("len is not well defined for a rank-0 tensor")
        return self._ivy.shape[0]

    def __iter__(self) -> Any:
        if self.ndim == 0:
            raise TypeError("Cannot iterate over a scalar tensor.")
        return (self[i] for i in range(len(self)))

    __hash__ = None  # type: ignore[assignment]

    def __getitem__(self, key: Any) -> Tensor:
        return Tensor(self._ivy[_index(key)])

    def __copy__(self) -> Tensor:
        return self

    def __deepcopy__(self, memo: Any) -> Tensor:
        return self


def _index(key: Any) -> Any:
    if isinstance(key, tuple):
        return tuple(_index(k) for k in key)
    if isinstance(key, Tensor):
        if key.ndim == 0 and key.dtype.is_integer:
            return int(key)
        raise TypeError("Only integers, slices, ellipsis, tf.newaxis and scalar int tensors are valid indices")
    if isinstance(key, slice):
        return slice(*(int(v) if isinstance(v, Tensor) else v for v in (key.start, key.stop, key.step)))
    return key


def _python_values(value: Any) -> Any:
    """Nested lists with Tensor leaves replaced by ivy arrays for ivy.asarray."""
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, (Tensor, Variable)) for v in value):
            return ivy.stack([ivy.asarray(_python_values(v)) for v in value])
        return [_python_values(v) for v in value]
    if isinstance(value, (Tensor, Variable)):
        return value._value()._ivy if isinstance(value, Variable) else value._ivy
    return value


def _is_python(value: Any) -> bool:
    return type(value) in (bool, int, float, complex, list, tuple)


def _convert_python(value: Any, dtype: d.DType) -> Any:
    if isinstance(value, (list, tuple)) and any(isinstance(v, (Tensor, Variable)) for v in _flatten(value)):
        arr = ivy.asarray(_python_values(value))
        if arr.dtype is not dtype._ivy:
            raise TypeError(f"Cannot convert {value!r} to EagerTensor of dtype {dtype.name}")
        return arr
    for v in _flatten(value):
        if isinstance(v, complex) and not dtype.is_complex:
            raise TypeError(f"Cannot convert {value!r} to EagerTensor of dtype {dtype.name}")
        if isinstance(v, float) and not (dtype.is_floating or dtype.is_complex):
            raise TypeError(f"Cannot convert {value!r} to EagerTensor of dtype {dtype.name}")
        if isinstance(v, (int, float)) and not isinstance(v, bool) and dtype.is_bool:
            raise TypeError(f"Cannot convert {value!r} to EagerTensor of dtype bool")
    if dtype.is_integer:
        info = ivy.iinfo(dtype._ivy)
        if any(isinstance(v, int) and not info.min <= v <= info.max for v in _flatten(value)):
            # TF wraps out-of-range Python ints around (300 as int8 is 44)
            return ivy.astype(ivy.asarray(value, dtype=ivy.int64), dtype._ivy)
    return ivy.asarray(value, dtype=dtype._ivy)


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in _flatten(v)]
    return [value]


def convert_to_tensor(value: Any, dtype: Any = None, dtype_hint: Any = None, name: str | None = None) -> Tensor:
    """tf.convert_to_tensor: Tensors pass through (dtype must match); Python values use TF's inference."""
    want = d.as_dtype(dtype) if dtype is not None else None
    if isinstance(value, Variable):
        value = value._value()
    if isinstance(value, Tensor):
        if want is not None and value.dtype is not want:
            raise ValueError(
                f"Tensor conversion requested dtype {want.name} for Tensor with dtype {value.dtype.name}: {value!r}"
            )
        return value
    if isinstance(value, ivy.Array):
        arr = value
    elif _is_python(value):
        target = want
        if target is None:
            inferred = d.infer_python(value)
            hint = d.as_dtype(dtype_hint) if dtype_hint is not None else None
            if hint is not None:
                try:
                    return Tensor(_convert_python(value, hint))
                except (TypeError, ValueError):
                    pass
            target = inferred
        return Tensor(_convert_python(value, target))
    else:
        arr = ivy.asarray(value)
    if want is not None and arr.dtype is not want._ivy:
        raise ValueError(f"Tensor conversion requested dtype {want.name} for array with dtype {arr.dtype.name}")
    return Tensor(arr)


def constant(value: Any, dtype: Any = None, shape: Any = None, name: str | None = None) -> Tensor:
    """tf.constant: like convert_to_tensor, but casts arrays to ``dtype`` and broadcasts/reshapes to ``shape``."""
    if isinstance(value, (Tensor, Variable)):
        value = value._value() if isinstance(value, Variable) else value
        out = value if dtype is None else Tensor(ivy.astype(value._ivy, d.as_dtype(dtype)._ivy))
    elif dtype is not None and not _is_python(value):
        out = Tensor(ivy.astype(ivy.asarray(value), d.as_dtype(dtype)._ivy))
    else:
        out = convert_to_tensor(value, dtype)
    if shape is not None:
        shape = tuple(shape)
        n = 1
        for s in shape:
            n *= s
        if out.ndim == 0 or out._ivy.size == 1:
            out = Tensor(ivy.broadcast_to(ivy.reshape(out._ivy, ()), shape))
        elif out._ivy.size == n:
            out = Tensor(ivy.reshape(out._ivy, shape))
        else:
            raise TypeError(f"Expected Tensor's shape: {shape}, but got {tuple(out.shape)}.")
    return out


def as_tensor(value: Any, dtype: Any = None) -> Tensor:
    """A frontend Tensor for any value (Tensor, Variable, ivy.Array, array-like, Python value)."""
    return convert_to_tensor(value, dtype)


def binary(x: Any, y: Any, op: str = "op") -> tuple[Tensor, Tensor]:
    """Two operands with one dtype, TF's way: a Python value takes the tensor's dtype; tensors must agree."""
    if isinstance(x, Variable):
        x = x._value()
    if isinstance(y, Variable):
        y = y._value()
    xt, yt = isinstance(x, Tensor), isinstance(y, Tensor)
    if xt and not yt:
        y = Tensor(_convert_python(y, x.dtype)) if _is_python(y) else convert_to_tensor(y)
    elif yt and not xt:
        x = Tensor(_convert_python(x, y.dtype)) if _is_python(x) else convert_to_tensor(x)
    elif not xt and not yt:
        x = convert_to_tensor(x)
        y = Tensor(_convert_python(y, x.dtype)) if _is_python(y) else convert_to_tensor(y)
    if x.dtype is not y.dtype:
        raise InvalidArgumentError(
            f"cannot compute {op} as input #1(zero-based) was expected to be a {x.dtype.name} tensor "
            f"but is a {y.dtype.name} tensor"
        )
    return x, y


class Variable:
    """tf.Variable: a mutable holder of a Tensor; ``assign``/``assign_add``/``assign_sub`` replace its value."""

    def __init__(
        self,
        initial_value: Any = None,
        trainable: bool = True,
        name: str | None = None,
        dtype: Any = None,
        shape: Any = None,
        **kwargs: Any,
    ) -> None:
        if callable(initial_value):
            initial_value = initial_value()
        self._tensor = constant(initial_value, dtype=dtype)
        self.trainable = trainable
        self._name = (name or "Variable") + ":0"

    @property
    def name(self) -> str:
        return self._name

    def _value(self) -> Tensor:
        return self._tensor

    def value(self) -> Tensor:
        return self._tensor

    def read_value(self) -> Tensor:
        return self._tensor

    @property
    def dtype(self) -> d.DType:
        return self._tensor.dtype

    @property
    def shape(self) -> TensorShape:
        return self._tensor.shape

    @property
    def ndim(self) -> int:
        return self._tensor.ndim

    def get_shape(self) -> TensorShape:
        return self.shape

    def numpy(self) -> Any:
        return self._tensor.numpy()

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        return self._tensor.__array__(dtype)

    def _check(self, value: Any) -> Tensor:
        t = Tensor(_convert_python(value, self.dtype)) if _is_python(value) else convert_to_tensor(value)
        if t.dtype is not self.dtype:
            raise InvalidArgumentError(f"Cannot assign a {t.dtype.name} value to a {self.dtype.name} variable")
        if tuple(t.shape) != tuple(self.shape):
            raise ValueError(f"Cannot assign value of shape {tuple(t.shape)} to a variable with shape {self.shape}")
        return t

    def assign(self, value: Any, use_locking: Any = None, name: Any = None, read_value: bool = True) -> Any:
        self._tensor = self._check(value)
        return self if read_value else None

    def assign_add(self, delta: Any, use_locking: Any = None, name: Any = None, read_value: bool = True) -> Any:
        t = self._check(delta)
        self._tensor = Tensor(ivy.add(self._tensor._ivy, t._ivy))
        return self if read_value else None

    def assign_sub(self, delta: Any, use_locking: Any = None, name: Any = None, read_value: bool = True) -> Any:
        t = self._check(delta)
        self._tensor = Tensor(ivy.subtract(self._tensor._ivy, t._ivy))
        return self if read_value else None

    def __getitem__(self, key: Any) -> Tensor:
        return self._tensor[key]

    def __repr__(self) -> str:
        return f"<tf.Variable '{self.name}' shape={tuple(self.shape)} dtype={self.dtype.name}, numpy={self.numpy()!r}>"

    def __bool__(self) -> bool:
        return bool(self._tensor)

    def __float__(self) -> float:
        return float(self._tensor)

    def __int__(self) -> int:
        return int(self._tensor)

    def __len__(self) -> int:
        return len(self._tensor)

    __hash__ = object.__hash__
