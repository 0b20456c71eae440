"""``transpile``: capture the source program, trace it into an ivy Graph, bind it to the target, verify."""

from __future__ import annotations

import types
from typing import Any, Literal

from ivy_transpiler import _capture, _library, _restore, _source, _sources, _targets, _verify
from ivy_transpiler._frameworks import infer_source
from ivy_transpiler._program import InputWriteError, Program
from ivy_transpiler._progress import Progress

OUTPUTS = ("callable", "graph", "source")


@_restore.leaving_alone  # what capture, trace and verification change on ``obj`` is put back
def transpile(
    obj: Any,
    source: str | None = None,
    target: str = "jax",
    args: Any = (),
    kwargs: dict[str, Any] | None = None,
    verify: bool = True,
    output: Literal["callable", "graph", "source"] = "callable",
    progress: bool | None = None,
) -> Any:
    """``obj`` (a function or a model of ``source``) as native code of ``target``.

    Sources (``source``, inferred from ``obj`` and the inputs when omitted): ``torch``, ``jax``,
    ``tensorflow``, ``paddle`` and ``numpy`` functions, and models: a ``torch.nn.Module`` or
    ``paddle.nn.Layer`` (parameters by ``named_parameters()`` name; paddle's non-trainable ones,
    BatchNorm statistics, are buffers), a Keras model or layer or a ``tf.Module`` (trainable
    variables by Keras path, ``"sequential/dense/kernel"``; non-trainable ones are buffers; run
    with ``training=False``), a ``flax.nnx.Module`` (``nnx.Param``s by path, ``"linear1.kernel"``)
    or a flax linen module bound to its variables (``module.bind(variables)``: ``"params"`` by
    dotted path, other collections as buffers named ``"batch_stats.BatchNorm_0.mean"``; bound with
    ``mutable=["batch_stats"]``, each call updates them as flax does), a haiku model as the tuple
    ``(transformed, params)`` or ``(transformed_with_state, params, state)`` (``"mlp/~/linear_0.w"``;
    state entries are buffers ``"state.<module>.<name>"``), or an equinox Module (its floating-point
    array leaves by pytree path, ``"layers.0.weight"``).

    The source program is captured by its frontend, traced on the example inputs ``args`` /
    ``kwargs`` (any framework's arrays) into an ``ivy.Graph`` (parameters and buffers as inputs)
    and bound to the target's arrays. A function becomes a function of the target's arrays
    (non-array arguments static; new shapes, dtypes or static values retrace) for any installed
    ivy backend. A model becomes the target's trainable model with the source's parameter names
    and weights: a JAX pytree (``JaxModel``), a ``torch.nn.Module``, a ``tf.Module`` with
    ``tf.Variable``s, a ``paddle.nn.Layer`` with paddle Parameters (dotted names as nested
    sublayers; ``.names`` maps source names to paddle's), or a NumPy callable (inference). The
    graph is traced in the model's train/eval mode at transpile time. With ``verify``, the source
    framework itself runs the program on the example inputs, and the target must agree within the
    result dtype's tolerance (``VerificationError``). Operations the source frontend lacks are
    reported all at once (``UnsupportedOperations``). A program that writes its inputs in place
    (``x.add_(1)``, ``a[...] = b``) writes the caller's arrays for targets whose arrays can be
    written (torch, numpy, paddle); other targets and ``output="source"`` raise ``InputWriteError``
    naming the input and the operation. Transpiling leaves ``obj`` and the example inputs as they were.

    A module (a whole library such as ``kornia``) gives a ``LazyLibrary``: its attributes are
    reached lazily, and each function is transpiled on its first call with that call's arguments
    (the target's arrays) as the example inputs, then kept; calling a class builds the source object,
    transpiled on its first call. ``source`` defaults to the framework the library's modules import.

    ``output="graph"`` returns the traced ``ivy.Graph`` (``.source()`` prints it with ivy calls);
    ``output="source"`` returns a ``TranspiledSource``: a ``str`` of Python source written with the
    target framework only (``forward(params, *inputs)`` for a model, ``forward(*inputs)`` for a
    function), whose ``.write(path)`` also saves a model's weights beside it as ``.npz``; with
    ``verify`` the source itself is run and compared. A hook the target's source dialect lacks
    raises ``MissingHooks``, naming every one.

    ``progress`` reports the stages (capture, trace and bind, verify) and their times on stderr;
    by default only when stderr is a terminal.
    """
    if isinstance(obj, types.ModuleType):  # a whole library, lazily: each function on its first call
        return _library.LazyLibrary(obj, source, target, verify, args=args, kwargs=kwargs, output=output)
    kwargs = dict(kwargs or {})
    args = tuple(args) if isinstance(args, (tuple, list)) else (args,)
    if output not in OUTPUTS:
        raise ValueError(f"ivy_transpiler.transpile: argument 'output': expected one of {OUTPUTS}, got {output!r}")
    source = source or infer_source(obj, args, kwargs)
    goal = _targets.get(target)
    name = _capture.describe(obj)
    report = Progress(f"{name} {source} -> {target}", progress)
    with report.stage("capture"):
        captured = _capture.capture(obj, _sources.get(source).frontend, target)
        captured.run = _restore.preserving(obj, captured.run)  # each run leaves the source object as it was
        program = Program(
            captured,
            name=name,
            source=source,
            target=target,
            is_native=goal.is_native,
            trace_backend=goal.trace_backend(),
            prepare=goal.compile,
            write=getattr(goal, "write_input", None),  # inputs the source writes in place, written back
        )
        info = _sources.model_info(obj, source)
        if info is None:
            result = goal.function(program)
        else:
            result = goal.model(program, [n for n in info.parameters if n in program.example_state], info.training)
    with report.stage("trace and bind"):
        target_args, target_kwargs = goal.convert_inputs((args, kwargs))
        if verify or output == "source":
            state = goal.state(program)  # not the model's own: the example run must not update its buffers
            # traces; the example inputs may be the caller's own arrays: the program's writes to them are not made
            actual, _ = program([state[n] for n in program.state_names], target_args, target_kwargs, write_back=False)
        else:  # nothing to compare: traced and bound, not run (JAX compiles on the first call, as jax.jit does)
            program.traced(target_args, target_kwargs)
    writes = program.last.writes if program.last is not None else []
    if output == "graph":
        report.finish()
        return program.graph
    if output == "source":  # target-only Python source, checked by running it on the example inputs
        if writes:
            raise InputWriteError(program, writes, "the written source only returns values")
        expected = (lambda: _sources.run(obj, source, args, kwargs)) if verify else None
        with report.stage("write source" + (" and verify" if verify else "")):
            written = _source.build(
                program, obj, args, kwargs, expected=expected, converted=(target_args, target_kwargs)
            )
        report.finish()
        return written
    if verify:
        with report.stage("verify"):
            what = f"ivy_transpiler.transpile: {name} from {source} to {target}"
            inputs = _verify.copies((args, kwargs), _sources.get(source))  # the source's writes, on copies
            expected = _sources.run(obj, source, *inputs)
            floor = _verify.precision_floor((args, kwargs), program.example_state)
            _verify.compare(expected, actual, what=what, floor=floor)
            _verify.compare_inputs((args, kwargs), inputs, program.written, what=what)
    report.finish()
    return result
