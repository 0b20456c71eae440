"""``transpile(..., output="source")``: the traced program as Python source of the target framework alone.

The source defines ``forward(params, *inputs)`` for a model (``params``: its parameters and
buffers by source name, as ``load_params(path)`` reads them from the ``.npz`` that
``TranspiledSource.write`` saves beside the ``.py``) or ``forward(*inputs)`` for a function.
The inputs are the example call's arrays in order; its other arguments are fixed at their
example values, as are the shapes and dtypes (the program was traced for them).
"""

from __future__ import annotations

import inspect
import keyword
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

import ivy
from ivy_transpiler import _emit, _tree, _verify
from ivy_transpiler._frameworks import is_any_array, to_numpy
from ivy_transpiler._program import Program
from ivy_transpiler._tree import Fields, Leaf


class TranspiledSource(str):
    """Python source written with the target framework only (a ``str``), and the state it reads.

    ``params``: the model's parameters and buffers (NumPy arrays, by source name; empty for a
    function); ``write(path)`` saves the source and, for a model, ``params`` beside it as
    ``<stem>.npz``; ``namespace(path)`` runs the source in a fresh namespace.
    """

    target: str
    params: dict[str, np.ndarray]
    inputs: list[str]

    def __new__(cls, code: str, *, target: str, params: dict[str, np.ndarray], inputs: list[str]) -> TranspiledSource:
        made = super().__new__(cls, code)
        made.target, made.params, made.inputs = target, params, inputs
        return made

    def write(self, path: str | Path) -> list[Path]:
        """Write the source to ``path`` (and the state to ``path`` with suffix ``.npz``); returns the files."""
        path = Path(path)
        path.write_text(str(self))
        written = [path]
        if self.params:
            weights = path.with_suffix(".npz")
            np.savez(weights, **{n: np.ascontiguousarray(a) for n, a in self.params.items()})
            written.append(weights)
        return written

    def namespace(self, path: str | Path | None = None) -> dict[str, Any]:
        """The source run in a fresh namespace; with state, ``params`` (loaded from ``path``'s ``.npz``) added."""
        namespace: dict[str, Any] = {"__name__": "transpiled"}
        exec(compile(str(self), str(path or "<transpiled source>"), "exec"), namespace)
        if self.params:
            if path is None:
                with tempfile.TemporaryDirectory() as folder:
                    written = self.write(Path(folder) / "transpiled.py")
                    namespace["params"] = namespace["load_params"](str(written[1]))
            else:
                namespace["params"] = namespace["load_params"](str(Path(path).with_suffix(".npz")))
        return namespace

    def __repr__(self) -> str:
        return f"<TranspiledSource for {self.target}: {len(self.splitlines())} lines, {len(self.params)} state arrays>"


def _input_names(obj: Any, args: tuple, kwargs: dict) -> list[str]:
    """A name per array of the call: the parameter's where it is passed directly, else ``x<i>``."""
    template, arrays = _tree.flatten((args, kwargs), is_any_array)
    names = [f"x{i}" for i in range(len(arrays))]
    try:
        bound = inspect.signature(getattr(obj, "forward", obj)).bind(*template[0], **template[1])
    except (TypeError, ValueError):
        return names
    for parameter, value in bound.arguments.items():
        if isinstance(value, Leaf) and parameter.isidentifier() and not keyword.iskeyword(parameter):
            names[value.index] = parameter
    taken: set[str] = {"params"}
    for i, name in enumerate(names):
        names[i] = name if name not in taken else f"x{i}"
        taken.add(names[i])
    return names


def _result(template: Any, name: Any) -> str:
    """The return expression of an output template whose ``Leaf(i)`` is the value named ``name(i)``."""
    if isinstance(template, Leaf):
        return name(template.index)
    if isinstance(template, Fields):  # a data object (a DynamicCache): its attributes, as a dict
        return _result(template.fields, name)
    if isinstance(template, dict):
        return "{" + ", ".join(f"{k!r}: {_result(v, name)}" for k, v in template.items()) + "}"
    if isinstance(template, (tuple, list)):
        inner = ", ".join(_result(v, name) for v in template)
        if isinstance(template, list):
            return f"[{inner}]"
        return f"({inner},)" if len(template) == 1 else f"({inner})"
    return repr(template)


def build(
    program: Program,
    obj: Any,
    args: tuple,
    kwargs: dict,
    *,
    expected: Callable[[], Any] | None,
    converted: tuple[tuple, dict],
) -> TranspiledSource:
    """The source of ``program``'s latest trace (the example call's) for its target.

    With ``expected`` (the source program's result on the example call), the written source is run
    on ``converted`` (the example call as the target's arrays) and must agree (``VerificationError``).
    """
    description = f"{program.name} transpiled from {program.source} to {program.target}"
    dialect = _emit.dialect(program.target)
    traced = program.last
    graph = traced.graph
    used = _emit.used_values(graph)
    state = list(program.state_names)
    ids = [ref.id for ref in graph.outputs]
    n = traced.n_outputs

    def returned(name: Any) -> str:
        result = _result(traced.outputs, lambda i: name(ids[i]))
        if not traced.updates:
            return result
        updates = ", ".join(f"{u!r}: {name(ids[n + k])}" for k, u in enumerate(traced.updates))
        return f"{result}, {{{updates}}}"

    inputs = _input_names(obj, args, kwargs)
    traced_for = [(tuple(graph.values[i].shape), graph.values[i].dtype.name) for i in graph.inputs[len(state) :]]
    doc = f"{description}, traced for inputs {traced_for}."
    body = _emit.module_source(graph, dialect, state=state, inputs=inputs, result=returned, doc=doc)
    reads_state = any(i in used for i in graph.inputs[: len(state)])
    usage = f"forward({', '.join(['params', *inputs] if reads_state else inputs)})"
    lines = [
        f'"""{description}: written with {program.target} only, by ivy_transpiler; edit freely.',
        "",
        f"    {usage}",
    ]
    if reads_state:
        lines += [
            "",
            "``params`` maps each parameter and buffer's source name to an array; ``load_params(path)`` reads",
            "them from the ``.npz`` saved beside this file. Shapes, dtypes and non-array arguments are fixed",
            "at the example call's.",
        ]
    if traced.updates:
        lines += ["", "Traced in training mode: returns ``(result, updated_buffers)``."]
    header = "\n".join(lines) + '\n"""\n\n'
    params = {}
    with ivy.using_backend(program.target):
        for name_, value_id in zip(state, graph.inputs, strict=False):
            if value_id not in used:
                continue
            params[name_] = np.array(to_numpy(ivy.to_native(program.example_state[name_])), copy=True)

    made = TranspiledSource(header + body, target=program.target, params=params, inputs=inputs)
    if expected is not None:
        with dialect.scoped():
            actual = run(made, *converted)
        actual = actual[0] if traced.updates else actual
        floor = _verify.precision_floor(converted, program.example_state)
        _verify.compare(expected(), actual, what=f"ivy_transpiler.transpile: the source of {description}", floor=floor)
    return made


def run(source: TranspiledSource, target_args: tuple, target_kwargs: dict) -> Any:
    """The source's ``forward`` run on one call's arrays (the target's), in a fresh namespace."""
    namespace = source.namespace()
    _, arrays = _tree.flatten((target_args, target_kwargs), is_any_array)
    leading = [namespace["params"]] if source.params else []
    return namespace["forward"](*leading, *arrays)
