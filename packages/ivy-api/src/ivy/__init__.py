"""Ivy: one array API (the Python Array API standard and ML extensions) on
any framework.

Every function here is generated from the hookspecs in :mod:`ivy.spec` and
dispatches to the selected backend. ``import ivy`` imports no framework; a
backend is imported when it is selected (or first used).
"""

import sys as _sys

from ivy import _dtypes, _namespace
from ivy._array import Array, install_operators
from ivy._backends import available_backends, register_backend
from ivy._devices import Device
from ivy._dispatch import current_backend, set_backend, unset_backend, using_backend
from ivy._dtypes import (
    DType,
    FInfo,
    IInfo,
    bfloat16,
    bool,
    complex64,
    complex128,
    float16,
    float32,
    float64,
    int8,
    int16,
    int32,
    int64,
    uint8,
    uint16,
    uint32,
    uint64,
)
from ivy._errors import (
    AxisError,
    BackendError,
    BackendNotFoundError,
    FileFormatError,
    IvyError,
    IvyIndexError,
    IvyMemoryError,
    IvyOverflowError,
    IvyTypeError,
    IvyValueError,
    LinAlgError,
    NotImplementedByBackend,
)
from ivy.spec import API_VERSION, CONSTANTS

__version__ = "0.1.0"
__array_api_version__ = API_VERSION

globals().update(CONSTANTS)


def to_native(x: object) -> object:
    """The native array inside an ``ivy.Array`` (anything else is returned as is)."""
    return x._data if isinstance(x, Array) else x


_specs = _namespace.main_specs()
#: Names of the ivy namespace that live in their own subpackages, imported on first use.
_IMPORTS = {
    "trace_graph": "ivy.tracer:trace_graph",
    "Graph": "ivy.tracer:Graph",
    "stateful": "ivy.stateful:stateful",
    "Module": "ivy.stateful:Module",
    "layers": "ivy.stateful:layers",
    "optimizers": "ivy.stateful:optimizers",
    "Trainer": "ivy.stateful:Trainer",
    "transpile": "ivy._transpile:transpile",
}
__getattr__ = _namespace.lazy_functions(globals(), _specs, imports=_IMPORTS)
globals().update({name: _namespace.extension_module(name, _sys.modules[__name__]) for name in _namespace.EXTENSIONS})
install_operators(_sys.modules[__name__])

__all__ = sorted(
    [*_specs, *CONSTANTS, *_namespace.EXTENSIONS, *_IMPORTS]
    + [d.name for d in _dtypes.ALL_DTYPES]
    + [
        "Array",
        "AxisError",
        "BackendError",
        "BackendNotFoundError",
        "DType",
        "Device",
        "FInfo",
        "FileFormatError",
        "IInfo",
        "IvyError",
        "IvyIndexError",
        "IvyMemoryError",
        "IvyOverflowError",
        "IvyTypeError",
        "IvyValueError",
        "LinAlgError",
        "NotImplementedByBackend",
        "available_backends",
        "current_backend",
        "register_backend",
        "set_backend",
        "to_native",
        "unset_backend",
        "using_backend",
    ]
)


def __dir__() -> list:
    return __all__
