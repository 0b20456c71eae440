"""JAX as a source: functions, flax ``nnx.Module``s and bound flax ``linen`` modules (see the jax frontend)."""

from __future__ import annotations

from ivy_transpiler._sources import Source

SOURCE = Source("jax", modules=("jax", "jaxlib", "flax"))
