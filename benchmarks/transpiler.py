"""The transpiler's cost and speed on a panel of PyTorch models, side by side in one run.

For each model: the time ``ivy_transpiler.transpile`` takes (torch -> jax, verification
included), then inference times of the original torch model (eager, and under
``torch.compile``), the model transpiled to torch (eager), the model transpiled to JAX under
``jax.jit``, and the same model written by hand in JAX under ``jax.jit`` with the same weights
(the practical limit of JAX). The ratios: transpiled torch / original torch (goal <= 1.05),
transpiled JAX / hand-written JAX (goal <= 1.10), and transpiled JAX against torch eager and
``torch.compile``. One process pinned to one core with one thread per framework; alternating
rounds, best of each, in CPU time (see run.py).

    python benchmarks/transpiler.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from results import replace_section  # noqa: E402
from run import best_time, pin_to_one_core  # noqa: E402


# -- the panel: torch models, and the same models written by hand in JAX ------------------
def torch_models() -> dict[str, tuple[Any, tuple[int, ...]]]:
    """name -> (torch model in eval mode, input shape)."""
    import torch
    from torch import nn

    torch.manual_seed(0)

    class Block(nn.Module):
        def __init__(self, channels_in: int, channels: int, stride: int) -> None:
            super().__init__()
            self.conv1 = nn.Conv2d(channels_in, channels, 3, stride, 1, bias=False)
            self.bn1 = nn.BatchNorm2d(channels)
            self.conv2 = nn.Conv2d(channels, channels, 3, 1, 1, bias=False)
            self.bn2 = nn.BatchNorm2d(channels)
            self.shortcut = (
                nn.Sequential(nn.Conv2d(channels_in, channels, 1, stride, bias=False), nn.BatchNorm2d(channels))
                if stride != 1 or channels_in != channels
                else nn.Identity()
            )

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            y = torch.relu(self.bn1(self.conv1(x)))
            return torch.relu(self.bn2(self.conv2(y)) + self.shortcut(x))

    class ResNet(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.stem = nn.Sequential(nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU())
            self.blocks = nn.Sequential(Block(16, 16, 1), Block(16, 32, 2), Block(32, 64, 2))
            self.head = nn.Linear(64, 10)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.head(self.blocks(self.stem(x)).mean(dim=(2, 3)))

    class Encoder(nn.Module):
        def __init__(self, patches: bool) -> None:
            super().__init__()
            self.embed = nn.Conv2d(3, 64, 4, 4) if patches else nn.Embedding(1000, 64)
            layer = nn.TransformerEncoderLayer(64, 4, 128, dropout=0.0, batch_first=True)
            self.encoder = nn.TransformerEncoder(layer, 2, enable_nested_tensor=False)
            self.norm = nn.LayerNorm(64)
            self.head = nn.Linear(64, 10)
            self.patches = patches

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            h = self.embed(x).flatten(2).transpose(1, 2) if self.patches else self.embed(x)
            return self.head(self.norm(self.encoder(h)).mean(dim=1))

    mlp = nn.Sequential(nn.Linear(256, 512), nn.GELU(), nn.Linear(512, 512), nn.GELU(), nn.Linear(512, 10))
    resnet = ResNet()
    with torch.no_grad():  # batch-norm statistics that are not the defaults
        for module in resnet.modules():
            if isinstance(module, nn.BatchNorm2d):
                module.running_mean.uniform_(-0.2, 0.2)
                module.running_var.uniform_(0.5, 1.5)
    return {
        "mlp": (mlp.eval(), (64, 256)),
        "resnet": (resnet.eval(), (8, 3, 32, 32)),
        "vit": (Encoder(patches=True).eval(), (8, 3, 32, 32)),
        "text encoder": (Encoder(patches=False).eval(), (8, 64)),
    }


def hand_written_jax(name: str) -> Callable[[dict, Any], Any]:
    """The panel's model ``name`` written directly in JAX, over the torch model's weights by name."""
    import jax
    import jax.numpy as jnp

    def conv(x: Any, w: Any, stride: int, padding: int) -> Any:
        return jax.lax.conv_general_dilated(x, w, (stride, stride), [(padding, padding)] * 2,
                                            dimension_numbers=("NCHW", "OIHW", "NCHW"))  # fmt: skip

    def bn(p: dict, prefix: str, x: Any) -> Any:
        scale = p[f"{prefix}.weight"] / jnp.sqrt(p[f"{prefix}.running_var"] + 1e-5)
        shift = p[f"{prefix}.bias"] - p[f"{prefix}.running_mean"] * scale
        return x * scale[:, None, None] + shift[:, None, None]

    def linear(p: dict, prefix: str, x: Any) -> Any:
        return x @ p[f"{prefix}.weight"].T + p[f"{prefix}.bias"]

    def layer_norm(p: dict, prefix: str, x: Any) -> Any:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / jnp.sqrt(var + 1e-5) * p[f"{prefix}.weight"] + p[f"{prefix}.bias"]

    def attention(p: dict, prefix: str, x: Any, heads: int = 4) -> Any:
        b, t, d = x.shape
        qkv = x @ p[f"{prefix}.in_proj_weight"].T + p[f"{prefix}.in_proj_bias"]
        q, k, v = (a.reshape(b, t, heads, d // heads).transpose(0, 2, 1, 3) for a in jnp.split(qkv, 3, axis=-1))
        weights = jax.nn.softmax(q @ k.transpose(0, 1, 3, 2) / jnp.sqrt(d // heads), axis=-1)
        out = (weights @ v).transpose(0, 2, 1, 3).reshape(b, t, d)
        return out @ p[f"{prefix}.out_proj.weight"].T + p[f"{prefix}.out_proj.bias"]

    def encoder(p: dict, x: Any) -> Any:
        for i in range(2):
            prefix = f"encoder.layers.{i}"
            x = layer_norm(p, f"{prefix}.norm1", x + attention(p, f"{prefix}.self_attn", x))
            ff = linear(p, f"{prefix}.linear2", jax.nn.relu(linear(p, f"{prefix}.linear1", x)))
            x = layer_norm(p, f"{prefix}.norm2", x + ff)
        return linear(p, "head", layer_norm(p, "norm", x).mean(axis=1))

    def mlp(p: dict, x: Any) -> Any:
        for i in (0, 2):
            x = jax.nn.gelu(linear(p, str(i), x), approximate=False)
        return linear(p, "4", x)

    def resnet(p: dict, x: Any) -> Any:
        x = jax.nn.relu(bn(p, "stem.1", conv(x, p["stem.0.weight"], 1, 1)))
        for i, stride in enumerate((1, 2, 2)):
            b = f"blocks.{i}"
            y = jax.nn.relu(bn(p, f"{b}.bn1", conv(x, p[f"{b}.conv1.weight"], stride, 1)))
            y = bn(p, f"{b}.bn2", conv(y, p[f"{b}.conv2.weight"], 1, 1))
            shortcut = x if f"{b}.shortcut.0.weight" not in p else (
                bn(p, f"{b}.shortcut.1", conv(x, p[f"{b}.shortcut.0.weight"], stride, 0)))  # fmt: skip
            x = jax.nn.relu(y + shortcut)
        return linear(p, "head", x.mean(axis=(2, 3)))

    def vit(p: dict, x: Any) -> Any:
        h = conv(x, p["embed.weight"], 4, 0) + p["embed.bias"][:, None, None]
        return encoder(p, h.reshape(h.shape[0], h.shape[1], -1).transpose(0, 2, 1))

    def text_encoder(p: dict, x: Any) -> Any:
        return encoder(p, p["embed.weight"][x])

    return {"mlp": mlp, "resnet": resnet, "vit": vit, "text encoder": text_encoder}[name]


# -- measuring ---------------------------------------------------------------------------
def example(shape: tuple[int, ...], name: str) -> Any:
    import torch

    torch.manual_seed(1)
    return torch.randint(0, 1000, shape) if name == "text encoder" else torch.randn(shape)


def measure(name: str, model: Any, shape: tuple[int, ...], rounds: int, budget: float) -> dict[str, float]:
    """Transpile times and the best CPU seconds per call of every variant of one model."""
    import jax
    import jax.numpy as jnp
    import numpy as np
    import torch

    import ivy_transpiler

    x = example(shape, name)
    start = time.perf_counter()
    to_jax = ivy_transpiler.transpile(model, source="torch", target="jax", args=(x,))
    transpile_s = time.perf_counter() - start
    start = time.perf_counter()
    to_torch = ivy_transpiler.transpile(model, source="torch", target="torch", args=(x,))
    transpile_torch_s = time.perf_counter() - start
    compiled = torch.compile(model)
    xj = jnp.asarray(x.numpy())
    jitted = jax.jit(lambda m, v: m(v))
    params = {k: jnp.asarray(v.numpy()) for k, v in model.state_dict().items()}
    hand = jax.jit(hand_written_jax(name))
    with torch.no_grad():
        expected = model(x).numpy()
        variants = {
            "torch eager": lambda: model(x),
            "torch.compile": lambda: compiled(x),
            "transpiled torch": lambda: to_torch(x),
            "transpiled jax (jit)": lambda: jitted(to_jax, xj).block_until_ready(),
            "hand-written jax (jit)": lambda: hand(params, xj).block_until_ready(),
        }
        for label, run in variants.items():  # warm up (compilation), and check every variant agrees
            got = run()
            got = got.detach().numpy() if isinstance(got, torch.Tensor) else np.asarray(got)
            np.testing.assert_allclose(got, expected, rtol=2e-3, atol=2e-4, err_msg=f"{name}: {label}")
        best = {label: float("inf") for label in variants}
        for _ in range(rounds):
            for label, run in variants.items():
                best[label] = min(best[label], best_time(run, budget))
    return {"transpile jax (s)": transpile_s, "transpile torch (s)": transpile_torch_s, **best}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (a smoke run)")
    args = parser.parse_args()
    rounds, budget = (2, 0.05) if args.quick else (9, 0.3)
    pinned = pin_to_one_core()
    import torch

    torch.set_num_threads(1)
    results = {}
    for name, (model, shape) in torch_models().items():
        results[name] = measure(name, model, shape, rounds, budget)
        r = results[name]
        print(f"{name:13} transpile {r['transpile jax (s)']:.2f} s; " + ", ".join(
            f"{k} {v * 1e3:.2f} ms" for k, v in r.items() if not k.endswith("(s)")))  # fmt: skip
    write(results, pinned)


HAND = "hand-written jax (jit)"


def write(results: dict[str, dict[str, float]], pinned: str) -> None:
    ms = "| model | torch eager (ms) | torch.compile (ms) | transpiled torch (ms) | transpiled jax (ms) "
    ms += "| hand jax (ms) |"
    rows = [
        f"| {n} | {r['torch eager'] * 1e3:.3f} | {r['torch.compile'] * 1e3:.3f} | {r['transpiled torch'] * 1e3:.3f} "
        f"| {r['transpiled jax (jit)'] * 1e3:.3f} | {r['hand-written jax (jit)'] * 1e3:.3f} |"
        for n, r in results.items()
    ]

    def ratio_table(title: str, numerator: str, denominator: str) -> list[str]:
        return [
            f"**{title}**",
            "",
            "| model | ratio |",
            "|---|---:|",
            *[f"| {n} | {r[numerator] / r[denominator]:.2f} |" for n, r in results.items()],
            "",
        ]

    replace_section(
        "Transpiler",
        [
            "`python benchmarks/transpiler.py`: PyTorch models (eval mode) transpiled with `ivy_transpiler.transpile`; "
            f"inference in CPU time, one process {pinned}, one thread per framework, alternating rounds, best of each. "
            "Every variant's output is checked against the original's first. `torch.compile` uses the default "
            "inductor backend; JAX variants run under `jax.jit`; the hand-written JAX models use the torch weights.",
            "",
            "| model | transpile torch -> jax (s) | transpile torch -> torch (s) |",
            "|---|---:|---:|",
            *[f"| {n} | {r['transpile jax (s)']:.2f} | {r['transpile torch (s)']:.2f} |" for n, r in results.items()],
            "",
            ms,
            "|---|---:|---:|---:|---:|---:|",
            *rows,
            "",
            *ratio_table("Transpiled torch / original torch (goal <= 1.05)", "transpiled torch", "torch eager"),
            *ratio_table("Transpiled JAX / hand-written JAX (goal <= 1.10)", "transpiled jax (jit)", HAND),
            *ratio_table("Transpiled JAX / torch eager", "transpiled jax (jit)", "torch eager"),
            *ratio_table("Transpiled JAX / torch.compile", "transpiled jax (jit)", "torch.compile"),
        ],
    )
    print("wrote benchmarks/RESULTS.md")


if __name__ == "__main__":
    main()
