"""Special functions as composites: accurate to the dtype, on any backend.

``erf`` sums its Taylor series for ``|x| <= 2`` (30 terms; at most one digit
lost to cancellation) and uses the continued fraction of ``erfc`` beyond,
evaluated bottom-up at a fixed depth. ``erfinv`` refines a closed-form first
guess with Newton steps on ``erf``. Backends with native kernels override both.
"""

from __future__ import annotations

import math

import ivy
from ivy.composite import composite

_TWO_OVER_SQRT_PI = 2.0 / math.sqrt(math.pi)
_SERIES_TERMS = 30
_FRACTION_DEPTH = 60


def _erf_series(x):
    square = x * x
    term = x
    total = x
    for n in range(1, _SERIES_TERMS):
        term = term * square * (-1.0 / n)
        total = total + term * (1.0 / (2 * n + 1))
    return total * _TWO_OVER_SQRT_PI


def _erfc_fraction(x):
    """erfc(x) for x >= 2: exp(-x^2) / (sqrt(pi) (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))))."""
    tail = x
    for k in range(_FRACTION_DEPTH, 0, -1):
        tail = x + (k / 2.0) / tail
    return ivy.exp(-x * x) / (tail * math.sqrt(math.pi))


@composite
def erf(x):
    magnitude = ivy.abs(x)
    near = ivy.minimum(magnitude, 2.0)  # keep both branches finite everywhere
    far = ivy.maximum(magnitude, 2.0)
    value = ivy.where(magnitude <= 2.0, _erf_series(near), 1.0 - _erfc_fraction(far))
    return ivy.where(ivy.isnan(x), x, ivy.copysign(value, x))


@composite
def erfinv(x):
    # Winitzki's closed form (about 2e-3 relative error), then Newton on erf.
    a = 0.147
    log_term = ivy.log1p(-x * x)
    first = 2.0 / (math.pi * a) + log_term / 2.0
    guess = ivy.copysign(ivy.sqrt(ivy.sqrt(first * first - log_term / a) - first), x)
    for _ in range(4):
        step = (ivy.erf(guess) - x) / (ivy.exp(-guess * guess) * _TWO_OVER_SQRT_PI)
        guess = guess - ivy.where(ivy.isfinite(step), step, 0.0)
    edges = ivy.where(x == 1.0, math.inf, ivy.where(x == -1.0, -math.inf, ivy.full_like(x, math.nan)))
    return ivy.where(ivy.abs(x) < 1.0, guess, edges)
