# ruff: noqa: N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Capture: run a real torch program (a function or an ``nn.Module``) with the frontend in place of torch.

The program's inputs become *proxies*: real ``torch.Tensor`` objects (shape and dtype on
torch's ``meta`` device, so torch never computes with them) that carry a frontend Tensor.
A ``TorchFunctionMode`` receives every overridable torch call made while the program runs:
``torch.*`` and ``torch.nn.functional.*`` functions, ``torch._C._nn`` kernels, Tensor
methods, operators and property reads (``x.shape``). Each call is looked up by its full
name (``torch.nn.functional.relu``, ``torch.Tensor.__getitem__``) and run by the frontend
function of that name, with parameters and buffers read from ``Capture.parameters``.
A call the frontend lacks is recorded with its count and first call site, the program
continues on a placeholder of the right shape (from torch's meta kernels), and
``MissingOperations`` lists them all at the end: nothing runs in real torch.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import types
from collections.abc import Iterator
from typing import Any

import ivy
from ivy_frontends._objects import holds, is_data_object
from ivy_frontends._plugin import Capture, MissingOperations, import_framework
from ivy_frontends._shared import capture as shared
from ivy_frontends._writes import InputWrites
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._device import Size, device
from ivy_frontends.torch._tensor import Tensor, wrap

_cache: dict[str, Any] = {}


def _torch() -> Any:
    if "torch" not in _cache:
        _cache["torch"] = import_framework("torch")
    return _cache["torch"]


def names() -> dict[int, tuple[Any, str]]:
    """``id(real torch callable) -> (callable, full name)`` for every namespace the frontend mirrors."""
    if "names" in _cache:
        return _cache["names"]
    torch = _torch()
    F = torch.nn.functional  # noqa: N806 - torch's usual alias
    table: dict[int, tuple[Any, str]] = {}

    def put(obj: Any, name: str) -> None:
        if callable(obj) and not isinstance(obj, type) and id(obj) not in table:
            table[id(obj)] = (obj, name)

    for module, prefix in (
        (F, "torch.nn.functional"),
        (torch.linalg, "torch.linalg"),
        (torch.fft, "torch.fft"),
        (torch.special, "torch.special"),
    ):
        for key in sorted(
            dir(module), key=lambda k: k.startswith("_")
        ):  # public names first (threshold, not _threshold)
            if not key.startswith("__"):
                put(getattr(module, key), f"{prefix}.{key}")
    for key in dir(torch._C._nn):
        if not key.startswith("__"):
            put(getattr(torch._C._nn, key), f"torch.nn.functional.{key}" if hasattr(F, key) else f"torch._C._nn.{key}")
    for cls in (torch.Tensor, torch._C.TensorBase):
        for key, obj in vars(cls).items():
            put(obj, f"torch.Tensor.{key}")
    for key in dir(torch):
        if not key.startswith("__"):
            put(getattr(torch, key, None), f"torch.{key}")
    _cache["names"] = table
    return table


def name_of(func: Any) -> str:
    """The full torch name of a function the mode received."""
    found = names().get(id(func))
    if found is not None:
        return found[1]
    owner = getattr(func, "__self__", None)
    if getattr(func, "__name__", "") in ("__get__", "__set__") and owner is not None:
        attr = getattr(owner, "__name__", None) or getattr(getattr(owner, "fget", None), "__name__", "?")
        return f"torch.Tensor.{attr}" + (".__set__" if func.__name__ == "__set__" else "")
    qualified = getattr(func, "_qualified_op_name", None) or _overload_name(func)
    if qualified is not None:  # an operator of torch.ops (aten's, or a library's custom op)
        return "torch.ops." + qualified.replace("::", ".")
    module = getattr(func, "__module__", None) or "torch"
    return f"{module}.{getattr(func, '__qualname__', getattr(func, '__name__', repr(func)))}"


def _overload_name(func: Any) -> str | None:
    """``ns::op`` of an ``OpOverload`` (``torch.ops.ns.op.default``), else None."""
    packet = getattr(func, "overloadpacket", None)
    return getattr(packet, "_qualified_op_name", None)


#: Custom operators of popular libraries, by ``torch.ops`` name, mapped onto the frontend: their
#: Python bodies read routing tables on the host (``offs.tolist()``), which a capture cannot follow.
CUSTOM_OPS: dict[str, Any] = {
    "torch.ops.transformers.grouped_mm_fallback": lambda input, weight, offs: _frontend_f().grouped_mm(  # noqa: A006 - the operator's own argument names
        input, weight, offs=offs
    ),
}


def _frontend_f() -> Any:
    from ivy_frontends.torch.nn import functional

    return functional


def python_custom_op(func: Any) -> Any:
    """The Python body of an operator made with ``torch.library.custom_op``, or None (its torch calls
    can then be captured like the program's own)."""
    qualified = getattr(func, "_qualified_op_name", None) or _overload_name(func)
    if qualified is None:
        return None
    try:
        from torch._library.custom_ops import OPDEFS
    except ImportError:  # pragma: no cover - a torch without Python custom ops
        return None
    definition = OPDEFS.get(qualified)
    return getattr(definition, "_init_fn", None)


#: Private torch entry points that public ones call, by the public name the frontend implements
#: (``with torch.no_grad():`` enters through ``torch._C._set_grad_enabled``).
_ALIASES = {"torch._C._set_grad_enabled": "torch.set_grad_enabled"}


def resolve(name: str) -> Any:
    """The frontend callable for a full torch name, or None when the frontend lacks it."""
    from ivy_frontends import torch as fe

    if name in _cache.setdefault("resolved", {}):
        return _cache["resolved"][name]
    parts = _ALIASES.get(name, name).split(".")
    target = CUSTOM_OPS.get(name)
    if parts[:3] == ["torch", "ops", "aten"] and len(parts) >= 4:  # aten's operators are torch's functions
        parts = ["torch", parts[3]]
    if parts[:2] == ["torch", "Tensor"] and len(parts) >= 3:
        attr = parts[2]
        if len(parts) == 4 and parts[3] == "__set__":
            target = _setter(attr) if attr in ("requires_grad", "grad", "data") else None
        else:
            raw = _class_attr(Tensor, attr)
            if isinstance(raw, property):
                target = raw.fget
            elif raw is not None and not callable(raw):  # a plain flag such as is_nested
                target = _getter(attr)
            elif raw is not None and attr not in ("__init__", "__new__"):
                target = raw
    elif parts[:3] == ["torch", "nn", "functional"] and len(parts) == 4:
        target = fe.nn.functional.FUNCTIONS.get(parts[3])
    elif len(parts) == 3 and parts[1] in ("linalg", "fft", "special"):
        target = getattr(getattr(fe, parts[1]), parts[2], None)
        target = target if isinstance(target, types.FunctionType) else None
    elif len(parts) == 2:
        target = getattr(fe, parts[1], None)
        if not callable(target) or isinstance(target, (D.dtype,)) or isinstance(target, types.ModuleType):
            target = None
    _cache["resolved"][name] = target
    return target


def _class_attr(cls: type, attr: str) -> Any:
    for klass in cls.__mro__:
        if klass is object:
            return None
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    return None


def _getter(attr: str) -> Any:
    def get_attr(self: Tensor) -> Any:
        return getattr(self, attr)

    return get_attr


def _setter(attr: str) -> Any:
    def set_attr(self: Tensor, value: Any) -> None:
        if attr == "data":
            self._ivy = value._ivy
        else:
            setattr(self, attr, value)

    return set_attr


class _Run(shared.MissingLog):
    """One execution of a captured program: the proxies made, the parameters bound, what was missing."""

    def __init__(self, params: dict[int, Tensor]) -> None:
        super().__init__()
        self.params = params
        self.proxies: dict[int, Any] = {}
        self.keep: list[Any] = []
        self.writes: InputWrites | None = None  # the program's inputs, to see which it writes in place

    # -- torch world -> frontend -------------------------------------------------
    def inward(self, value: Any) -> Any:
        torch = _torch()
        if isinstance(value, torch.Tensor):
            fe = getattr(value, "_ivy_frontend", None)
            if fe is not None:
                return fe
            bound = self.params.get(id(value))
            if bound is not None:
                return bound
            if value.device.type == "meta":
                raise RuntimeError("capture: a meta tensor that is not a captured value reached the frontend")
            t = wrap(ivy.asarray(value.detach().cpu().numpy()))
            t.requires_grad = value.requires_grad
            return t
        if isinstance(value, torch.dtype):
            return D.BY_NAME[str(value).removeprefix("torch.")]
        if isinstance(value, torch.device):
            return device(str(value))
        if isinstance(value, torch.Size):
            return Size(value)
        if isinstance(value, (list, tuple)):
            items = [self.inward(v) for v in value]
            return type(value)(items) if type(value) in (list, tuple) else _rebuild(value, items)
        if isinstance(value, dict):
            return {k: self.inward(v) for k, v in value.items()}
        if isinstance(value, slice):  # x[:n] with a tensor n: its bounds are captured values too
            return slice(self.inward(value.start), self.inward(value.stop), self.inward(value.step))
        return value

    # -- frontend -> torch world -------------------------------------------------
    def outward(self, value: Any) -> Any:
        torch = _torch()
        if isinstance(value, Tensor):
            return self.proxy(value)
        if isinstance(value, D.dtype):
            return getattr(torch, value._name)
        if isinstance(value, device):
            return torch.device(str(value))
        if isinstance(value, Size):
            return torch.Size(value)
        if isinstance(value, (list, tuple)):
            items = [self.outward(v) for v in value]
            return type(value)(items) if type(value) in (list, tuple) else _rebuild(value, items)
        if isinstance(value, dict):
            return {k: self.outward(v) for k, v in value.items()}
        return value

    def proxy(self, fe: Tensor) -> Any:
        """The proxy of a frontend tensor (the same proxy each time, so ``x.add_(1) is x`` holds)."""
        found = self.proxies.get(id(fe))
        if found is not None:
            return found
        torch = _torch()
        meta = torch.empty(tuple(fe._ivy.shape), dtype=getattr(torch, fe.dtype._name), device="meta")
        p = torch.Tensor._make_subclass(_proxy_class(), meta, fe.requires_grad and meta.is_floating_point())
        p._ivy_frontend = fe
        self.proxies[id(fe)] = p
        self.keep.append(fe)
        return p

    # -- a missing operation -------------------------------------------------------
    def placeholder(self, name: str, func: Any, args: tuple, kwargs: dict) -> Any:
        """Record ``name`` as missing and carry on with torch's meta result (zeros of its shape)."""
        self.note(name, _call_site)
        torch = _torch()

        def to_meta(v: Any) -> Any:
            if isinstance(v, torch.Tensor):
                fe = getattr(v, "_ivy_frontend", None)
                if fe is not None:
                    return torch.empty(tuple(fe._ivy.shape), dtype=getattr(torch, fe.dtype._name), device="meta")
                return v.detach().to("meta")
            if isinstance(v, (list, tuple)) and type(v) in (list, tuple):
                return type(v)(to_meta(x) for x in v)
            return v

        try:
            result = func(*[to_meta(a) for a in args], **{k: to_meta(v) for k, v in kwargs.items()})
        except Exception as error:
            raise MissingOperations("torch", self.missing, self.where) from error

        def from_meta(v: Any) -> Any:
            if isinstance(v, torch.Tensor):
                return self.proxy(
                    wrap(ivy.zeros(tuple(v.shape), dtype=D.BY_NAME[str(v.dtype).removeprefix("torch.")]._ivy))
                )
            if isinstance(v, (list, tuple)) and type(v) in (list, tuple):
                return type(v)(from_meta(x) for x in v)
            return v

        return from_meta(result)

    def call(self, func: Any, args: tuple, kwargs: dict) -> Any:
        name = name_of(func)
        target = resolve(name)
        if target is None:
            return self.placeholder(name, func, args, kwargs)
        result = target(*self.inward(args), **self.inward(kwargs))
        if self.writes is not None:
            self.writes.check(name)
        return self.outward(result)


def _rebuild(template: Any, items: list) -> Any:
    """A namedtuple (or torch.return_types structseq) of the same type with new items."""
    try:
        return type(template)(*items)
    except TypeError:
        return type(template)(items)


def _call_site() -> str:
    """``file:line`` of the innermost frame outside torch and this package (the program's own code)."""
    return shared.call_site(os.path.dirname(_torch().__file__), fall_back_to_framework=True)


def _proxy_class() -> type:
    if "proxy" not in _cache:
        torch = _torch()

        class CapturedTensor(torch.Tensor):
            """A captured value inside a running capture: a meta tensor carrying a frontend Tensor."""

            @classmethod
            def __torch_function__(cls, func: Any, types: Any, args: tuple = (), kwargs: Any = None) -> Any:
                raise RuntimeError(
                    f"capture: {name_of(func)} was called on a captured tensor outside its capture "
                    "(a captured value escaped the program, e.g. stored on the module)"
                )

        _cache["proxy"] = CapturedTensor
    return _cache["proxy"]


def _mode_class() -> type:
    if "mode" not in _cache:
        from torch.overrides import TorchFunctionMode

        class FrontendMode(TorchFunctionMode):
            """Sends every overridable torch call to the frontend function of the same name."""

            def __init__(self, run: _Run) -> None:
                super().__init__()
                self.run = run

            def __torch_function__(self, func: Any, types: Any, args: tuple = (), kwargs: Any = None) -> Any:
                body = python_custom_op(func)
                if body is not None and resolve(name_of(func)) is None:
                    with self:  # the operator's own torch calls are the program's: captured too
                        return body(*args, **(kwargs or {}))
                return self.run.call(func, args, kwargs or {})

        _cache["mode"] = FrontendMode
    return _cache["mode"]


@contextlib.contextmanager
def _compiling(torch: Any) -> Iterator[None]:
    """While a program is captured, ``torch.compiler.is_compiling()`` is True, as under ``torch.compile``.

    A capture records a graph, as ``torch.compile`` does, so libraries should take the paths they
    keep for graph capture: no host reads of tensor values for fast-path checks, no Python
    branches on data (kornia, Hugging Face transformers test this flag).
    """
    compiler = torch.compiler
    previous = getattr(compiler, "_is_compiling_flag", None)
    if previous is None:  # a torch without the flag: nothing to set
        yield
        return
    compiler._is_compiling_flag = True
    try:
        yield
    finally:
        compiler._is_compiling_flag = previous


def capture(program: Any) -> Capture:
    """Bind a real torch function or ``nn.Module`` to the frontend; the result runs it on the current backend."""
    torch = _torch()
    is_module = isinstance(program, torch.nn.Module)
    parameters: dict[str, Any] = {}
    tensors: dict[str, Any] = {}
    if is_module:
        for name, t in program.state_dict(keep_vars=True).items():
            if isinstance(t, torch.Tensor) and all(t is not other for other in tensors.values()):
                tensors[name] = t
                parameters[name] = ivy.asarray(t.detach().cpu().numpy())
    # where each state entry lives: (its module's _parameters or _buffers, key), by state_dict name
    slots: dict[str, tuple[dict, str]] = {}
    tables: list[dict] = []
    for prefix, module in program.named_modules(remove_duplicate=False) if is_module else ():
        for table in (module._parameters, module._buffers):
            tables.append(table)
            slots.update({f"{prefix}.{key}" if prefix else key: (table, key) for key in table})

    def run(*args: Any, **kwargs: Any) -> Any:
        bound: dict[int, Tensor] = {}
        by_name: dict[str, Tensor] = {}
        for name, t in tensors.items():
            fe = wrap(parameters[name])
            fe.requires_grad = t.requires_grad
            bound[id(t)] = fe
            by_name[name] = fe
        state = _Run(bound)
        running = _RUNNING.set(state)
        given = ([_to_frontend(a) for a in args], {k: _to_frontend(v) for k, v in kwargs.items()})
        state.writes = InputWrites((args, kwargs), given, "_ivy")
        inputs = [state.outward(a) for a in given[0]]
        kw = {k: state.outward(v) for k, v in given[1].items()}
        saved = [(table, dict(table)) for table in tables]
        try:
            with _mode_class()(state), _compiling(torch):
                result = program(*inputs, **kw)
            for name, fe in by_name.items():  # buffers updated in place (BatchNorm's statistics, counters)
                table, key = slots[name]
                assigned = getattr(table.get(key), "_ivy_frontend", None)  # self.count = self.count + 1
                fe = fe if assigned is None else assigned
                if fe._ivy is not parameters[name]:
                    parameters[name] = fe._ivy
        finally:  # the module's own tensors back in its slots, never a proxy left behind
            _RUNNING.reset(running)
            for table, entries in saved:
                table.clear()
                table.update(entries)
        if state.missing:
            raise MissingOperations("torch", state.missing, state.where)
        captured.writes = state.writes.result()
        return _unproxy(result)

    title = type(program).__name__ if is_module else getattr(program, "__name__", "program")
    captured = Capture(
        run=run,
        parameters=parameters,
        name=title,
        to_ivy=_value_to_ivy,
        from_ivy=_value_from_ivy,
        outside=_outside,
        inside=_inside,
    )
    return captured


#: the run in progress (its proxies), for ``Capture.from_ivy``
_RUNNING: contextvars.ContextVar[_Run | None] = contextvars.ContextVar("ivy_frontends_torch_run", default=None)


def _value_to_ivy(value: Any) -> Any:
    """The ``ivy.Array`` a proxy or frontend Tensor holds; ``None`` for other values."""
    value = getattr(value, "_ivy_frontend", value)
    return value._ivy if isinstance(value, Tensor) else None


def _value_from_ivy(array: Any) -> Any:
    """An ``ivy.Array`` as the running program sees a tensor: a proxy."""
    with _outside():
        return _RUNNING.get().proxy(wrap(array))


@contextlib.contextmanager
def _outside() -> Iterator[None]:
    """Torch calls reach torch itself (the backend's, the proxies' own), not the frontend: the mode is
    taken off torch's stack, and put back by ``_inside`` for program code called from within."""
    torch = _torch()
    if not torch._C._len_torch_function_stack():
        yield
        return
    with torch.overrides._pop_mode_temporarily() as mode:
        _POPPED.append(mode)
        try:
            yield
        finally:
            _POPPED.pop()


@contextlib.contextmanager
def _inside() -> Iterator[None]:
    """Program code run from within ``_outside``: its torch calls go to the frontend again."""
    if not _POPPED:
        yield
        return
    with _POPPED[-1]:
        yield


_POPPED: list[Any] = []  # the modes ``_outside`` took off, innermost last


def _to_frontend(value: Any) -> Any:
    """A program input as a frontend value: Tensors as they are, ivy/NumPy/torch arrays converted."""
    native = _torch().Tensor
    return shared.to_frontend(
        value, Tensor, wrap, lambda v: v.detach().cpu().numpy() if isinstance(v, native) else None
    )


def _unproxy(value: Any, done: dict[int, Any] | None = None) -> Any:
    """Program outputs with proxies replaced by their frontend Tensors, also inside plain data
    objects that hold some (a Hugging Face ``DynamicCache``), which come back as copies."""
    fe = getattr(value, "_ivy_frontend", None)
    if fe is not None:
        return fe
    done = {} if done is None else done
    if id(value) in done:  # shared, or a reference back to an object being rebuilt
        return done[id(value)]
    if isinstance(value, (list, tuple)):
        items = [_unproxy(v, done) for v in value]
        return type(value)(items) if type(value) in (list, tuple) else _rebuild(value, items)
    if isinstance(value, dict):
        return {k: _unproxy(v, done) for k, v in value.items()}
    if is_data_object(value) and holds(value, _is_proxy):
        copy = done[id(value)] = type(value).__new__(type(value))
        copy.__dict__.update({k: _unproxy(v, done) for k, v in vars(value).items()})
        return copy
    return value


def _is_proxy(value: Any) -> bool:
    return getattr(value, "_ivy_frontend", None) is not None
