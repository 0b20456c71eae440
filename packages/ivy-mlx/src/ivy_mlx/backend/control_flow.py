"""Structured control flow as Python loops: MLX builds its graph lazily from Python, so a
loop over evaluated predicates is what MLX code itself writes (``mx.compile`` traces
through a loop of static length, as in ``control_scan``)."""

from __future__ import annotations

from typing import Any

import mlx.core as mx

from ivy.plugin import hookimpl


@hookimpl
def control_cond(pred: Any, true_fn: Any, false_fn: Any, operands: list) -> list:
    return list((true_fn if bool(pred) else false_fn)(list(operands)))


@hookimpl
def control_while_loop(cond_fn: Any, body_fn: Any, carry: list) -> list:
    carry = list(carry)
    while bool(cond_fn(carry)):
        carry = list(body_fn(carry))
    return carry


@hookimpl
def control_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    carry, outputs = list(carry), []
    for i in reversed(range(length)) if reverse else range(length):
        carry, y = fn(carry, [x[i] for x in xs])
        carry = list(carry)
        outputs.append(list(y))
    if reverse:
        outputs.reverse()
    if not outputs:  # no step: the outputs' shapes come from one step on zeros, with no value kept
        probe = fn(list(carry), [mx.zeros(x.shape[1:], dtype=x.dtype) for x in xs])[1]
        return carry, [mx.zeros((0, *y.shape), dtype=y.dtype) for y in probe]
    return carry, [mx.stack(column) for column in zip(*outputs, strict=True)]
