"""Bessel functions of order 0 and 1 as composites, accurate to float64 on any backend.

Small arguments take the power series (``|x| <= 2``; ``|x| <= 25`` for ``I``,
whose series has no cancellation). Larger ones take the integrals of Hankel
type, for instance ``K_n(x) = sqrt(pi / 2x) e^-x / gamma(n + 1/2) *
integral_0^inf e^-u u^(n - 1/2) (1 + u/2x)^(n - 1/2) du``. With ``u = s^2``
that is a Gaussian integral over the real line of a function analytic in a
strip about it, which the trapezoidal rule gets to double precision with a
few dozen nodes. ``J`` and ``Y`` are the real and imaginary parts of the
Hankel function, the same integral with ``1 + iu/2x``; ``I`` (beyond 25) is
the one with ``1 - u/2x``, up to a part of relative size ``e^(-2x)``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import ivy
from ivy.composite import composite
from ivy.composite.special import _EULER, _apply, _polynomial


def _unary(kernel: Callable) -> Callable:
    """The composite ``hook(x)`` computing ``kernel`` (see ``_apply``)."""

    def hook(x):
        return _apply(kernel, x)

    return composite(hook)


_STEP = 0.2
_NODES = tuple(j * _STEP for j in range(34))  # e^(-s^2) is below 1e-18 beyond the last


def _weights(order: int) -> tuple[float, ...]:
    """Trapezoid weights of ``1/gamma(order + 1/2) integral e^(-s^2) s^(2 order) f(s) ds`` over the
    real line, for even ``f``, at ``_NODES``."""
    scale = _STEP / math.gamma(order + 0.5)
    return tuple((1 if j == 0 else 2) * scale * math.exp(-s * s) * s ** (2 * order) for j, s in enumerate(_NODES))


_WEIGHTS = (_weights(0), _weights(1))
_SQUARES = tuple(s * s for s in _NODES)


def _nodes(x, values):
    return ivy.asarray(values, dtype=x.dtype)


def _ratio(x):
    """``s^2 / 2x`` on a trailing axis of nodes."""
    return ivy.expand_dims(0.5 / x, axis=-1) * _nodes(x, _SQUARES)


def _real_integral(x, order, sign):
    """``1/gamma(order + 1/2) integral e^-u u^(order - 1/2) (1 + sign u/2x)^(order - 1/2) du``."""
    base = 1.0 + sign * _ratio(x)
    values = ivy.sqrt(base) if order else 1.0 / ivy.sqrt(base)
    return ivy.sum(_nodes(x, _WEIGHTS[order]) * values, axis=-1)


def _hankel_integral(x, order):
    """The same integral with ``1 + i u/2x``: its real and imaginary parts."""
    t = _ratio(x)
    modulus = ivy.sqrt(1.0 + t * t)  # (1 + it)^(+-1/2) = modulus^(+-1/2) (cos(phi/2) +- i sin(phi/2))
    half_cos = ivy.sqrt(0.5 * (1.0 + 1.0 / modulus))
    half_sin = t / (2.0 * modulus * half_cos)
    scale = ivy.sqrt(modulus) if order else 1.0 / ivy.sqrt(modulus)
    weights = _nodes(x, _WEIGHTS[order])
    real = ivy.sum(weights * scale * half_cos, axis=-1)
    imaginary = ivy.sum(weights * scale * half_sin, axis=-1)
    return real, (imaginary if order else -imaginary)


def _jy_large(x, order):
    """(J_order(x), Y_order(x)) for x >= 2, from the Hankel function."""
    real, imaginary = _hankel_integral(x, order)
    amplitude = ivy.sqrt(2.0 / (math.pi * x))
    c, s = ivy.cos(x), ivy.sin(x)
    root = math.sqrt(0.5)
    if order:  # cos and sin of x - 3 pi / 4
        phase_cos, phase_sin = (s - c) * root, -(s + c) * root
    else:  # of x - pi / 4
        phase_cos, phase_sin = (c + s) * root, (s - c) * root
    return (
        amplitude * (phase_cos * real - phase_sin * imaginary),
        amplitude * (phase_sin * real + phase_cos * imaginary),
    )


# -- power series, in y = x^2 / 4 ------------------------------------------------------------

_TERMS = 20
_HARMONIC = tuple(math.fsum(1.0 / j for j in range(1, k + 1)) for k in range(_TERMS + 1))
_J0 = tuple((-1) ** k / math.factorial(k) ** 2 for k in range(_TERMS))
_J1 = tuple((-1) ** k / (math.factorial(k) * math.factorial(k + 1)) for k in range(_TERMS))
_I0 = tuple(1 / math.factorial(k) ** 2 for k in range(60))
_I1 = tuple(1 / (math.factorial(k) * math.factorial(k + 1)) for k in range(60))
#: the series parts of Y0 and K0: sum H_k y^k / k!^2 (alternating for Y0)
_Y0 = tuple((-1) ** (k + 1) * _HARMONIC[k] / math.factorial(k) ** 2 for k in range(_TERMS))
_K0 = tuple(_HARMONIC[k] / math.factorial(k) ** 2 for k in range(_TERMS))
#: of Y1 and K1: sum (psi(k + 1) + psi(k + 2)) y^k / (k! (k + 1)!), psi(k + 1) = H_k - gamma
_PSI_PAIRS = tuple(
    (_HARMONIC[k] + _HARMONIC[k + 1] - 2 * _EULER) / (math.factorial(k) * math.factorial(k + 1)) for k in range(_TERMS)
)
_Y1 = tuple((-1) ** k * c for k, c in enumerate(_PSI_PAIRS))
_K1 = _PSI_PAIRS


# -- J and Y -------------------------------------------------------------------------------


def _jy(x, order):
    magnitude = ivy.abs(x)
    small = ivy.where(magnitude <= 2.0, magnitude, 1.0)
    small = ivy.where(small > 0.0, small, 1.0)  # the logarithm of Y's series
    y = 0.25 * small * small
    log_half = ivy.log(small) - math.log(2.0)  # not log(x / 2): XLA flushes a subnormal x / 2 to 0
    if order:
        j_series = 0.5 * small * _polynomial(y, _J1)
        y_series = -2.0 / (math.pi * small) + (2.0 / math.pi) * log_half * j_series
        y_series = y_series - small / (2.0 * math.pi) * _polynomial(y, _Y1)
    else:
        j_series = _polynomial(y, _J0)
        y_series = (2.0 / math.pi) * ((log_half + _EULER) * j_series + _polynomial(y, _Y0))
    large = ivy.where((magnitude > 2.0) & ivy.isfinite(magnitude), magnitude, 2.0)
    j_large, y_large = _jy_large(large, order)
    near = magnitude <= 2.0
    j = ivy.where(near, j_series, j_large)
    j = ivy.where(magnitude == 0.0, 1.0 - order, j)
    if order:
        j = ivy.where(x < 0.0, -j, j)
    j = ivy.where(ivy.isinf(x), 0.0, j)
    bessel_y = ivy.where(near, y_series, y_large)
    bessel_y = ivy.where(x == 0.0, -math.inf, ivy.where(x == math.inf, 0.0, bessel_y))
    bessel_y = ivy.where(x < 0.0, math.nan, bessel_y)
    return ivy.where(ivy.isnan(x), x, j), ivy.where(ivy.isnan(x), x, bessel_y)


# -- I ---------------------------------------------------------------------------------------


def _i(x, order, scaled):
    """I_order(x), or e^-|x| I_order(x) where ``scaled``."""
    magnitude = ivy.abs(x)
    near = magnitude <= 25.0
    small = ivy.where(near, magnitude, 0.0)
    y = 0.25 * small * small
    series = 0.5 * small * _polynomial(y, _I1) if order else _polynomial(y, _I0)
    large = ivy.where(near | ivy.isinf(magnitude), 25.0, magnitude)
    # e^-x I(x) beyond 25
    far = _real_integral(large, order, -1.0) / ivy.sqrt(2.0 * math.pi * large)
    if scaled:
        value = ivy.where(near, series * ivy.exp(-small), far)
        value = ivy.where(ivy.isinf(x), 0.0, value)
    else:
        value = ivy.where(near, series, ivy.exp(large + ivy.log(far)))
        value = ivy.where(ivy.isinf(x), math.inf, value)
    if order:
        value = ivy.where(x < 0.0, -value, value)
    return ivy.where(ivy.isnan(x), x, value)


# -- K ---------------------------------------------------------------------------------------


def _k(x, order, scaled):
    """K_order(x), or e^x K_order(x) where ``scaled``."""
    near = x <= 2.0
    small = ivy.where(near & (x > 0.0), x, 1.0)
    y = 0.25 * small * small
    log_half = ivy.log(small) - math.log(2.0)  # not log(x / 2): XLA flushes a subnormal x / 2 to 0
    if order:
        bessel_i = 0.5 * small * _polynomial(y, _I1)
        series = 1.0 / small + bessel_i * log_half - 0.25 * small * _polynomial(y, _K1)
    else:
        series = -(log_half + _EULER) * _polynomial(y, _I0) + y * _polynomial(y, _K0[1:])
    large = ivy.where(near | ivy.isinf(x), 2.0, x)
    far = ivy.sqrt(math.pi / (2.0 * large)) * _real_integral(large, order, 1.0)  # e^x K(x)
    if scaled:
        value = ivy.where(near, series * ivy.exp(small), far)
    else:
        value = ivy.where(near, series, far * ivy.exp(-large))
    value = ivy.where(x == math.inf, 0.0, ivy.where(x == 0.0, math.inf, value))
    return ivy.where((x < 0.0) | ivy.isnan(x), math.nan, value)


# -- the hooks -------------------------------------------------------------------------------

bessel_j0 = _unary(lambda x: _jy(x, 0)[0])
bessel_j1 = _unary(lambda x: _jy(x, 1)[0])
bessel_y0 = _unary(lambda x: _jy(x, 0)[1])
bessel_y1 = _unary(lambda x: _jy(x, 1)[1])
i0 = _unary(lambda x: _i(x, 0, False))
i0e = _unary(lambda x: _i(x, 0, True))
i1 = _unary(lambda x: _i(x, 1, False))
i1e = _unary(lambda x: _i(x, 1, True))
modified_bessel_k0 = _unary(lambda x: _k(x, 0, False))
modified_bessel_k1 = _unary(lambda x: _k(x, 1, False))
modified_bessel_k0e = _unary(lambda x: _k(x, 0, True))
modified_bessel_k1e = _unary(lambda x: _k(x, 1, True))
