"""Linear algebra: the main namespace's functions and the ``linalg`` extension."""

from __future__ import annotations

from typing import Any

import torch

from ivy.plugin import hookimpl, native_impls, same_dtype_natives
from ivy_backend_torch._common import INEXACT, PROMOTE, TWIN, Tensor
from ivy_backend_torch.statistical import accumulator, as_accumulator, finish

_la = torch.linalg

globals().update(
    native_impls(
        linalg_det=_la.det,
        linalg_eigvals=_la.eigvals,
        linalg_eigvalsh=_la.eigvalsh,
        linalg_inv=_la.inv,
        linalg_svdvals=_la.svdvals,
    )
)


def _promoted(x1: Tensor, x2: Tensor) -> tuple[Tensor, Tensor, torch.dtype]:
    d1, d2 = x1.dtype, x2.dtype
    if d1 is d2:
        return x1, x2, d1
    dtype = PROMOTE[d1, d2]
    return (x1 if d1 is dtype else x1.to(dtype)), (x2 if d2 is dtype else x2.to(dtype)), dtype


def _integer_product(native: Any, x1: Tensor, x2: Tensor, dtype: torch.dtype, *args: Any) -> Tensor:
    """Products of uint16..uint64 (and bool) matrices: on int64 bits, modulo 2**64."""
    if dtype is torch.bool:
        return native(x1.to(torch.int64), x2.to(torch.int64), *args) != 0
    if dtype is torch.uint64:
        return native(x1.view(torch.int64), x2.view(torch.int64), *args).view(dtype)
    return native(x1.to(torch.int64), x2.to(torch.int64), *args).to(dtype)


def _matmul_general(x1: Any, x2: Any) -> Any:
    x1, x2, dtype = _promoted(x1, x2)
    if dtype in TWIN or dtype is torch.bool:
        return _integer_product(torch.matmul, x1, x2, dtype)
    return torch.matmul(x1, x2)


_matmul = torch.matmul


def matmul(x1: Any, x2: Any) -> Any:
    # torch.matmul never promotes (it refuses mixed dtypes, except for empty operands,
    # where it answers in one of them) and has no bool/uint16..uint64 kernels, which raise
    try:
        if x1.dtype is x2.dtype:
            return _matmul(x1, x2)
    except RuntimeError:
        pass
    return _matmul_general(x1, x2)


# floating and complex products have kernels on every device (integer ones lack some on GPUs)
matmul = hookimpl(same_dtype_natives(matmul, dict.fromkeys(INEXACT, _matmul)))


@hookimpl
def matrix_transpose(x: Any) -> Any:
    if x.ndim < 2:
        raise ValueError(f"matrix_transpose: expected an array of at least 2 dimensions, got {x.ndim}")
    return x.mT


@hookimpl
def tensordot(x1: Any, x2: Any, axes: Any) -> Any:
    x1, x2, dtype = _promoted(x1, x2)
    if isinstance(axes, tuple | list):
        axes = [list(axes[0]), list(axes[1])]
    if dtype in TWIN or dtype is torch.bool:
        return _integer_product(lambda a, b: torch.tensordot(a, b, dims=axes), x1, x2, dtype)
    return torch.tensordot(x1, x2, dims=axes)


@hookimpl
def vecdot(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2, dtype = _promoted(x1, x2)
    if x1.shape[axis] != x2.shape[axis]:
        raise ValueError(f"vecdot: sizes {x1.shape[axis]} and {x2.shape[axis]} along axis {axis} differ")
    if dtype.is_floating_point or dtype.is_complex:
        return _la.vecdot(x1, x2, dim=axis)
    if dtype in TWIN or dtype is torch.bool:
        x1, x2 = (x1.view(torch.int64), x2.view(torch.int64)) if dtype is torch.uint64 else (
            x1.to(torch.int64), x2.to(torch.int64))  # fmt: skip
    product = torch.sum(torch.mul(x1, x2), dim=axis, dtype=x1.dtype)
    return product.view(dtype) if dtype is torch.uint64 else product.to(dtype)


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return _la.cholesky(x, upper=upper)


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    x1, x2, dtype = _promoted(x1, x2)
    if x1.shape[axis] != 3 or x2.shape[axis] != 3:
        raise ValueError("cross: the vectors must have 3 elements along the axis")
    if x1.shape != x2.shape:
        x1, x2 = torch.broadcast_tensors(x1, x2)
    if dtype in TWIN:
        wide = torch.int64
        result = _la.cross(x1.view(wide) if dtype is torch.uint64 else x1.to(wide),
                           x2.view(wide) if dtype is torch.uint64 else x2.to(wide), dim=axis)  # fmt: skip
        return result.view(dtype) if dtype is torch.uint64 else result.to(dtype)
    return _la.cross(x1, x2, dim=axis)


@hookimpl
def linalg_diagonal(x: Any, offset: Any) -> Any:
    return torch.diagonal(x, offset=offset, dim1=-2, dim2=-1)


@hookimpl
def linalg_eig(x: Any) -> Any:
    return tuple(_la.eig(x))


@hookimpl
def linalg_eigh(x: Any) -> Any:
    return tuple(_la.eigh(x))


@hookimpl
def linalg_matrix_norm(x: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    return _la.matrix_norm(x, ord=ord, keepdim=keepdims)


@hookimpl
def linalg_matrix_power(x: Any, n: Any) -> Any:
    return _la.matrix_power(x, n)


@hookimpl
def linalg_matrix_rank(x: Any, rtol: Any) -> Any:
    if isinstance(rtol, Tensor) and rtol.ndim:
        rtol = rtol.to(x.real.dtype if x.is_complex() else x.dtype)
    return _la.matrix_rank(x, rtol=rtol)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    x1, x2, dtype = _promoted(x1, x2)
    if x1.ndim != 1 or x2.ndim != 1:
        raise ValueError("outer: both arguments must be one-dimensional")
    if dtype in TWIN:
        return _integer_product(torch.outer, x1, x2, dtype)
    return torch.outer(x1, x2)


@hookimpl
def linalg_pinv(x: Any, rtol: Any) -> Any:
    return _la.pinv(x, rtol=rtol)


@hookimpl
def linalg_qr(x: Any, mode: Any) -> Any:
    return tuple(_la.qr(x, mode=mode))


@hookimpl
def linalg_slogdet(x: Any) -> Any:
    return tuple(_la.slogdet(x))


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    x1, x2, _ = _promoted(x1, x2)
    if x2.ndim == 1:  # one column for every matrix of x1 (explicit: torch would read (n, 1) as vectors)
        return _la.solve(x1, x2.unsqueeze(-1).expand(*x1.shape[:-1], 1)).squeeze(-1)
    # torch reads x2 as a stack of vectors when its shape is x1's without the last axis;
    # the standard always reads a 2-d (or more) x2 as matrices: make the batches explicit
    batch = torch.broadcast_shapes(x1.shape[:-2], x2.shape[:-2])
    return _la.solve(x1.expand(*batch, *x1.shape[-2:]), x2.expand(*batch, *x2.shape[-2:]))


@hookimpl
def linalg_svd(x: Any, full_matrices: Any) -> Any:
    return tuple(_la.svd(x, full_matrices=full_matrices))


@hookimpl
def linalg_trace(x: Any, offset: Any, dtype: Any) -> Any:
    acc = accumulator(x, dtype)
    diagonal = torch.diagonal(x, offset=offset, dim1=-2, dim2=-1)
    work, compute = as_accumulator(diagonal, acc)
    return finish(torch.sum(work, dim=-1, dtype=compute), acc)


@hookimpl
def linalg_vector_norm(x: Any, axis: Any, keepdims: Any, ord: Any) -> Any:  # noqa: A002 - the standard's name
    if isinstance(axis, tuple | list) and len(axis) == 0:  # each element is a vector of its own
        magnitude = torch.abs(x)
        return (magnitude != 0).to(magnitude.dtype) if ord == 0 else magnitude
    return _la.vector_norm(x, ord=ord, dim=axis, keepdim=keepdims)


@hookimpl
def linalg_lu_factor(x: Any) -> Any:
    lu, pivots, _ = _la.lu_factor_ex(x)  # a singular matrix has factors too (lu_factor raises)
    return lu, pivots.to(torch.int64) - 1  # LAPACK's one-based int32 pivots to Ivy's


@hookimpl
def linalg_lu_solve(lu: Any, pivots: Any, b: Any, adjoint: Any) -> Any:
    lu, b, _ = _promoted(lu, b)
    batch = torch.broadcast_shapes(lu.shape[:-2], pivots.shape[:-1], b.shape[:-2])
    lu = lu.expand(*batch, *lu.shape[-2:])
    pivots = (pivots.expand(*batch, pivots.shape[-1]) + 1).to(torch.int32)
    return _la.lu_solve(lu, pivots, b.expand(*batch, *b.shape[-2:]), adjoint=bool(adjoint))


@hookimpl
def linalg_matrix_exp(x: Any) -> Any:
    return _la.matrix_exp(x)
