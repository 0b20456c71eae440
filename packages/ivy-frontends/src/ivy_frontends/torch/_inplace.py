# ruff: noqa: N812, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""The shared tail of torch's in-place (``x.add_(y)``) and ``out=`` forms."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._tensor import _LEGACY, Tensor, wrap


def assign(self: Tensor, result: Any, function: str) -> Tensor:
    """Store an ivy result into ``self``: torch's cast check, and the shape must stay ``self``'s."""
    have, want = result.dtype, self._ivy.dtype
    if have != want:
        if not D.can_cast(D.from_ivy(have), D.from_ivy(want)):
            raise RuntimeError(
                f"{function}: result type {_LEGACY.get(have.name, have.name)} can't be cast to the desired "
                f"output type {_LEGACY.get(want.name, want.name)}"
            )
        result = ivy.astype(result, want)
    if result.shape != self._ivy.shape:
        raise RuntimeError(
            f"{function}: output with shape {list(self._ivy.shape)} doesn't match the broadcast shape {list(result.shape)}"
        )
    self._ivy = result
    return self


def to_out(out: Tensor | None, result: Any, function: str) -> Tensor:
    """The result as a Tensor, written into ``out`` when given (torch resizes ``out`` to fit)."""
    if out is None:
        return wrap(result)
    if not isinstance(out, Tensor):
        raise TypeError(f"{function}(): argument 'out' must be Tensor, not {type(out).__name__}")
    if result.dtype != out._ivy.dtype:
        if not D.can_cast(D.from_ivy(result.dtype), out.dtype):
            raise RuntimeError(
                f"{function}: result type {D.from_ivy(result.dtype)} can't be cast to the desired output type {out.dtype}"
            )
        result = ivy.astype(result, out._ivy.dtype)
    out._ivy = result
    return out


def make_inplace(fn: Any, name: str) -> Any:
    """``name_``: ``fn`` applied to the tensor, the result stored back into it."""

    def inplace(self: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        return assign(self, fn(self, *args, **kwargs)._ivy, f"{name}_")

    return named(inplace, f"{name}_", f"In-place ``{name}``: the result is stored into the tensor (cast to its dtype).")
