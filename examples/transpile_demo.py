"""Transpile PyTorch models to JAX and TensorFlow, check them, and fine-tune them there.

    pip install torch==2.13.0 ivy-api ivy-backend-torch ivy-backend-jax ivy-backend-tensorflow \\
        ivy-frontends ivy-transpiler
    python examples/transpile_demo.py

Two models written with ``torch.nn`` (a small CNN with batch norm, and a
transformer encoder layer) are transpiled with ``ivy.transpile`` into native
JAX and TensorFlow models carrying the same weights. For each, the script
prints the largest difference from PyTorch's output, the transpile time (the
first one into a framework includes importing it), the forward time against
PyTorch's eager one (JAX's under ``jax.jit``, TensorFlow's under
``tf.function``), and the loss before and after a few SGD steps taken in the
target framework with its own autodiff.
"""

from __future__ import annotations

import os
import time

import numpy as np
import torch
from torch import nn

import ivy

STEPS, LR = 5, 0.05


def models() -> dict[str, tuple[nn.Module, np.ndarray]]:
    torch.manual_seed(0)
    cnn = nn.Sequential(
        nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(8 * 8 * 8, 10),
    ).eval()  # fmt: skip
    encoder = nn.TransformerEncoderLayer(d_model=32, nhead=4, dim_feedforward=64, dropout=0.0, batch_first=True).eval()
    rng = np.random.default_rng(0)
    return {
        "CNN (conv-bn-relu-pool-linear)": (cnn, rng.standard_normal((4, 3, 16, 16)).astype("float32")),
        "TransformerEncoderLayer": (encoder, rng.standard_normal((4, 12, 32)).astype("float32")),
    }


def best_time(function, repeat: int = 20) -> float:
    function()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def in_jax(model, x: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, float, float, float]:
    """(output, forward seconds under jax.jit, loss before, loss after STEPS SGD steps)."""
    import jax
    import jax.numpy as jnp

    x, target = jnp.asarray(x), jnp.asarray(target)
    forward = jax.jit(lambda m, x: m(x))
    output = np.asarray(forward(model, x))
    seconds = best_time(lambda: forward(model, x).block_until_ready())
    loss = jax.jit(jax.value_and_grad(lambda m, x: jnp.mean((m(x) - target) ** 2)))
    first = None
    for _ in range(STEPS):
        value, grads = loss(model, x)
        first = float(value) if first is None else first
        model.params = {n: p - LR * grads.params[n] for n, p in model.params.items()}
    return output, seconds, first, float(loss(model, x)[0])


def in_tensorflow(model, x: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, float, float, float]:
    """(output, forward seconds under tf.function, loss before, loss after STEPS SGD steps with GradientTape)."""
    import tensorflow as tf

    x, target = tf.constant(x), tf.constant(target)
    output = model(x).numpy()
    forward = tf.function(lambda x: model(x))
    seconds = best_time(lambda: forward(x))
    first = last = None
    for _ in range(STEPS + 1):
        with tf.GradientTape() as tape:
            value = tf.reduce_mean((model(x) - target) ** 2)
        first = float(value) if first is None else first
        last = float(value)
        grads = tape.gradient(value, model.params)
        for name, variable in model.params.items():
            variable.assign_sub(LR * grads[name])
    return output, seconds, first, last


def main() -> None:
    # small models: one thread is fastest, and timings are steadier (TensorFlow reads these when imported)
    for name in ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS"):
        os.environ.setdefault(name, "1")
    torch.set_num_threads(1)
    rows = []
    for label, (module, x) in models().items():
        with torch.no_grad():
            expected = module(torch.from_numpy(x)).numpy()
            torch_seconds = best_time(lambda m=module, x=x: m(torch.from_numpy(x)))
        target = np.zeros_like(expected)  # fine-tune towards zero output: a loss that must go down
        for framework, run in (("jax", in_jax), ("tensorflow", in_tensorflow)):
            started = time.perf_counter()
            model = ivy.transpile(module, source="torch", target=framework, args=(torch.from_numpy(x),))
            transpile_seconds = time.perf_counter() - started
            output, seconds, before, after = run(model, x, target)
            error = float(np.max(np.abs(output - expected)))
            rows.append((label, framework, error, transpile_seconds, seconds / torch_seconds, before, after))
    print(f"\n{'model':32} {'target':11} {'max |error|':>12} {'transpile (s)':>14} {'forward vs torch':>17} "
          f"{'loss before':>12} {'after':>9}")  # fmt: skip
    for label, framework, error, transpile_s, ratio, before, after in rows:
        print(f"{label:32} {framework:11} {error:12.2e} {transpile_s:14.2f} {ratio:16.2f}x {before:12.4f} {after:9.4f}")
    worst = max(row[2] for row in rows)
    trained = all(row[6] < row[5] for row in rows)
    print(f"\nlargest difference from PyTorch: {worst:.1e}; every fine-tune lowered the loss: {trained}")
    if worst > 1e-4 or not trained:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
