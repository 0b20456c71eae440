"""``jax.lax`` control flow on the core's ``ivy.cond``/``while_loop``/``fori_loop``/``scan``.

The user's functions take and return pytrees (dicts, lists, tuples, named
tuples) of frontend Arrays; the core's take ``ivy.Array`` leaves. The
wrappers here convert at the boundary, so a backend with structured control
flow keeps it and ``ivy.trace_graph`` records one node per loop or branch.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from typing import Any

import ivy
from ivy_frontends.jax._array import Array, operand, to_ivy


def tree_map(fn: Callable[[Any], Any], tree: Any) -> Any:
    """``fn`` on every leaf of a pytree of dicts, lists, tuples and named tuples."""
    if isinstance(tree, dict):
        return {k: tree_map(fn, v) for k, v in tree.items()}
    if isinstance(tree, tuple) and hasattr(tree, "_fields"):
        return type(tree)(*(tree_map(fn, v) for v in tree))
    if isinstance(tree, (list, tuple)):
        return type(tree)(tree_map(fn, v) for v in tree)
    return fn(tree)


def leaves(tree: Any) -> list[Any]:
    """The leaves of a pytree, in order."""
    out: list[Any] = []
    tree_map(out.append, tree)
    return out


def to_core(tree: Any) -> Any:
    """Frontend Arrays (and numbers) as ivy arrays; ``None`` stays."""
    return tree_map(lambda x: None if x is None else (x._a if isinstance(x, Array) else to_ivy(x)), tree)


def to_frontend(tree: Any) -> Any:
    """ivy arrays as frontend Arrays."""
    return tree_map(lambda x: Array(x) if isinstance(x, ivy.Array) else x, tree)


def _lift(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` of frontend values as a function of ivy values."""

    def run(*args: Any) -> Any:
        return to_core(fn(*to_frontend(args)))

    return run


def _pred(pred: Any) -> Any:
    return pred if isinstance(pred, builtins.bool) else ivy.astype(to_ivy(pred), ivy.bool)


def cond(pred: Any, true_fun: Callable[..., Any], false_fun: Callable[..., Any], *operands: Any, **kw: Any) -> Any:
    """jax.lax.cond: ``true_fun(*operands)`` if ``pred`` else ``false_fun(*operands)``."""
    return to_frontend(ivy.cond(_pred(pred), _lift(true_fun), _lift(false_fun), *to_core(operands)))


def switch(index: Any, branches: Sequence[Callable[..., Any]], *operands: Any) -> Any:
    """jax.lax.switch: ``branches[clamp(index)](*operands)``, as nested conds."""
    if not branches:
        raise ValueError("jax.lax.switch: branches must be a non-empty sequence of callables")
    i = ivy.clip(ivy.astype(to_ivy(index), ivy.int64), 0, len(branches) - 1)

    def pick(k: int) -> Callable[..., Any]:
        if k == len(branches) - 1:
            return branches[k]
        return lambda *ops: cond(Array(ivy.equal(i, k)), branches[k], pick(k + 1), *ops)

    return pick(0)(*operands)


def while_loop(cond_fun: Callable[..., Any], body_fun: Callable[..., Any], init_val: Any) -> Any:
    """jax.lax.while_loop."""
    return to_frontend(ivy.while_loop(lambda c: _pred(cond_fun(to_frontend(c))), _lift(body_fun), to_core(init_val)))


def fori_loop(lower: Any, upper: Any, body_fun: Callable[..., Any], init_val: Any, **kw: Any) -> Any:
    """jax.lax.fori_loop: ``val = body_fun(i, val)`` for ``i`` in [lower, upper)."""
    bounds = [b._a if isinstance(b, Array) else b for b in (lower, upper)]
    return to_frontend(ivy.fori_loop(*bounds, _lift(body_fun), to_core(init_val)))


def scan(
    f: Callable[..., Any],
    init: Any,
    xs: Any = None,
    length: int | None = None,
    reverse: bool = False,
    unroll: Any = 1,
    **kw: Any,
) -> Any:
    """jax.lax.scan over the leading axis of the pytree ``xs``; returns ``(carry, stacked ys)``."""
    carry, ys = ivy.scan(_lift(f), to_core(init), to_core(xs), length, builtins.bool(reverse))
    return to_frontend(carry), to_frontend(ys)


def map(f: Callable[..., Any], xs: Any, *, batch_size: int | None = None) -> Any:  # noqa: A001 - JAX's name
    """jax.lax.map: ``f`` over the leading axis of the pytree ``xs``, outputs stacked."""
    return scan(lambda c, x: (c, f(x)), (), xs)[1]


def associative_scan(fn: Callable[..., Any], elems: Any, reverse: bool = False, axis: int = 0) -> Any:
    """jax.lax.associative_scan: inclusive prefix combination along ``axis`` of a pytree of arrays."""
    flat = leaves(elems)
    moved = [ivy.moveaxis(to_ivy(operand(e)) if not isinstance(e, Array) else e._a, axis, 0) for e in flat]

    def rebuild(parts: list[Any]) -> Any:
        it = iter(parts)
        return tree_map(lambda _: next(it), elems)

    n = moved[0].shape[0]
    order = list(range(n - 1, -1, -1)) if reverse else list(range(n))
    acc = None
    outs: list[list[Any]] = []
    for i in order:
        item = rebuild([Array(m[i]) for m in moved])
        acc = item if acc is None else fn(acc, item)
        outs.append([x._a if isinstance(x, Array) else to_ivy(x) for x in leaves(acc)])
    if reverse:
        outs.reverse()
    stacked = [Array(ivy.moveaxis(ivy.stack([o[k] for o in outs]), 0, axis)) for k in range(len(flat))]
    return rebuild(stacked)
