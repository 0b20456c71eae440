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
    """``"2,3:float32"`` -> ``((2, 3), "float32")``; the dtype defaults to float32."""
    shape, _, dtype = text.partition(":")
    try:
        dims = tuple(int(d) for d in shape.split(",") if d.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected SHAPE[:DTYPE] such as 2,3:float32, got {text!r}") from None
    return dims, dtype or "float32"


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
    parser.add_argument("--backend", help="backend to trace on (default: the selected or only one)")
    parser.add_argument("-o", "--output", default="graph.svg", help="graph.svg, graph.html, graph.json or graph.py")

    def run(args: argparse.Namespace) -> int:
        import ivy

        try:
            function = load_object(args.function)
        except (ImportError, AttributeError, ValueError) as error:
            print(f"ivy graph: cannot load {args.function!r}: {error}", file=sys.stderr)
            return 2
        if args.backend:
            ivy.set_backend(args.backend)
        inputs = [ivy.random.normal(shape, dtype=getattr(ivy, dtype), seed=i) for i, (shape, dtype) in
                  enumerate(args.example_input)]  # fmt: skip
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


def commands() -> dict[str, Callable]:
    """Subcommand name -> factory(parser) -> runner(args): the built-in ones and the plugins'."""
    found = dict(BUILTIN)
    for entry_point in entry_points(group=GROUP):
        found.setdefault(entry_point.name, entry_point.load())
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ivy", description="Ivy: one array API on every framework.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    runners = {}
    for name, factory in sorted(commands().items()):
        sub = subparsers.add_parser(
            name, help=(factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else None
        )
        runners[name] = factory(sub)
    args = parser.parse_args(argv)
    try:
        return runners[args.command](args)
    except Exception as error:
        print(f"ivy {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
