"""Paddle's special functions (gamma family, Bessel ``i0``/``i1``) and ``kaiser_window`` on the core's
``ivy`` special functions."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends.paddle import _dtypes as D  # noqa: N812 - the dtype module, short
from ivy_frontends.paddle._math import _float_unary
from ivy_frontends.paddle._registry import add, register
from ivy_frontends.paddle._tensor import Tensor, as_ivy, operands, wrap

fn = register(method=False)

#: integer inputs are computed in the default float dtype, as paddle's autocast does
for _name in ("lgamma", "digamma", "i0", "i0e", "i1", "i1e"):
    add(_name, _float_unary(_name, getattr(ivy, _name)), method=False)


def _floats_only(a: Any, what: str) -> Any:
    if a.dtype.kind != "f":
        raise TypeError(f"paddle.{what}: x must be a float tensor, got {D.of_ivy(a.dtype)}")
    return a


@fn
def gammaln(x: Any, name: str | None = None) -> Tensor:
    """paddle.gammaln: ``log|Gamma(x)|`` (float inputs only, as paddle's kernel)."""
    return wrap(ivy.lgamma(_floats_only(as_ivy(x), "gammaln")))


@fn
def polygamma(x: Any, n: int, name: str | None = None) -> Tensor:
    """paddle.polygamma: the ``n``-th derivative of digamma (integers in the default float dtype)."""
    if not isinstance(n, int) or n < 0:
        raise ValueError(f"paddle.polygamma: n must be a non-negative int, got {n!r}")
    a = as_ivy(x)
    a = a if a.dtype.kind == "f" else ivy.astype(a, D.default_float()._ivy)
    return wrap(ivy.polygamma(n, a))


def _regularized(f: Any, what: str) -> Any:
    def op(x: Any, y: Any, name: str | None = None) -> Tensor:
        a, b, d = operands(x, y)
        if d.kind != "f":
            raise TypeError(f"paddle.{what}: x and y must be float tensors, got {d}")
        return wrap(f(a, b))

    op.__name__ = op.__qualname__ = what
    op.__doc__ = f"paddle.{what}: the regularized incomplete gamma function (float inputs only)."
    return op


fn(_regularized(ivy.gammainc, "gammainc"))
fn(_regularized(ivy.gammaincc, "gammaincc"))


@fn
def multigammaln(x: Any, p: int, name: str | None = None) -> Tensor:
    """paddle.multigammaln: ``log Gamma_p(x) = p(p-1)/4 log(pi) + sum_j lgamma(x - j/2)``."""
    if not isinstance(p, int) or p < 1:
        raise ValueError(f"paddle.multigammaln: p must be a positive int, got {p!r}")
    a = _floats_only(as_ivy(x), "multigammaln")
    out = ivy.asarray(p * (p - 1) / 4 * math.log(math.pi), dtype=a.dtype)
    for j in range(p):
        out = ivy.add(out, ivy.lgamma(ivy.subtract(a, ivy.asarray(j / 2, dtype=a.dtype))))
    return wrap(out)


@fn
def kaiser_window(
    window_length: int, periodic: bool = True, beta: float = 12.0, *, dtype: Any = "float32", **kw: Any
) -> Tensor:
    """paddle.kaiser_window: ``I0(beta sqrt(1 - (2k/(N-1) - 1)**2)) / I0(beta)``; periodic windows compute
    N + 1 points and drop the last."""
    d = D.to_dtype(dtype)._ivy
    n = window_length
    if n <= 1:
        return wrap(ivy.ones((max(n, 0),), dtype=d))
    m = n + 1 if periodic else n
    k = ivy.arange(m, dtype=ivy.float64)
    r = ivy.subtract(ivy.multiply(k, 2.0 / (m - 1)), 1.0)
    arg = ivy.multiply(ivy.sqrt(ivy.clip(ivy.subtract(1.0, ivy.square(r)), 0.0, None)), float(beta))
    w = ivy.divide(ivy.i0(arg), ivy.i0(ivy.asarray(float(beta), dtype=ivy.float64)))
    return wrap(ivy.astype(w[:n], d))
