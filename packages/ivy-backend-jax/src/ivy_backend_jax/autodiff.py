"""Differentiation with ``jax.value_and_grad`` / ``jax.jacrev``, compilation with ``jax.jit``.

JAX's transformations nest by themselves (tracers of the outer level flow
through the inner one) and treat values the function closes over as
constants, which is the contract. Everything runs in the 64-bit scope, as
every hook of this backend does.
"""

from __future__ import annotations

from typing import Any

import jax

from ivy.plugin import hookimpl
from ivy_backend_jax._common import x64_scope
from ivy_backend_jax.control_flow import while_loop_refused


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    with x64_scope(), while_loop_refused():
        (value, aux), grads = jax.value_and_grad(lambda xs: function(list(xs)), has_aux=True)(list(leaves))
    return value, list(grads), list(aux)


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    with x64_scope(), while_loop_refused():
        rows = jax.jacrev(lambda xs: function(list(xs)))(list(leaves))
    return [list(row) for row in rows]


@hookimpl
def stop_gradient(x: Any) -> Any:
    return jax.lax.stop_gradient(x)


@hookimpl
def jit_compile(function: Any) -> Any:
    compiled = jax.jit(function)

    def run(*arrays: Any) -> Any:
        with x64_scope():
            return compiled(*arrays)

    return run
