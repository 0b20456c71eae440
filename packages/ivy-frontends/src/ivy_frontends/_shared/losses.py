"""Loss formulas that several frontends expose under their own names and reductions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy


def p_distance(p: float, eps: float) -> Callable[[Any, Any], Any]:
    """``d(x, y) = ||x - y + eps||_p`` over the last axis (torch's and Paddle's ``pairwise_distance``)."""

    def distance(x: Any, y: Any) -> Any:
        return ivy.linalg.vector_norm(
            ivy.add(ivy.subtract(x, y), ivy.asarray(eps, dtype=x.dtype)), axis=-1, ord=float(p)
        )

    return distance


def triplet_margin(
    anchor: Any, positive: Any, negative: Any, margin: float, swap: bool, distance: Callable[[Any, Any], Any]
) -> Any:
    """Unreduced ``max(d(a, p) - d(a, n) + margin, 0)``; ``swap`` uses ``d(p, n)`` where it is the smaller."""
    d_pos, d_neg = distance(anchor, positive), distance(anchor, negative)
    if swap:
        d_neg = ivy.minimum(d_neg, distance(positive, negative))
    return ivy.maximum(
        ivy.add(ivy.subtract(d_pos, d_neg), ivy.asarray(margin, dtype=d_pos.dtype)), ivy.zeros_like(d_pos)
    )
