"""Capture of real JAX programs (placeholder)."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


def capture(program: Any, *example_args: Any) -> Capture:
    """Not yet available."""
    raise NotImplementedError("ivy_frontends.jax: capture is not implemented yet")
