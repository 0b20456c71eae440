"""``numpy.polynomial`` on ivy: the six series classes and their submodules' functions.

Each basis is a three-term recurrence (:mod:`._bases`); one generic family of
functions (:mod:`._family`) and one class (:mod:`._classes`) serve all six.
"""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import chebyshev, hermite, hermite_e, laguerre, legendre, polynomial
from ivy_frontends.numpy.polynomial._classes import (
    Chebyshev,
    Hermite,
    HermiteE,
    Laguerre,
    Legendre,
    Polynomial,
    set_default_printstyle,
)
from ivy_frontends.numpy.polynomial._family import RankWarning

__all__ = [
    "Chebyshev",
    "Hermite",
    "HermiteE",
    "Laguerre",
    "Legendre",
    "Polynomial",
    "RankWarning",
    "chebyshev",
    "hermite",
    "hermite_e",
    "laguerre",
    "legendre",
    "polynomial",
    "set_default_printstyle",
]
