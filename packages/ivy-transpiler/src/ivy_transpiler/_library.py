"""A whole library transpiled lazily: attributes on access, each function on its first call.

``transpile(kornia, source="torch", target="jax")`` returns a ``LazyLibrary``. Reading an
attribute walks the library's submodules as they are reached; a function is transpiled the
first time it is called, with that call's arguments (the target's arrays) as the example
inputs, and the transpiled function is kept for later calls (it retraces for new shapes,
dtypes or static arguments). Calling a class constructs the source object; calling that
object transpiles it (a model, or any callable object) on its first call. Constants, other
classes and objects that are not callable pass through unchanged.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections import Counter
from typing import Any

from ivy_transpiler import _targets
from ivy_transpiler._frameworks import _root, frameworks

_WHAT = "ivy_transpiler.transpile"


def infer_library_source(module: types.ModuleType) -> str:
    """The framework a library is written in: the one its loaded modules import most (NumPy only if alone)."""
    root = module.__name__.split(".")[0]
    if _root(root) in frameworks():
        return _root(root)
    counts: Counter = Counter()
    for name, loaded in list(sys.modules.items()):
        if loaded is None or not (name == root or name.startswith(root + ".")):
            continue
        for value in list(vars(loaded).values()):
            if isinstance(value, types.ModuleType):
                framework = _root(value.__name__)
                if framework in frameworks():
                    counts[framework] += 1
    others = [f for f, _ in counts.most_common() if f != "numpy"]
    if others:
        return others[0]
    if counts:
        return "numpy"
    raise ValueError(
        f"{_WHAT}: argument 'source': cannot tell which framework the library {module.__name__!r} is written in "
        f"(its loaded modules import none of {', '.join(frameworks())}); pass source="
    )


class _Shared:
    """What every lazy object of one transpiled library shares: the settings and the wrappers made so far."""

    def __init__(self, root: str, source: str, target: str, verify: bool) -> None:
        self.root, self.source, self.target, self.verify = root, source, target, verify
        self.wrappers: dict[int, Any] = {}  # id(source object) -> its lazy wrapper (one per function, class)
        self.keep: list[Any] = []  # the wrapped source objects, so their ids stay theirs

    def wrap(self, value: Any, name: str) -> Any:
        """The lazy view of ``value`` (an attribute reached as ``name``), made once per object."""
        found = self.wrappers.get(id(value))
        if found is not None:
            return found
        if isinstance(value, types.ModuleType):
            if (value.__name__ or "").split(".")[0] != self.root:
                return value  # a module the library imports (torch, math): not part of the library
            made: Any = LazyLibrary._make(value, self)
        elif isinstance(value, type):
            if not _is_callable_class(value):
                return value
            made = LazyClass(value, name, self)
        elif callable(value):
            made = LazyFunction(value, name, self)
        else:
            return value  # constants pass through
        self.wrappers[id(value)] = made
        self.keep.append(value)
        return made


def _is_callable_class(cls: type) -> bool:
    """Whether instances of ``cls`` are callable programs (models, transforms); enums, errors and dtypes are not."""
    if issubclass(cls, BaseException):
        return False
    return any("__call__" in vars(klass) for klass in cls.__mro__ if klass is not object)


class LazyLibrary:
    """A library (or one of its submodules) whose functions are transpiled on their first call."""

    def __init__(
        self,
        module: types.ModuleType,
        source: str | None,
        target: str,
        verify: bool = True,
        *,
        args: Any = (),
        kwargs: dict[str, Any] | None = None,
        output: str = "callable",
    ) -> None:
        if not isinstance(module, types.ModuleType):
            raise TypeError(f"{_WHAT}: argument 'obj': expected a module, got {type(module).__name__}")
        if (args is not None and args != ()) or kwargs:
            raise ValueError(
                f"{_WHAT}: arguments 'args'/'kwargs': a library ({module.__name__}) takes no example inputs; "
                "each of its functions is transpiled on its first call, with that call's arguments"
            )
        if output != "callable":
            raise ValueError(
                f"{_WHAT}: argument 'output': a library ({module.__name__}) is transpiled lazily, to callables only; "
                f"got output={output!r} (transpile one of its functions for a graph or source)"
            )
        _targets.get(target)  # an unknown target fails here, not at the first call
        source = source or infer_library_source(module)
        self._lazy_module = module
        self._lazy_shared = _Shared(module.__name__.split(".")[0], source, target, verify)

    @classmethod
    def _make(cls, module: types.ModuleType, shared: _Shared) -> LazyLibrary:
        made = cls.__new__(cls)
        made._lazy_module, made._lazy_shared = module, shared
        return made

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_lazy_"):
            raise AttributeError(name)
        module = self._lazy_module
        try:
            value = getattr(module, name)
        except AttributeError:
            try:  # a submodule its package does not import
                value = importlib.import_module(f"{module.__name__}.{name}")
            except ImportError:
                raise AttributeError(
                    f"{_WHAT}: the library module {module.__name__!r} has no attribute {name!r}"
                ) from None
        return self._lazy_shared.wrap(value, f"{module.__name__}.{name}")

    def __dir__(self) -> list[str]:
        return sorted(set(dir(self._lazy_module)))

    @property
    def source(self) -> str:
        """The framework the library is written in."""
        return self._lazy_shared.source

    @property
    def target(self) -> str:
        """The framework its functions are transpiled to."""
        return self._lazy_shared.target

    @property
    def __wrapped__(self) -> types.ModuleType:
        return self._lazy_module

    def __repr__(self) -> str:
        shared = self._lazy_shared
        done = sum(1 for w in shared.wrappers.values() if getattr(w, "transpiled", None) is not None)
        return (
            f"<lazily transpiled library {self._lazy_module.__name__} ({shared.source} -> {shared.target}): "
            f"{done} transpiled so far>"
        )


class LazyFunction:
    """A library function, transpiled on its first call with that call's arguments as the example inputs."""

    def __init__(self, fn: Any, name: str, shared: _Shared) -> None:
        self._fn, self._name, self._shared = fn, name, shared
        self.transpiled: Any = None
        self.__name__ = getattr(fn, "__name__", name.rsplit(".", 1)[-1])
        self.__qualname__ = getattr(fn, "__qualname__", self.__name__)
        self.__doc__ = getattr(fn, "__doc__", None)
        self.__wrapped__ = fn

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.transpiled is None:
            from ivy_transpiler._api import transpile

            shared = self._shared
            self.transpiled = transpile(
                self._fn, source=shared.source, target=shared.target, args=args, kwargs=kwargs, verify=shared.verify
            )
        return self.transpiled(*args, **kwargs)

    def __repr__(self) -> str:
        state = "transpiled" if self.transpiled is not None else "transpiled on its first call"
        return f"<lazy function {self._name} ({self._shared.source} -> {self._shared.target}, {state})>"


class LazyClass:
    """A library class: calling it constructs the source object, which is transpiled on its first call."""

    def __init__(self, cls: type, name: str, shared: _Shared) -> None:
        self._cls, self._name, self._shared = cls, name, shared
        self.__name__ = cls.__name__
        self.__qualname__ = cls.__qualname__
        self.__doc__ = cls.__doc__
        self.__wrapped__ = cls

    @property
    def transpiled(self) -> None:
        """Classes are not transpiled themselves (their instances are)."""
        return None

    def __call__(self, *args: Any, **kwargs: Any) -> LazyObject:
        return LazyObject(self._cls(*args, **kwargs), self._shared)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cls, name)  # class attributes and static constructors of the source class

    def __instancecheck__(self, instance: Any) -> bool:
        return isinstance(instance, self._cls)

    def __repr__(self) -> str:
        return f"<lazy class {self._name} ({self._shared.source} -> {self._shared.target})>"


class LazyObject:
    """A constructed source object (a model), transpiled on its first call with that call's arguments."""

    def __init__(self, obj: Any, shared: _Shared) -> None:
        self.source_object = obj
        self._shared = shared
        self.transpiled: Any = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.transpiled is None:
            from ivy_transpiler._api import transpile

            shared = self._shared
            self.transpiled = transpile(
                self.source_object,
                source=shared.source,
                target=shared.target,
                args=args,
                kwargs=kwargs,
                verify=shared.verify,
            )
        return self.transpiled(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name in ("source_object", "transpiled", "_shared"):
            raise AttributeError(name)
        if self.transpiled is None:
            raise AttributeError(
                f"{_WHAT}: {type(self.source_object).__name__} is transpiled on its first call; call it before "
                f"reading {name!r} (or read it from .source_object)"
            )
        return getattr(self.transpiled, name)

    def __repr__(self) -> str:
        state = repr(self.transpiled) if self.transpiled is not None else "transpiled on its first call"
        shared = self._shared
        return f"<lazy {type(self.source_object).__name__} ({shared.source} -> {shared.target}): {state}>"
