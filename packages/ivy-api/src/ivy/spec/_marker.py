"""The ``@spec`` decorator: one hookspec per API function, recorded once.

Every public function is declared exactly once, in a ``spec`` module, with its
standard signature and a docstring. ``SpecGroup`` registers it in ``SPECS``
with what the rest of Ivy derives from it: the hook name, the namespace
(``""``, ``"linalg"``, ``"fft"``), the category, the dtype kind its array
arguments should have, and (for the few functions whose semantics are the
core's alone) the core implementation.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

PROJECT = "ivy"

#: dtype kinds a spec may name, as the standard's ``isdtype`` kinds they admit.
DTYPE_KINDS: dict[str, tuple[str, ...]] = {
    "bool": ("bool",),
    "integral": ("integral",),
    "integral or bool": ("integral", "bool"),
    "real floating": ("real floating",),
    "complex floating": ("complex floating",),
    "floating": ("real floating", "complex floating"),
    "real numeric": ("integral", "real floating"),
    "numeric": ("numeric",),
}


@dataclass(frozen=True)
class Spec:
    """One API function as declared by its hookspec."""

    name: str
    namespace: str
    category: str
    function: Callable = field(repr=False, compare=False)
    dtypes: str | None = None
    core: str | None = None
    public: bool = True
    standard: bool = True  # part of the Array API standard (else an Ivy extension)

    @property
    def hook(self) -> str:
        """The pluggy hook name: unique across namespaces."""
        return f"{self.namespace}_{self.name}" if self.namespace else self.name

    @property
    def qualname(self) -> str:
        """The public name, as a user writes it after ``ivy.``."""
        return f"{self.namespace}.{self.name}" if self.namespace else self.name

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.function) or ""

    @cached_property
    def signature(self) -> inspect.Signature:
        """The standard's signature with annotations resolved to objects."""
        return inspect.signature(self.function, eval_str=True)

    @cached_property
    def impl_signature(self) -> inspect.Signature:
        """How a backend implements the hook: every parameter positional, in
        order, without defaults (``*args`` arrives as one tuple)."""
        params = [
            inspect.Parameter(p.name, inspect.Parameter.POSITIONAL_OR_KEYWORD)
            for p in self.signature.parameters.values()
        ]
        return inspect.Signature(params)


SPECS: dict[str, Spec] = {}


class SpecGroup:
    """The ``@spec`` decorator of one spec module (a category of the API)."""

    def __init__(self, *, category: str, namespace: str = "", public: bool = True, standard: bool = True):
        self.category = category
        self.namespace = namespace
        self.public = public
        self.standard = standard

    def __call__(self, dtypes: str | None = None, core: str | None = None) -> Callable:
        if dtypes is not None and dtypes not in DTYPE_KINDS:
            raise ValueError(f"unknown dtype kind {dtypes!r}; expected one of {sorted(DTYPE_KINDS)}")

        def register(fn: Callable) -> Callable:
            entry = Spec(
                name=fn.__name__,
                namespace=self.namespace,
                category=self.category,
                function=fn,
                dtypes=dtypes,
                core=core,
                public=self.public,
                standard=self.standard,
            )
            if entry.hook in SPECS:
                raise ValueError(f"hookspec {entry.hook!r} declared twice")
            SPECS[entry.hook] = entry
            return fn

        return register


def hookspec_namespace() -> object:
    """An object whose attributes are pluggy hookspecs, one per backend hook.

    Pluggy reads positional parameters only, so each hookspec gets the impl
    signature (all positional); the standard signature stays on ``Spec``.
    pluggy is imported here, at binding time, not when ``ivy`` is imported.
    """
    import pluggy

    hookspec = pluggy.HookspecMarker(PROJECT)

    class Namespace:
        pass

    for entry in SPECS.values():
        if entry.core:
            continue
        shim = impl_shaped(entry, lambda *args: None)
        shim.__doc__ = entry.doc
        setattr(Namespace, entry.hook, staticmethod(hookspec(shim)))
    return Namespace


def impl_shaped(entry: Spec, target: Callable) -> Callable:
    """A real function named after the hook, with the impl signature, calling ``target``.

    Pluggy reads parameter names from the code object, so the function is
    compiled rather than given a ``__signature__``.
    """
    params = ", ".join(entry.impl_signature.parameters)
    source = f"def {entry.hook}({params}):\n    return _target({params})\n"
    namespace: dict = {"_target": target}
    exec(compile(source, f"<ivy hook {entry.hook}>", "exec"), namespace)
    return namespace[entry.hook]


def resolve(path: str) -> Callable:
    """Import ``"module:attr"``."""
    module, _, attr = path.partition(":")
    __import__(module)
    return getattr(sys.modules[module], attr)


def annotation_args(annotation: object) -> tuple:
    """The members of a union annotation (or the annotation itself)."""
    if typing.get_origin(annotation) in (typing.Union, __import__("types").UnionType):
        return typing.get_args(annotation)
    return (annotation,)
