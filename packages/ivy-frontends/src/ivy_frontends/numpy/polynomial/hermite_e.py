"""``numpy.polynomial.hermite_e``: the HermiteE series functions and class (see :mod:`._family`)."""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._classes import HermiteE
from ivy_frontends.numpy.polynomial._family import install, namespace

__all__ = install(globals(), namespace(_bases.HERME, dict(hermeweight=_bases.WEIGHTS["herme"], HermiteE=HermiteE)))
