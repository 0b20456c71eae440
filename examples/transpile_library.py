"""Use a PyTorch library from JAX: kornia transpiled lazily, function by function.

    pip install torch==2.13.0 kornia ivy-api ivy-backend-torch ivy-backend-jax ivy-frontends ivy-transpiler
    python examples/transpile_library.py

``ivy.transpile(kornia, source="torch", target="jax")`` returns at once: a lazy
view of the library. Each kornia function you reach through it is transpiled
on its first call, with that call's JAX arrays as the example inputs, checked
against kornia itself, and kept; later calls with the same shapes run the
JAX program directly (and can go under ``jax.jit``). The script runs a few
filters, colour conversions and geometric transforms on a JAX image and prints
how far each is from kornia's own result in PyTorch.
"""

from __future__ import annotations

import time

import kornia
import numpy as np
import torch

import ivy


def main() -> None:
    import jax
    import jax.numpy as jnp

    kornia_jax = ivy.transpile(kornia, source="torch", target="jax")
    print(kornia_jax)
    image = torch.rand(2, 3, 32, 32, generator=torch.Generator().manual_seed(0))
    angle = torch.tensor([30.0, -45.0])
    calls = {
        "filters.gaussian_blur2d": ((image, (5, 5), (1.5, 1.5)), {}),
        "filters.sobel": ((image,), {}),
        "color.rgb_to_grayscale": ((image,), {}),
        "color.rgb_to_hsv": ((image,), {}),
        "geometry.transform.rotate": ((image, angle), {}),
        "enhance.adjust_contrast": ((image, 0.7), {}),
    }
    for path, (args, kwargs) in calls.items():
        ours, theirs = kornia_jax, kornia
        for part in path.split("."):
            ours, theirs = getattr(ours, part), getattr(theirs, part)
        jax_args = [jnp.asarray(a.numpy()) if isinstance(a, torch.Tensor) else a for a in args]
        start = time.perf_counter()
        result = ours(*jax_args, **kwargs)  # first call: transpiled here, then kept
        first = time.perf_counter() - start
        expected = theirs(*args, **kwargs).numpy()
        error = float(np.abs(np.asarray(result) - expected).max())
        print(f"kornia.{path:28} max |jax - kornia| {error:.1e}   first call {first:.2f} s")
    blur = jax.jit(lambda x: kornia_jax.filters.gaussian_blur2d(x, (5, 5), (1.5, 1.5)))
    print("under jax.jit:", blur(jnp.asarray(image.numpy())).shape)


if __name__ == "__main__":
    main()
