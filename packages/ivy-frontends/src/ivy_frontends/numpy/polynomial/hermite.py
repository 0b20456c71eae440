"""``numpy.polynomial.hermite``: the Hermite series functions and class (see :mod:`._family`)."""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._classes import Hermite
from ivy_frontends.numpy.polynomial._family import install, namespace

__all__ = install(globals(), namespace(_bases.HERM, dict(hermweight=_bases.WEIGHTS["herm"], Hermite=Hermite)))
