"""Deploy a PyTorch model as compiled JAX: transpile once, then serve it under jax.jit.

    pip install torch==2.13.0 ivy-api ivy-backend-torch ivy-backend-jax ivy-frontends ivy-transpiler
    python examples/deploy_to_jax.py

A small residual CNN written with ``torch.nn`` is transpiled to a JAX model
(a pytree of its weights, named as in PyTorch). Wrapped in ``jax.jit``, XLA
compiles the whole forward pass into one program: the script checks the
outputs match PyTorch's on new inputs and prints the latency of each per batch.
For a number that means something, run it on an otherwise idle machine.
"""

from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn

import ivy


class Residual(nn.Module):
    def __init__(self, channels: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(x + self.bn2(self.conv2(torch.relu(self.bn1(self.conv1(x))))))


def model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Conv2d(3, 32, 3, padding=1), nn.ReLU(), Residual(32), nn.MaxPool2d(2), Residual(32),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10),
    ).eval()  # fmt: skip


def latency(run: object, x: object, repeats: int = 20) -> float:
    """Best wall-clock milliseconds per call (after a warm-up call, which compiles)."""
    run(x)  # type: ignore[operator]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        run(x)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def main() -> None:
    import jax
    import jax.numpy as jnp

    net = model()
    example = torch.randn(16, 3, 32, 32)
    start = time.perf_counter()
    jax_model = ivy.transpile(net, source="torch", target="jax", args=(example,))
    print(f"transpiled {type(net).__name__} to JAX in {time.perf_counter() - start:.1f} s "
          f"({len(jax_model.params)} parameters, e.g. {next(iter(jax_model.params))!r})")  # fmt: skip

    serve = jax.jit(lambda m, x: m(x))
    batch = torch.randn(16, 3, 32, 32)  # new inputs, not the example
    with torch.no_grad():
        expected = net(batch).numpy()
    got = np.asarray(serve(jax_model, jnp.asarray(batch.numpy())))
    print(f"max |jax - torch| on a new batch: {np.abs(got - expected).max():.2e}")

    with torch.no_grad():
        torch_ms = latency(net, batch)
    xj = jnp.asarray(batch.numpy())
    jax_ms = latency(lambda x: serve(jax_model, x).block_until_ready(), xj)
    print(f"latency per batch of 16: torch eager {torch_ms:.2f} ms, transpiled JAX under jax.jit {jax_ms:.2f} ms")


if __name__ == "__main__":
    main()
