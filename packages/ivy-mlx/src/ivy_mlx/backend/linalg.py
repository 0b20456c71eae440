"""Linear algebra on ``mlx.core.linalg`` (MLX's decompositions run on the CPU stream)."""

from __future__ import annotations

from typing import Any

import mlx.core as mx

from ivy.plugin import hookimpl

_CPU = mx.cpu


@hookimpl
def linalg_inv(x: Any) -> Any:
    return mx.linalg.inv(x, stream=_CPU)


@hookimpl
def linalg_cholesky(x: Any, upper: Any) -> Any:
    return mx.linalg.cholesky(x, upper=upper, stream=_CPU)


@hookimpl
def linalg_solve(x1: Any, x2: Any) -> Any:
    return mx.linalg.solve(x1, x2, stream=_CPU)


@hookimpl
def linalg_outer(x1: Any, x2: Any) -> Any:
    return mx.outer(x1, x2)


@hookimpl
def linalg_cross(x1: Any, x2: Any, axis: Any) -> Any:
    return mx.linalg.cross(x1, x2, axis=axis)
