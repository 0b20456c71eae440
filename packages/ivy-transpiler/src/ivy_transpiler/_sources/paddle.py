"""paddle as a source: ``nn.Layer`` models (trainable parameters by name) and functions (see the paddle frontend)."""

from __future__ import annotations

from ivy_transpiler._sources import Source

SOURCE = Source("paddle")
