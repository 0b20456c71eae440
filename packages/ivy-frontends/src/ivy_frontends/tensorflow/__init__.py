"""``ivy_frontends.tensorflow``: TensorFlow's API built from ``ivy`` calls only."""

from __future__ import annotations

from ivy_frontends.tensorflow._plugin import frontend

__all__ = ["frontend"]
