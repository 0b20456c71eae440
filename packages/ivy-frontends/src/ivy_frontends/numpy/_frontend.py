"""The ``numpy`` frontend plugin: namespace, capture and coverage."""

from __future__ import annotations

import importlib
import inspect
import types
from collections.abc import Iterable
from typing import Any

from ivy_frontends._plugin import Capture, Model, import_framework

#: Real NumPy namespaces compared in ``coverage()``: label -> frontend attribute path.
NAMESPACES = {
    "numpy": "",
    "numpy.ndarray": "ndarray",
    "numpy.linalg": "linalg",
    "numpy.fft": "fft",
    "numpy.random": "random",
}


def public_names(obj: Any) -> set[str]:
    """The rule for "public": names in ``dir(obj)`` without a leading underscore, excluding submodules,
    ``test`` (pytest entry points) and, for ``numpy.random``, the bit-generator machinery."""
    names = set()
    for name in dir(obj):
        if name.startswith("_") or name == "test":
            continue
        value = getattr(obj, name, None)
        if isinstance(value, types.ModuleType):
            continue
        names.add(name)
    return names


class NumpyFrontend:
    """The plugin object: ``name``, ``namespace``, ``capture``, ``describe``, ``run``, ``coverage``."""

    name = "numpy"

    @property
    def namespace(self) -> Any:
        return importlib.import_module("ivy_frontends.numpy")

    def capture(self, program: Any) -> Capture:
        """Run a real NumPy program with the frontend (see :mod:`ivy_frontends.numpy._capture`)."""
        from ivy_frontends.numpy._capture import capture

        return capture(program)

    def describe(self, program: Any) -> Model | None:
        """Always None: NumPy has no models."""
        return None

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in NumPy."""
        return program(*args, **kwargs)

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's ``ndarray``s; None for any other value."""
        from ivy_frontends.numpy._ndarray import ndarray

        return value._a if isinstance(value, ndarray) else None

    def coverage(self) -> dict[str, tuple[Iterable[str], Iterable[str]]]:
        """Per real namespace: its public names and those the frontend emulates."""
        real = import_framework("numpy")
        ours = self.namespace
        report = {}
        for label, path in NAMESPACES.items():
            real_obj, our_obj = real, ours
            for part in filter(None, path.split(".")):
                real_obj, our_obj = getattr(real_obj, part), getattr(our_obj, part)
            names = public_names(real_obj)
            done = {n for n in names if _emulated(our_obj, n)}
            report[label] = (sorted(names), sorted(done))
        return report


def _emulated(obj: Any, name: str) -> bool:
    value = inspect.getattr_static(obj, name, None) if isinstance(obj, type) else getattr(obj, name, None)
    return value is not None or (name == "newaxis" and hasattr(obj, name))


frontend = NumpyFrontend()
