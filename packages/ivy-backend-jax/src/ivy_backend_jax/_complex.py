"""The standard's special values of complex elementwise functions (C99 Annex G).

JAX computes complex functions with real formulas that give ``NaN + NaN j``
(or worse: ``atanh(NaN + 1j)`` is ``NaN - 1.57j``) wherever a component is
infinite or NaN. For such inputs the functions below return the standard's
values instead; finite inputs keep JAX's result.

Each table gives the result for an input ``a + bj`` with ``b >= 0`` (and
``a >= 0`` for odd and even functions), at least one component not finite.
The other quadrants follow from the symmetries every one of these functions
has: ``f(conj(z)) == conj(f(z))``; odd functions ``f(-z) == -f(z)``; even
functions ``f(-z) == f(z)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax.numpy as jnp
import numpy as np
from jax import lax


def _table(*rows: tuple[Any, Any, Any], default: tuple[Any, Any]) -> tuple[Any, Any]:
    """``(real, imag)`` of the first row whose condition holds (conditions broadcast)."""
    conditions = [c for c, _, _ in rows]
    real = jnp.select(conditions, [jnp.broadcast_to(r, jnp.shape(conditions[0])) for _, r, _ in rows], default[0])
    imag = jnp.select(conditions, [jnp.broadcast_to(i, jnp.shape(conditions[0])) for _, _, i in rows], default[1])
    return real, imag


def _constants(a: Any) -> tuple[Any, Any, Any, Any]:
    dtype = a.dtype
    return (
        jnp.asarray(np.nan, dtype),
        jnp.asarray(np.inf, dtype),
        jnp.asarray(np.pi, dtype),
        jnp.zeros((), dtype),
    )


def _exp(a: Any, b: Any) -> tuple[Any, Any]:
    nan, inf, _, zero = _constants(a)
    finite_a, finite_b = jnp.isfinite(a), jnp.isfinite(b)
    return _table(
        (finite_a & ~finite_b, nan, nan),
        ((a == inf) & (b == 0), inf, b),
        ((a == inf) & finite_b, inf * jnp.cos(b), inf * jnp.sin(b)),
        (a == inf, inf, nan),
        ((a == -inf) & finite_b, zero * jnp.cos(b), zero * jnp.sin(b)),
        (a == -inf, zero, zero),
        (b == 0, nan, b),  # a is NaN
        default=(nan, nan),
    )


def _expm1(a: Any, b: Any) -> tuple[Any, Any]:
    real, imag = _exp(a, b)
    return jnp.where(a == -jnp.inf, real - 1, real), imag


def _log(a: Any, b: Any) -> tuple[Any, Any]:
    nan, inf, pi, zero = _constants(a)
    finite_a, finite_b = jnp.isfinite(a), jnp.isfinite(b)
    return _table(
        (finite_a & (b == inf), inf, pi / 2),
        (finite_a, nan, nan),  # b is NaN
        ((a == -inf) & finite_b, inf, pi),
        ((a == -inf) & (b == inf), inf, 3 * pi / 4),
        ((a == inf) & finite_b, inf, zero),
        ((a == inf) & (b == inf), inf, pi / 4),
        (jnp.isinf(a), inf, nan),  # b is NaN
        (b == inf, inf, nan),  # a is NaN
        default=(nan, nan),
    )


def _sqrt(a: Any, b: Any) -> tuple[Any, Any]:
    nan, inf, _, zero = _constants(a)
    finite_b = jnp.isfinite(b)
    return _table(
        (b == inf, inf, inf),
        (jnp.isfinite(a), nan, nan),  # b is NaN
        ((a == -inf) & finite_b, zero, inf),
        (a == -inf, nan, inf),
        ((a == inf) & finite_b, inf, zero),
        (a == inf, inf, nan),
        default=(nan, nan),
    )


def _acos(a: Any, b: Any) -> tuple[Any, Any]:
    nan, inf, pi, zero = _constants(a)
    finite_a, finite_b = jnp.isfinite(a), jnp.isfinite(b)
    return _table(
        (finite_a & (b == inf), pi / 2, -inf),
        ((a == 0) & jnp.isnan(b), pi / 2, nan),
        (finite_a, nan, nan),  # b is NaN
        ((a == -inf) & finite_b, pi, -inf),
        ((a == -inf) & (b == inf), 3 * pi / 4, -inf),
        ((a == inf) & finite_b, zero, -inf),
        ((a == inf) & (b == inf), pi / 4, -inf),
        (jnp.isinf(a), nan, inf),  # b is NaN: the sign of the imaginary part is unspecified
        (b == inf, nan, -inf),  # a is NaN
        default=(nan, nan),
    )


def _acosh(a: Any, b: Any) -> tuple[Any, Any]:
    nan, inf, pi, zero = _constants(a)
    finite_a, finite_b = jnp.isfinite(a), jnp.isfinite(b)
    return _table(
        (finite_a & (b == inf), inf, pi / 2),
        ((a == 0) & jnp.isnan(b), nan, pi / 2),
        (finite_a, nan, nan),  # b is NaN
        ((a == -inf) & finite_b, inf, pi),
        ((a == -inf) & (b == inf), inf, 3 * pi / 4),
        ((a == inf) & finite_b, inf, zero),
        ((a == inf) & (b == inf), inf, pi / 4),
        (jnp.isinf(a), inf, nan),  # b is NaN
        (b == inf, inf, nan),  # a is NaN
        default=(nan, nan),
    )


def _asinh(a: Any, b: Any) -> tuple[Any, Any]:  # a >= 0
    nan, inf, pi, zero = _constants(a)
    finite_a, finite_b = jnp.isfinite(a), jnp.isfinite(b)
    return _table(
        (finite_a & (b == inf), inf, pi / 2),
        (finite_a, nan, nan),  # b is NaN
        ((a == inf) & finite_b, inf, zero),
        ((a == inf) & (b == inf), inf, pi / 4),
        (a == inf, inf, nan),  # b is NaN
        (b == 0, nan, b),  # a is NaN
        (b == inf, inf, nan),  # a is NaN: the sign of the real part is unspecified
        default=(nan, nan),
    )


def _atanh(a: Any, b: Any) -> tuple[Any, Any]:  # a >= 0
    nan, inf, pi, zero = _constants(a)
    finite_a = jnp.isfinite(a)
    return _table(
        ((a == 0) & jnp.isnan(b), zero, nan),
        (finite_a & (b == inf), zero, pi / 2),
        (finite_a, nan, nan),  # b is NaN
        ((a == inf) & ~jnp.isnan(b), zero, pi / 2),
        (a == inf, zero, nan),  # b is NaN
        (b == inf, zero, pi / 2),  # a is NaN: the sign of the real part is unspecified
        default=(nan, nan),
    )


def _cosh(a: Any, b: Any) -> tuple[Any, Any]:  # a >= 0
    nan, inf, _, zero = _constants(a)
    finite_b = jnp.isfinite(b)
    return _table(
        ((a == 0) & ~finite_b, nan, zero),
        (jnp.isfinite(a), nan, nan),  # b is not finite
        ((a == inf) & (b == 0), inf, b),
        ((a == inf) & finite_b, inf * jnp.cos(b), inf * jnp.sin(b)),
        (a == inf, inf, nan),
        (b == 0, nan, zero),  # a is NaN
        default=(nan, nan),
    )


def _sinh(a: Any, b: Any) -> tuple[Any, Any]:  # a >= 0
    nan, inf, _, zero = _constants(a)
    finite_b = jnp.isfinite(b)
    return _table(
        ((a == 0) & ~finite_b, zero, nan),
        (jnp.isfinite(a), nan, nan),  # b is not finite
        ((a == inf) & (b == 0), inf, b),
        ((a == inf) & finite_b, inf * jnp.cos(b), inf * jnp.sin(b)),
        (a == inf, inf, nan),
        (b == 0, nan, b),  # a is NaN
        default=(nan, nan),
    )


def _tanh(a: Any, b: Any) -> tuple[Any, Any]:  # a >= 0
    nan, inf, _, zero = _constants(a)
    one = jnp.ones((), a.dtype)
    return _table(
        ((a == 0) & ~jnp.isfinite(b), zero, nan),
        (jnp.isfinite(a), nan, nan),  # b is not finite
        (a == inf, one, zero),  # the standard's +0 (C99 signs it like sin(2b))
        (b == 0, nan, b),  # a is NaN
        default=(nan, nan),
    )


#: function name -> (table, symmetry): "conj", "odd" or "even".
TABLES: dict[str, tuple[Callable, str]] = {
    "exp": (_exp, "conj"),
    "expm1": (_expm1, "conj"),
    "log": (_log, "conj"),
    "log1p": (_log, "conj"),  # 1 + z has the same non-finite components as z
    "sqrt": (_sqrt, "conj"),
    "acos": (_acos, "conj"),
    "acosh": (_acosh, "conj"),
    "asinh": (_asinh, "odd"),
    "atanh": (_atanh, "odd"),
    "cosh": (_cosh, "even"),
    "sinh": (_sinh, "odd"),
    "tanh": (_tanh, "odd"),
}


def with_special_values(name: str, function: Callable) -> Callable:
    """``function`` with the standard's symmetries and special values for complex inputs.

    JAX ignores the sign of a zero component on branch cuts (``sqrt(-1.5 - 0j)``
    is ``+1.22j`` in JAX, ``-1.22j`` in C99, NumPy and the standard, which ask
    for ``sqrt(conj(z)) == conj(sqrt(z))``), so the function is evaluated in
    the first quadrant (upper half-plane for non-odd, non-even functions) and
    the result is mapped back by the function's symmetry. Inputs with an
    infinite or NaN component get the standard's values from the table.
    """
    table, symmetry = TABLES[name]

    def special(x: Any) -> Any:
        if not jnp.issubdtype(x.dtype, jnp.complexfloating):
            return function(x)
        a, b = jnp.real(x), jnp.imag(x)
        negative_a = jnp.signbit(a)
        negative_b = jnp.signbit(b)
        sign_a = jnp.where(negative_a, -1, 1).astype(a.dtype)
        sign_b = jnp.where(negative_b, -1, 1).astype(a.dtype)
        if symmetry == "conj":
            base_a, base_b = a, jnp.abs(b)
        else:
            base_a, base_b = jnp.abs(a), jnp.abs(b)
        value = function(lax.complex(base_a, base_b))
        real, imag = jnp.real(value), jnp.imag(value)
        special_real, special_imag = table(base_a, base_b)
        finite = jnp.isfinite(a) & jnp.isfinite(b)
        real = jnp.where(finite, real, special_real)
        imag = jnp.where(finite, imag, special_imag)
        if symmetry == "conj":
            imag = imag * sign_b
        elif symmetry == "odd":
            real, imag = real * sign_a, imag * sign_b
        else:  # even
            imag = imag * sign_a * sign_b
        return lax.complex(real, imag).astype(x.dtype)

    special.__name__ = name
    return special
