"""torch as a source: its tensors as NumPy arrays (detached, on the CPU; bfloat16 widened)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy_transpiler._sources import Source


class TorchSource(Source):
    """torch programs; models and their native runs come from the torch frontend."""

    def to_numpy(self, value: Any) -> np.ndarray:
        """A tensor as a NumPy array; NumPy has no bfloat16, so those become float32."""
        value = value.detach().cpu()
        if str(value.dtype) == "torch.bfloat16":
            value = value.float()
        return value.numpy()


SOURCE = TorchSource("torch")
