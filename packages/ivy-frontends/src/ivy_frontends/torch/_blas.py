# ruff: noqa: A002 - torch's own argument and function names (input, min, max, sum, ...)
"""Products: matmul/mm/bmm/mv/dot, addmm-style fused forms, einsum, outer, kron, tensordot, cdist."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch._inplace import make_inplace, to_out
from ivy_frontends.torch._promotion import binary
from ivy_frontends.torch._registry import add, register
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap


def _pair(a: Any, b: Any, function: str) -> tuple[Any, Any]:
    tensor_arg(a, function, "input"), tensor_arg(b, function, "other")
    if a.dtype != b.dtype:
        raise RuntimeError(f"{function}: expected m1 and m2 to have the same dtype, but got: {a.dtype} != {b.dtype}")
    return a._ivy, b._ivy


def _check(a: Any, b: Any, function: str, ranks: tuple[int, int] | None) -> None:
    if ranks is not None and (a.ndim, b.ndim) != ranks:
        raise RuntimeError(f"{function}: expected {ranks[0]}-D and {ranks[1]}-D tensors, got {a.ndim}-D and {b.ndim}-D")


def _product(name: str, ranks: tuple[int, int] | None) -> Any:
    full = f"torch.{name}"

    def product(input: Tensor, other: Tensor, *, out: Any = None) -> Tensor:
        a, b = _pair(input, other, full)
        _check(a, b, full, ranks)
        try:
            return to_out(out, ivy.matmul(a, b), full)
        except (ValueError, ivy.IvyError) as error:
            raise RuntimeError(f"{full}: shapes {list(a.shape)} and {list(b.shape)} cannot be multiplied") from error

    return named(product, name, f"torch.{name}: matrix product (operands of one dtype, as torch requires).")


matmul = register("matmul")(_product("matmul", None))
register("mm")(_product("mm", (2, 2)))
register("bmm")(_product("bmm", (3, 3)))
register("mv")(_product("mv", (2, 1)))
add("__matmul__", lambda self, other: matmul(self, other), namespace=False)
add("__rmatmul__", lambda self, other: matmul(other, self), namespace=False)


@register("dot", "inner")
def dot(input: Tensor, other: Tensor, *, out: Any = None) -> Tensor:
    """torch.dot of two vectors (torch.inner sums over the last dimensions)."""
    a, b = _pair(input, other, "torch.dot")
    if a.ndim == 0 or b.ndim == 0:
        return wrap(ivy.multiply(a, b))
    return to_out(out, ivy.tensordot(a, b, axes=([a.ndim - 1], [b.ndim - 1])), "torch.dot")


@register("vdot")
def vdot(input: Tensor, other: Tensor) -> Tensor:
    """torch.vdot: the first vector conjugated."""
    a, b = _pair(input, other, "torch.vdot")
    return wrap(ivy.sum(ivy.multiply(ivy.conj(a), b)))


@register("outer", "ger")
def outer(input: Tensor, vec2: Tensor) -> Tensor:
    """torch.outer product of two vectors."""
    a, b, _ = binary(input, vec2, "torch.outer")
    return wrap(ivy.multiply(ivy.expand_dims(a, -1), b))


@register("kron")
def kron(input: Tensor, other: Tensor) -> Tensor:
    """torch.kron: the Kronecker product."""
    a, b, _ = binary(input, other, "torch.kron")
    n = max(a.ndim, b.ndim)
    a = ivy.reshape(a, (1,) * (n - a.ndim) + tuple(a.shape))
    b = ivy.reshape(b, (1,) * (n - b.ndim) + tuple(b.shape))
    ea = ivy.reshape(a, tuple(s for d in a.shape for s in (d, 1)))
    eb = ivy.reshape(b, tuple(s for d in b.shape for s in (1, d)))
    out = ivy.multiply(ea, eb)
    return wrap(ivy.reshape(out, tuple(x * y for x, y in zip(a.shape, b.shape, strict=True))))


@register("tensordot", method=False)
def tensordot(a: Tensor, b: Tensor, dims: Any = 2, out: Any = None) -> Tensor:
    """torch.tensordot over ``dims`` (a count or two lists of dimensions)."""
    x, y = _pair(a, b, "torch.tensordot")
    if isinstance(dims, Tensor):
        dims = dims.tolist()
    return to_out(
        out,
        ivy.tensordot(
            x,
            y,
            axes=dims
            if isinstance(dims, int)
            else tuple(tuple(d) if isinstance(d, (list, tuple)) else (d,) for d in dims),
        ),
        "torch.tensordot",
    )


@register("einsum", method=False)
def einsum(equation: str, *operands: Any) -> Tensor:
    """torch.einsum (operands as arguments or one list)."""
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    return wrap(ivy.einsum(equation, *[tensor_arg(o, "torch.einsum", "operands")._ivy for o in operands]))


def _fused(
    name: str, rank: tuple[int, int], input: Any, a: Any, b: Any, beta: Any, alpha: Any, out: Any, reduce_batch: bool
) -> Tensor:
    """``beta * input + alpha * (a @ b)`` (summed over the batch for ``addbmm``), checked as torch.``name``."""
    full = f"torch.{name}"
    x, y = _pair(a, b, full)
    _check(x, y, full, rank)
    prod = ivy.matmul(x, y)
    if reduce_batch:
        prod = ivy.sum(prod, axis=0)
    if alpha != 1:
        prod = ivy.multiply(prod, alpha)
    base = tensor_arg(input, full)._ivy
    if beta == 0:
        return to_out(out, ivy.broadcast_to(prod, prod.shape), full)
    return to_out(out, ivy.add(ivy.multiply(base, beta) if beta != 1 else base, prod), full)


# torch's own parameter names: programs pass them by keyword (``baddbmm(scores, batch1=q, batch2=k, beta=..)``)
@register("addmm")
def addmm(input: Tensor, mat1: Tensor, mat2: Tensor, *, beta: Any = 1, alpha: Any = 1, out: Any = None) -> Tensor:
    """torch.addmm: ``beta * input + alpha * (mat1 @ mat2)``."""
    return _fused("addmm", (2, 2), input, mat1, mat2, beta, alpha, out, reduce_batch=False)


def _batched(name: str, reduce_batch: bool, doc: str) -> Callable[..., Tensor]:
    def fused(
        input: Tensor, batch1: Tensor, batch2: Tensor, *, beta: Any = 1, alpha: Any = 1, out: Any = None
    ) -> Tensor:
        return _fused(name, (3, 3), input, batch1, batch2, beta, alpha, out, reduce_batch=reduce_batch)

    fused.__name__ = fused.__qualname__ = name
    fused.__doc__ = f"torch.{name}: {doc}."
    return register(name)(fused)


baddbmm = _batched("baddbmm", False, "``beta * input + alpha * (batch1 @ batch2)``, batch by batch")
addbmm = _batched("addbmm", True, "``beta * input + alpha * (the sum over the batch of batch1 @ batch2)``")


@register("addmv")
def addmv(input: Tensor, mat: Tensor, vec: Tensor, *, beta: Any = 1, alpha: Any = 1, out: Any = None) -> Tensor:
    """torch.addmv: ``beta * input + alpha * (mat @ vec)``."""
    return _fused("addmv", (2, 1), input, mat, vec, beta, alpha, out, reduce_batch=False)


for _fn in (addmm, baddbmm, addbmm, addmv):
    add(f"{_fn.__name__}_", make_inplace(_fn, _fn.__name__), namespace=False)


@register("addr")
def addr(input: Tensor, vec1: Tensor, vec2: Tensor, *, beta: Any = 1, alpha: Any = 1) -> Tensor:
    """torch.addr: ``beta * input + alpha * outer(vec1, vec2)``."""
    prod = ivy.multiply(ivy.expand_dims(vec1._ivy, -1), vec2._ivy)
    return wrap(ivy.add(ivy.multiply(input._ivy, beta), ivy.multiply(prod, alpha)))


@register("chain_matmul", method=False)
def chain_matmul(*matrices: Tensor) -> Tensor:
    """torch.chain_matmul: the product of the matrices in order."""
    out = matrices[0]._ivy
    for m in matrices[1:]:
        out = ivy.matmul(out, m._ivy)
    return wrap(out)


@register("cdist", method=False)
def cdist(x1: Tensor, x2: Tensor, p: float = 2.0, compute_mode: Any = None) -> Tensor:
    """torch.cdist: p-norm distances between the row vectors of two batches."""
    a, b = _pair(x1, x2, "torch.cdist")
    diff = ivy.subtract(ivy.expand_dims(a, -2), ivy.expand_dims(b, -3))
    return wrap(ivy.linalg.vector_norm(diff, axis=-1, ord=p))


@register("cross")
def cross(input: Tensor, other: Tensor, dim: Any = None) -> Tensor:
    """torch.cross of 3-vectors along ``dim`` (the first size-3 dimension when None)."""
    a, b, _ = binary(input, other, "torch.cross")
    if dim is None:
        dim = next(i for i, s in enumerate(a.shape) if s == 3)
    return wrap(ivy.linalg.cross(a, b, axis=dim))
