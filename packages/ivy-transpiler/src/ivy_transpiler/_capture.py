"""Capturing the source program with its frontend plugin, and the errors a capture or trace reports."""

from __future__ import annotations

import os
import sys
import types
from collections import Counter
from importlib.metadata import entry_points
from typing import Any

import ivy
import ivy.capture
from ivy.capture import Capture, MissingOperations
from ivy.tracer.recording import IvyTracingError
from ivy_transpiler._autograph import NotConvertible


class UnsupportedOperations(MissingOperations):
    """The source program uses operations its frontend lacks: every one, by full name, count and call site.

    A ``MissingOperations`` (so ``except MissingOperations`` catches it) whose message says what
    was being transpiled, from which framework to which.
    """

    def __init__(self, error: MissingOperations, program: str, source: str, target: str) -> None:
        super().__init__(error.frontend, Counter(error.missing), dict(error.where))
        self.program, self.source, self.target = program, source, target
        self.args = (f"ivy_transpiler.transpile: cannot transpile {program} from {source} to {target}: {self.args[0]}",)


class DataDependentValue(IvyTracingError):
    """The program reads a Python value from an array computed from its inputs: a graph cannot hold that.

    The tracer refuses the read (``ivy.tracer``); this error names the place in the program.
    """


def data_dependent(error: IvyTracingError, modules: tuple[str, ...]) -> DataDependentValue:
    """``error`` (the tracer refusing a read) as the transpiler's error, naming the program's line.

    The line is the innermost frame of the traceback outside ivy, the transpiler, the frontends
    and the source framework's ``modules``.
    """
    frames = program_frames(error, modules)
    site = f"{frames[-1][0].f_code.co_filename}:{frames[-1][1]}" if frames else "?"
    if isinstance(error, NotConvertible):  # converted control flow that cannot be staged: its own reason
        return DataDependentValue(f"{error.args[0]} (at {site})")
    return DataDependentValue(
        f"ivy_transpiler: the program reads a Python value from an array that depends on its inputs (at {site}); "
        "a traced graph would freeze the example's value. Keep the computation in tensor operations (torch.where "
        "instead of if, no .item()/.tolist()), or pass the value as a static argument"
    )


def program_frames(error: BaseException, modules: tuple[str, ...]) -> list[tuple[types.FrameType, int]]:
    """``(frame, line)`` of the error's traceback outside ivy, the transpiler, the frontends and the
    source framework's ``modules``: the program's own frames, outermost first."""
    skip = _package_dirs(("ivy", __name__.split(".")[0], *_frontend_roots(), *modules))
    frames, tb = [], error.__traceback__
    while tb is not None:
        path = os.path.abspath(tb.tb_frame.f_code.co_filename)
        if not path.startswith(skip) and "importlib" not in path and not path.startswith("<"):
            frames.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _frontend_roots() -> list[str]:
    return [ep.value.split(":")[0].split(".")[0] for ep in entry_points(group=ivy.capture.GROUP)]


def _package_dirs(roots: tuple[str, ...]) -> tuple[str, ...]:
    modules = [sys.modules.get(r) for r in roots]
    return tuple(
        os.path.dirname(os.path.abspath(m.__file__)) + os.sep
        for m in modules
        if isinstance(m, types.ModuleType) and getattr(m, "__file__", None)
    )


def capture(obj: Any, source: str, target: str) -> Capture:
    """``obj`` bound to the ``source`` frontend, its state held as ``ivy.Array`` of the ``target`` backend."""
    if source not in ivy.capture.available():
        raise ValueError(
            f"ivy_transpiler.transpile: argument 'source': no frontend for {source!r} is installed "
            f"(installed: {', '.join(ivy.capture.available()) or 'none'})"
        )
    plugin = ivy.capture.load(source)
    with ivy.using_backend(target):
        return plugin.capture(obj)


def describe(obj: Any) -> str:
    """A short name for error messages: a model's class, or a function's qualified name."""
    name = getattr(obj, "__qualname__", None)
    return f"{name}()" if isinstance(name, str) else type(obj).__name__
