"""``cond``, ``while_loop``, ``fori_loop`` and ``scan``: the core's part.

The core flattens operands and carries (nested containers, as in
:mod:`ivy._autodiff`) to lists of native arrays and wraps the user's
functions into functions of such lists, which rebuild the containers with
``ivy.Array`` leaves, call the user's function and check what it returns.
The backend runs them with its structured control flow through the optional
protocol hooks ``control_cond``, ``control_while_loop`` and ``control_scan``;
without them the core runs Python loops (the composite default). While
``ivy.trace_graph`` records, each call becomes one node holding the
sub-graphs of its functions (:mod:`ivy.tracer.control_flow`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ivy import _dispatch
from ivy._array import Array
from ivy._autodiff import flatten, unflatten
from ivy._errors import IvyTypeError, IvyValueError


class _Tree:
    """A container's array leaves as natives, and how to rebuild it around new ones."""

    def __init__(self, tree: Any, ops: Any, where: str, what: str):
        leaves, self.treedef = flatten(tree)
        self.positions: list[int] = []
        self.natives: list = []
        self.leaves = leaves
        for position, leaf in enumerate(leaves):
            native = _leaf_native(leaf, ops, where, f"leaf {position} of {what}")
            if native is not None:
                self.positions.append(position)
                self.natives.append(native)
        self.signature = [(tuple(ops.shape_of(n)), ops.dtype_of(n)) for n in self.natives]

    def rebuild(self, natives: list) -> Any:
        leaves = list(self.leaves)
        for position, native in zip(self.positions, natives, strict=True):
            leaves[position] = Array(native)
        return unflatten(self.treedef, leaves)


def _leaf_native(leaf: Any, ops: Any, where: str, what: str) -> Any:
    """A leaf's native array; ``None`` for a ``None`` leaf (kept as it is)."""
    import ivy

    if leaf is None:
        return None
    if isinstance(leaf, Array):
        return leaf._data
    if ops.owns(leaf):
        return leaf
    if isinstance(leaf, (bool, int, float, complex)) or hasattr(leaf, "__array__") or hasattr(leaf, "__dlpack__"):
        return ivy.asarray(leaf)._data
    raise IvyTypeError(f"{where}: {what} must be an array (or a number, or None), got {type(leaf).__name__}")


def _check_callable(fn: Any, where: str, name: str) -> None:
    if not callable(fn):
        raise IvyTypeError(f"{where}: argument '{name}' must be callable, got {type(fn).__name__}")


class _Wrapped:
    """A user's function as a function of flat native lists; remembers its output's structure."""

    def __init__(self, fn: Callable, where: str, name: str, ops: Any):
        self.fn, self.where, self.name, self.ops = fn, where, name, ops
        self.out: _Tree | None = None

    def outputs(self, result: Any, expected: _Tree | None = None) -> list:
        out = _Tree(result, self.ops, self.where, f"the result of {self.name}")
        if expected is not None:
            self._match(out, expected)
        elif self.out is not None:
            self._match(out, self.out)
        self.out = out
        return out.natives

    def _match(self, out: _Tree, expected: _Tree) -> None:
        if out.treedef != expected.treedef or out.positions != expected.positions:
            raise IvyTypeError(
                f"{self.where}: {self.name} must return the structure {_describe(expected)}, got {_describe(out)}"
            )
        for i, (got, want) in enumerate(zip(out.signature, expected.signature, strict=True)):
            if got[0] != want[0] or got[1] != want[1]:
                ops = self.ops
                raise IvyTypeError(
                    f"{self.where}: leaf {i} of the result of {self.name} has shape {got[0]} and dtype "
                    f"{ops.from_native_dtype.get(got[1], got[1])}; expected shape {want[0]} and dtype "
                    f"{ops.from_native_dtype.get(want[1], want[1])} (as in the carry it replaces)"
                )


def _describe(tree: _Tree) -> str:
    return repr(unflatten(tree.treedef, ["*" if i in tree.positions else None for i in range(len(tree.leaves))]))


def _predicate(value: Any, ops: Any, where: str, what: str) -> Any:
    """A boolean scalar as a native array (Python bools stay Python bools)."""
    import ivy

    if isinstance(value, bool):
        return value
    if isinstance(value, Array):
        native = value._data
    elif ops.owns(value):
        native = value
    else:
        raise IvyTypeError(f"{where}: {what} must be a boolean scalar array or a bool, got {type(value).__name__}")
    dtype, shape = ops.from_native_dtype.get(ops.dtype_of(native)), tuple(ops.shape_of(native))
    if dtype is None or not ivy.isdtype(dtype, "bool") or shape != ():
        raise IvyTypeError(f"{where}: {what} must be a boolean scalar (shape ()), got {dtype} of shape {shape}")
    return native


def _tracing(ops: Any) -> Any:
    """The tape recording the current call at its top level, or ``None``."""
    from ivy.tracer.recording import TracingOps

    if isinstance(ops, TracingOps) and not ops._tape.depth:
        return ops._tape
    return None


# -- running on flat lists of natives: the backend's hook, or Python loops ------------------------


def run_cond(ops: Any, pred: Any, true_fn: Callable, false_fn: Callable, operands: list) -> list:
    if "control_cond" in ops.implemented:
        return list(ops.control_cond(pred, true_fn, false_fn, list(operands)))
    return list((true_fn if bool(pred) else false_fn)(list(operands)))


def run_while_loop(ops: Any, cond_fn: Callable, body_fn: Callable, carry: list) -> list:
    if "control_while_loop" in ops.implemented:
        return list(ops.control_while_loop(cond_fn, body_fn, list(carry)))
    carry = list(carry)
    while bool(cond_fn(carry)):
        carry = list(body_fn(carry))
    return carry


def run_scan(ops: Any, fn: Callable, carry: list, xs: list, length: int, reverse: bool) -> tuple[list, list]:
    if "control_scan" in ops.implemented:
        carry, ys = ops.control_scan(fn, list(carry), list(xs), length, reverse)
        return list(carry), list(ys)
    import ivy

    carry, steps = list(carry), []
    for i in reversed(range(length)) if reverse else range(length):
        carry, y = fn(carry, [ops.getitem(x, i) for x in xs])
        steps.append(y)
    if reverse:
        steps.reverse()
    if steps:
        ys = [ivy.stack([Array(step[j]) for step in steps], axis=0)._data for j in range(len(steps[0]))]
    else:  # no step: the outputs' shapes come from one call on zeros
        _, y = fn(carry, [ivy.zeros(tuple(ops.shape_of(x))[1:], dtype=Array(x).dtype)._data for x in xs])
        ys = [ivy.zeros((0, *tuple(ops.shape_of(v))), dtype=Array(v).dtype)._data for v in y]
    return list(carry), ys


# -- public functions -----------------------------------------------------------------------------


def cond(pred: Any, true_fn: Callable, false_fn: Callable, /, *operands: Any) -> Any:
    where = "ivy.cond"
    _check_callable(true_fn, where, "true_fn")
    _check_callable(false_fn, where, "false_fn")
    ops = _dispatch.ops()
    native_pred = _predicate(pred, ops, where, "pred")
    if isinstance(native_pred, bool):  # known now: no control flow to stage
        return (true_fn if native_pred else false_fn)(*operands)
    tree = _Tree(operands, ops, where, "operands")
    branches = [_Wrapped(fn, where, name, ops) for fn, name in ((true_fn, "true_fn"), (false_fn, "false_fn"))]

    def branch(wrapped: _Wrapped, other: _Wrapped) -> Callable:
        return lambda natives: wrapped.outputs(wrapped.fn(*tree.rebuild(natives)), other.out)

    true_native, false_native = branch(branches[0], branches[1]), branch(branches[1], branches[0])
    tape = _tracing(ops)
    if tape is not None:
        from ivy.tracer.control_flow import record

        natives = record(tape, "cond", [true_native, false_native], native_pred, tree.natives)
    else:
        natives = run_cond(ops, native_pred, true_native, false_native, tree.natives)
    out = branches[0].out or branches[1].out
    return out.rebuild(natives)


def while_loop(cond_fn: Callable, body_fn: Callable, init: Any, /) -> Any:
    where = "ivy.while_loop"
    _check_callable(cond_fn, where, "cond_fn")
    _check_callable(body_fn, where, "body_fn")
    ops = _dispatch.ops()
    tree = _Tree(init, ops, where, "init")
    body = _Wrapped(body_fn, where, "body_fn", ops)

    def cond_native(natives: list) -> Any:
        return _predicate(cond_fn(tree.rebuild(natives)), ops, where, "the result of cond_fn")

    def body_native(natives: list) -> list:
        return body.outputs(body_fn(tree.rebuild(natives)), tree)

    tape = _tracing(ops)
    if tape is not None:
        from ivy.tracer.control_flow import record

        natives = record(tape, "while_loop", [cond_native, body_native], tree.natives)
    else:
        natives = run_while_loop(ops, cond_native, body_native, tree.natives)
    return tree.rebuild(natives)


def scan(fn: Callable, init: Any, xs: Any = None, length: int | None = None, reverse: bool = False) -> tuple:
    where = "ivy.scan"
    _check_callable(fn, where, "fn")
    if not isinstance(reverse, bool):
        raise IvyTypeError(f"{where}: argument 'reverse' must be a bool, got {type(reverse).__name__}")
    if length is not None and (isinstance(length, bool) or not isinstance(length, int) or length < 0):
        raise IvyTypeError(f"{where}: argument 'length' must be None or a non-negative int, got {length!r}")
    ops = _dispatch.ops()
    carry_tree = _Tree(init, ops, where, "init")
    xs_tree = _Tree(xs, ops, where, "xs")
    sizes = {tuple(ops.shape_of(x))[:1] for x in xs_tree.natives}
    if any(size == () for size in sizes):
        raise IvyValueError(f"{where}: every array of xs needs a leading axis to scan over; got a 0-d array")
    sizes = {size[0] for size in sizes}
    if len(sizes) > 1 or (length is not None and sizes and sizes != {length}):
        given = f" and length={length}" if length is not None else ""
        raise IvyValueError(
            f"{where}: the arrays of xs must share their leading size{given}; got sizes {sorted(sizes)}"
        )
    if not sizes and length is None:
        raise IvyValueError(f"{where}: without arrays in xs, argument 'length' gives the number of steps")
    steps = length if length is not None else next(iter(sizes))
    wrapped = _Wrapped(fn, where, "fn", ops)
    x_leaves = [_Slice() if i in xs_tree.positions else leaf for i, leaf in enumerate(xs_tree.leaves)]
    outputs: dict[str, _Tree] = {}

    def fn_native(carry: list, x: list) -> tuple[list, list]:
        result = fn(carry_tree.rebuild(carry), _slice_tree(xs_tree, x_leaves, x))
        if not (isinstance(result, tuple) and len(result) == 2):
            raise IvyTypeError(f"{where}: fn must return a pair (carry, y), got {type(result).__name__}")
        new_carry = wrapped.outputs(result[0], carry_tree)
        y = _Tree(result[1], ops, where, "the y returned by fn")
        if "y" in outputs:
            _Wrapped(fn, where, "fn (its y)", ops)._match(y, outputs["y"])
        outputs["y"] = y
        return new_carry, y.natives

    tape = _tracing(ops)
    if tape is not None:
        from ivy.tracer.control_flow import record

        carry, ys = record(tape, "scan", [fn_native], carry_tree.natives, xs_tree.natives, steps, reverse)
    else:
        carry, ys = run_scan(ops, fn_native, carry_tree.natives, xs_tree.natives, steps, reverse)
    if "y" not in outputs:  # a backend that never called fn (no step, native scan): one call on zeros
        run_scan(_NoHooks(ops), fn_native, carry_tree.natives, xs_tree.natives, 0, reverse)
    return carry_tree.rebuild(carry), outputs["y"].rebuild(ys)


class _Slice:
    """Placeholder for an array leaf of ``xs`` in one step's ``x``."""


def _slice_tree(tree: _Tree, leaves: list, natives: list) -> Any:
    leaves = list(leaves)
    for position, native in zip(tree.positions, natives, strict=True):
        leaves[position] = Array(native)
    return unflatten(tree.treedef, leaves)


class _NoHooks:
    """A backend's ops without its control-flow hooks (for the composite's shape probe)."""

    implemented = frozenset()

    def __init__(self, ops: Any):
        self._ops = ops

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ops, name)


def fori_loop(lower: Any, upper: Any, body_fn: Callable, init: Any, /) -> Any:
    import ivy

    where = "ivy.fori_loop"
    _check_callable(body_fn, where, "body_fn")
    static = all(isinstance(b, int) and not isinstance(b, bool) for b in (lower, upper))
    if static:  # a fixed trip count: a scan, differentiable in reverse mode everywhere

        def step(carry: Any, i: Any) -> tuple:
            return body_fn(i, carry), None

        carry, _ = scan(step, init, ivy.arange(lower, max(lower, upper), dtype=ivy.int64))
        return carry
    bounds = []
    for name, bound in (("lower", lower), ("upper", upper)):
        if isinstance(bound, bool) or not (isinstance(bound, (int, Array)) or _dispatch.ops().owns(bound)):
            raise IvyTypeError(f"{where}: argument '{name}' must be an int or an integer scalar array, got {bound!r}")
        bounds.append(bound)
    dtype = next(ivy.asarray(b).dtype for b in bounds if not isinstance(b, int))
    lower_a, upper_a = (ivy.astype(ivy.asarray(b), dtype) if not isinstance(b, int) else ivy.asarray(b, dtype=dtype)
                        for b in bounds)  # fmt: skip
    if not ivy.isdtype(dtype, "integral") or lower_a.ndim or upper_a.ndim:
        raise IvyTypeError(f"{where}: array bounds must be integer scalars, got {dtype} of shape {upper_a.shape}")

    def loop_cond(state: tuple) -> Any:
        return ivy.less(state[0], upper_a)

    def loop_body(state: tuple) -> tuple:
        return ivy.add(state[0], ivy.asarray(1, dtype=dtype)), body_fn(state[0], state[1])

    return while_loop(loop_cond, loop_body, (lower_a, init))[1]
