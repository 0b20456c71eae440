"""Special functions ML code needs beyond the standard (Ivy extensions, main namespace)."""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="special", standard=False)


@spec(dtypes="real floating")
def erf(x: Array, /) -> Array:
    """The error function, elementwise."""


@spec(dtypes="real floating")
def erfinv(x: Array, /) -> Array:
    """The inverse error function on ``(-1, 1)``, elementwise."""


@spec(dtypes="real floating")
def logsumexp(x: Array, /, *, axis: int | tuple[int, ...] | None = None, keepdims: bool = False) -> Array:
    """``log(sum(exp(x)))`` along ``axis``, stabilised by the maximum."""


# -- error functions and the normal distribution ------------------------------------------


@spec(dtypes="real floating")
def erfc(x: Array, /) -> Array:
    """The complementary error function ``1 - erf(x)``, elementwise, accurate where it is tiny."""


@spec(dtypes="real floating")
def erfcx(x: Array, /) -> Array:
    """The scaled complementary error function ``exp(x**2) * erfc(x)``, elementwise."""


@spec(dtypes="real floating")
def ndtri(x: Array, /) -> Array:
    """The inverse of the standard normal CDF on ``[0, 1]``, elementwise."""


@spec(dtypes="real floating")
def log_ndtr(x: Array, /) -> Array:
    """The logarithm of the standard normal CDF, elementwise, accurate far into the lower tail."""


# -- gamma, beta and zeta functions ----------------------------------------------------------


@spec(dtypes="real floating")
def lgamma(x: Array, /) -> Array:
    """``log(abs(gamma(x)))``, elementwise; ``inf`` at the poles (zero and the negative integers)."""


@spec(dtypes="real floating")
def digamma(x: Array, /) -> Array:
    """The logarithmic derivative of the gamma function, elementwise (``nan`` at the negative
    integers, ``-inf`` at zero)."""


@spec(dtypes="real floating")
def polygamma(n: Array | int, x: Array, /) -> Array:
    """The ``n``-th derivative of the digamma function (``n`` a nonnegative integer), elementwise."""


@spec(dtypes="real floating")
def zeta(x: Array | int | float, q: Array | int | float, /) -> Array:
    """The Hurwitz zeta function ``sum((k + q) ** -x for k >= 0)``, elementwise (``x > 1``)."""


@spec(dtypes="real floating")
def gammainc(a: Array | int | float, x: Array | int | float, /) -> Array:
    """The regularized lower incomplete gamma function ``P(a, x)``, elementwise."""


@spec(dtypes="real floating")
def gammaincc(a: Array | int | float, x: Array | int | float, /) -> Array:
    """The regularized upper incomplete gamma function ``Q(a, x) = 1 - P(a, x)``, elementwise."""


@spec(dtypes="real floating")
def betainc(a: Array | int | float, b: Array | int | float, x: Array | int | float, /) -> Array:
    """The regularized incomplete beta function ``I_x(a, b)``, elementwise."""


@spec(dtypes="real floating")
def betaln(a: Array | int | float, b: Array | int | float, /) -> Array:
    """``log(abs(beta(a, b)))``, elementwise."""


# -- Bessel functions --------------------------------------------------------------------------


@spec(dtypes="real floating")
def i0(x: Array, /) -> Array:
    """The modified Bessel function of the first kind of order 0, elementwise."""


@spec(dtypes="real floating")
def i0e(x: Array, /) -> Array:
    """``exp(-abs(x)) * i0(x)``, elementwise."""


@spec(dtypes="real floating")
def i1(x: Array, /) -> Array:
    """The modified Bessel function of the first kind of order 1, elementwise."""


@spec(dtypes="real floating")
def i1e(x: Array, /) -> Array:
    """``exp(-abs(x)) * i1(x)``, elementwise."""


@spec(dtypes="real floating")
def bessel_j0(x: Array, /) -> Array:
    """The Bessel function of the first kind of order 0, elementwise."""


@spec(dtypes="real floating")
def bessel_j1(x: Array, /) -> Array:
    """The Bessel function of the first kind of order 1, elementwise."""


@spec(dtypes="real floating")
def bessel_y0(x: Array, /) -> Array:
    """The Bessel function of the second kind of order 0, elementwise (``nan`` for ``x < 0``)."""


@spec(dtypes="real floating")
def bessel_y1(x: Array, /) -> Array:
    """The Bessel function of the second kind of order 1, elementwise (``nan`` for ``x < 0``)."""


@spec(dtypes="real floating")
def modified_bessel_k0(x: Array, /) -> Array:
    """The modified Bessel function of the second kind of order 0, elementwise (``nan`` for ``x < 0``)."""


@spec(dtypes="real floating")
def modified_bessel_k1(x: Array, /) -> Array:
    """The modified Bessel function of the second kind of order 1, elementwise (``nan`` for ``x < 0``)."""


@spec(dtypes="real floating")
def modified_bessel_k0e(x: Array, /) -> Array:
    """``exp(x) * modified_bessel_k0(x)``, elementwise."""


@spec(dtypes="real floating")
def modified_bessel_k1e(x: Array, /) -> Array:
    """``exp(x) * modified_bessel_k1(x)``, elementwise."""


# -- elementary helpers ----------------------------------------------------------------------


@spec(dtypes="real floating")
def sinc(x: Array, /) -> Array:
    """The normalized sinc function ``sin(pi x) / (pi x)`` (1 at 0), elementwise."""


@spec(dtypes="real floating")
def xlogy(x: Array | int | float, y: Array | int | float, /) -> Array:
    """``x * log(y)``, elementwise, 0 where ``x == 0`` (unless ``y`` is nan)."""


@spec(dtypes="real floating")
def xlog1py(x: Array | int | float, y: Array | int | float, /) -> Array:
    """``x * log1p(y)``, elementwise, 0 where ``x == 0`` (unless ``y`` is nan)."""


@spec(dtypes="real floating")
def entr(x: Array, /) -> Array:
    """The elementwise entropy term ``-x log(x)`` (0 at 0, ``-inf`` for ``x < 0``)."""
