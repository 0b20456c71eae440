"""The ``ivy`` command. Subcommands come from the ``ivy.cli`` entry-point group,
so that other packages (the transpiler, say) add theirs without touching the core.

    ivy backends                      installed backends, framework versions, devices
    ivy support [--backend NAME]      the support matrix (Markdown)
    ivy graph MODULE:FN --example-input 2,3[:float32] [-o graph.svg]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from typing import Any

GROUP = "ivy.cli"


def backends_command(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """List installed backends with framework versions and devices."""
    parser.description = "List the installed backends with their framework versions and devices."

    def run(args: argparse.Namespace) -> int:
        import ivy

        for name in ivy.available_backends():
            try:
                with ivy.using_backend(name):
                    framework, version = ivy._dispatch.ops().framework()
                    devices = ", ".join(str(d) for d in ivy.__array_namespace_info__().devices())
                print(f"{name:12} {framework} {version:12} devices: {devices}")
            except Exception as error:
                print(f"{name:12} unavailable: {type(error).__name__}: {error}")
        return 0

    return run


def support_command(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """Print the support matrix (Markdown)."""
    parser.description = "Print the support matrix: every function probed per dtype on each backend."
    parser.add_argument("--backend", action="append", help="a backend to include (repeatable; default: all)")

    def run(args: argparse.Namespace) -> int:
        import ivy
        from ivy.support import markdown

        unknown = [b for b in args.backend or () if b not in ivy.available_backends()]
        if unknown:
            print(f"ivy support: unknown backend {unknown[0]!r}; installed: {', '.join(ivy.available_backends())}",
                  file=sys.stderr)  # fmt: skip
            return 2
        print(markdown(args.backend or ivy.available_backends()), end="")
        return 0

    return run


def parse_example_input(text: str) -> tuple[tuple[int, ...], str]:
    """``"2,3:float32"`` -> ``((2, 3), "float32")``; the dtype defaults to float32 and must be one of ivy's."""
    from ivy._dtypes import BY_NAME

    shape, _, dtype = text.partition(":")
    try:
        dims = tuple(int(d) for d in shape.split(",") if d.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected SHAPE[:DTYPE] such as 2,3:float32, got {text!r}") from None
    if any(d < 0 for d in dims):
        raise argparse.ArgumentTypeError(f"sizes must be non-negative, got {text!r}")
    dtype = dtype.strip() or "float32"
    if dtype not in BY_NAME:
        raise argparse.ArgumentTypeError(f"unknown dtype {dtype!r} in {text!r}; choose from {', '.join(BY_NAME)}")
    return dims, dtype


def _example(shape: tuple[int, ...], dtype_name: str, seed: int) -> Any:
    """A random ivy array: normal floats (complex: real parts), small integers, or booleans."""
    import ivy

    dtype = getattr(ivy, dtype_name)
    if dtype.kind == "b":
        return ivy.random.uniform(shape=shape, seed=seed) < 0.5
    if dtype.kind in "iu":
        return ivy.random.randint(0, 10, shape, dtype=dtype, seed=seed)
    if dtype.kind == "c":
        return ivy.astype(ivy.random.normal(shape, seed=seed), dtype)
    return ivy.random.normal(shape, dtype=dtype, seed=seed)


class UsageError(Exception):
    """A command's arguments cannot work: reported as ``ivy COMMAND: message``, exit status 2."""


def _trace_backend(requested: str | None) -> str | None:
    """The backend ``ivy graph`` traces on: ``--backend``; else the selected one (IVY_BACKEND, or one the
    module chose); else the only installed one; else, with several, the first by name, said on stderr.
    None: use the selection. The graph records ivy calls, so whichever traces it, it runs on every backend."""
    import os

    import ivy

    installed = ivy.available_backends()
    if requested is not None:
        if requested not in installed:
            listed = ", ".join(installed) or "none"
            raise UsageError(f"unknown backend {requested!r} for --backend; installed: {listed}")
        return requested
    if os.environ.get("IVY_BACKEND"):
        return None
    try:
        ivy.current_backend()
        return None
    except ivy.BackendNotFoundError:
        if not installed:
            raise UsageError("no backend is installed; install one, e.g. `pip install ivy-backend-numpy`") from None
    print(f"ivy graph: tracing on {installed[0]!r}, the first of the installed backends ({', '.join(installed)}); "
          "choose one with --backend", file=sys.stderr)  # fmt: skip
    return installed[0]


def load_object(reference: str) -> object:
    """``package.module:attribute`` -> the object."""
    module, _, attribute = reference.partition(":")
    if not module or not attribute:
        raise ValueError(f"expected MODULE:OBJECT such as mypkg.models:forward, got {reference!r}")
    import importlib
    import os

    if os.getcwd() not in sys.path:  # like `python -m`: modules of the current directory are found
        sys.path.insert(0, os.getcwd())
    target: object = importlib.import_module(module)
    for part in attribute.split("."):
        target = getattr(target, part)
    return target


def graph_command(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """Trace a function and write its graph as a picture, JSON or Python."""
    parser.description = "Trace a function written with ivy and write its graph (.svg, .html, .json or .py)."
    parser.add_argument("function", help="MODULE:FUNCTION")
    parser.add_argument("--example-input", action="append", type=parse_example_input, required=True,
                        metavar="SHAPE[:DTYPE]", help="one per positional argument, e.g. 8,3:float32")  # fmt: skip
    parser.add_argument("--backend", help="backend to trace on (default: IVY_BACKEND, else the only "
                        "installed one, else the first installed by name; the graph runs on any)")  # fmt: skip
    parser.add_argument("-o", "--output", default="graph.svg", help="graph.svg, graph.html, graph.json or graph.py")

    def run(args: argparse.Namespace) -> int:
        import ivy

        try:
            function = load_object(args.function)
        except (ImportError, AttributeError, ValueError) as error:
            print(f"ivy graph: cannot load {args.function!r}: {error}", file=sys.stderr)
            return 2
        backend = _trace_backend(args.backend)
        if backend is not None:
            ivy.set_backend(backend)
        inputs = [_example(shape, dtype, i) for i, (shape, dtype) in enumerate(args.example_input)]
        graph = ivy.trace_graph(function, *inputs)
        if args.output.endswith(".json"):
            graph.save(args.output)
        elif args.output.endswith(".py"):
            with open(args.output, "w") as file:
                file.write(graph.source())
        else:
            graph.show(args.output)
        print(f"{graph!r} -> {args.output}")
        return 0

    return run


BUILTIN = {"backends": backends_command, "support": support_command, "graph": graph_command}


def _unavailable(error: BaseException) -> Callable[[argparse.ArgumentParser], Callable[[argparse.Namespace], int]]:
    """A command whose plugin failed to load or set up: it says why when run; the others still work."""

    def factory(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
        parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)

        def run(args: argparse.Namespace) -> int:
            raise RuntimeError(f"this command could not be loaded ({type(error).__name__}: {error})")

        return run

    factory.__doc__ = "unavailable: its plugin failed to load"
    return factory


def commands() -> dict[str, Callable]:
    """Subcommand name -> factory(parser) -> runner(args): the built-in ones and the plugins'."""
    found = dict(BUILTIN)
    for entry_point in entry_points(group=GROUP):
        try:
            found.setdefault(entry_point.name, entry_point.load())
        except Exception as error:
            found.setdefault(entry_point.name, _unavailable(error))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ivy", description="Ivy: one array API on every framework.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    runners = {}
    for name, factory in sorted(commands().items()):
        sub = subparsers.add_parser(
            name, help=(factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else None
        )
        try:
            runners[name] = factory(sub)
        except Exception as error:
            runners[name] = _unavailable(error)(argparse.ArgumentParser())
    args = parser.parse_args(argv)
    try:
        return runners[args.command](args)
    except UsageError as error:
        print(f"ivy {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"ivy {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # every failure is a message, never a traceback
        print(f"ivy {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
