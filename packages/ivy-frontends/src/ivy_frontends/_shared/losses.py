"""Loss formulas that several frontends expose under their own names and reductions."""

from __future__ import annotations

import math
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


def poisson_nll(x: Any, t: Any, log_input: bool, full: bool, eps: float) -> Any:
    """Unreduced Poisson negative log-likelihood of target ``t``: ``exp(x) - t x`` (or ``x - t log(x + eps)``).

    ``full`` adds Stirling's ``t log t - t + log(2 pi t) / 2`` where ``t > 1``, as torch and Paddle do
    (computed on ``max(t, 1)``, so that no log of zero is taken).
    """
    if log_input:
        loss = ivy.subtract(ivy.exp(x), ivy.multiply(t, x))
    else:
        loss = ivy.subtract(x, ivy.multiply(t, ivy.log(ivy.add(x, eps))))
    if not full:
        return loss
    safe = ivy.where(ivy.greater(t, 1), t, ivy.ones_like(t))
    stirling = ivy.add(
        ivy.subtract(ivy.multiply(safe, ivy.log(safe)), safe),
        ivy.multiply(ivy.log(ivy.multiply(safe, 2 * math.pi)), 0.5),
    )
    return ivy.add(loss, ivy.where(ivy.greater(t, 1), stirling, ivy.zeros_like(stirling)))
