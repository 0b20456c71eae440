"""Source frameworks: which framework a program belongs to, its arrays, and running it natively.

A :class:`Source` is registered per framework in the ``ivy_transpiler.sources`` entry-point
group. It declares the top-level modules whose classes belong to the framework and converts
arrays; what a model is and how the framework runs it come from the framework's frontend
(:mod:`ivy.capture`), and array conversion from its ivy backend.
"""

from __future__ import annotations

from typing import Any

import numpy as np

import ivy
import ivy.capture
from ivy_transpiler import _plugins


class Source:
    """A framework programs are transpiled from.

    ``modules`` are the top-level modules whose objects belong to it (``("jax", "jaxlib",
    "flax")``); ``frontend`` and ``backend`` name its ``ivy.frontends`` and ``ivy.backends``
    plugins (by default the framework's own name).
    """

    def __init__(
        self, name: str, modules: tuple[str, ...] = (), frontend: str | None = None, backend: str | None = None
    ) -> None:
        self.name = name
        self.modules = tuple(modules) or (name,)
        self.frontend = frontend or name
        self.backend = backend or name

    def from_numpy(self, array: np.ndarray) -> Any:
        """A NumPy array as the framework's array (same dtype), made by its ivy backend."""
        with ivy.using_backend(self.backend):
            return ivy.to_native(ivy.asarray(array))

    def to_numpy(self, value: Any) -> np.ndarray:
        """One of the framework's arrays as a NumPy array (a copy where the framework needs one)."""
        if hasattr(value, "numpy") and not isinstance(value, (int, float, complex, bool)):
            return np.asarray(value.numpy())
        return np.asarray(value)

    def model_info(self, obj: Any) -> ivy.capture.Model | None:
        """``obj`` as a model (parameters, buffers, mode), as its frontend describes it; None for a function."""
        return ivy.capture.load(self.frontend).describe(obj)

    def run(self, obj: Any, args: tuple, kwargs: dict) -> Any:
        """``obj(*args, **kwargs)`` run by the framework itself on its own arrays; a model's state is left as it was."""
        from ivy_transpiler import _tree
        from ivy_transpiler._frameworks import framework_of_value, is_any_array, to_numpy

        template, arrays = _tree.flatten((tuple(args), dict(kwargs)), is_any_array)
        arrays = [
            a if framework_of_value(a) == self.name else self.from_numpy(np.array(to_numpy(a), copy=True))
            for a in arrays
        ]
        args, kwargs = _tree.unflatten(template, arrays)
        return ivy.capture.load(self.frontend).run(obj, args, kwargs)

    def __repr__(self) -> str:
        return f"<ivy_transpiler source {self.name!r}>"


def names() -> tuple[str, ...]:
    """The registered source frameworks (none is imported)."""
    return _plugins.names(_plugins.SOURCES)


def get(name: str) -> Source:
    """The source named ``name``; a ``ValueError`` names the registered ones."""
    if name not in names():
        raise ValueError(
            f"ivy_transpiler.transpile: argument 'source': unknown source {name!r} (known: {', '.join(names())})"
        )
    return _plugins.load(_plugins.SOURCES, name)


def model_info(obj: Any, source: str) -> ivy.capture.Model | None:
    """The model ``obj`` is when it is a model of ``source``; None for a function."""
    return get(source).model_info(obj)


def run(obj: Any, source: str, args: tuple, kwargs: dict) -> Any:
    """``obj(*args, **kwargs)`` run by ``source`` itself on its own arrays; a model's state is left as it was."""
    return get(source).run(obj, args, kwargs)
