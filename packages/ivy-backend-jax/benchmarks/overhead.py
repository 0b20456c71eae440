"""Dispatch overhead of the jax backend: ``ivy.f`` against ``jax.numpy.f`` on the same arrays.

    python packages/ivy-backend-jax/benchmarks/overhead.py [--repeat 7]

Both sides run on the same float64 JAX arrays (made by Ivy, so 64-bit), the
``jax.numpy`` side in JAX's 64-bit mode so that it computes what Ivy computes,
and both wait for the result (``block_until_ready``). ``matmul`` multiplies
square matrices of the given number of elements, at ``precision="highest"``
on both sides (what Ivy uses). Reported: the best of ``--repeat``
interleaved timeit runs per call, and the ratio ivy / jax.numpy.
"""

from __future__ import annotations

import argparse
import math
import timeit

import jax
import jax.numpy as jnp

import ivy


def best(call, number: int) -> float:
    return timeit.timeit(call, number=number) / number


def compare(name: str, size: int, repeat: int) -> tuple[float, float]:
    side = math.isqrt(size)
    shape = (size,) if name == "add" else (side, side)
    x = ivy.reshape(ivy.linspace(1.0, 2.0, size), shape)
    y = ivy.reshape(ivy.linspace(2.0, 3.0, size), shape)
    nx, ny = ivy.to_native(x), ivy.to_native(y)
    if name == "add":
        ours = lambda: ivy.add(x, y).data.block_until_ready()  # noqa: E731
        theirs = lambda: jnp.add(nx, ny).block_until_ready()  # noqa: E731
    else:
        ours = lambda: ivy.matmul(x, y).data.block_until_ready()  # noqa: E731
        theirs = lambda: jnp.matmul(nx, ny, precision="highest").block_until_ready()  # noqa: E731
    number = 20000 if size == 1 else (50 if name == "add" else 3)
    with jax.enable_x64(True):
        ours(), theirs()  # compile
        t_ivy, t_jax = [], []
        for _ in range(repeat):  # interleaved, so that both sides share the machine's noise
            t_ivy.append(best(ours, number))
            t_jax.append(best(theirs, number))
    return min(t_ivy), min(t_jax)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    ivy.set_backend("jax")
    print(f"{'function':8} {'elements':>9} {'ivy (us)':>10} {'jax.numpy (us)':>15} {'ratio':>6}")
    for name in ("add", "matmul"):
        for size in (1, 10**6):
            t_ivy, t_jax = compare(name, size, args.repeat)
            print(f"{name:8} {size:>9} {t_ivy * 1e6:>10.2f} {t_jax * 1e6:>15.2f} {t_ivy / t_jax:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
