"""A captured program traced into ivy Graphs, one per input signature, bound to the target's natives.

The graph's inputs are the program's state (parameters and buffers, by their source names)
followed by the arrays of the call's arguments; everything else in the arguments is static.
A call with new shapes, dtypes or static values traces the capture again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import ivy
import ivy.capture
from ivy.capture import Capture, MissingOperations
from ivy.tracer.recording import IvyTracingError
from ivy_transpiler import _autograph, _sources, _tree
from ivy_transpiler._capture import UnsupportedOperations, data_dependent, program_frames
from ivy_transpiler._frameworks import to_numpy


@dataclass
class Traced:
    """One input signature's graph, its bound function and the structure of its results."""

    graph: ivy.Graph
    run: Callable[..., Any]
    outputs: Any  # the result's template, Leaf(i) for the i-th array output
    n_outputs: int
    updates: list[str]  # buffers the program updates in place (BatchNorm in training mode), after the outputs
    positions: list[int]  # for each flat output, its place among the bound function's (deduplicated) results
    single: bool  # the bound function returns one value, not a tuple
    #: the inputs the program writes in place, after the updates: (flat index, where it is, operation)
    writes: list[tuple[int, str, str]] = field(default_factory=list)


class Program:
    """The source program as a pure function of ``(state, *args)`` over the target's native arrays."""

    def __init__(
        self,
        capture: Capture,
        *,
        name: str,
        source: str,
        target: str,
        is_native: Callable[[Any], bool],
        optimize: bool = True,
        trace_backend: str | None = None,
        prepare: Callable[[Callable], Callable] | None = None,
        write: Callable[[Any, Any], None] | None = None,
    ) -> None:
        self.capture = capture
        #: puts a value into a caller's native array in place (``None``: the target's arrays are immutable)
        self.write = write
        self.written: dict[int, Any] = {}  # the last call's inputs written in place: index -> new value
        self.name, self.source, self.target = name, source, target
        self.is_native = is_native
        #: the ivy backend the example runs on while tracing (the graph is the same on any backend)
        self.trace_backend = trace_backend or target
        self.prepare = prepare  # applied to each bound graph (jax.jit for JAX)
        self.optimize = optimize
        self.example_state: dict[str, Any] = dict(capture.parameters)  # ivy.Array on the target backend
        self.state_names: list[str] = list(self.example_state)
        self.cache: dict[Any, Traced] = {}
        #: the program's functions converted for data-dependent control flow, swapped in while it is traced
        self.conversions = _autograph.Conversions()
        self.fast: dict[Any, Traced] = {}  # the same traces, keyed by native shapes and dtypes
        self.last: Traced | None = None

    # -- tracing ---------------------------------------------------------------
    def _key(self, template: Any, arrays: list) -> Any:
        return (_tree.freeze(template), tuple((tuple(a.shape), str(a.dtype)) for a in arrays))

    def trace(self, template: Any, arrays: list) -> Traced:
        """Trace the capture for this call's structure; concrete inputs are used as they are, others as zeros."""
        capture, holder = self.capture, {}
        state_names = self.state_names
        to_ivy = ivy.capture.load(_sources.get(self.source).frontend).to_ivy  # a frontend array's ivy.Array

        def is_array(value: Any) -> bool:
            return isinstance(value, ivy.Array) or to_ivy(value) is not None

        def program(state: dict[str, ivy.Array], inputs: list[ivy.Array]) -> list[ivy.Array]:
            capture.parameters.update(state)
            args, kwargs = _tree.unflatten(template, inputs)
            result = capture.run(*args, **kwargs)
            out_template, tensors = _tree.flatten(result, is_array)
            holder["outputs"], holder["n"] = out_template, len(tensors)
            arrays_out = [t if isinstance(t, ivy.Array) else to_ivy(t) for t in tensors]
            changed = [n for n in state_names if capture.parameters[n] is not state[n]]
            holder["updates"] = changed
            given = {id(a): i for i, a in enumerate(inputs)}  # inputs written in place (x.add_(1)) come last
            writes = sorted((given[k], op, value) for k, (value, op) in capture.writes.items() if k in given)
            holder["writes"] = [(i, _input_name(template, i), op) for i, op, _ in writes]
            return arrays_out + [capture.parameters[n] for n in changed] + [value for *_, value in writes]

        with ivy.using_backend(self.trace_backend):
            inputs = [_example(a) for a in arrays]
            state = dict(self.example_state)
            if self.trace_backend != self.target:
                state = {n: ivy.asarray(to_numpy(ivy.to_native(v))) for n, v in state.items()}
            try:
                graph = self._trace_converting(program, state, inputs)
            except MissingOperations as error:
                raise UnsupportedOperations(error, self.name, self.source, self.target) from None
            finally:
                self.capture.parameters.update(self.example_state)
            for value_id in graph.inputs[: len(state_names)]:
                graph.values[value_id].kind = "parameter"
            if self.optimize:
                graph.eliminate_common_subexpressions().prune()
        with ivy.using_backend(self.target):
            run = graph.to_backend(self.target)
            if self.prepare is not None:
                run = self.prepare(run)
        if holder["writes"] and self.write is None:
            raise InputWriteError(self, holder["writes"], f"{self.target} arrays are immutable")
        ids = list(dict.fromkeys(graph.output_ids()))
        positions = [ids.index(ref.id) for ref in graph.outputs]
        return Traced(
            graph, run, holder["outputs"], holder["n"], holder["updates"], positions, len(ids) == 1, holder["writes"]
        )

    def _trace_converting(self, program: Callable, state: dict, inputs: list) -> ivy.Graph:
        """``trace_graph`` of the program; a function whose control flow reads an array computed from the
        inputs is converted to ``ivy.cond``/``ivy.while_loop`` (``_autograph``) and the trace run again."""
        modules = _sources.get(self.source).modules
        while True:
            try:
                with self.conversions.applied(), _autograph.bridging(self.capture):
                    return ivy.trace_graph(program, state, inputs)
            except IvyTracingError as error:  # the program read a value of an input-dependent array
                frames = [frame for frame, _ in program_frames(error, modules)]
                if isinstance(error, _autograph.NotConvertible) or not self.conversions.learn(frames):
                    raise data_dependent(error, modules) from None
                self.capture.parameters.update(self.example_state)

    # -- running ---------------------------------------------------------------
    def __call__(self, state: list, args: tuple, kwargs: dict, write_back: bool = True) -> tuple[Any, dict[str, Any]]:
        """``(result, updated_buffers)``: the program on the target's natives (``state`` in ``state_names`` order).

        Inputs the source program writes in place get their new values (``written``; in the caller's
        arrays too unless ``write_back`` is false).
        """
        traced, arrays = self.traced(args, kwargs)
        results = traced.run(*state, *arrays)  # bound graphs select their backend while they run
        results = (results,) if traced.single else results
        flat = [results[i] for i in traced.positions]
        outputs = _tree.unflatten(traced.outputs, flat[: traced.n_outputs])
        updates = flat[traced.n_outputs : traced.n_outputs + len(traced.updates)]
        if traced.writes:
            self._write(traced, arrays, flat[traced.n_outputs + len(updates) :], write_back)
        return outputs, dict(zip(traced.updates, updates, strict=True))

    def traced(self, args: tuple, kwargs: dict) -> tuple[Traced, list]:
        """The trace for this call's structure (traced and bound on first sight, not run) and its arrays."""
        traced = None
        fast_key = _fast_key(args, kwargs, self.is_native)  # positional native arrays only: no tree walk
        if fast_key is not None:
            traced, arrays = self.fast.get(fast_key), list(args)
        if traced is None:
            template, arrays = _tree.flatten((tuple(args), dict(kwargs)), self.is_native)
            key = self._key(template, arrays)
            traced = self.cache.get(key)
            if traced is None:
                traced = self.cache[key] = self.trace(template, arrays)
            if fast_key is not None:
                self.fast[fast_key] = traced
        self.last = traced
        return traced, arrays

    def _write(self, traced: Traced, arrays: list, values: list, write_back: bool) -> None:
        """Record the call's in-place writes to its inputs, and make them on the caller's arrays."""
        self.written = {i: value for (i, *_), value in zip(traced.writes, values, strict=True)}
        if write_back and self.write is not None:
            for i, value in self.written.items():
                self.write(arrays[i], value)

    @property
    def graph(self) -> ivy.Graph:
        """The graph of the most recent call (the example inputs' right after transpiling)."""
        assert self.last is not None
        return self.last.graph


def _fast_key(args: tuple, kwargs: dict, is_native: Callable[[Any], bool]) -> Any:
    """``((shape, dtype), ...)`` of a call with only native arrays, positionally; ``None`` otherwise."""
    if kwargs or not all(is_native(a) for a in args):
        return None
    try:
        key = tuple((a.shape, a.dtype) for a in args)
        hash(key)
    except TypeError:  # shapes some frameworks do not hash (symbolic dimensions)
        return None
    return key


def _example(native: Any) -> ivy.Array:
    """A concrete stand-in for a call's input: itself when concrete, else zeros (inside jax.jit, tf.function)."""
    try:
        data = to_numpy(native)
    except Exception:  # symbolic dimensions (jax.export.symbolic_shape, None in a tf.function) trace as 2
        shape = tuple(d if isinstance(d, int) else _STAND_IN for d in native.shape)
        return ivy.zeros(shape, dtype=_dtype_of(native))
    return ivy.asarray(data, copy=True)  # a program writing its input in place must not write the caller's


#: the size a symbolic dimension is traced with; the bound graph then runs on the symbolic one (a program
#: that reads the size as a number bakes it in, and the framework's shape check refuses other sizes)
_STAND_IN = 2


def _dtype_of(native: Any) -> Any:
    name = str(native.dtype).removeprefix("torch.").removeprefix("<dtype: '").removesuffix("'>")
    return getattr(ivy, name)


class InputWriteError(ValueError):
    """The source program writes one of its inputs in place, and the target's arrays cannot be written."""

    def __init__(self, program: Program, writes: list[tuple[int, str, str]], why: str) -> None:
        self.program, self.inputs = program, [(name, op) for _, name, op in writes]
        what = ", ".join(f"{name} (by {op})" for name, op in self.inputs)
        super().__init__(
            f"ivy_transpiler.transpile: {program.name} writes its input {what} in place, but {why}: the "
            f"{program.target} program could not reproduce the write. Return the new value instead"
            + (", or transpile to a target with writable arrays (torch, numpy, paddle)" if "immutable" in why else "")
        )


def _input_name(template: Any, index: int) -> str:
    """Where the ``index``-th array of a call ``((args...), {kwargs})`` is: ``argument 0``, ``argument 'x'[1]``."""

    def find(node: Any, path: str) -> str | None:
        if isinstance(node, _tree.Leaf):
            return path if node.index == index else None
        if isinstance(node, _tree.Fields):
            node = node.fields
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, (list, tuple)) else ()
        for key, child in items:
            found = find(child, f"{path}[{key!r}]")
            if found is not None:
                return found
        return None

    args, kwargs = template
    for i, arg in enumerate(args):
        found = find(arg, f"argument {i}")
        if found is not None:
            return found
    for key, value in kwargs.items():
        found = find(value, f"argument {key!r}")
        if found is not None:
            return found
    return f"input array {index}"
