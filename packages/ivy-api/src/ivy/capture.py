"""The capture protocol: how a frontend plugin hands a real program of its framework to Ivy.

A frontend emulates a framework (``torch``, ``jax``, ...) with ``ivy`` calls. It is
registered under the entry-point group ``ivy.frontends`` (name: the framework) as an
object satisfying :class:`Frontend`:

- ``name``: the framework it emulates;
- ``namespace``: the module that plays the framework;
- ``capture(program)``: a :class:`Capture` that runs a real program of the framework (a
  function, or a model with its state) with the frontend in place of the framework, on the
  current Ivy backend; operations it lacks raise :class:`MissingOperations`, all at once;
- ``describe(program)``: a :class:`Model` (its parameters, buffers and mode) when the
  program is a model of the framework, ``None`` for a function;
- ``run(program, args, kwargs)``: the program run by the real framework, on the
  framework's own arrays, leaving a model's state as it was (the reference a transpiled
  program is checked against);
- ``to_ivy(value)``: the ``ivy.Array`` inside one of the frontend's arrays (what a captured
  run returns), ``None`` for any other value;
- ``coverage()``: ``{label: (real_names, emulated_names)}`` per namespace of the real
  framework, for the coverage table; a third item, ``{name: reason}``, may list real names
  that are out of scope (device or memory management, JIT internals, vendor kernels): the
  table shows them with their reasons and leaves them out of the share.

Consumers (the transpiler) find frontends only through :func:`available` and :func:`load`.
Program results may hold arrays inside plain data objects (a Hugging Face cache): see
:func:`is_data_object` and :func:`holds`. A frontend imports its framework with
:func:`ivy.plugin.import_framework`, never with a plain ``import``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

GROUP = "ivy.frontends"

__all__ = [
    "GROUP",
    "Capture",
    "Frontend",
    "MissingOperations",
    "Model",
    "available",
    "holds",
    "is_data_object",
    "load",
]


class MissingOperations(NotImplementedError):
    """Operations of a real program that the frontend cannot run, all of them at once.

    ``missing`` maps each operation's full name (``"torch.nn.functional.fold"``) to how often
    the program called it, and ``where`` to the first place (``file:line``) it was called from.
    """

    def __init__(self, frontend: str, missing: Counter, where: dict[str, str] | None = None) -> None:
        self.frontend = frontend
        self.missing = Counter(missing)
        self.where = dict(where or {})
        lines = [f"the {frontend} frontend lacks {len(self.missing)} operation(s) this program uses:"]
        for name, count in self.missing.most_common():
            at = f" (first called at {self.where[name]})" if name in self.where else ""
            lines.append(f"  {name}: {count} call(s){at}")
        super().__init__("\n".join(lines))


@dataclass
class Capture:
    """A real program bound to a frontend: ``capture(*args)`` runs it on the current backend.

    ``run`` takes and returns frontend values (or ``ivy.Array`` / Python values, which it accepts
    as inputs); ``parameters`` holds the program's whole state (parameters and buffers) as
    ``ivy.Array`` by name (empty for a plain function). A run that updates a buffer (BatchNorm
    in training mode) puts the new value in ``parameters``.
    """

    run: Callable[..., Any]
    parameters: dict[str, Any] = field(default_factory=dict)
    name: str = "program"
    #: after each run, the inputs it wrote in place (``x.add_(1)``, ``x[0] = 5``): the ``id`` of the
    #: ``ivy.Array`` the run was given -> ``(its value after the run, the operation that wrote it)``
    writes: dict[int, tuple[Any, str]] = field(default_factory=dict)
    #: optional, valid while ``run`` runs: the ``ivy.Array`` a value of the running program holds (``None``
    #: for a Python value), and an ``ivy.Array`` as a value of the program (what its code can compute
    #: with); the transpiler uses them to stage the program's control flow on array values
    to_ivy: Callable[[Any], Any] | None = None
    from_ivy: Callable[[Any], Any] | None = None
    #: optional context managers: ``outside()`` around ivy calls the transpiler makes between the program's
    #: own code (they must reach the backend, not the capture's interception), ``inside()`` around the
    #: program's code it calls back from there
    outside: Callable[[], Any] | None = None
    inside: Callable[[], Any] | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(*args, **kwargs)


@dataclass
class Model:
    """A model of a framework as its frontend sees it: state names as in ``Capture.parameters``.

    ``parameters`` are the trainable entries, ``buffers`` the rest of the state (running
    statistics, non-trainable variables); ``training`` is the mode the model is in.
    """

    parameters: list[str]
    buffers: list[str]
    training: bool


@runtime_checkable
class Frontend(Protocol):
    """What an ``ivy.frontends`` entry point names (see the module docstring)."""

    name: str

    @property
    def namespace(self) -> Any: ...

    def capture(self, program: Any) -> Capture: ...

    def describe(self, program: Any) -> Model | None: ...

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any: ...

    def to_ivy(self, value: Any) -> Any: ...

    def coverage(self) -> dict[str, tuple[Iterable[str], ...]]: ...


_loaded: dict[str, Frontend] = {}


def _entry_points() -> dict[str, Any]:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available() -> list[str]:
    """Names of the installed frontends (none is imported)."""
    return sorted(_entry_points())


def load(name: str) -> Frontend:
    """The frontend plugin named ``name``, imported on first use."""
    if name not in _loaded:
        points = _entry_points()
        if name not in points:
            known = ", ".join(sorted(points)) or "none"
            raise LookupError(
                f"ivy.capture.load: argument 'name': no frontend {name!r} is installed (installed: {known})"
            )
        plugin = points[name].load()
        if not isinstance(plugin, Frontend):
            raise TypeError(f"ivy.capture.load: the plugin registered as {name!r} is not a Frontend: {plugin!r}")
        _loaded[name] = plugin
    return _loaded[name]


def is_data_object(value: Any) -> bool:
    """A plain data object in a program's results: an instance with attributes that is not a class,
    function, module or other callable (a model is never taken apart into its weights)."""
    return hasattr(value, "__dict__") and not callable(value) and not isinstance(value, type)


def holds(value: Any, found: Callable[[Any], bool]) -> bool:
    """Whether ``found`` holds for ``value`` or for anything within reach of it through dicts,
    lists, tuples and data objects (each object is visited once, so cycles end)."""
    return _holds(value, found, set())


def _holds(value: Any, found: Callable[[Any], bool], seen: set[int]) -> bool:
    if found(value):
        return True
    if id(value) in seen:
        return False
    seen.add(id(value))
    if isinstance(value, dict):
        values: Any = value.values()
    elif isinstance(value, (list, tuple)):
        values = value
    elif is_data_object(value):
        values = vars(value).values()
    else:
        return False
    return any(_holds(v, found, seen) for v in values)
