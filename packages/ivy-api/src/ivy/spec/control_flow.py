"""Structured, data-dependent control flow (Ivy extensions, main namespace).

``cond``, ``while_loop``, ``fori_loop`` and ``scan`` follow ``jax.lax``:
operands and carries are nested containers (dicts, lists, tuples, named
tuples) of arrays, and the functions given to them take and return
``ivy.Array`` leaves in the same structure. They are the core's: it
flattens the containers and hands the backend functions of flat lists of
native arrays through the optional protocol hooks ``control_cond``,
``control_while_loop`` and ``control_scan`` (:mod:`ivy.spec.backend`), so a
backend with structured control flow (``jax.lax``, ``tf.cond``...) keeps it
compilable and differentiable; a backend without them runs Python loops.
``ivy.trace_graph`` records each call as one node holding the sub-graphs of
its functions, so a graph reruns correctly when the branch taken or the
number of iterations changes.
"""

from __future__ import annotations

from collections.abc import Callable

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="control_flow", standard=False)


@spec(core="ivy._control_flow:cond")
def cond(pred: Array | bool, true_fn: Callable, false_fn: Callable, /, *operands: Any) -> Any:
    """``true_fn(*operands)`` if ``pred`` else ``false_fn(*operands)``, chosen at run time.

    ``pred`` is a boolean scalar (a 0-d array or a Python bool). Both
    functions must return the same structure of arrays with the same shapes
    and dtypes (compiling backends trace both).
    """


@spec(core="ivy._control_flow:while_loop")
def while_loop(cond_fn: Callable, body_fn: Callable, init: Any, /) -> Any:
    """Repeat ``carry = body_fn(carry)`` from ``init`` while ``cond_fn(carry)``; return the last carry.

    ``body_fn`` must return the structure, shapes and dtypes of ``init``;
    ``cond_fn`` returns a boolean scalar. Reverse-mode differentiation is
    refused where the backend cannot do it (JAX): use ``fori_loop`` with
    Python int bounds, or ``scan``.
    """


@spec(core="ivy._control_flow:fori_loop")
def fori_loop(lower: int | Array, upper: int | Array, body_fn: Callable, init: Any, /) -> Any:
    """``carry = body_fn(i, carry)`` for ``i`` from ``lower`` to ``upper - 1``; return the last carry.

    ``i`` is a 0-d integer array. With Python int bounds the loop has a fixed
    trip count and is a ``scan`` (reverse-mode differentiable everywhere);
    with array bounds it is a ``while_loop``.
    """


@spec(core="ivy._control_flow:scan")
def scan(fn: Callable, init: Any, xs: Any = None, length: int | None = None, reverse: bool = False) -> tuple:
    """Loop ``carry, y = fn(carry, x)`` over the leading axis of ``xs``; return ``(carry, ys)``.

    ``xs`` is a container of arrays sharing their leading size (or ``None``,
    then ``length`` gives the number of steps and ``x`` is ``None``); ``ys``
    stacks the ``y`` of every step along a new leading axis. ``reverse``
    walks ``xs`` from the end (``ys`` keeps ``xs``' order).
    """
