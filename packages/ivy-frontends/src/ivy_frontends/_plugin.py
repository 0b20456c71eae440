"""The frontend plugin contract and its discovery.

A frontend plugin is an object with:

- ``name``: the framework it emulates (``"torch"``);
- ``namespace``: the module that plays the framework (``ivy_frontends.torch``);
- ``capture(program)``: a :class:`Capture` that runs a real program of the
  framework (a function, or a model object with its parameters) with the
  frontend's functions in place of the framework's, on the current Ivy backend;
- ``coverage()``: ``{label: (real_names, emulated_names)}`` per namespace of the
  real framework (``"torch"``, ``"torch.Tensor"``, ...), for the coverage table.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

GROUP = "ivy.frontends"


class MissingOperations(NotImplementedError):
    """Operations of a real program that the frontend cannot run, all of them at once.

    ``missing`` maps each operation's full name (``"torch.nn.functional.fold"``)
    to how often the program called it, and ``where`` to the first place
    (``file:line``) it was called from.
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

    ``run`` takes and returns frontend values (or ``ivy.Array`` / Python values,
    which it accepts as inputs); ``parameters`` holds the program's state as
    ``ivy.Array`` by name (empty for a plain function).
    """

    run: Callable[..., Any]
    parameters: dict[str, Any] = field(default_factory=dict)
    name: str = "program"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.run(*args, **kwargs)


@runtime_checkable
class Frontend(Protocol):
    name: str

    @property
    def namespace(self) -> Any: ...

    def capture(self, program: Any) -> Capture: ...

    def coverage(self) -> dict[str, tuple[Iterable[str], Iterable[str]]]: ...


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
                f"ivy_frontends.load: argument 'name': no frontend {name!r} is installed (installed: {known})"
            )
        plugin = points[name].load()
        if not isinstance(plugin, Frontend):
            raise TypeError(f"ivy_frontends.load: the plugin registered as {name!r} is not a Frontend: {plugin!r}")
        _loaded[name] = plugin
    return _loaded[name]


def import_framework(name: str) -> Any:
    """The real framework's module, imported only when a capture or coverage needs it."""
    return importlib.import_module(name)
