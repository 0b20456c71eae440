"""Capture of real paddle programs (stub, grown later)."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


def capture(program: Any) -> Capture:
    """Not yet implemented."""
    raise NotImplementedError("the paddle frontend's capture is not implemented yet")
