"""Dispatch overhead as CPU instructions per call, counted by valgrind's callgrind.

Instruction counts do not depend on what else the machine is doing, so this
measures Ivy's overhead where wall-clock timings are noisy (a shared CI box).
Each case runs a loop of N calls and a loop of 0 calls in separate processes
under callgrind; the difference divided by N is the cost of one call (the
loop's own few instructions included on both sides).

    python benchmarks/instructions.py [--backends numpy,torch,jax]
        (appends a section to benchmarks/RESULTS.md; default numpy: a framework's
        import under valgrind takes minutes for torch, most of an hour for jax)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from results import replace_section  # noqa: E402

PROGRAM = """
import sys
import numpy as np
backend, mode, calls, size = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
a, b = np.random.rand(size).astype("float32"), np.random.rand(size).astype("float32")
if mode == "native":
    if backend == "numpy":
        add = np.add
    elif backend == "torch":
        import torch
        torch.set_num_threads(1)
        add, a, b = torch.add, torch.from_numpy(a), torch.from_numpy(b)
    elif backend == "jax":
        import jax.numpy as jnp
        add, a, b = jnp.add, jnp.asarray(a), jnp.asarray(b)
else:
    import ivy
    ivy.set_backend(backend)
    if backend == "torch":
        import torch
        torch.set_num_threads(1)
    add, a, b = ivy.add, ivy.asarray(a), ivy.asarray(b)
add(a, b)
for _ in range(calls):
    add(a, b)
"""
#: (backend, elements, calls). Only cases whose calls dwarf the variation of the
#: interpreter's and the framework's start-up count: at 1e6 elements that holds for
#: NumPy, not for torch (its start-up varies by more than 20 large adds) or JAX
#: (asynchronous, on other threads); the timing table covers those.
CASES = [("numpy", 1, 20000), ("numpy", 1_000_000, 200), ("torch", 1, 20000), ("jax", 1, 5000)]


def instructions(backend: str, mode: str, calls: int, size: int, script: Path) -> int:
    output = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(script),
         backend, mode, str(calls), str(size)],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    return int(re.search(r"Collected : (\d+)", output).group(1))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", default="numpy", help="comma-separated (default: numpy)")
    wanted = parser.parse_args().backends.split(",")
    if shutil.which("valgrind") is None:
        sys.exit("benchmarks/instructions.py needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "program.py"
        script.write_text(PROGRAM)
        rows = []
        import ivy

        for backend, size, calls in CASES:
            if backend not in wanted or backend not in ivy.available_backends():
                continue
            per_call = {}
            for mode in ("native", "ivy"):
                total = instructions(backend, mode, calls, size, script) - instructions(backend, mode, 0, size, script)
                per_call[mode] = total / calls
            if min(per_call.values()) <= 0:  # start-up variation larger than the calls: no measurement
                print(f"{backend} add at {size:,} elements: start-up noise exceeds the calls; not reported")
                continue
            rows.append((backend, size, per_call["native"], per_call["ivy"]))
            print(f"{backend} add at {size:>9,} elements: native {per_call['native']:,.0f}, ivy {per_call['ivy']:,.0f} "
                  f"instructions per call, ratio {per_call['ivy'] / per_call['native']:.3f}")  # fmt: skip
    replace_section(
        "Dispatch overhead in instructions (load-independent)",
        [
            "`python benchmarks/instructions.py`: CPU instructions per call counted by valgrind's callgrind "
            "(loop of N calls minus loop of none), `ivy.add` on `ivy.Array`s against the framework's own add on "
            "the same float32 arrays (one framework thread). Unlike the timings above, these counts do not depend on "
            "the machine's load.",
            "",
            "| backend | elements | native add (instructions) | ivy.add (instructions) | ratio |",
            "|---|---:|---:|---:|---:|",
            *[f"| {b} | {size:,} | {n:,.0f} | {i:,.0f} | {i / n:.3f} |" for b, size, n, i in rows],
        ],
    )
    print("wrote benchmarks/RESULTS.md")


if __name__ == "__main__":
    main()
