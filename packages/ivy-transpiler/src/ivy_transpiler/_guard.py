"""Refusing data-dependent Python values while a program is traced.

A graph records array operations; a Python value read from an array (``bool(x.sum() > 0)``,
``x.item()``, ``x.tolist()``, ``np.asarray(x)``) would be frozen into the graph as the example
inputs' value, so the transpiled program would silently compute something else on other inputs.
While the transpiler traces, reading the value of an array that depends on the program's
inputs or state raises ``DataDependentValue`` instead, naming the place in the program.
Values of constants (arrays the program made from literals) can still be read.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

import ivy
from ivy import _dispatch


class DataDependentValue(ValueError):
    """The program reads a Python value from an array computed from its inputs: a graph cannot hold that."""


_SKIP = tuple(
    os.path.dirname(os.path.abspath(m.__file__)) + os.sep
    for m in (ivy, sys.modules["ivy_frontends"], sys.modules[__name__.rsplit(".", 1)[0]])
)


def _depends_on_inputs(tape: Any, native: Any) -> bool:
    value = tape.current.get(id(native))
    if value is None or value.kind == "constant":
        return False
    if value.kind in ("input", "parameter"):
        return True
    producers = {o: node for node in tape.nodes for o in node.outputs}
    pending, seen = [value.id], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        kind = tape.values[current].kind
        if kind in ("input", "parameter"):
            return True
        node = producers.get(current)
        if node is not None:
            pending.extend(node.refs())
    return False


def _call_site() -> str:
    frame = sys._getframe(2)
    torch_dir = os.path.dirname(os.path.abspath(sys.modules["torch"].__file__)) if "torch" in sys.modules else None
    while frame is not None:
        path = os.path.abspath(frame.f_code.co_filename)
        if not path.startswith(_SKIP) and not (torch_dir and path.startswith(torch_dir)) and "importlib" not in path:
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back
    return "?"


def _check(array: Any, what: str) -> None:
    tape = getattr(_dispatch._context.get(None), "_tape", None)
    if tape is not None and _depends_on_inputs(tape, array._data):
        raise DataDependentValue(
            f"ivy_transpiler: the program reads a Python value from an array that depends on its inputs ({what} at "
            f"{_call_site()}); a traced graph would freeze the example's value. Keep the computation in tensor "
            "operations (torch.where instead of if, no .item()/.tolist()), or pass the value as a static argument"
        )


@contextlib.contextmanager
def refuse_data_dependence() -> Iterator[None]:
    """While active (during a trace), reading an input-dependent array's value raises ``DataDependentValue``."""
    klass = ivy.Array
    originals = {name: klass.__dict__[name] for name in ("_scalar", "__array__", "__dlpack__")}

    def scalar(self: Any, convert: Any, name: str) -> Any:
        _check(self, f"ivy.Array.{name}")
        return originals["_scalar"](self, convert, name)

    def array(self: Any, *args: Any, **kwargs: Any) -> Any:
        _check(self, "conversion to a NumPy array")
        return originals["__array__"](self, *args, **kwargs)

    def dlpack(self: Any, *args: Any, **kwargs: Any) -> Any:
        _check(self, "DLPack export")
        return originals["__dlpack__"](self, *args, **kwargs)

    klass._scalar, klass.__array__, klass.__dlpack__ = scalar, array, dlpack
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(klass, name, original)
