"""``ivy_frontends.paddle``: PaddlePaddle's API built from ``ivy`` calls only."""

from __future__ import annotations

from ivy_frontends.paddle._plugin import frontend

__all__ = ["frontend"]
