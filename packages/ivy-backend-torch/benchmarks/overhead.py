"""Dispatch overhead of the torch backend: ``ivy.add``/``ivy.matmul`` against
``torch.add``/``torch.matmul`` on the same tensors.

Each case times the native call and the ivy call with ``timeit`` in
alternating rounds and reports the best round of each (the least disturbed
by other processes) and their ratio. ``--cpu-time`` measures this thread's
CPU time instead of wall time (steadier on a shared machine).

    python packages/ivy-backend-torch/benchmarks/overhead.py [--rounds 30] [--cpu-time]
"""

from __future__ import annotations

import argparse
import time
import timeit

import torch

import ivy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--cpu-time", action="store_true")
    args = parser.parse_args()
    timer = time.thread_time if args.cpu_time else time.perf_counter
    ivy.set_backend("torch")
    torch.set_num_threads(1)
    cases = [
        ("add", 1, torch.rand(1, dtype=torch.float64), torch.rand(1, dtype=torch.float64), 20000),
        ("add", 10**6, torch.rand(10**6, dtype=torch.float64), torch.rand(10**6, dtype=torch.float64), 50),
        ("matmul", 1, torch.rand(1, 1, dtype=torch.float64), torch.rand(1, 1, dtype=torch.float64), 20000),
        ("matmul", 10**6, torch.rand(1000, 1000, dtype=torch.float64), torch.rand(1000, 1000, dtype=torch.float64), 2),
    ]
    print(f"torch {torch.__version__}, {'thread CPU time' if args.cpu_time else 'wall time'}, best of {args.rounds}")
    print(f"{'op':8} {'elements':>9} {'torch (us)':>11} {'ivy (us)':>10} {'ratio':>6}")
    for op, size, a, b, number in cases:
        native = getattr(torch, op)
        public = getattr(ivy, op)
        wrapped_a, wrapped_b = ivy.asarray(a), ivy.asarray(b)
        names = {"native": native, "public": public, "a": a, "b": b, "A": wrapped_a, "B": wrapped_b}
        statements = {"torch": "native(a, b)", "ivy": "public(A, B)"}
        timers = {k: timeit.Timer(v, globals=names, timer=timer) for k, v in statements.items()}
        best = dict.fromkeys(statements, float("inf"))
        for _ in range(args.rounds if size == 1 else max(3, args.rounds // 5)):
            for name, t in timers.items():
                best[name] = min(best[name], t.timeit(number) / number)
        ratio = best["ivy"] / best["torch"]
        print(f"{op:8} {size:>9,} {best['torch'] * 1e6:>11.3f} {best['ivy'] * 1e6:>10.3f} {ratio:>6.3f}")


if __name__ == "__main__":
    main()
