"""Dispatch overhead as CPU instructions per call, counted by valgrind's callgrind.

Instruction counts do not depend on what else the machine is doing, so this
measures Ivy's overhead where wall-clock timings are noisy (a shared CI box).
Each case runs a loop of N calls and a loop of 0 calls in separate processes
under callgrind; the difference divided by N is the cost of one call (the
loop's own few instructions included on both sides).

    python benchmarks/instructions.py    (appends a section to benchmarks/RESULTS.md)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
PROGRAM = """
import sys
import numpy as np
import ivy
ivy.set_backend("numpy")
mode, calls, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
a, b = np.random.rand(size), np.random.rand(size)
add = np.add if mode == "numpy" else ivy.add
u, v = (a, b) if mode == "numpy" else (ivy.asarray(a), ivy.asarray(b))
add(u, v)
for _ in range(calls):
    add(u, v)
"""
CASES = [(1, 20000), (1_000_000, 20)]  # (elements, calls)


def instructions(mode: str, calls: int, size: int, script: Path) -> int:
    output = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(script),
         mode, str(calls), str(size)],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    return int(re.search(r"Collected : (\d+)", output).group(1))


def main() -> None:
    if shutil.which("valgrind") is None:
        sys.exit("benchmarks/instructions.py needs valgrind (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "program.py"
        script.write_text(PROGRAM)
        rows = []
        for size, calls in CASES:
            per_call = {}
            for mode in ("numpy", "ivy"):
                total = instructions(mode, calls, size, script) - instructions(mode, 0, size, script)
                per_call[mode] = total / calls
            rows.append((size, per_call["numpy"], per_call["ivy"]))
            print(f"add at {size:>9,} elements: numpy {per_call['numpy']:,.0f}, ivy {per_call['ivy']:,.0f} "
                  f"instructions per call, ratio {per_call['ivy'] / per_call['numpy']:.3f}")  # fmt: skip
    lines = [
        "",
        "## Dispatch overhead in instructions (load-independent)",
        "",
        "`python benchmarks/instructions.py`: CPU instructions per call counted by valgrind's callgrind "
        "(loop of N calls minus loop of none), `ivy.add` on `ivy.Array`s against `numpy.add` on the same "
        "NumPy arrays. Unlike the timings above, these counts do not depend on the machine's load.",
        "",
        "| op | elements | numpy.add (instructions) | ivy.add (instructions) | ratio |",
        "|---|---:|---:|---:|---:|",
        *[f"| add | {size:,} | {n:,.0f} | {i:,.0f} | {i / n:.3f} |" for size, n, i in rows],
        "",
    ]
    results = HERE / "RESULTS.md"
    text = results.read_text()
    text = text.split("\n## Dispatch overhead in instructions")[0].rstrip("\n") + "\n"
    results.write_text(text + "\n".join(lines))
    print(f"wrote {results}")


if __name__ == "__main__":
    main()
