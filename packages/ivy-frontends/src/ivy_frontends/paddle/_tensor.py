"""The frontend ``paddle.Tensor``: an ``ivy.Array`` with paddle's semantics.

``shape`` is a list, ``stop_gradient`` is True by default, in-place methods end
in ``_`` and rebind the wrapped array, and operators follow paddle's promotion
(``_dtypes``).
"""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends._shared.scalars import ItemConversions
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short

#: set by a running capture: records a Tensor attribute real paddle has and the frontend lacks
MISSING_ATTRIBUTE: list[Any] = [None]


class Tensor(ItemConversions):
    """A paddle Tensor emulated on an ``ivy.Array``."""

    __slots__ = ("__weakref__", "_ivy", "name", "persistable", "stop_gradient")

    def __init__(self, array: Any, stop_gradient: bool = True) -> None:
        self._ivy = array if isinstance(array, ivy.Array) else ivy.asarray(array)
        self.stop_gradient = stop_gradient
        self.name = None
        self.persistable = False

    # -- attributes ------------------------------------------------------------------
    @property
    def shape(self) -> list[int]:
        return list(self._ivy.shape)

    @property
    def dtype(self) -> D.dtype:
        return D.of_ivy(self._ivy.dtype)

    @property
    def ndim(self) -> int:
        return self._ivy.ndim

    @property
    def size(self) -> int:
        n = 1
        for s in self._ivy.shape:
            n *= s
        return n

    @property
    def T(self) -> Tensor:  # noqa: N802 - paddle's name
        return wrap(ivy.permute_dims(self._ivy, tuple(range(self.ndim))[::-1]))

    @property
    def mT(self) -> Tensor:  # noqa: N802 - paddle's name
        return wrap(ivy.matrix_transpose(self._ivy))

    @property
    def place(self) -> str:
        return "Place(cpu)"

    @property
    def grad(self) -> None:
        return None

    @property
    def is_leaf(self) -> bool:
        return True

    @property
    def real(self) -> Tensor:
        return wrap(ivy.real(self._ivy))

    @property
    def imag(self) -> Tensor:
        return wrap(ivy.imag(self._ivy))

    def dim(self) -> int:
        """Tensor.dim: the number of axes."""
        return self.ndim

    ndimension = dim

    def is_dist(self) -> bool:
        """Tensor.is_dist: never (no distributed tensors)."""
        return False

    def numpy(self) -> Any:
        """Tensor.numpy: the values as a NumPy array."""
        import numpy as np

        return np.asarray(ivy.to_native(self._ivy) if ivy.current_backend() != "numpy" else self._ivy.data)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        out = self.numpy()
        return out.astype(dtype) if dtype is not None else out

    def item(self, *index: int) -> Any:
        """Tensor.item: the single value (or the one at ``index``) as a Python scalar."""
        arr = self.numpy()
        return arr.item(*index)

    def tolist(self) -> Any:
        """Tensor.tolist."""
        return self.numpy().tolist()

    def astype(self, dtype: Any) -> Tensor:
        """Tensor.astype: a copy converted to ``dtype``."""
        return wrap(ivy.astype(self._ivy, D.to_dtype(dtype)._ivy))

    cast = astype

    def clone(self) -> Tensor:
        """Tensor.clone."""
        return wrap(ivy.astype(self._ivy, self._ivy.dtype, copy=True), self.stop_gradient)

    def detach(self) -> Tensor:
        """Tensor.detach: the same values, cut from the graph."""
        return wrap(ivy.stop_gradient(self._ivy))

    def cpu(self) -> Tensor:
        return self

    def cuda(self, *args: Any, **kwargs: Any) -> Tensor:
        return self

    def pin_memory(self) -> Tensor:
        return self

    def contiguous(self) -> Tensor:
        return self

    def is_contiguous(self) -> bool:
        return True

    def element_size(self) -> int:
        """Tensor.element_size: bytes per element."""
        return self._ivy.dtype.itemsize

    def numel(self) -> Tensor:
        """Tensor.numel: the number of elements as an int64 0-d tensor."""
        return wrap(ivy.asarray(self.size, dtype=ivy.int64))

    def set_value(self, value: Any) -> None:
        """Tensor.set_value: replace the values (same shape)."""
        self._ivy = ivy.astype(ivy.broadcast_to(as_ivy(value), tuple(self._ivy.shape)), self._ivy.dtype)

    def copy_(self, other: Any, blocking: bool = True) -> Tensor:
        self.set_value(other)
        return self

    def __len__(self) -> int:
        if self.ndim == 0:
            raise TypeError("len() of a 0-D tensor")
        return self._ivy.shape[0]

    def __iter__(self) -> Any:
        for i in range(len(self)):
            yield self[i]

    def __bool__(self) -> bool:
        return builtins.bool(self.item())

    def __index__(self) -> int:
        return builtins.int(self.item())

    def __repr__(self) -> str:
        return (
            f"Tensor(shape={self.shape}, dtype={self.dtype._name}, place=Place(cpu), "
            f"stop_gradient={self.stop_gradient},\n       {self.numpy()!r})"
        )

    def __hash__(self) -> int:
        return id(self)

    def __getattr__(self, name: str) -> Any:
        hook = MISSING_ATTRIBUTE[0]
        if hook is not None:
            return hook(self, name)
        raise AttributeError(f"'Tensor' object has no attribute {name!r}")

    # -- indexing ------------------------------------------------------------------------
    def __getitem__(self, key: Any) -> Tensor:
        return wrap(getitem(self._ivy, key))

    def __setitem__(self, key: Any, value: Any) -> None:
        self._ivy = setitem(self._ivy, key, value)


def wrap(array: Any, stop_gradient: bool = True) -> Tensor:
    """A frontend Tensor around an ``ivy.Array``."""
    return Tensor(array, stop_gradient)


def as_ivy(value: Any, dtype: D.dtype | None = None) -> Any:
    """An ``ivy.Array`` from a Tensor, an ``ivy.Array``, a NumPy array or Python data (paddle's to_tensor dtypes)."""
    if isinstance(value, Tensor):
        arr = value._ivy
    elif isinstance(value, ivy.Array):
        arr = value
    else:
        arr = from_data(value)
    if dtype is not None and arr.dtype != dtype._ivy:
        arr = ivy.astype(arr, dtype._ivy)
    return arr


def from_data(data: Any) -> Any:
    """An ``ivy.Array`` from Python or NumPy data with paddle's dtype choice (Python floats: default dtype)."""
    if isinstance(data, (list, tuple)) and any(isinstance(v, (Tensor, ivy.Array)) for v in data):
        return ivy.stack([as_ivy(v) for v in data])
    if type(data).__module__ == "numpy" or hasattr(data, "__array_interface__"):
        import numpy as np

        arr = np.asarray(data)
        return ivy.asarray(arr)
    kind = _python_kind(data)
    if kind == "f":
        return ivy.asarray(data, dtype=D.default_float()._ivy)
    if kind == "c":
        return ivy.asarray(data, dtype=ivy.complex64 if D.default_float() != D.float64 else ivy.complex128)
    if kind == "i":
        return ivy.asarray(data, dtype=ivy.int64)
    if kind == "b":
        return ivy.asarray(data, dtype=ivy.bool)
    return ivy.asarray(data)


def _python_kind(data: Any) -> str:
    kinds = set()

    def walk(v: Any) -> None:
        if isinstance(v, (list, tuple)):
            for x in v:
                walk(x)
        elif isinstance(v, builtins.bool):
            kinds.add("b")
        elif isinstance(v, builtins.int):
            kinds.add("i")
        elif isinstance(v, builtins.float):
            kinds.add("f")
        elif isinstance(v, builtins.complex):
            kinds.add("c")
        else:
            kinds.add("?")

    walk(data)
    for k in "?cfib":
        if k in kinds:
            return k
    return "f"  # an empty list: the default float dtype


def _is_scalar(v: Any) -> bool:
    return isinstance(v, (builtins.bool, builtins.int, builtins.float, builtins.complex))


def operands(x: Any, y: Any) -> tuple[Any, Any, D.dtype]:
    """Both operands of a binary op as ``ivy.Array`` of paddle's result dtype."""
    xt, yt = isinstance(x, (Tensor, ivy.Array)), isinstance(y, (Tensor, ivy.Array))
    if not xt and not yt:
        x = as_ivy(x)
        xt = True
    if xt and yt:
        a, b = as_ivy(x), as_ivy(y)
        da, db = D.of_ivy(a.dtype), D.of_ivy(b.dtype)
        if da == db:
            return a, b, da
        if b.ndim == 0 and a.ndim > 0:
            out = D.promote_scalar(da, D.scalar_kind_value(db))
        elif a.ndim == 0 and b.ndim > 0:
            out = D.promote_scalar(db, D.scalar_kind_value(da))
        else:
            out = D.promote_tensors(da, db)
        return _cast(a, out), _cast(b, out), out
    if xt:
        a = as_ivy(x)
        if not _is_scalar(y):
            b = from_data(y)
            out = D.promote_tensors(D.of_ivy(a.dtype), D.of_ivy(b.dtype))
            return _cast(a, out), _cast(b, out), out
        out = D.promote_scalar(D.of_ivy(a.dtype), y)
        return _cast(a, out), ivy.asarray(y, dtype=out._ivy), out
    bb, aa, out = operands(y, x)
    return aa, bb, out


def _cast(a: Any, d: D.dtype) -> Any:
    return a if a.dtype == d._ivy else ivy.astype(a, d._ivy)


def _key(key: Any) -> Any:
    if isinstance(key, Tensor):
        return key._ivy
    if isinstance(key, tuple):
        return tuple(_key(k) for k in key)
    if isinstance(key, list):
        if key and all(isinstance(k, builtins.bool) for k in key):
            return ivy.asarray(key, dtype=ivy.bool)
        return ivy.asarray(key, dtype=ivy.int64)
    return key


def getitem(arr: Any, key: Any) -> Any:
    """``arr[key]`` with paddle's index forms (ints, slices, None, Ellipsis, bool masks, integer arrays)."""
    key = _key(key)
    parts = key if isinstance(key, tuple) else (key,)
    arrays = [k for k in parts if isinstance(k, ivy.Array) and k.dtype != ivy.bool]
    if not arrays:
        return arr[key]
    # integer-array indexing: flatten the indexed axes through positions
    if len(parts) == 1:
        idx = parts[0]
        flat = ivy.reshape(idx, (-1,))
        flat = ivy.where(flat < 0, flat + arr.shape[0], flat)
        out = ivy.take(arr, flat, axis=0)
        return ivy.reshape(out, tuple(idx.shape) + tuple(arr.shape[1:]))
    ids = ivy.reshape(ivy.arange(_numel(arr.shape), dtype=ivy.int64), tuple(arr.shape))
    positions = _gather_positions(ids, parts)
    flat = ivy.take(ivy.reshape(arr, (-1,)), ivy.reshape(positions, (-1,)), axis=0)
    return ivy.reshape(flat, tuple(positions.shape))


def _gather_positions(ids: Any, parts: tuple) -> Any:
    if all(isinstance(k, (ivy.Array, builtins.int)) for k in parts) and len(parts) <= ids.ndim:
        idx = [ivy.asarray(k, dtype=ivy.int64) if not isinstance(k, ivy.Array) else k for k in parts]
        idx = [ivy.where(k < 0, k + ids.shape[i], k) for i, k in enumerate(idx)]
        idx = ivy.broadcast_arrays(*idx)
        return ivy.gather_nd(ids, ivy.stack(idx, axis=-1))
    raise IndexError("paddle frontend: this mix of integer-array and other indices is not supported")


def _numel(shape: Any) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def setitem(arr: Any, key: Any, value: Any) -> Any:
    """``arr[key] = value`` as a new array (positions found by indexing an array of flat positions)."""
    ids = ivy.reshape(ivy.arange(_numel(arr.shape), dtype=ivy.int64), tuple(arr.shape))
    sel = getitem(ids, key)
    val = ivy.astype(ivy.broadcast_to(as_ivy(value), tuple(sel.shape)), arr.dtype)
    flat = ivy.index_put(ivy.reshape(arr, (-1,)), (ivy.reshape(sel, (-1,)),), ivy.reshape(val, (-1,)))
    return ivy.reshape(flat, tuple(arr.shape))
