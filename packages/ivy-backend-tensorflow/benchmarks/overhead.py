"""Ivy's overhead on TensorFlow: ``ivy.add``/``ivy.matmul`` against ``tf.add``/``tf.linalg.matmul``
on the same tensors, with timeit (best of interleaved repeats, so machine load hits both alike).

    python packages/ivy-backend-tensorflow/benchmarks/overhead.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import timeit

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import tensorflow as tf

import ivy


def best(function, number: int, repeat: int) -> float:
    return min(timeit.repeat(function, number=number, repeat=1)[0] for _ in range(repeat)) / number


def compare(name: str, native, ours, number: int, repeat: int) -> tuple[float, float]:
    native(), ours()  # warm up
    native_times, ivy_times = [], []
    for _ in range(repeat):  # interleaved, so load spikes hit both
        native_times.append(timeit.timeit(native, number=number) / number)
        ivy_times.append(timeit.timeit(ours, number=number) / number)
    t_native, t_ivy = min(native_times), min(ivy_times)
    print(f"{name:28s} tf {t_native * 1e6:10.2f} us   ivy {t_ivy * 1e6:10.2f} us   ratio {t_ivy / t_native:5.3f}")
    return t_native, t_ivy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    ivy.set_backend("tensorflow")
    for size, number in ((1, 2000), (1_000_000, 20)):
        a = tf.random.uniform((size,), dtype=tf.float64)
        b = tf.random.uniform((size,), dtype=tf.float64)
        wa, wb = ivy.Array(a), ivy.Array(b)
        native = lambda a=a, b=b: tf.add(a, b)  # noqa: E731
        compare(f"add, {size} element(s)", native, lambda wa=wa, wb=wb: ivy.add(wa, wb), number, args.repeat)
        compare(f"add native args, {size}", native, lambda a=a, b=b: ivy.add(a, b), number, args.repeat)
    for side, number in ((1, 2000), (1000, 3)):
        a = tf.random.uniform((side, side), dtype=tf.float64)
        b = tf.random.uniform((side, side), dtype=tf.float64)
        wa, wb = ivy.Array(a), ivy.Array(b)
        compare(
            f"matmul, {side * side} element(s)",
            lambda a=a, b=b: tf.linalg.matmul(a, b),
            lambda wa=wa, wb=wb: ivy.matmul(wa, wb),
            number,
            args.repeat,
        )


if __name__ == "__main__":
    main()
