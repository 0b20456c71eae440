"""Code generated from a graph: bound to a backend's natives, or readable Ivy source."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ivy._dtypes import DType
from ivy.spec import SPECS
from ivy.tracer.graph import Graph, Node, Ref


def _literal(
    value: Any,
    constant: Callable[[Any], str],
    dtype: Callable[[DType], str],
    ref: Callable[[int], str],
    string: Callable[[str], str] = str.__repr__,
) -> str:
    """Python source for an argument. Only literals of exact built-in types are written out, through
    the built-in ``repr`` of their type (never a subclass's); anything else goes through ``constant``."""
    if isinstance(value, Ref):
        return ref(value.id)
    if isinstance(value, DType):
        return dtype(value)
    if value is None:
        return "None"
    if value is Ellipsis:
        return "..."
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return float.__repr__(value) if math.isfinite(value) else f"float('{float.__repr__(value)}')"
    if isinstance(value, complex):
        parts = (_literal(float(p), constant, dtype, ref) for p in (value.real, value.imag))
        return f"complex({', '.join(parts)})"
    if isinstance(value, str):
        return string(value)
    if isinstance(value, slice):
        parts = (value.start, value.stop, value.step)
        return f"slice({', '.join(_literal(p, constant, dtype, ref, string) for p in parts)})"
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        inner = ", ".join(_literal(v, constant, dtype, ref, string) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v, constant, dtype, ref, string) for v in value) + "]"
    if type(value) is dict and all(isinstance(k, str) for k in value):
        items = (f"{string(k)}: {_literal(v, constant, dtype, ref, string)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    return constant(value)


def _name(prefix: str, value_id: Any) -> str:
    """A variable name from a value id, which must be a non-negative int (never text from a file)."""
    if type(value_id) is not int or value_id < 0:
        raise ValueError(f"ivy.Graph: value ids are non-negative integers, not {value_id!r}")
    return f"{prefix}{value_id}"


def _names(graph: Graph) -> dict[int, str]:
    names = {value_id: _name("x", i) for i, value_id in enumerate(graph.inputs)}
    for value in graph.values.values():
        names.setdefault(value.id, _name("c" if value.kind == "constant" else "v", value.id))
    return names


def _targets(node: Node, names: dict[int, str]) -> str:
    if node.structure[0] == "single":
        return names[node.outputs[0]]
    if not node.outputs:  # a call returning an empty tuple
        return "_"
    return ", ".join(names[o] for o in node.outputs) + ("," if len(node.outputs) == 1 else "")


def _result(graph: Graph, names: dict[int, str]) -> str:
    ids = graph._result_ids()
    if not ids:  # a function returning no arrays
        return "()"
    if len(ids) == 1:
        return names[ids[0]]
    return "(" + ", ".join(names[i] for i in ids) + ",)"


def _to_backend_native(native: Any, source: Any, target: Any) -> Any:
    if source is target:
        return native
    try:
        return target.from_dlpack(native, None, None)
    except Exception:
        return target.asarray(native, None, None, None)


def bind(graph: Graph, backend: str) -> Callable:
    """``graph`` as a function over ``backend``'s native arrays, calling its bound hooks directly."""
    from ivy import _backends

    ops = _backends.load(backend)
    names = _names(graph)
    namespace: dict[str, Any] = {}

    def constant(value: Any) -> str:
        name = f"_k{len(namespace)}"
        namespace[name] = value
        return name

    def dtype(value: DType) -> str:
        return constant(ops.to_native_dtype[value])

    for value in graph.constants:
        if value.native is None:  # loaded from a file: data, made an array of ``backend`` here
            namespace[names[value.id]] = ops.asarray(value.data, ops.to_native_dtype[value.dtype], None, None)
        else:  # traced in this process: the backend that made it is loaded already
            source = _backends.load(graph.backend) if graph.backend in _backends.available_backends() else ops
            namespace[names[value.id]] = _to_backend_native(value.native, source, ops)
    lines = [f"def graph({', '.join(names[i] for i in graph.inputs)}):"]
    dead_after = _dead_after(graph)
    for index, node in enumerate(graph.nodes):
        if node.hook not in SPECS or not node.hook.isidentifier():
            raise ValueError(f"ivy.Graph: {node.hook!r} is not the hook of an ivy function")
        args = [_literal(a, constant, dtype, names.__getitem__, constant) for a in node.args]
        if node.graphs:  # control flow: run by ivy.tracer.control_flow with its sub-graphs bound here
            lines.append(
                f"    {_targets(node, names)} = {_control_flow_call(node, ops, backend, namespace)}({', '.join(args)})"
            )
            continue
        namespace.setdefault(f"_h_{node.hook}", getattr(ops, node.hook))
        if node.hook == "setitem":  # graphs are pure: update a copy
            namespace.setdefault("_h_asarray", ops.asarray)
            args[0] = f"_h_asarray({args[0]}, None, None, True)"
        lines.append(f"    {_targets(node, names)} = _h_{node.hook}({', '.join(args)})")
        if dead_after.get(index):
            lines.append(f"    del {', '.join(names[v] for v in dead_after[index])}")
    lines.append(f"    return {_result(graph, names)}")
    code = "\n".join(lines) + "\n"
    exec(compile(code, f"<ivy graph on {backend}>", "exec"), namespace)
    function = namespace["graph"]
    # composites, and backends' fallbacks to them, call ivy functions: the backend is selected while it runs
    function = _in_context(function, ops)
    function.__ivy_source__ = code  # type: ignore[attr-defined]
    return function


def _control_flow_call(node: Node, ops: Any, backend: str, namespace: dict) -> str:
    """The name of a function running a control-flow node with its sub-graphs bound to ``backend``."""
    import functools

    from ivy.tracer.control_flow import execute, runner

    name = f"_cf{len(namespace)}"
    namespace[name] = functools.partial(execute, ops, node.hook, [runner(g, backend) for g in node.graphs])
    return name


def _dead_after(graph: Graph) -> dict[int, list[int]]:
    """Node index -> the intermediate values no later node reads and the graph does not return.

    The bound function deletes them there, as eager code drops its temporaries: the framework's
    allocator then reuses their (cache-warm) memory, instead of every value living to the end.
    """
    last: dict[int, int] = {}
    for index, node in enumerate(graph.nodes):
        for value in node.outputs:
            last[value] = index
        for value in node.refs():
            last[value] = index
    kept = set(graph._result_ids()) | set(graph.inputs) | {v.id for v in graph.constants}
    dead: dict[int, list[int]] = {}
    for value, index in last.items():
        if value not in kept:
            dead.setdefault(index, []).append(value)
    return dead


def _in_context(function: Callable, ops: Any) -> Callable:
    from ivy import _dispatch

    context = _dispatch._context

    def graph(*args: Any) -> Any:
        token = context.set(ops)
        try:
            return function(*args)
        finally:
            context.reset(token)

    return graph


def _public_call(node: Node, render: Callable[[Any], str]) -> str:
    spec = SPECS.get(node.hook)
    if spec is None or not spec.public:  # indexing through ivy.Array
        if node.hook == "getitem":
            return f"{render(node.args[0])}[{render(node.args[1])}]"
        return f"_setitem({', '.join(render(a) for a in node.args)})"
    pieces = []
    for parameter, value in zip(spec.signature.parameters.values(), node.args, strict=True):
        if parameter.kind is parameter.VAR_POSITIONAL:
            pieces.extend(render(v) for v in value)
        elif parameter.kind is parameter.POSITIONAL_ONLY or parameter.default is parameter.empty:
            pieces.append(render(value) if parameter.kind is parameter.POSITIONAL_ONLY else
                          f"{parameter.name}={render(value)}")  # fmt: skip
        elif not (
            value is parameter.default or (value == parameter.default and type(value) is type(parameter.default))
        ):
            pieces.append(f"{parameter.name}={render(value)}")
    return f"ivy.{spec.qualname}({', '.join(pieces)})"


def _tolist(array: Any) -> Any:
    if array.ndim == 0:
        return complex(array) if array.dtype.kind == "c" else bool(array) if array.dtype.kind == "b" else (
            int(array) if array.dtype.kind in "iu" else float(array))  # fmt: skip
    return [_tolist(row) for row in array]


def _control_flow_source(node: Node, index: str, names: dict, render: Callable, extra: list) -> list[str]:
    """Lines calling ``ivy.cond``/``while_loop``/``scan``; the sub-graphs become functions in ``extra``."""
    from ivy.tracer.control_flow import GRAPH_NAMES

    functions = [f"_{node.hook}{index}_{part}" for part in GRAPH_NAMES[node.hook]]
    for function, graph in zip(functions, node.graphs, strict=True):
        code = python_source(graph, flat=True, prefix=f"{index}_").removeprefix("import ivy\n\n")
        extra.append(code.replace("def graph(", f"def {function}(", 1).rstrip("\n") + "\n")
    targets = _targets(node, names)

    def captures(refs: tuple) -> str:
        return "".join(f", {render(r)}" for r in refs)

    if node.hook == "cond":
        pred, operands, true_caps, false_caps = node.args
        branches = [f"lambda *a: {f}(*a{captures(c)})" for f, c in zip(functions, (true_caps, false_caps), strict=True)]
        ops_text = "".join(f", {render(o)}" for o in operands)
        return [f"    {targets} = ivy.cond({render(pred)}, {branches[0]}, {branches[1]}{ops_text})"]
    if node.hook == "while_loop":
        carry, cond_caps, body_caps = node.args
        return [
            f"    {targets} = ivy.while_loop(lambda c: {functions[0]}(*c{captures(cond_caps)})[0], "
            f"lambda c: {functions[1]}(*c{captures(body_caps)}), {render(tuple(carry))})"
        ]
    carry, xs, length, reverse, caps = node.args
    count, step = len(carry), functions[0]
    return [
        f"    _carry, _ys = ivy.scan(lambda c, x: (lambda r: (r[:{count}], r[{count}:]))("
        f"{step}(*c, *x{captures(caps)})), "
        f"{render(tuple(carry))}, {render(tuple(xs))}, length={length!r}, reverse={reverse!r})",
        f"    {targets} = (*_carry, *_ys)",
    ]


def python_source(graph: Graph, *, flat: bool = False, prefix: str = "") -> str:
    """Readable, runnable Python: ``graph(x0, ...)`` written with ``ivy`` functions.

    ``flat`` returns every output in order as a tuple (a sub-graph of control flow)."""
    from ivy._array import Array

    names = _names(graph)
    extra: list[str] = []

    def constant(value: Any) -> str:
        raise TypeError(f"ivy.Graph.source: cannot write {value!r} as Python source")

    def dtype(value: DType) -> str:
        return f"ivy.{value.name}"

    def render(value: Any) -> str:
        return _literal(value, constant, dtype, names.__getitem__)

    body = []
    for value in graph.constants:
        data = render(value.data if value.native is None else _tolist(Array(value.native)))
        body.append(f"    {names[value.id]} = ivy.asarray({data}, dtype={dtype(value.dtype)})")
    for node in graph.nodes:
        if node.hook == "setitem" and not any(e.startswith("def _setitem(") for e in extra):
            extra.append(
                "def _setitem(x, key, value):\n"
                '    """x with x[key] = value, leaving x unchanged."""\n'
                "    x = ivy.asarray(x, copy=True)\n"
                "    x[key] = value\n"
                "    return x\n"
            )
        if node.graphs:
            body.extend(_control_flow_source(node, f"{prefix}{len(extra)}", names, render, extra))
            continue
        body.append(f"    {_targets(node, names)} = {_public_call(node, render)}")
    traced_on = graph.backend if graph.backend and graph.backend.isidentifier() else "an unnamed backend"
    header = f'def graph({", ".join(names[i] for i in graph.inputs)}):\n    """Traced on {traced_on}."""'
    result = "(" + "".join(f"{names[i]}, " for i in graph.output_ids()) + ")" if flat else _result(graph, names)
    return "\n\n".join(["import ivy", *extra, "\n".join([header, *body, f"    return {result}"])]) + "\n"
