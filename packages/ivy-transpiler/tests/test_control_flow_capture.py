"""Python control flow on tensor values, captured as ``ivy.cond``/``ivy.while_loop``: a torch function
with a data-dependent ``while`` and ``if`` transpiled to every target (under ``jax.jit`` and
``tf.function`` too), and kornia's functions whose loops and branches read the image (canny's
hysteresis, the equalizations, the histogram), against torch itself."""

from __future__ import annotations

import jax
import jax.numpy as jnp
import kornia
import numpy as np
import paddle
import pytest
import tensorflow as tf
import torch
from conftest import as_numpy

import ivy_transpiler
from ivy_transpiler import DataDependentValue


def halve_then_branch(x):
    """Halve until the largest magnitude is below 1; then a branch on the sum's sign."""
    steps = 0
    while x.abs().max() >= 1:
        x = x / 2
        steps = steps + 1
    if x.sum() > 0:
        y = x * 2 + steps
    else:
        y = x - 1
    return y


def early_exit(x, n):
    """A ``range`` bound read from a tensor; a loop left by ``break`` on an ``and`` of tensors."""
    total = x * 0
    for i in range(int(n)):
        total = total + x * i
    k = 0
    while k < 10:
        total = total * 1.5 + 1
        k = k + 1
        if total.sum() > 10 and x.min() > -5:
            break
    return total, total[0] * 0 + k  # k is an array once the loop is staged


def nested_on_outer_flag(x):
    """An ``if`` inside the loop on a tensor computed before it (read inside the loop's sub-graph)."""
    big = x.sum() > 10
    while x.abs().max() >= 1:
        if big:
            x = x / 4
        else:
            x = x / 2
    return x


#: inputs needing 0, 3 and 6 halvings, taking both branches
INPUTS = [
    np.array([0.5, -0.25, 0.125], np.float32),
    np.array([3.0, -5.0, 0.5], np.float32),
    np.array([-40.0, 2.0, 1.0], np.float32),
]
CONVERT = {
    "jax": jnp.asarray,
    "tensorflow": tf.constant,
    "numpy": np.asarray,
    "paddle": lambda a: paddle.to_tensor(a),
    "torch": torch.from_numpy,
}


def _wrapped(target, run):
    if target == "jax":
        return jax.jit(run)
    if target == "tensorflow":
        return tf.function(run)
    return run


@pytest.mark.parametrize("target", list(CONVERT))
def test_while_and_if_on_tensors(target):
    expected = [halve_then_branch(torch.from_numpy(a)).numpy() for a in INPUTS]
    assert len({bool(e.sum() > 0) for e in expected}) == 2  # both branches taken
    transpiled = ivy_transpiler.transpile(halve_then_branch, source="torch", target=target, args=(INPUTS[1],))
    run = _wrapped(target, transpiled)  # jax.jit, tf.function: the loop and branch are the target's own
    for a, e in zip(INPUTS, expected, strict=True):
        np.testing.assert_allclose(as_numpy(transpiled(CONVERT[target](a))), e, rtol=1e-6)
        np.testing.assert_allclose(as_numpy(run(CONVERT[target](a))), e, rtol=1e-6)


@pytest.mark.usefixtures("jax_x64_restored")  # the test loads the written source itself
@pytest.mark.parametrize("target", list(CONVERT))
def test_source_output_writes_the_loop_and_branch(target):
    """``output="source"``: lax.while_loop/cond for JAX, tf.while_loop/cond for TensorFlow, Python's own
    while/if for the eager frameworks; the written file follows the data like torch."""
    source = ivy_transpiler.transpile(
        halve_then_branch, source="torch", target=target, args=(INPUTS[1],), output="source"
    )
    structured = {"jax": "jax.lax.while_loop", "tensorflow": "tf.while_loop"}.get(target, "while bool(")
    assert structured in source and "ivy" not in source.replace("ivy_transpiler", "")
    forward = source.namespace()["forward"]
    run = _wrapped(target, forward)
    for a in INPUTS:
        expected = halve_then_branch(torch.from_numpy(a)).numpy()
        np.testing.assert_allclose(as_numpy(run(CONVERT[target](a))), expected, rtol=1e-6)


def test_branch_inside_a_staged_loop_on_an_outer_tensor():
    transpiled = ivy_transpiler.transpile(nested_on_outer_flag, source="torch", target="numpy", args=(INPUTS[1],))
    for a in INPUTS:  # sums below and above 10 take the two branches
        expected = nested_on_outer_flag(torch.from_numpy(np.abs(a) * 3)).numpy()
        np.testing.assert_allclose(transpiled(np.abs(a) * 3), expected, rtol=1e-6)


def test_graph_holds_the_structured_forms():
    graph = ivy_transpiler.transpile(
        halve_then_branch, source="torch", target="numpy", args=(INPUTS[0],), output="graph"
    )
    hooks = [node.hook for node in graph.nodes]
    assert "while_loop" in hooks and "cond" in hooks


def test_jax_vmap_runs_each_example_its_own_way():
    transpiled = ivy_transpiler.transpile(halve_then_branch, source="torch", target="jax", args=(INPUTS[1],))
    batch = np.stack(INPUTS)
    expected = np.stack([halve_then_branch(torch.from_numpy(a)).numpy() for a in INPUTS])
    np.testing.assert_allclose(np.asarray(jax.vmap(transpiled)(jnp.asarray(batch))), expected, rtol=1e-6)


@pytest.mark.parametrize("target", ["jax", "numpy", "torch"])
def test_for_range_with_break(target):
    x = np.array([1.0, 2.0, 0.5], np.float32)
    transpiled = ivy_transpiler.transpile(early_exit, source="torch", target=target, args=(x, np.int64(3)))
    for scale, n in ((1.0, 3), (1.0, 0), (0.01, 1), (-3.0, 2)):
        a = (x * scale).astype(np.float32)
        expected, rounds = early_exit(torch.from_numpy(a), torch.tensor(n))
        actual, k = transpiled(CONVERT[target](a), CONVERT[target](np.asarray(n, np.int64)))
        np.testing.assert_allclose(as_numpy(actual), expected.numpy(), rtol=1e-6)
        assert float(as_numpy(k)) == float(rounds) and 1 <= float(rounds) <= 10


def unconvertible(x):
    if x.sum() > 0:
        x = x * 2
    return x * x.max().item()  # a Python number from the data outside any condition: no structured form


def test_what_cannot_be_converted_names_the_line():
    with pytest.raises(DataDependentValue, match=r"test_control_flow_capture\.py:1\d\d"):
        ivy_transpiler.transpile(unconvertible, source="torch", target="jax", args=(np.ones(3, np.float32),))


# -- kornia ----------------------------------------------------------------------------------------

SHAPE = (1, 1, 16, 16)


def _image(seed: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.rand(SHAPE, generator=g)


#: name -> (inputs from an image, keyword arguments)
KORNIA = {
    "filters.canny": (lambda img: (img,), {"low_threshold": 0.3, "high_threshold": 0.8}),
    "enhance.equalize": (lambda img: (img,), {}),
    "enhance.equalize_clahe": (lambda img: (img,), {"grid_size": (2, 2)}),
    "enhance.histogram": (lambda img: (img.flatten(1), torch.linspace(0, 1, 8), torch.tensor(0.1)), {}),
}


@pytest.fixture(scope="module")
def libraries():
    return {t: ivy_transpiler.transpile(kornia, source="torch", target=t) for t in ("jax", "tensorflow")}


def _get(root, path):
    for part in path.split("."):
        root = getattr(root, part)
    return root


def _assert_matches(actual, expected):
    if isinstance(expected, (tuple, list)):
        assert len(actual) == len(expected)
        for a, e in zip(actual, expected, strict=True):
            _assert_matches(a, e)
        return
    e = expected.detach().numpy()
    a = as_numpy(actual)
    assert a.shape == e.shape and a.dtype == e.dtype
    np.testing.assert_allclose(a, e, rtol=1e-4, atol=1e-5 * max(1.0, float(np.abs(e).max(initial=0.0))))


@pytest.mark.parametrize("target", ["jax", "tensorflow"])
@pytest.mark.parametrize("name", list(KORNIA))
def test_kornia_data_dependent_functions(libraries, target, name):
    make, kwargs = KORNIA[name]
    lazy, native = _get(libraries[target], name), _get(kornia, name)
    convert = CONVERT[target]
    transpiled = None
    jitted = jax.jit(lambda *a: lazy(*a, **kwargs))  # compiled once: the second image reuses it
    for seed in (0, 1):  # the second image reuses the transpile made on the first
        inputs = make(_image(seed))
        expected = native(*inputs, **kwargs)
        args = [convert(v.numpy()) if isinstance(v, torch.Tensor) else v for v in inputs]
        _assert_matches(lazy(*args, **kwargs), expected)  # the first call transpiles (and verifies)
        if target == "jax":
            _assert_matches(jitted(*args), expected)
        transpiled = transpiled or lazy.transpiled
        assert lazy.transpiled is transpiled


def _ivy_scans(x, w):
    """Cumulative products of the rows of ``x`` scaled by ``w`` (a capture), forwards then backwards."""
    import ivy

    def step(carry, xs):
        (c,), (row,) = carry, xs
        c = c * row * w
        return (c,), (c + 1.0, row * 2.0)

    (c,), (ys, _) = ivy.scan(step, (ivy.ones(tuple(x.shape[1:]), dtype=x.dtype),), (x,))
    (back,), (ys_back, doubled) = ivy.scan(step, (c,), (x,), reverse=True)
    return back, ys, ys_back, doubled


def _jax_scans(x, w):
    """The same program with the real ``jax.lax.scan``."""

    def step(c, row):
        c = c * row * w
        return c, (c + 1.0, row * 2.0)

    c, (ys, _) = jax.lax.scan(step, jnp.ones(x.shape[1:], x.dtype), x)
    back, (ys_back, doubled) = jax.lax.scan(step, c, x, reverse=True)
    return back, ys, ys_back, doubled


@pytest.mark.parametrize("target", list(CONVERT))
def test_source_output_writes_scan(target):
    """A ``scan`` node as source: ``jax.lax.scan`` for JAX, a Python loop over its static length with the
    outputs stacked elsewhere (zeros of the recorded shape with no step); forwards and reversed, with a
    capture, run in a fresh namespace on new inputs of the traced shape and compared with real JAX.
    (The JAX source capture interprets a jaxpr's scan step by step, so the graph is traced over ``ivy.scan``.)"""
    import ivy
    from ivy_transpiler._emit import dialect, module_source

    rng = np.random.default_rng(1)
    for rows in (4, 0):
        example, w = rng.uniform(0.5, 1.5, (rows, 3)).astype(np.float32), np.float32([1.0, 0.5, 2.0])
        with ivy.using_backend("numpy"):
            graph = ivy.trace_graph(_ivy_scans, ivy.asarray(example), ivy.asarray(w))
        assert [n.hook for n in graph.nodes].count("scan") == 2
        code = module_source(
            graph,
            dialect(target),
            state=[],
            inputs=["x", "w"],
            result=lambda name, graph=graph: "(" + ", ".join(name(r.id) for r in graph.outputs) + ")",
        )
        assert ("jax.lax.scan" if target == "jax" else "reversed(range(") in code or not rows
        assert "ivy" not in code
        namespace: dict = {}
        exec(compile(code, f"<scan {target}>", "exec"), namespace)
        x = rng.uniform(0.5, 1.5, (rows, 3)).astype(np.float32)
        actual = _wrapped(target, namespace["forward"])(CONVERT[target](x), CONVERT[target](w))
        expected = _jax_scans(jnp.asarray(x), jnp.asarray(w))
        for a, e in zip(actual, expected, strict=True):
            assert as_numpy(a).shape == e.shape and as_numpy(a).dtype == e.dtype
            np.testing.assert_allclose(as_numpy(a), np.asarray(e), rtol=1e-5)
