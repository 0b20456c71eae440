"""``grad``, ``value_and_grad``, ``jacobian`` and ``jit``: the core's part.

The core decides what is differentiated or compiled and what the results
look like; the backend only runs the framework's machinery on a function of
a flat list of native arrays (the protocol hooks ``autodiff_value_and_grad``,
``autodiff_jacobian``, ``jit_compile``).

Containers. Arguments are trees: dicts (and dict subclasses), lists, tuples
and named tuples nest; everything else is a leaf. Array leaves (``ivy.Array``
or the backend's native arrays, or anything else with ``__array__`` or
``__dlpack__``, converted) and Python floats are differentiated; ``None``,
strings and other objects are constants with a ``None`` gradient; integer,
boolean and complex leaves are errors, as in ``jax.grad``.
"""

from __future__ import annotations

import contextlib
import functools
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from ivy import _dispatch
from ivy._array import Array
from ivy._errors import IvyTypeError, IvyValueError, NotImplementedByBackend

# -- trees ---------------------------------------------------------------------

_LEAF = None  # the treedef of a leaf


def _flatten(tree: Any, leaves: list) -> Any:
    """Append the leaves of ``tree`` to ``leaves``; return its (hashable) structure."""
    if isinstance(tree, Array):
        leaves.append(tree)
        return _LEAF
    if isinstance(tree, dict):
        keys = tuple(tree)
        return (type(tree), keys, tuple(_flatten(tree[k], leaves) for k in keys))
    if isinstance(tree, tuple) and hasattr(tree, "_fields"):
        return (type(tree), None, tuple(_flatten(v, leaves) for v in tree))
    if type(tree) in (list, tuple):
        return (type(tree), None, tuple(_flatten(v, leaves) for v in tree))
    leaves.append(tree)
    return _LEAF


def flatten(tree: Any) -> tuple[list, Any]:
    """``(leaves, treedef)`` of a nested container."""
    leaves: list = []
    return leaves, _flatten(tree, leaves)


def unflatten(treedef: Any, leaves: list) -> Any:
    """The container of ``treedef`` holding ``leaves`` (in flattening order)."""
    iterator = iter(leaves)

    def build(node: Any) -> Any:
        if node is _LEAF:
            return next(iterator)
        kind, keys, children = node
        values = [build(child) for child in children]
        if keys is not None:
            return kind(zip(keys, values, strict=True))
        if kind is list or kind is tuple:
            return kind(values)
        return kind(*values)  # a named tuple

    return build(treedef)


# -- leaves --------------------------------------------------------------------

_NUMBERS = (int, float, complex)


def _is_arraylike(value: Any) -> bool:
    return isinstance(value, Array) or (
        not isinstance(value, (str, bytes)) and (hasattr(value, "__array__") or hasattr(value, "__dlpack__"))
    )


def _as_array(value: Any, ops: Any) -> Array:
    import ivy

    if isinstance(value, Array):
        return value
    if ops.owns(value):
        return Array(value)
    return ivy.asarray(value)


def _differentiable(value: Any, ops: Any, where: str, path: str) -> Array | None:
    """The leaf as an array to differentiate, ``None`` for a constant; errors for integers."""
    import ivy

    if isinstance(value, bool) or (isinstance(value, _NUMBERS) and not isinstance(value, float)):
        raise IvyTypeError(
            f"{where}: {path} is {type(value).__name__} {value!r}; only real floating values can be "
            "differentiated (pass a float, or leave the value out of argnums)"
        )
    if isinstance(value, float):
        return ivy.asarray(value)
    if not (ops.owns(value) or _is_arraylike(value)):
        return None
    array = _as_array(value, ops)
    if not ivy.isdtype(array.dtype, "real floating"):
        raise IvyTypeError(
            f"{where}: {path} has dtype {array.dtype}; only real floating arrays can be differentiated "
            "(cast it, or leave it out of argnums)"
        )
    return array


def _native_output(value: Any, ops: Any, where: str, what: str) -> Any:
    """A function's array output as a native real floating array."""
    import ivy

    if isinstance(value, float) or (value.__class__ is int):
        value = ivy.asarray(float(value))
    if not (isinstance(value, Array) or ops.owns(value) or _is_arraylike(value)):
        raise IvyTypeError(f"{where}: {what} must be an array, got {type(value).__name__}")
    array = _as_array(value, ops)
    if not ivy.isdtype(array.dtype, "real floating"):
        raise IvyTypeError(f"{where}: {what} must have a real floating dtype, got {array.dtype}")
    return array._data


def _argnums(argnums: Any, where: str) -> tuple[tuple[int, ...], bool]:
    single = not isinstance(argnums, (tuple, list))
    numbers = (argnums,) if single else tuple(argnums)
    if not numbers or any(isinstance(n, bool) or not isinstance(n, int) or n < 0 for n in numbers):
        raise IvyTypeError(
            f"{where}: argument 'argnums' must be a non-negative int or a tuple of them, got {argnums!r}"
        )
    if len(set(numbers)) != len(numbers):
        raise IvyValueError(f"{where}: argument 'argnums' repeats a position: {argnums!r}")
    return numbers, single


def _check_function(fn: Any, where: str) -> None:
    if not callable(fn):
        raise IvyTypeError(f"{where}: argument 'fn' must be callable, got {type(fn).__name__}")


def _ops(where: str, hook: str) -> Any:
    ops = _dispatch.ops()
    if hook not in ops.implemented:
        raise NotImplementedByBackend(
            f"{where}: the {ops.name} backend has no automatic differentiation "
            f"(it does not implement the protocol hook {hook})"
        )
    return ops


@contextlib.contextmanager
def _named(where: str) -> Iterator[None]:
    """A backend's refusal, named after the public function."""
    try:
        yield
    except NotImplementedByBackend as error:
        if str(error).startswith("ivy."):
            raise
        raise NotImplementedByBackend(f"{where}: {error}") from None


class _Selection:
    """The differentiated arguments of one call, flattened, and how to rebuild the call."""

    def __init__(self, args: tuple, argnums: tuple[int, ...], single: bool, ops: Any, where: str):
        if max(argnums) >= len(args):
            raise IvyValueError(
                f"{where}: argnums {argnums if not single else argnums[0]} refers to a positional argument "
                f"the function was not given (called with {len(args)})"
            )
        self.args = args
        self.argnums = argnums
        self.single = single
        self.leaves, self.treedef = flatten(tuple(args[i] for i in argnums))
        self.positions: list[int] = []
        natives = []
        for position, leaf in enumerate(self.leaves):
            path = f"leaf {position} of argument(s) {argnums if not single else argnums[0]}"
            array = _differentiable(leaf, ops, where, path)
            if array is not None:
                self.positions.append(position)
                natives.append(array._data)
        self.natives = natives

    def call_args(self, natives: list) -> list:
        """The positional arguments with the differentiated leaves replaced by ``natives``."""
        leaves = list(self.leaves)
        for position, native in zip(self.positions, natives, strict=True):
            leaves[position] = Array(native)
        selected = unflatten(self.treedef, leaves)
        args = list(self.args)
        for index, value in zip(self.argnums, selected, strict=True):
            args[index] = value
        return args

    def structure(self, natives: list) -> Any:
        """Per-leaf results (``None`` for constants) in the structure of the selected arguments."""
        leaves: list = [None] * len(self.leaves)
        for position, native in zip(self.positions, natives, strict=True):
            leaves[position] = Array(native)
        selected = unflatten(self.treedef, leaves)
        return selected[0] if self.single else selected


# -- public functions ------------------------------------------------------------


def _value_and_grad_call(fn: Callable, argnums: Any, has_aux: bool, where: str) -> Callable:
    _check_function(fn, where)
    numbers, single = _argnums(argnums, where)

    def evaluate(*args: Any, **kwargs: Any) -> tuple:
        ops = _ops(where, "autodiff_value_and_grad")
        selection = _Selection(args, numbers, single, ops, where)
        aux_parts: dict[str, Any] = {}

        def function(natives: list) -> tuple:
            result = fn(*selection.call_args(natives), **kwargs)
            if has_aux:
                if not (isinstance(result, tuple) and len(result) == 2):
                    raise IvyTypeError(f"{where}: with has_aux=True, fn must return a pair (value, aux)")
                result, aux = result
                aux_leaves, aux_parts["treedef"] = flatten(aux)
                arrays = [i for i, leaf in enumerate(aux_leaves) if isinstance(leaf, Array) or ops.owns(leaf)]
                aux_parts["leaves"], aux_parts["arrays"] = aux_leaves, arrays
                aux_natives = [_as_array(aux_leaves[i], ops)._data for i in arrays]
            else:
                aux_natives = []
            value = _native_output(result, ops, where, "the value of fn")
            shape = tuple(ops.shape_of(value))
            if shape != ():
                raise IvyTypeError(
                    f"{where}: fn must return a scalar (shape ()), got shape {shape}; "
                    "reduce it (e.g. with ivy.sum or ivy.mean), or use ivy.jacobian"
                )
            return value, aux_natives

        with _named(where):
            value, grads, aux_natives = ops.autodiff_value_and_grad(function, selection.natives)
        aux = None
        if has_aux:
            leaves = list(aux_parts["leaves"])
            for index, native in zip(aux_parts["arrays"], aux_natives, strict=True):
                leaves[index] = Array(native)
            aux = unflatten(aux_parts["treedef"], leaves)
        return Array(value), selection.structure(list(grads)), aux

    return evaluate


def value_and_grad(fn: Callable, argnums: int | tuple[int, ...] = 0, *, has_aux: bool = False) -> Callable:
    evaluate = _value_and_grad_call(fn, argnums, has_aux, "ivy.value_and_grad")

    @functools.wraps(fn)
    def value_and_grad_fn(*args: Any, **kwargs: Any) -> tuple:
        value, gradient, aux = evaluate(*args, **kwargs)
        return ((value, aux) if has_aux else value), gradient

    return value_and_grad_fn


def grad(fn: Callable, argnums: int | tuple[int, ...] = 0, *, has_aux: bool = False) -> Callable:
    evaluate = _value_and_grad_call(fn, argnums, has_aux, "ivy.grad")

    @functools.wraps(fn)
    def grad_fn(*args: Any, **kwargs: Any) -> Any:
        _, gradient, aux = evaluate(*args, **kwargs)
        return (gradient, aux) if has_aux else gradient

    return grad_fn


def jacobian(fn: Callable, argnums: int | tuple[int, ...] = 0) -> Callable:
    where = "ivy.jacobian"
    _check_function(fn, where)
    numbers, single = _argnums(argnums, where)

    @functools.wraps(fn)
    def jacobian_fn(*args: Any, **kwargs: Any) -> Any:
        ops = _ops(where, "autodiff_jacobian")
        selection = _Selection(args, numbers, single, ops, where)
        outputs: dict[str, Any] = {}

        def function(natives: list) -> list:
            leaves, outputs["treedef"] = flatten(fn(*selection.call_args(natives), **kwargs))
            return [_native_output(leaf, ops, where, "every output of fn") for leaf in leaves]

        with _named(where):
            rows = ops.autodiff_jacobian(function, selection.natives)
        return unflatten(outputs["treedef"], [selection.structure(list(row)) for row in rows])

    return jacobian_fn


# -- compilation -------------------------------------------------------------------

_warned: set[str] = set()


def _warn_uncompiled(backend: str, reason: str) -> None:
    if backend not in _warned:
        _warned.add(backend)
        warnings.warn(f"ivy.jit: {reason}; the function runs uncompiled", RuntimeWarning, stacklevel=3)


class _Template:
    """One call signature of a jitted function: its structure and constant leaves."""

    def __init__(self, fn: Callable, leaves: list, arrays: list[int], treedef: Any, ops: Any):
        self.fn = fn
        self.ops = ops
        positions = set(arrays)
        self.leaves = [None if i in positions else leaf for i, leaf in enumerate(leaves)]
        self.arrays = arrays
        self.treedef = treedef
        self.output: tuple[Any, list, list[int]] | None = None

    def native_function(self, *natives: Any) -> list:
        leaves = list(self.leaves)
        for index, native in zip(self.arrays, natives, strict=True):
            leaves[index] = Array(native)
        args, kwargs = unflatten(self.treedef, leaves)
        out_leaves, out_treedef = flatten(self.fn(*args, **kwargs))
        ops = self.ops
        arrays = [i for i, leaf in enumerate(out_leaves) if isinstance(leaf, Array) or ops.owns(leaf)]
        positions = set(arrays)
        constants = [None if i in positions else leaf for i, leaf in enumerate(out_leaves)]
        self.output = (out_treedef, constants, arrays)
        return [out_leaves[i]._data if isinstance(out_leaves[i], Array) else out_leaves[i] for i in arrays]

    def rebuild(self, natives: list) -> Any:
        assert self.output is not None
        treedef, constants, arrays = self.output
        leaves = list(constants)
        for index, native in zip(arrays, natives, strict=True):
            leaves[index] = Array(native)
        return unflatten(treedef, leaves)


def _split_leaves(leaves: list, ops: Any) -> tuple[list[int], list, tuple]:
    """``(positions of the array leaves, their native arrays, ((position, constant), ...))``."""
    arrays: list[int] = []
    natives: list = []
    constants: list = []
    owns = ops.owns
    for index, leaf in enumerate(leaves):
        if leaf.__class__ is Array or isinstance(leaf, Array):
            arrays.append(index)
            natives.append(leaf._data)
        elif owns(leaf):
            arrays.append(index)
            natives.append(leaf)
        else:
            constants.append((index, leaf))
    return arrays, natives, tuple(constants)


def jit(fn: Callable, /) -> Callable:
    _check_function(fn, "ivy.jit")
    cache: dict[Any, tuple[_Template, Any]] = {}

    @functools.wraps(fn)
    def compiled(*args: Any, **kwargs: Any) -> Any:
        ops = _dispatch.ops()
        leaves, treedef = flatten((args, kwargs))
        arrays, natives, constants = _split_leaves(leaves, ops)
        key = (ops.name, treedef, constants)
        try:
            entry = cache.get(key)
        except TypeError:  # an unhashable constant: nothing to key a compilation on
            compiled.__ivy_compiled__ = False
            _warn_uncompiled(f"{ops.name}:unhashable", "an argument is neither an array nor hashable")
            return fn(*args, **kwargs)
        if entry is None:
            template = _Template(fn, leaves, arrays, treedef, ops)
            native = ops.jit_compile(template.native_function) if "jit_compile" in ops.implemented else None
            entry = cache[key] = (template, native)
        template, native = entry
        if native is None:
            compiled.__ivy_compiled__ = False
            _warn_uncompiled(ops.name, f"the {ops.name} backend has no compiler")
            return fn(*args, **kwargs)
        result = template.rebuild(list(native(*natives)))
        compiled.__ivy_compiled__ = getattr(native, "__ivy_compiled__", True)
        return result

    compiled.__ivy_compiled__ = None  # not called yet
    compiled.__ivy_jit_cache__ = cache
    return compiled
