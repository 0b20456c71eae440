"""``numpy.ndarray`` on ivy: a mutable wrapper around an ``ivy.Array``, and ``array``/``asarray``.

Methods are the namespace's functions with the array as first argument (a
table, :data:`METHODS`); operators are the ufuncs. Writes (``__setitem__``,
in-place operators, ``out=``) replace the wrapped array, so a view made
earlier (``b = a[0]``) does not see them: NumPy's memory sharing is not emulated.
"""

# ruff: noqa: A002 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

import builtins
import importlib
import os
import pickle
from typing import Any

import ivy
from ivy_frontends._shared.scalars import ItemConversions
from ivy_frontends.numpy import _dtypes

_SCALARS = (builtins.bool, int, float, complex)


def _namespace() -> Any:
    return importlib.import_module("ivy_frontends.numpy")


def _from_nested(obj: Any, d: ivy.DType | None) -> ivy.Array:
    """An ivy array from (nested) sequences that may hold frontend arrays."""
    if isinstance(obj, (list, tuple)) and any(isinstance(o, (ndarray, ivy.Array, list, tuple)) for o in obj):
        parts = [to_ivy(o) for o in obj]
        if not parts:
            return ivy.asarray([], dtype=d or ivy.float64)
        common = _dtypes.result_type(*parts).ivy if d is None else d
        shapes = {p.shape for p in parts}
        if len(shapes) > 1:
            raise ValueError(
                "numpy.array: setting an array element with a sequence: the nested sequences have"
                f" inhomogeneous shapes {sorted(shapes)}"
            )
        return ivy.stack([ivy.astype(p, common) for p in parts])
    if isinstance(obj, (list, tuple)) and len(obj) == 0:
        return ivy.asarray([], dtype=d or ivy.float64)
    return ivy.asarray(obj, dtype=d) if d is not None else ivy.asarray(obj)


def to_ivy(obj: Any, dtype: Any = None, where: str = "numpy.asarray", arg: str = "a") -> ivy.Array:
    """Anything array-like NumPy accepts as an ``ivy.Array`` (no copy when already one)."""
    d = _dtypes.optional(dtype, where)
    unwrap = getattr(type(obj), "_frontend_value", None)  # a captured value handed to a frontend class
    if unwrap is not None:
        obj = unwrap(obj)
    if isinstance(obj, ndarray):
        obj = obj._a
    if isinstance(obj, ivy.Array):
        return obj if d is None or obj.dtype is d else ivy.astype(obj, d)
    if isinstance(obj, _dtypes.generic) or obj is None or isinstance(obj, (str, bytes, dict, set)):
        raise TypeError(f"{where}: argument '{arg}': expected an array-like, got {type(obj).__name__}")
    try:
        if isinstance(obj, _SCALARS) or isinstance(obj, (list, tuple)):
            if d is not None and isinstance(obj, _SCALARS):
                return ivy.asarray(obj, dtype=d) if _fits(obj, d) else ivy.astype(ivy.asarray(obj), d)
            return _from_nested(obj, d)
        return ivy.asarray(obj, dtype=d) if d is not None else ivy.asarray(obj)
    except (TypeError, ValueError) as error:
        if "numpy." in str(error):
            raise
        raise TypeError(
            f"{where}: argument '{arg}': cannot make an array from {type(obj).__name__}: {error}"
        ) from error


def _fits(value: Any, d: ivy.DType) -> builtins.bool:
    kinds = {"b": (builtins.bool,), "i": (builtins.bool, int), "u": (builtins.bool, int)}
    return isinstance(value, kinds.get(d.kind, _SCALARS))


def operand(x: Any, where: str = "numpy", arg: str = "x") -> Any:
    """A ufunc operand: Python scalars stay weak (NEP 50), everything else becomes an ``ivy.Array``."""
    if isinstance(x, _SCALARS):
        return x
    return to_ivy(x, where=where, arg=arg)


def wrap(x: Any) -> Any:
    """Frontend values from ivy results: arrays become ``ndarray``; tuples and lists are mapped."""
    if isinstance(x, ivy.Array):
        return ndarray(x)
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return type(x)(*(wrap(v) for v in x))
    if isinstance(x, (tuple, list)):
        return type(x)(wrap(v) for v in x)
    return x


def array(
    object: Any, dtype: Any = None, *, copy: builtins.bool | None = True, ndmin: int = 0, **kwargs: Any
) -> ndarray:
    """A new array from ``object`` (``copy=True``: never shares its data)."""
    a = to_ivy(object, dtype, "numpy.array", "object")
    if copy and isinstance(object, (ndarray, ivy.Array)):
        a = ivy.asarray(a, copy=True)
    if a.ndim < ndmin:
        a = ivy.reshape(a, (1,) * (ndmin - a.ndim) + a.shape)
    return ndarray(a)


def asarray(a: Any, dtype: Any = None, order: str | None = None, **kwargs: Any) -> ndarray:
    """``a`` as an array, without a copy when it already is one of ``dtype``."""
    if isinstance(a, ndarray) and dtype is None:
        return a
    return ndarray(to_ivy(a, dtype, "numpy.asarray", "a"))


def _key(key: Any) -> Any:
    """A NumPy index with frontend arrays and lists replaced by ivy arrays."""
    if isinstance(key, tuple):
        return tuple(_key_part(k) for k in key)
    return _key_part(key)


def _key_part(k: Any) -> Any:
    if isinstance(k, ndarray):
        return k._a
    if isinstance(k, list):
        return to_ivy(k, where="numpy.ndarray.__getitem__", arg="key")
    return k


def _method(name: str) -> Any:
    def method(self: ndarray, *args: Any, **kwargs: Any) -> Any:
        return getattr(_namespace(), name)(self, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"``numpy.{name}(self, ...)``."
    return method


#: ndarray methods that are the namespace function of the same (or given) name.
METHODS = {
    name: name
    for name in (
        "all any argmax argmin argpartition argsort clip conj conjugate cumprod cumsum diagonal dot max"
        " mean min nonzero partition prod ravel repeat round searchsorted squeeze std sum swapaxes take trace var"
        " choose put"
    ).split()
}

_BINARY = {
    "add": "add",
    "sub": "subtract",
    "mul": "multiply",
    "truediv": "divide",
    "floordiv": "floor_divide",
    "mod": "remainder",
    "pow": "power",
    "matmul": "matmul",
    "and": "bitwise_and",
    "or": "bitwise_or",
    "xor": "bitwise_xor",
    "lshift": "left_shift",
    "rshift": "right_shift",
}
_COMPARE = {"eq": "equal", "ne": "not_equal", "lt": "less", "le": "less_equal", "gt": "greater", "ge": "greater_equal"}
_UNARY = {"neg": "negative", "pos": "positive", "abs": "absolute", "invert": "invert"}


class ndarray(ItemConversions):  # noqa: N801 - NumPy's name
    """NumPy's array: shape, dtype, methods, operators and indexing, on any ivy backend."""

    __slots__ = ("_a",)
    __hash__ = None  # type: ignore[assignment]
    __array_priority__ = 100

    def __init__(self, data: Any, dtype: Any = None) -> None:
        if isinstance(data, ivy.Array):
            self._a = data
        else:  # ``numpy.ndarray(shape, dtype)``: an array of that shape
            shape = (data,) if isinstance(data, int) else tuple(data)
            self._a = ivy.zeros(shape, dtype=_dtypes.optional(dtype, "numpy.ndarray") or ivy.float64)

    # -- attributes --------------------------------------------------------
    @property
    def ivy_array(self) -> ivy.Array:
        """The wrapped ``ivy.Array``."""
        return self._a

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self._a.shape)

    @shape.setter
    def shape(self, value: Any) -> None:
        self._a = _namespace().reshape(self, value)._a

    @property
    def ndim(self) -> int:
        return self._a.ndim

    @property
    def size(self) -> int:
        return int(self._a.size)

    @property
    def dtype(self) -> _dtypes.dtype:
        return _dtypes.dtype(self._a.dtype)

    @property
    def itemsize(self) -> int:
        return self._a.dtype.itemsize

    @property
    def nbytes(self) -> int:
        return self.size * self.itemsize

    @property
    def T(self) -> ndarray:  # noqa: N802
        return ndarray(ivy.permute_dims(self._a, tuple(range(self.ndim))[::-1]))

    @property
    def mT(self) -> ndarray:  # noqa: N802
        if self.ndim < 2:
            raise ValueError(f"numpy.ndarray.mT: matrix transpose with ndim < 2 is undefined (got {self.ndim}-d)")
        return ndarray(ivy.matrix_transpose(self._a))

    @property
    def real(self) -> ndarray:
        return ndarray(ivy.real(self._a)) if self._a.dtype.kind == "c" else self

    @property
    def imag(self) -> ndarray:
        a = self._a
        return ndarray(ivy.imag(a) if a.dtype.kind == "c" else ivy.zeros_like(a))

    @property
    def flat(self) -> ndarray:
        return self.ravel()

    @property
    def device(self) -> str:
        return "cpu"

    @property
    def base(self) -> None:
        """Always ``None``: a frontend array owns its data (views are copies)."""
        return None

    @property
    def flags(self) -> _Flags:
        """Memory flags as NumPy reports them for an array owning C-contiguous, writeable data."""
        return _Flags(self.ndim)

    def setflags(self, write: Any = None, align: Any = None, uic: Any = None) -> None:
        """Accepts the flags every frontend array has; read-only arrays are not emulated."""
        if write is not None and not write:
            raise NotImplementedError("numpy.ndarray.setflags: read-only arrays (write=False) are not emulated")
        if uic:
            raise ValueError("numpy.ndarray.setflags: cannot set WRITEBACKIFCOPY flag to True")

    def to_device(self, device: Any, /, *, stream: Any = None) -> ndarray:
        """The array itself on ``"cpu"`` (the only device NumPy knows)."""
        if device != "cpu":
            raise ValueError(f"numpy.ndarray.to_device: unsupported device {device!r}")
        return self

    def dumps(self) -> bytes:
        """The array pickled."""
        return pickle.dumps(self)

    def dump(self, file: Any) -> None:
        """Pickle the array to ``file`` (a path or a binary file object)."""
        if isinstance(file, (str, os.PathLike)):
            with open(file, "wb") as handle:
                pickle.dump(self, handle)
        else:
            pickle.dump(self, file)

    def __reduce__(self) -> tuple:
        return _restore, (self.tolist(), self._a.dtype.name, self.shape)

    # -- conversion --------------------------------------------------------
    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        """Hand the data to libraries speaking the NumPy array protocol (the real NumPy, in tests)."""
        return self._a.__array__(dtype, copy) if copy is not None else self._a.__array__(dtype)

    def item(self, *args: Any) -> Any:
        """One element as a Python scalar."""
        a = self._a if not args else ivy.reshape(self._a, (-1,))[_flat_index(args, self.shape)]
        if a.size != 1:
            raise ValueError("numpy.ndarray.item: can only convert an array of size 1 to a Python scalar")
        kind = a.dtype.kind
        convert = {"b": builtins.bool, "i": int, "u": int, "f": float, "c": complex}[kind]
        return convert(ivy.reshape(a, ()))

    def tolist(self) -> Any:
        """Nested Python lists of Python scalars."""
        if self.ndim == 0:
            return self.item()
        return [ndarray(row).tolist() for row in ivy.unstack(self._a)] if self.shape[0] else []

    def astype(self, dtype: Any, order: str = "K", casting: str = "unsafe", copy: builtins.bool = True) -> ndarray:
        """The array cast to ``dtype``."""
        d = _dtypes.to_ivy(dtype, "numpy.ndarray.astype", "dtype")
        if not _dtypes.can_cast(self._a.dtype, d, casting):
            raise TypeError(f"numpy.ndarray.astype: cannot cast from {self.dtype} to {d.name} with casting={casting!r}")
        return ndarray(ivy.astype(self._a, d, copy=copy))

    def copy(self, order: str = "C") -> ndarray:
        """A copy that never shares data with ``self``."""
        return ndarray(ivy.asarray(self._a, copy=True))

    def fill(self, value: Any) -> None:
        """Set every element to ``value`` (cast to the array's dtype)."""
        self._a = (
            ivy.full(self.shape, value, dtype=self._a.dtype)
            if _fits(value, self._a.dtype)
            else ivy.astype(ivy.full(self.shape, value), self._a.dtype)
        )

    def reshape(self, *shape: Any, order: str = "C") -> ndarray:
        """The same data in a new shape (one ``-1`` is inferred)."""
        return _namespace().reshape(self, shape[0] if len(shape) == 1 else shape, order=order)

    def transpose(self, *axes: Any) -> ndarray:
        """Axes permuted (reversed by default)."""
        if len(axes) == 1 and (axes[0] is None or isinstance(axes[0], (tuple, list))):
            axes = axes[0]
        return _namespace().transpose(self, axes or None)

    def flatten(self, order: str = "C") -> ndarray:
        """A 1-d copy."""
        return ndarray(ivy.reshape(self._a, (-1,), copy=True))

    def sort(self, axis: int = -1, kind: str | None = None, order: Any = None, *, stable: Any = None) -> None:
        """Sort in place."""
        self._a = _namespace().sort(self, axis=axis)._a

    def resize(self, *new_shape: Any, refcheck: builtins.bool = True) -> None:
        """Change shape and size in place, zero-filling."""
        shape = new_shape[0] if len(new_shape) == 1 else new_shape
        shape = (shape,) if isinstance(shape, int) else tuple(shape)
        flat = ivy.reshape(self._a, (-1,))
        n = 1
        for s in shape:
            n *= s
        if n > flat.shape[0]:
            flat = ivy.concat([flat, ivy.zeros((n - flat.shape[0],), dtype=flat.dtype)])
        self._a = ivy.reshape(flat[:n], shape)

    def view(self, dtype: Any = None, type: Any = None) -> ndarray:
        """The same values (only dtype-preserving views are supported)."""
        if dtype is not None and _dtypes.to_ivy(dtype, "numpy.ndarray.view") is not self._a.dtype:
            raise NotImplementedError("numpy.ndarray.view: reinterpreting the bytes as another dtype is not supported")
        return ndarray(self._a)

    def compress(self, condition: Any, axis: int | None = None, out: Any = None) -> ndarray:
        """The slices along ``axis`` where ``condition`` is true (NumPy's argument order for the method)."""
        return _namespace().compress(condition, self, axis, out)

    def tobytes(self, order: str = "C") -> bytes:
        """The raw bytes, via the array protocol."""
        return self.__array__().tobytes()

    def __array_namespace__(self, *, api_version: str | None = None) -> Any:
        return _namespace()

    # -- indexing ----------------------------------------------------------
    def __getitem__(self, key: Any) -> ndarray:
        try:
            return ndarray(self._a[_key(key)])
        except IndexError as error:
            raise IndexError(str(error).replace("ivy.Array.__getitem__", "numpy.ndarray.__getitem__")) from error

    def __setitem__(self, key: Any, value: Any) -> None:
        d = self._a.dtype
        v = to_ivy(value, where="numpy.ndarray.__setitem__", arg="value")
        if v.dtype is not d:
            v = ivy.astype(v, d)
        try:
            self._a[_key(key)] = v
        except IndexError as error:
            raise IndexError(str(error).replace("ivy.Array", "numpy.ndarray")) from error

    def __len__(self) -> int:
        if self.ndim == 0:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __iter__(self) -> Any:
        if self.ndim == 0:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self.shape[0]))

    def __bool__(self) -> builtins.bool:
        if self.size != 1:
            raise ValueError(
                "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"
            )
        return builtins.bool(self.item())

    def __index__(self) -> int:
        if self._a.dtype.kind not in "iu":
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(self.item())

    def __repr__(self) -> str:
        body = repr(self.tolist()) if self.size <= 1000 else f"<{self.size} elements>"
        return f"array({body}, dtype={self.dtype.name})"

    __str__ = __repr__

    def __copy__(self) -> ndarray:
        return self.copy()

    def __deepcopy__(self, memo: Any) -> ndarray:
        return self.copy()


def _restore(values: Any, dtype: str, shape: tuple) -> ndarray:
    """Unpickle: values, dtype and shape (the shape keeps empty arrays' dimensions)."""
    return ndarray(ivy.reshape(ivy.asarray(values, dtype=_dtypes.to_ivy(dtype)), shape))


class _Flags:
    """``ndarray.flags``: attribute and item access to NumPy's memory flags."""

    def __init__(self, ndim: int) -> None:
        self.c_contiguous = self.aligned = self.writeable = self.owndata = True
        self.f_contiguous = ndim <= 1
        self.writebackifcopy = False
        self.fnc = False
        self.forc = True
        self.behaved = self.carray = True
        self.farray = self.f_contiguous and ndim > 1

    def __getitem__(self, key: str) -> builtins.bool:
        names = {
            "C": "c_contiguous",
            "F": "f_contiguous",
            "W": "writeable",
            "A": "aligned",
            "O": "owndata",
            "X": "writebackifcopy",
        }
        return getattr(self, names.get(key, key.lower()))

    def __repr__(self) -> str:
        keys = ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY")
        return "\n".join(f"  {k} : {self[k]}" for k in keys)


def _flat_index(args: tuple, shape: tuple) -> int:
    if len(args) == 1:
        return operator_index(args[0])
    index = 0
    for i, n in zip(args, shape, strict=True):
        index = index * n + operator_index(i) % n
    return index


def operator_index(i: Any) -> int:
    import operator

    return operator.index(i)


def _install() -> None:
    """Add the table-driven methods and operators to ``ndarray``."""
    for name, target in METHODS.items():
        setattr(ndarray, name, _method(target))

    def binary(fname: str, reflected: builtins.bool) -> Any:
        def op(self: ndarray, other: Any) -> Any:
            if not isinstance(other, (ndarray, ivy.Array, list, tuple, *_SCALARS)):
                return NotImplemented
            f = getattr(_namespace(), fname)
            return f(other, self) if reflected else f(self, other)

        return op

    def inplace(fname: str) -> Any:
        def op(self: ndarray, other: Any) -> Any:
            return getattr(_namespace(), fname)(self, other, out=self)

        return op

    for short, fname in _BINARY.items():
        setattr(ndarray, f"__{short}__", binary(fname, False))
        setattr(ndarray, f"__r{short}__", binary(fname, True))
        if short != "matmul":
            setattr(ndarray, f"__i{short}__", inplace(fname))
    for short, fname in _COMPARE.items():
        setattr(ndarray, f"__{short}__", binary(fname, False))
    for short, fname in _UNARY.items():
        setattr(ndarray, f"__{short}__", _method(fname))
    ndarray.__divmod__ = binary("divmod", False)
    ndarray.__rdivmod__ = binary("divmod", True)


_install()
