"""``jax.numpy`` on ivy.

Assembled from three tables: the elementwise functions with JAX's promotion
(``_ufuncs``), the functions whose dtype rules are JAX's own (``_native``), and
every other NumPy-compatible function, run through the ivy NumPy frontend
(``_delegate``). ``linalg`` and ``fft`` are submodules.
"""

from __future__ import annotations

import inspect as _inspect

import ivy_frontends.numpy as _np_frontend
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array
from ivy_frontends.jax.numpy import _native, _ufuncs
from ivy_frontends.jax.numpy._delegate import delegate as _delegate

_SKIP = {"frontend", "ndarray", "ufunc", "errstate", "exceptions", "AxisError", "linalg", "fft", "random"}


def _delegated() -> dict:
    out = {}
    for name in _np_frontend.__all__:
        obj = getattr(_np_frontend, name, None)
        if name in _SKIP or name.startswith("_") or obj is None or isinstance(obj, type):
            continue
        if _inspect.isfunction(obj) or isinstance(obj, _np_frontend.ufunc):
            out[name] = _delegate(name)
    return out


FUNCTIONS = _delegated()
FUNCTIONS.update(_ufuncs.FUNCTIONS)
FUNCTIONS.update(_native.FUNCTIONS)
globals().update(FUNCTIONS)
globals().update(_dtypes.SCALAR_TYPES)

from ivy_frontends.jax.numpy import fft, linalg  # noqa: E402
from ivy_frontends.jax.numpy._extras import (  # noqa: E402
    ComplexWarning,
    array_repr,
    array_str,
    c_,
    character,
    einsum_path,
    flexible,
    frompyfunc,
    index_exp,
    mgrid,
    object_,
    ogrid,
    r_,
    s_,
    ufunc,
    vectorize,
)

ndarray = Array
dtype = _dtypes.dtype
promote_types = _dtypes.promote_types
bool_ = _dtypes.SCALAR_TYPES["bool"]
float_ = _dtypes.SCALAR_TYPES["float64"]
int_ = _dtypes.SCALAR_TYPES["int64"]
uint = _dtypes.SCALAR_TYPES["uint64"]
complex_ = _dtypes.SCALAR_TYPES["complex128"]
double, single = _dtypes.SCALAR_TYPES["float64"], _dtypes.SCALAR_TYPES["float32"]
cdouble, csingle = _dtypes.SCALAR_TYPES["complex128"], _dtypes.SCALAR_TYPES["complex64"]
from ivy_frontends._shared.constants import e, euler_gamma, inf, nan, newaxis, pi  # noqa: E402


def result_type(*args: object) -> _dtypes.dtype:
    """jnp.result_type: JAX's promotion of arrays, dtypes and Python scalars."""
    d, _ = _dtypes.result(*args)
    return d


def issubdtype(arg1: object, arg2: object) -> bool:
    """jnp.issubdtype for concrete dtypes and the abstract kinds (floating, integer, ...)."""
    kinds = {"floating": "f", "integer": "iu", "signedinteger": "i", "unsignedinteger": "u"}
    kinds.update({"complexfloating": "c", "inexact": "fc", "number": "iufc", "bool_": "b", "generic": "biufc"})
    kinds.update({"character": "", "flexible": "", "object_": ""})  # kinds no JAX dtype belongs to
    a = _dtypes.canonical(arg1)
    name = getattr(arg2, "__name__", None) or getattr(arg2, "name", None)
    if name in kinds:
        return a.kind in kinds[name]
    return a == _dtypes.canonical(arg2)


class floating:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class integer:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class signedinteger:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class unsignedinteger:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class complexfloating:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class inexact:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class number:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


class generic:  # noqa: N801
    """Abstract kind for ``issubdtype``."""


def finfo(dtype: object) -> object:
    """jnp.finfo (ivy's)."""
    import ivy

    return ivy.finfo(_dtypes.canonical(dtype).ivy)


def iinfo(dtype: object) -> object:
    """jnp.iinfo (ivy's)."""
    import ivy

    return ivy.iinfo(_dtypes.canonical(dtype).ivy)


def isdtype(dtype: object, kind: object) -> bool:
    """jnp.isdtype (Array API kinds)."""
    import ivy

    if isinstance(kind, tuple):
        return any(isdtype(dtype, k) for k in kind)
    return ivy.isdtype(_dtypes.canonical(dtype).ivy, _dtypes.canonical(kind).ivy if not isinstance(kind, str) else kind)


def can_cast(from_: object, to: object, casting: str = "safe") -> bool:
    """jnp.can_cast: a safe cast is one the promotion lattice allows."""
    return promote_types(from_, to) == _dtypes.canonical(to)


__all__ = sorted(
    set(FUNCTIONS)
    | set(_dtypes.SCALAR_TYPES)
    | {"fft", "linalg", "ndarray", "dtype", "promote_types", "result_type", "issubdtype", "finfo", "iinfo"}
    | {"pi", "e", "inf", "nan", "newaxis", "euler_gamma", "isdtype", "can_cast"}
    | {"double", "single", "cdouble", "csingle", "ComplexWarning", "character", "flexible", "object_"}
    | {"array_repr", "array_str", "c_", "r_", "s_", "index_exp", "mgrid", "ogrid", "vectorize", "ufunc", "frompyfunc"}
    | {"einsum_path"}
)
