"""``numpy.polynomial.legendre``: the Legendre series functions and class (see :mod:`._family`)."""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._classes import Legendre
from ivy_frontends.numpy.polynomial._family import install, namespace

__all__ = install(globals(), namespace(_bases.LEG, dict(legweight=_bases.WEIGHTS["leg"], Legendre=Legendre)))
