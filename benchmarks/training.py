"""One training step of the example CNN through Ivy against the same model written natively.

The model is ``examples/train_digits.py``'s CNN (conv-bn-relu-pool twice, then a
linear layer; 8x8 one-channel inputs, batches of 64) with AdamW. Each row times
a full step (forward, loss, gradients, optimizer update, batch-norm statistics)
written with Ivy's stateful API (``ivy.Trainer.train_step``) and the same step
written by hand in the framework: eager ``torch.nn`` + ``torch.optim.AdamW`` for
torch, and a ``jax.jit``-compiled step for JAX (Ivy's step is compiled with
``ivy.jit`` there, as the example does). Native and Ivy rounds alternate in one
process; the ratio is ivy / native.

    python benchmarks/training.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from results import replace_section  # noqa: E402
from run import compare, pin_to_one_core  # noqa: E402

BATCH, LR, WEIGHT_DECAY = 64, 3e-3, 1e-4


def batch() -> tuple[Any, Any]:
    import numpy as np

    rng = np.random.default_rng(0)
    return rng.standard_normal((BATCH, 1, 8, 8)).astype("float32"), rng.integers(0, 10, BATCH)


def ivy_step(backend: str) -> Any:
    """``Trainer.train_step`` of the example CNN on ``backend`` (compiled on jax)."""
    import ivy

    layers = ivy.layers
    ivy.set_backend(backend)
    model = layers.Sequential(
        layers.Conv2d(1, 16, 3, padding=1), layers.BatchNorm2d(16), layers.ReLU(), layers.MaxPool2d(2),
        layers.Conv2d(16, 32, 3, padding=1), layers.BatchNorm2d(32), layers.ReLU(), layers.MaxPool2d(2),
        layers.Flatten(), layers.Linear(128, 10),
    )  # fmt: skip
    optimizer = ivy.optimizers.AdamW(lr=LR, weight_decay=WEIGHT_DECAY)
    trainer = ivy.Trainer(model, optimizer, ivy.nn.cross_entropy, jit=backend == "jax")
    x, y = batch()
    x, y = ivy.asarray(x), ivy.asarray(y)
    sync = (lambda r: r.block_until_ready()) if backend == "jax" else (lambda r: r)
    return lambda: sync(ivy.to_native(trainer.train_step(x, y)[0]))


def torch_step() -> Any:
    import torch
    from torch import nn

    nn_model = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(128, 10),
    )  # fmt: skip
    optimizer = torch.optim.AdamW(nn_model.parameters(), lr=LR, weight_decay=WEIGHT_DECAY)
    x, y = (torch.from_numpy(a) for a in batch())

    def step() -> Any:
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(nn_model(x), y)
        loss.backward()
        optimizer.step()
        return loss

    return step


def jax_step() -> Any:
    """The same CNN and AdamW written with jax.lax, the whole step under ``jax.jit``."""
    import jax
    import jax.numpy as jnp
    from jax import lax

    keys = jax.random.split(jax.random.key(0), 3)

    def conv_init(key: Any, cin: int, cout: int) -> dict:
        bound = 1 / (cin * 9) ** 0.5
        return {"w": jax.random.uniform(key, (cout, cin, 3, 3), minval=-bound, maxval=bound), "b": jnp.zeros(cout)}

    params = {
        "c1": conv_init(keys[0], 1, 16), "bn1": {"g": jnp.ones(16), "b": jnp.zeros(16)},
        "c2": conv_init(keys[1], 16, 32), "bn2": {"g": jnp.ones(32), "b": jnp.zeros(32)},
        "fc": {"w": jax.random.uniform(keys[2], (10, 128), minval=-0.09, maxval=0.09), "b": jnp.zeros(10)},
    }  # fmt: skip
    stats = {k: {"mean": jnp.zeros(n), "var": jnp.ones(n)} for k, n in (("bn1", 16), ("bn2", 32))}

    def block(p: dict, bn: dict, stat: dict, x: Any) -> tuple[Any, dict]:
        x = lax.conv_general_dilated(x, p["w"], (1, 1), ((1, 1), (1, 1))) + p["b"][None, :, None, None]
        mean, var = x.mean((0, 2, 3)), x.var((0, 2, 3))
        n = x.size / x.shape[1]
        new_stat = {"mean": 0.9 * stat["mean"] + 0.1 * mean, "var": 0.9 * stat["var"] + 0.1 * var * n / (n - 1)}
        x = (x - mean[None, :, None, None]) * lax.rsqrt(var + 1e-5)[None, :, None, None]
        x = jnp.maximum(x * bn["g"][None, :, None, None] + bn["b"][None, :, None, None], 0)
        return lax.reduce_window(x, -jnp.inf, lax.max, (1, 1, 2, 2), (1, 1, 2, 2), "VALID"), new_stat

    def loss_fn(params: dict, stats: dict, x: Any, y: Any) -> tuple[Any, dict]:
        x, s1 = block(params["c1"], params["bn1"], stats["bn1"], x)
        x, s2 = block(params["c2"], params["bn2"], stats["bn2"], x)
        logits = x.reshape(x.shape[0], -1) @ params["fc"]["w"].T + params["fc"]["b"]
        losses = -jnp.take_along_axis(jax.nn.log_softmax(logits), y[:, None], axis=1)
        return losses.mean(), {"bn1": s1, "bn2": s2}

    @jax.jit
    def step(params: dict, stats: dict, m: dict, v: dict, t: Any, x: Any, y: Any) -> tuple:
        (loss, stats), grads = jax.value_and_grad(loss_fn, has_aux=True)(params, stats, x, y)
        t = t + 1
        m = jax.tree.map(lambda m, g: 0.9 * m + 0.1 * g, m, grads)
        v = jax.tree.map(lambda v, g: 0.999 * v + 0.001 * g * g, v, grads)
        correction = jnp.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        params = jax.tree.map(
            lambda p, m, v: p * (1 - LR * WEIGHT_DECAY) - LR * correction * m / (jnp.sqrt(v) + 1e-8), params, m, v
        )
        return loss, params, stats, m, v, t

    zeros = jax.tree.map(jnp.zeros_like, params)
    state = [params, stats, zeros, zeros, jnp.zeros((), jnp.int32)]
    x, y = (jnp.asarray(a) for a in batch())

    def run() -> Any:
        loss, *state[:] = step(*state, x, y)
        return loss.block_until_ready()

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rounds, budget = (2, 0.05) if args.quick else (7, 0.3)
    pin_to_one_core()
    import ivy

    rows = []
    for backend, native in (("torch", torch_step), ("jax", jax_step)):
        if backend not in ivy.available_backends():
            continue
        native_s, ivy_s = compare(native(), ivy_step(backend), rounds, budget)
        rows.append((backend, native_s, ivy_s))
        print(f"{backend:6} training step: native {native_s * 1e3:.3f} ms, ivy {ivy_s * 1e3:.3f} ms, "
              f"ratio {ivy_s / native_s:.2f}")  # fmt: skip
    write(rows)


def write(rows: list) -> None:
    """Replace the training section of RESULTS.md."""
    replace_section(
        "Training step",
        [
            "`python benchmarks/training.py`: one AdamW step of `examples/train_digits.py`'s CNN (batch 64 of 1x8x8, "
            "batch norm in training mode) through `ivy.Trainer.train_step` against the same step written natively: "
            "eager `torch.nn` + `torch.optim` on torch, a hand-written `jax.jit` step on jax (Ivy's step under "
            "`ivy.jit` there). One process pinned to one core, alternating rounds, best of each, in CPU time.",
            "",
            "| backend | native (ms) | ivy (ms) | ratio |",
            "|---|---:|---:|---:|",
            *[f"| {b} | {n * 1e3:.3f} | {i * 1e3:.3f} | {i / n:.2f} |" for b, n, i in rows],
        ],
    )


if __name__ == "__main__":
    main()
