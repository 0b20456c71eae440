"""Differentiation on ``mx.value_and_grad``/``mx.vjp``, compilation on ``mx.compile``."""

from __future__ import annotations

from typing import Any

import mlx.core as mx

from ivy.plugin import hookimpl


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    aux_box: list = []

    def scalar(values: list) -> Any:
        value, aux = function(list(values))
        aux_box[:] = [mx.stop_gradient(a) if isinstance(a, mx.array) else a for a in aux]
        return value

    value, grads = mx.value_and_grad(scalar)(list(leaves))
    return value, list(grads), list(aux_box)


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    outputs = function(list(leaves))
    jacobian = []
    for i, out in enumerate(outputs):
        rows = []
        for k in range(out.size):
            cotangent = mx.zeros(out.size, dtype=out.dtype).at[k].add(1).reshape(out.shape)

            def pick(*values: Any, i: int = i) -> Any:
                return [function(list(values))[i]]

            _, grads = mx.vjp(pick, list(leaves), [cotangent])
            rows.append(grads)
        jacobian.append(
            [
                mx.stack([r[j] for r in rows]).reshape(tuple(out.shape) + tuple(leaf.shape))
                for j, leaf in enumerate(leaves)
            ]
            if rows
            else [mx.zeros(tuple(out.shape) + tuple(leaf.shape), dtype=leaf.dtype) for leaf in leaves]
        )
    return jacobian


@hookimpl
def jit_compile(function: Any) -> Any:
    """``mx.compile``; a function that needs a value while tracing (a data-dependent loop or
    branch: MLX compiles no control flow) runs eagerly from then on, with the same results."""
    compiled = mx.compile(lambda *arrays: list(function(*arrays)))
    eager = [False]

    def run(*arrays: Any) -> Any:
        if not eager[0]:
            try:
                return compiled(*arrays)
            except ValueError as error:
                if "eval" not in str(error):
                    raise
                eager[0] = True
        return list(function(*arrays))

    return run


@hookimpl
def stop_gradient(x: Any) -> Any:
    return mx.stop_gradient(x)
