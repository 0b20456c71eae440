"""Control flow in traced graphs: one node per call holding sub-graphs, rerun on inputs that change
the branch taken or the number of iterations, on every backend; printed, drawn, saved and loaded back."""

from __future__ import annotations

import json

import numpy as np
import pytest

import ivy
from ivy._autodiff import flatten
from ivy.testing.conformance._reference import ivy_to_numpy
from ivy.tracer.recording import IvyTracingError

BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]


def _same(actual: object, expected: object) -> None:
    a_leaves, a_tree = flatten(actual)
    e_leaves, e_tree = flatten(expected)
    assert a_tree == e_tree
    for a, e in zip(a_leaves, e_leaves, strict=True):
        np.testing.assert_allclose(ivy_to_numpy(a), ivy_to_numpy(e), rtol=1e-12)


def doubling(x: ivy.Array, limit: ivy.Array) -> dict:
    """Doubles x until its sum reaches limit; counts the steps."""
    steps, out = ivy.while_loop(
        lambda s: ivy.less(ivy.sum(s[1]), limit), lambda s: (s[0] + 1, s[1] * 2.0), (ivy.asarray(0), x)
    )
    return {"steps": steps, "x": out}


def mixed(x: ivy.Array, n: ivy.Array, flag: ivy.Array) -> tuple:
    """cond choosing between a loop and a scan, closing over values computed from the inputs."""
    offset = ivy.sum(x) * 0.5  # captured by the functions below

    def looping(v: ivy.Array) -> ivy.Array:
        return ivy.fori_loop(ivy.asarray(0), n, lambda i, c: c * 0.5 + offset, v)

    def scanning(v: ivy.Array) -> ivy.Array:
        return ivy.scan(lambda c, e: (c + e + offset, c), ivy.asarray(0.0), v, reverse=True)[1]

    chosen = ivy.cond(flag, looping, scanning, x)
    return chosen, ivy.scan(lambda c, e: (c * e, c), ivy.asarray(1.0), chosen)


@pytest.mark.parametrize("backend", BACKENDS)
def test_while_loop_graph_reruns_with_more_iterations_and_survives_save_load(backend: str, tmp_path) -> None:
    ivy.set_backend(backend)
    x = ivy.asarray([0.5, 1.0])
    graph = ivy.trace_graph(doubling, x, ivy.asarray(2.0))  # traced on one iteration
    assert graph.op_counts["while_loop"] == 1
    assert int(doubling(x, ivy.asarray(2.0))["steps"]) == 1
    graph.save(str(tmp_path / "g.json"))
    loaded = ivy.Graph.load(str(tmp_path / "g.json"))
    namespace: dict = {}
    exec(graph.source(), namespace)
    for limit in (0.0, 2.0, 100.0, 5000.0):  # 0, 1, 7 and 12 iterations
        expected = doubling(x, ivy.asarray(limit))
        _same(graph(x, ivy.asarray(limit)), expected)
        _same(loaded(x, ivy.asarray(limit)), expected)
        result = namespace["graph"](x, ivy.asarray(limit))
        _same({"steps": result[0], "x": result[1]}, expected)
    assert int(graph(x, ivy.asarray(5000.0))["steps"]) == 12


@pytest.mark.parametrize("backend", BACKENDS)
def test_graph_follows_the_branch_and_trip_count_of_its_inputs(backend: str, tmp_path) -> None:
    ivy.set_backend(backend)
    # values chosen so that no two 0-d values of the traced run coincide (the JAX backend reuses
    # 0-d arrays of equal value, which the tracer, following arrays by identity, would take as one)
    x = ivy.asarray([1.25, -2.0, 3.5])
    graph = ivy.trace_graph(mixed, x, ivy.asarray(2), ivy.asarray(True))
    assert {k: graph.op_counts[k] for k in ("cond", "scan")} == {"cond": 1, "scan": 1}
    graph.save(str(tmp_path / "g.json"))
    loaded = ivy.Graph.load(str(tmp_path / "g.json"))
    namespace: dict = {}
    exec(graph.source(), namespace)
    for values, n, flag in (([1.25, -2.0, 3.5], 2, True), ([0.5, 0.25, -1.0], 5, True), ([2.0, 1.0, 0.0], 0, False)):
        args = (ivy.asarray(values), ivy.asarray(n), ivy.asarray(flag))
        expected = mixed(*args)
        _same(graph(*args), expected)
        _same(loaded(*args), expected)
        source_result = namespace["graph"](*args)
        _same((source_result[0], (source_result[1], source_result[2])), expected)
    _same(graph.optimize()(x, ivy.asarray(3), ivy.asarray(False)), mixed(x, ivy.asarray(3), ivy.asarray(False)))


def test_sub_graphs_render_and_print() -> None:
    ivy.set_backend("numpy")
    graph = ivy.trace_graph(mixed, ivy.asarray([1.0, 2.0]), ivy.asarray(2), ivy.asarray(True))
    picture = graph.show()
    for caption in ("cond (call", "true_fn", "false_fn", "while_loop (call", "body_fn", "scan (call"):
        assert caption in picture, caption
    source = graph.source()
    assert "ivy.cond(" in source and "ivy.while_loop(" in source and "ivy.scan(" in source


def test_reading_a_traced_value_inside_a_branch_is_refused() -> None:
    ivy.set_backend("numpy")

    def reads(x: ivy.Array) -> ivy.Array:
        return ivy.cond(ivy.greater(ivy.sum(x), 0.0), lambda v: v * float(ivy.sum(v)), lambda v: v, x)

    with pytest.raises(IvyTracingError, match="reads the value"):
        ivy.trace_graph(reads, ivy.asarray([1.0]))


def _document(tmp_path) -> dict:
    ivy.set_backend("numpy")
    graph = ivy.trace_graph(doubling, ivy.asarray([0.5, 1.0]), ivy.asarray(2.0))
    graph.save(str(tmp_path / "g.json"))
    return json.loads((tmp_path / "g.json").read_text())


def _loop(document: dict) -> dict:
    return next(node for node in document["nodes"] if node["hook"] == "while_loop")


@pytest.mark.parametrize(
    ("corrupt", "message"),
    [
        (lambda n: n["graphs"][1]["nodes"][0]["args"].__setitem__(0, {"ref": 99}), r"graphs\[1\]\.nodes\[0\]\.args"),
        (lambda n: n["graphs"][0]["nodes"][0].__setitem__("hook", "system"), r"graphs\[0\]\.nodes\[0\]\.hook"),
        (lambda n: n["graphs"].pop(), r"2 sub-graphs for while_loop"),
        (lambda n: n.pop("graphs"), r"a field 'graphs'"),
        (lambda n: n["graphs"][1]["outputs"].pop(), r"graphs\[1\]: expected a graph of"),
        (lambda n: n["args"]["tuple"][0]["tuple"].append({"ref": 0}), r"graphs\[0\]: expected a graph of"),
        (lambda n: n["graphs"][0].__setitem__("format", "x"), r"graphs\[0\]\.format"),
        (lambda n: n.__setitem__("structure", ["single"]), r"structure"),
    ],
)
def test_loader_checks_sub_graphs_like_graphs(tmp_path, corrupt, message: str) -> None:
    document = _document(tmp_path)
    corrupt(_loop(document))
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(ivy.FileFormatError, match=message):
        ivy.Graph.load(str(tmp_path / "bad.json"))


def test_loader_refuses_sub_graphs_on_other_nodes(tmp_path) -> None:
    document = _document(tmp_path)
    other = next(node for node in document["nodes"] if node["hook"] != "while_loop")
    other["graphs"] = _loop(document)["graphs"]
    (tmp_path / "bad.json").write_text(json.dumps(document))
    with pytest.raises(ivy.FileFormatError, match="no sub-graphs on a"):
        ivy.Graph.load(str(tmp_path / "bad.json"))


def test_graph_traced_on_numpy_compiles_on_jax() -> None:
    """A native function of the graph keeps the loop a loop: jax.jit stages it as lax.while_loop."""
    jax = pytest.importorskip("jax")
    ivy.set_backend("numpy")
    graph = ivy.trace_graph(doubling, ivy.asarray([0.5, 1.0]), ivy.asarray(2.0))
    with jax.enable_x64(True):
        compiled = jax.jit(graph.to_backend("jax"))
        for limit, steps in ((2.0, 1), (5000.0, 12)):
            got_steps, got_x = compiled(jax.numpy.asarray([0.5, 1.0]), jax.numpy.asarray(limit))
            assert int(got_steps) == steps
            np.testing.assert_allclose(np.asarray(got_x), np.asarray([0.5, 1.0]) * 2.0**steps)
