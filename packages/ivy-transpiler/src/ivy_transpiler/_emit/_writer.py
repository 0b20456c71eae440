"""A traced ``ivy.Graph`` written as Python source of one framework.

The writer is framework-neutral: it names values, renders literals and index keys, decides
the casts Ivy's type promotion needs (every value's dtype is known statically), and asks the
target's ``Dialect`` for the text of each call. A hook the dialect lacks, or a call form it
cannot write, is collected; all of them are reported together by ``MissingHooks``.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ivy
from ivy import DType, result_type
from ivy.spec import SPECS
from ivy.tracer.graph import Graph, Node, Ref

#: What a table entry is: a ``str.format`` template over the call's parameter names, or a function of the call.
Rule = str | Callable[["Call"], str]

#: Hooks written as Python infix operators (same meaning in every framework's array class).
OPERATORS = {
    "add": "+",
    "subtract": "-",
    "multiply": "*",
    "divide": "/",
    "floor_divide": "//",
    "remainder": "%",
    "pow": "**",
    "matmul": "@",
    "equal": "==",
    "not_equal": "!=",
    "greater": ">",
    "greater_equal": ">=",
    "less": "<",
    "less_equal": "<=",
    "bitwise_and": "&",
    "bitwise_or": "|",
    "bitwise_xor": "^",
    "bitwise_left_shift": "<<",
    "bitwise_right_shift": ">>",
}

#: Non-elementwise hooks whose array arguments Ivy promotes to the result's dtype first.
PROMOTED = {
    "matmul": ("x1", "x2"),
    "tensordot": ("x1", "x2"),
    "vecdot": ("x1", "x2"),
    "linalg_outer": ("x1", "x2"),
    "where": ("x1", "x2"),
    "concat": ("arrays",),
    "stack": ("arrays",),
    "sum": ("x",),
    "prod": ("x",),
    "cumulative_sum": ("x",),
    "cumulative_prod": ("x",),
    "linalg_trace": ("x",),
}

#: Elementwise hooks whose result is real for a complex argument (the argument is never cast).
_REAL_OF_COMPLEX = {"abs", "real", "imag"}


class Unsupported(Exception):
    """Raised by a rule for a call form its dialect cannot write (reported with the missing hooks)."""


class MissingHooks(NotImplementedError):
    """The graph uses hooks (or call forms) the target's source dialect cannot write: every one, by name."""

    def __init__(self, target: str, missing: dict[str, str]) -> None:
        self.target, self.missing = target, dict(missing)
        listed = "; ".join(f"{hook}{f' ({why})' if why else ''}" for hook, why in sorted(self.missing.items()))
        super().__init__(
            f"ivy_transpiler: cannot write target-only {target} source: no {target} translation for "
            f"{len(self.missing)} operation(s): {listed}. Use output='callable' (runs every operation Ivy "
            f"supports), or add the hook(s) to the {target} dialect (ivy_transpiler.dialects)"
        )


@dataclass
class Dialect:
    """How one framework writes Ivy's hooks: imports, dtypes, casts and a table of rules."""

    name: str
    namespace: str  # the array namespace's alias: "jnp", "torch", "tf", "np", "paddle"
    imports: dict[str, str]  # alias -> import line; a line is written when its alias appears in the source
    cast: str  # template over {x} and {dtype}
    constant: str  # template over {data} (nested lists) and {dtype}
    from_bytes: str  # template over {data} (bytes), {dtype} and {shape}: an array from raw little-endian bytes
    table: dict[str, Rule]
    helpers: dict[str, str] = field(default_factory=dict)  # helper name -> its ``def`` (target-only source)
    operators: dict[str, str] = field(default_factory=lambda: dict(OPERATORS))
    prelude: Callable[[Graph], list[str]] = lambda graph: []  # lines after the imports
    #: around each run of written source inside ``transpile`` (its verification): restores whatever
    #: process-wide setting the prelude changes, so transpiling leaves the caller's process as it was
    scoped: Callable[[], Any] = contextlib.nullcontext
    #: structured control flow: hook -> template (``_control``); empty: Python's ``if``/``while``
    control: dict[str, Any] = field(default_factory=dict)

    def dtype(self, dtype: DType) -> str:
        """The native dtype's expression."""
        return f"{self.namespace}.{dtype.name}"


def array_params(hook: str) -> list[str]:
    """The parameter names of ``hook`` in the order a node's ``args`` hold them."""
    if hook == "getitem":
        return ["x", "key"]
    if hook == "setitem":
        return ["x", "key", "value"]
    return list(SPECS[hook].signature.parameters)


class Call:
    """One node as a rule sees it: ``call["x"]`` is the argument ``x`` rendered (cast where Ivy promotes)."""

    def __init__(self, writer: Writer, node: Node) -> None:
        self.writer, self.node, self.hook = writer, node, node.hook
        self.names = array_params(node.hook)
        self.args = dict(zip(self.names, node.args, strict=True))
        self.out = writer.graph.values[node.outputs[0]] if node.outputs else None
        self.casts = writer.casts(self)

    # -- what rules read ---------------------------------------------------------------------
    def __getitem__(self, name: str) -> str:
        if name == "out_dtype":
            return self.writer.dialect.dtype(self.out.dtype)
        return self.render(self.args[name], self.casts.get(name))

    def raw(self, name: str) -> Any:
        """The argument as recorded: a ``Ref``, a Python value, or a container of them."""
        return self.args[name]

    def dtype_of(self, name: str) -> DType | None:
        value = self.args[name]
        return self.writer.graph.values[value.id].dtype if isinstance(value, Ref) else None

    def shape_of(self, name: str) -> tuple:
        return tuple(self.writer.graph.values[self.args[name].id].shape)

    def render(self, value: Any, cast: DType | None = None) -> str:
        return self.writer.render(value, cast)

    def dtype(self, dtype: DType) -> str:
        return self.writer.dialect.dtype(dtype)

    def helper(self, name: str) -> str:
        """Use the dialect's helper ``name`` (written once, above the function); returns its name."""
        self.writer.used_helpers.setdefault(name, None)
        return name

    def format(self, template: str, **extra: str) -> str:
        """``template`` formatted with the rendered arguments (and ``extra`` fields)."""
        return template.format_map(_Fields(self, extra))


class _Fields(dict):
    def __init__(self, call: Call, extra: dict[str, str]) -> None:
        super().__init__(extra)
        self.call = call

    def __missing__(self, key: str) -> str:
        return self.call[key]


class Writer:
    """Writes one graph's function body in a dialect; ``missing`` collects what it cannot write."""

    def __init__(self, graph: Graph, dialect: Dialect, input_names: dict[int, str]) -> None:
        self.graph, self.dialect = graph, dialect
        self.names = dict(input_names)
        self.used_helpers: dict[str, None] = {}
        self.missing: dict[str, str] = {}
        self.constants: list[str] = []

    # -- names and literals ----------------------------------------------------------------
    def name(self, value_id: int) -> str:
        if value_id not in self.names:
            value = self.graph.values[value_id]
            self.names[value_id] = f"c{value_id}" if value.kind == "constant" else f"v{value_id}"
        return self.names[value_id]

    def cast(self, expression: str, dtype: DType) -> str:
        return self.dialect.cast.format(x=expression, dtype=self.dialect.dtype(dtype))

    def render(self, value: Any, cast: DType | None = None) -> str:
        """Python source for an argument; arrays of another dtype than ``cast`` are cast to it."""
        if isinstance(value, Ref):
            text = self.name(value.id)
            if cast is not None and self.graph.values[value.id].dtype is not cast:
                return self.cast(text, cast)
            return text
        if isinstance(value, DType):
            return self.dialect.dtype(value)
        if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
            return repr(value)
        if isinstance(value, float):
            return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
        if isinstance(value, complex):
            return repr(value)
        if value is Ellipsis:
            return "..."
        if isinstance(value, slice):
            return f"slice({', '.join(self.render(p) for p in (value.start, value.stop, value.step))})"
        if isinstance(value, tuple):
            inner = ", ".join(self.render(v, cast) for v in value)
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        if isinstance(value, list):
            return "[" + ", ".join(self.render(v, cast) for v in value) + "]"
        if hasattr(value, "__array_interface__") and hasattr(value, "tolist"):  # host data (a constant's values)
            return self.render(value.tolist())
        raise Unsupported(f"an argument {value!r} of type {type(value).__name__}")

    def index(self, key: Any) -> str:
        """An index key written as inside ``x[...]``: ``:, 1:``."""
        if isinstance(key, tuple):
            if not key:
                return "()"
            return ", ".join(self.index(k) for k in key) + ("," if len(key) == 1 else "")
        if isinstance(key, slice):
            start, stop, step = (("" if p is None else self.render(p)) for p in (key.start, key.stop, key.step))
            return f"{start}:{stop}" + (f":{step}" if step else "")
        return self.render(key)

    # -- Ivy's promotion, statically ---------------------------------------------------------
    def casts(self, call: Call) -> dict[str, DType]:
        """The arguments to cast, and to what, so the framework computes in the dtype Ivy would."""
        spec = SPECS.get(call.hook)
        if call.out is None:
            return {}
        arrays = [n for n in call.names if call.dtype_of(n) is not None]
        if spec is not None and spec.category == "elementwise":
            if call.out.dtype.kind == "b":  # comparisons: the operands' common dtype
                operands = [call.dtype_of(n) or call.raw(n) for n in call.names if n in ("x", "x1", "x2")]
                common = result_type(*operands)
            else:
                common = call.out.dtype
            found = {}
            for n in arrays:
                dtype = call.dtype_of(n)
                if dtype is common or (call.hook in _REAL_OF_COMPLEX and dtype.kind == "c"):
                    continue
                found[n] = common
            return found
        found = {}
        for n in PROMOTED.get(call.hook, ()):
            value = call.raw(n)
            refs = value if isinstance(value, (list, tuple)) else [value]
            dtypes = [self.graph.values[r.id].dtype for r in refs if isinstance(r, Ref)]
            if any(d is not call.out.dtype for d in dtypes):
                found[n] = call.out.dtype
        return found

    # -- the body ------------------------------------------------------------------------------
    def expression(self, node: Node) -> str:
        call = Call(self, node)
        operator = self.dialect.operators.get(node.hook)
        rule = self.dialect.table.get(node.hook)
        if operator is not None and rule is None:
            left, right = call[call.names[0]], call[call.names[1]]
            return f"{_operand(left)} {operator} {_operand(right)}"
        if rule is None:
            raise Unsupported("")
        return call.format(rule) if isinstance(rule, str) else rule(call)

    def statement(self, node: Node, used: set[int]) -> str | list[str] | None:
        if node.graphs:  # cond, while_loop: nested functions and a structured call
            from ivy_transpiler._emit._control import statement

            return statement(self, node, used)
        try:
            text = self.expression(node)
        except Unsupported as why:
            self.missing.setdefault(_public(node.hook), str(why))
            return None
        if node.structure[0] == "single":
            targets = self.name(node.outputs[0])
        else:
            parts = [self.name(o) if o in used else "_" for o in node.outputs]
            targets = ", ".join(parts) + ("," if len(parts) == 1 else "")
        return f"{targets} = {text}"

    def body(self) -> list[str]:
        graph = self.graph
        used = {r for node in graph.nodes for r in node.refs()} | set(graph.output_ids())
        lines = []
        for value in graph.constants:
            self.constants.append(self.constant(value))
        for node in graph.nodes:
            line = self.statement(node, used)
            if isinstance(line, list):
                lines.extend(line)
            elif line is not None:
                lines.append(line)
        return lines

    def constant(self, value: Any) -> str:
        data = value.data if value.native is None else _tolist(ivy.Array(value.native))
        text = self.dialect.constant.format(data=self.render(data), dtype=self.dialect.dtype(value.dtype))
        return f"{self.name(value.id)} = {text}"


def _tolist(array: ivy.Array) -> Any:
    """An array's values as nested lists of Python scalars of its kind (for a constant's literal)."""
    if array.ndim == 0:
        return {"c": complex, "b": bool, "i": int, "u": int}.get(array.dtype.kind, float)(array)
    return [_tolist(row) for row in array]


def _operand(text: str) -> str:
    """An operand of an infix operator, parenthesised where precedence needs it."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text) or re.fullmatch(r"[0-9.e+]+|True|False", text):
        return text
    return f"({text})"


def _public(hook: str) -> str:
    spec = SPECS.get(hook)
    return f"ivy.{spec.qualname}" if spec is not None and spec.public else f"ivy.Array.__{hook}__"
