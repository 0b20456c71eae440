"""Saving a graph to JSON and loading it back, runnable without the original function."""

from __future__ import annotations

import json
import math
from typing import Any

from ivy._dtypes import BY_NAME, DType
from ivy.tracer.graph import Graph, Node, Ref, Value

FORMAT = "ivy.graph/1"


def _encode(item: Any) -> Any:
    if isinstance(item, Ref):
        return {"ref": item.id}
    if isinstance(item, DType):
        return {"dtype": item.name}
    if isinstance(item, float) and not math.isfinite(item):
        return {"float": str(item)}
    if item is None or isinstance(item, (bool, int, float, str)):
        return item
    if isinstance(item, complex):
        return {"complex": [item.real, item.imag]}
    if item is Ellipsis:
        return {"ellipsis": True}
    if isinstance(item, slice):
        return {"slice": [_encode(item.start), _encode(item.stop), _encode(item.step)]}
    if isinstance(item, tuple) and hasattr(item, "_fields"):
        raise TypeError(f"ivy.Graph.save: named tuples in arguments are not serialisable: {item!r}")
    if isinstance(item, tuple):
        return {"tuple": [_encode(i) for i in item]}
    if isinstance(item, list):
        return [_encode(i) for i in item]
    if isinstance(item, dict):
        return {"dict": {k: _encode(v) for k, v in item.items()}}
    raise TypeError(f"ivy.Graph.save: cannot serialise {type(item).__name__} {item!r}")


def _decode(item: Any) -> Any:
    if isinstance(item, list):
        return [_decode(i) for i in item]
    if not isinstance(item, dict):
        return item
    ((kind, payload),) = item.items()
    if kind == "ref":
        return Ref(payload)
    if kind == "dtype":
        return BY_NAME[payload]
    if kind == "float":
        return float(payload)
    if kind == "complex":
        return complex(*payload)
    if kind == "ellipsis":
        return Ellipsis
    if kind == "slice":
        return slice(*(_decode(p) for p in payload))
    if kind == "tuple":
        return tuple(_decode(p) for p in payload)
    if kind == "dict":
        return {k: _decode(v) for k, v in payload.items()}
    raise ValueError(f"ivy.Graph.load: unknown entry {kind!r}")


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
        "nodes": [
            {"hook": n.hook, "args": _encode(n.args), "outputs": n.outputs, "structure": _structure(n)}
            for n in graph.nodes
        ],
    }


def _structure(node: Node) -> list:
    """How a node's outputs are packed: single, a tuple/list of n, or a named tuple class (by path)."""
    if node.structure[0] == "named":
        return ["named", f"{node.structure[1].__module__}:{node.structure[1].__qualname__}"]
    return list(node.structure)


def save(graph: Graph, path: str) -> None:
    with open(path, "w") as file:
        json.dump(to_json(graph), file, indent=1)


def from_json(document: dict) -> Graph:
    from ivy.spec._marker import resolve

    if document.get("format") != FORMAT:
        raise ValueError(f"ivy.Graph.load: not an Ivy graph file (format {document.get('format')!r})")
    values = {}
    for entry in document["values"]:
        values[entry["id"]] = Value(
            id=entry["id"],
            kind=entry["kind"],
            shape=tuple(entry["shape"]),
            dtype=BY_NAME[entry["dtype"]],
            name=entry.get("name"),
            data=_decode(entry.get("data")),
        )
    nodes = []
    for entry in document["nodes"]:
        structure = tuple(entry["structure"])
        if structure[0] == "named":
            structure = ("named", resolve(structure[1]))
        nodes.append(
            Node(hook=entry["hook"], args=_decode(entry["args"]), outputs=entry["outputs"], structure=structure)
        )
    return Graph(
        nodes=nodes,
        values=values,
        inputs=document["inputs"],
        template=_decode(document["template"]),
        outputs=_decode(document["outputs"]),
        backend=document.get("backend"),
    )


def load(path: str) -> Graph:
    with open(path) as file:
        return from_json(json.load(file))
