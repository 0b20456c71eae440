"""``tf.TensorSpec``, ``tf.TensorArray``, ``tf.Module``, ``tf.IndexedSlices`` and ``tf.UnconnectedGradients``."""

from __future__ import annotations

import enum
from typing import Any

import ivy
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, TensorShape, Variable, as_tensor


class TypeSpec:
    """tf.TypeSpec: the base of value descriptions."""

    def is_compatible_with(self, spec_or_value: Any) -> bool:
        raise NotImplementedError


class TensorSpec(TypeSpec):
    """tf.TensorSpec: a tensor's shape (``None`` for unknown sizes), dtype and name."""

    def __init__(self, shape: Any, dtype: Any = d.float32, name: Any = None) -> None:
        self.shape = None if shape is None else TensorShape(tuple(None if s is None else int(s) for s in shape))
        self.dtype = d.as_dtype(dtype)
        self.name = name

    @classmethod
    def from_tensor(cls, tensor: Any, name: Any = None) -> TensorSpec:
        t = as_tensor(tensor)
        return cls(t.shape, t.dtype, name)

    def is_compatible_with(self, spec_or_value: Any) -> bool:
        other = spec_or_value if isinstance(spec_or_value, TensorSpec) else TensorSpec.from_tensor(spec_or_value)
        if other.dtype != self.dtype:
            return False
        if self.shape is None or other.shape is None:
            return True
        return len(self.shape) == len(other.shape) and all(
            a is None or b is None or a == b for a, b in zip(self.shape, other.shape, strict=True)
        )

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, TensorSpec)
            and self.dtype == other.dtype
            and self.shape == other.shape
            and self.name == other.name
        )

    def __hash__(self) -> int:
        return hash((self.shape, self.dtype.name, self.name))

    def __repr__(self) -> str:
        return f"TensorSpec(shape={self.shape}, dtype=tf.{self.dtype.name}, name={self.name!r})"


def type_spec_from_value(value: Any) -> TensorSpec:
    """tf.type_spec_from_value: the ``TensorSpec`` of a tensor (or of what converts to one)."""
    return TensorSpec.from_tensor(value)


class UnconnectedGradients(enum.Enum):
    """tf.UnconnectedGradients: what a gradient of an unconnected source is."""

    NONE = "none"
    ZERO = "zero"


class IndexedSlices:
    """tf.IndexedSlices: rows ``values`` of a dense tensor at ``indices`` (a sparse gradient's form)."""

    def __init__(self, values: Any, indices: Any, dense_shape: Any = None) -> None:
        self.values = as_tensor(values)
        self.indices = as_tensor(indices)
        self.dense_shape = None if dense_shape is None else as_tensor(dense_shape)

    @property
    def dtype(self) -> d.DType:
        return self.values.dtype

    @property
    def shape(self) -> TensorShape:
        if self.dense_shape is None:
            return TensorShape((None, *tuple(self.values.shape[1:])))
        return TensorShape(tuple(int(s) for s in self.dense_shape.numpy().tolist()))

    def __neg__(self) -> IndexedSlices:
        return IndexedSlices(Tensor(ivy.negative(self.values._ivy)), self.indices, self.dense_shape)

    def to_dense(self) -> Tensor:
        """The dense tensor (rows summed where indices repeat), as ``tf.convert_to_tensor`` gives it."""
        shape = tuple(self.shape)
        out = ivy.zeros(shape, dtype=self.values._ivy.dtype)
        return Tensor(ivy.index_put(out, (self.indices._ivy,), self.values._ivy, accumulate=True))


class SparseTensor:
    """tf.SparseTensor: ``values`` at int64 ``indices`` of a tensor of ``dense_shape`` (zeros elsewhere)."""

    def __init__(self, indices: Any, values: Any, dense_shape: Any) -> None:
        self.indices = Tensor(ivy.astype(as_tensor(indices)._ivy, ivy.int64))
        self.values = as_tensor(values)
        self.dense_shape = Tensor(ivy.astype(as_tensor(dense_shape)._ivy, ivy.int64))
        if self.indices.ndim != 2 or self.values.ndim != 1:
            raise ValueError("indices must be a matrix and values a vector")

    @property
    def dtype(self) -> d.DType:
        return self.values.dtype

    @property
    def shape(self) -> TensorShape:
        return TensorShape(tuple(int(s) for s in self.dense_shape.numpy().tolist()))

    def to_dense(self, default_value: Any = 0) -> Tensor:
        """The dense tensor (what ``tf.sparse.to_dense`` gives)."""
        out = ivy.full(tuple(self.shape), default_value, dtype=self.values._ivy.dtype)
        idx = tuple(self.indices._ivy[:, i] for i in range(self.indices.shape[1]))
        return Tensor(ivy.index_put(out, idx, self.values._ivy, accumulate=False))

    def with_values(self, new_values: Any) -> SparseTensor:
        return SparseTensor(self.indices, new_values, self.dense_shape)

    def __repr__(self) -> str:
        return f"SparseTensor(indices={self.indices!r}, values={self.values!r}, dense_shape={self.dense_shape!r})"


class TensorArray:
    """tf.TensorArray: a list of same-dtype tensors written and read by index (eager, value semantics)."""

    def __init__(
        self,
        dtype: Any,
        size: Any = None,
        dynamic_size: Any = None,
        clear_after_read: Any = None,
        tensor_array_name: Any = None,
        handle: Any = None,
        flow: Any = None,
        infer_shape: bool = True,
        element_shape: Any = None,
        colocate_with_first_write_call: bool = True,
        name: Any = None,
    ) -> None:
        self._dtype = d.as_dtype(dtype)
        n = 0 if size is None else int(as_tensor(size))
        self._items: list[Tensor | None] = [None] * n
        self._dynamic = bool(dynamic_size)
        self._element_shape = None if element_shape is None else tuple(element_shape)

    @property
    def dtype(self) -> d.DType:
        return self._dtype

    @property
    def dynamic_size(self) -> bool:
        return self._dynamic

    @property
    def element_shape(self) -> TensorShape | None:
        return None if self._element_shape is None else TensorShape(self._element_shape)

    def size(self, name: Any = None) -> Tensor:
        return Tensor(ivy.asarray(len(self._items), dtype=ivy.int32))

    def _copy(self, items: list[Any]) -> TensorArray:
        out = TensorArray(self._dtype, 0, self._dynamic, element_shape=self._element_shape)
        out._items = items
        return out

    def write(self, index: Any, value: Any, name: Any = None) -> TensorArray:
        i = int(as_tensor(index))
        t = as_tensor(value)
        if t.dtype != self._dtype:
            raise InvalidArgumentError(
                f"TensorArray dtype is {self._dtype.name} but Op is trying to write dtype {t.dtype.name}"
            )
        items = list(self._items)
        if i >= len(items):
            if not self._dynamic:
                raise InvalidArgumentError(
                    f"Tried to write to index {i} but array is not resizeable and size is: {len(items)}"
                )
            items += [None] * (i + 1 - len(items))
        items[i] = t
        return self._copy(items)

    def read(self, index: Any, name: Any = None) -> Tensor:
        i = int(as_tensor(index))
        if not 0 <= i < len(self._items):
            raise InvalidArgumentError(f"Tried to read from index {i} but array size is: {len(self._items)}")
        item = self._items[i]
        if item is None:
            shape = self._element_shape or self._known_shape()
            return Tensor(ivy.zeros(shape, dtype=self._dtype._ivy))
        return item

    def _known_shape(self) -> tuple[int, ...]:
        return next((tuple(t.shape) for t in self._items if t is not None), ())

    def stack(self, name: Any = None) -> Tensor:
        if not self._items:
            return Tensor(ivy.zeros((0, *(self._element_shape or ())), dtype=self._dtype._ivy))
        return Tensor(ivy.stack([self.read(i)._ivy for i in range(len(self._items))], axis=0))

    def gather(self, indices: Any, name: Any = None) -> Tensor:
        idx = as_tensor(indices).numpy().reshape(-1).tolist()
        return Tensor(ivy.stack([self.read(i)._ivy for i in idx], axis=0))

    def concat(self, name: Any = None) -> Tensor:
        return Tensor(ivy.concat([self.read(i)._ivy for i in range(len(self._items))], axis=0))

    def unstack(self, value: Any, name: Any = None) -> TensorArray:
        t = as_tensor(value)
        out = self._copy([Tensor(a) for a in ivy.unstack(t._ivy, axis=0)])
        if not self._dynamic and self._items and len(out._items) > len(self._items):
            raise InvalidArgumentError("Tried to unstack more elements than the array's size")
        return out

    def scatter(self, indices: Any, value: Any, name: Any = None) -> TensorArray:
        out = self
        t = as_tensor(value)
        for j, i in enumerate(as_tensor(indices).numpy().reshape(-1).tolist()):
            out = out.write(i, Tensor(t._ivy[j]))
        return out

    def split(self, value: Any, lengths: Any, name: Any = None) -> TensorArray:
        t = as_tensor(value)
        out, start = [], 0
        for n in as_tensor(lengths).numpy().reshape(-1).tolist():
            out.append(Tensor(t._ivy[start : start + int(n)]))
            start += int(n)
        return self._copy(out)

    def close(self, name: Any = None) -> None:
        return None

    def identity(self) -> TensorArray:
        return self


class Module:
    """tf.Module: a named container whose variables and submodules are found through its attributes."""

    def __init__(self, name: Any = None) -> None:
        self._name = name if name is not None else _snake(type(self).__name__)

    @property
    def name(self) -> str:
        return self._name

    @property
    def name_scope(self) -> Any:
        from contextlib import nullcontext

        return nullcontext(self._name + "/")

    def _walk(self, want: Any, seen: set[int] | None = None) -> list[Any]:
        """Objects satisfying ``want`` reachable through attributes (sorted by name) and containers, depth first."""
        seen = set() if seen is None else seen
        found: list[Any] = []

        def visit(obj: Any) -> None:
            if id(obj) in seen:
                return
            if isinstance(obj, (Variable, Module)) or want(obj):
                seen.add(id(obj))
            if want(obj):
                found.append(obj)
            if isinstance(obj, Module):
                for key in sorted(vars(obj)):
                    if not key.startswith("_") or key == "_name":
                        if key != "_name":
                            visit(vars(obj)[key])
            elif isinstance(obj, dict):
                for key in sorted(obj):
                    visit(obj[key])
            elif isinstance(obj, (list, tuple)):
                for item in obj:
                    visit(item)

        seen.add(id(self))
        for key in sorted(vars(self)):
            if not key.startswith("_"):
                visit(vars(self)[key])
        return found

    @property
    def variables(self) -> tuple[Variable, ...]:
        return tuple(self._walk(lambda o: isinstance(o, Variable)))

    @property
    def trainable_variables(self) -> tuple[Variable, ...]:
        return tuple(self._walk(lambda o: isinstance(o, Variable) and getattr(o, "trainable", True)))

    @property
    def non_trainable_variables(self) -> tuple[Variable, ...]:
        return tuple(self._walk(lambda o: isinstance(o, Variable) and not getattr(o, "trainable", True)))

    @property
    def submodules(self) -> tuple[Module, ...]:
        return tuple(self._walk(lambda o: isinstance(o, Module)))

    @classmethod
    def with_name_scope(cls, method: Any) -> Any:
        return method


def _snake(name: str) -> str:
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and not name[i - 1].isupper():
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


CLASSES = {
    "TypeSpec": TypeSpec,
    "TensorSpec": TensorSpec,
    "UnconnectedGradients": UnconnectedGradients,
    "IndexedSlices": IndexedSlices,
    "SparseTensor": SparseTensor,
    "TensorArray": TensorArray,
    "Module": Module,
    "type_spec_from_value": type_spec_from_value,
}
