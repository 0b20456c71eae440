"""Products: ``dot``, ``matmul``, ``inner``, ``outer``, ``tensordot``, ``einsum``, ``kron``, ``cross``, ``vdot``..."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.numpy._dtypes import result_type
from ivy_frontends.numpy._helpers import arr, finish
from ivy_frontends.numpy._ndarray import ndarray

__all__ = [
    "dot",
    "vdot",
    "inner",
    "outer",
    "matmul",
    "tensordot",
    "einsum",
    "kron",
    "cross",
    "vecdot",
    "convolve",
    "correlate",
]


def _pair(a: Any, b: Any, name: str) -> tuple[ivy.Array, ivy.Array]:
    x, y = arr(a, name, "a"), arr(b, name, "b")
    d = result_type(x, y).ivy
    return ivy.astype(x, d), ivy.astype(y, d)


def matmul(x1: Any, x2: Any, /, out: Any = None, **kwargs: Any) -> Any:
    """Matrix product with broadcasting over leading axes; 1-d operands are vectors."""
    a, b = _pair(x1, x2, "numpy.matmul")
    if a.ndim == 0 or b.ndim == 0:
        raise ValueError("numpy.matmul: Input operand does not have enough dimensions (scalars are not allowed)")
    if a.shape[-1] != b.shape[-2 if b.ndim > 1 else 0]:
        raise ValueError(
            f"numpy.matmul: matmul: Input operand 1 has a mismatch in its core dimension 0 ({a.shape} @ {b.shape})"
        )
    return finish(ivy.matmul(a, b), out, "numpy.matmul")


def dot(a: Any, b: Any, out: Any = None) -> Any:
    """NumPy's ``dot``: scalar product, matrix product, or a sum over ``a``'s last and ``b``'s second-to-last axis."""
    x, y = _pair(a, b, "numpy.dot")
    if x.ndim == 0 or y.ndim == 0:
        result = ivy.multiply(x, y)
    elif y.ndim == 1:
        if x.shape[-1] != y.shape[0]:
            raise ValueError(f"numpy.dot: shapes {x.shape} and {y.shape} not aligned")
        result = ivy.tensordot(x, y, axes=([x.ndim - 1], [0]))
    else:
        if x.shape[-1] != y.shape[-2]:
            raise ValueError(f"numpy.dot: shapes {x.shape} and {y.shape} not aligned")
        result = ivy.tensordot(x, y, axes=([x.ndim - 1], [y.ndim - 2]))
    return finish(result, out, "numpy.dot")


def vdot(a: Any, b: Any) -> ndarray:
    """Dot product of the flattened inputs, conjugating the first."""
    x, y = _pair(a, b, "numpy.vdot")
    x = ivy.conj(x) if x.dtype.kind == "c" else x
    return ndarray(ivy.sum(ivy.multiply(ivy.reshape(x, (-1,)), ivy.reshape(y, (-1,)))))


def inner(a: Any, b: Any) -> ndarray:
    """Sum over the last axes of both."""
    x, y = _pair(a, b, "numpy.inner")
    if x.ndim == 0 or y.ndim == 0:
        return ndarray(ivy.multiply(x, y))
    return ndarray(ivy.tensordot(x, y, axes=([x.ndim - 1], [y.ndim - 1])))


def outer(a: Any, b: Any, out: Any = None) -> Any:
    """Every product of an element of flattened ``a`` with one of flattened ``b``."""
    x, y = _pair(a, b, "numpy.outer")
    return finish(ivy.linalg.outer(ivy.reshape(x, (-1,)), ivy.reshape(y, (-1,))), out, "numpy.outer")


def tensordot(a: Any, b: Any, axes: Any = 2) -> ndarray:
    """Sum of products over the given axes."""
    x, y = _pair(a, b, "numpy.tensordot")
    if not isinstance(axes, int):
        ax_a, ax_b = axes
        ax_a = [ax_a] if isinstance(ax_a, int) else list(ax_a)
        ax_b = [ax_b] if isinstance(ax_b, int) else list(ax_b)
        axes = ([i % x.ndim for i in ax_a], [i % y.ndim for i in ax_b])
    return ndarray(ivy.tensordot(x, y, axes=axes))


def einsum(
    subscripts: str, *operands: Any, out: Any = None, dtype: Any = None, optimize: Any = False, **kwargs: Any
) -> Any:
    """Einstein summation over ``subscripts``."""
    if not isinstance(subscripts, str):
        raise TypeError("numpy.einsum: only the subscripts-string form is supported")
    xs = [arr(o, "numpy.einsum", "operands") for o in operands]
    d = result_type(*xs).ivy if dtype is None else result_type(dtype).ivy
    return finish(ivy.einsum(subscripts, *(ivy.astype(x, d) for x in xs)), out, "numpy.einsum")


def kron(a: Any, b: Any) -> ndarray:
    """Kronecker product."""
    x, y = _pair(a, b, "numpy.kron")
    nd = max(x.ndim, y.ndim)
    x = ivy.reshape(x, (1,) * (nd - x.ndim) + x.shape)
    y = ivy.reshape(y, (1,) * (nd - y.ndim) + y.shape)
    xe = ivy.reshape(x, tuple(s for n in x.shape for s in (n, 1)))
    ye = ivy.reshape(y, tuple(s for n in y.shape for s in (1, n)))
    prod = ivy.multiply(xe, ye)
    return ndarray(ivy.reshape(prod, tuple(p * q for p, q in zip(x.shape, y.shape, strict=True))))


def cross(a: Any, b: Any, axisa: int = -1, axisb: int = -1, axisc: int = -1, axis: int | None = None) -> ndarray:
    """Cross product of 3-vectors (2-vectors give the z component)."""
    x, y = _pair(a, b, "numpy.cross")
    if axis is not None:
        axisa = axisb = axisc = axis
    x, y = ivy.moveaxis(x, axisa, -1), ivy.moveaxis(y, axisb, -1)
    if x.shape[-1] not in (2, 3) or y.shape[-1] not in (2, 3):
        raise ValueError("numpy.cross: incompatible dimensions for cross product (dimension must be 2 or 3)")
    if x.shape[-1] == 2 and y.shape[-1] == 2:
        return ndarray(ivy.subtract(ivy.multiply(x[..., 0], y[..., 1]), ivy.multiply(x[..., 1], y[..., 0])))

    def three(v: ivy.Array) -> ivy.Array:
        return v if v.shape[-1] == 3 else ivy.pad(v, ((0, 0),) * (v.ndim - 1) + ((0, 1),))

    x, y = ivy.broadcast_arrays(three(x), three(y))
    return ndarray(ivy.moveaxis(ivy.linalg.cross(x, y, axis=-1), -1, axisc))


def vecdot(x1: Any, x2: Any, /, *, axis: int = -1, out: Any = None, **kwargs: Any) -> Any:
    """Dot product along ``axis`` (conjugating ``x1``)."""
    x, y = _pair(x1, x2, "numpy.vecdot")
    return finish(ivy.vecdot(x, y, axis=axis), out, "numpy.vecdot")


def convolve(a: Any, v: Any, mode: str = "full") -> ndarray:
    """Discrete linear convolution of two 1-d arrays ('full', 'same' or 'valid')."""
    x, y = _pair(a, v, "numpy.convolve")
    if x.shape[0] < y.shape[0]:
        x, y = y, x
    n, m = x.shape[0], y.shape[0]
    if m == 0:
        raise ValueError("numpy.convolve: v cannot be empty")
    padded = ivy.pad(x, ((m - 1, m - 1),))
    windows = ivy.stack([padded[i : i + n + m - 1] for i in range(m)])  # row i: shifted by i
    full = ivy.sum(ivy.multiply(windows, ivy.expand_dims(ivy.flip(y), axis=1)), axis=0)
    if mode == "full":
        return ndarray(full)
    if mode == "same":
        start = (m - 1) // 2
        return ndarray(full[start : start + n])
    if mode == "valid":
        return ndarray(full[m - 1 : n])
    raise ValueError(f"numpy.convolve: argument 'mode' must be 'full', 'same' or 'valid', got {mode!r}")


def correlate(a: Any, v: Any, mode: str = "valid") -> ndarray:
    """Cross-correlation of two 1-d arrays."""
    y = arr(v, "numpy.correlate", "v")
    y = ivy.conj(y) if y.dtype.kind == "c" else y
    return convolve(a, ivy.flip(y), mode)
