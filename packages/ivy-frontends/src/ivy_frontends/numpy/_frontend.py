"""The ``numpy`` frontend plugin: namespace, capture and coverage."""

from __future__ import annotations

import inspect
import types
from collections.abc import Iterable
from typing import Any

from ivy_frontends._plugin import import_framework
from ivy_frontends._shared.plugin import FrontendPlugin

_POLY_MODULES = ("polynomial", "chebyshev", "legendre", "laguerre", "hermite", "hermite_e")

#: Real NumPy namespaces compared in ``coverage()``: label -> frontend attribute path.
NAMESPACES = {
    "numpy": "",
    "numpy.ndarray": "ndarray",
    "numpy.linalg": "linalg",
    "numpy.fft": "fft",
    "numpy.random": "random",
    "numpy.polynomial": "polynomial",
    "numpy.polynomial.Polynomial": "polynomial.Polynomial",
    **{f"numpy.polynomial.{m}": f"polynomial.{m}" for m in _POLY_MODULES},
}


_DATES = "datetime64/timedelta64 and business-day calendars: no ivy dtype holds dates"
_FILES = "file I/O in NumPy's own formats (text, .npy/.npz, raw files, memory maps), not array computation"
_MEMORY = "memory layout and aliasing: frontend arrays own C-ordered data and never share memory (views are copies)"
_BUFFERS = "NumPy's ufunc buffering and its strided iterator objects, internals of its C loops"
_BUILD = "NumPy's build, C headers and runtime report"
_PRINT = "NumPy's global printing configuration"

#: Public names that make no sense off NumPy, with the reason (left out of the coverage share).
OUT_OF_SCOPE = {
    "numpy": {
        **dict.fromkeys(
            "busday_count busday_offset busdaycalendar is_busday datetime64 timedelta64 datetime_as_string"
            " datetime_data isnat".split(),
            _DATES,
        ),
        **dict.fromkeys(
            "fromfile fromregex genfromtxt load loadtxt save savetxt savez savez_compressed memmap".split(), _FILES
        ),
        **dict.fromkeys("may_share_memory shares_memory isfortran".split(), _MEMORY),
        **dict.fromkeys("getbufsize setbufsize nditer nested_iters".split(), _BUFFERS),
        **dict.fromkeys("show_config show_runtime get_include".split(), _BUILD),
        "info": "prints NumPy's documentation of an object",
        **dict.fromkeys("get_printoptions set_printoptions printoptions".split(), _PRINT),
    },
    "numpy.ndarray": {
        "ctypes": "the ctypes view of the memory buffer",
        "data": "the raw memory buffer",
        "strides": "byte strides of the memory layout",
        "byteswap": "swaps the bytes of the memory in place (byte order of the buffer)",
        "getfield": "a view of raw bytes at an offset, reinterpreted (memory layout)",
        "setfield": "writes raw bytes at an offset (memory layout)",
        "tofile": _FILES,
    },
}


def public_names(obj: Any) -> set[str]:
    """The rule for "public": names in ``dir(obj)`` without a leading underscore, excluding submodules and
    ``test`` (pytest entry points). The ``numpy.polynomial`` submodules count their ``__all__`` (their
    ``dir`` also lists the helpers they import); ``numpy.polynomial.Polynomial`` stands for the methods
    and attributes all six series classes share."""
    if isinstance(obj, types.ModuleType) and obj.__name__.startswith("numpy.polynomial."):
        return set(obj.__all__)
    names = set()
    for name in dir(obj):
        if name.startswith("_") or name == "test":
            continue
        value = getattr(obj, name, None)
        if isinstance(value, types.ModuleType):
            continue
        names.add(name)
    return names


class NumpyFrontend(FrontendPlugin):
    """The plugin object: NumPy has no models, so only capture and coverage are its own."""

    name = "numpy"
    array = ("._ndarray", "ndarray", "_a")

    def coverage(self) -> dict[str, tuple[Iterable[str], Iterable[str], dict[str, str]]]:
        """Per real namespace: its public names, those the frontend emulates, and those out of scope."""
        real = import_framework("numpy")
        ours = self.namespace
        report = {}
        for label, path in NAMESPACES.items():
            real_obj, our_obj = real, ours
            for part in filter(None, path.split(".")):
                real_obj, our_obj = getattr(real_obj, part), getattr(our_obj, part)
            names = public_names(real_obj)
            done = {n for n in names if _emulated(our_obj, n)}
            report[label] = (sorted(names), sorted(done), OUT_OF_SCOPE.get(label, {}))
        return report


def _emulated(obj: Any, name: str) -> bool:
    if name in getattr(obj, "_LAZY", ()):  # an array constant made on first access
        return True
    if isinstance(obj, type):
        return inspect.getattr_static(obj, name, _MISSING) is not _MISSING
    return getattr(obj, name, None) is not None or (name == "newaxis" and hasattr(obj, name))


_MISSING = object()


frontend = NumpyFrontend()
