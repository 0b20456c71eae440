"""Coverage of the real TensorFlow namespaces by the frontend.

Rule: the public names of ``tensorflow``, ``tensorflow.math``, ``tensorflow.nn``,
``tensorflow.linalg``, ``tensorflow.signal`` and ``tensorflow.raw_ops`` are the callables in ``dir()`` of
each (functions and classes, not submodules) whose name has no leading ``_``. A name
is emulated when the frontend's matching namespace has a callable of that name. Names
in ``OUT_OF_SCOPE`` (graph, device, distribution and I/O machinery with no meaning for
an eager frontend over ivy) are listed with their reasons and left out of the share.
"""

from __future__ import annotations

import inspect
from typing import Any

from ivy_frontends._plugin import import_framework


def _public(module: Any) -> set[str]:
    return {
        n
        for n in dir(module)
        if not n.startswith("_")
        and not inspect.ismodule(getattr(module, n, None))
        and callable(getattr(module, n, None))
    }


_GRAPH = "graph-mode machinery (the frontend runs eagerly; ivy's tracer builds graphs)"
_DEVICE = "device placement (ivy's backends place arrays)"
_DIST = "distribution strategies"
_IO = "TF's logger object (Python logging)"
_NATIVE = "loads or calls native TensorFlow code"
_PROTO = "TensorFlow protocol-buffer serialization"
_SPEC = "type specs of TF composite tensors, used by tf.function signatures"
#: namespace -> {name: why it is not emulated}
OUT_OF_SCOPE: dict[str, dict[str, str]] = {
    "tensorflow": {
        "AggregationMethod": _GRAPH,
        "CriticalSection": _GRAPH,
        "Graph": _GRAPH,
        "Operation": _GRAPH,
        "RegisterGradient": _GRAPH,
        "parallel_stack": _GRAPH + "; TF raises in eager mode",
        "import_graph_def": _GRAPH,
        "variable_creator_scope": _GRAPH,
        "register_tensor_conversion_function": _GRAPH,
        "nondifferentiable_batch_function": _GRAPH,
        "DeviceSpec": _DEVICE,
        "check_pinned": _DEVICE,
        "VariableAggregation": _DIST,
        "VariableSynchronization": _DIST,
        "get_logger": _IO,
        "load_library": _NATIVE,
        "load_op_library": _NATIVE,
        "make_tensor_proto": _PROTO,
        "make_ndarray": _PROTO,
        "IndexedSlicesSpec": _SPEC,
        "NoneTensorSpec": _SPEC,
        "OptionalSpec": _SPEC,
        "RaggedTensorSpec": _SPEC,
        "SparseTensorSpec": _SPEC,
        "TensorArraySpec": _SPEC,
    },
    "tensorflow.nn": {"RNNCellDeviceWrapper": _DEVICE},
}


def coverage() -> dict[str, tuple[set[str], set[str], dict[str, str]]]:
    """``{namespace: (real public names, emulated names, {out-of-scope name: reason})}``."""
    tf = import_framework("tensorflow")
    from ivy_frontends import tensorflow as fe

    report = {}
    for label, real_mod, mine in [
        ("tensorflow", tf, fe),
        ("tensorflow.math", tf.math, fe.math),
        ("tensorflow.nn", tf.nn, fe.nn),
        ("tensorflow.linalg", tf.linalg, fe.linalg),
        ("tensorflow.signal", tf.signal, fe.signal),
        ("tensorflow.raw_ops", tf.raw_ops, fe.raw_ops),
    ]:
        real = _public(real_mod)
        report[label] = (
            real,
            {n for n in real if callable(getattr(mine, n, None)) and not inspect.ismodule(getattr(mine, n))},
            {n: why for n, why in OUT_OF_SCOPE.get(label, {}).items() if n in real},
        )
    return report
