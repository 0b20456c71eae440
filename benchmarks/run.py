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
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SIZES = (1, 1_000, 1_000_000)


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = sorted(os.sched_getaffinity(0))[-1]
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned"


def best_time(function: Callable[[], Any], budget: float) -> float:
    """Seconds per call: the best of several rounds, each about ``budget`` long."""
    number = max(1, int(budget / max(timeit.timeit(function, number=1), 1e-7)))
    return min(timeit.repeat(function, number=number, repeat=3)) / number


def compare(native: Callable[[], Any], through_ivy: Callable[[], Any], rounds: int, budget: float) -> tuple:
    """Interleave native and ivy rounds; return (native seconds, ivy seconds)."""
    native(), through_ivy()  # warm up (compilation caches, lazy binding)
    natives, ivys = [], []
    for _ in range(rounds):
        natives.append(best_time(native, budget))
        ivys.append(best_time(through_ivy, budget))
    return min(natives), min(ivys)


# -- per-backend cases: (name, size) -> (native callable, ivy callable) ----------
def numpy_cases(ivy: Any) -> dict:
    import numpy as np

    cases = {}
    for size in SIZES:
        a, b = np.random.rand(size), np.random.rand(size)
        x, y = ivy.asarray(a), ivy.asarray(b)
        cases["add", size] = (lambda a=a, b=b: np.add(a, b), lambda x=x, y=y: ivy.add(x, y))
        n = max(1, round(size**0.5))
        m, k = np.random.rand(n, n), np.random.rand(n, n)
        p, q = ivy.asarray(m), ivy.asarray(k)
        cases["matmul", n * n] = (lambda m=m, k=k: np.matmul(m, k), lambda p=p, q=q: ivy.matmul(p, q))
    return cases


def torch_cases(ivy: Any) -> dict:
    import torch

    cases = {}
    for size in SIZES:
        a, b = torch.rand(size, dtype=torch.float64), torch.rand(size, dtype=torch.float64)
        x, y = ivy.asarray(a), ivy.asarray(b)
        cases["add", size] = (lambda a=a, b=b: torch.add(a, b), lambda x=x, y=y: ivy.add(x, y))
        n = max(1, round(size**0.5))
        m, k = torch.rand(n, n, dtype=torch.float64), torch.rand(n, n, dtype=torch.float64)
        p, q = ivy.asarray(m), ivy.asarray(k)
        cases["matmul", n * n] = (lambda m=m, k=k: torch.matmul(m, k), lambda p=p, q=q: ivy.matmul(p, q))
    return cases


def jax_cases(ivy: Any) -> dict:
    import jax.numpy as jnp
    import numpy as np

    cases = {}
    for size in SIZES:
        x, y = ivy.asarray(np.random.rand(size)), ivy.asarray(np.random.rand(size))
        a, b = ivy.to_native(x), ivy.to_native(y)
        cases["add", size] = (
            lambda a=a, b=b: jnp.add(a, b).block_until_ready(),
            lambda x=x, y=y: ivy.add(x, y).data.block_until_ready(),
        )
        n = max(1, round(size**0.5))
        p, q = ivy.asarray(np.random.rand(n, n)), ivy.asarray(np.random.rand(n, n))
        m, k = ivy.to_native(p), ivy.to_native(q)
        cases["matmul", n * n] = (
            lambda m=m, k=k: jnp.matmul(m, k).block_until_ready(),
            lambda p=p, q=q: ivy.matmul(p, q).data.block_until_ready(),
        )
    return cases


CASES = {"numpy": numpy_cases, "torch": torch_cases, "jax": jax_cases}


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
    args = parser.parse_args()
    rounds, budget = (2, 0.02) if args.quick else (7, 0.1)
    pinned = pin_to_one_core()

    import ivy

    wanted = [b for b in args.backends.split(",") if b] or [b for b in ivy.available_backends() if b in CASES]
    rows, versions = [], {}
    for backend in wanted:
        with ivy.using_backend(backend):
            versions[backend] = "{} {}".format(*ivy._dispatch.ops().framework())
            for (op, size), (native, through_ivy) in CASES[backend](ivy).items():
                native_s, ivy_s = compare(native, through_ivy, rounds, budget)
                rows.append((backend, op, size, native_s, ivy_s))
                print(f"{backend:6} {op:7} {size:>9,}  native {native_s * 1e6:10.3f} us  "
                      f"ivy {ivy_s * 1e6:10.3f} us  ratio {ivy_s / native_s:5.2f}")  # fmt: skip
    imports = {m: import_time(m, 3 if args.quick else 9) for m in ("ivy", "numpy")}
    write_results(Path(args.output), rows, imports, versions, pinned, rounds)


def write_results(path: Path, rows: list, imports: dict, versions: dict, pinned: str, rounds: int) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Generated by `nox -s bench` (`benchmarks/run.py`) on {datetime.date.today().isoformat()}: "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores ({pinned}), "
        f"Python {platform.python_version()}; {', '.join(versions.values())}.",
        "",
        "Each row times the native call and the same call through Ivy in alternating rounds "
        f"of one process ({rounds} rounds, best of each) on float64 inputs already on the backend. "
        "**ratio** = ivy / native: the cost of Ivy's dispatch (1.00 is free).",
        "",
        "| backend | op | elements | native (us) | ivy (us) | ratio |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for backend, op, size, native_s, ivy_s in rows:
        lines.append(
            f"| {backend} | {op} | {size:,} | {native_s * 1e6:.3f} | {ivy_s * 1e6:.3f} | {ivy_s / native_s:.2f} |"
        )
    lines += [
        "",
        "## Import time",
        "",
        "Median time `import X` adds to a fresh interpreter (no backend selected for ivy).",
        "",
        "| module | ms |",
        "|---|---:|",
        *[f"| {module} | {seconds * 1e3:.1f} |" for module, seconds in imports.items()],
        "",
    ]
    path.write_text("\n".join(lines))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
