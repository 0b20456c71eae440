# ruff: noqa: A002 - paddle's own argument names
"""Products (matmul, bmm, einsum, dot, ...) and norms in the ``paddle`` namespace."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.paddle._registry import register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, operands, wrap


def _pair(x: Any, y: Any) -> tuple[Any, Any]:
    a, b = as_ivy(x), as_ivy(y)
    if a.dtype != b.dtype:
        a, b, _ = operands(a, b)
    return a, b


@register()
def matmul(x: Any, y: Any, transpose_x: bool = False, transpose_y: bool = False, name: str | None = None) -> Tensor:
    """paddle.matmul: ``transpose_x``/``transpose_y`` swap the last two axes first (1-D operands as vectors)."""
    a, b = _pair(x, y)
    if transpose_x and a.ndim >= 2:
        a = ivy.matrix_transpose(a)
    if transpose_y and b.ndim >= 2:
        b = ivy.matrix_transpose(b)
    return wrap(ivy.matmul(a, b))


@register()
def mm(input: Any, mat2: Any, name: str | None = None) -> Tensor:
    """paddle.mm."""
    return matmul(input, mat2)


@register()
def bmm(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.bmm: batched 3-D matrix products."""
    a, b = _pair(x, y)
    if a.ndim != 3 or b.ndim != 3:
        raise ValueError("paddle.bmm: both inputs must be 3-D")
    return wrap(ivy.matmul(a, b))


@register()
def mv(x: Any, vec: Any, name: str | None = None) -> Tensor:
    """paddle.mv."""
    return matmul(x, vec)


@register()
def dot(x: Any, y: Any, name: str | None = None) -> Tensor:
    """paddle.dot: sum of products over the last axis."""
    a, b = _pair(x, y)
    return wrap(ivy.sum(ivy.multiply(a, b), axis=-1))


@register(method=False)
def einsum(equation: str, *operands: Any) -> Tensor:
    """paddle.einsum."""
    ops = operands[0] if len(operands) == 1 and isinstance(operands[0], (list, tuple)) else operands
    return wrap(ivy.einsum(equation, *[as_ivy(o) for o in ops]))


@register()
def tensordot(x: Any, y: Any, axes: Any = 2, name: str | None = None) -> Tensor:
    """paddle.tensordot."""
    a, b = _pair(x, y)
    if isinstance(axes, (list, tuple)) and len(axes) == 2 and isinstance(axes[0], (list, tuple)):
        axes = (tuple(axes[0]), tuple(axes[1]))
    elif isinstance(axes, (list, tuple)):
        axes = (tuple(axes), tuple(axes))
    return wrap(ivy.tensordot(a, b, axes=axes))


@register()
def cross(x: Any, y: Any, axis: int = 9, name: str | None = None) -> Tensor:
    """paddle.cross: over the first axis of size 3 unless ``axis`` is given."""
    a, b = _pair(x, y)
    if axis == 9:
        axis = next(i for i, s in enumerate(a.shape) if s == 3)
    return wrap(ivy.linalg.cross(a, b, axis=axis))


@register()
def norm(x: Any, p: Any = None, axis: Any = None, keepdim: bool = False, name: str | None = None) -> Tensor:
    """paddle.norm / paddle.linalg.norm: Frobenius/2-norm by default; ``p`` a number, 'fro' or 'nuc'."""
    a = as_ivy(x)
    if isinstance(axis, (list, tuple)) and len(axis) == 1:
        axis = axis[0]
    if isinstance(axis, (list, tuple)) and len(axis) == 2:
        m = ivy.moveaxis(a, tuple(axis), (-2, -1))
        ordv = "fro" if p is None else p
        out = ivy.linalg.matrix_norm(m, ord=ordv, keepdims=False)
        if keepdim:
            for ax in sorted(i % a.ndim for i in axis):
                out = ivy.expand_dims(out, axis=ax)
        return wrap(out)
    if p in ("fro", None):
        p = 2
    return wrap(ivy.linalg.vector_norm(a, axis=axis, keepdims=keepdim, ord=float(p)))


@register()
def dist(x: Any, y: Any, p: float = 2, name: str | None = None) -> Tensor:
    """paddle.dist: the p-norm of ``x - y``."""
    a, b = _pair(x, y)
    return wrap(ivy.linalg.vector_norm(ivy.subtract(a, b), ord=float(p)))


@register(method=False)
def cdist(x: Any, y: Any, p: float = 2.0, compute_mode: str = "", name: str | None = None) -> Tensor:
    """paddle.cdist: pairwise p-norm distances between the rows of ``x`` and ``y``."""
    a, b = _pair(x, y)
    d = ivy.subtract(ivy.expand_dims(a, axis=-2), ivy.expand_dims(b, axis=-3))
    return wrap(ivy.linalg.vector_norm(d, axis=-1, ord=float(p)))
