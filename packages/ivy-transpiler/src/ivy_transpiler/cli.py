"""``ivy transpile``: a function or model of one framework as Python source of another.

Contributed to the ``ivy`` command through the ``ivy.cli`` entry-point group (see ``ivy.cli``).
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ivy.cli import load_object, parse_example_input
from ivy.plugin import import_framework

DESCRIPTION = """\
Transpile MODULE:OBJ, written with --source, to Python source that uses --target only.

OBJ may be
  - a function: transpiled for the example inputs;
  - a model instance (e.g. a torch.nn.Module);
  - a model class: instantiated with no arguments;
  - a factory: a function with no required parameters that returns the model.
Models are put in eval mode (unless --train). Inputs are random arrays of the
given shapes and dtypes; the emitted source is run on them and compared with
the source program (unless --no-verify).

The source defines forward(...); for a model, forward(params, *inputs), and
-o model.py also writes the weights to model.npz, read by load_params(path).

exit status: 0 written; 1 the transpiler failed (its message is printed);
2 bad arguments, or MODULE:OBJ could not be loaded.
"""

EPILOG = """\
examples:
  ivy transpile mypkg.nets:Net --source torch --target jax --example-input 8,3,32,32 -o net_jax.py
  ivy transpile mypkg.ops:attention --source torch --target numpy \\
      --example-input 2,4,16 --example-input 2,4,16 --example-input 2,4,16
"""


def _usage_error(message: str) -> int:
    print(f"ivy transpile: {message}", file=sys.stderr)
    return 2


def _example(shape: tuple[int, ...], dtype: str, seed: int) -> np.ndarray:
    """A random NumPy array: normal floats, small integers, or booleans."""
    rng = np.random.default_rng(seed)
    kind = np.dtype(dtype).kind
    if kind == "b":
        return rng.random(shape) < 0.5
    if kind in "iu":
        return rng.integers(0, 10, shape).astype(dtype)
    return rng.standard_normal(shape).astype(dtype)


def _program(obj: Any, n_inputs: int, train: bool) -> Any:
    """The program OBJ names: a class instantiated, a factory called, a model in eval mode."""
    if inspect.isclass(obj):
        obj = obj()
    elif inspect.isfunction(obj) and n_inputs:
        required = [
            p
            for p in inspect.signature(obj).parameters.values()
            if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
        ]
        if not required:  # a factory
            obj = obj()
    if not train and callable(getattr(obj, "eval", None)) and not inspect.isfunction(obj):
        obj = obj.eval() or obj
    return obj


def transpile_command(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """Transpile a function or model to Python source of another framework."""
    from ivy_transpiler import _emit, _sources, _targets

    parser.description = DESCRIPTION
    parser.epilog = EPILOG
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.add_argument("object", metavar="MODULE:OBJ", help="e.g. mypkg.models:Net (the module must be importable)")
    parser.add_argument(
        "--source", required=True, help=f"the framework OBJ is written with: {', '.join(_sources.names())}"
    )
    parser.add_argument("--target", required=True, help=f"the framework to write: {', '.join(_emit.names())}")
    parser.add_argument(
        "--example-input",
        action="append",
        type=parse_example_input,
        required=True,
        metavar="SHAPE[:DTYPE]",
        help="one per positional input, e.g. 8,3:float32 (repeatable)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.py", help="write here (and weights to FILE.npz); default stdout"
    )
    parser.add_argument("--train", action="store_true", help="trace a model in training mode (default: eval mode)")
    parser.add_argument("--no-verify", action="store_true", help="do not run the source against the original")

    def run(args: argparse.Namespace) -> int:
        if args.target not in _emit.names():
            return _usage_error(f"unknown --target {args.target!r}; choose one of {', '.join(_emit.names())}")
        if args.source not in _sources.names():
            return _usage_error(f"unknown --source {args.source!r}; choose one of {', '.join(_sources.names())}")
        for _, dtype in args.example_input:
            try:
                np.dtype(dtype)
            except TypeError:
                return _usage_error(f"unknown dtype {dtype!r} in --example-input; e.g. float32, int64, bool")
        origin = _sources.get(args.source)
        try:  # before OBJ's module imports them plainly: frameworks come through their backends' guards
            import_framework(origin.modules[0])
            _targets.get(args.target)
        except ImportError as error:
            print(f"ivy transpile: ImportError: {error}", file=sys.stderr)
            return 1
        try:
            obj = load_object(args.object)
        except (ImportError, AttributeError, ValueError) as error:
            return _usage_error(
                f"cannot load {args.object!r}: {type(error).__name__}: {error}. "
                "Give MODULE:OBJ with MODULE importable from the current directory or sys.path"
            )
        try:
            program = _program(obj, len(args.example_input), args.train)
        except TypeError as error:
            return _usage_error(
                f"cannot instantiate {args.object!r} with no arguments ({error}); "
                "point MODULE:OBJ at an instance or at a factory function that takes no arguments"
            )
        inputs = [origin.from_numpy(_example(s, d, i)) for i, (s, d) in enumerate(args.example_input)]
        from ivy_transpiler import transpile

        try:
            source = transpile(
                program,
                source=args.source,
                target=args.target,
                args=tuple(inputs),
                verify=not args.no_verify,
                output="source",
            )
        except Exception as error:
            print(f"ivy transpile: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
        if args.output is None:
            sys.stdout.write(source)
            if source.params:
                print("ivy transpile: the model's weights are written only with -o FILE.py", file=sys.stderr)
            return 0
        written = source.write(Path(args.output))
        print(f"ivy transpile: wrote {', '.join(str(p) for p in written)}", file=sys.stderr)
        return 0

    return run
