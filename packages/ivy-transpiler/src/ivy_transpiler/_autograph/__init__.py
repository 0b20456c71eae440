"""Python control flow on array values, converted into ``ivy.cond``/``ivy.while_loop`` (as AutoGraph does).

A program is first traced as it is. When the tracer refuses to read an array computed from the
inputs (``bool(t)`` in an ``if``), the function holding that line (the program's own, or a library's
such as kornia's) is converted from its source (:mod:`._convert`) and the trace is run again; while a
program is traced its converted functions run in place of the originals (their code objects are
swapped, and put back after). A line that stays data-dependent in converted code keeps the tracer's
error, which names it.
"""

from __future__ import annotations

import contextlib
import gc
import types
from collections.abc import Iterator
from typing import Any

from ivy_transpiler._autograph._convert import NotConvertibleSource, convert
from ivy_transpiler._autograph._runtime import NotConvertible, bridging

__all__ = ["Conversions", "NotConvertible", "bridging"]


def _nested_codes(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _nested_codes(constant)


class Conversions:
    """The functions converted for one program, swapped in while it is traced."""

    def __init__(self) -> None:
        self.functions: dict[Any, tuple[types.CodeType, types.CodeType]] = {}  # function -> (original, converted)
        self.codes: set[types.CodeType] = set()  # the converted code objects, nested ones included

    @contextlib.contextmanager
    def applied(self) -> Iterator[None]:
        swapped = []
        try:
            for function, (original, converted) in self.functions.items():
                if function.__code__ is original:
                    function.__code__ = converted
                    swapped.append((function, original))
            yield
        finally:
            for function, original in swapped:
                function.__code__ = original

    def learn(self, frames: list[types.FrameType]) -> bool:
        """Convert the function holding the innermost of ``frames`` (the program's frames, outermost first:
        the line the tracer refused); False when it cannot be converted, or already is."""
        if not frames or frames[-1].f_code in self.codes:
            return False
        function = _function_of(frames)
        if function is None or function in self.functions:
            return False
        try:
            converted = convert(function)
        except (NotConvertibleSource, SyntaxError, ValueError, IndexError):  # source missing or not this code's
            return False
        self.functions[function] = (function.__code__, converted)
        self.codes.update(_nested_codes(converted))
        return True


def _function_of(frames: list[types.FrameType]) -> Any:
    """The function to convert for the innermost frame: the running function that defines it when it is
    a nested function made by a call in ``frames``, else the function object itself."""
    code = frames[-1].f_code
    for frame in frames[:-1]:  # outermost first: convert the outermost definer still running
        if frame.f_code is not code and code in set(_nested_codes(frame.f_code)):
            found = _function_of(frames[: frames.index(frame) + 1])
            if found is not None:
                return found
    owners = [f for f in gc.get_referrers(code) if isinstance(f, types.FunctionType) and f.__code__ is code]
    return owners[0] if len(owners) == 1 else None
