"""Control flow in graphs: ``cond``, ``while_loop`` and ``scan`` nodes holding sub-graphs.

While ``trace_graph`` records, each structured control-flow call traces its
functions (the branches, the loop's condition and body, the scan's step)
into graphs of their own, over the flat list of operands or carries; arrays
a function closes over that the enclosing trace knows (its inputs, or values
computed from them) become extra inputs of the sub-graph ("captures"), passed
by the node. The node's arguments are, per hook:

- ``cond``: ``(pred, operands, captures of true_fn, captures of false_fn)``
- ``while_loop``: ``(carry, captures of cond_fn, captures of body_fn)``
- ``scan``: ``(carry, xs, length, reverse, captures of fn)``; the step graph
  takes ``carry + x + captures`` and returns ``new carry + y``.

A node is run by the same code as an eager call (:mod:`ivy._control_flow`),
with the sub-graphs bound to the backend as its functions, so a graph reruns
correctly when the branch taken or the number of iterations changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ivy import _dispatch
from ivy.tracer.graph import Graph, Ref
from ivy.tracer.recording import Tape, TracingOps
from ivy.tracer.serialize import CONTROL_FLOW  # noqa: F401  (hook -> number of arguments, of sub-graphs)

GRAPH_NAMES = {"cond": ("true_fn", "false_fn"), "while_loop": ("cond_fn", "body_fn"), "scan": ("fn",)}


class _ChildTape(Tape):
    """The tape of a sub-graph: arrays known to an enclosing tape become inputs (captures)."""

    def __init__(self, ops: Any, parent: Tape):
        super().__init__(ops)
        self.parent = parent
        self.captures: list = []  # the enclosing trace's natives, in the order of the extra inputs
        self.capture_ids: list[int] = []

    def value_of(self, native: Any) -> Any:
        found = self.current.get(id(native))
        if found is not None:
            return found
        tape = self.parent
        while tape is not None and id(native) not in tape.current:
            tape = getattr(tape, "parent", None)
        if tape is None:
            return self.add_value(native, kind="constant")
        value = self.add_value(native, kind="input", name=f"capture{len(self.captures)}")
        self.captures.append(native)
        self.capture_ids.append(value.id)
        return value


def _subgraph(tape: Tape, fn: Callable, natives: list) -> tuple[Graph, list]:
    """The graph of ``fn`` (a function of a flat list of natives) and the natives it captures."""
    child = _ChildTape(tape.ops, tape)
    inputs = [child.add_value(n, kind="input", name=f"x{i}").id for i, n in enumerate(natives)]
    token = _dispatch._context.set(TracingOps(tape.ops, child))
    try:
        outputs = [Ref(child.value_of(n).id) for n in fn(list(natives))]
    finally:
        _dispatch._context.reset(token)
    every = inputs + child.capture_ids
    graph = Graph(
        nodes=child.nodes,
        values={v.id: v for v in child.values},
        inputs=every,
        template=(tuple(Ref(i) for i in range(len(every))), {}),
        outputs=outputs,
        function=fn,
        backend=tape.ops.name,
    ).prune()
    return graph, child.captures


def runner(graph: Graph, backend: str) -> Callable[[list], list]:
    """A sub-graph bound to ``backend`` as a function of a flat list of natives returning one."""
    run = graph.to_backend(backend)
    ids, order = graph._result_ids(), graph.output_ids()

    def flat(natives: list) -> list:
        results = run(*natives)
        results = results if isinstance(results, tuple) else (results,)
        found = dict(zip(ids, results, strict=True))
        return [found[i] for i in order]

    return flat


def execute(ops: Any, hook: str, runners: list, *args: Any) -> list:
    """Run one control-flow node on natives: ``args`` as the node holds them, arrays native."""
    from ivy._control_flow import run_cond, run_scan, run_while_loop

    if hook == "cond":
        pred, operands, true_captures, false_captures = args
        true_fn, false_fn = runners
        return run_cond(
            ops,
            pred,
            lambda ns: true_fn([*ns, *true_captures]),
            lambda ns: false_fn([*ns, *false_captures]),
            list(operands),
        )
    if hook == "while_loop":
        carry, cond_captures, body_captures = args
        cond_fn, body_fn = runners
        return run_while_loop(
            ops, lambda ns: cond_fn([*ns, *cond_captures])[0], lambda ns: body_fn([*ns, *body_captures]), list(carry)
        )
    carry, xs, length, reverse, captures = args
    (step_fn,) = runners
    count = len(carry)

    def step(c: list, x: list) -> tuple[list, list]:
        out = step_fn([*c, *x, *captures])
        return out[:count], out[count:]

    new_carry, ys = run_scan(ops, step, list(carry), list(xs), length, reverse)
    return [*new_carry, *ys]


def record(tape: Tape, hook: str, fns: list, *args: Any) -> Any:
    """Trace a control-flow call as one node of ``tape``; return its results (natives) as the call does."""
    from ivy.tracer.graph import Node

    ops = tape.ops
    if hook == "cond":
        pred, operands = args
        traced = [_subgraph(tape, fn, operands) for fn in fns]
        natives = (pred, tuple(operands), *(tuple(c) for _, c in traced))
    elif hook == "while_loop":
        (carry,) = args
        cond_fn, body_fn = fns
        traced = [_subgraph(tape, lambda ns: [cond_fn(ns)], carry), _subgraph(tape, body_fn, carry)]
        natives = (tuple(carry), *(tuple(c) for _, c in traced))
    else:
        carry, xs, length, reverse = args
        (fn,) = fns
        count = len(carry)
        x = [ops.getitem(a, 0) if length else ops.zeros(tuple(ops.shape_of(a))[1:], ops.dtype_of(a), None)
             for a in xs]  # fmt: skip

        def step(ns: list) -> list:
            new_carry, y = fn(ns[:count], ns[count:])
            return [*new_carry, *y]

        traced = [_subgraph(tape, step, [*carry, *x])]
        natives = (tuple(carry), tuple(xs), length, reverse, tuple(traced[0][1]))
    graphs = tuple(graph for graph, _ in traced)
    token = _dispatch._context.set(ops)
    try:
        results = execute(ops, hook, [runner(g, ops.name) for g in graphs], *natives)
    finally:
        _dispatch._context.reset(token)
    seen: set[int] = set()
    for i, native in enumerate(results):  # a result that is an existing array object gets its own copy
        if id(native) in tape.current or id(native) in seen:
            results[i] = native = ops.asarray(native, None, None, True)
        seen.add(id(native))
    encoded = tuple(tape.encode(a) for a in natives)
    outputs = [tape.add_value(n, kind="node").id for n in results]
    node = Node(hook=hook, args=encoded, outputs=outputs, structure=("tuple", len(outputs)), graphs=graphs)
    if any(r in tape.dependent for r in node.refs()):
        tape.dependent.update(outputs)
    tape.nodes.append(node)
    if hook == "scan":
        return results[: len(args[0])], results[len(args[0]) :]
    return results
