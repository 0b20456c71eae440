"""``jax.scipy`` on ivy: ``linalg``, ``special`` and ``stats``."""

from __future__ import annotations

from ivy_frontends.jax.scipy import linalg, special, stats

__all__ = ["linalg", "special", "stats"]
