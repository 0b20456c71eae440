"""jax.numpy functions whose dtype rules differ from NumPy's: creation from Python values
(weak types), statistics in JAX's inexact dtype, cumulative ops keeping the dtype,
joins with JAX's promotion, and JAX-only helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, asarray, operand
from ivy_frontends.jax.numpy._delegate import delegate


def array(object: Any, dtype: Any = None, copy: bool = True, order: Any = None, ndmin: int = 0) -> Array:  # noqa: A002
    """jnp.array: like ``asarray``, with ``ndmin``."""
    out = asarray(object, dtype=dtype)
    while out.ndim < ndmin:
        out = Array(ivy.expand_dims(out._a, axis=0), out.weak)
    return out


def astype(x: Any, dtype: Any, /, *, copy: bool = False, device: Any = None) -> Array:
    """jnp.astype."""
    d = _dtypes.canonical(dtype)
    a = operand(x)
    return Array(a._a if a.dtype == d else ivy.astype(a._a, d.ivy))


def _inexact_input(name: str) -> Callable[..., Any]:
    fn = delegate(name)

    def run(a: Any, *args: Any, dtype: Any = None, **kwargs: Any) -> Any:
        x = operand(a)
        d = _dtypes.optional(dtype) or _dtypes.to_inexact(x.dtype)
        return fn(astype(x, d), *args, **kwargs)

    return named(run, name, f"jax.numpy.{name}: computed in JAX's inexact dtype of the input (int32 -> float32).")


def _keep_dtype(name: str) -> Callable[..., Any]:
    fn = delegate(name)

    def run(a: Any, axis: Any = None, dtype: Any = None, **kwargs: Any) -> Any:
        x = operand(a)
        d = _dtypes.optional(dtype) or (_dtypes.DTYPES["int64"] if x.dtype.kind == "b" else x.dtype)
        out = fn(x, axis=axis, dtype=d.name, **kwargs)
        return astype(out, d)

    return named(run, name, f"jax.numpy.{name}: the result keeps the input dtype (booleans count as int64).")


def _promoting_join(name: str) -> Callable[..., Any]:
    fn = delegate(name)

    def run(arrays: Any, *args: Any, **kwargs: Any) -> Any:
        items = [operand(a) for a in arrays]
        if items:
            d, _weak = _dtypes.result(*items)
            items = [astype(a, d) for a in items]
        return fn(items, *args, **kwargs)

    return named(run, name, f"jax.numpy.{name}: the inputs promoted with JAX's rules first.")


def append(arr: Any, values: Any, axis: Any = None) -> Array:
    """jnp.append with JAX's promotion."""
    a, v = operand(arr), operand(values)
    d, _ = _dtypes.result(a, v)
    return delegate("append")(astype(a, d), astype(v, d), axis=axis)


def select(condlist: Any, choicelist: Any, default: Any = 0) -> Array:
    """jnp.select: the first true condition's choice, else ``default``."""
    from ivy_frontends.jax.numpy._ufuncs import where

    out = operand(default)
    for cond, choice in reversed(list(zip(condlist, choicelist, strict=True))):
        out = where(cond, choice, out)
    return out


def _index_pairs(n: int, k: int, m: int | None, lower: bool) -> tuple[Array, Array]:
    m = n if m is None else m
    rows = ivy.reshape(ivy.arange(n, dtype=ivy.int64), (n, 1))
    cols = ivy.reshape(ivy.arange(m, dtype=ivy.int64), (1, m))
    mask = (cols - rows <= k) if lower else (cols - rows >= k)
    r, c = ivy.nonzero(mask)
    return Array(r), Array(c)


def tril_indices(n: int, k: int = 0, m: int | None = None) -> tuple[Array, Array]:
    """jnp.tril_indices."""
    return _index_pairs(n, k, m, True)


def triu_indices(n: int, k: int = 0, m: int | None = None) -> tuple[Array, Array]:
    """jnp.triu_indices."""
    return _index_pairs(n, k, m, False)


def tril_indices_from(arr: Any, k: int = 0) -> tuple[Array, Array]:
    """jnp.tril_indices_from."""
    s = operand(arr).shape
    return _index_pairs(s[-2], k, s[-1], True)


def triu_indices_from(arr: Any, k: int = 0) -> tuple[Array, Array]:
    """jnp.triu_indices_from."""
    s = operand(arr).shape
    return _index_pairs(s[-2], k, s[-1], False)


def diag_indices(n: int, ndim: int = 2) -> tuple[Array, ...]:
    """jnp.diag_indices."""
    return tuple(Array(ivy.arange(n, dtype=ivy.int64)) for _ in range(ndim))


def diag_indices_from(arr: Any) -> tuple[Array, ...]:
    """jnp.diag_indices_from."""
    a = operand(arr)
    return diag_indices(a.shape[0], a.ndim)


def unravel_index(indices: Any, shape: Any) -> tuple[Array, ...]:
    """jnp.unravel_index (C order)."""
    idx = operand(indices)._a
    out = []
    for s in reversed(tuple(shape)):
        out.append(Array(ivy.remainder(idx, s)))
        idx = ivy.floor_divide(idx, s)
    return tuple(reversed(out))


def ravel_multi_index(multi_index: Any, dims: Any, mode: str = "raise", order: str = "C") -> Array:
    """jnp.ravel_multi_index (C order; ``mode`` other than raise clips or wraps)."""
    flat = None
    for i, d in zip(multi_index, dims, strict=True):
        a = operand(i)._a
        if mode == "clip":
            a = ivy.clip(a, 0, d - 1)
        elif mode == "wrap":
            a = ivy.remainder(a, d)
        flat = a if flat is None else flat * d + a
    return Array(flat)


def ix_(*args: Any) -> tuple[Array, ...]:
    """jnp.ix_: open mesh from 1-D sequences."""
    n = len(args)
    out = []
    for k, a in enumerate(args):
        x = operand(a)._a
        out.append(Array(ivy.reshape(x, tuple(-1 if j == k else 1 for j in range(n)))))
    return tuple(out)


def polyval(p: Any, x: Any) -> Array:
    """jnp.polyval: Horner's rule."""
    from ivy_frontends.jax.numpy._ufuncs import FUNCTIONS as F

    coeffs = operand(p)
    y = F["multiply"](operand(x), 0)
    for k in range(coeffs.shape[0]):
        y = F["add"](F["multiply"](y, x), coeffs[k])
    return y


def gcd(x1: Any, x2: Any) -> Array:
    """jnp.gcd: Euclid's algorithm, a bounded number of vectorised steps."""
    from ivy_frontends.jax.numpy._ufuncs import _promoted

    (a, b), d, _ = _promoted("gcd", "same", x1, x2)
    a, b = ivy.abs(a), ivy.abs(b)
    for _ in range(8 * d.itemsize * 2):
        nz = b != 0
        safe = ivy.where(nz, b, ivy.ones_like(b))
        a, b = ivy.where(nz, b, a), ivy.where(nz, ivy.remainder(a, safe), b)
    return Array(a)


def lcm(x1: Any, x2: Any) -> Array:
    """jnp.lcm."""
    from ivy_frontends.jax.numpy._ufuncs import _promoted

    (a, b), _d, _ = _promoted("lcm", "same", x1, x2)
    g = gcd(Array(a), Array(b))._a
    safe = ivy.where(g == 0, ivy.ones_like(g), g)
    return Array(ivy.where(g == 0, ivy.zeros_like(g), ivy.abs(a * ivy.floor_divide(b, safe))))


def matvec(x1: Any, x2: Any, /) -> Array:
    """jnp.matvec: matrix-vector product over the last axes."""
    from ivy_frontends.jax.numpy._ufuncs import _promoted

    (a, b), _, _ = _promoted("matvec", "same", x1, x2)
    return Array(ivy.squeeze(ivy.matmul(a, ivy.expand_dims(b, axis=-1)), axis=-1))


def vecmat(x1: Any, x2: Any, /) -> Array:
    """jnp.vecmat: vector-matrix product over the last axes (conjugating the vector)."""
    from ivy_frontends.jax.numpy._ufuncs import _promoted

    (a, b), _, _ = _promoted("vecmat", "same", x1, x2)
    if a.dtype.kind == "c":
        a = ivy.conj(a)
    return Array(ivy.squeeze(ivy.matmul(ivy.expand_dims(a, axis=-2), b), axis=-2))


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "array": array,
    "asarray": asarray,
    "astype": astype,
    "append": append,
    "select": select,
    "tril_indices": tril_indices,
    "triu_indices": triu_indices,
    "tril_indices_from": tril_indices_from,
    "triu_indices_from": triu_indices_from,
    "diag_indices": diag_indices,
    "diag_indices_from": diag_indices_from,
    "unravel_index": unravel_index,
    "ravel_multi_index": ravel_multi_index,
    "ix_": ix_,
    "polyval": polyval,
    "gcd": gcd,
    "lcm": lcm,
    "matvec": matvec,
    "vecmat": vecmat,
}
import ivy_frontends.numpy as _np_frontend  # noqa: E402

for _name in ("mean", "var", "std", "nanmean", "nanvar", "nanstd", "average", "median", "nanmedian"):
    if hasattr(_np_frontend, _name):
        FUNCTIONS[_name] = _inexact_input(_name)
for _name in ("cumsum", "cumprod", "nancumsum", "nancumprod", "cumulative_sum", "cumulative_prod"):
    if hasattr(_np_frontend, _name):
        FUNCTIONS[_name] = _keep_dtype(_name)
for _name in ("concatenate", "concat", "stack", "hstack", "vstack", "dstack", "column_stack", "row_stack"):
    if hasattr(_np_frontend, _name):
        FUNCTIONS[_name] = _promoting_join(_name)
