# ruff: noqa: N812 - torch's own argument and function names (input, min, max, sum, ...)
"""``torch.Tensor`` emulated around an ``ivy.Array``.

A Tensor owns one ivy array (``_ivy``); in-place operations replace it, so
``x.add_(1)``, ``x[mask] = v`` and ``x[i] += 1`` behave as in torch for the
tensor they are applied to. Views do not share memory: writing into the
result of ``x.view(...)`` or ``x[0]`` does not change ``x`` (torch's aliasing
has no portable equivalent over immutable backends such as JAX).

The operators and most methods are attached by ``ivy_frontends.torch`` from
the registry tables; this module holds construction, conversion, metadata and
indexing.
"""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._device import CPU, Size, device

_IvyArray = ivy.Array


class Tensor:
    """A torch tensor whose data is an ``ivy.Array`` on the current backend."""

    #: ``_swapped``: for ``x.transpose(0, 1)`` of a 3-D ``x``, x's array (attention projects it unpermuted)
    #: ``_view``: ``(base, key)`` when this tensor is ``base[key]`` by basic indexing, a view in torch
    __slots__ = ("__weakref__", "_data", "_swapped", "_view", "grad", "requires_grad")
    __hash__ = object.__hash__

    @property
    def _ivy(self) -> Any:
        """The tensor's data, an ``ivy.Array`` (replaced, never mutated, by in-place operations)."""
        return self._data

    @_ivy.setter
    def _ivy(self, value: Any) -> None:
        """New data; a view writes it through to its base (``k[..., :n].copy_(x)`` changes ``k``)."""
        self._data = value
        view = getattr(self, "_view", None)
        if view is not None:
            base, key = view
            base[key] = value

    def __init__(self, *data: Any, dtype: Any = None, device: Any = None) -> None:
        """``torch.Tensor(data)`` (float32 by default) or ``torch.Tensor(*size)`` (uninitialised: zeros)."""
        if len(data) == 1 and not isinstance(data[0], int):
            arr = as_ivy(data[0], D.as_dtype(dtype) if dtype else D.get_default_dtype())
        else:
            d = D.as_dtype(dtype) if dtype else D.get_default_dtype()
            arr = ivy.zeros(tuple(data), dtype=d._ivy)
        self._ivy = arr
        self.requires_grad = False
        self.grad = None

    # -- metadata -----------------------------------------------------------
    @property
    def dtype(self) -> D.dtype:
        return D._FROM_IVY[self._ivy.dtype]

    @property
    def shape(self) -> Size:
        return Size(self._ivy.shape)

    @property
    def ndim(self) -> int:
        return self._ivy.ndim

    @property
    def device(self) -> device:
        return CPU

    @property
    def is_cuda(self) -> bool:
        return False

    @property
    def is_leaf(self) -> bool:
        return True

    # torch's layout/backend flags: a frontend tensor is a plain dense CPU-like tensor
    is_nested = is_sparse = is_sparse_csr = is_quantized = is_meta = is_mkldnn = False
    is_xpu = is_mps = is_ipu = is_xla = is_vulkan = is_mtia = is_maia = False
    layout = "strided"
    names = None
    output_nr = 0

    @property
    def grad_fn(self) -> None:
        return None

    @property
    def data(self) -> Tensor:
        return self

    @property
    def T(self) -> Tensor:  # noqa: N802 - torch's name
        return wrap(ivy.permute_dims(self._ivy, tuple(range(self._ivy.ndim - 1, -1, -1))))

    @property
    def mT(self) -> Tensor:  # noqa: N802 - torch's name
        return wrap(ivy.matrix_transpose(self._ivy))

    @property
    def H(self) -> Tensor:  # noqa: N802 - torch's name
        return wrap(ivy.conj(ivy.matrix_transpose(self._ivy)))

    @property
    def mH(self) -> Tensor:  # noqa: N802 - torch's name
        return self.H

    @property
    def real(self) -> Tensor:
        return wrap(ivy.real(self._ivy)) if self._ivy.dtype.kind == "c" else self

    @property
    def imag(self) -> Tensor:
        if self._ivy.dtype.kind != "c":
            raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")
        return wrap(ivy.imag(self._ivy))

    @property
    def itemsize(self) -> int:
        return self._ivy.dtype.itemsize

    @property
    def nbytes(self) -> int:
        return self._ivy.dtype.itemsize * self.numel()

    def size(self, dim: int | None = None) -> Size | int:
        """The shape, or the length of one dimension."""
        shape = self._ivy.shape
        if dim is None:
            return Size(shape)
        return shape[_dim(dim, len(shape), "size")]

    def dim(self) -> int:
        """The number of dimensions."""
        return self._ivy.ndim

    ndimension = dim

    def numel(self) -> int:
        """The number of elements."""
        n = 1
        for s in self._ivy.shape:
            n *= s
        return n

    nelement = numel

    def element_size(self) -> int:
        """Bytes per element."""
        return self._ivy.dtype.itemsize

    def is_floating_point(self) -> bool:
        return self._ivy.dtype.kind == "f"

    def is_complex(self) -> bool:
        return self._ivy.dtype.kind == "c"

    def is_contiguous(self, memory_format: Any = None) -> bool:
        return True

    def get_device(self) -> int:
        return -1

    def stride(self, dim: int | None = None) -> tuple[int, ...] | int:
        """Row-major strides in elements (tensors here are always contiguous)."""
        out, step = [], 1
        for s in reversed(self._ivy.shape):
            out.append(step)
            step *= builtins.max(s, 1)
        strides = tuple(reversed(out))
        return strides if dim is None else strides[_dim(dim, self._ivy.ndim, "stride")]

    # -- conversion -----------------------------------------------------------
    def item(self) -> builtins.bool | int | float | complex:
        """The value of a one-element tensor as a Python number."""
        if self.numel() != 1:
            raise RuntimeError(f"a Tensor with {self.numel()} elements cannot be converted to Scalar")
        arr = ivy.reshape(self._ivy, ())
        kind = arr.dtype.kind
        return {"b": builtins.bool, "i": int, "u": int, "f": float, "c": complex}[kind](arr)

    def tolist(self) -> Any:
        """Nested Python lists of Python numbers."""
        return self.numpy().tolist()

    def numpy(self, *, force: bool = False) -> Any:
        """The values as a NumPy array."""
        import numpy as np

        return np.asarray(self._ivy)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        import numpy as np

        out = np.asarray(self._ivy)
        return out if dtype is None else out.astype(dtype)

    def to(self, *args: Any, **kwargs: Any) -> Tensor:
        """Convert dtype (``to(torch.float64)``, ``to(other)``); devices are accepted and ignored."""
        target = kwargs.get("dtype")
        for a in args:
            if isinstance(a, Tensor):
                target = a.dtype
            elif isinstance(a, D.dtype) or (a is not None and not isinstance(a, (str, device, int, builtins.bool))):
                target = a
        if target is None:
            return self
        target = D.as_dtype(target, "Tensor.to")
        return self if target._ivy == self._ivy.dtype else wrap(ivy.astype(self._ivy, target._ivy))

    def type(self, dtype: Any = None, non_blocking: builtins.bool = False) -> Any:
        """The dtype's name without a dtype, the converted tensor with one."""
        if dtype is None:
            return f"torch.{_LEGACY[self.dtype._name]}Tensor"
        if isinstance(dtype, str) and dtype.endswith("Tensor"):
            dtype = _FROM_LEGACY[dtype.removeprefix("torch.").removesuffix("Tensor")]
        return self.to(dtype)

    def type_as(self, other: Tensor) -> Tensor:
        return self.to(other.dtype)

    def cpu(self, *args: Any, **kwargs: Any) -> Tensor:
        return self

    def cuda(self, *args: Any, **kwargs: Any) -> Tensor:
        return self

    def detach(self) -> Tensor:
        return wrap(self._ivy)

    def detach_(self) -> Tensor:
        return self

    def requires_grad_(self, requires_grad: builtins.bool = True) -> Tensor:
        self.requires_grad = requires_grad
        return self

    def contiguous(self, memory_format: Any = None) -> Tensor:
        return self

    def clone(self, *, memory_format: Any = None) -> Tensor:
        return wrap(self._ivy)

    def __bool__(self) -> builtins.bool:
        return builtins.bool(self.item())

    def __int__(self) -> int:
        return int(self.item().real if self.is_complex() else self.item())

    def __float__(self) -> float:
        return float(self.item())

    def __complex__(self) -> complex:
        return complex(self.item())

    def __index__(self) -> int:
        if self._ivy.dtype.kind not in "iu":
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self.item())

    def __len__(self) -> int:
        if self._ivy.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._ivy.shape[0]

    def __iter__(self) -> Any:
        if self._ivy.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return (wrap(self._ivy[i]) for i in range(self._ivy.shape[0]))

    def __repr__(self) -> str:
        import numpy as np

        body = np.array2string(self.numpy(), separator=", ", prefix="tensor(")
        extra = "" if self.dtype in (D.float32, D.int64, D.bool) else f", dtype={self.dtype}"
        return f"tensor({body}{extra})"

    def __format__(self, spec: str) -> str:
        return format(self.item(), spec) if self._ivy.ndim == 0 else repr(self)

    # -- indexing -------------------------------------------------------------
    def __getitem__(self, key: Any) -> Tensor:
        try:
            result = wrap(self._ivy[_key(key)])
        except (IndexError, ivy.IvyIndexError) as error:
            raise IndexError(
                f"Tensor.__getitem__: index {key!r} is invalid for a tensor of shape {self.shape}"
            ) from error
        if _is_basic(key):  # a view in torch: writes to it reach this tensor
            result._view = (self, key)
        return result

    def __setitem__(self, key: Any, value: Any) -> None:
        target = self._ivy.dtype
        if isinstance(value, Tensor):
            value = value._ivy
        if isinstance(value, _IvyArray):
            if value.dtype != target:
                value = ivy.astype(value, target)
        else:
            value = ivy.asarray(value, dtype=target) if _fits(value, target) else ivy.astype(ivy.asarray(value), target)
        # a copy: the ivy array may be shared with other tensors (detach, views), which must not change
        arr = ivy.asarray(self._ivy, copy=True)
        arr[_key(key)] = value
        self._ivy = arr


#: Tensor.float(), .long(), ...: the dtype conversion methods
CONVERSIONS = {
    "float": "float32",
    "double": "float64",
    "half": "float16",
    "bfloat16": "bfloat16",
    "int": "int32",
    "long": "int64",
    "short": "int16",
    "char": "int8",
    "byte": "uint8",
    "bool": "bool",
    "cfloat": "complex64",
    "cdouble": "complex128",
}


def _conversion(name: str, target: str) -> Any:
    def convert(self: Tensor, memory_format: Any = None) -> Tensor:
        d = D.BY_NAME[target]._ivy
        return self if self._ivy.dtype == d else wrap(ivy.astype(self._ivy, d))

    return named(convert, name, f"Tensor.{name}(): the tensor as {target}.")


for _name, _target in CONVERSIONS.items():
    setattr(Tensor, _name, _conversion(_name, _target))


def _fits(value: Any, target: Any) -> builtins.bool:
    kind = target.kind
    t = type(value)
    if t is builtins.bool:
        return True
    if t is int:
        return kind in "iufc"
    if t is float:
        return kind in "fc"
    return t is complex and kind == "c"


def _is_basic(key: Any) -> bool:
    """Whether ``key`` is basic indexing (ints, slices, ``...``, ``None``): torch returns a view."""
    items = key if isinstance(key, tuple) else (key,)
    return all(k is None or k is Ellipsis or type(k) in (int, slice) for k in items)


def _key(key: Any) -> Any:
    """An index with tensors and lists turned into ivy arrays."""
    if isinstance(key, tuple):
        return tuple(_key_item(k) for k in key)
    return _key_item(key)


def _key_item(k: Any) -> Any:
    if isinstance(k, Tensor):
        return k._ivy
    if isinstance(k, list):
        return as_ivy(k)
    if isinstance(k, slice):  # a tensor bound is read as an int (a static one may be; a traced one is refused)
        return slice(*(p.__index__() if isinstance(p, Tensor) else p for p in (k.start, k.stop, k.step)))
    return k


_LEGACY = {
    "float32": "Float",
    "float64": "Double",
    "float16": "Half",
    "bfloat16": "BFloat16",
    "int64": "Long",
    "int32": "Int",
    "int16": "Short",
    "int8": "Char",
    "uint8": "Byte",
    "bool": "Bool",
    "complex64": "ComplexFloat",
    "complex128": "ComplexDouble",
}
_FROM_LEGACY = {v: D.BY_NAME[k] for k, v in _LEGACY.items()}


def wrap(arr: Any) -> Tensor:
    """A Tensor around an ivy array (no copy, no checks)."""
    t = object.__new__(Tensor)
    t._data = arr
    t.requires_grad = False
    t.grad = None
    return t


def _infer(data: Any) -> D.dtype:
    """torch.tensor's dtype for nested Python data: bool, int64, the default float, or complex."""
    best = 0
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, Tensor):
            best = builtins.max(best, 4 + D.category(item.dtype))
        elif type(item) is builtins.bool:
            continue
        elif isinstance(item, int):
            best = builtins.max(best, 1)
        elif isinstance(item, float):
            best = builtins.max(best, 2)
        elif isinstance(item, complex):
            best = builtins.max(best, 3)
    if best >= 4:
        best -= 4
    return (D.bool, D.int64, D.get_default_dtype(), D.get_default_dtype().to_complex())[best]


def _sample(arr: Any) -> Any:
    """A Python value of ``arr``'s kind: a tensor in a list infers the list's dtype as a scalar of its kind would."""
    return {"b": False, "i": 0, "u": 0, "f": 0.0, "c": 0j}[arr.dtype.kind]


def as_ivy(data: Any, dtype: D.dtype | None = None) -> Any:
    """An ivy array from a Tensor, ivy array, NumPy array or nested Python data, with torch's dtype inference."""
    if isinstance(data, Tensor):
        arr = data._ivy
    elif isinstance(data, _IvyArray):
        arr = data
    elif isinstance(data, (list, tuple)):
        if any(isinstance(x, Tensor) for x in data):
            data = [x._ivy if isinstance(x, Tensor) else x for x in data]
            if builtins.all(isinstance(x, _IvyArray) for x in data):
                arr = ivy.stack(data) if data else ivy.asarray([])
                return arr if dtype is None or arr.dtype == dtype._ivy else ivy.astype(arr, dtype._ivy)
            target = dtype or _infer([_sample(x) if isinstance(x, _IvyArray) else x for x in data])
            return ivy.stack([ivy.astype(as_ivy(x), target._ivy) for x in data])
        target = dtype or _infer(data)
        return ivy.asarray(data, dtype=target._ivy)
    elif isinstance(data, (builtins.bool, int, float, complex)):
        target = dtype or D.scalar_dtype(data)
        if not _fits(data, target._ivy):
            return ivy.astype(ivy.asarray(data), target._ivy)
        return ivy.asarray(data, dtype=target._ivy)
    else:
        arr = ivy.asarray(data)
    if dtype is not None and arr.dtype != dtype._ivy:
        arr = ivy.astype(arr, dtype._ivy)
    return arr


def _dim(d: Any, ndim: int, function: str, argument: str = "dim") -> int:
    """A dimension index checked against ``ndim`` and made non-negative (0-d tensors accept -1 and 0)."""
    n = builtins.max(ndim, 1)
    try:
        d = int(d)
    except TypeError:
        raise TypeError(f"{function}(): argument '{argument}' must be int, not {type(d).__name__}") from None
    if not -n <= d < n:
        raise IndexError(
            f"{function}(): Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {d})"
        )
    return d % n


def dims(d: Any, ndim: int, function: str) -> tuple[int, ...] | None:
    """``dim`` arguments (None, an int, or a sequence) normalised to a tuple of non-negative axes."""
    if d is None:
        return None
    if isinstance(d, (list, tuple)):
        return tuple(_dim(x, ndim, function) for x in d) if len(d) else None
    return (_dim(d, ndim, function),)


def tensor_arg(x: Any, function: str, argument: str = "input") -> Tensor:
    """Check that an argument is a Tensor, naming the function and argument otherwise."""
    if isinstance(x, Tensor):
        return x
    if isinstance(x, _IvyArray):
        return wrap(x)
    raise TypeError(f"{function}(): argument '{argument}' must be Tensor, not {type(x).__name__}")


def shape_args(args: tuple, function: str) -> tuple[int, ...]:
    """Sizes given as ``f(2, 3)``, ``f((2, 3))`` or ``f([2, 3])`` (torch accepts all three)."""
    if len(args) == 1 and isinstance(args[0], (tuple, list, Size)):
        args = tuple(args[0])
    try:
        return tuple(int(a) for a in args)
    except TypeError:
        bad = next(a for a in args if not isinstance(a, int))
        raise TypeError(
            f"{function}(): argument 'size' must be tuple of ints, but found element of type {type(bad).__name__}"
        ) from None
