"""The graph tracer: traced graphs reproduce eager results, run natively, print, draw and save."""

from __future__ import annotations

import json

import numpy as np
import pytest

import ivy

BACKENDS = [b for b in ("numpy", "torch", "jax", "paddle", "tensorflow") if b in ivy.available_backends()]
RNG = np.random.default_rng(11)


@pytest.fixture(autouse=True)
def _numpy_by_default():
    ivy.set_backend("numpy")  # the conftest restores the previous selection


def _params(shapes: dict) -> dict:
    return {k: RNG.standard_normal(s).astype("float32") * 0.3 for k, s in shapes.items()}


def mlp(x, p):
    h = ivy.nn.relu(ivy.nn.linear(x, p["w1"], p["b1"]))
    return ivy.nn.linear(h, p["w2"], p["b2"])


def cnn(x, p):
    h = ivy.nn.max_pool(ivy.nn.relu(ivy.nn.conv2d(x, p["conv"], p["conv_b"], padding=1)), 2)
    return ivy.nn.linear(ivy.reshape(h, (h.shape[0], -1)), p["dense"], p["dense_b"])


def transformer_block(x, p):
    attended = ivy.nn.multi_head_attention(x, x, x, 2, p["in_w"], p["in_b"], p["out_w"], p["out_b"], is_causal=True)
    h = ivy.nn.layer_norm(x + attended, 8, p["ln1_w"], p["ln1_b"])
    ff = ivy.nn.linear(ivy.nn.gelu(ivy.nn.linear(h, p["ff1_w"], p["ff1_b"])), p["ff2_w"], p["ff2_b"])
    return ivy.nn.layer_norm(h + ff, 8, p["ln2_w"], p["ln2_b"])


MODELS = {
    "mlp": (mlp, (4, 6), {"w1": (16, 6), "b1": (16,), "w2": (3, 16), "b2": (3,)}),
    "cnn": (cnn, (2, 1, 6, 6), {"conv": (4, 1, 3, 3), "conv_b": (4,), "dense": (3, 36), "dense_b": (3,)}),
    "transformer": (
        transformer_block,
        (2, 5, 8),
        {
            "in_w": (24, 8),
            "in_b": (24,),
            "out_w": (8, 8),
            "out_b": (8,),
            "ln1_w": (8,),
            "ln1_b": (8,),
            "ff1_w": (16, 8),
            "ff1_b": (16,),
            "ff2_w": (8, 16),
            "ff2_b": (8,),
            "ln2_w": (8,),
            "ln2_b": (8,),
        },
    ),
}


def _as_ivy(tree):
    return {k: ivy.asarray(v) for k, v in tree.items()} if isinstance(tree, dict) else ivy.asarray(tree)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("model", list(MODELS))
def test_traced_models_reproduce_eager_results_on_fresh_inputs(backend, model):
    fn, x_shape, shapes = MODELS[model]
    params = _params(shapes)
    with ivy.using_backend(backend):
        graph = ivy.trace_graph(fn, _as_ivy(RNG.standard_normal(x_shape).astype("float32")), _as_ivy(params))
        for _ in range(2):
            fresh = _as_ivy(RNG.standard_normal(x_shape).astype("float32"))
            np.testing.assert_allclose(np.asarray(graph(fresh, _as_ivy(params))),
                                       np.asarray(fn(fresh, _as_ivy(params))), rtol=1e-6, atol=1e-6)  # fmt: skip


@pytest.mark.parametrize("model", list(MODELS))
def test_graph_traced_on_numpy_runs_on_every_backend_natively(model):
    fn, x_shape, shapes = MODELS[model]
    params = _params(shapes)
    x = RNG.standard_normal(x_shape).astype("float32")
    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(fn, _as_ivy(x), _as_ivy(params))
        expected = np.asarray(fn(_as_ivy(x), _as_ivy(params)))
    for backend in BACKENDS:
        with ivy.using_backend(backend):
            natives = [ivy.to_native(ivy.asarray(a)) for a in (x, *params.values())]
        result = graph.to_backend(backend)(*natives)
        np.testing.assert_allclose(np.asarray(result), expected, rtol=2e-5, atol=2e-6, err_msg=backend)


def test_backend_bound_graph_compiles_with_jax_jit():
    jax = pytest.importorskip("jax", reason="the jax.jit check needs jax")
    if "jax" not in BACKENDS:
        pytest.skip("the jax backend is not installed")
    fn, x_shape, shapes = MODELS["mlp"]
    params = _params(shapes)
    x = RNG.standard_normal(x_shape).astype("float32")
    with ivy.using_backend("jax"):
        graph = ivy.trace_graph(fn, _as_ivy(x), _as_ivy(params))
        natives = [ivy.to_native(ivy.asarray(a)) for a in (x, *params.values())]
        expected = np.asarray(fn(_as_ivy(x), _as_ivy(params)))
    np.testing.assert_allclose(np.asarray(jax.jit(graph.to_backend("jax"))(*natives)), expected, rtol=1e-5, atol=1e-6)


def test_source_is_runnable_python_with_the_same_result():
    fn, x_shape, shapes = MODELS["transformer"]
    params = _params(shapes)
    x = _as_ivy(RNG.standard_normal(x_shape).astype("float32"))
    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(fn, x, _as_ivy(params))
        namespace: dict = {}
        exec(graph.source(), namespace)
        result = namespace["graph"](x, *_as_ivy(params).values())
        np.testing.assert_allclose(np.asarray(result), np.asarray(fn(x, _as_ivy(params))), rtol=1e-6, atol=1e-6)
        assert "ivy.nn.multi_head_attention(" in graph.source()


def test_dead_code_is_dropped_and_inputs_recorded():
    def f(x, y):
        unused = ivy.sin(y) * 3.0  # noqa: F841 - never reaches the output
        return ivy.exp(x) + 1.0

    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(f, ivy.ones((2, 3)), ivy.ones((4,), dtype=ivy.float32))
    assert graph.op_counts == {"exp": 1, "add": 1}
    assert graph.signature() == [((2, 3), "float64"), ((4,), "float32")]
    assert [graph.values[i].name for i in graph.inputs] == ["x", "y"]


def test_common_subexpressions_and_constant_folding():
    table = ivy.asarray(np.arange(4.0))

    def f(x):
        scale = ivy.sum(table * 2.0)  # constants only: folded
        return ivy.exp(x) * scale + ivy.exp(x)  # the second exp is the first one

    with ivy.using_backend("numpy"):
        x = ivy.asarray([0.5, 1.0, 2.0, 3.0])
        graph = ivy.trace_graph(f, x)
        before = sum(graph.op_counts.values())
        graph.optimize()
        assert graph.op_counts == {"exp": 1, "multiply": 1, "add": 1} and before == 6
        np.testing.assert_allclose(np.asarray(graph(x)), np.asarray(f(x)))


def test_random_calls_stay_random():
    def noisy(x):
        return x + ivy.random.normal(x.shape, dtype=x.dtype)

    def seeded(x):
        return x + ivy.random.normal(x.shape, dtype=x.dtype, seed=3)

    with ivy.using_backend("numpy"):
        x = ivy.zeros((5,))
        graph = ivy.trace_graph(noisy, x).optimize()
        first, second = np.asarray(graph(x)), np.asarray(graph(x))
        assert not np.array_equal(first, second), "a random node must not be frozen into a constant"
        fixed = ivy.trace_graph(seeded, x).optimize()
        np.testing.assert_array_equal(np.asarray(fixed(x)), np.asarray(fixed(x)))
        np.testing.assert_array_equal(np.asarray(fixed(x)), np.asarray(seeded(x)))


@pytest.mark.parametrize("backend", BACKENDS)
def test_setitem_and_in_place_operators_are_recorded_and_graphs_stay_pure(backend):
    def f(x):
        y = x * 1.0
        y[0] = 10.0
        y += 1.0
        y[1:, 0] = y[1:, 1]
        return y

    with ivy.using_backend(backend):
        x = ivy.asarray(np.arange(6.0).reshape(3, 2))
        graph = ivy.trace_graph(f, x)
        fresh = ivy.asarray(np.arange(6.0).reshape(3, 2) * 3)
        before = np.asarray(fresh).copy()
        np.testing.assert_array_equal(np.asarray(graph(fresh)), np.asarray(f(ivy.asarray(before))))
        np.testing.assert_array_equal(np.asarray(fresh), before)  # the input is not mutated


def test_new_shapes_are_refused_clearly_and_retrace_works():
    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(lambda x: ivy.sum(x * x), ivy.ones((3,)))
        with pytest.raises(ValueError, match=r"traced for inputs \[\(\(3,\), 'float64'\)\], called with \[\(\(4,\)"):
            graph(ivy.ones((4,)))
        assert float(graph.retrace(ivy.ones((4,)))(ivy.ones((4,)))) == 4.0


def test_save_and_load_without_the_function(tmp_path):
    fn, x_shape, shapes = MODELS["cnn"]
    params = _as_ivy(_params(shapes))
    x = _as_ivy(RNG.standard_normal(x_shape).astype("float32"))
    bias = ivy.asarray(np.float32(0.25))
    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(lambda x, p: fn(x, p) + bias, x, params)
        path = tmp_path / "cnn.json"
        graph.save(str(path))
        assert json.loads(path.read_text())["format"] == "ivy.graph/1"
        loaded = ivy.Graph.load(str(path))
        assert loaded.function is None and loaded.op_counts == graph.op_counts
        np.testing.assert_allclose(np.asarray(loaded(x, params)), np.asarray(graph(x, params)), rtol=1e-6)
        expected = np.asarray(graph(x, params))
    if "torch" in BACKENDS:
        with ivy.using_backend("torch"):
            with pytest.raises(ValueError, match=r"input 'x' is a ndarray, not an array of the selected backend"):
                loaded(x, params)
            on_torch = loaded(_as_ivy(np.asarray(x)), _as_ivy({k: np.asarray(v) for k, v in params.items()}))
            np.testing.assert_allclose(np.asarray(on_torch), expected, rtol=1e-5)


def test_picture_names_functions_and_marks_inputs_and_outputs(tmp_path):
    fn, x_shape, shapes = MODELS["mlp"]
    with ivy.using_backend("numpy"):
        graph = ivy.trace_graph(fn, _as_ivy(np.ones(x_shape)), _as_ivy(_params(shapes)))
    markup = graph.show(str(tmp_path / "mlp.svg"))
    assert markup.startswith("<svg") and (tmp_path / "mlp.svg").read_text() == markup
    for text in ("nn.linear", "nn.relu", "p.w1", "float64[4, 16]", "#c62828"):
        assert text in markup
    page = graph.show(str(tmp_path / "mlp.html"))
    assert page.startswith("<!doctype html>") and "<svg" in page


@pytest.mark.parametrize("backend", BACKENDS)
def test_modules_trace_with_their_parameters_as_inputs(backend):
    with ivy.using_backend(backend):
        model = ivy.layers.Sequential(ivy.layers.Linear(6, 8), ivy.layers.ReLU(), ivy.layers.Linear(8, 3))
        x = ivy.asarray(RNG.standard_normal((4, 6)).astype("float32"))
        graph = ivy.trace_graph(model, x)
        assert len(graph.parameters) == 4 and all(name.startswith("params.") for name in graph.parameters)
        params = model.parameters()
        np.testing.assert_allclose(np.asarray(graph(params, x)), np.asarray(model(x)), rtol=1e-6, atol=1e-6)
        # A pure function of the parameters: other weights give the other model's output.
        doubled = {name: {k: v * 2.0 for k, v in layer.items()} for name, layer in params.items()}
        expected = model.apply(doubled, x)
        np.testing.assert_allclose(np.asarray(graph(doubled, x)), np.asarray(expected), rtol=1e-6, atol=1e-6)
        assert "#fff3d6" in graph.show()  # parameters drawn apart from data inputs


@pytest.mark.parametrize(
    "read",
    [
        lambda x: x * float(ivy.sum(x)),
        lambda x: x if bool(x[0] > 0) else -x,
        lambda x: x[: int(ivy.argmax(x))],
        lambda x: ivy.asarray(np.asarray(x) + 1),
    ],
    ids=["float", "bool", "index", "numpy"],
)
def test_values_read_from_input_dependent_arrays_are_refused(read):
    """A Python value computed from the inputs would be frozen into the graph: tracing refuses it."""
    with ivy.using_backend("numpy"):
        x = ivy.asarray([1.0, 3.0, 2.0])
        eager = read(x)  # fine outside tracing
        assert eager.shape[0] >= 1
        with pytest.raises(ivy.IvyValueError, match="computed from the traced function's inputs"):
            ivy.trace_graph(read, x)


def test_values_of_constants_may_be_read_while_tracing():
    """Closed-over arrays and arrays made from them are constants: reading them is safe."""
    with ivy.using_backend("numpy"):
        scale = ivy.asarray([2.0])
        graph = ivy.trace_graph(lambda x: x * float(scale[0] + 1), ivy.asarray([1.0, 2.0]))
        fresh = ivy.asarray([5.0, -1.0])
        np.testing.assert_allclose(np.asarray(graph(fresh)), np.asarray(fresh) * 3.0)


@pytest.mark.parametrize("backend", BACKENDS)
def test_one_object_passed_twice_is_two_inputs(backend):
    def f(a, b):
        return a - 2.0 * b

    with ivy.using_backend(backend):
        x = ivy.asarray([2.0, 5.0])
        graph = ivy.trace_graph(f, x, x)
        a, b = ivy.asarray([3.0, -1.0]), ivy.asarray([1.0, 4.0])
        np.testing.assert_array_equal(np.asarray(graph(a, b)), np.asarray(f(a, b)))


@pytest.mark.parametrize("backend", BACKENDS)
def test_new_arrays_equal_to_an_input_stay_constants(backend):
    # a backend may return one cached object for equal scalars: the constant 2.0 made inside
    # must not be taken for the input that happened to be 2.0 when traced
    def f(x):
        return x * ivy.asarray(2.0, dtype=ivy.float64) + ivy.asarray(2.0, dtype=ivy.float64)

    with ivy.using_backend(backend):
        graph = ivy.trace_graph(f, ivy.asarray(2.0, dtype=ivy.float64))
        for value in (3.0, -0.5, 2.0):
            x = ivy.asarray(value, dtype=ivy.float64)
            np.testing.assert_array_equal(np.asarray(graph(x)), np.asarray(f(x)))
