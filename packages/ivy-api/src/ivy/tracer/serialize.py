"""Saving a graph to JSON and loading it back, runnable without the original function.

Loading is data, never code. A document is checked against the format before
anything is built from it: ids are non-negative ints, hooks are the spec's
recorded functions, dtypes are ivy's, every reference points at a value
defined before its use, and named tuples come from a closed registry (the
result types the spec's functions declare), so nothing a file names is
imported or run. A file that is not a valid graph raises ``ivy.FileFormatError``
naming the file, the field and what was expected.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Callable
from typing import Any, NoReturn

from ivy._dtypes import BY_NAME, DType
from ivy._errors import FileFormatError, IvyTypeError
from ivy.tracer.graph import Graph, Node, Ref, Value

CONTROL_FLOW = {"cond": (4, 2), "while_loop": (3, 2), "scan": (5, 1)}  # hook -> (arguments, sub-graphs)

FORMAT = "ivy.graph/1"
KINDS = ("input", "parameter", "constant", "node")
MAX_DEPTH = 64  # nesting of arguments and outputs, and the rank of a constant
_BACKEND = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_NON_FINITE = ("nan", "inf", "-inf")
_TAGS = ("ref", "dtype", "float", "complex", "ellipsis", "slice", "tuple", "dict", "named")


def _key(cls: type) -> str:
    return f"{cls.__module__}:{cls.__qualname__}"


@functools.cache
def result_types() -> dict[str, type]:
    """The named tuples a graph file may hold, by ``module:qualname``: the result types the spec declares."""
    from ivy.spec import SPECS
    from ivy.spec._marker import annotation_args

    found = {}
    for spec in SPECS.values():
        for candidate in annotation_args(spec.signature.return_annotation):
            if isinstance(candidate, type) and issubclass(candidate, tuple) and hasattr(candidate, "_fields"):
                found[_key(candidate)] = candidate
    return found


def _named_key(cls: type) -> str | None:
    """The registry key of a named tuple class, or of the spec's type it copies (a backend's own ``EighResult``)."""
    for key, known in result_types().items():
        if known is cls or (known.__name__ == cls.__name__ and known._fields == getattr(cls, "_fields", None)):
            return key
    return None


# -- writing ------------------------------------------------------------------------------------
def _encode(item: Any) -> Any:
    if isinstance(item, Ref):
        return {"ref": item.id}
    if isinstance(item, DType):
        return {"dtype": item.name}
    if isinstance(item, float) and not math.isfinite(item):
        return {"float": str(float(item))}
    if item is None or isinstance(item, (bool, int, float, str)):
        return item
    if isinstance(item, complex):
        return {"complex": [item.real, item.imag]}
    if item is Ellipsis:
        return {"ellipsis": True}
    if isinstance(item, slice):
        return {"slice": [_encode(item.start), _encode(item.stop), _encode(item.step)]}
    if isinstance(item, tuple) and hasattr(item, "_fields"):
        key = _named_key(type(item))
        if key is None:
            raise IvyTypeError(f"ivy.Graph.save: only the spec's result types can be saved, not {item!r}")
        return {"named": [key, [_encode(i) for i in item]]}
    if isinstance(item, tuple):
        return {"tuple": [_encode(i) for i in item]}
    if isinstance(item, list):
        return [_encode(i) for i in item]
    if isinstance(item, dict):
        return {"dict": {str(k): _encode(v) for k, v in item.items()}}
    raise IvyTypeError(f"ivy.Graph.save: cannot serialise {type(item).__name__} {item!r}")


def to_json(graph: Graph) -> dict:
    from ivy._array import Array
    from ivy.tracer.codegen import _tolist

    used = {c.id for c in graph.constants} | set(graph.inputs)
    used |= {o for node in graph.nodes for o in node.outputs}
    values = []
    for value in sorted((graph.values[i] for i in used), key=lambda v: v.id):
        entry = {"id": value.id, "kind": value.kind, "shape": list(value.shape), "dtype": value.dtype.name}
        if value.name:
            entry["name"] = value.name
        if value.kind == "constant":
            entry["data"] = _encode(value.data if value.native is None else _tolist(Array(value.native)))
        values.append(entry)
    return {
        "format": FORMAT,
        "backend": graph.backend,
        "inputs": graph.inputs,
        "template": _encode(graph.template),
        "outputs": _encode(graph.outputs),
        "values": values,
        "nodes": [_node(n) for n in graph.nodes],
    }


def _node(node: Node) -> dict:
    entry = {"hook": node.hook, "args": _encode(node.args), "outputs": node.outputs, "structure": _structure(node)}
    if node.graphs:  # control flow: its functions' graphs, each a document of its own
        entry["graphs"] = [to_json(g) for g in node.graphs]
    return entry


def _structure(node: Node) -> list:
    """How a node's outputs are packed: single, a tuple/list of n, or one of the spec's named tuples."""
    if node.structure[0] == "named":
        key = _named_key(node.structure[1])
        return ["named", key] if key is not None else ["tuple", len(node.outputs)]
    return list(node.structure)


def save(graph: Graph, path: str) -> None:
    document = to_json(graph)  # fails before the file is touched
    with open(path, "w") as file:
        json.dump(document, file, indent=1)


# -- reading --------------------------------------------------------------------------------------
def _show(item: Any) -> str:
    """A short description of what a file held, for an error message."""
    if isinstance(item, (dict, list)) and len(item) > 3:
        return f"a {'JSON object' if isinstance(item, dict) else 'list'} of {len(item)} entries"
    text = repr(item)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_index(item: Any) -> bool:
    return type(item) is int and item >= 0


def _is_number(item: Any) -> bool:
    return type(item) in (int, float)


class _Reader:
    """Checks one document field by field and builds the graph; any mismatch is a FileFormatError."""

    def __init__(self, source: str, prefix: str = ""):
        self.source = source
        self.prefix = prefix  # where a sub-graph sits in the file ("nodes[3].graphs[0]: ")
        self.values: dict[int, Value] = {}
        self.defined: set[int] = set()  # ids a reference may name at this point

    def fail(self, where: str, expected: str, got: Any) -> NoReturn:
        raise FileFormatError(
            f"ivy.Graph.load: {self.source}: {self.prefix}{where}: expected {expected}, got {_show(got)}"
        )

    def object(self, where: str, item: Any, required: tuple, optional: tuple = ()) -> dict:
        if type(item) is not dict:
            self.fail(where, "a JSON object", item)
        for name in required:
            if name not in item:
                self.fail(where, f"a field {name!r}", f"the fields {sorted(item)}")
        for name in item:
            if name not in required and name not in optional:
                self.fail(where, f"only the fields {sorted(required + optional)}", name)
        return item

    def list(self, where: str, item: Any) -> list:
        if type(item) is not list:
            self.fail(where, "a list", item)
        return item

    def index(self, where: str, item: Any) -> int:
        if not _is_index(item):
            self.fail(where, "a non-negative integer", item)
        return item

    def dtype(self, where: str, item: Any) -> DType:
        if type(item) is not str or item not in BY_NAME:
            self.fail(where, f"a dtype name ({', '.join(BY_NAME)})", item)
        return BY_NAME[item]

    # -- the document ---------------------------------------------------------------------------
    def graph(self, document: Any) -> Graph:
        fields = ("format", "inputs", "template", "outputs", "values", "nodes")
        doc = self.object("the document", document, fields, ("backend",))
        if doc["format"] != FORMAT:
            self.fail("format", repr(FORMAT), doc["format"])
        backend = doc.get("backend")
        if backend is not None and (type(backend) is not str or not _BACKEND.fullmatch(backend)):
            self.fail("backend", "null or a backend name (letters, digits, '_', '.', '-')", backend)
        for i, entry in enumerate(self.list("values", doc["values"])):
            self.value_entry(f"values[{i}]", entry)
        inputs = self.inputs(doc["inputs"])
        self.defined = set(inputs) | {v.id for v in self.values.values() if v.kind == "constant"}
        nodes = [self.node(f"nodes[{i}]", entry) for i, entry in enumerate(self.list("nodes", doc["nodes"]))]
        template = self.item("template", doc["template"], self.input_position(len(inputs)), named=False)
        if not (type(template) is tuple and len(template) == 2 and type(template[0]) is tuple
                and type(template[1]) is dict):  # fmt: skip
            self.fail("template", "a tuple of the call's (args tuple, kwargs dict)", doc["template"])
        outputs = self.item("outputs", doc["outputs"], self.reference)
        return Graph(nodes=nodes, values=self.values, inputs=inputs, template=template, outputs=outputs,
                     backend=backend)  # fmt: skip

    def value_entry(self, where: str, entry: Any) -> None:
        entry = self.object(where, entry, ("id", "kind", "shape", "dtype"), ("name", "data"))
        value_id = self.index(f"{where}.id", entry["id"])
        if value_id in self.values:
            self.fail(f"{where}.id", "ids used once", value_id)
        kind = entry["kind"]
        if type(kind) is not str or kind not in KINDS:
            self.fail(f"{where}.kind", f"one of {', '.join(KINDS)}", kind)
        shape = self.list(f"{where}.shape", entry["shape"])
        if len(shape) > MAX_DEPTH:
            self.fail(f"{where}.shape", f"at most {MAX_DEPTH} dimensions", shape)
        for i, size in enumerate(shape):
            self.index(f"{where}.shape[{i}]", size)
        dtype = self.dtype(f"{where}.dtype", entry["dtype"])
        name = entry.get("name")
        if name is not None and type(name) is not str:
            self.fail(f"{where}.name", "a string", name)
        data = None
        if kind == "constant":
            if "data" not in entry:
                self.fail(where, "a field 'data' (a constant's elements)", f"the fields {sorted(entry)}")
            data = self.data(f"{where}.data", entry["data"], shape, dtype, [])
        elif "data" in entry:
            self.fail(f"{where}.data", "no data on a value that is not a constant", entry["data"])
        self.values[value_id] = Value(id=value_id, kind=kind, shape=tuple(shape), dtype=dtype, name=name, data=data)

    def data(self, where: str, item: Any, shape: list, dtype: DType, at: list[int]) -> Any:
        """A constant's elements: nested lists of ``shape``, each element fitting ``dtype``."""
        here = where + "".join(f"[{i}]" for i in at)
        if shape:
            if type(item) is not list or len(item) != shape[0]:
                self.fail(here, f"a list of {shape[0]} entries (shape {shape})", item)
            return [self.data(where, row, shape[1:], dtype, [*at, i]) for i, row in enumerate(item)]
        if dtype.kind == "b" and type(item) is bool:
            return item
        if dtype.kind in "iu" and type(item) is int:
            return item
        if dtype.kind in "fc" and _is_number(item):
            return item
        if dtype.kind in "fc" and type(item) is dict and len(item) == 1:
            if type(item.get("float")) is str and item["float"] in _NON_FINITE:
                return float(item["float"])
            parts = item.get("complex")
            if dtype.kind == "c" and type(parts) is list and len(parts) == 2 and all(map(_is_number, parts)):
                return complex(*parts)
        self.fail(here, f"an element of dtype {dtype.name}", item)

    def inputs(self, item: Any) -> list[int]:
        inputs = self.list("inputs", item)
        for i, value_id in enumerate(inputs):
            value = self.values.get(self.index(f"inputs[{i}]", value_id))
            if value is None or value.kind not in ("input", "parameter"):
                self.fail(f"inputs[{i}]", "the id of a value of kind input or parameter", value_id)
        if len(set(inputs)) != len(inputs):
            self.fail("inputs", "each input once", inputs)
        return list(inputs)

    def node(self, where: str, entry: Any) -> Node:
        from ivy.spec import SPECS
        from ivy.tracer.recording import RECORDED

        entry = self.object(where, entry, ("hook", "args", "outputs", "structure"), ("graphs",))
        hook = entry["hook"]
        if type(hook) is not str or hook not in RECORDED:
            self.fail(f"{where}.hook", "the hook name of a public ivy function", hook)
        if hook in CONTROL_FLOW or "graphs" in entry:
            return self.control_flow(where, entry)
        args = self.item(f"{where}.args", entry["args"], self.reference, named=False)
        parameters = list(SPECS[hook].signature.parameters.values())
        if type(args) is not tuple or len(args) != len(parameters):
            self.fail(f"{where}.args", f"a tuple of {len(parameters)} arguments for {hook}", entry["args"])
        for i, (parameter, arg) in enumerate(zip(parameters, args, strict=True)):
            if parameter.kind is parameter.VAR_POSITIONAL and type(arg) not in (tuple, list):
                self.fail(f"{where}.args[{i}]", f"a tuple for *{parameter.name}", arg)
        outputs = self.outputs(where, entry["outputs"])
        structure = self.structure(f"{where}.structure", entry["structure"], len(outputs))
        return Node(hook=hook, args=args, outputs=list(outputs), structure=structure)

    def outputs(self, where: str, item: Any) -> list:
        """A node's output ids: values of kind node, each defined here for the first time."""
        outputs = self.list(f"{where}.outputs", item)
        for i, value_id in enumerate(outputs):
            value = self.values.get(self.index(f"{where}.outputs[{i}]", value_id))
            if value is None or value.kind != "node" or value_id in self.defined:
                self.fail(f"{where}.outputs[{i}]", "the id of a value of kind node not defined before", value_id)
            self.defined.add(value_id)
        return outputs

    def control_flow(self, where: str, entry: dict) -> Node:
        """A cond, while_loop or scan node: its arguments' layout and its sub-graphs, each checked as a graph."""
        hook = entry["hook"]
        if hook not in CONTROL_FLOW:
            self.fail(f"{where}.graphs", f"no sub-graphs on a {hook} node", entry["graphs"])
        arity, count = CONTROL_FLOW[hook]
        if "graphs" not in entry:
            self.fail(where, f"a field 'graphs' (the {count} sub-graphs of {hook})", f"the fields {sorted(entry)}")
        args = self.item(f"{where}.args", entry["args"], self.reference, named=False)
        if type(args) is not tuple or len(args) != arity:
            self.fail(f"{where}.args", f"a tuple of {arity} arguments for {hook}", entry["args"])
        ref_groups = {"cond": (1, 2, 3), "while_loop": (0, 1, 2), "scan": (0, 1, 4)}[hook]
        for i in ref_groups:
            if type(args[i]) is not tuple or not all(type(a) is Ref for a in args[i]):
                self.fail(f"{where}.args[{i}]", "a tuple of references", entry["args"])
        if hook == "cond" and type(args[0]) is not Ref:
            self.fail(f"{where}.args[0]", "a reference (the predicate)", args[0])
        if hook == "scan" and not (_is_index(args[2]) and type(args[3]) is bool):
            self.fail(f"{where}.args[2:4]", "a non-negative int length and a bool reverse", args[2:4])
        documents = self.list(f"{where}.graphs", entry["graphs"])
        if len(documents) != count:
            self.fail(f"{where}.graphs", f"{count} sub-graphs for {hook}", documents)
        graphs = tuple(
            _Reader(self.source, f"{self.prefix}{where}.graphs[{i}].").graph(d) for i, d in enumerate(documents)
        )
        outputs = self.outputs(where, entry["outputs"])
        if entry["structure"] != ["tuple", len(outputs)]:
            self.fail(f"{where}.structure", f'["tuple", {len(outputs)}]', entry["structure"])
        self.check_arity(where, hook, args, graphs, len(outputs))
        return Node(hook=hook, args=args, outputs=list(outputs), structure=("tuple", len(outputs)), graphs=graphs)

    def check_arity(self, where: str, hook: str, args: tuple, graphs: tuple, outputs: int) -> None:
        """Each sub-graph takes the arrays the node passes it and returns what the node's outputs need."""
        if hook == "cond":
            expected = [(len(args[1]) + len(args[2]), outputs), (len(args[1]) + len(args[3]), outputs)]
        elif hook == "while_loop":
            expected = [(len(args[0]) + len(args[1]), 1), (len(args[0]) + len(args[2]), len(args[0]))]
        else:
            carry, xs = len(args[0]), len(args[1])
            expected = [(carry + xs + len(args[4]), outputs)]
            if outputs < carry:
                self.fail(f"{where}.outputs", f"at least the {carry} carried values", outputs)
        for i, (graph, (inputs, results)) in enumerate(zip(graphs, expected, strict=True)):
            got = (len(graph.inputs), len(graph.output_ids()))
            if got != (inputs, results) or type(graph.outputs) is not list:
                self.fail(f"{where}.graphs[{i}]", f"a graph of {inputs} inputs and a list of {results} outputs",
                          f"{got[0]} inputs and {got[1]} outputs")  # fmt: skip

    def structure(self, where: str, item: Any, count: int) -> tuple:
        item = self.list(where, item)
        if item == ["single"] and count == 1:
            return ("single",)
        if len(item) == 2 and item[0] in ("tuple", "list") and _is_index(item[1]) and item[1] == count:
            return (item[0], count)
        if len(item) == 2 and item[0] == "named" and type(item[1]) is str:
            cls = result_types().get(item[1])
            if cls is not None and len(cls._fields) == count:
                return ("named", cls)
        self.fail(where, f'["single"], ["tuple", n], ["list", n] or ["named", a result type] for {count} outputs',
                  item)  # fmt: skip

    # -- references -----------------------------------------------------------------------------
    def reference(self, where: str, item: Any) -> Ref:
        if not _is_index(item) or item not in self.defined:
            self.fail(where, "the id of an input, a constant, or an output of an earlier node", item)
        return Ref(item)

    def input_position(self, count: int) -> Callable[[str, Any], Ref]:
        def position(where: str, item: Any) -> Ref:
            if not _is_index(item) or item >= count:
                self.fail(where, f"the position of one of the {count} inputs", item)
            return Ref(item)

        return position

    # -- arguments, templates, outputs ---------------------------------------------------------
    def item(self, where: str, item: Any, reference: Callable[[str, Any], Ref], depth: int = 0, *,
             named: bool = True) -> Any:  # fmt: skip
        """A value as ``_encode`` wrote it: JSON scalars and lists, or an object tagged by its one key.
        Named tuples (``named``) are results: a graph's outputs hold them, a call's arguments do not."""
        if depth > MAX_DEPTH:
            self.fail(where, f"at most {MAX_DEPTH} levels of nesting", "more")
        if item is None or type(item) in (bool, int, float, str):
            return item
        if type(item) is list:
            return [self.item(f"{where}[{i}]", x, reference, depth + 1, named=named) for i, x in enumerate(item)]
        tags = _TAGS if named else tuple(t for t in _TAGS if t != "named")
        if type(item) is not dict or len(item) != 1 or next(iter(item)) not in tags:
            self.fail(where, f"a JSON scalar, a list, or an object with one key of {', '.join(tags)}", item)
        ((tag, payload),) = item.items()
        inner = f"{where}.{tag}"
        if tag == "ref":
            return reference(inner, payload)
        if tag == "dtype":
            return self.dtype(inner, payload)
        if tag == "float":
            if type(payload) is not str or payload not in _NON_FINITE:
                self.fail(inner, f"one of {', '.join(_NON_FINITE)}", payload)
            return float(payload)
        if tag == "complex":
            if type(payload) is not list or len(payload) != 2 or not all(map(_is_number, payload)):
                self.fail(inner, "a list of two numbers", payload)
            return complex(*payload)
        if tag == "ellipsis":
            if payload is not True:
                self.fail(inner, "true", payload)
            return Ellipsis
        if tag == "dict":
            if type(payload) is not dict:
                self.fail(inner, "a JSON object", payload)
            return {k: self.item(f"{inner}.{k}", v, reference, depth + 1, named=named) for k, v in payload.items()}
        if tag == "named":
            return self.named(inner, payload, reference, depth)
        payload = self.list(inner, payload)
        parts = [self.item(f"{inner}[{i}]", x, reference, depth + 1, named=named) for i, x in enumerate(payload)]
        if tag == "slice":
            if len(parts) != 3:
                self.fail(inner, "a list of start, stop and step", payload)
            return slice(*parts)
        return tuple(parts)

    def named(self, where: str, payload: Any, reference: Callable[[str, Any], Ref], depth: int) -> tuple:
        if not (type(payload) is list and len(payload) == 2 and type(payload[0]) is str):
            self.fail(where, "a list of a result type's name and its fields", payload)
        cls = result_types().get(payload[0])
        if cls is None:
            self.fail(where, f"one of the result types {', '.join(sorted(result_types()))}", payload[0])
        fields = self.list(f"{where}[1]", payload[1])
        if len(fields) != len(cls._fields):
            self.fail(f"{where}[1]", f"{len(cls._fields)} fields for {cls.__name__}", fields)
        return cls(*(self.item(f"{where}[1][{i}]", x, reference, depth + 1) for i, x in enumerate(fields)))


def from_json(document: Any, source: str = "the document") -> Graph:
    """The graph a JSON document (as ``json.load`` returns it) describes, checked field by field."""
    return _Reader(source).graph(document)


def load(path: str | os.PathLike) -> Graph:
    with open(path, "rb") as file:
        raw = file.read()
    source = os.fspath(path)
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError) as error:  # bad JSON, bad UTF-8, nesting too deep for the parser
        raise FileFormatError(f"ivy.Graph.load: {source}: not a JSON document ({error})") from None
    return from_json(document, source)
