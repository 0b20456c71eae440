"""Finding backends and binding their hook implementations.

Backends are discovered from the ``ivy.backends`` entry-point group without
being imported; a backend's module is imported only when it is selected.
Binding validates the plugin with pluggy and then keeps, for every hook, the
plain function to call, so that a call costs one Python call and no
multicall.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ivy import _dtypes
from ivy._devices import Device
from ivy._errors import BackendError, BackendNotFoundError, NotImplementedByBackend
from ivy.spec import SPECS, hookspec_namespace

GROUP = "ivy.backends"

#: name -> plugin object, module, or "module[:attr]" path still to import.
_registered: dict[str, Any] = {}
_loaded: dict[str, Ops] = {}
_lock = threading.RLock()
_discovered = False


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group=GROUP):
        _registered.setdefault(ep.name, ep)
    _discovered = True


def register_backend(plugin: Any, name: str | None = None) -> str:
    """Register a backend in this process: a module, an object with hook
    implementations, or an import path ``"package.module[:attr]"``."""
    if name is None:
        name = getattr(plugin, "__name__", None) if not isinstance(plugin, str) else plugin
        if not name:
            raise BackendNotFoundError("ivy.register_backend: argument 'name' is required for this plugin object")
        name = name.partition(":")[0].rsplit(".", 1)[-1].removeprefix("ivy_backend_")
    with _lock:
        _discover()
        _registered[name] = plugin
        _loaded.pop(name, None)
    return name


def available_backends() -> list[str]:
    """Names of the installed and registered backends (none is imported)."""
    _discover()
    return sorted(_registered)


def _import_plugin(name: str) -> Any:
    target = _registered[name]
    if hasattr(target, "load") and hasattr(target, "group"):  # an entry point
        return target.load()
    if isinstance(target, str):
        module, _, attr = target.partition(":")
        loaded = importlib.import_module(module)
        return getattr(loaded, attr) if attr else loaded
    return target


def load(name: str) -> Ops:
    """The bound backend ``name``, importing and validating it on first use."""
    ops = _loaded.get(name)
    if ops is not None:
        return ops
    with _lock:
        if name in _loaded:
            return _loaded[name]
        _discover()
        if not isinstance(name, str) or name not in _registered:
            installed = ", ".join(available_backends()) or "none"
            raise BackendNotFoundError(
                f"ivy: no backend named {name!r} (installed: {installed}); "
                f"install it with `pip install ivy-backend-{name}` or register one with ivy.register_backend()"
            )
        ops = Ops(name, _import_plugin(name))
        _loaded[name] = ops
        return ops


def import_framework(name: str) -> ModuleType:
    """The framework module ``name`` (``"paddle"``, ``"jax.numpy"``), imported the way its backend imports it.

    Some frameworks crash the process when imported in the wrong order, and each backend plugin
    guards its own import (it may import another framework first, or raise a clear
    ``ImportError``). So when a backend is registered under the name of the module's top-level
    package, that backend's module is imported first; then ``name``. Frontends, the transpiler
    and any other plugin import frameworks through this, never with a plain ``import``.
    """
    root = name.partition(".")[0]
    if root not in sys.modules:
        with _lock:
            _discover()
            if root in _registered:
                _import_plugin(root)
    return importlib.import_module(name)


def loaded_backends() -> list[Ops]:
    return list(_loaded.values())


def _missing(backend: str, qualname: str) -> Callable:
    def missing(*args: Any) -> Any:
        raise NotImplementedByBackend(f"ivy.{qualname} is not implemented by backend {backend!r}")

    missing.__ivy_missing__ = True  # type: ignore[attr-defined]
    return missing


class Ops:
    """One backend's implementations, bound once: ``ops.add(x1, x2)``.

    Attributes are the hook names. The dtype tables translate between ivy's
    dtype objects and the backend's native ones in both directions.
    """

    def __init__(self, name: str, plugin: Any):
        self.name = name
        self.plugin = plugin
        import pluggy

        manager = pluggy.PluginManager("ivy")
        manager.add_hookspecs(hookspec_namespace())
        from ivy import composite
        from ivy.composite._adapter import adapt

        try:
            for module in composite.modules():
                manager.register(module, name=f"ivy composites {module.__name__}")
            manager.register(plugin, name=name)
            manager.check_pending()
        except pluggy.PluginValidationError as error:
            raise BackendError(f"ivy: backend {name!r} is not a valid plugin: {error}") from error
        self.implemented: set[str] = set()  # hooks the backend implements itself
        self.composed: set[str] = set()  # hooks served by the core's composites
        #: hook -> {native dtype: native}, declared with ivy.plugin.same_dtype_natives (read by ivy._accel)
        self.same_dtype_natives: dict[str, dict[Any, Callable]] = {}
        for spec in SPECS.values():
            if spec.core:
                continue
            impls = getattr(manager.hook, spec.hook).get_hookimpls()
            if not impls:
                setattr(self, spec.hook, _missing(name, spec.qualname))
                continue
            function = impls[-1].function  # pluggy's call order: last registered, tryfirst, ... first
            self._check_signature(spec, function)
            if getattr(function, "__ivy_composite__", False):
                setattr(self, spec.hook, adapt(spec, function, self))
                self.composed.add(spec.hook)
            else:
                setattr(self, spec.hook, getattr(function, "__ivy_native__", function))
                self.implemented.add(spec.hook)
                natives = getattr(function, "__ivy_same_dtype__", None)
                if natives:
                    self.same_dtype_natives[spec.hook] = natives
        self._init_tables()

    def _check_signature(self, spec: Any, function: Callable) -> None:
        expected = list(spec.impl_signature.parameters)
        try:
            got = [p.name for p in inspect.signature(function).parameters.values()]
        except (TypeError, ValueError):
            return
        if got != expected:
            raise BackendError(
                f"ivy: backend {self.name!r} implements {spec.hook}({', '.join(got)}); "
                f"expected parameters ({', '.join(expected)}), all positional, in this order"
            )

    def _init_tables(self) -> None:
        native = self.dtypes() if "dtypes" in self.implemented else {}
        self.to_native_dtype: dict[Any, Any] = {}
        self.from_native_dtype: dict[Any, _dtypes.DType] = {}
        for dtype_name, native_dtype in native.items():
            dtype = _dtypes.BY_NAME[dtype_name]
            self.to_native_dtype[dtype] = native_dtype
            self.to_native_dtype[native_dtype] = native_dtype
            self.from_native_dtype[native_dtype] = dtype
        self.native_types: tuple[type, ...] = tuple(self.array_types()) if "array_types" in self.implemented else ()
        self._devices: dict[Any, Any] = {}

    # translations used by the generated public functions -----------------
    def device_in(self, device: Any) -> Any:
        """A native device for an ``ivy.Device``, a device name or a native device."""
        key = device.name if isinstance(device, Device) else device
        try:
            return self._devices[key]
        except (KeyError, TypeError):
            pass
        if isinstance(key, str):
            native = self.native_device(Device(key).name)
        else:
            native = device  # already native
        try:
            self._devices[key] = native
        except TypeError:
            pass
        return native

    def dtype_out(self, native_dtype: Any) -> _dtypes.DType:
        return self.from_native_dtype[native_dtype]

    def owns(self, value: Any) -> bool:
        return isinstance(value, self.native_types)

    def __repr__(self) -> str:
        return f"<ivy backend {self.name!r}>"


def owner_of(native: Any) -> Ops | None:
    """The loaded backend whose native array type ``native`` has."""
    for ops in _loaded.values():
        if isinstance(native, ops.native_types):
            return ops
    return None


def module_name(plugin: Any) -> str:
    return plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__name__
