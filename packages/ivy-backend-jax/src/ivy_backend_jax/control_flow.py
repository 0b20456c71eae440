"""Structured control flow with ``jax.lax``: compilable and (but for while_loop) reverse differentiable.

``jax.lax`` compiles its functions on every eager call (about half a second
each); on concrete values (no tracer among the arguments, as outside
``jax.jit`` and the transformations) the same loops run eagerly in Python.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import jax

from ivy import NotImplementedByBackend
from ivy.plugin import hookimpl
from ivy_backend_jax._common import x64_scope


def _staged(*natives: Any) -> bool:
    """Whether a JAX transformation traces these arrays (then the control flow must be ``lax``'s)."""
    return any(isinstance(n, jax.core.Tracer) for n in natives)


@hookimpl
def control_cond(pred: Any, true_fn: Any, false_fn: Any, operands: list) -> list:
    if not _staged(pred):
        return list((true_fn if bool(pred) else false_fn)(list(operands)))
    with x64_scope():
        return list(jax.lax.cond(pred, lambda ops: list(true_fn(ops)), lambda ops: list(false_fn(ops)), list(operands)))


@hookimpl
def control_while_loop(cond_fn: Any, body_fn: Any, carry: list) -> list:
    if not _staged(*carry):
        carry = list(carry)
        while True:
            done = cond_fn(carry)
            if _staged(done):  # the condition closes over traced values
                break
            if not bool(done):
                return carry
            carry = list(body_fn(carry))
    with x64_scope():
        return list(jax.lax.while_loop(cond_fn, lambda c: list(body_fn(c)), list(carry)))


@hookimpl
def control_scan(fn: Any, carry: list, xs: list, length: int, reverse: bool) -> tuple:
    def step(c: list, x: list) -> tuple:
        new_carry, y = fn(list(c), list(x))
        return list(new_carry), list(y)

    with x64_scope():
        if not _staged(*carry, *xs) and length:
            new_carry, outputs = list(carry), []
            for i in reversed(range(length)) if reverse else range(length):
                new_carry, y = step(new_carry, [x[i] for x in xs])
                if _staged(*new_carry, *y):  # the step closes over traced values: stage the whole scan
                    break
                outputs.append(y)
            else:
                if reverse:
                    outputs.reverse()
                return new_carry, [jax.numpy.stack(column) for column in zip(*outputs, strict=True)]
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
