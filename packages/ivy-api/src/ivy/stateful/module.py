"""``ivy.Module``: parameters, buffers and submodules, with a functional view for autodiff.

A module holds its trainable parameters and its buffers (running statistics,
counters) by name, and finds its submodules when they are assigned as
attributes, so a model is a tree::

    class MLP(ivy.Module):
        def __init__(self):
            self.hidden = ivy.layers.Linear(4, 16)
            self.out = ivy.layers.Linear(16, 3)

        def forward(self, x):
            return self.out(ivy.nn.relu(self.hidden(x)))

``model.parameters()`` is that tree as nested dicts of arrays (``{"hidden":
{"weight": ..., "bias": ...}, ...}``), ``model.named_parameters()`` the
``("hidden.weight", array)`` pairs, and ``model.apply(params, x)`` runs the
model with other parameters in place of its own, which is what
``ivy.value_and_grad`` differentiates::

    loss, grads = ivy.value_and_grad(lambda p: loss_fn(model.apply(p, x), y))(model.parameters())

Names, nesting and the ``state_dict`` layout are PyTorch's, so a
``torch.nn`` state dict loads into the matching Ivy layers.
"""

# ruff: noqa: A002  (PyTorch's argument names: input, format)

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

import ivy
from ivy import _backends, _dispatch
from ivy.stateful import _tree
from ivy.stateful import init as _init


class Parameter:
    """Marks a value assigned to a module attribute as a trainable parameter.

    Either an array (anything ``ivy.asarray`` accepts), or an initialiser from
    :mod:`ivy.stateful.init` with a ``shape`` (and ``dtype``, ``float32`` by
    default), which draws the value right away and again on
    ``module.reset_parameters(seed)``.
    """

    __slots__ = ("device", "dtype", "init", "shape", "value")

    def __init__(
        self,
        value: Any = None,
        *,
        init: _init.Initializer | None = None,
        shape: tuple[int, ...] | None = None,
        dtype: Any = None,
        device: Any = None,
    ):
        if value is None and (init is None or shape is None):
            raise ivy.IvyValueError(f"ivy.{type(self).__name__}: give a value, or an initialiser and a shape")
        self.value, self.init, self.dtype, self.device = value, init, dtype, device
        self.shape = None if shape is None else tuple(int(s) for s in shape)

    def initializer(self) -> tuple | None:
        return None if self.init is None else (self.init, self.shape, self.dtype, self.device)

    def materialize(self, seed: int | None = None) -> ivy.Array:
        if self.value is not None:
            array = to_array(self.value)
            return array if self.dtype is None else _cast(array, self.dtype)
        return _init.materialize(self.init, self.shape, self.dtype, seed=seed, device=self.device)


class Buffer(Parameter):
    """Marks a value assigned to a module attribute as a buffer: state that is not trained.

    Buffers (running statistics, counters) are part of the ``state_dict``
    unless ``persistent=False``.
    """

    __slots__ = ("persistent",)

    def __init__(self, value: Any = None, *, persistent: bool = True, **kwargs: Any):
        super().__init__(value, **kwargs)
        self.persistent = persistent


class LoadResult(NamedTuple):
    missing_keys: list[str]
    unexpected_keys: list[str]


def to_array(value: Any) -> ivy.Array:
    """``value`` as an array of the selected backend (arrays of other backends and NumPy are copied)."""
    if isinstance(value, ivy.Array):
        owner = _backends.owner_of(value.data)
        if owner is None or owner is _dispatch.ops():
            return value
        value = value.data
    try:  # a copy: never share memory with a framework's tensor or a NumPy array that may change in place
        return ivy.asarray(value, copy=True)
    except Exception:
        if hasattr(value, "detach"):  # a framework's array that records gradients
            return ivy.asarray(value.detach(), copy=True)
        raise


def _cast(array: ivy.Array, dtype: Any) -> ivy.Array:
    return array if array.dtype == dtype else ivy.astype(array, dtype)


_RESERVED = frozenset({"_parameters", "_buffers", "_non_persistent", "_modules", "_initializers", "training"})


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _retie(modules: Iterable[Module], kind: str, replaced: dict[int, Any], given: set[tuple[int, str]]) -> None:
    """Give every place not given a value that holds a replaced array its replacement: an array
    tied between places (shared weights) is named once in a tree, at its first place."""
    if not replaced:
        return
    for module in modules:
        store = module.__dict__[kind]
        for name, value in store.items():
            if value is not None and id(value) in replaced and (id(store), name) not in given:
                store[name] = replaced[id(value)]


def _indent(text: str) -> str:
    return text.replace("\n", "\n  ")


class Module:
    """Base class of models and layers; subclasses define ``forward``.

    Calling ``super().__init__()`` is optional: the containers are created
    before ``__init__`` runs.
    """

    training: bool

    def __new__(cls, *args: Any, **kwargs: Any) -> Module:
        self = super().__new__(cls)
        state = self.__dict__
        state["_parameters"] = {}
        state["_buffers"] = {}
        state["_non_persistent"] = set()
        state["_modules"] = {}
        state["_initializers"] = {}
        state["training"] = True
        return self

    def __init__(self) -> None:
        pass

    # -- attributes ------------------------------------------------------------
    def __setattr__(self, name: str, value: Any) -> None:
        state = self.__dict__
        if isinstance(value, Parameter):
            self._claim(name)
            store = "_buffers" if isinstance(value, Buffer) else "_parameters"
            state[store][name] = value.materialize()
            if isinstance(value, Buffer) and not value.persistent:
                state["_non_persistent"].add(name)
            if value.init is not None:
                state["_initializers"][name] = value.initializer()
        elif isinstance(value, Module):
            self._claim(name)
            state["_modules"][name] = value
        elif name in state["_parameters"] or name in state["_buffers"]:
            store = "_parameters" if name in state["_parameters"] else "_buffers"
            state[store][name] = None if value is None else to_array(value)
        elif name in state["_modules"]:
            if value is not None:
                raise ivy.IvyTypeError(
                    f"ivy.Module: cannot assign a {type(value).__name__} to submodule {name!r} (a Module or None)"
                )
            state["_modules"][name] = None
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        state = self.__dict__
        for store in ("_parameters", "_buffers", "_modules"):
            values = state.get(store)
            if values is not None and name in values:
                return values[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __delattr__(self, name: str) -> None:
        if not self._forget(name):
            object.__delattr__(self, name)

    def _forget(self, name: str) -> bool:
        state = self.__dict__
        found = False
        for store in ("_parameters", "_buffers", "_modules", "_initializers"):
            if name in state[store]:
                del state[store][name]
                found = True
        state["_non_persistent"].discard(name)
        return found

    def _claim(self, name: str) -> None:
        """Make ``name`` free for a parameter, buffer or submodule."""
        if name in _RESERVED or not isinstance(name, str) or not name or "." in name:
            raise ivy.IvyValueError(f"ivy.Module: {name!r} cannot name a parameter, buffer or submodule")
        self._forget(name)
        self.__dict__.pop(name, None)

    def register_parameter(self, name: str, value: Any) -> None:
        """Add a parameter (an array, a :class:`Parameter`, or ``None`` for an absent one such as a bias)."""
        if value is None:
            self._claim(name)
            self.__dict__["_parameters"][name] = None
        else:
            setattr(self, name, value if isinstance(value, Parameter) else Parameter(value))

    def register_buffer(self, name: str, value: Any, persistent: bool = True) -> None:
        """Add a buffer (part of the ``state_dict`` unless ``persistent=False``)."""
        if value is None:
            self._claim(name)
            self.__dict__["_buffers"][name] = None
        elif isinstance(value, Buffer):
            setattr(self, name, value)
        else:
            setattr(self, name, Buffer(value, persistent=persistent))

    def add_module(self, name: str, module: Module | None) -> None:
        if module is not None and not isinstance(module, Module):
            raise ivy.IvyTypeError(f"ivy.Module.add_module: {name!r} must be a Module, got {type(module).__name__}")
        self._claim(name)
        self.__dict__["_modules"][name] = module

    register_module = add_module

    # -- calling -----------------------------------------------------------------
    def forward(self, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(f"{type(self).__name__} does not define forward()")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.forward(*args, **kwargs)

    def apply(
        self,
        params: Any,
        *args: Any,
        buffers: Any = None,
        training: bool | None = None,
        return_buffers: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Call the module with ``params`` (and ``buffers``) in place of its own, functionally.

        ``params`` and ``buffers`` are trees as :meth:`parameters` gives them,
        or flat ``{"dotted.name": array}`` dicts; names left out keep the
        module's own values. The module is left exactly as it was (buffer
        updates made by the call, such as batch-norm statistics, are returned
        with ``return_buffers=True`` as ``(output, new_buffers)``).
        ``training`` overrides the mode for this call. This is the view that
        ``ivy.grad`` and ``ivy.value_and_grad`` differentiate.

        With a single callable argument, like PyTorch's ``Module.apply``, calls
        it on every submodule (and the module itself) and returns the module.
        """
        if callable(params) and not isinstance(params, (dict, Module)) and not args and buffers is None:
            for module in self.modules():
                params(module)
            return self
        modules = dict(self.named_modules())
        # the call works on copies of the stores; the module's own dicts are put back untouched
        saved = [(m, m._parameters, m._buffers, m.training) for m in modules.values()]
        for module in modules.values():
            module.__dict__["_parameters"] = dict(module._parameters)
            module.__dict__["_buffers"] = dict(module._buffers)
        try:
            for kind, tree in (("_parameters", params), ("_buffers", buffers)):
                if tree is None:
                    continue
                unknown = []
                replaced: dict[int, Any] = {}  # id of a module's own array -> the value given for it
                given: set[tuple[int, str]] = set()  # (id of a store, name) given a value explicitly
                for path, value in _tree.items(tree):
                    prefix, _, name = path.rpartition(".")
                    module = modules.get(prefix)
                    if module is None or name not in module.__dict__[kind]:
                        unknown.append(path)
                        continue
                    store = module.__dict__[kind]
                    value = value if isinstance(value, ivy.Array) or value is None else to_array(value)
                    if store[name] is not None:
                        replaced[id(store[name])] = value
                    store[name] = value
                    given.add((id(store), name))
                _retie(modules.values(), kind, replaced, given)
                if unknown:
                    what = "parameters" if kind == "_parameters" else "buffers"
                    raise ivy.IvyValueError(
                        f"ivy.Module.apply: {type(self).__name__} has no {what} named {', '.join(unknown)}"
                    )
            if training is not None:
                for module in modules.values():
                    module.__dict__["training"] = bool(training)
            output = self(*args, **kwargs)
            new_buffers = self.buffers() if return_buffers else None
        finally:
            for module, parameters, module_buffers, mode in saved:
                module.__dict__["_parameters"] = parameters
                module.__dict__["_buffers"] = module_buffers
                module.__dict__["training"] = mode
        return (output, new_buffers) if return_buffers else output

    # -- modes ---------------------------------------------------------------------
    def train(self, mode: bool = True) -> Module:
        """Training mode for the module and its submodules (dropout active, batch statistics)."""
        for module in self.modules():
            module.__dict__["training"] = bool(mode)
        return self

    def eval(self) -> Module:
        """Evaluation mode (``train(False)``)."""
        return self.train(False)

    # -- traversal ---------------------------------------------------------------------
    def named_modules(self, prefix: str = "") -> Iterator[tuple[str, Module]]:
        """``(dotted name, module)`` for the module (name ``""``) and every submodule, depth first."""
        seen: set[int] = set()
        found: list[tuple[str, Module]] = []
        pending: list[tuple[str, Module]] = [(prefix, self)]  # a stack: no generator per level
        while pending:
            path, module = pending.pop()
            if id(module) in seen:
                continue
            seen.add(id(module))
            found.append((path, module))
            children = [(_join(path, name), child) for name, child in module._modules.items() if child is not None]
            pending.extend(reversed(children))
        return iter(found)

    def modules(self) -> Iterator[Module]:
        return (module for _, module in self.named_modules())

    def named_children(self) -> Iterator[tuple[str, Module]]:
        return ((name, child) for name, child in self._modules.items() if child is not None)

    def children(self) -> Iterator[Module]:
        return (child for _, child in self.named_children())

    def _named(
        self, kind: str, persistent_only: bool = False, modules: Iterable[tuple[str, Module]] | None = None
    ) -> Iterator[tuple[str, ivy.Array]]:
        seen: set[int] = set()
        for path, module in self.named_modules() if modules is None else modules:
            for name, value in module.__dict__[kind].items():
                if value is None or id(value) in seen:
                    continue
                if persistent_only and name in module._non_persistent:
                    continue
                seen.add(id(value))
                yield _join(path, name), value

    def named_parameters(self) -> Iterator[tuple[str, ivy.Array]]:
        """``(dotted name, array)`` of every parameter, as PyTorch names them (``"0.weight"``)."""
        return self._named("_parameters")

    def named_buffers(self) -> Iterator[tuple[str, ivy.Array]]:
        return self._named("_buffers")

    def _slots(self, *kinds: str) -> list[dict[str, list[tuple[dict, str]]]]:
        """Where each entry of each of ``kinds`` lives: ``{dotted path: [(store, name), ...]}``
        by first path, from one walk of the module tree.

        An array held in several places (tied weights) is listed once, with
        every place, so that writing a new value through the slots keeps it tied.
        """
        found: list[dict[str, list[tuple[dict, str]]]] = [{} for _ in kinds]
        firsts: list[dict[int, str]] = [{} for _ in kinds]  # id of an array -> its first path
        for path, module in self.named_modules():
            for kind, slots, first in zip(kinds, found, firsts, strict=True):
                store = module.__dict__[kind]
                for name, value in store.items():
                    if value is None:
                        continue
                    shared = first.get(id(value))
                    if shared is None:
                        first[id(value)] = shared = _join(path, name)
                        slots[shared] = []
                    slots[shared].append((store, name))
        return found

    def parameters(self) -> dict[str, Any]:
        """The parameters as a tree of nested dicts following the module tree."""
        return _tree.nest(dict(self.named_parameters()))

    def buffers(self) -> dict[str, Any]:
        """The buffers as a tree of nested dicts following the module tree."""
        return _tree.nest(dict(self.named_buffers()))

    def num_parameters(self) -> int:
        """The number of trainable scalars."""
        return sum(int(p.size) for _, p in self.named_parameters())

    # -- loading -------------------------------------------------------------------------
    def _assign(self, kind: str, path: str, value: Any, modules: dict[str, Module]) -> None:
        prefix, _, name = path.rpartition(".")
        modules[prefix].__dict__[kind][name] = value

    def load_parameters(self, params: Any) -> Module:
        """Replace parameters by those of the tree or flat dict ``params`` (names left out are kept)."""
        return self._load(params, "_parameters", "load_parameters")

    def load_buffers(self, buffers: Any) -> Module:
        """Replace buffers by those of the tree or flat dict ``buffers`` (names left out are kept)."""
        return self._load(buffers, "_buffers", "load_buffers")

    def _load(self, tree: Any, kind: str, where: str) -> Module:
        modules = dict(self.named_modules())
        own = dict(self._named(kind, modules=modules.items()))
        given = _tree.flat(tree)
        unknown = [path for path in given if path not in own]
        if unknown:
            raise ivy.IvyValueError(f"ivy.Module.{where}: {type(self).__name__} has no entries named {unknown}")
        for path, value in given.items():
            array = to_array(value)
            if array is not own[path] and tuple(array.shape) != tuple(own[path].shape):
                raise ivy.IvyValueError(
                    f"ivy.Module.{where}: {path} has shape {tuple(own[path].shape)}, got {tuple(array.shape)}"
                )
            self._assign(kind, path, array, modules)
        return self

    def state_dict(self) -> dict[str, ivy.Array]:
        """Parameters and persistent buffers by dotted name, in PyTorch's order and naming."""
        result: dict[str, ivy.Array] = {}
        for path, module in self.named_modules():
            for name, value in module._parameters.items():
                if value is not None:
                    result[_join(path, name)] = value
            for name, value in module._buffers.items():
                if value is not None and name not in module._non_persistent:
                    result[_join(path, name)] = value
        return result

    def load_state_dict(self, state_dict: dict[str, Any], strict: bool = True) -> LoadResult:
        """Load parameters and buffers by name, checking names and shapes.

        Values may be arrays of any backend, NumPy arrays, or a framework's
        own tensors (a ``torch.nn.Module.state_dict()``, say); they are
        converted to the selected backend and cast to the dtype of the entry
        they replace. With ``strict`` (the default) missing and unexpected
        names are an error; a shape mismatch always is. The error lists every
        problem at once.
        """
        own = self.state_dict()
        given = _tree.flat(state_dict)
        missing = [name for name in own if name not in given]
        unexpected = [name for name in given if name not in own]
        converted: dict[str, ivy.Array] = {}
        mismatched = []
        for name, value in given.items():
            if name not in own:
                continue
            array = to_array(value)
            if tuple(array.shape) != tuple(own[name].shape):
                mismatched.append(f"{name}: expected {tuple(own[name].shape)}, got {tuple(array.shape)}")
                continue
            converted[name] = _cast(array, own[name].dtype)
        problems = []
        if strict and missing:
            problems.append(f"missing keys ({len(missing)}): {', '.join(missing)}")
        if strict and unexpected:
            problems.append(f"unexpected keys ({len(unexpected)}): {', '.join(unexpected)}")
        if mismatched:
            problems.append(f"shape mismatches ({len(mismatched)}): {'; '.join(mismatched)}")
        if problems:
            raise ivy.IvyValueError(
                f"ivy.Module.load_state_dict: the state dict does not match {type(self).__name__}:\n  "
                + "\n  ".join(problems)
            )
        modules = dict(self.named_modules())
        for name, array in converted.items():
            prefix, _, local = name.rpartition(".")
            module = modules[prefix]
            kind = "_parameters" if local in module._parameters else "_buffers"
            module.__dict__[kind][local] = array
        return LoadResult(missing, unexpected)

    def save(self, path: Any, *, format: str | None = None) -> None:
        """Write the ``state_dict`` to ``path``: safetensors (default) or ``.npz``."""
        from ivy.stateful import serialization

        serialization.save(self.state_dict(), path, format=format, metadata={"module": type(self).__name__})

    def load(self, path: Any, *, strict: bool = True, format: str | None = None) -> LoadResult:
        """Read a state dict written by :meth:`save` (or by other tools, in safetensors or ``.npz``)."""
        from ivy.stateful import serialization

        return self.load_state_dict(serialization.load(path, format=format), strict=strict)

    # -- initialisation and conversion ---------------------------------------------------
    def reset_parameters(self, seed: int | None = None) -> Module:
        """Draw every parameter and buffer declared with an initialiser again.

        With ``seed``, each value is drawn from a seed derived from ``seed``
        and its dotted name, so the same seed gives the same model on every
        backend and whatever order the model was built in; without, the
        seeds come from the context's ``ivy.random`` stream.
        """
        for path, module in self.named_modules():
            for name, (initializer, shape, dtype, device) in module._initializers.items():
                full = _join(path, name)
                value = _init.materialize(
                    initializer,
                    shape,
                    dtype,
                    seed=None if seed is None else _init.derive_seed(seed, full),
                    device=device,
                )
                kind = "_parameters" if name in module._parameters else "_buffers"
                module.__dict__[kind][name] = value
            module._after_init()
        return self

    def _after_init(self) -> None:
        """Adjust freshly drawn values (a layer's hook, e.g. zeroing a padding row)."""

    def _map_arrays(self, function: Callable[[ivy.Array], ivy.Array], floating_only: bool = False) -> Module:
        for module in self.modules():
            for kind in ("_parameters", "_buffers"):
                values = module.__dict__[kind]
                for name, value in values.items():
                    if value is None or (floating_only and not ivy.isdtype(value.dtype, "real floating")):
                        continue
                    values[name] = function(value)
        return self

    def astype(self, dtype: Any) -> Module:
        """Cast the floating parameters and buffers to ``dtype``, in place."""
        return self._map_arrays(lambda a: _cast(a, dtype), floating_only=True)

    def to_device(self, device: Any) -> Module:
        """Move every parameter and buffer to ``device``, in place."""
        return self._map_arrays(lambda a: a.to_device(device))

    def to_backend(self, backend: str | None = None) -> Module:
        """Convert every parameter and buffer to arrays of ``backend`` (the selected one by default), in place."""
        if backend is None:
            return self._map_arrays(to_array)
        with ivy.using_backend(backend):
            return self._map_arrays(to_array)

    def copy(self) -> Module:
        """A deep copy (new arrays, same values)."""
        return copy.deepcopy(self)

    # -- display -------------------------------------------------------------------------
    def extra_repr(self) -> str:
        """The layer's own settings, shown in its repr."""
        return ""

    def __repr__(self) -> str:
        extra = self.extra_repr()
        children = [f"({name}): {child!r}" for name, child in self._modules.items()]
        if not children:
            return f"{type(self).__name__}({extra})"
        lines = ([extra] if extra else []) + children
        return f"{type(self).__name__}(\n  " + "\n  ".join(_indent(line) for line in lines) + "\n)"

    def summary(self) -> str:
        """A table of parameters and buffers: name, shape, dtype, size; with the totals."""
        rows = [("name", "shape", "dtype", "size")]
        total = trainable = 0
        for kind, named in (("", self.named_parameters()), (" (buffer)", self.named_buffers())):
            for name, value in named:
                size = int(value.size)
                total += size
                trainable += size if not kind else 0
                rows.append((name + kind, str(tuple(value.shape)), value.dtype.name, f"{size:,}"))
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        lines.insert(1, "-" * len(lines[0]))
        lines.append(f"{trainable:,} trainable parameters, {total:,} values in all")
        return f"{type(self).__name__}\n" + "\n".join(lines)


# -- containers -----------------------------------------------------------------------------


class Sequential(Module):
    """Modules called in order, each on the previous one's output; named ``"0"``, ``"1"``, ..."""

    def __init__(self, *modules: Module | dict[str, Module]):
        if len(modules) == 1 and isinstance(modules[0], dict):
            for name, module in modules[0].items():
                self.add_module(str(name), module)
        else:
            for index, module in enumerate(modules):
                self.add_module(str(index), module)

    def forward(self, x: Any) -> Any:
        for module in self._modules.values():
            x = module(x)
        return x

    def __getitem__(self, index: int | slice) -> Module:
        modules = list(self._modules.values())
        if isinstance(index, slice):
            return Sequential(*modules[index])
        return modules[index]

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._modules.values())

    def append(self, module: Module) -> Sequential:
        self.add_module(str(len(self._modules)), module)
        return self


class ModuleList(Module):
    """A list of modules, named by position (``"0"``, ``"1"``, ...)."""

    def __init__(self, modules: Iterable[Module] = ()):
        self.extend(modules)

    def _items(self) -> list[Module]:
        return list(self._modules.values())

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return ModuleList(self._items()[index])
        return self._items()[index]

    def __setitem__(self, index: int, module: Module) -> None:
        index = range(len(self))[index]
        self.add_module(str(index), module)

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[Module]:
        return iter(self._items())

    def append(self, module: Module) -> ModuleList:
        self.add_module(str(len(self)), module)
        return self

    def extend(self, modules: Iterable[Module]) -> ModuleList:
        for module in modules:
            self.append(module)
        return self

    def insert(self, index: int, module: Module) -> None:
        items = self._items()
        items.insert(index, module)
        self.__dict__["_modules"] = {}
        self.extend(items)


class ModuleDict(Module):
    """A dict of modules, named by key."""

    def __init__(self, modules: dict[str, Module] | None = None):
        for name, module in (modules or {}).items():
            self[name] = module

    def __getitem__(self, key: str) -> Module:
        return self._modules[key]

    def __setitem__(self, key: str, module: Module) -> None:
        self.add_module(key, module)

    def __delitem__(self, key: str) -> None:
        del self._modules[key]

    def __contains__(self, key: object) -> bool:
        return key in self._modules

    def __len__(self) -> int:
        return len(self._modules)

    def __iter__(self) -> Iterator[str]:
        return iter(self._modules)

    def keys(self) -> Iterable[str]:
        return self._modules.keys()

    def values(self) -> Iterable[Module]:
        return self._modules.values()

    def items(self) -> Iterable[tuple[str, Module]]:
        return self._modules.items()
