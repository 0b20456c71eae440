"""Control-flow nodes (``cond``, ``while_loop``) written as target source.

Each sub-graph becomes a nested function of its flat inputs (operands or carries, then its
captures) returning a tuple; the node becomes one call of the dialect's ``control`` templates
(``jax.lax.cond``, ``tf.while_loop``, ...), or Python's ``if``/``while`` where a dialect has none
(eager frameworks). ``scan`` is not written yet: it is reported with the missing hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ivy.tracer.graph import Node

if TYPE_CHECKING:
    from ivy_transpiler._emit._writer import Writer

#: Python's own control flow, for dialects without structured forms: templates over {pred}, {true},
#: {false}, {true_args}, {false_args} (cond), {cond}, {body}, {carry}, {cond_caps}, {body_caps} (while_loop)
PYTHON = {
    "cond": "({true}({true_args}) if bool({pred}) else {false}({false_args}))",
    "while_loop": [
        "_carry = ({carry})",
        "while bool({cond}(*_carry{cond_caps})[0]):",
        "    _carry = {body}(*_carry{body_caps})",
        "{targets} = _carry",
    ],
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
    templates = writer.dialect.control or PYTHON
    if node.hook not in templates:
        writer.missing.setdefault(f"ivy.{node.hook}", "no structured form in this dialect")
        return []
    prefix = f"_{node.hook}{node.outputs[0] if node.outputs else 0}"
    kinds = ("true", "false") if node.hook == "cond" else ("cond", "body")
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
    else:
        carry, cond_caps, body_caps = node.args
        fields = {
            "carry": _joined(rendered(carry)),
            "cond_caps": "".join(f", {c}" for c in rendered(cond_caps)),
            "body_caps": "".join(f", {c}" for c in rendered(body_caps)),
        }
    fields.update(names, targets=targets)
    template = templates[node.hook]
    if isinstance(template, str):
        return [*lines, f"{targets} = {template.format(**fields)}"]
    return [*lines, *(line.format(**fields) for line in template)]
