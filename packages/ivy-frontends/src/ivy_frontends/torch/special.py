# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""``torch.special`` of the frontend: the functions ivy can express."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._pointwise import _sinc as torch_sinc
from ivy_frontends.torch._promotion import unary_float
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap


def _f(x: Any, name: str) -> Any:
    return unary_float(tensor_arg(x, f"torch.special.{name}"))


def _unary(name: str, fn: Any) -> Any:
    def special(input: Any, *, out: Any = None) -> Tensor:
        return wrap(fn(_f(input, name)))

    return named(special, name, f"torch.special.{name}")


_TABLE = {
    "erf": ivy.erf,
    "erfc": lambda x: ivy.subtract(1, ivy.erf(x)),
    "erfinv": ivy.erfinv,
    "expit": ivy.nn.sigmoid,
    "exp2": lambda x: ivy.pow(2.0, x),
    "expm1": ivy.expm1,
    "log1p": ivy.log1p,
    "sinc": torch_sinc,
    "round": ivy.round,
    "ndtr": lambda x: ivy.multiply(0.5, ivy.add(1, ivy.erf(ivy.divide(x, math.sqrt(2))))),
    "ndtri": lambda x: ivy.multiply(math.sqrt(2), ivy.erfinv(ivy.subtract(ivy.multiply(2, x), 1))),
    "log_ndtr": lambda x: ivy.log(ivy.multiply(0.5, ivy.add(1, ivy.erf(ivy.divide(x, math.sqrt(2)))))),
    "i0": lambda x: _i0(x),
    "entr": lambda x: ivy.where(
        ivy.greater(x, 0),
        ivy.negative(ivy.multiply(x, ivy.log(ivy.where(ivy.greater(x, 0), x, ivy.ones_like(x))))),
        ivy.where(ivy.equal(x, 0), ivy.zeros_like(x), ivy.full_like(x, -math.inf)),
    ),
}


def _i0(x: Any) -> Any:
    """Modified Bessel function of order 0 by its power series (accurate for moderate |x|)."""
    q = ivy.divide(ivy.square(x), 4)
    term = ivy.ones_like(x)
    total = ivy.ones_like(x)
    for k in range(1, 60):
        term = ivy.divide(ivy.multiply(term, q), k * k)
        total = ivy.add(total, term)
    return total


for _name, _fn in _TABLE.items():
    globals()[_name] = _unary(_name, _fn)


def logit(input: Any, eps: Any = None, *, out: Any = None) -> Tensor:
    """torch.special.logit."""
    x = _f(input, "logit")
    if eps is not None:
        x = ivy.clip(x, eps, 1 - eps)
    return wrap(ivy.log(ivy.divide(x, ivy.subtract(1, x))))


def xlogy(input: Any, other: Any, *, out: Any = None) -> Tensor:
    """torch.special.xlogy."""
    from ivy_frontends.torch._registry import NAMESPACE

    return NAMESPACE["xlogy"](input, other)


def xlog1py(input: Any, other: Any, *, out: Any = None) -> Tensor:
    """torch.special.xlog1py: ``x * log1p(y)``, 0 where ``x == 0``."""
    x, y = _f(input, "xlog1py"), _f(other, "xlog1py")
    r = ivy.multiply(x, ivy.log1p(y))
    return wrap(ivy.where(ivy.equal(x, 0), ivy.zeros_like(r), r))


def logsumexp(input: Any, dim: Any, keepdim: bool = False) -> Tensor:
    """torch.special.logsumexp."""
    return wrap(
        ivy.logsumexp(
            _f(input, "logsumexp"), axis=tuple(dim) if isinstance(dim, (list, tuple)) else dim, keepdims=keepdim
        )
    )


def softmax(input: Any, dim: int, *, dtype: Any = None) -> Tensor:
    """torch.special.softmax."""
    x = tensor_arg(input, "torch.special.softmax")._ivy
    if dtype is not None:
        x = ivy.astype(x, D.as_dtype(dtype)._ivy)
    return wrap(ivy.nn.softmax(x, axis=dim))


def log_softmax(input: Any, dim: int, *, dtype: Any = None) -> Tensor:
    """torch.special.log_softmax."""
    x = tensor_arg(input, "torch.special.log_softmax")._ivy
    if dtype is not None:
        x = ivy.astype(x, D.as_dtype(dtype)._ivy)
    return wrap(ivy.nn.log_softmax(x, axis=dim))
