"""NumPy has no automatic differentiation and no compiler: clear errors, and no-ops."""

from __future__ import annotations

from typing import Any

from ivy import NotImplementedByBackend
from ivy.plugin import hookimpl

_NO_AUTODIFF = "the numpy backend has no automatic differentiation; use torch, jax, tensorflow or paddle"


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    raise NotImplementedByBackend(_NO_AUTODIFF)


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    raise NotImplementedByBackend(_NO_AUTODIFF)


@hookimpl
def jit_compile(function: Any) -> Any:
    return None  # no compiler: ivy.jit runs the function as it is, and says so


@hookimpl
def stop_gradient(x: Any) -> Any:
    return x  # nothing is differentiated, so nothing to stop
