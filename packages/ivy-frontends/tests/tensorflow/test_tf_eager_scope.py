"""Graph-flavoured tf.* names in eager mode (scopes, group/tuple, print, numpy/py_function) against real TF."""

from __future__ import annotations

import sys

import numpy as np
import pytest
import tensorflow as tf
from conftest import assert_same
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import tensorflow as fe


def _scopes(ns):
    """Scope strings seen through nested name_scopes, including absolute and empty names."""
    seen = []
    with ns.name_scope("a") as s:
        seen += [s, ns.get_current_name_scope()]
        with ns.name_scope("b") as s2:
            seen += [s2, ns.get_current_name_scope()]
        with ns.name_scope("a") as s3:
            seen.append(s3)
        with ns.name_scope("x/") as s4:
            seen += [s4, ns.get_current_name_scope()]
        with ns.name_scope("") as s5:
            seen += [s5, ns.get_current_name_scope()]
        seen.append(ns.get_current_name_scope())
    seen += [ns.get_current_name_scope(), ns.name_scope("q").name]
    return seen


def test_name_scope_nesting():
    assert _scopes(fe) == _scopes(tf)


def test_name_scope_rejects_non_strings():
    with pytest.raises(ValueError, match="must be a string"):
        tf.name_scope(3)
    with pytest.raises(ValueError, match="must be a string"):
        fe.name_scope(3)


@pytest.mark.parametrize(
    "enter",
    [lambda ns: ns.device("/cpu:0"), lambda ns: ns.control_dependencies([ns.constant(1)]), lambda ns: ns.init_scope()],
    ids=["device", "control_dependencies", "init_scope"],
)
def test_noop_context_managers(enter):
    with enter(tf) as ref, enter(fe) as mine:
        assert mine == ref
        assert_same(fe.constant([1.0, 2.0]) * 2, tf.constant([1.0, 2.0]) * 2)


def test_eager_graph_helpers():
    assert fe.inside_function() is tf.inside_function()
    assert fe.group(fe.constant(1), fe.constant(2)) == tf.group(tf.constant(1), tf.constant(2))
    assert_same(fe.tuple([fe.constant(1), fe.constant([2.0])]), tf.tuple([tf.constant(1), tf.constant([2.0])]))
    assert fe.no_gradient("MyOp") == tf.no_gradient("MyOp")
    for ns in (tf, fe):
        with pytest.raises(TypeError, match="op_type must be a string"):
            ns.no_gradient(3)


@pytest.mark.parametrize("name", ["gradients", "hessians"])
def test_gradients_raise_in_eager_mode(name):
    with pytest.raises(RuntimeError) as ref:
        getattr(tf, name)(tf.constant(1.0), tf.constant(1.0))
    with pytest.raises(RuntimeError) as mine:
        getattr(fe, name)(fe.constant(1.0), fe.constant(1.0))
    assert str(mine.value) == str(ref.value)


def test_timestamp():
    before = tf.timestamp()
    mine = fe.timestamp()
    after = tf.timestamp()
    assert mine.dtype.name == before.dtype.name and mine.shape == before.shape
    assert before.numpy() <= mine.numpy() <= after.numpy()


def _printed(capfd, ns, *args, **kwargs):
    """What ``ns.print`` writes to stdout (TF's kernel writes to the process's stdout, hence capfd)."""
    capfd.readouterr()
    ns.print(*args, output_stream=sys.stdout, **kwargs)
    sys.stdout.flush()
    return capfd.readouterr().out


def _both(values):
    return [tf.constant(v) if isinstance(v, np.ndarray) else v for v in values], [
        fe.constant(v) if isinstance(v, np.ndarray) else v for v in values
    ]


_DTYPES = [np.float32, np.float64, np.int32, np.int64, np.bool_, np.float16]


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    a=st.sampled_from(_DTYPES).flatmap(
        lambda dt: hnp.arrays(
            dt,
            hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=8),
            elements=hnp.from_dtype(np.dtype(dt), allow_nan=True, allow_subnormal=False)
            if np.dtype(dt).kind != "f"
            else st.floats(-6e4, 6e4, width=16 if dt == np.float16 else 32).map(
                lambda v: v / 3 if abs(v) > 1e-3 else 0.0
            ),  # no subnormals: TF flushes them
        )
    ),
    summarize=st.sampled_from([1, 2, 3, -1]),
)
def test_print_matches_tf(capfd, a, summarize):
    t, f = _both([a])
    assert _printed(capfd, fe, *f, summarize=summarize) == _printed(capfd, tf, *t, summarize=summarize)


@pytest.mark.parametrize(
    "values,kwargs",
    [
        ([np.array([1.5, 2.0, -3.25], np.float32), "str", 3, 2.5, [1, 2]], {}),
        ([np.array([np.nan, np.inf, -np.inf, 0.1, 1e-5, 1e10])], {}),
        ([np.array(1.0 / 3, np.float32), np.array(1.0 / 3)], {"sep": "|", "end": "!\n"}),
        ([np.arange(30)], {}),
        ([np.arange(24).reshape(2, 3, 4)], {"summarize": 1}),
        ([np.arange(8).reshape(8, 1)], {}),
        ([None, True, ("a", np.arange(2))], {}),
    ],
)
def test_print_mixed(capfd, values, kwargs):
    t, f = _both(values)
    if isinstance(values[-1], tuple):
        t[-1], f[-1] = ("a", tf.constant(values[-1][1])), ("a", fe.constant(values[-1][1]))
    assert _printed(capfd, fe, *f, **kwargs) == _printed(capfd, tf, *t, **kwargs)


def test_print_goes_to_stderr_by_default(capfd):
    fe.print("to", fe.constant([1, 2]))
    assert capfd.readouterr().err == "to [1 2]\n"


def test_print_to_file(tmp_path):
    paths = tmp_path / "tf.txt", tmp_path / "fe.txt"
    tf.print("x", tf.constant([1.0]), output_stream=f"file://{paths[0]}")
    fe.print("x", fe.constant([1.0]), output_stream=f"file://{paths[1]}")
    assert paths[1].read_text() == paths[0].read_text()


_FUNCS = [
    ("numpy_function", lambda a, b: a + b, [[1.0, 2.0], np.float32(3)], "float32"),
    ("numpy_function", lambda a: (a, a * 2), [[1, 2]], ["int32", "int32"]),
    ("numpy_function", lambda a: a.astype(np.float64), [[1, 2]], "float32"),
    ("numpy_function", lambda a: 1.5, [[1, 2]], "float32"),
    ("numpy_function", lambda a: None, [[1, 2]], []),
    ("py_function", lambda a: a * 2, [[1, 2]], "int32"),
    ("py_function", lambda a: [a, a + 1], [[1, 2]], ["int32", "int32"]),
    ("py_function", lambda a: np.float64(1.5), [[1, 2]], "float32"),
    ("py_function", lambda a: None, [[1, 2]], []),
    ("py_function", lambda a: a * 2, [[1, 2]], "float32"),
]


@pytest.mark.parametrize("name,func,inputs,tout", _FUNCS)
def test_python_functions(name, func, inputs, tout):
    def call(ns):
        args = [ns.constant(x) if isinstance(x, list) else x for x in inputs]
        dt = [getattr(ns, t) for t in tout] if isinstance(tout, list) else getattr(ns, tout)
        return getattr(ns, name)(func, args, dt)

    try:
        ref = call(tf)
    except Exception:  # TF rejects the result (dtype mismatch): so must the frontend
        with pytest.raises(Exception):
            call(fe)
        return
    assert_same(call(fe), ref)


def test_py_function_passes_frontend_tensors():
    seen = []
    fe.py_function(lambda a: seen.append(type(a)) or a, [fe.constant([1])], fe.int32)
    fe.numpy_function(lambda a: seen.append(type(a)) or a, [fe.constant([1])], fe.int32)
    assert seen == [fe.Tensor, np.ndarray]
