"""Argument helpers shared by the ``torch.nn.functional`` modules."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.nn_args import per_axis
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap

#: a size per spatial axis, or one for all of them (torch's ``_size_any_t``)
Sizes = int | tuple[int, ...] | list[int]


def arr(x: Any, function: str, argument: str = "input") -> Any:
    """The ivy array of a Tensor argument, or a TypeError naming ``function`` and ``argument``."""
    return tensor_arg(x, f"torch.nn.functional.{function}", argument)._ivy


def opt(x: Any) -> Any:
    """The ivy array of an optional Tensor argument."""
    return None if x is None else x._ivy if isinstance(x, Tensor) else x


def floating(x: Any, function: str) -> Any:
    """Check a floating input, as torch's kernels do for float-only functions."""
    if x.dtype.kind not in "f":
        raise RuntimeError(f"torch.nn.functional.{function}: expected a floating point input, got {x.dtype.name}")
    return x


def out(x: Any, target: Tensor | None = None, inplace: bool = False) -> Tensor:
    """Wrap a result; with ``inplace`` store it into ``target`` as torch's ``inplace=True`` does."""
    if inplace and target is not None:
        target._ivy = x if x.dtype == target._ivy.dtype else ivy.astype(x, target._ivy.dtype)
        return target
    return wrap(x)


def tup(v: Any, n: int) -> tuple:
    """``v`` once or per spatial axis, as ``n`` items (see :func:`~ivy_frontends._shared.nn_args.per_axis`)."""
    return per_axis(v, n)


def batched(x: Any, n: int) -> tuple[Any, bool]:
    """``x`` with a batch axis, added when it is one unbatched ``(C, *spatial)`` input, and whether it was."""
    if x.ndim == n + 1:
        return ivy.expand_dims(x, axis=0), True
    return x, False


def pool_stride(stride: Any, kernel: tuple, n: int) -> tuple:
    """A pooling stride per spatial axis; omitted (``None`` or empty), the kernel size, as torch defaults it."""
    return kernel if stride in (None, [], ()) else tup(stride, n)


def reduce(loss: Any, reduction: str, function: str) -> Any:
    """Apply torch's ``reduction`` ('none', 'mean', 'sum')."""
    if reduction == "none":
        return loss
    if reduction == "mean":
        return ivy.mean(loss)
    if reduction == "sum":
        return ivy.sum(loss)
    raise ValueError(f"torch.nn.functional.{function}: {reduction} is not a valid value for reduction")


def legacy_reduction(size_average: Any, reduce_: Any, reduction: str) -> str:
    """torch's deprecated ``size_average``/``reduce`` flags folded into ``reduction``."""
    if size_average is None and reduce_ is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce_ = True if reduce_ is None else reduce_
    return "none" if not reduce_ else "mean" if size_average else "sum"
