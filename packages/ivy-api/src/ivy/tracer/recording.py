"""Recording calls while a function runs: the tape behind ``trace_graph``."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from ivy import _dispatch
from ivy._array import Array
from ivy._codegen import parameter_role
from ivy._dtypes import DType
from ivy._errors import IvyValueError
from ivy.spec import SPECS
from ivy.tracer.graph import Graph, Node, Ref, Value, _collect_refs

#: Hooks recorded as nodes: every public function, plus indexing through ``ivy.Array``.
RECORDED = {spec.hook for spec in SPECS.values() if spec.public and not spec.core} | {"getitem", "setitem"}
RECORDED |= {"cond", "while_loop", "scan"}  # core functions recorded as nodes with sub-graphs (tracer.control_flow)
#: Hooks whose results are random: never folded into constants nor merged.
RANDOM_HOOKS = {
    spec.hook for spec in SPECS.values() if spec.namespace == "random" or "seed" in spec.signature.parameters
}


class IvyTracingError(IvyValueError):
    """A traced function did something a graph cannot represent."""


class Tape:
    """What happened during one traced run."""

    def __init__(self, ops: Any):
        self.ops = ops
        self.values: list[Value] = []  # every value, by id
        self.current: dict[int, Value] = {}  # id(native) -> the value that native holds now
        self.keep: list[Any] = []  # natives kept alive so that their ids stay unique
        self.nodes: list[Node] = []
        self.depth = 0
        self.dependent: set[int] = set()  # ids of the values computed from the inputs

    def value_of(self, native: Any) -> Value:
        """The value a native array is: an input, a node's output, or a (closed-over) constant."""
        found = self.current.get(id(native))
        if found is None:
            found = self.add_value(native, kind="constant")
        return found

    def add_value(self, native: Any, *, kind: str, name: str | None = None) -> Value:
        value = Value(
            id=len(self.values),
            kind=kind,
            shape=tuple(self.ops.shape_of(native)),
            dtype=self.ops.from_native_dtype[self.ops.dtype_of(native)],
            name=name,
            native=native if kind == "constant" else None,
        )
        self.values.append(value)
        if kind == "input":
            self.dependent.add(value.id)
        self.current[id(native)] = value  # an in-place update makes the same native a new value
        self.keep.append(native)
        return value

    def knows(self, native: Any) -> bool:
        """Whether ``native`` already holds a value here or in an enclosing tape."""
        tape: Any = self
        while tape is not None:
            if id(native) in tape.current:
                return True
            tape = getattr(tape, "parent", None)
        return False

    def fresh(self, native: Any) -> Any:
        """A copy of ``native`` with an identity of its own (values are told apart by identity)."""
        return self.ops.asarray(native, None, None, True)

    def distinct(self, result: Any, args: tuple) -> Any:
        """``result`` with each array that aliases a known value it was not given replaced by a copy.

        A backend may hand out one object for equal new arrays (a cache of scalars): a new
        value must not be mistaken for an input or constant that happens to share its object.
        An argument returned as it is (``asarray(x)``) is the same value and stays.
        """
        given = {id(n) for n in _natives_in(args)}
        structure, natives = _flatten_result(result)
        if not any(self.ops.owns(n) and id(n) not in given and self.knows(n) for n in natives):
            return result
        natives = [self.fresh(n) if self.ops.owns(n) and id(n) not in given and self.knows(n) else n for n in natives]
        if structure[0] == "single":
            return natives[0]
        if structure[0] == "named":
            return structure[1](*natives)
        return natives if structure[0] == "list" else tuple(natives)

    def encode(self, item: Any, role: str = "plain") -> Any:
        """An argument with arrays replaced by references and native dtypes by ivy's."""
        if self.ops.owns(item):
            return Ref(self.value_of(item).id)
        if role == "dtype" and item is not None:
            return self.ops.from_native_dtype.get(item, item)
        if isinstance(item, (tuple, list)):
            return type(item)(self.encode(i) for i in item)
        return item

    def record(self, hook: str, args: tuple, result: Any) -> None:
        spec = SPECS.get(hook)
        roles = [parameter_role(p) for p in spec.signature.parameters.values()] if spec else ["plain"] * len(args)
        encoded = tuple(self.encode(a, r) for a, r in zip(args, roles, strict=False))
        structure, natives = _flatten_result(result)
        outputs = [self.add_value(n, kind="node").id for n in natives]
        refs: list[int] = []
        _collect_refs(encoded, refs)
        if any(r in self.dependent for r in refs):
            self.dependent.update(outputs)
        self.nodes.append(Node(hook=hook, args=encoded, outputs=outputs, structure=structure))


def _natives_in(item: Any) -> list:
    """The objects inside nested tuples and lists (a call's arguments)."""
    if isinstance(item, (tuple, list)):
        return [n for i in item for n in _natives_in(i)]
    return [item]


def _flatten_result(result: Any) -> tuple[Any, list]:
    if isinstance(result, tuple) and hasattr(result, "_fields"):
        return ("named", type(result)), list(result)
    if isinstance(result, (tuple, list)):
        return (type(result).__name__, len(result)), list(result)
    return ("single",), [result]


class TracingOps:
    """Stands in for a bound backend while tracing; hook calls are recorded on the tape."""

    def __init__(self, inner: Any, tape: Tape):
        self._inner = inner
        self._tape = tape

    def check_readable(self, native: Any, name: str) -> None:
        """Refuse Python values (``float(x)``, ``x.item()``, ``np.asarray(x)``) of arrays that
        depend on the traced function's inputs: the graph would hold the value of this one
        run as a constant, silently wrong on other inputs."""
        tape, value = self._tape, None
        while tape is not None and value is None:  # a sub-graph's tape: the enclosing traces' values too
            value = tape.current.get(id(native))
            tape = tape if value is not None else getattr(tape, "parent", None)
        if value is not None and value.id in tape.dependent:
            raise IvyTracingError(
                f"ivy.trace_graph: Array.{name} reads the value of an array computed from the traced "
                "function's inputs; a graph cannot hold a Python value that changes with its inputs. "
                "Keep the computation in ivy calls (e.g. ivy.where instead of an if on an array), or pass "
                "the value as a static argument"
            )

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if name in RECORDED and callable(attribute):
            attribute = self._recorder(name, attribute)
        setattr(self, name, attribute)  # found once, then a plain attribute
        return attribute

    def _recorder(self, hook: str, function: Callable) -> Callable:
        tape = self._tape

        @functools.wraps(function)
        def recorded(*args: Any) -> Any:
            if tape.depth:  # inside a composite: the outer call is the node
                return function(*args)
            tape.depth += 1
            try:
                result = function(*args)
            finally:
                tape.depth -= 1
            result = tape.distinct(result, args)
            tape.record(hook, args, result)
            return result

        return recorded


def _flatten_inputs(tree: Any, ops: Any, path: str, leaves: list) -> Any:
    """Replace arrays in nested containers by placeholders; collect ``(path, native)`` leaves."""
    if isinstance(tree, Array) or ops.owns(tree):
        native = tree._data if isinstance(tree, Array) else tree
        leaves.append((path, native))
        return Ref(len(leaves) - 1)
    if isinstance(tree, dict):
        return {k: _flatten_inputs(v, ops, f"{path}.{k}" if path else str(k), leaves) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)) and not hasattr(tree, "_fields"):
        return type(tree)(_flatten_inputs(v, ops, f"{path}[{i}]", leaves) for i, v in enumerate(tree))
    return tree


def _argument_names(fn: Callable, args: tuple, kwargs: dict) -> dict:
    """``{"x": x, "params": {...}}``: the call's arguments by parameter name, for naming inputs."""
    try:
        return dict(inspect.signature(fn).bind(*args, **kwargs).arguments)
    except (TypeError, ValueError):
        return {**{f"arg{i}": a for i, a in enumerate(args)}, **kwargs}


def _wrap_tree(tree: Any, tape: Tape) -> Any:
    if isinstance(tree, Array):
        return Ref(tape.value_of(tree._data).id)
    if tape.ops.owns(tree):
        return Ref(tape.value_of(tree).id)
    if isinstance(tree, dict):
        return {k: _wrap_tree(v, tape) for k, v in tree.items()}
    if isinstance(tree, tuple) and hasattr(tree, "_fields"):
        return type(tree)(*(_wrap_tree(v, tape) for v in tree))
    if isinstance(tree, (list, tuple)):
        return type(tree)(_wrap_tree(v, tape) for v in tree)
    return tree


def _rebuild(tree: Any, values: list) -> Any:
    if isinstance(tree, Ref):
        return values[tree.id]
    if isinstance(tree, dict):
        return {k: _rebuild(v, values) for k, v in tree.items()}
    if isinstance(tree, tuple) and hasattr(tree, "_fields"):
        return type(tree)(*(_rebuild(v, values) for v in tree))
    if isinstance(tree, (list, tuple)):
        return type(tree)(_rebuild(v, values) for v in tree)
    return tree


def _is_module(fn: Any) -> bool:
    return callable(getattr(fn, "apply", None)) and callable(getattr(fn, "named_parameters", None))


def trace_graph(fn: Callable, *args: Any, **kwargs: Any) -> Graph:
    """Run ``fn(*args, **kwargs)`` once and return the graph of Ivy calls it made.

    An ``ivy.Module`` is traced through its functional view: its parameters
    become the graph's first input (``params``), so the graph is a pure,
    trainable function ``graph(params, *args)``.
    """
    if _is_module(fn):
        module = fn

        def apply(params: Any, *inputs: Any, **options: Any) -> Any:
            return module.apply(params, *inputs, **options)

        graph = trace_graph(apply, module.parameters(), *args, **kwargs)
        for value_id in graph.inputs:
            if (graph.values[value_id].name or "").startswith("params"):
                graph.values[value_id].kind = "parameter"
        return graph
    ops = _dispatch.ops()
    tape = Tape(ops)
    leaves: list = []
    template = _flatten_inputs((args, kwargs), ops, "", leaves)
    named: list = []
    _flatten_inputs(_argument_names(fn, args, kwargs), ops, "", named)
    names = [path for path, _ in named] if len(named) == len(leaves) else [path for path, _ in leaves]
    passed: set[int] = set()
    for i, (path, native) in enumerate(leaves):  # one object passed twice is two inputs of the graph
        if id(native) in passed:
            leaves[i] = (path, tape.fresh(native))
        passed.add(id(leaves[i][1]))
    inputs = [
        tape.add_value(native, kind="input", name=name).id for name, (_, native) in zip(names, leaves, strict=True)
    ]
    token = _dispatch._context.set(TracingOps(ops, tape))
    try:
        call_args, call_kwargs = _rebuild(template, [Array(native) for _, native in leaves])
        result = fn(*call_args, **call_kwargs)
    finally:
        _dispatch._context.reset(token)
    values = {v.id: v for v in tape.values}
    return Graph(
        nodes=tape.nodes,
        values=values,
        inputs=inputs,
        template=template,
        outputs=_wrap_tree(result, tape),
        function=fn,
        backend=ops.name,
    ).prune()


__all__ = ["DType", "IvyTracingError", "TracingOps", "trace_graph"]
