"""``paddle.nn`` of the frontend: its ``functional`` namespace (layers are captured from real paddle)."""

from __future__ import annotations

from ivy_frontends.paddle.nn import functional

__all__ = ["functional"]
