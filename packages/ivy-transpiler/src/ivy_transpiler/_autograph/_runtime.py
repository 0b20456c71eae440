"""What converted code calls: Python control flow when its condition is a Python value, ``ivy.cond``,
``ivy.while_loop`` when the condition is an array computed from the program's inputs.

Converted code holds the program's own values (a frontend's tensors, or the proxies its capture hands
the program); the running capture's ``to_ivy``/``from_ivy`` bridge them to ``ivy.Array`` and back. A
condition counts as data-dependent exactly when the tracer refuses to read it (``IvyTracingError``),
so code run outside a trace (the source framework itself) takes the Python path unchanged.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator
from typing import Any

import ivy
from ivy.tracer.recording import IvyTracingError


class _Undefined:
    """The value of a variable not assigned (yet) on the path taken."""

    def __repr__(self) -> str:
        return "<undefined>"


UNDEFINED = _Undefined()


class NotConvertible(IvyTracingError):
    """Converted control flow that cannot be staged (a variable's kind differs between paths, ...)."""


_bridge: contextvars.ContextVar[Any] = contextvars.ContextVar("ivy_transpiler_autograph_bridge", default=None)


@contextlib.contextmanager
def bridging(capture: Any) -> Iterator[None]:
    """While tracing ``capture``: its values' ``ivy.Array`` and back (``Capture.to_ivy``/``from_ivy``)."""
    token = _bridge.set(capture)
    try:
        yield
    finally:
        _bridge.reset(token)


def _to_ivy(value: Any) -> Any:
    """The ``ivy.Array`` a program value holds; ``None`` for a Python value."""
    if isinstance(value, ivy.Array):
        return value
    capture = _bridge.get()
    lift = getattr(capture, "to_ivy", None)
    return lift(value) if lift is not None else None


def _from_ivy(array: ivy.Array) -> Any:
    capture = _bridge.get()
    lower = getattr(capture, "from_ivy", None)
    return lower(array) if lower is not None else array


def _context(name: str) -> Any:
    hook = getattr(_bridge.get(), name, None)
    return hook() if hook is not None else contextlib.nullcontext()


def _outside() -> Any:
    """Around the runtime's own ivy calls: they reach the backend, not the capture's interception."""
    return _context("outside")


def _inside() -> Any:
    """Around the program's code called back from within ``_outside``."""
    return _context("inside")


def _staging() -> bool:
    capture = _bridge.get()
    return getattr(capture, "to_ivy", None) is not None and getattr(capture, "from_ivy", None) is not None


def _truth(value: Any) -> bool | None:
    """``bool(value)``; ``None`` when the tracer refuses it (an array computed from the inputs)."""
    try:
        return bool(value)
    except IvyTracingError:
        if not _staging():
            raise
        return None


def _predicate(value: Any) -> ivy.Array:
    """A program value as a boolean scalar ``ivy.Array`` (Python truth: nonzero)."""
    with _outside():
        return _predicate_of(value)


def _predicate_of(value: Any) -> ivy.Array:
    array = _to_ivy(value)
    if array is None:
        return ivy.asarray(bool(value))
    if array.size != 1:
        raise NotConvertible(f"a condition must have one element (as for bool()), got shape {array.shape}")
    array = ivy.reshape(array, ())
    return array if array.dtype == ivy.bool else ivy.not_equal(array, ivy.zeros((), dtype=array.dtype))


# -- boolean operators of a condition ----------------------------------------------------------


def not_(value: Any) -> Any:
    truth = _truth(value)
    if truth is not None:
        return not truth
    with _outside():
        return ivy.logical_not(_predicate(value))


def _lazy(operands: tuple, stop_on: bool, combine: Callable[[Any, Any], Any]) -> Any:
    """``a and b ...`` (``stop_on`` False) or ``a or b ...`` (True), lazily; from an array operand on,
    the rest is combined by ``combine`` (``ivy.logical_and``/``logical_or``) on predicates."""
    value = operands[0]()
    for i in range(1, len(operands)):
        truth = _truth(value)
        if truth is None:
            rest = _lazy(operands[i:], stop_on, combine)
            with _outside():
                return combine(_predicate(value), _predicate(rest))
        if truth is stop_on:
            return value
        value = operands[i]()
    return value


def and_(*operands: Callable[[], Any]) -> Any:
    return _lazy(operands, False, ivy.logical_and)


def or_(*operands: Callable[[], Any]) -> Any:
    return _lazy(operands, True, ivy.logical_or)


def assert_(test: Callable[[], Any], message: Callable[[], Any]) -> None:
    """``assert``: checked on Python values; a condition on the inputs cannot be checked in a graph."""
    if _truth(test()) is False:
        raise AssertionError(message())


# -- values in and out of structured control flow ----------------------------------------------


def values(*getters: Callable[[], Any]) -> tuple:
    """The variables' current values (``UNDEFINED`` for one not assigned yet)."""
    found = []
    for get in getters:
        try:
            found.append(get())
        except NameError:
            found.append(UNDEFINED)
    return tuple(found)


def _flatten(value: Any) -> tuple[Any, list]:
    """A returned value's structure and its leaves (through tuples, lists and dicts)."""
    if isinstance(value, (tuple, list)) and type(value) in (tuple, list):
        parts = [_flatten(v) for v in value]
        return (type(value), [p[0] for p in parts]), [leaf for p in parts for leaf in p[1]]
    if isinstance(value, dict):
        parts = [_flatten(v) for v in value.values()]
        return (dict, list(value), [p[0] for p in parts]), [leaf for p in parts for leaf in p[1]]
    return None, [value]


def _unflatten(structure: Any, leaves: Iterator) -> Any:
    if structure is None:
        return next(leaves)
    if structure[0] is dict:
        return {k: _unflatten(s, leaves) for k, s in zip(structure[1], structure[2], strict=True)}
    return structure[0](_unflatten(s, leaves) for s in structure[1])


class _Outputs:
    """One branch's or body's leaves split into arrays (staged) and Python values (must agree)."""

    def __init__(self, names: tuple[str, ...], where: str):
        self.names, self.where = names, where
        self.kinds: list | None = None  # per leaf: "array", or the Python value itself

    def split(self, leaves: list) -> list:
        kinds, arrays = [], []
        for leaf in leaves:
            array = _to_ivy(leaf)
            if array is None and isinstance(leaf, (bool, int, float)):  # a number becomes an array (as AutoGraph)
                array = ivy.asarray(leaf)
            if array is None:
                kinds.append(leaf)
            else:
                kinds.append("array")
                arrays.append(array)
        if self.kinds is not None:
            self._agree(kinds)
        self.kinds = kinds
        return arrays

    def _agree(self, kinds: list) -> None:
        for name, old, new in zip(self.names, self.kinds, kinds, strict=True):
            same = old is new or (
                not isinstance(old, str) and not isinstance(new, str) and type(old) is type(new) and _equal(old, new)
            )
            if not same:
                raise NotConvertible(
                    f"ivy_transpiler: {self.where}: {name} is {_kind(old)} on one path and {_kind(new)} on the "
                    "other; a condition on the inputs needs it to be an array on both (or the same Python value)"
                )

    def join(self, arrays: list) -> list:
        found = iter(arrays)
        return [_from_ivy(next(found)) if kind == "array" else kind for kind in self.kinds]


def _equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return False


def _kind(kind: Any) -> str:
    return "an array" if kind == "array" and isinstance(kind, str) else f"the Python value {kind!r}"


# -- if --------------------------------------------------------------------------------------------


def if_stmt(test: Any, body: Callable, orelse: Callable, state: tuple, names: tuple, live: tuple, where: str) -> tuple:
    """``if test: body else: orelse`` over the variables ``names`` (each branch returns their new values)."""
    truth = _truth(test)
    if truth is not None:
        return (body if truth else orelse)(*state)
    pred = _predicate(test)
    kept = [n for n, keep in zip(names, live, strict=True) if keep]
    outputs = _Outputs(tuple(kept), f"the if at {where}")

    def branch(fn: Callable) -> Callable:
        def run() -> list:
            with _inside():
                result = fn(*state)
            return outputs.split([v for v, keep in zip(result, live, strict=True) if keep])

        return run

    with _outside():
        arrays = ivy.cond(pred, branch(body), branch(orelse))
    joined = iter(outputs.join(list(arrays)))
    return tuple(next(joined) if keep else value for value, keep in zip(state, live, strict=True))


def if_return(test: Any, body: Callable, orelse: Callable, state: tuple, where: str) -> Any:
    """``if test: return ... else: return ...``: the returned value of the branch taken."""
    truth = _truth(test)
    if truth is not None:
        return (body if truth else orelse)(*state)
    pred = _predicate(test)
    found: dict[str, Any] = {}
    outputs = _Outputs((), f"the if at {where}")

    def branch(fn: Callable) -> Callable:
        def run() -> list:
            with _inside():
                structure, leaves = _flatten(fn(*state))
            if "structure" in found and found["structure"] != structure:
                raise NotConvertible(f"ivy_transpiler: the if at {where} returns differently structured values")
            found["structure"] = structure
            outputs.names = tuple(f"returned value {i}" for i in range(len(leaves)))
            return outputs.split(leaves)

        return run

    with _outside():
        arrays = ivy.cond(pred, branch(body), branch(orelse))
    return _unflatten(found["structure"], iter(outputs.join(list(arrays))))


def if_raise(test: Any, body: Callable, orelse: Callable, raises: str, state: tuple) -> Any:
    """An ``if`` one of whose branches (``raises``: "body" or "orelse") only raises: on a condition
    computed from the inputs, a graph cannot raise, so the other branch runs (the inputs are taken as valid)."""
    truth = _truth(test)
    if truth is not None:
        return (body if truth else orelse)(*state)
    return (orelse if raises == "body" else body)(*state)


def if_exp(test: Any, body: Callable[[], Any], orelse: Callable[[], Any], where: str) -> Any:
    """``body() if test else orelse()``."""
    truth = _truth(test)
    if truth is not None:
        return body() if truth else orelse()
    return if_return(test, lambda: body(), lambda: orelse(), (), where)


# -- loops -----------------------------------------------------------------------------------------


def while_stmt(test: Callable, body: Callable, state: tuple, names: tuple, carried: tuple, where: str) -> tuple:
    """``while test: body`` over the variables ``names``; staged from the first test on the inputs."""
    state = tuple(state)
    while True:
        condition = test(*state)
        truth = _truth(condition)
        if truth is None:
            return _staged_while(test, body, state, names, carried, f"the while loop at {where}")
        if not truth:
            return state
        state = tuple(body(*state))


def _carry_value(value: Any, name: str, where: str) -> Any:
    """A loop variable's ``ivy.Array`` (a Python number becomes a 0-d array, as AutoGraph does)."""
    array = _to_ivy(value)
    if array is not None:
        return array
    if isinstance(value, (bool, int, float)):
        return ivy.asarray(value)
    if value is UNDEFINED:
        raise NotConvertible(
            f"ivy_transpiler: {where}: the loop variable {name} must be assigned before a loop on the inputs"
        )
    return None


def _staged_while(test: Callable, body: Callable, state: tuple, names: tuple, carried: tuple, where: str) -> tuple:
    with _outside():
        return _staged_while_outside(test, body, state, names, carried, where)


def _staged_while_outside(
    test: Callable, body: Callable, state: tuple, names: tuple, carried: tuple, where: str
) -> tuple:
    slots, init = [], []
    for i, (value, name, carry) in enumerate(zip(state, names, carried, strict=True)):
        array = _carry_value(value, name, where) if carry else None
        if array is not None:
            slots.append(i)
            init.append(array)

    def rebuild(arrays: tuple) -> list:
        current = list(state)
        for i, array in zip(slots, arrays, strict=True):
            current[i] = _from_ivy(array)
        return current

    def cond_fn(arrays: tuple) -> Any:
        with _inside():
            condition = test(*rebuild(arrays))
        return _predicate(condition)

    def body_fn(arrays: tuple) -> tuple:
        with _inside():
            new = body(*rebuild(arrays))
        out = []
        for i, (old, value, name) in enumerate(zip(state, new, names, strict=True)):
            if i in slots:
                array = _to_ivy(value)
                expected = init[slots.index(i)]
                array = ivy.asarray(value, dtype=expected.dtype) if array is None else array
                out.append(ivy.astype(array, expected.dtype) if array.dtype != expected.dtype else array)
            elif carried[i] and not (value is old or _equal(value, old)):
                raise NotConvertible(
                    f"ivy_transpiler: {where}: the loop variable {name} is a {type(old).__name__} the body changes; "
                    "a loop on the inputs can only carry arrays and numbers"
                )
        return tuple(out)

    final = ivy.while_loop(cond_fn, body_fn, tuple(init))
    return tuple(rebuild(tuple(final)))


def int_(value: Any) -> Any:
    """``int(value)`` where a loop bound is read: the array itself when it depends on the inputs."""
    try:
        return int(value)
    except IvyTracingError:
        if not _staging():
            raise
        return value


def item_(value: Any) -> Any:
    """``value.item()`` where a loop bound is read: the array itself when it depends on the inputs."""
    try:
        return value.item()
    except IvyTracingError:
        if not _staging():
            raise
        return value


def for_range(bounds: tuple, body: Callable, state: tuple, names: tuple, carried: tuple, where: str) -> tuple:
    """``for i in range(*bounds): body`` (``body(i, *state)``); bounds on the inputs stage an ``ivy.while_loop``."""
    if all(isinstance(b, int) for b in bounds):
        state = tuple(state)
        for i in range(*bounds):
            state = tuple(body(i, *state))
        return state
    with _outside():
        return _staged_range(bounds, body, state, names, carried, where)


def _staged_range(bounds: tuple, body: Callable, state: tuple, names: tuple, carried: tuple, where: str) -> tuple:
    start, stop, step = (0, bounds[0], 1) if len(bounds) == 1 else (*bounds, 1)[:3]
    arrays = [_to_ivy(b) for b in (start, stop, step)]
    dtype = next(a.dtype for a in arrays if a is not None)
    start, stop, step = (ivy.asarray(b, dtype=dtype) if a is None else ivy.astype(ivy.reshape(a, ()), dtype)
                         for a, b in zip(arrays, (start, stop, step), strict=True))  # fmt: skip
    zero = ivy.zeros((), dtype=dtype)

    def test(i: Any, *rest: Any) -> Any:
        with _outside():
            index = _to_ivy(i)
            return ivy.where(ivy.greater(step, zero), ivy.less(index, stop), ivy.greater(index, stop))

    def step_body(i: Any, *rest: Any) -> tuple:
        with _outside():
            following = _from_ivy(ivy.add(_to_ivy(i), step))
        return (following, *body(i, *rest))

    final = _staged_while(
        test,
        step_body,
        (_from_ivy(start), *state),
        ("the loop index", *names),
        (True, *carried),
        f"the for loop at {where}",
    )
    return tuple(final[1:])
