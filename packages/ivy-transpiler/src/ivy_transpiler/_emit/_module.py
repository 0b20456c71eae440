"""A whole source file: imports, the state table, constants, helpers, ``forward`` and ``load_params``."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ivy.tracer.graph import Graph
from ivy_transpiler._emit._writer import Dialect, MissingHooks, Writer

_LOAD_PARAMS = '''
def load_params(path):
    """The state saved beside this file (an ``.npz`` archive, as ``numpy.savez`` writes it): name -> array."""
    import zipfile

    params = {{}}
    with zipfile.ZipFile(path) as archive:
        for name, (shape, dtype) in PARAMS.items():
            raw = archive.read(name + ".npy")
            size = 2 if raw[6] == 1 else 4  # .npy format 1.0 has a 2-byte header length, later ones 4
            start = 8 + size + int.from_bytes(raw[8 : 8 + size], "little")
            data = raw[start:]
            params[name] = {from_bytes}
    return params
'''


def used_values(graph: Graph) -> set[int]:
    """The values some node or the result reads, and every node's outputs."""
    used = {r for node in graph.nodes for r in node.refs()} | set(graph.output_ids())
    return used | {o for node in graph.nodes for o in node.outputs}


def identifier(name: str, taken: set[str]) -> str:
    """A Python identifier for a state entry's name (``"0.weight"`` -> ``p_0_weight``), unique in ``taken``."""
    base = "p_" + re.sub(r"\W", "_", name)
    found, i = base, 1
    while found in taken:
        found, i = f"{base}_{i}", i + 1
    taken.add(found)
    return found


def module_source(
    graph: Graph,
    dialect: Dialect,
    *,
    state: Sequence[str],
    inputs: Sequence[str],
    result: Callable[[Callable[[int], str]], str],
    name: str = "forward",
    doc: str = "",
) -> str:
    """The source file of ``graph`` in ``dialect``.

    ``state`` names the graph's first inputs (a model's parameters and buffers), read from the
    ``params`` dict; ``inputs`` names the rest (the function's arguments); ``result`` writes the
    returned expression given the name of each value.
    """
    if len(state) + len(inputs) != len(graph.inputs):
        raise ValueError(f"module_source: {len(graph.inputs)} graph inputs, {len(state)} + {len(inputs)} names")
    taken = set(inputs)
    state_vars = [identifier(n, taken) for n in state]
    names = dict(zip(graph.inputs, [*state_vars, *inputs], strict=True))
    used = used_values(graph)
    read = [(var, n, i) for var, n, i in zip(state_vars, state, graph.inputs, strict=False) if i in used]
    writer = Writer(graph, dialect, names)
    body = writer.body()
    returned = result(writer.name)
    if writer.missing:
        raise MissingHooks(dialect.name, writer.missing)
    signature = ", ".join((["params"] if read else []) + list(inputs))
    lines = [f"def {name}({signature}):"]
    if doc:
        lines.append(f'    """{doc}"""')
    lines += [f"    {var} = params[{n!r}]" for var, n, _ in read]
    lines += [f"    {line}" for line in body]
    lines.append(f"    return {returned}")
    sections = ["\n".join(lines)]
    helpers = [dialect.helpers[h] for h in writer.used_helpers]
    if writer.constants:
        sections.insert(0, "\n".join(writer.constants))
    if read:
        table = ",\n".join(
            f"    {n!r}: ({tuple(graph.values[i].shape)!r}, {graph.values[i].dtype.name!r})" for _, n, i in read
        )
        sections.insert(
            0, f"#: The state ``{name}`` reads from ``params``: name -> (shape, dtype).\nPARAMS = {{\n{table},\n}}"
        )
        from_bytes = dialect.from_bytes.format(data="data", dtype=f"getattr({dialect.namespace}, dtype)", shape="shape")
        sections.append(_LOAD_PARAMS.format(from_bytes=from_bytes).strip())
    code = "\n\n\n".join([*helpers, *sections])
    prelude = dialect.prelude(graph)
    used = [line for alias, line in dialect.imports.items() if re.search(rf"\b{alias}\.", "\n".join([code, *prelude]))]
    head = "\n".join(sorted(set(used), key=lambda line: (line.startswith("from"), line)))
    return "\n".join([head, *prelude]) + "\n\n\n" + code + "\n"
