"""NumPy as a source: functions only (NumPy has no models)."""

from __future__ import annotations

from ivy_transpiler._sources import Source

SOURCE = Source("numpy")
