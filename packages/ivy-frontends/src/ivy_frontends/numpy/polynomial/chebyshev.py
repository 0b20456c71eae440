"""``numpy.polynomial.chebyshev``: the Chebyshev series functions and class (see :mod:`._family`)."""

from __future__ import annotations

from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._classes import Chebyshev
from ivy_frontends.numpy.polynomial._family import install, namespace

__all__ = install(
    globals(),
    namespace(
        _bases.CHEB,
        dict(
            chebpts1=_bases.chebpts1,
            chebpts2=_bases.chebpts2,
            chebinterpolate=_bases.chebinterpolate,
            chebweight=_bases.WEIGHTS["cheb"],
            Chebyshev=Chebyshev,
        ),
    ),
)
