"""Statistical functions.

Torch reads ``dim=()`` as "every axis"; the standard as "no axis". Sums and
products of unsigned integers accumulate in uint64 (the standard's default),
computed on int64 (the same bits, modulo 2**64).
"""

from __future__ import annotations

import math
from typing import Any

import torch

from ivy.plugin import hookimpl, normalize_axes
from ivy_backend_torch._common import (
    INEXACT,
    SIGNED,
    TWIN,
    UNSIGNED,
    Tensor,
    from_key,
    key,
)


def dims(x: Tensor, axis: Any) -> tuple[int, ...]:
    """The axes to reduce, normalized (``()`` for none)."""
    return normalize_axes(axis, x.ndim)


def accumulator(x: Tensor, dtype: Any) -> torch.dtype:
    """The standard's accumulation dtype: as given, else int64/uint64 for integers."""
    if dtype is not None:
        return dtype
    if x.dtype in SIGNED or x.dtype is torch.bool:
        return torch.int64
    if x.dtype in UNSIGNED:
        return torch.uint64
    return x.dtype


def as_accumulator(x: Tensor, acc: torch.dtype) -> tuple[Tensor, torch.dtype]:
    """``x`` in a dtype torch can accumulate in, and the dtype that gives ``acc``.

    Integer accumulation happens in int64: for unsigned targets the int64 bits
    are the uint64 result, and narrower targets truncate (modular, as they would
    wrap when accumulating in that dtype)."""
    if acc in UNSIGNED or (acc in SIGNED and x.dtype in TWIN):
        if x.dtype is torch.uint64:
            return x.view(torch.int64), torch.int64
        return x.to(torch.int64), torch.int64
    if x.dtype in TWIN:
        return x.to(acc), acc
    return x, acc


def finish(result: Tensor, acc: torch.dtype) -> Tensor:
    if result.dtype is acc:
        return result
    if acc is torch.uint64 and result.dtype is torch.int64:
        return result.view(torch.uint64)
    return result.to(acc)


def _keep(result: Tensor, x: Tensor, axes: tuple[int, ...]) -> Tensor:
    """Restore reduced axes as size one (for torch functions without keepdim)."""
    shape = [1 if i in axes else n for i, n in enumerate(x.shape)]
    return result.reshape(shape)


@hookimpl
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    acc = accumulator(x, dtype)
    axes = dims(x, axis)
    work, compute = as_accumulator(x, acc)
    if not axes:
        return finish(work.to(compute, copy=True), acc)
    return finish(torch.sum(work, dim=axes, keepdim=keepdims, dtype=compute), acc)


def _flatten_axes(x: Tensor, axes: tuple[int, ...]) -> Tensor:
    """``x`` with ``axes`` moved to the end and merged into one."""
    rest = [i for i in range(x.ndim) if i not in axes]
    moved = x.permute(*rest, *axes)
    return moved.reshape(*moved.shape[: len(rest)], -1)


@hookimpl
def prod(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    acc = accumulator(x, dtype)
    axes = dims(x, axis)
    work, compute = as_accumulator(x, acc)
    if not axes:
        return finish(work.to(compute, copy=True), acc)
    if x.ndim == 0:
        result = work.to(compute, copy=True)
    elif len(axes) == 1:
        result = torch.prod(work, dim=axes[0], dtype=compute)
    else:
        result = torch.prod(_flatten_axes(work, axes), dim=-1, dtype=compute)
    if keepdims:
        result = _keep(result, x, axes)
    return finish(result, acc)


def _cumulative(native: Any, initial: int) -> Any:
    def run(x: Tensor, axis: Any, dtype: Any, include_initial: Any) -> Tensor:
        if axis is None:
            if x.ndim > 1:
                raise ValueError("axis must be given for an array of more than one dimension")
            axis = 0
        acc = accumulator(x, dtype)
        work, compute = as_accumulator(x, acc)
        if x.ndim == 0:
            work = work.reshape(1)
        result = native(work, dim=axis, dtype=compute)
        if include_initial:
            shape = list(result.shape)
            shape[axis] = 1
            start = torch.full(shape, initial, dtype=result.dtype, device=result.device)
            result = torch.cat([start, result], dim=axis)
        return finish(result, acc)

    return run


_cumsum = _cumulative(torch.cumsum, 0)
_cumprod = _cumulative(torch.cumprod, 1)


@hookimpl
def cumulative_sum(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return _cumsum(x, axis, dtype, include_initial)


@hookimpl
def cumulative_prod(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return _cumprod(x, axis, dtype, include_initial)


def _extreme(native: Any) -> Any:
    def run(x: Tensor, axis: Any, keepdims: Any) -> Tensor:
        axes = dims(x, axis)
        if not axes:
            return x.clone()
        if x.numel() == 0:
            raise ValueError("cannot take the maximum or minimum of an empty array (it has no identity)")
        if x.dtype in TWIN:
            return from_key(native(key(x), dim=axes, keepdim=keepdims), x.dtype)
        if x.dtype is torch.bool:
            return native(x.to(torch.uint8), dim=axes, keepdim=keepdims).to(torch.bool)
        return native(x, dim=axes, keepdim=keepdims)

    return run


_max = _extreme(torch.amax)
_min = _extreme(torch.amin)


@hookimpl
def max(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return _max(x, axis, keepdims)


@hookimpl
def min(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return _min(x, axis, keepdims)


def _floating(x: Tensor) -> Tensor:
    """Statistics of integers compute in float64 (as NumPy's do)."""
    return x if x.dtype in INEXACT else x.to(torch.float64)


@hookimpl
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    x = _floating(x)
    axes = dims(x, axis)
    if not axes:
        return x.clone()
    return torch.mean(x, dim=axes, keepdim=keepdims)


def _spread(square_root: bool) -> Any:
    def run(x: Tensor, axis: Any, correction: Any, keepdims: Any) -> Tensor:
        x = _floating(x)
        axes = dims(x, axis)
        count = 1
        for a in axes:
            count *= x.shape[a]
        # two passes (as NumPy): torch's one-pass algorithm loses digits on large, nearly equal values
        if axes:
            deviations = x - torch.mean(x, dim=axes, keepdim=True)
            squares = torch.sum(deviations * deviations, dim=axes, keepdim=keepdims)
        else:
            squares = torch.zeros_like(x) * x  # NaN stays NaN
        divisor = count - correction
        variance = squares / divisor if divisor > 0 else torch.full_like(squares, math.nan)
        return torch.sqrt(variance) if square_root else variance

    return run


_std = _spread(True)
_var = _spread(False)


@hookimpl
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _std(x, axis, correction, keepdims)


@hookimpl
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _var(x, axis, correction, keepdims)
