"""Control-flow nodes (``cond``, ``while_loop``, ``scan``) written as target source.

Each sub-graph becomes a nested function of its flat inputs (operands or carries, then its
captures) returning a tuple; the node becomes one call of the dialect's ``control`` templates
(``jax.lax.cond``, ``tf.while_loop``, ``jax.lax.scan``, ...), or Python's ``if``/``while``/``for``
where a dialect has none (eager frameworks). A ``scan``'s length is static, so its Python form is
a loop over that many steps whose per-step outputs are stacked with the dialect's ``stack``; with
no step, the outputs are zeros of the shapes and dtypes the graph recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ivy.tracer.graph import Node

if TYPE_CHECKING:
    from ivy_transpiler._emit._writer import Writer


def _python_scan(writer: Writer, node: Node, fields: dict[str, Any]) -> list[str]:
    """A ``scan`` as a Python loop over its static length, the outputs stacked (zeros when it has no step)."""
    count, length, prefix = fields["count"], fields["length"], fields["prefix"]
    ys = node.outputs[count:]
    if not length:
        empty = [
            f"{writer.dialect.namespace}.zeros({tuple(writer.graph.values[y].shape)!r}, "
            f"dtype={writer.dialect.dtype(writer.graph.values[y].dtype)})"
            for y in ys
        ]
        return [f"{fields['targets']} = ({_joined([writer.render(c) for c in node.args[0]] + empty)})"]
    stack = writer.dialect.table.get("stack")
    if not isinstance(stack, str):
        writer.missing.setdefault("ivy.scan", "the dialect has no 'stack' template to collect the outputs")
        return []
    steps = f"reversed(range({length}))" if fields["reverse"] else f"range({length})"
    stacked = [stack.format(arrays=f"[s[{j}] for s in {prefix}_ys]", axis="0") for j in range(len(ys))]
    x = f"*({prefix}_x[{prefix}_i] for {prefix}_x in ({fields['xs']}))"
    lines = [
        f"{prefix}_c, {prefix}_ys = ({fields['carry']}), []",
        f"for {prefix}_i in {steps}:",
        f"    {prefix}_o = {fields['fn']}(*{prefix}_c, {x}{fields['caps']})",
        f"    {prefix}_c = {prefix}_o[:{count}]",
        f"    {prefix}_ys.append({prefix}_o[{count}:])",
    ]
    if fields["reverse"]:
        lines.append(f"{prefix}_ys.reverse()")
    return [*lines, f"{fields['targets']} = (*{prefix}_c, {', '.join(stacked)})"]


#: Python's own control flow, for dialects without structured forms: templates over {pred}, {true},
#: {false}, {true_args}, {false_args} (cond), {cond}, {body}, {carry}, {cond_caps}, {body_caps} (while_loop);
#: a function of the writer, the node and the fields (scan: {fn}, {carry}, {xs}, {caps}, {count}, {length},
#: {reverse}, {prefix}, {targets})
PYTHON = {
    "cond": "({true}({true_args}) if bool({pred}) else {false}({false_args}))",
    "while_loop": [
        "_carry = ({carry})",
        "while bool({cond}(*_carry{cond_caps})[0]):",
        "    _carry = {body}(*_carry{body_caps})",
        "{targets} = _carry",
    ],
    "scan": _python_scan,
}


def _joined(items: list[str]) -> str:
    return ", ".join(items) + ("," if len(items) == 1 else "")


def subgraph(writer: Writer, graph: object, name: str) -> list[str]:
    """The lines of a nested function ``name`` computing ``graph`` in the writer's dialect."""
    from ivy_transpiler._emit._writer import Writer

    params = [f"a{i}" for i in range(len(graph.inputs))]
    inner = Writer(graph, writer.dialect, dict(zip(graph.inputs, params, strict=True)))
    body = inner.body()
    writer.missing.update(inner.missing)
    writer.used_helpers.update(inner.used_helpers)
    returned = _joined([inner.name(ref.id) for ref in graph.outputs])
    lines = [f"def {name}({', '.join(params)}):", *(f"    {c}" for c in inner.constants)]
    lines += [f"    {line}" for line in body] + [f"    return ({returned})"]
    return lines


def statement(writer: Writer, node: Node, used: set[int]) -> list[str]:
    """Lines computing a control-flow node: its sub-graphs' functions, then the structured call."""
    templates = {**PYTHON, **writer.dialect.control}
    if node.hook not in templates:
        writer.missing.setdefault(f"ivy.{node.hook}", "no structured form in this dialect")
        return []
    prefix = f"_{node.hook}{node.outputs[0] if node.outputs else 0}"
    kinds = {"cond": ("true", "false"), "while_loop": ("cond", "body"), "scan": ("fn",)}[node.hook]
    names = {kind: f"{prefix}_{kind}" for kind in kinds}
    lines = [
        line for kind, graph in zip(kinds, node.graphs, strict=True) for line in subgraph(writer, graph, names[kind])
    ]
    targets = _joined([writer.name(o) if o in used else "_" for o in node.outputs])

    def rendered(values: tuple) -> list[str]:
        return [writer.render(v) for v in values]

    if node.hook == "cond":
        pred, operands, true_caps, false_caps = node.args
        fields = {
            "pred": writer.render(pred),
            "operands": _joined(rendered(operands)) if operands else "",
            "true_args": ", ".join(rendered(operands) + rendered(true_caps)),
            "false_args": ", ".join(rendered(operands) + rendered(false_caps)),
            "true_caps": "".join(f", {c}" for c in rendered(true_caps)),
            "false_caps": "".join(f", {c}" for c in rendered(false_caps)),
        }
    elif node.hook == "scan":
        carry, xs, length, reverse, caps = node.args
        fields = {
            "carry": _joined(rendered(carry)) if carry else "",
            "xs": _joined(rendered(xs)) if xs else "",
            "caps": "".join(f", {c}" for c in rendered(caps)),
            "count": len(carry),
            "length": length,
            "reverse": reverse,
            "prefix": prefix,
        }
    else:
        carry, cond_caps, body_caps = node.args
        fields = {
            "carry": _joined(rendered(carry)),
            "cond_caps": "".join(f", {c}" for c in rendered(cond_caps)),
            "body_caps": "".join(f", {c}" for c in rendered(body_caps)),
        }
    fields.update(names, targets=targets)
    template = templates[node.hook]
    if callable(template):
        return [*lines, *template(writer, node, fields)]
    if isinstance(template, str):
        return [*lines, f"{targets} = {template.format(**fields)}"]
    return [*lines, *(line.format(**fields) for line in template)]
