"""``tf.cond``, ``tf.while_loop``, ``tf.scan`` and kin on the core's structured control flow.

The functions a program gives take and return frontend Tensors; the core's ``ivy.cond``/``while_loop``/``scan``
take functions of ``ivy.Array`` leaves, so each call converts at the boundary. Higher-order helpers with no
carried state (``map_fn``, ``foldl``, ``foldr``) loop over the leading axis in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.tensorflow._tensor import Tensor, Variable, as_tensor

FUNCTIONS: dict[str, Callable[..., Any]] = {}


def register(fn: Callable[..., Any]) -> Callable[..., Any]:
    FUNCTIONS[fn.__name__] = fn
    return fn


def _is_leaf(x: Any) -> bool:
    return isinstance(x, (Tensor, Variable)) or not isinstance(x, (list, tuple, dict))


def to_ivy(tree: Any) -> Any:
    """Frontend Tensors (and Python numbers) in ``tree`` as ivy arrays, keeping the containers."""
    if isinstance(tree, dict):
        return {k: to_ivy(v) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)) and not isinstance(tree, (Tensor, Variable)):
        out = [to_ivy(v) for v in tree]
        return type(tree)(*out) if hasattr(tree, "_fields") else type(tree)(out)
    return as_tensor(tree)._ivy


def to_tf(tree: Any) -> Any:
    """ivy arrays in ``tree`` as frontend Tensors, keeping the containers."""
    if isinstance(tree, dict):
        return {k: to_tf(v) for k, v in tree.items()}
    if isinstance(tree, (list, tuple)):
        out = [to_tf(v) for v in tree]
        return type(tree)(*out) if hasattr(tree, "_fields") else type(tree)(out)
    return Tensor(tree) if tree is not None else None


def _pred(pred: Any) -> Any:
    return pred if isinstance(pred, bool) else as_tensor(pred)._ivy


@register
def cond(pred: Any, true_fn: Any = None, false_fn: Any = None, name: Any = None) -> Any:
    """tf.cond: ``true_fn()`` if ``pred`` else ``false_fn()`` (``ivy.cond``)."""
    if not callable(true_fn) or not callable(false_fn):
        raise TypeError("true_fn and false_fn must be callable.")
    return to_tf(ivy.cond(_pred(pred), lambda: to_ivy(true_fn()), lambda: to_ivy(false_fn())))


@register
def case(
    pred_fn_pairs: Any, default: Any = None, exclusive: bool = False, strict: bool = False, name: str = "case"
) -> Any:
    """tf.case: the function of the first true predicate, else ``default`` (the last function if none)."""
    pairs = list(pred_fn_pairs.items() if isinstance(pred_fn_pairs, dict) else pred_fn_pairs)
    if not pairs:
        raise ValueError("pred_fn_pairs must not be empty")
    if exclusive:
        hits = sum(bool(as_tensor(p)) for p, _ in pairs)
        if hits > 1:
            from ivy_frontends.tensorflow._tensor import InvalidArgumentError

            raise InvalidArgumentError("Input error: exclusive=True and more than 1 conditions evaluated as True")
    fallback = default if default is not None else pairs[-1][1]
    if default is None:
        pairs = pairs[:-1]
    out = fallback
    for p, fn in reversed(pairs):

        def out(p=p, fn=fn, rest=out):
            return cond(p, fn, rest)

    return out()


@register
def switch_case(branch_index: Any, branch_fns: Any, default: Any = None, name: str = "switch_case") -> Any:
    """tf.switch_case: ``branch_fns[branch_index]()``; out of range runs ``default`` (the last branch if None)."""
    fns = dict(branch_fns) if isinstance(branch_fns, dict) else dict(enumerate(branch_fns))
    idx = as_tensor(branch_index)
    out = default if default is not None else fns[max(fns)]
    for k in sorted(fns, reverse=True):
        hit = Tensor(ivy.equal(idx._ivy, ivy.asarray(k, dtype=idx._ivy.dtype)))

        def out(h=hit, fn=fns[k], rest=out):
            return cond(h, fn, rest)

    return out()


#: the loop options TF accepts and this frontend ignores (it runs eagerly, with no parallel iterations to tune)
_LOOP = {"parallel_iterations": 10, "back_prop": True, "swap_memory": False}


def _while_loop(cond: Any, body: Any, loop_vars: Any, maximum_iterations: Any) -> Any:
    """tf.while_loop: ``loop_vars = body(*loop_vars)`` while ``cond(*loop_vars)`` (``ivy.while_loop``)."""
    single = not isinstance(loop_vars, (list, tuple))
    init = [loop_vars] if single else list(loop_vars)
    kind = type(loop_vars) if not single else list
    limit = None if maximum_iterations is None else int(as_tensor(maximum_iterations))

    def pack(vals: list[Any]) -> Any:
        vals = to_tf(vals)
        return vals if kind is list else kind(vals)

    def c(carry: Any) -> Any:
        i, vals = carry
        ok = as_tensor(cond(*pack(vals)))._ivy
        if limit is not None:
            ok = ivy.logical_and(ok, ivy.less(i, ivy.asarray(limit, dtype=i.dtype)))
        return ok

    def b(carry: Any) -> Any:
        i, vals = carry
        new = body(*pack(vals))
        new = [new] if single or not isinstance(new, (list, tuple)) else list(new)
        if len(new) != len(vals):
            raise ValueError(f"The two structures don't have the same number of elements: {len(vals)} and {len(new)}")
        return i + 1, [
            ivy.astype(to_ivy(n), v.dtype) if not isinstance(v, (list, tuple, dict)) else to_ivy(n)
            for n, v in zip(new, vals, strict=True)
        ]

    _, out = ivy.while_loop(c, b, (ivy.asarray(0, dtype=ivy.int32), to_ivy(init)))
    out = pack(out)
    return out[0] if single else out


_WHILE = params("cond", "body", "loop_vars", shape_invariants=None, **_LOOP, maximum_iterations=None, name=None)
while_loop = register(signed("while_loop", _WHILE, _while_loop))


def _leading(elems: Any) -> tuple[list[Any], Any]:
    """The leaves of ``elems`` as ivy arrays and a function rebuilding its structure from leaves."""
    if isinstance(elems, (list, tuple)) and not isinstance(elems, (Tensor, Variable)):
        leaves = [as_tensor(e)._ivy for e in elems]
        kind = type(elems)
        return leaves, (lambda xs: kind(Tensor(x) for x in xs))
    return [as_tensor(elems)._ivy], (lambda xs: Tensor(xs[0]))


def _scan(fn: Any, elems: Any, initializer: Any, reverse: bool) -> Any:
    """tf.scan: ``acc = fn(acc, x)`` over the leading axis, every ``acc`` stacked (``ivy.scan``)."""
    leaves, rebuild = _leading(elems)
    first = None
    if initializer is None:
        at = -1 if reverse else 0
        first = to_ivy(rebuild([x[at] for x in leaves]))
        leaves = [x[:-1] if reverse else x[1:] for x in leaves]
        init = first
    else:
        init = to_ivy(initializer)

    def step(carry: Any, xs: Any) -> Any:
        new = to_ivy(fn(to_tf(carry), rebuild(xs)))
        return new, new

    _, ys = ivy.scan(step, init, leaves, reverse=bool(reverse))
    if first is not None:
        join = (
            (lambda f, y: ivy.concat([y, ivy.expand_dims(f, axis=0)], axis=0))
            if reverse
            else (lambda f, y: ivy.concat([ivy.expand_dims(f, axis=0), y], axis=0))
        )
        ys = _zip_map(join, first, ys)
    return to_tf(ys)


_SCAN = params("fn", "elems", initializer=None, **_LOOP, infer_shape=True, reverse=False, name=None)
scan = register(signed("scan", _SCAN, _scan))


def _zip_map(fn: Any, a: Any, b: Any) -> Any:
    if isinstance(a, (list, tuple)):
        out = [_zip_map(fn, x, y) for x, y in zip(a, b, strict=True)]
        return type(a)(out)
    if isinstance(a, dict):
        return {k: _zip_map(fn, a[k], b[k]) for k in a}
    return fn(a, b)


def _fold(fn: Any, elems: Any, initializer: Any, reverse: bool) -> Any:
    """``acc = fn(acc, x)`` over the leading axis, from the first element on or (``reverse``) the last back."""
    leaves, rebuild = _leading(elems)
    n = leaves[0].shape[0]
    order = list(range(n - 1, -1, -1)) if reverse else list(range(n))
    if initializer is None:
        acc, order = rebuild([x[order[0]] for x in leaves]), order[1:]
    else:
        acc = to_tf(to_ivy(initializer))
    for i in order:
        acc = fn(acc, rebuild([x[i] for x in leaves]))
    return acc


def _folder(label: str, reverse: bool, doc: str) -> Callable[..., Any]:
    """``tf.foldl``/``tf.foldr``: ``_fold`` in one direction with TF's signature."""
    sig = params("fn", "elems", initializer=None, **_LOOP, name=None)
    return register(signed(label, sig, lambda fn, elems, initializer: _fold(fn, elems, initializer, reverse), doc))


foldl = _folder("foldl", False, "tf.foldl: ``acc = fn(acc, x)`` from the first element on.")
foldr = _folder("foldr", True, "tf.foldr: ``acc = fn(acc, x)`` from the last element back.")


def _map_fn(fn: Any, elems: Any) -> Any:
    """tf.map_fn: ``fn`` on each slice along the leading axis, the results stacked."""
    leaves, rebuild = _leading(elems)
    outs = [to_ivy(fn(rebuild([x[i] for x in leaves]))) for i in range(leaves[0].shape[0])]
    if not outs:
        raise ValueError("map_fn of zero elements needs fn_output_signature")

    def stack(*items: Any) -> Any:
        first = items[0]
        if isinstance(first, (list, tuple)):
            return type(first)(stack(*parts) for parts in zip(*items, strict=True))
        if isinstance(first, dict):
            return {k: stack(*[it[k] for it in items]) for k in first}
        return ivy.stack(list(items), axis=0)

    return to_tf(stack(*outs))


_MAP_LOOP = {**_LOOP, "parallel_iterations": None}  # map_fn's own default
_MAP = params("fn", "elems", dtype=None, **_MAP_LOOP, infer_shape=True, name=None, fn_output_signature=None)
map_fn = register(signed("map_fn", _MAP, _map_fn))


@register
def vectorized_map(fn: Any, elems: Any, fallback_to_while_loop: bool = True, warn: bool = True) -> Any:
    """tf.vectorized_map: the results of ``map_fn`` (the frontend does not vectorize ``fn``)."""
    return map_fn(fn, elems)
