"""Capture: run a real paddle program (a function or an ``nn.Layer``) with the frontend in place of paddle.

paddle has no dispatch hook like torch's ``__torch_function__``, so the capture works at
the API level, for the duration of one call and under a lock:

- the layer's parameters and buffers (``Capture.parameters``, by ``state_dict`` name) are
  swapped into its ``_parameters``/``_buffers`` as frontend Tensors, so ``self.weight`` in a
  ``forward`` is a frontend Tensor, and the inputs are frontend Tensors too: Tensor methods
  and operators then are the frontend's;
- the public functions of ``paddle``, ``paddle.nn.functional``, ``paddle.linalg`` and
  ``paddle.fft`` are replaced, in those modules, in paddle's layer and functional modules
  that imported them by name, and in the program's own modules, by interceptors that run the
  frontend function of the same full name; ``paddle._C_ops`` kernels and the private
  ``paddle.nn.functional.conv._conv_nd`` (what the Conv layers call) are intercepted too.

A call the frontend lacks (a function, or a Tensor method paddle has) is recorded with its
count and first call site; the program continues on a placeholder that absorbs every use
(so later missing calls are recorded too), and ``MissingOperations`` lists them all at the
end: nothing runs in real paddle. Every swap is undone in a ``finally`` block.
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
import types
from typing import Any

import ivy
from ivy_frontends._plugin import Capture, MissingOperations, import_framework
from ivy_frontends._shared import capture as shared
from ivy_frontends._writes import UNNAMED, InputWrites
from ivy_frontends.paddle import _tensor
from ivy_frontends.paddle._tensor import Tensor, wrap

_LOCK = threading.RLock()
_cache: dict[str, Any] = {}

#: paddle functions left as they are: they query paddle's mode or flags and compute nothing
PASSTHROUGH = {
    "in_dynamic_mode",
    "in_dygraph_mode",
    "in_pir_mode",
    "in_dynamic_or_pir_mode",
    "get_flags",
    "set_flags",
    "get_default_dtype",
    "is_compiled_with_cuda",
    "is_compiled_with_xpu",
    "is_compiled_with_rocm",
    "is_compiled_with_custom_device",
    "is_compiled_with_distribute",
    "is_grad_enabled",
    "no_grad",
    "enable_grad",
    "set_grad_enabled",
    "get_device",
    "set_device",
    "disable_static",
    "enable_static",
}
_NAMESPACES = (
    ("paddle.nn.functional", "paddle.nn.functional"),
    ("paddle.linalg", "paddle.linalg"),
    ("paddle.fft", "paddle.fft"),
    ("paddle", "paddle"),
)


def _paddle() -> Any:
    if "paddle" not in _cache:
        _cache["paddle"] = import_framework("paddle")
    return _cache["paddle"]


def names() -> dict[int, str]:
    """``id(real paddle callable) -> full name`` for the namespaces the frontend mirrors."""
    if "names" not in _cache:
        _paddle()
        table: dict[int, str] = {}
        for modname, prefix in _NAMESPACES:
            module = sys.modules[modname]
            for key in dir(module):
                obj = getattr(module, key, None)
                if key.startswith("_") or key in PASSTHROUGH or isinstance(obj, type) or inspect.ismodule(obj):
                    continue
                if callable(obj) and id(obj) not in table:
                    table[id(obj)] = f"{prefix}.{key}"
        _cache["names"] = table
    return _cache["names"]


def _sites() -> list[tuple[Any, str, str]]:
    """``(module, attribute, full name)`` for every place paddle's own code looks the mirrored functions up."""
    if "sites" not in _cache:
        table = names()
        prefixes = ("paddle.nn.functional", "paddle.nn.layer", "paddle.tensor", "paddle.linalg", "paddle.fft")
        modules = [sys.modules[m] for m, _ in _NAMESPACES]
        modules += [m for n, m in list(sys.modules.items()) if n.startswith(prefixes) and m is not None]
        sites = []
        for module in dict.fromkeys(modules):
            for key, obj in list(vars(module).items()):
                if not key.startswith("__") and id(obj) in table and callable(obj):
                    sites.append((module, key, table[id(obj)]))
        paddle = _paddle()
        for key in dir(paddle._C_ops):
            if not key.startswith("_"):
                sites.append((paddle._C_ops, key, f"paddle._C_ops.{key}"))
        sites.append((sys.modules["paddle.nn.functional.conv"], "_conv_nd", "paddle.nn.functional.conv._conv_nd"))
        _cache["sites"] = sites
    return _cache["sites"]


def resolve(name: str) -> Any:
    """The frontend callable for a full paddle name, or None when the frontend lacks it."""
    from ivy_frontends import paddle as fe

    resolved = _cache.setdefault("resolved", {})
    if name in resolved:
        return resolved[name]
    target = None
    if name.startswith("paddle.nn.functional."):
        target = fe.nn.functional.FUNCTIONS.get(name.removeprefix("paddle.nn.functional."))
    elif name.startswith(("paddle.linalg.", "paddle.fft.")):
        sub, attr = name.split(".")[1:3]
        found = getattr(getattr(fe, sub), attr, None)
        target = found if isinstance(found, types.FunctionType) else None
    elif name.count(".") == 1:
        found = getattr(fe, name.split(".")[1], None)
        target = found if callable(found) and not isinstance(found, (type, types.ModuleType)) else None
    resolved[name] = target
    return target


class Placeholder:
    """The result of a missing operation: absorbs every use so the program can go on to its other calls."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self

    def __getitem__(self, key: Any) -> Any:
        return self

    def __setitem__(self, key: Any, value: Any) -> None:
        return None

    def __iter__(self) -> Any:
        return iter((self, self))

    def __len__(self) -> int:
        return 0

    def __bool__(self) -> bool:
        return False

    def __index__(self) -> int:
        return 0

    __int__ = __index__

    def __float__(self) -> float:
        return 0.0

    def __repr__(self) -> str:
        return "<missing paddle operation result>"


def _absorb(self: Any, *args: Any) -> Any:
    return self


for _op in "add sub mul truediv floordiv mod pow matmul and or xor lshift rshift lt le gt ge eq ne".split():
    setattr(Placeholder, f"__{_op}__", _absorb)
    setattr(Placeholder, f"__r{_op}__", _absorb)
for _op in ("neg", "pos", "abs", "invert"):
    setattr(Placeholder, f"__{_op}__", _absorb)
Placeholder.__hash__ = lambda self: id(self)  # type: ignore[method-assign]
PLACEHOLDER = Placeholder()


def _has_placeholder(value: Any) -> bool:
    if isinstance(value, Placeholder):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_placeholder(v) for v in value)
    if isinstance(value, dict):
        return any(_has_placeholder(v) for v in value.values())
    return False


class _Run(shared.MissingLog):
    """One execution of a captured program: what was missing and where, and the inputs it writes in place."""

    writes: InputWrites | None = None

    def record(self, name: str) -> Placeholder:
        self.note(name, _call_site)
        return PLACEHOLDER

    def inward(self, value: Any) -> Any:
        paddle = _paddle()
        if isinstance(value, paddle.Tensor):
            return wrap(ivy.asarray(value.numpy()), value.stop_gradient)
        if isinstance(value, (list, tuple)) and type(value) in (list, tuple):
            return type(value)(self.inward(v) for v in value)
        if isinstance(value, dict):
            return {k: self.inward(v) for k, v in value.items()}
        return value

    def interceptor(self, name: str, original: Any) -> Any:
        def intercepted(*args: Any, **kwargs: Any) -> Any:
            if _called_by_ivy():
                return original(*args, **kwargs)  # ivy's paddle backend computing the frontend's result
            target = resolve(name)
            if target is None:
                return self.record(name)
            if _has_placeholder(args) or _has_placeholder(kwargs):
                return PLACEHOLDER
            if self.writes is not None:  # written since the last call: by a Tensor method or operator
                self.writes.check(UNNAMED)
            result = target(*self.inward(args), **self.inward(kwargs))
            if self.writes is not None:
                self.writes.check(name)
            return result

        intercepted.__name__ = name.rsplit(".", 1)[-1]
        intercepted.__qualname__ = name
        return intercepted

    def missing_attribute(self, tensor: Tensor, attr: str) -> Any:
        if attr.startswith("__") or not hasattr(_paddle().Tensor, attr):
            raise AttributeError(f"'Tensor' object has no attribute {attr!r}")
        return self.record(f"paddle.Tensor.{attr}")


def _called_by_ivy() -> bool:
    """Whether the innermost caller outside paddle is ivy or an ivy backend (computing a frontend function's
    result on paddle), not the program nor the frontend that runs it."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__") or ""
        passing = module == __name__ and frame.f_code.co_name == "intercepted"  # paddle's, called by ivy
        if not passing and module != "paddle" and not module.startswith("paddle."):
            return module.startswith("ivy") and not module.startswith("ivy_frontends")
        frame = frame.f_back
    return False


def _call_site() -> str:
    """``file:line`` of the innermost frame outside paddle and this package (the program's own code)."""
    return shared.call_site(os.path.dirname(_paddle().__file__))


def _program_sites(program: Any) -> list[tuple[Any, str, str]]:
    """Sites in the program's own modules (``from paddle import matmul`` in user code)."""
    table = names()
    paddle = _paddle()
    mods = set()
    if isinstance(program, paddle.nn.Layer):
        for layer in program.sublayers(include_self=True):
            mods.add(type(layer).__module__)
    else:
        mods.add(getattr(program, "__module__", None))
    sites = []
    for modname in mods:
        module = sys.modules.get(modname or "")
        if module is None or modname.startswith("paddle"):
            continue
        for key, obj in list(vars(module).items()):
            if callable(obj) and id(obj) in table:
                sites.append((module, key, table[id(obj)]))
    return sites


def _to_frontend(value: Any) -> Any:
    """A program input as a frontend value: Tensors as they are, ivy/NumPy/paddle arrays converted."""
    native = _paddle().Tensor
    return shared.to_frontend(value, Tensor, wrap, lambda v: v.numpy() if isinstance(v, native) else None)


def _setattr(original: Any) -> Any:
    """``Layer.__setattr__`` that puts a frontend Tensor assigned to a parameter or buffer into its slot."""

    def setattr_(layer: Any, name: str, value: Any) -> None:
        if isinstance(value, Tensor):
            for kind in ("_parameters", "_buffers"):
                table = layer.__dict__.get(kind)
                if table is not None and name in table:
                    table[name] = value
                    return
        original(layer, name, value)

    return setattr_


def capture(program: Any) -> Capture:
    """Bind a real paddle function or ``nn.Layer`` to the frontend; the result runs it on the current backend."""
    paddle = _paddle()
    is_layer = isinstance(program, paddle.nn.Layer)
    parameters: dict[str, Any] = {}
    slots: dict[str, tuple[Any, str, str]] = {}  # state name -> (layer, "_parameters"/"_buffers", key)
    if is_layer:
        for prefix, layer in program.named_sublayers(include_self=True):
            for kind in ("_parameters", "_buffers"):
                for key, t in layer.__dict__[kind].items():
                    if t is None:
                        continue
                    full = f"{prefix}.{key}" if prefix else key
                    if any(t is slot_layer.__dict__[k][kk] for slot_layer, k, kk in slots.values()):
                        continue
                    slots[full] = (layer, kind, key)
                    parameters[full] = ivy.asarray(t.numpy())

    def run(*args: Any, **kwargs: Any) -> Any:
        inputs = [_to_frontend(a) for a in args]
        kw = {k: _to_frontend(v) for k, v in kwargs.items()}
        with _LOCK:
            state = _Run()
            state.writes = InputWrites((args, kwargs), (inputs, kw), "_ivy")
            bound = {name: wrap(parameters[name], slots[name][1] == "_buffers") for name in slots}
            for name, fe in bound.items():
                layer, kind, key = slots[name]
                if kind == "_parameters":
                    fe.stop_gradient = layer.__dict__[kind][key].stop_gradient
            saved_slots = {name: layer.__dict__[kind][key] for name, (layer, kind, key) in slots.items()}
            sites = _sites() + _program_sites(program)
            saved_sites = [(module, key, vars(module).get(key, None)) for module, key, _ in sites]
            replacements = [
                (module, key, state.interceptor(full, saved[2]))
                for (module, key, full), saved in zip(sites, saved_sites, strict=True)
            ]
            layer_setattr = paddle.nn.Layer.__dict__["__setattr__"]  # frontend Tensors into slots: self.n += 1
            saved_sites.append((paddle.nn.Layer, "__setattr__", layer_setattr))
            replacements.append((paddle.nn.Layer, "__setattr__", _setattr(layer_setattr)))
            try:
                for name, (layer, kind, key) in slots.items():
                    layer.__dict__[kind][key] = bound[name]
                for module, key, replacement in replacements:
                    setattr(module, key, replacement)
                _tensor.MISSING_ATTRIBUTE[0] = state.missing_attribute
                try:
                    result = program(*inputs, **kw)
                except Exception as error:
                    if state.missing:
                        raise MissingOperations("paddle", state.missing, state.where) from error
                    raise
            finally:
                _tensor.MISSING_ATTRIBUTE[0] = None
                for module, key, original in reversed(saved_sites):
                    setattr(module, key, original)
                for name, (layer, kind, key) in slots.items():
                    assigned = layer.__dict__[kind][key]
                    bound[name] = assigned if isinstance(assigned, Tensor) else bound[name]
                    layer.__dict__[kind][key] = saved_slots[name]
        for name, fe in bound.items():  # buffers updated in place (BatchNorm's running statistics, counters)
            if fe._ivy is not parameters[name]:
                parameters[name] = fe._ivy
        if state.missing:
            raise MissingOperations("paddle", state.missing, state.where)
        captured.writes = state.writes.result()
        return result

    title = type(program).__name__ if is_layer else getattr(program, "__name__", "program")
    captured = Capture(run=run, parameters=parameters, name=title)
    return captured
