"""``numpy.polynomial.polynomial``: the Polynomial series functions and class (see :mod:`._family`)."""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._classes import Polynomial
from ivy_frontends.numpy.polynomial._family import install, namespace

__all__ = install(
    globals(), namespace(_bases.POWER, dict(polyvalfromroots=_bases.polyvalfromroots, Polynomial=Polynomial))
)
