"""``Graph``: a traced computation as data, and what can be done with it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ivy._dtypes import DType


@dataclass(frozen=True)
class Ref:
    """A reference to a value of the graph (an input, a constant, or a node's output)."""

    id: int


@dataclass
class Value:
    id: int
    kind: str  # "input", "parameter" (a module's), "constant" or "node"
    shape: tuple
    dtype: DType
    name: str | None = None
    native: Any = None  # constants only
    data: Any = None  # constants loaded from a file: nested lists, materialised when bound

    @property
    def label(self) -> str:
        return f"{self.dtype.name}{list(self.shape)}"


@dataclass
class Node:
    """One call: ``hook(*args)`` producing the values ``outputs``."""

    hook: str
    args: tuple
    outputs: list[int]
    structure: tuple = ("single",)
    graphs: tuple = ()  # control flow (cond, while_loop, scan): the graphs of its functions

    def refs(self) -> list[int]:
        found: list[int] = []
        _collect_refs(self.args, found)
        return found

    @property
    def function(self) -> str:
        """The public name (``nn.relu``), or the indexing operation."""
        from ivy.spec import SPECS

        spec = SPECS.get(self.hook)
        return spec.qualname if spec and spec.public else self.hook


def _collect_refs(item: Any, found: list[int]) -> None:
    if isinstance(item, Ref):
        found.append(item.id)
    elif isinstance(item, (tuple, list)):
        for i in item:
            _collect_refs(i, found)
    elif isinstance(item, dict):
        for i in item.values():
            _collect_refs(i, found)
    elif isinstance(item, slice):
        for i in (item.start, item.stop, item.step):
            _collect_refs(i, found)


def _map_refs(item: Any, mapping: Callable[[int], Any]) -> Any:
    if isinstance(item, Ref):
        return mapping(item.id)
    if isinstance(item, tuple) and hasattr(item, "_fields"):
        return type(item)(*(_map_refs(i, mapping) for i in item))
    if isinstance(item, (tuple, list)):
        return type(item)(_map_refs(i, mapping) for i in item)
    if isinstance(item, dict):
        return {k: _map_refs(v, mapping) for k, v in item.items()}
    if isinstance(item, slice):
        return slice(*(_map_refs(i, mapping) for i in (item.start, item.stop, item.step)))
    return item


def _native(value: Value, ops: Any) -> Any:
    """A constant's array: the traced one, or one made from the data a loaded graph holds."""
    if value.native is not None:
        return value.native
    return ops.asarray(value.data, ops.to_native_dtype[value.dtype], None, None)


def _freeze(item: Any) -> Any:
    """A hashable image of an argument (for common subexpressions)."""
    if isinstance(item, (tuple, list)):
        return (type(item).__name__, tuple(_freeze(i) for i in item))
    if isinstance(item, dict):
        return ("dict", tuple(sorted((k, _freeze(v)) for k, v in item.items())))
    if isinstance(item, slice):
        return ("slice", _freeze(item.start), _freeze(item.stop), _freeze(item.step))
    try:
        hash(item)
    except TypeError:
        return ("id", id(item))
    return (type(item).__name__, item)


@dataclass
class Graph:
    """A pure function of its inputs, as a list of Ivy calls in execution order."""

    nodes: list[Node]
    values: dict[int, Value]
    inputs: list[int]
    template: Any  # (args, kwargs) with Ref(i) for the i-th input
    outputs: Any  # the result's structure with Ref(value id) leaves
    function: Callable | None = None
    backend: str | None = None
    _bound: dict = field(default_factory=dict, repr=False)

    # -- inspection -----------------------------------------------------------
    @property
    def op_counts(self) -> Counter:
        return Counter(node.function for node in self.nodes)

    @property
    def parameters(self) -> list[str]:
        """Names of the inputs that are a traced module's parameters."""
        return [self.values[i].name for i in self.inputs if self.values[i].kind == "parameter"]

    @property
    def constants(self) -> list[Value]:
        used = {r for node in self.nodes for r in node.refs()} | set(self.output_ids())
        return [v for v in self.values.values() if v.kind == "constant" and v.id in used]

    def output_ids(self) -> list[int]:
        found: list[int] = []
        _collect_refs(self.outputs, found)
        return found

    def signature(self) -> list[tuple[tuple, str]]:
        return [(self.values[i].shape, self.values[i].dtype.name) for i in self.inputs]

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}: {n}" for name, n in self.op_counts.most_common())
        return f"<ivy.Graph: {len(self.inputs)} inputs, {len(self.nodes)} nodes ({counts}), traced on {self.backend}>"

    # -- passes ---------------------------------------------------------------
    def prune(self) -> Graph:
        """Dead-code elimination: keep the nodes that reach an output."""
        needed = set(self.output_ids())
        kept = []
        for node in reversed(self.nodes):
            if needed.intersection(node.outputs):
                kept.append(node)
                needed.update(node.refs())
        self.nodes = kept[::-1]
        return self

    def eliminate_common_subexpressions(self) -> Graph:
        """Calls of the same function on the same arguments are computed once."""
        from ivy.tracer.recording import RANDOM_HOOKS

        seen: dict[Any, Node] = {}
        alias: dict[int, int] = {}
        kept = []
        for node in self.nodes:
            node.args = _map_refs(node.args, lambda i: Ref(alias.get(i, i)))
            key = (node.hook, _freeze(node.args))
            earlier = seen.get(key) if node.hook not in RANDOM_HOOKS and not node.graphs else None
            if earlier is not None and len(earlier.outputs) == len(node.outputs):
                alias.update(zip(node.outputs, earlier.outputs, strict=True))
                continue
            seen[key] = node
            kept.append(node)
        self.nodes = kept
        self.outputs = _map_refs(self.outputs, lambda i: Ref(alias.get(i, i)))
        return self

    def fold_constants(self) -> Graph:
        """Nodes that depend on constants only are computed now and become constants."""
        from ivy import _dispatch
        from ivy._array import Array
        from ivy.tracer.codegen import _tolist
        from ivy.tracer.recording import RANDOM_HOOKS

        ops = _dispatch.ops()
        kept = []
        for node in self.nodes:
            sources = [self.values[r] for r in node.refs()]
            if node.hook in RANDOM_HOOKS or node.graphs or any(v.kind != "constant" for v in sources):
                kept.append(node)
                continue
            result = getattr(ops, node.hook)(*_map_refs(node.args, lambda i: _native(self.values[i], ops)))
            natives = list(result) if node.structure[0] != "single" else [result]
            for value_id, native in zip(node.outputs, natives, strict=True):
                value = self.values[value_id]
                value.kind = "constant"
                if self.function is None:  # a loaded graph keeps its constants as data
                    value.data = _tolist(Array(native))
                else:
                    value.native = native
        self.nodes = kept
        return self

    def optimize(self) -> Graph:
        """Constant folding, common subexpressions, dead code: in that order."""
        return self.fold_constants().eliminate_common_subexpressions().prune()

    # -- execution --------------------------------------------------------------
    def _check_inputs(self, leaves: list) -> None:
        from ivy import _dispatch
        from ivy._errors import IvyValueError

        ops = _dispatch.ops()
        for value_id, (_, native) in zip(self.inputs, leaves, strict=True):
            if not ops.owns(native):
                name, kind = self.values[value_id].name, type(native).__name__
                raise IvyValueError(
                    f"ivy.Graph: input '{name}' is a {kind}, not an array of the selected backend {ops.name!r}; "
                    "convert it with ivy.asarray"
                )
        got = [(tuple(ops.shape_of(n)), ops.from_native_dtype[ops.dtype_of(n)].name) for _, n in leaves]
        if got != self.signature():
            raise IvyValueError(
                f"ivy.Graph: traced for inputs {self.signature()}, called with {got}; "
                "call ivy.trace_graph again (or use ivy.Graph.retrace) for new shapes or dtypes"
            )

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run the graph on the selected backend; returns ivy arrays in the traced structure."""
        from ivy import _dispatch
        from ivy._array import Array
        from ivy.tracer.recording import _flatten_inputs

        ops = _dispatch.ops()
        leaves: list = []
        _flatten_inputs((args, kwargs), ops, "", leaves)
        if len(leaves) != len(self.inputs):
            raise ValueError(f"ivy.Graph: expected {len(self.inputs)} array inputs, got {len(leaves)}")
        self._check_inputs(leaves)
        run = self.to_backend(ops.name)
        results = run(*(native for _, native in leaves))
        results = results if isinstance(results, tuple) else (results,)
        flat = dict(zip(self._result_ids(), results, strict=True))
        return _map_refs(self.outputs, lambda i: Array(flat[i]))

    def retrace(self, *args: Any, **kwargs: Any) -> Graph:
        """A new graph of the same function for new inputs."""
        if self.function is None:
            raise ValueError("ivy.Graph.retrace: this graph was loaded from a file and has no function to trace")
        from ivy.tracer.recording import trace_graph

        return trace_graph(self.function, *args, **kwargs)

    def _result_ids(self) -> list[int]:
        return list(dict.fromkeys(self.output_ids()))

    def to_backend(self, backend: str) -> Callable:
        """A function over ``backend``'s native arrays that runs the graph with no Ivy wrapping.

        Its code is generated: one line per node calling the backend's bound
        implementation directly, so it can be handed to ``jax.jit``,
        ``tf.function`` or ``torch.compile``.
        """
        if backend not in self._bound:
            from ivy.tracer.codegen import bind

            self._bound[backend] = bind(self, backend)
        return self._bound[backend]

    def source(self) -> str:
        """Readable Python source of the graph, written with ``ivy`` functions."""
        from ivy.tracer.codegen import python_source

        return python_source(self)

    # -- persistence and pictures ------------------------------------------------
    def save(self, path: str) -> None:
        from ivy.tracer.serialize import save

        save(self, path)

    @staticmethod
    def load(path: str) -> Graph:
        """A graph saved by :meth:`save`, checked as data (nothing in it is run or imported);
        a corrupt or crafted file raises ``ivy.FileFormatError``."""
        from ivy.tracer.serialize import load

        return load(path)

    def show(self, path: str | None = None) -> str:
        """Draw the graph as SVG (``.svg``) or an HTML page (``.html``); returns the markup."""
        from ivy.tracer.render import render

        return render(self, path)
