"""NumPy on ivy: ``from ivy_frontends import numpy as np`` runs NumPy code on any ivy backend.

The namespace is assembled from small modules (creation, manipulation,
reductions, statistics, sorting, linear, maths, logic), the ufunc table, the
dtypes, and the ``linalg``, ``fft`` and ``random`` submodules. ``frontend`` is
the plugin object (:class:`ivy_frontends.Frontend`) registered under
``ivy.frontends`` as ``numpy``.
"""

from __future__ import annotations

import ivy as _ivy
from ivy_frontends.numpy import (
    _dtypes,
    creation,
    fft,
    indexing,
    legacy_poly,
    linalg,
    linear,
    logic,
    manipulation,
    maths,
    misc,
    polynomial,
    random,
    reductions,
    sorting,
    statistics,
)
from ivy_frontends.numpy._ndarray import ndarray
from ivy_frontends.numpy._ufunc import UFUNCS, ufunc

_MODULES = (creation, manipulation, reductions, statistics, sorting, linear, maths, logic, indexing, legacy_poly, misc)

for _module in _MODULES:
    for _name in _module.__all__:
        globals()[_name] = getattr(_module, _name)
globals().update(_dtypes.namespace_types())
globals().update(UFUNCS)

from ivy_frontends._shared.constants import e, euler_gamma, inf, nan, newaxis, pi  # noqa: E402

True_ = True
False_ = False
AxisError = _ivy.AxisError


class errstate:  # noqa: N801 - NumPy's name
    """Accepted and ignored: ivy does not report floating-point errors."""

    def __init__(self, **kwargs: str) -> None:
        self.kwargs = kwargs

    def __enter__(self) -> errstate:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class exceptions:  # noqa: N801 - NumPy's submodule, as a namespace
    """``numpy.exceptions``."""

    AxisError = _ivy.AxisError


from ivy_frontends.numpy._frontend import frontend  # noqa: E402

__all__ = sorted(
    [n for m in _MODULES for n in m.__all__]
    + list(_dtypes.namespace_types())
    + list(UFUNCS)
    + [
        "ndarray",
        "ufunc",
        "linalg",
        "fft",
        "random",
        "polynomial",
        "pi",
        "e",
        "euler_gamma",
        "inf",
        "nan",
        "newaxis",
        "errstate",
        "frontend",
        "exceptions",
        "AxisError",
    ]
)
