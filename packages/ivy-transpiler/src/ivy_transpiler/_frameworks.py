"""Which framework an object belongs to, and arrays of any framework as NumPy arrays.

An object belongs to a framework when its class (or module) comes from one of the top-level
modules a registered source declares. Only classes are inspected: finding the source of a
program never imports a framework it does not use.
"""

from __future__ import annotations

import types
from functools import cache
from typing import Any

import numpy as np

from ivy_transpiler import _plugins


def frameworks() -> tuple[str, ...]:
    """Frameworks a program can come from: the registered sources (``ivy_transpiler.sources``)."""
    return _plugins.names(_plugins.SOURCES)


@cache
def _roots() -> dict[str, str]:
    """Top-level module name -> framework, from what each source declares (none is imported)."""
    roots = {name: name for name in _plugins.names(_plugins.TARGETS)}
    for name in frameworks():
        roots[name] = name
        for module in _source_modules(name):
            roots.setdefault(module, name)
    return roots


def _source_modules(name: str) -> tuple[str, ...]:
    from ivy_transpiler import _sources

    return _sources.get(name).modules


def _root(module_name: str | None) -> str | None:
    """The framework a module belongs to (by its top-level package), or None."""
    return _roots().get((module_name or "").split(".")[0])


_BY_TYPE: dict[type, str | None] = {}


def framework_of_value(value: Any) -> str | None:
    """The framework whose array (or model) class ``value`` is an instance of, from its class's module."""
    kind = type(value)
    if kind in _BY_TYPE:
        return _BY_TYPE[kind]
    found = "numpy" if isinstance(value, np.ndarray) else None
    for klass in kind.__mro__:
        root = _root(klass.__module__)
        if root is not None and root != "numpy":
            found = root
            break
    _BY_TYPE[kind] = found
    return found


def infer_source(obj: Any, args: tuple, kwargs: dict) -> str:
    """The framework ``obj`` is written in: its class, its module, the example inputs, or the modules it names."""
    if not isinstance(obj, (types.FunctionType, types.MethodType, types.BuiltinFunctionType)):
        found = framework_of_value(obj)
        if found is not None:
            return found
    root = _root(getattr(obj, "__module__", None))
    if root in frameworks():
        return root
    for value in (*args, *kwargs.values()):
        found = framework_of_value(value)
        if found not in (None, "numpy"):
            return found
    code = getattr(getattr(obj, "__func__", obj), "__code__", None)
    scope = getattr(getattr(obj, "__func__", obj), "__globals__", {})
    if code is not None:
        named = {
            _root(getattr(scope.get(n), "__name__", None))
            for n in code.co_names
            if isinstance(scope.get(n), types.ModuleType)
        }
        named |= {_root(getattr(scope.get(n), "__module__", None)) for n in code.co_names if callable(scope.get(n))}
        used = [f for f in frameworks() if f in named]
        if len(used) == 1:
            return used[0]
    raise ValueError(
        f"ivy_transpiler.transpile: argument 'source': cannot tell which framework {_describe(obj)} is written in; "
        f"pass source= (one of {', '.join(frameworks())})"
    )


def _describe(obj: Any) -> str:
    return getattr(obj, "__qualname__", None) or type(obj).__name__


def to_numpy(value: Any) -> np.ndarray:
    """A framework's array as a NumPy array (a copy where the framework needs one), by its source plugin."""
    if isinstance(value, np.ndarray):
        return value
    framework = framework_of_value(value)
    if framework in frameworks():
        from ivy_transpiler import _sources

        return _sources.get(framework).to_numpy(value)
    if hasattr(value, "numpy") and not isinstance(value, (int, float, complex, bool)):
        return np.asarray(value.numpy())
    return np.asarray(value)


def is_any_array(value: Any) -> bool:
    """An array of any framework (or NumPy)."""
    return isinstance(value, np.ndarray) or (framework_of_value(value) is not None and _looks_like_array(value))


def _looks_like_array(value: Any) -> bool:
    return hasattr(value, "shape") and hasattr(value, "dtype") and not isinstance(value, type)
