"""The public namespaces (``ivy``, ``ivy.linalg``, ``ivy.fft``, ...), derived from the hookspecs.

Functions are generated on first access (PEP 562 module ``__getattr__``), so
``import ivy`` stays cheap; after that an attribute is a plain module global.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ivy import _backends, _checks, _dispatch
from ivy._array import Array
from ivy._codegen import ACCELERATOR, build
from ivy._diagnose import diagnose
from ivy._errors import IvyError
from ivy.spec import LINALG_ALIASES, SPECS, Spec, public_specs

#: Sub-namespaces (``ivy.linalg``, ``ivy.fft``, ``ivy.nn``...), as the hookspecs declare them.
EXTENSIONS = tuple(dict.fromkeys(s.namespace for s in SPECS.values() if s.public and s.namespace))

_dispatch.GLOBALS.update(
    _A=Array,
    _new=Array.__new__,
    _type=type,
    _IvyError=IvyError,
    _diagnose=diagnose,
    _check_integer=_checks.check_integer,
    _check_operands=_checks.check_operands,
    _check_fits=_checks.check_fits,
    _check_ints_in=_checks.check_ints_in,
    _dtype_of=_checks.array_dtype,
    _no_array=_checks.no_array,
)


def _traceable_call(self: Any, *args: Any, **kwargs: Any) -> Any:
    """A dispatcher's call as Python code, for tracers that follow Python code and cannot enter
    C (torch.compile's Dynamo): the same call, through the generated function."""
    return self.__wrapped__(*args, **kwargs)


if ACCELERATOR is not None:
    ACCELERATOR.configure(
        _dispatch._context, _dispatch.GLOBALS, Array, _backends.Ops, IvyError, diagnose, _traceable_call
    )


def lazy_functions(
    module: dict[str, Any],
    specs: dict[str, Spec],
    aliases: dict[str, Callable] | None = None,
    imports: dict[str, str] | None = None,
) -> Callable:
    """A module ``__getattr__`` that generates the function for a spec once.

    ``imports`` maps further names to ``"module:attribute"``, imported on first use
    (the tracer, the stateful API: nothing heavy is imported by ``import ivy``).
    """
    qualified = module["__name__"]

    def __getattr__(name: str) -> Any:
        if imports and name in imports:
            from ivy.spec._marker import resolve

            function = resolve(imports[name])
        elif aliases and name in aliases:
            function = aliases[name]()
        elif name in specs:
            function = build(specs[name], _dispatch.GLOBALS)
        else:
            raise AttributeError(f"module {qualified!r} has no attribute {name!r}")
        module[name] = function
        return function

    return __getattr__


def main_specs() -> dict[str, Spec]:
    return {spec.name: spec for spec in public_specs("")}


def extension_module(extension: str, main: ModuleType) -> ModuleType:
    """``ivy.linalg`` or ``ivy.fft``, registered in ``sys.modules``."""
    module = ModuleType(f"ivy.{extension}", f"``ivy.{extension}``: functions generated from the hookspecs.")
    specs = {spec.name: spec for spec in public_specs(extension)}
    aliases = (
        {name: (lambda name=name: getattr(main, name)) for name in LINALG_ALIASES} if extension == "linalg" else {}
    )
    module.__getattr__ = lazy_functions(module.__dict__, specs, aliases)  # type: ignore[method-assign]
    module.__all__ = sorted([*specs, *aliases])  # type: ignore[attr-defined]
    module.__dir__ = lambda: list(module.__all__)  # type: ignore[method-assign]
    sys.modules[module.__name__] = module
    return module
