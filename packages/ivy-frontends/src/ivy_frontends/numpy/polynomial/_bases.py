"""The six bases of ``numpy.polynomial`` as three-term recurrences, and their basis-specific extras."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.numpy._ndarray import ndarray, to_ivy
from ivy_frontends.numpy.polynomial._family import Basis, Family, _as_int, _float

POWER = Basis("poly", lambda n: 1.0, lambda n: 0.0, lambda n: 0.0, (-1.0, 1.0), 0.0)
CHEB = Basis("cheb", lambda n: 1.0 if n == 0 else 0.5, lambda n: 0.0, lambda n: 0.5, (-1.0, 1.0), math.pi)
LEG = Basis("leg", lambda n: (n + 1) / (2 * n + 1), lambda n: 0.0, lambda n: n / (2 * n + 1), (-1.0, 1.0), 2.0)
LAG = Basis("lag", lambda n: -(n + 1.0), lambda n: 2.0 * n + 1, lambda n: -float(n), (0.0, 1.0), 1.0)
HERM = Basis("herm", lambda n: 0.5, lambda n: 0.0, lambda n: float(n), (-1.0, 1.0), math.sqrt(math.pi))
HERME = Basis("herme", lambda n: 1.0, lambda n: 0.0, lambda n: float(n), (-1.0, 1.0), math.sqrt(2 * math.pi))


def _weight(name: str, fn: Callable[[ivy.Array], ivy.Array]) -> Callable[[Any], ndarray]:
    def weight(x: Any) -> ndarray:
        return ndarray(fn(_float(to_ivy(x, where=f"numpy.polynomial.{name}", arg="x"))))

    weight.__name__ = name
    weight.__doc__ = f"The weight function of the {name[:-6]} basis at ``x``."
    return weight


def _chebweight(x: ivy.Array) -> ivy.Array:
    return ivy.divide(1.0, ivy.multiply(ivy.sqrt(ivy.add(1.0, x)), ivy.sqrt(ivy.subtract(1.0, x))))


WEIGHTS = {
    "cheb": _weight("chebweight", _chebweight),
    "leg": _weight("legweight", lambda x: ivy.add(ivy.multiply(x, 0.0), 1.0)),
    "lag": _weight("lagweight", lambda x: ivy.exp(ivy.negative(x))),
    "herm": _weight("hermweight", lambda x: ivy.exp(ivy.negative(ivy.square(x)))),
    "herme": _weight("hermeweight", lambda x: ivy.exp(ivy.multiply(-0.5, ivy.square(x)))),
}


def chebpts1(npts: Any) -> ndarray:
    """Chebyshev points of the first kind (the zeros of ``T_npts``), ascending."""
    n = _as_int(npts, "npts")
    if n < 1:
        raise ValueError("numpy.polynomial.chebyshev.chebpts1: npts must be >= 1")
    k = ivy.arange(-n + 1, n + 1, 2, dtype=ivy.float64)
    return ndarray(ivy.sin(ivy.multiply(k, 0.5 * math.pi / n)))


def chebpts2(npts: Any) -> ndarray:
    """Chebyshev points of the second kind (the extrema of ``T_{npts-1}``), ascending."""
    n = _as_int(npts, "npts")
    if n < 2:
        raise ValueError("numpy.polynomial.chebyshev.chebpts2: npts must be >= 2")
    return ndarray(ivy.cos(ivy.linspace(-math.pi, 0.0, n, dtype=ivy.float64)))


def chebinterpolate(func: Callable, deg: Any, args: tuple = ()) -> ndarray:
    """Chebyshev coefficients interpolating ``func`` at the first-kind points of degree ``deg``."""
    ideg = _as_int(deg, "deg")
    if ideg < 0:
        raise ValueError("numpy.polynomial.chebyshev.chebinterpolate: expected deg >= 0")
    order = ideg + 1
    xs = chebpts1(order)
    ys = _float(to_ivy(func(xs, *args), where="numpy.polynomial.chebyshev.chebinterpolate", arg="func"))
    v = Family(CHEB).vander(xs, ideg)._a
    c = ivy.tensordot(ivy.matrix_transpose(v), ys, axes=1)
    scale = ivy.asarray([1.0 / order] + [2.0 / order] * ideg, dtype=c.dtype)
    return ndarray(ivy.multiply(c, ivy.reshape(scale, (order,) + (1,) * (c.ndim - 1))))


def polyvalfromroots(x: Any, r: Any, tensor: bool = True) -> ndarray:
    """``prod(x - r)`` over the roots ``r`` (their first axis)."""
    name = "numpy.polynomial.polynomial.polyvalfromroots"
    roots = to_ivy(r, where=name, arg="r")
    roots = _float(ivy.reshape(roots, (1,)) if roots.ndim == 0 else roots)
    if isinstance(x, (list, tuple, ndarray, ivy.Array)):
        x = to_ivy(x, where=name, arg="x")
        if tensor:
            roots = ivy.reshape(roots, roots.shape + (1,) * x.ndim)
        elif x.ndim >= roots.ndim:
            raise ValueError(f"{name}: x.ndim must be < r.ndim when tensor == False")
    return ndarray(ivy.prod(ivy.subtract(x, roots), axis=0))
