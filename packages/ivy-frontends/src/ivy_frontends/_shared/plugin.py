"""What every frontend's plugin object (``ivy.capture.Frontend``) shares.

A frontend lives in ``ivy_frontends.<name>``: its capture is ``<name>._capture.capture``,
its coverage report ``<name>._coverage.coverage``, and its array class holds the
``ivy.Array`` in one attribute. A subclass names these and adds what differs between
frameworks: how a model is described and how the real framework runs a program.
"""

from __future__ import annotations

import importlib
from typing import Any

from ivy.capture import Capture, Model


class FrontendPlugin:
    """The shared half of a frontend plugin; subclasses set ``name`` and ``array``."""

    #: the framework's name, which is also the frontend's subpackage
    name: str
    #: ``(module, class, attribute)``: the frontend's array class and where it keeps the ``ivy.Array``
    array: tuple[str, str, str]

    def _module(self, suffix: str = "") -> Any:
        return importlib.import_module(f"ivy_frontends.{self.name}{suffix}")

    @property
    def namespace(self) -> Any:
        """The frontend's namespace, which plays the framework's top-level module."""
        return self._module()

    def capture(self, program: Any, *example_args: Any) -> Capture:
        """A real program bound to the frontend (see the frontend's ``_capture``)."""
        return self._module("._capture").capture(program, *example_args)

    def describe(self, program: Any) -> Model | None:
        """None: a program that is not a model of the framework (subclasses tell models)."""
        return None

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program run by the real framework."""
        return program(*args, **kwargs)

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's arrays; None for any other value."""
        module, cls, attribute = self.array
        return getattr(value, attribute) if isinstance(value, getattr(self._module(module), cls)) else None

    def coverage(self) -> dict[str, tuple[Any, ...]]:
        """Real public names per namespace and those the frontend emulates (see the frontend's ``_coverage``)."""
        return self._module("._coverage").coverage()

    def __repr__(self) -> str:
        return f"<ivy frontend {self.name!r}>"
