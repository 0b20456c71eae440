"""``jax.Array`` on ivy: an immutable wrapper around an ``ivy.Array`` with a weak-type flag.

Updates go through ``x.at[idx].set/add/multiply/min/max/get``, which return new
arrays (JAX's functional updates); ``__setitem__`` raises like JAX. Methods and
operators are installed from the ``jax.numpy`` namespace (see ``__init__``).
"""

from __future__ import annotations

import builtins
import operator
from typing import Any

import ivy
from ivy_frontends._shared.scalars import ItemConversions
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._dtypes import dtype

_SCALARS = (builtins.bool, int, float, complex)
#: what JAX functions accept as an array argument (``jax.typing.ArrayLike``): arrays, NumPy arrays, scalars
ArrayLike = Any


class Array(ItemConversions):
    """An immutable JAX array: ``dtype``, ``shape``, methods, operators and ``.at`` updates."""

    __slots__ = ("_a", "weak")
    __array_priority__ = 100

    def __init__(self, data: ivy.Array, weak: builtins.bool = False) -> None:
        self._a = data
        self.weak = weak

    # -- attributes ----------------------------------------------------------------
    @property
    def dtype(self) -> dtype:
        return _dtypes.DTYPES[self._a.dtype.name]

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self._a.shape)

    @property
    def ndim(self) -> int:
        return len(self._a.shape)

    @property
    def size(self) -> int:
        n = 1
        for s in self._a.shape:
            n *= s
        return n

    @property
    def itemsize(self) -> int:
        return self.dtype.itemsize

    @property
    def nbytes(self) -> int:
        return self.size * self.itemsize

    @property
    def T(self) -> Array:  # noqa: N802 - JAX's name
        return Array(ivy.permute_dims(self._a, tuple(reversed(range(self.ndim)))), self.weak)

    @property
    def mT(self) -> Array:  # noqa: N802 - JAX's name
        return Array(ivy.matrix_transpose(self._a), self.weak)

    @property
    def at(self) -> _IndexUpdateHelper:
        return _IndexUpdateHelper(self)

    @property
    def real(self) -> Array:
        return Array(ivy.real(self._a) if self.dtype.kind == "c" else self._a, self.weak)

    @property
    def imag(self) -> Array:
        return Array(ivy.imag(self._a) if self.dtype.kind == "c" else ivy.zeros_like(self._a), self.weak)

    @property
    def ivy_array(self) -> ivy.Array:
        return self._a

    # -- conversion ----------------------------------------------------------------
    def numpy(self) -> Any:
        """The values as a NumPy array (for handing results out, never for computing)."""
        return _to_host(self._a)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        out = self.numpy()
        return out.astype(dtype) if dtype is not None else out

    def tolist(self) -> Any:
        return self.numpy().tolist()

    def item(self, *args: Any) -> Any:
        return self.numpy().item(*args)

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __iter__(self) -> Any:
        if not self.shape:
            raise TypeError("iteration over a 0-d array")
        return (self[i] for i in range(self.shape[0]))

    def __bool__(self) -> builtins.bool:
        return builtins.bool(self.item())

    def __index__(self) -> int:
        if self.dtype.kind not in "iub":
            raise TypeError("only integer arrays can be used as an index")
        return operator.index(self.item())

    def __hash__(self) -> int:
        raise TypeError("unhashable type: 'jax.Array'")

    def __repr__(self) -> str:
        weak = ", weak_type=True" if self.weak else ""
        return f"Array({self.numpy()!r}, dtype={self.dtype}{weak})".replace("array(", "", 1)

    def __str__(self) -> str:
        return str(self.numpy())

    # -- indexing ------------------------------------------------------------------
    def __getitem__(self, idx: Any) -> Array:
        return Array(self._a[index_arg(idx, self.shape)], self.weak)

    def __setitem__(self, idx: Any, value: Any) -> None:
        raise TypeError(
            "JAX arrays are immutable and do not support in-place item assignment."
            " Instead of x[idx] = y, use x = x.at[idx].set(y)"
        )

    def block_until_ready(self) -> Array:
        return self

    def copy(self) -> Array:
        return Array(self._a, self.weak)

    def __deepcopy__(self, memo: Any) -> Array:
        return self

    def __array_namespace__(self, api_version: Any = None) -> Any:
        import ivy_frontends.jax.numpy as jnp

        return jnp


def _to_host(a: ivy.Array) -> Any:
    import numpy as np

    native = ivy.to_native(a)
    if hasattr(native, "detach"):
        native = native.detach().cpu()
        if str(native.dtype) == "torch.bfloat16":
            import ml_dtypes

            return native.float().numpy().astype(ml_dtypes.bfloat16)
        return native.numpy()
    return np.asarray(native)


def index_arg(idx: Any, shape: tuple[int, ...]) -> Any:
    """A JAX index with frontend arrays unwrapped to ivy arrays."""
    if isinstance(idx, tuple):
        return tuple(index_arg(i, shape) for i in idx)
    if isinstance(idx, Array):
        return idx._a
    if isinstance(idx, list):
        return to_ivy(idx)
    return idx


def to_ivy(x: Any, d: Any = None) -> ivy.Array:
    """Anything array-like as an ``ivy.Array`` (optionally cast to ``d``)."""
    target = _dtypes.optional(d)
    if isinstance(x, Array):
        a = x._a
    elif isinstance(x, ivy.Array):
        a = x
    elif isinstance(x, (list, tuple)) and any(isinstance(e, (Array, ivy.Array, list, tuple)) for e in x):
        parts = [to_ivy(e) for e in x]
        if not parts:
            a = ivy.asarray([], dtype=ivy.float64)
        else:
            common, _ = _dtypes.result(*[Array(p) for p in parts])
            a = ivy.stack([ivy.astype(p, common.ivy) for p in parts])
    elif isinstance(x, (list, tuple)) and len(x) == 0:
        a = ivy.asarray([], dtype=(target or _dtypes.DTYPES["float64"]).ivy)
    elif isinstance(x, _SCALARS) and target is not None:
        a = ivy.asarray(x)
    elif hasattr(x, "__jax_array__"):
        return to_ivy(x.__jax_array__(), d)
    else:
        if type(x).__module__.startswith(("jax", "jaxlib")):
            import numpy as np

            x = np.asarray(x)
        a = ivy.asarray(x)
    if target is not None and a.dtype.name != target.name:
        a = ivy.astype(a, target.ivy)
    return a


def wrap(x: Any, weak: builtins.bool = False) -> Any:
    """An ivy result as a frontend value (tuples and lists elementwise)."""
    if isinstance(x, ivy.Array):
        return Array(x, weak)
    if isinstance(x, tuple):
        return tuple(wrap(e, weak) for e in x)
    if isinstance(x, list):
        return [wrap(e, weak) for e in x]
    return x


def asarray(x: Any, dtype: Any = None, copy: Any = None, order: Any = None, device: Any = None) -> Array:
    """jnp.asarray: an Array; Python scalars give weakly typed arrays (without ``dtype``)."""
    if isinstance(x, Array) and dtype is None:
        return x
    weak = dtype is None and isinstance(x, _SCALARS) and not isinstance(x, builtins.bool)
    return Array(to_ivy(x, dtype), weak)


def operand(x: Any) -> Any:
    """An operand of an elementwise op: Python scalars pass, everything else is a frontend Array."""
    if isinstance(x, _SCALARS) or isinstance(x, Array):
        return x
    return Array(to_ivy(x))


def cast_to(x: Any, d: dtype) -> ivy.Array:
    """An operand as an ivy array of dtype ``d``."""
    if isinstance(x, Array):
        return x._a if x._a.dtype.name == d.name else ivy.astype(x._a, d.ivy)
    if isinstance(x, _SCALARS):
        if d.kind in "iu" and isinstance(x, float):
            return ivy.astype(ivy.asarray(x), d.ivy)
        return ivy.asarray(x, dtype=d.ivy)
    a = to_ivy(x)
    return a if a.dtype.name == d.name else ivy.astype(a, d.ivy)


class _IndexUpdateHelper:
    __slots__ = ("_x",)

    def __init__(self, x: Array) -> None:
        self._x = x

    def __getitem__(self, idx: Any) -> _IndexUpdateRef:
        return _IndexUpdateRef(self._x, idx)


class _IndexUpdateRef:
    """``x.at[idx]``: functional updates; repeated indices accumulate for add/mul/min/max."""

    __slots__ = ("_idx", "_x")

    def __init__(self, x: Array, idx: Any) -> None:
        self._x, self._idx = x, idx

    def get(self, **kwargs: Any) -> Array:
        return self._x[self._idx]

    def _positions(self) -> ivy.Array:
        grid = ivy.reshape(ivy.arange(max(self._x.size, 1), dtype=ivy.int64)[: self._x.size], self._x.shape)
        return grid[index_arg(self._idx, self._x.shape)]

    def _apply(self, values: Any, how: str) -> Array:
        x = self._x
        pos = self._positions()
        upd = ivy.broadcast_to(cast_to(values, x.dtype), tuple(pos.shape))
        flat = ivy.reshape(x._a, (x.size,))
        p, u = ivy.reshape(pos, (-1,)), ivy.reshape(upd, (-1,))
        if how == "set":
            out = ivy.index_put(flat, (p,), u)
        elif how == "add":
            out = ivy.index_put(flat, (p,), u, accumulate=True)
        else:
            touched = ivy.scatter_nd(ivy.expand_dims(p, axis=-1), ivy.ones_like(p), (x.size,)) > 0
            if how in ("min", "max"):
                red = ivy.scatter_nd(ivy.expand_dims(p, axis=-1), u, (x.size,), reduction=how)
                red = ivy.minimum(flat, red) if how == "min" else ivy.maximum(flat, red)
            else:  # multiply: the product of repeated updates, one update at a time
                red = flat
                for k in range(u.shape[0]):
                    red = ivy.index_put(red, (p[k : k + 1],), red[p[k : k + 1]] * u[k : k + 1])
            out = ivy.where(touched, red, flat)
        return Array(ivy.reshape(out, x.shape), x.weak)

    def set(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(values, "set")

    def add(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(values, "add")

    def subtract(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(-operand(values) if not isinstance(values, _SCALARS) else -values, "add")

    def multiply(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(values, "mul")

    mul = multiply

    def divide(self, values: Any, **kwargs: Any) -> Array:
        import ivy_frontends.jax.numpy as jnp

        return self.set(jnp.divide(self.get(), values))

    def power(self, values: Any, **kwargs: Any) -> Array:
        import ivy_frontends.jax.numpy as jnp

        return self.set(jnp.power(self.get(), values))

    def min(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(values, "min")

    def max(self, values: Any, **kwargs: Any) -> Array:
        return self._apply(values, "max")

    def apply(self, fn: Any, **kwargs: Any) -> Array:
        return self.set(fn(self.get()))
