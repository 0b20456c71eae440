"""Elementwise helpers whose edge cases (NaN, infinities, signed zeros) differ between frameworks.

Each takes ivy arrays already promoted to the result dtype; the keyword says
which framework's convention to follow, so every frontend that exposes the
function gets it from here and the conventions sit side by side.
"""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named

_LN2 = math.log(2.0)


def _extreme(a: Any, b: Any, wins: Any, plain: Any, ties_to_first: bool) -> Any:
    """``a`` where it wins the comparison (or ``b`` is NaN), else ``b``: NaN only when both are NaN."""
    if a.dtype.kind not in "fc":  # no NaN, and equal integers are the same value
        return plain(a, b)
    keep_a = ivy.logical_or(wins(a, b), ivy.isnan(b))
    if ties_to_first:
        keep_a = ivy.logical_or(keep_a, ivy.equal(a, b))
    return ivy.where(keep_a, a, b)


def fmax(a: Any, b: Any, *, ties_to_first: bool = False) -> Any:
    """The larger of ``a`` and ``b``, ignoring a NaN in one of them.

    On equal values NumPy, JAX and Paddle return ``b`` (``fmax(0.0, -0.0)`` is
    ``-0.0``); torch returns ``a`` (``ties_to_first=True``).
    """
    return _extreme(a, b, ivy.greater, ivy.maximum, ties_to_first)


def fmin(a: Any, b: Any, *, ties_to_first: bool = False) -> Any:
    """The smaller of ``a`` and ``b``, ignoring a NaN in one of them (ties as in :func:`fmax`)."""
    return _extreme(a, b, ivy.less, ivy.minimum, ties_to_first)


def heaviside(x: Any, h: Any, *, nan_gives_zero: bool = False) -> Any:
    """0 where ``x < 0``, 1 where ``x > 0``, ``h`` where ``x == 0``.

    A NaN ``x`` stays NaN in NumPy and JAX; torch and Paddle compute
    ``x == 0 ? h : x > 0`` and give 0 (``nan_gives_zero=True``).
    """
    step = ivy.where(ivy.equal(x, 0), h, ivy.astype(ivy.greater(x, 0), x.dtype))
    if nan_gives_zero or x.dtype.kind not in "fc":
        return step
    return ivy.where(ivy.isnan(x), x, step)


def sinc(x: Any) -> Any:
    """``sin(pi x) / (pi x)``, 1 at zero (either sign), NaN at NaN and the infinities."""
    zero = ivy.equal(x, 0)
    px = ivy.multiply(ivy.where(zero, ivy.ones_like(x), x), math.pi)
    return ivy.where(zero, ivy.ones_like(px), ivy.divide(ivy.sin(px), px))


def logaddexp2(a: Any, b: Any) -> Any:
    """``log2(2**a + 2**b)`` without overflow: ``max + log2(1 + 2**-|a - b|)``.

    Equal arguments give ``a + 1`` exactly (and keep equal infinities), NaN
    propagates: the answer of NumPy, JAX and torch alike.
    """
    gap = ivy.negative(ivy.abs(ivy.subtract(a, b)))
    tail = ivy.divide(ivy.log1p(ivy.pow(ivy.full_like(gap, 2), gap)), _LN2)
    out = ivy.add(ivy.maximum(a, b), tail)
    return ivy.where(ivy.equal(a, b), ivy.add(a, ivy.ones_like(a)), out)


def _nan_wins(plain: Any) -> Any:
    def pick(a: Any, b: Any) -> Any:
        out = plain(a, b)
        if a.dtype.kind != "f":
            return out
        return ivy.where(ivy.logical_or(ivy.isnan(a), ivy.isnan(b)), ivy.add(a, b), out)

    return named(
        pick, plain.__name__, f"``{plain.__name__}`` that returns NaN where either operand is NaN (JAX's, torch's)."
    )


maximum = _nan_wins(ivy.maximum)
minimum = _nan_wins(ivy.minimum)


def same_names(names: str) -> dict[str, Any]:
    """``{name: ivy.<name>}`` for functions a framework names as ivy does (``"sin cos"``)."""
    return {name: getattr(ivy, name) for name in names.split()}


#: the trigonometric and hyperbolic functions, under the names ivy, JAX and paddle share
TRIGONOMETRIC = same_names("sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh")
