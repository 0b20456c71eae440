"""Capture: trace a real TF function or Keras model to a graph and run it node by node with ``raw_ops``.

``capture(program)`` reads the program's variables (``Capture.parameters``, by Keras
variable path or TF variable name). On the first call with a given input signature the
program is traced with ``tf.function(...).get_concrete_function(TensorSpec...)``; the
GraphDef is then interpreted: ``Placeholder`` (inputs and captured variables),
``Const``, ``ReadVariableOp`` (a parameter), ``Identity``/``NoOp``/control inputs,
``PartitionedCall``/``StatefulPartitionedCall`` (functions of the graph's library,
interpreted the same way), and every other op through ``raw_ops.OPS``. All ops the
frontend lacks are reported together as ``MissingOperations`` (``tf.raw_ops.<Op>``, counts)
before anything runs. Real TensorFlow is used only while tracing.
"""

from __future__ import annotations

import inspect
from collections import Counter
from typing import Any

import ivy
from ivy.plugin import selected_backend
from ivy_frontends._plugin import Capture, MissingOperations, import_framework
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._tensor import Tensor, Variable, as_tensor
from ivy_frontends.tensorflow.raw_ops import OPS

_SPECIAL = {
    "Placeholder",
    "Const",
    "ReadVariableOp",
    "NoOp",
    "PartitionedCall",
    "StatefulPartitionedCall",
    "VarHandleOp",
}


def _dtype(tf: Any, enum: Any) -> Any:
    name = tf.dtypes.as_dtype(enum).name
    try:
        return d.as_dtype(name)
    except TypeError:
        return name  # resource, variant, string: no frontend dtype


def _attr(tf: Any, a: Any) -> Any:
    kind = a.WhichOneof("value")
    if kind == "s":
        return a.s.decode(errors="replace")
    if kind in ("i", "f", "b"):
        return getattr(a, kind)
    if kind == "type":
        return _dtype(tf, a.type)
    if kind == "shape":
        return tuple(dim.size for dim in a.shape.dim)
    if kind == "tensor":
        return tf.make_ndarray(a.tensor)
    if kind == "func":
        return a.func.name
    if kind == "list":
        lst = a.list
        for field in ("i", "f", "s", "b"):
            vals = list(getattr(lst, field))
            if vals:
                return [v.decode(errors="replace") if isinstance(v, bytes) else v for v in vals]
        if lst.type:
            return [_dtype(tf, t) for t in lst.type]
        if lst.shape:
            return [tuple(dim.size for dim in s.dim) for s in lst.shape]
        return []
    return None


class _Body:
    """One graph (or library function) ready to interpret."""

    def __init__(self, tf: Any, nodes: Any, library: dict[str, Any], missing: Counter) -> None:
        op_def_registry = import_framework("tensorflow.python.framework.op_def_registry")

        self.nodes = []
        self.library = library
        for node in nodes:
            attrs = {k: _attr(tf, v) for k, v in node.attr.items()}
            op_def = op_def_registry.get(node.op)
            if node.op not in _SPECIAL and node.op not in OPS:
                missing[f"tf.raw_ops.{node.op}"] += 1
            self.nodes.append((node.name, node.op, list(node.input), attrs, op_def))
            if node.op in ("PartitionedCall", "StatefulPartitionedCall") and attrs["f"] not in library.get(
                "_seen", set()
            ):
                library.setdefault("_seen", set()).add(attrs["f"])
                fdef = library[attrs["f"]]
                library[attrs["f"]] = (fdef, _Body(tf, fdef.node_def, library, missing))
        self.out_index: dict[str, dict[str, int]] = {}
        for name, _op, _, attrs, op_def in self.nodes:
            if op_def is None:
                continue
            offsets, pos = {}, 0
            for arg in op_def.output_arg:
                offsets[arg.name] = pos
                pos += _count(arg, attrs)
            self.out_index[name] = offsets

    def run(self, env: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        for name, op, inputs, attrs, op_def in self.nodes:
            if op == "Placeholder":
                continue
            data = [self.resolve(env, i) for i in inputs if not i.startswith("^")]
            if op == "Const":
                env[name] = (Tensor(ivy.asarray(attrs["value"])),)
            elif op == "NoOp":
                env[name] = ()
            elif op == "ReadVariableOp":
                env[name] = (as_tensor(data[0]),)
            elif op in ("PartitionedCall", "StatefulPartitionedCall"):
                fdef, body = self.library[attrs["f"]]
                sub = {arg.name: (v,) for arg, v in zip(fdef.signature.input_arg, data, strict=True)}
                body.run(sub, params)
                env[name] = tuple(body.resolve(sub, fdef.ret[arg.name]) for arg in fdef.signature.output_arg)
            else:
                env[name] = _call(op, op_def, data, attrs)
        return env

    def resolve(self, env: dict[str, Any], ref: str) -> Any:
        parts = ref.split(":")
        if len(parts) == 1:
            return env[parts[0]][0]
        if len(parts) == 2:
            return env[parts[0]][int(parts[1])]
        node, arg, idx = parts
        return env[node][self.out_index[node][arg] + int(idx)]


def _count(arg: Any, attrs: dict[str, Any]) -> int:
    if arg.number_attr:
        return int(attrs[arg.number_attr])
    if arg.type_list_attr:
        return len(attrs[arg.type_list_attr])
    return 1


def _call(op: str, op_def: Any, data: list[Any], attrs: dict[str, Any]) -> tuple[Any, ...]:
    fn = OPS[op]
    params = inspect.signature(fn).parameters
    kwargs: dict[str, Any] = {}
    pos = 0
    names = list(params)
    for i, arg in enumerate(op_def.input_arg):
        # the Python raw_ops API renames a few OpDef inputs (Sum's reduction_indices is axis): match by position
        key = arg.name if arg.name in params else names[i]
        if arg.number_attr or arg.type_list_attr:
            n = _count(arg, attrs)
            kwargs[key] = data[pos : pos + n]
            pos += n
        else:
            kwargs[key] = data[pos]
            pos += 1
    for k, v in attrs.items():
        if k in params and k not in kwargs and k != "name":
            kwargs[k] = v
    out = fn(**kwargs)
    return tuple(out) if isinstance(out, (tuple, list)) else (out,)


class _Plan:
    """A traced concrete function: its graph, input placeholders, captured variables and outputs."""

    def __init__(self, tf: Any, program: Any, args: tuple[Any, ...], var_names: dict[int, str]) -> None:
        keras = hasattr(program, "layers") or (hasattr(program, "variables") and hasattr(program, "call"))
        fn = (lambda *a: program(*a, training=False)) if keras else program
        func = fn if hasattr(fn, "get_concrete_function") else tf.function(fn)
        specs = [tf.TensorSpec(tuple(as_tensor(a).shape), tf.as_dtype(as_tensor(a).dtype.name)) for a in args]
        concrete = func.get_concrete_function(*specs)
        graph = concrete.graph
        gdef = graph.as_graph_def()
        self.missing: Counter = Counter()
        library = {f.signature.name: f for f in gdef.library.function}
        self.body = _Body(tf, gdef.node, library, self.missing)
        self.inputs = [t.op.name for t in graph.inputs[: len(args)]]
        self.captured: dict[str, Any] = {}
        for external, internal in graph.captures:
            pname = var_names.get(id(external))
            if pname is None:
                for v in _tf_variables(program):
                    if getattr(v, "handle", None) is external:
                        pname = variable_name(v)
                if pname is None and external.dtype != tf.resource:
                    self.captured[internal.op.name] = ("const", external.numpy())
                    continue
            self.captured[internal.op.name] = ("param", pname)
        self.outputs = [t.name for t in graph.outputs]
        structure = concrete.structured_outputs
        self.single = not isinstance(structure, (list, tuple, dict))
        self.kind = type(structure) if not self.single else None
        self.keys = sorted(structure) if isinstance(structure, dict) else None  # tf.nest flattens dicts by sorted key

    def execute(self, args: tuple[Any, ...], params: dict[str, Any]) -> Any:
        env: dict[str, Any] = {name: (as_tensor(a),) for name, a in zip(self.inputs, args, strict=True)}
        for name, (kind, value) in self.captured.items():
            env[name] = (Tensor(_current(params[value])),) if kind == "param" else (Tensor(ivy.asarray(value)),)
        self.body.run(env, params)
        outs = [self.body.resolve(env, o) for o in self.outputs]
        if self.single:
            return outs[0]
        if self.keys is not None:
            return dict(zip(self.keys, outs, strict=True))
        return self.kind(outs) if self.kind in (list, tuple) else tuple(outs)


def _current(value: Any) -> Any:
    """``value`` as an array of the selected backend (parameters may have been made under another one)."""
    if not isinstance(value, ivy.Array):
        return ivy.asarray(value)
    if selected_backend().owns(value.data):  # already the selected backend's: no conversion node in a traced graph
        return value
    try:
        return ivy.from_dlpack(value.data)  # any backend's array, zero-copy where possible
    except Exception:
        return ivy.asarray(value.__array__())


def _tf_variables(program: Any) -> list[Any]:
    out = []
    for v in list(getattr(program, "variables", None) or []):
        out.append(getattr(v, "value", v) if not hasattr(v, "handle") else v)
    return out


def variable_name(v: Any) -> str:
    """A variable's name in ``Capture.parameters``: its Keras path (``"sequential/dense/kernel"``) or TF name."""
    return getattr(v, "path", None) or v.name.removesuffix(":0")


def capture(program: Any) -> Capture:
    """A real TF function (plain or ``tf.function``) or Keras model bound to the raw-ops frontend."""
    tf = import_framework("tensorflow")
    params: dict[str, Any] = {}
    var_names: dict[int, str] = {}
    for v in list(getattr(program, "variables", None) or []):
        name = variable_name(v)
        inner = getattr(v, "value", v) if not hasattr(v, "handle") else v
        params[name] = ivy.asarray(inner.numpy())
        if hasattr(inner, "handle"):
            var_names[id(inner.handle)] = name
    plans: dict[Any, _Plan] = {}

    def run(*args: Any) -> Any:
        args = tuple(a._value() if isinstance(a, Variable) else a for a in args)
        key = tuple((tuple(as_tensor(a).shape), as_tensor(a).dtype.name) for a in args)
        if key not in plans:
            plan = _Plan(tf, program, args, var_names)
            if plan.missing:
                raise MissingOperations("tensorflow", plan.missing)
            for name, (kind, value) in plan.captured.items():
                if kind == "param" and value not in params:
                    raise KeyError(f"captured variable {value!r} ({name}) is not among the program's variables")
            plans[key] = plan
        return plans[key].execute(args, params)

    return Capture(
        run=run, parameters=params, name=getattr(program, "name", None) or getattr(program, "__name__", "program")
    )
