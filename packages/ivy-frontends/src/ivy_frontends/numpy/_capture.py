"""Capture: run a real NumPy program with the frontend in NumPy's place, on the current ivy backend.

Two mechanisms, both mapping a NumPy operation by its full name
(``numpy.linalg.solve``, ``numpy.add``, ``numpy.ndarray.sum``) to the frontend:

1. The program's globals that are NumPy (``np``, ``np.linalg``, a ufunc or a
   function imported from NumPy) are swapped for proxies, so every ``np.X``
   the function names (creation functions and ``np.random`` included) runs in
   the frontend.
2. Inputs enter as :class:`Traced` values implementing NumPy's dispatch
   protocols (``__array_function__``, NEP 18; ``__array_ufunc__``, NEP 13), so
   helpers in other modules that call real NumPy on them are intercepted too;
   their methods, operators and indexing go to the frontend's ``ndarray``.

An operation the frontend lacks is recorded (name, count, first call site)
and yields a placeholder; after the run all of them are reported at once by
:class:`ivy_frontends.MissingOperations`. Nothing runs in real NumPy on a
captured value. Not captured: code in other modules that builds arrays from
scratch with real NumPy (``np.zeros`` there has no captured input to dispatch
on; its results join as constants), closures over NumPy names (only globals
are swapped), and conversions of a captured value to a real NumPy array
(``np.asarray`` in another module calls ``__array__``, which is reported as
``numpy.asarray`` and stops the run, since the program needs the value).
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from contextvars import ContextVar
from typing import Any

from ivy_frontends._plugin import Capture, MissingOperations, import_framework
from ivy_frontends._shared.capture import MissingLog, call_site
from ivy_frontends._writes import InputWrites

_SUBMODULES = ("linalg", "fft", "random")


def _ns() -> Any:
    return importlib.import_module("ivy_frontends.numpy")


class _Session(MissingLog):
    """What one run lacked: counts and first call sites; and the inputs it writes in place."""

    writes: InputWrites | None = None

    def miss(self, name: str) -> _Poison:
        self.note(name, _call_site)
        return _Poison(name)

    def error(self) -> MissingOperations:
        return MissingOperations("numpy", self.missing, self.where)


_SESSION: ContextVar[_Session] = ContextVar("ivy_frontends.numpy.capture")


def _call_site() -> str:
    return call_site(os.path.dirname(getattr(sys.modules.get("numpy"), "__file__", "") or ""))


def lookup(full_name: str) -> Any:
    """The frontend object for a NumPy name (``numpy.linalg.solve``, ``numpy.ndarray.sum``), or ``None``."""
    parts = full_name.split(".")
    if parts[0] != "numpy":
        return None
    target: Any = _ns()
    for part in parts[1:]:
        target = getattr(target, part, None)
        if target is None:
            return None
    return target


def _normal_name(module: str | None, name: str) -> str:
    module = module or "numpy"
    if module.startswith("numpy._") or module == "numpy.core":
        module = "numpy"
    return f"{module}.{name}"


# -- values moving in and out of the frontend ---------------------------------
def unwrap(x: Any) -> Any:
    """Frontend values from captured ones: ``Traced`` -> ``ndarray``; real NumPy arrays become constants."""
    ndarray = _ns().ndarray
    if isinstance(x, Traced):
        return x._v
    if isinstance(x, (list, tuple)) and not hasattr(x, "_fields"):
        return type(x)(unwrap(v) for v in x)
    if isinstance(x, dict):
        return {k: unwrap(v) for k, v in x.items()}
    if type(x).__module__ == "numpy" and hasattr(x, "__array__") and not isinstance(x, (float, int, complex)):
        real = sys.modules["numpy"]
        if isinstance(x, real.ndarray) or isinstance(x, real.generic):
            return _ns().asarray(x)
        if isinstance(x, real.dtype):
            return _ns().dtype(x.name)
    if isinstance(x, type) and x.__module__ == "numpy":
        found = lookup(f"numpy.{x.__name__}")
        return found if found is not None else x
    if isinstance(x, ndarray):
        return x
    return x


def wrap(x: Any) -> Any:
    """Captured values from frontend ones."""
    if isinstance(x, _ns().ndarray):
        return Traced(x)
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return type(x)(*(wrap(v) for v in x))
    if isinstance(x, (list, tuple)):
        return type(x)(wrap(v) for v in x)
    return x


def _poisoned(args: Any) -> _Poison | None:
    if isinstance(args, _Poison):
        return args
    if isinstance(args, (list, tuple)):
        for a in args:
            p = _poisoned(a)
            if p is not None:
                return p
    if isinstance(args, dict):
        return _poisoned(list(args.values()))
    return None


def _apply(name: str, fn: Any, args: tuple, kwargs: dict) -> Any:
    if _poisoned((args, kwargs)) is not None:
        return _Poison(name)
    result = wrap(fn(*unwrap(args), **unwrap(kwargs)))
    out = kwargs.get("out")
    written = list(out) if isinstance(out, tuple) else [out]
    if name in _WRITE_FIRST and args:  # np.copyto(dst, src), np.put(a, ...)
        written.append(args[0])
    if name in _WRITE_SELF:  # a.fill(0), a.sort()
        written.append(getattr(fn, "__self__", None))
    _wrote(name, *written)
    return result


#: NumPy functions that write their first argument, and ndarray methods that write their array
_WRITE_FIRST = {
    f"numpy.{n}" for n in ("copyto", "put", "place", "putmask", "fill_diagonal", "put_along_axis", "random.shuffle")
}
_WRITE_SELF = {f"numpy.ndarray.{n}" for n in ("fill", "sort", "partition", "put", "itemset", "resize", "setfield")}


def _wrote(name: str, *written: Any) -> None:
    """After operation ``name``: note the program's inputs it wrote in place (``written``: ``out=``, ``a += 1``)."""
    session = _SESSION.get(None)
    if session is not None and session.writes is not None:
        session.writes.check(name)
        for value in written:
            if value is not None:
                session.writes.mark(value._v if isinstance(value, Traced) else value, name)


class _Bound:
    """A frontend callable standing in for a NumPy one; attributes (``np.add.reduce``) are bound too."""

    def __init__(self, name: str, target: Any) -> None:
        self._name, self._target = name, target

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _apply(self._name, self._target, args, kwargs)

    def __getattr__(self, attr: str) -> Any:
        return _attribute(f"{self._name}.{attr}", getattr(self._target, attr, None))

    def __repr__(self) -> str:
        return f"<captured {self._name}>"


def _attribute(name: str, target: Any) -> Any:
    if target is None:
        return _Missing(name)
    if callable(target) and not isinstance(target, type):
        return _Bound(name, target)
    return target


class _Missing:
    """A NumPy callable the frontend lacks: calling it records the name."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __call__(self, *args: Any, **kwargs: Any) -> _Poison:
        return _SESSION.get().miss(self._name)

    def __getattr__(self, attr: str) -> _Missing:
        return _Missing(f"{self._name}.{attr}")


class _ModuleProxy:
    """``numpy`` (or ``numpy.linalg``, ...) as the captured program sees it."""

    def __init__(self, real: types.ModuleType, name: str) -> None:
        self._real, self._name = real, name

    def __getattr__(self, attr: str) -> Any:
        real = getattr(self._real, attr)  # an AttributeError as NumPy's own
        name = f"{self._name}.{attr}"
        if isinstance(real, types.ModuleType):
            return _ModuleProxy(real, name)
        if real is None or isinstance(real, (bool, int, float, complex, str)):
            return real
        return _attribute(name, lookup(name))


def _concrete(name: str) -> Any:
    def method(self: Any, *args: Any) -> Any:
        raise _SESSION.get().error()

    method.__name__ = name
    return method


class _Poison:
    """The result of an operation the frontend lacks: later operations on it are recorded, not run."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _Poison(self._name)

    def __call__(self, *args: Any, **kwargs: Any) -> _Poison:
        return self

    def __array_function__(self, func: Any, types_: Any, args: Any, kwargs: Any) -> Any:
        name = _normal_name(getattr(func, "__module__", None), func.__name__)
        return self if lookup(name) is not None else _SESSION.get().miss(name)

    def __array_ufunc__(self, uf: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        name = f"numpy.{uf.__name__}" + ("" if method == "__call__" else f".{method}")
        return self if lookup(name) is not None else _SESSION.get().miss(name)


def _poison_dunders() -> None:
    for op in (*_OPERATORS, "__getitem__", "__setitem__"):
        setattr(_Poison, op, lambda self, *a: self)
    for op in ("__bool__", "__int__", "__float__", "__index__", "__len__", "__iter__", "__complex__", "__array__"):
        setattr(_Poison, op, _concrete(op))


class Traced:
    """A frontend ``ndarray`` as a captured program sees it: NumPy's dispatch protocols lead to the frontend."""

    __slots__ = ("_v",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, value: Any) -> None:
        self._v = value

    def _frontend_value(self) -> Any:
        """The frontend ``ndarray`` inside (frontend classes such as ``Polynomial`` receive captured values)."""
        return self._v

    def __array_function__(self, func: Any, types_: Any, args: Any, kwargs: Any) -> Any:
        name = _normal_name(getattr(func, "__module__", None), func.__name__)
        target = lookup(name)
        if target is None:
            return _SESSION.get().miss(name)
        return _apply(name, target, args, kwargs)

    def __array_ufunc__(self, uf: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        name = f"numpy.{uf.__name__}"
        target = lookup(name)
        if target is not None and method != "__call__":
            name, target = f"{name}.{method}", getattr(target, method, None)
        if target is None:
            return _SESSION.get().miss(name)
        return _apply(name, target, inputs, kwargs)

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        session = _SESSION.get()
        session.miss("numpy.asarray")
        raise session.error()

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # protocols NumPy probes (``__array_struct__``, ...): not offered
            raise AttributeError(attr)
        name = f"numpy.ndarray.{attr}"
        try:
            value = getattr(self._v, attr)
        except AttributeError:
            return _Missing(name)
        if callable(value):
            return _Bound(name, value)
        return wrap(value)

    def __repr__(self) -> str:
        return f"Traced({self._v!r})"

    def __len__(self) -> int:
        return len(self._v)

    def __iter__(self) -> Any:
        return (Traced(v) for v in self._v)

    def __bool__(self) -> bool:
        return bool(self._v)

    def __int__(self) -> int:
        return int(self._v)

    def __float__(self) -> float:
        return float(self._v)

    def __complex__(self) -> complex:
        return complex(self._v)

    def __index__(self) -> int:
        return self._v.__index__()

    def __setitem__(self, key: Any, value: Any) -> None:
        if _poisoned((key, value)) is None:
            self._v[unwrap(key)] = unwrap(value)
            _wrote("numpy.ndarray.__setitem__", self)


_OPERATORS = tuple(
    f"__{p}{op}__"
    for op in ("add sub mul truediv floordiv mod pow matmul and or xor lshift rshift divmod").split()
    for p in ("", "r", "i")
    if not (p == "i" and op == "divmod")
) + tuple(f"__{op}__" for op in "eq ne lt le gt ge neg pos abs invert getitem".split())


def _operator(op: str) -> Any:
    def method(self: Traced, *args: Any) -> Any:
        result = _apply(f"numpy.ndarray.{op}", getattr(self._v, op), args, {})
        if op.startswith("__i"):  # a += b: written in place
            _wrote(f"numpy.ndarray.{op}", self)
        return result

    method.__name__ = op
    return method


for _op in _OPERATORS:
    setattr(Traced, _op, _operator(_op))
_poison_dunders()


# -- building a capture ---------------------------------------------------------
def _swap_globals(fn: types.FunctionType) -> types.FunctionType:
    real = import_framework("numpy")
    modules = {id(real): "numpy", **{id(getattr(real, m)): f"numpy.{m}" for m in _SUBMODULES}}
    swapped = dict(fn.__globals__)
    for key, value in fn.__globals__.items():
        if id(value) in modules:
            swapped[key] = _ModuleProxy(value, modules[id(value)])
        elif isinstance(value, real.ufunc):
            swapped[key] = _attribute(f"numpy.{value.__name__}", lookup(f"numpy.{value.__name__}"))
        elif callable(value) and (getattr(value, "__module__", None) or "").split(".")[0] == "numpy":
            if isinstance(value, type):
                continue
            name = _normal_name(value.__module__, value.__name__)
            swapped[key] = _attribute(name, lookup(name))
    new = types.FunctionType(fn.__code__, swapped, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__ = fn.__kwdefaults__
    return new


def _enter(x: Any) -> Any:
    """A program input as a captured value (arrays of any kind become ``Traced``)."""
    ns = _ns()
    import ivy

    if isinstance(x, Traced):
        return x
    if isinstance(x, (ns.ndarray, ivy.Array, list)) or (type(x).__module__ == "numpy" and hasattr(x, "shape")):
        return Traced(ns.asarray(x))
    if isinstance(x, tuple):
        return tuple(_enter(v) for v in x)
    if isinstance(x, dict):
        return {k: _enter(v) for k, v in x.items()}
    return x


def capture(program: Any) -> Capture:
    """A :class:`Capture` running ``program`` (written against ``numpy``) with the frontend."""
    if not callable(program):
        raise TypeError(f"ivy_frontends.numpy.frontend.capture: argument 'program' must be callable, got {program!r}")
    target = _swap_globals(program) if isinstance(program, types.FunctionType) else program

    def run(*args: Any, **kwargs: Any) -> Any:
        session = _Session()
        entered = (_enter(args), _enter(kwargs))
        session.writes = InputWrites((args, kwargs), unwrap(entered), "_a")
        token = _SESSION.set(session)
        try:
            result = target(*entered[0], **entered[1])
        finally:
            _SESSION.reset(token)
        if session.missing:
            raise session.error()
        captured.writes = session.writes.result()
        return unwrap(result)

    captured = Capture(run=run, name=getattr(program, "__qualname__", repr(program)))
    return captured
