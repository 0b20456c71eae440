"""Differentiation with ``paddle.grad``, no compiler (yet).

The leaves are fresh graph leaves (``detach()`` with ``stop_gradient =
False``), so only they are differentiated: tensors the function closes over
are constants. Nesting (``ivy.grad`` of ``ivy.grad``, or leaves that already
belong to a graph) is detected, and then the graph of the derivatives is
kept (``create_graph=True``) and results are left attached; at the outermost
level they are detached.
"""

from __future__ import annotations

import threading
from typing import Any

import paddle

from ivy.plugin import hookimpl

_state = threading.local()


class _Level:
    """One level of differentiation in this thread (``depth`` counts them)."""

    def __enter__(self) -> None:
        _state.depth = getattr(_state, "depth", 0) + 1

    def __exit__(self, *exc: object) -> None:
        _state.depth -= 1


def _nested(leaves: list) -> bool:
    return getattr(_state, "depth", 0) > 0 or any(not leaf.stop_gradient for leaf in leaves)


def _input(leaf: Any, nested: bool) -> Any:
    if nested and not leaf.stop_gradient:
        return leaf.clone()  # differentiable: keeps the tie to the outer graph
    fresh = leaf.detach()
    fresh.stop_gradient = False
    return fresh


def _grads(output: Any, inputs: list, nested: bool, retain: bool = False) -> list:
    if not inputs or output.stop_gradient:
        return [paddle.zeros_like(x) for x in inputs]
    grads = paddle.grad(
        [output], inputs, create_graph=nested, retain_graph=True if retain or nested else None, allow_unused=True
    )
    return [paddle.zeros_like(x) if g is None else g for g, x in zip(grads, inputs, strict=True)]


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    nested = _nested(leaves)
    with paddle.set_grad_enabled(True), _Level():
        inputs = [_input(leaf, nested) for leaf in leaves]
        value, aux = function(inputs)
        grads = _grads(value, inputs, nested)
    if not nested:
        value, aux, grads = value.detach(), [a.detach() for a in aux], [g.detach() for g in grads]
    return value, grads, aux


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    nested = _nested(leaves)
    with paddle.set_grad_enabled(True), _Level():
        inputs = [_input(leaf, nested) for leaf in leaves]
        outputs = function(inputs)
        rows = []
        for output in outputs:
            flat = output.reshape([-1])
            per_element = [_grads(flat[k], inputs, nested, retain=True) for k in range(flat.shape[0])]
            row = []
            for j, x in enumerate(inputs):
                if per_element:
                    block = paddle.stack([grads[j] for grads in per_element])
                else:
                    block = paddle.zeros([0, *x.shape], dtype=x.dtype)
                row.append(block.reshape([*output.shape, *x.shape]))
            rows.append(row)
    if not nested:
        rows = [[block.detach() for block in row] for row in rows]
    return rows


@hookimpl
def stop_gradient(x: Any) -> Any:
    return x.detach()


@hookimpl
def jit_compile(function: Any) -> Any:
    # ``paddle.jit.to_static`` cannot trace Ivy code yet: its bytecode tracer (SOT) does not follow
    # ``ivy.Array``'s slots, its AST converter rewrites Ivy's own modules, and with those ignored the
    # backend's hooks meet static-graph values that are not among its array types. Until they are,
    # ``ivy.jit`` runs the function eagerly on this backend, and says so.
    return None
