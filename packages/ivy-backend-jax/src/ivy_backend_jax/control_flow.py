"""Structured control flow with ``jax.lax``: compilable and (but for while_loop) reverse differentiable."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import jax

from ivy import NotImplementedByBackend
from ivy.plugin import hookimpl
from ivy_backend_jax._common import x64_scope


@hookimpl
def control_cond(pred: Any, true_fn: Any, false_fn: Any, operands: list) -> list:
    with x64_scope():
        return list(jax.lax.cond(pred, lambda ops: list(true_fn(ops)), lambda ops: list(false_fn(ops)), list(operands)))


@hookimpl
def control_while_loop(cond_fn: Any, body_fn: Any, carry: list) -> list:
    with x64_scope():
        return list(jax.lax.while_loop(cond_fn, lambda c: list(body_fn(c)), list(carry)))


@hookimpl
def control_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    def step(c: list, x: list) -> tuple:
        new_carry, y = fn(list(c), list(x))
        return list(new_carry), list(y)

    with x64_scope():
        new_carry, ys = jax.lax.scan(step, list(carry), list(xs), length=length, reverse=reverse)
    return list(new_carry), list(ys)


@contextlib.contextmanager
def while_loop_refused() -> Iterator[None]:
    """JAX cannot reverse-differentiate ``lax.while_loop``: say so in Ivy's words."""
    try:
        yield
    except ValueError as error:
        if "Reverse-mode differentiation does not work for lax.while_loop" not in str(error):
            raise
        raise NotImplementedByBackend(
            "ivy.while_loop (and ivy.fori_loop with array bounds) cannot be differentiated in reverse mode on "
            "the jax backend (jax.lax.while_loop); use ivy.fori_loop with int bounds, or ivy.scan"
        ) from None
