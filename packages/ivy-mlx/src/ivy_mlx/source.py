"""The MLX transpiler source: recognises MLX programs and arrays (imports no framework)."""

from ivy_transpiler.plugin import Source

SOURCE = Source("mlx", modules=("mlx",))
