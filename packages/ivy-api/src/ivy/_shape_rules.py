"""How the arrays of a call must fit one another, beyond elementwise broadcasting.

Frameworks report the same shape mistake with different exceptions (a
``ValueError`` in NumPy, a ``RuntimeError`` in PyTorch, a ``TypeError`` in
JAX, an ``InvalidArgumentError`` in TensorFlow). The diagnosis applies these
rules after a backend raised, so that every backend raises the same
``IvyValueError`` naming the function and the shapes. Each rule takes the
shapes of the call's arrays (by parameter name; a list of shapes for a
sequence of arrays) and its other arguments, and returns what is wrong, or
``None``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ivy._errors import IvyValueError
from ivy._shapes import broadcast_shapes

Shape = tuple[int, ...]
Rule = Callable[[dict[str, Any], dict[str, Any]], "str | None"]

RULES: dict[str, Rule] = {}


def rule(*qualnames: str) -> Callable[[Rule], Rule]:
    def register(function: Rule) -> Rule:
        for name in qualnames:
            RULES[name] = function
        return function

    return register


def _broadcast(*shapes: Shape) -> Shape | None:
    try:
        return broadcast_shapes(*shapes)
    except IvyValueError:
        return None


def _listed(shapes: dict[str, Any], *names: str) -> str:
    return ", ".join(f"{shapes[n]} of '{n}'" for n in names)


@rule("matmul")
def _matmul(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    a, b = shapes["x1"], shapes["x2"]
    if not a or not b:
        return f"shapes {_listed(shapes, 'x1', 'x2')}: both arrays must have at least one dimension"
    inner = b[-2] if len(b) > 1 else b[0]
    if a[-1] != inner:
        return f"shapes {_listed(shapes, 'x1', 'x2')} do not fit: {a[-1]} columns against {inner} rows"
    if _broadcast(a[:-2], b[:-2]) is None:
        return f"shapes {_listed(shapes, 'x1', 'x2')}: the batch dimensions do not broadcast"
    return None


@rule("tensordot")
def _tensordot(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    a, b, axes = shapes["x1"], shapes["x2"], arguments.get("axes")
    if isinstance(axes, int) and not isinstance(axes, bool):
        if axes < 0 or axes > min(len(a), len(b)):
            return f"argument 'axes' = {axes} is out of range for shapes {_listed(shapes, 'x1', 'x2')}"
        pairs = list(zip(range(len(a) - axes, len(a)), range(axes), strict=True))
    elif isinstance(axes, (tuple, list)) and len(axes) == 2 and all(isinstance(s, (tuple, list)) for s in axes):
        if len(axes[0]) != len(axes[1]):
            return f"argument 'axes' = {axes!r} pairs {len(axes[0])} axes of 'x1' with {len(axes[1])} of 'x2'"
        pairs = list(zip(axes[0], axes[1], strict=True))
    else:
        return None
    for i, j in pairs:
        if isinstance(i, int) and isinstance(j, int) and -len(a) <= i < len(a) and -len(b) <= j < len(b):
            if a[i] != b[j]:
                return f"shapes {_listed(shapes, 'x1', 'x2')}: contracted axes {i} and {j} have sizes {a[i]} and {b[j]}"
    return None


@rule("concat")
def _concat(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    listed, axis = shapes["arrays"], arguments.get("axis", 0)
    if not listed:
        return "argument 'arrays' must hold at least one array"
    if axis is None:
        return None
    if any(len(s) != len(listed[0]) for s in listed):
        return f"the arrays have different numbers of dimensions: {', '.join(map(str, listed))}"
    if not listed[0]:
        return "0-d arrays cannot be concatenated along an axis (use axis=None)"
    if not isinstance(axis, int) or not -len(listed[0]) <= axis < len(listed[0]):
        return None  # the axis check names that
    keep = [d for d in range(len(listed[0])) if d != axis % len(listed[0])]
    if any(tuple(s[d] for d in keep) != tuple(listed[0][d] for d in keep) for s in listed):
        return f"shapes {', '.join(map(str, listed))} differ outside the concatenation axis {axis}"
    return None


@rule("stack")
def _stack(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    listed = shapes["arrays"]
    if not listed:
        return "argument 'arrays' must hold at least one array"
    if any(s != listed[0] for s in listed):
        return f"the arrays must all have one shape, got {', '.join(map(str, listed))}"
    return None


@rule("reshape")
def _reshape(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    old, new = shapes["x"], arguments.get("shape")
    if isinstance(new, int):
        new = (new,)
    if not isinstance(new, (tuple, list)) or not all(isinstance(d, int) for d in new):
        return None
    if list(new).count(-1) > 1:
        return f"argument 'shape' = {tuple(new)} has more than one -1"
    if any(d < -1 for d in new):
        return f"argument 'shape' = {tuple(new)} has a negative size"
    size, known = math.prod(old), math.prod(d for d in new if d != -1)
    if (size != known) if -1 not in new else (known == 0 or size % known):
        return f"an array of shape {old} ({size} elements) cannot take the shape {tuple(new)}"
    return None


@rule("broadcast_to")
def _broadcast_to(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    old, new = shapes["x"], arguments.get("shape")
    if isinstance(new, (tuple, list)) and all(isinstance(d, int) for d in new):
        if len(old) > len(new) or _broadcast(old, tuple(new)) != tuple(new):
            return f"an array of shape {old} cannot be broadcast to the shape {tuple(new)}"
    return None


@rule("broadcast_arrays", "where", "clip", "linalg.vecdot", "vecdot", "linalg.cross")
def _broadcasting(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    flat = [(f"{n}[{i}]", s) for n, v in shapes.items() for i, s in enumerate(v)] if "arrays" in shapes else []
    flat = flat or list(shapes.items())
    if len(flat) > 1 and _broadcast(*(s for _, s in flat)) is None:
        return f"shapes {', '.join(f'{s} of {n!r}' for n, s in flat)} do not broadcast"
    axis = arguments.get("axis", -1)
    if "x1" in shapes and "x2" in shapes and "condition" not in shapes and isinstance(axis, int):
        a, b = shapes["x1"], shapes["x2"]
        if a and b and -min(len(a), len(b)) <= axis < 0:
            if a[axis] != b[axis]:
                return f"shapes {_listed(shapes, 'x1', 'x2')} differ along axis {axis}"
    return None


_SQUARE = ("inv", "det", "slogdet", "cholesky", "eig", "eigh", "eigvals", "eigvalsh", "matrix_power", "solve")


@rule(*(f"linalg.{name}" for name in _SQUARE))
def _square(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    name = "x1" if "x1" in shapes else "x"
    a = shapes[name]
    if len(a) < 2 or a[-1] != a[-2]:
        return f"argument '{name}' of shape {a} is not a (stack of) square matrices"
    if "x2" in shapes:
        b = shapes["x2"]
        rows = b[0] if len(b) == 1 else (b[-2] if b else None)
        if rows != a[-1]:
            return f"shapes {_listed(shapes, 'x1', 'x2')}: 'x2' must have {a[-1]} rows"
        if len(b) > 1 and _broadcast(a[:-2], b[:-2]) is None:
            return f"shapes {_listed(shapes, 'x1', 'x2')}: the batch dimensions do not broadcast"
    return None


_MATRICES = ("matrix_norm", "matrix_rank", "pinv", "qr", "svd", "svdvals", "trace", "diagonal")


@rule(*(f"linalg.{n}" for n in _MATRICES), "matrix_transpose")
def _matrices(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    if len(shapes["x"]) < 2:
        return f"argument 'x' of shape {shapes['x']} is not a (stack of) matrices"
    return None


@rule("linalg.outer")
def _outer(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    if len(shapes["x1"]) != 1 or len(shapes["x2"]) != 1:
        return f"shapes {_listed(shapes, 'x1', 'x2')}: both arrays must be vectors (1-d)"
    return None


@rule("arange")
def _arange(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    if arguments.get("step") == 0:
        return "argument 'step' must not be zero"
    return None


@rule("searchsorted")
def _searchsorted(shapes: dict[str, Any], arguments: dict[str, Any]) -> str | None:
    if len(shapes["x1"]) != 1:
        return f"argument 'x1' of shape {shapes['x1']} must be a (sorted) vector, 1-d"
    return None
