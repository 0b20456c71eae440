"""``python -m zoo.worker REGISTRY TARGET START CASE...``: try cases, one JSON line per event on stdout.

The sweep reads ``{"start": name}`` before each case and ``{"row": {...}}`` after it, so a case
that runs past its time limit (or crashes the process) is known by name and the sweep goes on
with the rest in a new worker. ``START`` is the first case's index in the registry (the
gradient sample is every n-th case).
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import warnings


def main(argv: list[str]) -> None:
    registry_name, target, start, *cases = argv
    registry = importlib.import_module(f"zoo.families.{registry_name}")
    try:
        import paddle  # noqa: F401  (paddle before tensorflow in one process, or it crashes)
    except ImportError:
        pass
    warnings.filterwarnings("ignore")
    warm(registry, target)
    out = sys.stdout
    sys.stdout = sys.stderr  # what the models print does not mix with the rows
    from zoo.common import attempt

    for offset, name in enumerate(cases):
        out.write(json.dumps({"start": name}) + "\n")
        out.flush()
        row = attempt(registry, name, target, int(start) + offset)
        out.write(json.dumps({"row": row}, default=str) + "\n")
        out.flush()
    os._exit(0)  # frameworks' atexit handlers are slow and sometimes crash; the rows are written


def warm(registry: object, target: str) -> None:
    """Imports done before the first case, so its transpile time is not theirs: the registry's own
    (``registry.warm()``), then the transpiler and the target's backend."""
    getattr(registry, "warm", lambda: None)()
    import ivy
    import ivy_transpiler  # noqa: F401

    with ivy.using_backend(target):
        ivy.asarray([0.0])


if __name__ == "__main__":
    main(sys.argv[1:])
