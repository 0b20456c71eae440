"""Drawing a graph: SVG (or an HTML page around it), no dependency needed.

Calls are boxes named by function, laid out top-down by data-flow depth;
inputs are green, parameters amber, constants grey, outputs outlined in red. Hovering shows
each value's dtype and shape.
"""

from __future__ import annotations

import re
from html import escape

from ivy.tracer.graph import Graph

WIDTH, HEIGHT, GAP_X, GAP_Y, MARGIN = 190, 38, 28, 56, 24
STYLE = {
    "input": ("#e3f5e1", "#2e7d32"),
    "parameter": ("#fff3d6", "#b26a00"),
    "constant": ("#f0f0f0", "#9e9e9e"),
    "node": ("#e8eefc", "#3557b7"),
}


def _items(graph: Graph) -> tuple[list[dict], list[tuple[str, str]]]:
    """Boxes (id, kind, label, tooltip, layer) and edges (from id, to id)."""
    producer: dict[int, str] = {}
    items, edges, layer = [], [], {}
    for position, value_id in enumerate(graph.inputs):
        value = graph.values[value_id]
        key = f"in{value_id}"
        kind = "parameter" if value.kind == "parameter" else "input"
        items.append({"id": key, "kind": kind, "label": value.name or f"x{position}", "tip": value.label})
        producer[value_id], layer[key] = key, 0
    for value in graph.constants:
        key = f"c{value.id}"
        items.append({"id": key, "kind": "constant", "label": f"const {value.label}", "tip": value.label})
        producer[value.id], layer[key] = key, 0
    outputs = set(graph.output_ids())
    for index, node in enumerate(graph.nodes):
        key = f"n{index}"
        sources = [producer[r] for r in dict.fromkeys(node.refs()) if r in producer]
        layer[key] = 1 + max((layer[s] for s in sources), default=0)
        tip = "; ".join(graph.values[o].label for o in node.outputs)
        items.append({"id": key, "kind": "node", "label": node.function, "tip": f"{node.function} -> {tip}",
                      "output": bool(outputs.intersection(node.outputs))})  # fmt: skip
        edges += [(s, key) for s in sources]
        for o in node.outputs:
            producer[o] = key
    # Sources sit just above their first consumer, so that edges stay short.
    consumers: dict[str, list[int]] = {}
    for source, target in edges:
        consumers.setdefault(source, []).append(layer[target])
    for item in items:
        if item["kind"] != "node" and item["id"] in consumers:
            layer[item["id"]] = min(consumers[item["id"]]) - 1
        item["layer"] = layer[item["id"]]
        item.setdefault("output", False)
    return items, edges


def svg(graph: Graph) -> str:
    items, edges = _items(graph)
    rows: dict[int, list[dict]] = {}
    for item in items:
        rows.setdefault(item["layer"], []).append(item)
    widest = max((len(r) for r in rows.values()), default=1)
    width = MARGIN * 2 + widest * WIDTH + (widest - 1) * GAP_X
    height = MARGIN * 2 + len(rows) * HEIGHT + max(len(rows) - 1, 0) * GAP_Y
    position = {}
    for depth, row in rows.items():
        span = len(row) * WIDTH + (len(row) - 1) * GAP_X
        for i, item in enumerate(row):
            position[item["id"]] = (width / 2 - span / 2 + i * (WIDTH + GAP_X), MARGIN + depth * (HEIGHT + GAP_Y))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="13">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#777"/></marker></defs>',
        '<rect width="100%" height="100%" fill="white"/>',
    ]
    for source, target in edges:
        (x1, y1), (x2, y2) = position[source], position[target]
        x1, y1, x2 = x1 + WIDTH / 2, y1 + HEIGHT, x2 + WIDTH / 2
        if y2 - y1 > GAP_Y + 1:  # skips layers: bow out to the right of the boxes in between
            bow = max(x1, x2) + WIDTH * 0.75
            route = f"M {x1:.1f} {y1:.1f} C {bow:.1f} {y1 + GAP_Y:.1f}, {bow:.1f} {y2 - GAP_Y:.1f}, {x2:.1f} {y2:.1f}"
        else:
            route = f"M {x1:.1f} {y1:.1f} L {x2:.1f} {y2:.1f}"
        parts.append(f'<path d="{route}" fill="none" stroke="#777" stroke-width="1.3" marker-end="url(#arrow)"/>')
    for item in items:
        x, y = position[item["id"]]
        fill, stroke = STYLE[item["kind"]]
        outline = ' stroke="#c62828" stroke-width="3"' if item["output"] else f' stroke="{stroke}" stroke-width="1.5"'
        label = item["label"] if len(item["label"]) <= 26 else item["label"][:25] + "…"
        parts.append(
            f"<g><title>{escape(item['tip'])}</title>"
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{WIDTH}" height="{HEIGHT}" rx="8" fill="{fill}"{outline}/>'
            f'<text x="{x + WIDTH / 2:.1f}" y="{y + HEIGHT / 2 + 4:.1f}" text-anchor="middle">'
            f"{escape(label)}</text></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def _sub_graphs(graph: Graph, where: str = "") -> list[tuple[str, Graph]]:
    """``(caption, graph)`` of every control-flow sub-graph, nested ones included, in node order."""
    from ivy.tracer.control_flow import GRAPH_NAMES

    found = []
    for index, node in enumerate(graph.nodes):
        for name, sub in zip(GRAPH_NAMES.get(node.hook, ()), node.graphs, strict=False):
            caption = f"{where}{node.function} (call {index}): {name}"
            found += [(caption, sub), *_sub_graphs(sub, f"{caption} > ")]
    return found


def _stacked(graph: Graph) -> str:
    """The graph's picture, with its control flow's sub-graphs drawn below it, each captioned."""
    parts, width, top = [], 0.0, 0.0
    for caption, sub in [("", graph), *_sub_graphs(graph)]:
        picture = svg(sub)
        w, h = (float(v) for v in re.search(r'width="([\d.]+)" height="([\d.]+)"', picture).groups())
        if caption:
            top += 22
            parts.append(f'<text x="{MARGIN}" y="{top:.0f}" font-size="14" font-weight="bold">{escape(caption)}</text>')
        parts.append(picture.replace("<svg ", f'<svg x="0" y="{top:.0f}" ', 1))
        width, top = max(width, w), top + h
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{top:.0f}" '
        f'viewBox="0 0 {width:.0f} {top:.0f}" font-family="Helvetica, Arial, sans-serif">\n'
        + "\n".join(parts)
        + "\n</svg>"
    )


def render(graph: Graph, path: str | None = None) -> str:
    """SVG markup of the graph, also written to ``path`` (``.svg``, or ``.html`` for a page).

    The sub-graphs of control flow (branches, loop bodies) are drawn below the graph, captioned."""
    picture = _stacked(graph) if any(node.graphs for node in graph.nodes) else svg(graph)
    markup = picture
    if path is not None and path.endswith(".html"):
        legend = (
            "inputs green, parameters amber, constants grey, calls blue, outputs outlined red; "
            "hover for dtype and shape"
        )
        markup = (
            "<!doctype html><html><head><meta charset='utf-8'><title>Ivy graph</title></head>"
            f"<body><h3>{escape(repr(graph))}</h3><p>{legend}</p>{picture}</body></html>"
        )
    if path is not None:
        with open(path, "w") as file:
            file.write(markup)
    return markup
