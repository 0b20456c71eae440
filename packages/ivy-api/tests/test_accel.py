"""The C dispatcher (``ivy._accel``) against the generated Python it stands in front of.

Every all-array public function is a ``Dispatcher`` whose ``__wrapped__`` is
its generated Python function; both must give the same answers, the same
errors, and behave as a Python function does (signature, pickling, methods).
"""

import copy
import inspect
import os
import pickle
import types
import weakref

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ivy
from ivy._codegen import ACCELERATOR, accelerable
from ivy.plugin import Backend, hookimpl, same_dtype_natives
from ivy.spec import SPECS

ACCELERATED = sorted(s.qualname for s in SPECS.values() if s.public and accelerable(s))
#: for the tests of the dispatchers themselves; that CI builds them is test_the_accelerator_is_built's
needs_dispatchers = pytest.mark.skipif(ACCELERATOR is None, reason="ivy._accel is off (IVY_PURE_PYTHON) or not built")
DTYPES = ("bool", "int8", "uint8", "int32", "int64", "uint64", "float32", "float64", "complex64")


@pytest.fixture(autouse=True)
def _numpy():
    ivy.set_backend("numpy")


def _public(qualname: str):
    namespace, _, name = qualname.rpartition(".")
    return getattr(getattr(ivy, namespace) if namespace else ivy, name)


def test_the_accelerator_is_built():
    """CI builds ivy-api with a compiler: losing the extension would lose the speed silently."""
    if os.environ.get("IVY_PURE_PYTHON"):
        assert ACCELERATOR is None
    else:
        assert ACCELERATOR is not None, "ivy._accel did not build or import; see the build log of ivy-api"


@needs_dispatchers
def test_accelerable_functions_are_dispatchers():
    assert {"add", "matmul", "sin", "where", "equal"} <= set(ACCELERATED)
    assert not {"asarray", "sum", "reshape"} & set(ACCELERATED)  # defaults, non-array parameters
    for qualname in ACCELERATED:
        function = _public(qualname)
        assert type(function).__name__ == "Dispatcher"
        assert isinstance(function.__wrapped__, types.FunctionType)


def _build(dtype: str, values: list) -> ivy.Array:
    return ivy.asarray(np.asarray(values).astype(dtype))


def _outcome(function, *args):
    try:
        result = function(*args)
        return ("value", type(result.data), result.dtype, repr(np.asarray(result).tolist()))  # NaN == NaN
    except Exception as error:  # the same error, worded the same, from the same cause
        return ("error", type(error), str(error), type(error.__cause__))


@needs_dispatchers
@settings(max_examples=150, deadline=None)
@given(
    qualname=st.sampled_from(ACCELERATED),
    dtypes=st.lists(st.sampled_from(DTYPES), min_size=3, max_size=3),
    values=st.lists(st.sampled_from([0, 1, 2, -1, 3]), min_size=4, max_size=4),
    scalar=st.sampled_from([None, 0, 2, 1.5, True]),
    backend=st.sampled_from(["numpy", "torch"]),
)
def test_accelerated_and_python_functions_agree(qualname, dtypes, values, scalar, backend):
    if backend not in ivy.available_backends():
        backend = "numpy"
    function = _public(qualname)
    count = len(function.__ivy_spec__.signature.parameters)
    with ivy.using_backend(backend):
        args = [ivy.reshape(_build(d, values), (2, 2)) for d in dtypes[:count]]
        if scalar is not None:
            args[-1] = scalar
        assert _outcome(function, *args) == _outcome(function.__wrapped__, *args)


@needs_dispatchers
@pytest.mark.parametrize("count, keywords", [(3, ()), (1, ()), (0, ("x1", "x2"))])
def test_miscounted_and_keyword_calls_take_the_python_path(count, keywords):
    """Python's own TypeError, as the generated function raises it (the standard's parameters
    are positional-only)."""
    x = ivy.asarray([1.0, -2.0])
    args, kwargs = [x] * count, dict.fromkeys(keywords, x)
    with pytest.raises(TypeError) as accelerated:
        ivy.add(*args, **kwargs)
    with pytest.raises(TypeError) as python:
        ivy.add.__wrapped__(*args, **kwargs)
    assert str(accelerated.value) == str(python.value)


@needs_dispatchers
def test_a_dispatcher_behaves_as_a_function():
    add = ivy.add
    assert inspect.signature(add) == inspect.signature(add.__wrapped__)
    assert list(inspect.signature(add).parameters) == ["x1", "x2"]
    assert (add.__name__, add.__qualname__, add.__module__) == ("add", "add", "ivy")
    assert add.__doc__ == SPECS["add"].function.__doc__
    assert add.__ivy_spec__ is SPECS["add"]
    assert repr(add) == "<function ivy.add>"
    assert pickle.loads(pickle.dumps(add)) is add
    assert pickle.loads(pickle.dumps(ivy.linalg.matmul)) is ivy.linalg.matmul
    assert copy.deepcopy(add) is add
    assert weakref.ref(add)() is add
    assert hash(add) == hash(add)


@needs_dispatchers
def test_operators_are_python_methods_over_the_dispatchers():
    """Python methods (torch.compile's Dynamo follows operators only into Python code) that
    call the dispatchers."""
    x = ivy.asarray([1.0, 2.0])
    assert isinstance(ivy.Array.__add__, types.FunctionType)
    assert ivy.Array.__add__.__qualname__ == "Array.__add__"
    assert np.asarray(x + x).tolist() == np.asarray(x.__add__(x)).tolist() == [2.0, 4.0]
    assert np.asarray(-x).tolist() == [-1.0, -2.0]
    assert np.asarray(x < 1.5).tolist() == [True, False]


def test_errors_are_diagnosed_at_the_boundary():
    a, b = ivy.asarray(np.ones(3)), ivy.asarray(np.ones(2))
    with pytest.raises(ivy.IvyError, match=r"ivy\.add: shapes \(3,\) of 'x1', \(2,\) of 'x2'") as raised:
        ivy.add(a, b)
    assert raised.value.__cause__ is not None and raised.value.__suppress_context__


def test_an_array_without_data_is_reported_by_the_python_path():
    empty = object.__new__(ivy.Array)
    with pytest.raises(AttributeError):
        ivy.add(empty, empty)


# -- a backend that declares a same-dtype native -----------------------------------
class _Counting:
    """Over NumPy: ``add``'s hook and its declared float32 native count their calls."""

    def __init__(self):
        self.calls = {"hook": 0, "native": 0}

        def native(x1, x2):
            self.calls["native"] += 1
            return np.add(x1, x2)

        def add(x1, x2):
            self.calls["hook"] += 1
            return np.add(x1, x2)

        self.add = hookimpl(same_dtype_natives(add, {np.dtype("float32"): native}))


@pytest.fixture
def counting():
    from ivy_backend_numpy import creation, protocol

    module = _Counting()
    ivy.register_backend(Backend(protocol, creation, module), name="counting")
    return module.calls


@needs_dispatchers
def test_same_dtype_natives_are_called_directly_for_their_dtype_only(counting):
    with ivy.using_backend("counting"):
        f32, f64 = ivy.asarray(np.ones(2, "float32")), ivy.asarray(np.ones(2, "float64"))
        ivy.add(f32, f32)
        f32 + f32
        assert counting == {"hook": 0, "native": 2}
        ivy.add(f64, f64)  # not declared
        ivy.add(f32, 1.0)  # a scalar
        ivy.add(f32, f64)  # two dtypes
        ivy.add.__wrapped__(f32, f32)  # the Python path always enters the hook
        assert counting["hook"] == 4


class _FreshDtype(np.ndarray):
    """An array whose ``.dtype`` is a new, equal object on every read, as MLX's arrays give it."""

    @property
    def dtype(self):
        return super().dtype.newbyteorder("=")


@needs_dispatchers
def test_same_dtype_natives_serve_arrays_whose_dtype_objects_are_equal_not_identical(counting):
    with ivy.using_backend("counting"):
        x = np.ones(2, "float32").view(_FreshDtype)
        assert x.dtype is not x.dtype
        ivy.add(x, x)
        assert counting == {"hook": 0, "native": 1}


def test_tracing_records_calls_a_same_dtype_native_would_serve(counting):
    with ivy.using_backend("counting"):
        x = ivy.asarray(np.ones(2, "float32"))
        graph = ivy.trace_graph(lambda x: ivy.add(x, x), x)
    assert [node.hook for node in graph.nodes] == ["add"]
    assert counting["native"] == 0
