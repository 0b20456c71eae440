"""Dispatch overhead of Ivy against the native frameworks, side by side.

For every installed backend, each case times the native call and the same
call through Ivy in alternating rounds of one process, and reports the ratio
of the best round of each (ivy / native: 1.00 means no overhead). The process
is pinned to one core where the OS allows it. Results go to RESULTS.md.

    python benchmarks/run.py [--quick] [--backends numpy,torch]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from natives import NATIVE  # noqa: E402
from results import replace_section  # noqa: E402

SIZES = (1, 1_000, 1_000_000)


def pin_to_one_core() -> str:
    """Pin the process to one core and tell the frameworks (imported later) to use one thread."""
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS"):
        os.environ.setdefault(name, "1")
    if hasattr(os, "sched_setaffinity"):
        core = sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned"


#: The process's CPU time (all its threads): time other processes take from a shared
#: machine's cores is not counted, which wall-clock time would.
TIMER = time.process_time


def best_time(function: Callable[[], Any], budget: float) -> float:
    """CPU seconds per call: the best of several rounds, each about ``budget`` long."""
    number = max(1, int(budget / max(timeit.timeit(function, number=1, timer=TIMER), 1e-7)))
    return min(timeit.repeat(function, number=number, repeat=3, timer=TIMER)) / number


def compare(native: Callable[[], Any], through_ivy: Callable[[], Any], rounds: int, budget: float) -> tuple:
    """Interleave native and ivy rounds; return (native seconds, ivy seconds)."""
    native(), through_ivy()  # warm up (compilation caches, lazy binding)
    natives, ivys = [], []
    for _ in range(rounds):
        natives.append(best_time(native, budget))
        ivys.append(best_time(through_ivy, budget))
    return min(natives), min(ivys)


# -- cases: the same operation through Ivy and natively ------------------------------
def ivy_programs(ivy: Any) -> dict[str, Callable]:
    """Each operation written once with Ivy, over the same (native) inputs as the baseline."""
    return {
        "add": ivy.add,
        "matmul": ivy.matmul,
        "mlp": lambda x, w1, b1, w2, b2: ivy.nn.linear(ivy.nn.relu(ivy.nn.linear(x, w1, b1)), w2, b2),
        "conv2d": lambda x, w, b: ivy.nn.conv2d(x, w, b, padding=1),
        "layer_norm": lambda x, w, b: ivy.nn.layer_norm(x, x.shape[-1:], w, b),
        "sdpa": ivy.nn.scaled_dot_product_attention,
    }


def inputs(op: str, size: int) -> tuple[str, list[tuple[int, ...]]]:
    """(label, input shapes) of ``op`` at ``size``; dispatch cases are swept over sizes."""
    if op == "add":
        return f"{size:,}", [(size,), (size,)]
    if op == "matmul":
        n = max(1, round(size**0.5))
        return f"{n}x{n}", [(n, n), (n, n)]
    return {
        "mlp": ("64x256 -> 512 -> 10", [(64, 256), (512, 256), (512,), (10, 512), (10,)]),
        "conv2d": ("8x32x32x32, 64 3x3 filters", [(8, 32, 32, 32), (64, 32, 3, 3), (64,)]),
        "layer_norm": ("64x128x512", [(64, 128, 512), (512,), (512,)]),
        "sdpa": ("8 heads x 128 tokens x 64", [(8, 8, 128, 64), (8, 8, 128, 64), (8, 8, 128, 64)]),
    }[op]


def cases(backend: str, ivy: Any, dtype: str) -> list[tuple[str, str, Callable, Callable]]:
    import numpy as np

    native = NATIVE[backend]()
    sync = native["sync"]
    programs = ivy_programs(ivy)
    rng = np.random.default_rng(0)
    plan = [("add", s) for s in SIZES] + [("matmul", s) for s in SIZES]
    plan += [(op, 0) for op in ("mlp", "conv2d", "layer_norm", "sdpa")]
    result = []
    for op, size in plan:
        if op not in native:
            continue
        label, shapes = inputs(op, size)
        arrays = [ivy.asarray(rng.standard_normal(shape).astype(dtype)) for shape in shapes]
        natives = [ivy.to_native(a) for a in arrays]
        function, program = native[op], programs[op]
        result.append((op, label, timed(sync, function, natives), timed(sync, program, arrays, ivy.to_native)))
        if op == "mlp":  # the same MLP traced once and bound to the backend's natives
            bound = ivy.trace_graph(program, *arrays).to_backend(backend)
            result.append(("mlp (traced graph)", label, timed(sync, function, natives), timed(sync, bound, natives)))
    return result


def timed(sync: Callable | None, function: Callable, args: list, to_native: Callable | None = None) -> Callable:
    """``function(*args)`` as timed: called from Python code, as a user's program calls it (a
    C-level caller such as ``functools.partial`` would charge Python functions for entering the
    interpreter), and followed by a wait for the result where it is asynchronous."""
    if sync is None:
        return lambda: function(*args)
    if to_native is None:
        return lambda: sync(function(*args))
    return lambda: sync(to_native(function(*args)))


def tracing_time(ivy: Any, operations: int = 1000) -> float:
    """Seconds to trace a chain of ``operations`` elementwise calls (best of 3)."""

    def chain(x):
        for i in range(operations // 2):
            x = ivy.sin(x) * (1.0 + 1e-3 * i)
        return x

    x = ivy.ones((4,))
    return min(timeit.repeat(lambda: ivy.trace_graph(chain, x), number=1, repeat=3, timer=TIMER))


def import_time(module: str, runs: int) -> float:
    """Median seconds ``import module`` adds to a fresh interpreter's start."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = [float(subprocess.check_output([sys.executable, "-c", code], text=True)) for _ in range(runs)]
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (for a smoke run)")
    parser.add_argument("--backends", default="", help="comma-separated; default: every installed one")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--dtype", default="float32", help="dtype of every input (default float32)")
    args = parser.parse_args()
    rounds, budget = (2, 0.02) if args.quick else (7, 0.1)
    pinned = pin_to_one_core()

    import ivy

    wanted = [b for b in args.backends.split(",") if b] or [b for b in NATIVE if b in ivy.available_backends()]
    rows, versions = [], {}
    for backend in wanted:
        with ivy.using_backend(backend):
            versions[backend] = "{} {}".format(*ivy._dispatch.ops().framework())
            for op, label, native, through_ivy in cases(backend, ivy, args.dtype):
                native_s, ivy_s = compare(native, through_ivy, rounds, budget)
                rows.append((backend, op, label, native_s, ivy_s))
                print(f"{backend:10} {op:10} {label:>28}  native {native_s * 1e6:11.2f} us  "
                      f"ivy {ivy_s * 1e6:11.2f} us  ratio {ivy_s / native_s:5.2f}")  # fmt: skip
    with ivy.using_backend(wanted[0]):
        traced = tracing_time(ivy)
    print(f"tracing a 1,000-call graph on {wanted[0]}: {traced * 1e3:.0f} ms")
    imports = {m: import_time(m, 3 if args.quick else 9) for m in ("ivy", "numpy")}
    write_results(Path(args.output), rows, imports, versions, pinned, rounds, args.dtype, (wanted[0], traced))


def write_results(
    path: Path, rows: list, imports: dict, versions: dict, pinned: str, rounds: int, dtype: str, traced: tuple
) -> None:
    """Rewrite the file's head and this script's sections; other scripts' sections stay."""
    head = [
        "# Benchmark results",
        "",
        f"Generated by `nox -s bench` (`benchmarks/run.py`) on {datetime.date.today().isoformat()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores ({pinned}), "
        f"Python {platform.python_version()}; {', '.join(versions.values())}. "
        f"Load average when written: {os.getloadavg()[0]:.1f} (ratios far from 1 in either direction at a "
        "high load are noise: rerun on an idle machine).",
        "",
    ]
    old = path.read_text() if path.exists() else ""
    sections = old[old.index("\n## ") :] if "\n## " in old else ""
    path.write_text("\n".join(head) + sections)
    replace_section(
        "Dispatch overhead",
        [
            "Each row times the native call and the same call through Ivy in alternating rounds "
            f"of one process ({rounds} rounds, best of each; CPU time of the process, so the load of other "
            f"processes is not counted) on {dtype} inputs already on the backend. "
            "**ratio** = ivy / native: the cost of Ivy's dispatch (1.00 is free).",
            "",
            "| backend | op | size | native (us) | ivy (us) | ratio |",
            "|---|---|---:|---:|---:|---:|",
            *[
                f"| {backend} | {op} | {label} | {native_s * 1e6:.2f} | {ivy_s * 1e6:.2f} | {ivy_s / native_s:.2f} |"
                for backend, op, label, native_s, ivy_s in rows
            ],
        ],
        path,
    )
    traced_ms = traced[1] * 1e3
    replace_section(
        "Tracing", [f"Tracing a graph of 1,000 Ivy calls (`ivy.trace_graph`) on {traced[0]}: {traced_ms:.0f} ms."], path
    )
    replace_section(
        "Import time",
        [
            "Median time `import X` adds to a fresh interpreter (no backend selected for ivy).",
            "",
            "| module | ms |",
            "|---|---:|",
            *[f"| {module} | {seconds * 1e3:.1f} |" for module, seconds in imports.items()],
        ],
        path,
    )
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
