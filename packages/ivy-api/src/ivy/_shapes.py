"""Shape rules owned by the core."""

from __future__ import annotations

from ivy._errors import IvyTypeError, IvyValueError


def broadcast_shapes(*shapes: tuple[int | None, ...]) -> tuple[int | None, ...]:
    """The shape broadcasting the given shapes gives."""
    for position, shape in enumerate(shapes):
        if not isinstance(shape, (tuple, list)):
            raise IvyTypeError(f"ivy.broadcast_shapes: argument {position} must be a tuple of ints, got {shape!r}")
    ndim = max((len(s) for s in shapes), default=0)
    result: list[int | None] = []
    for axis in range(-ndim, 0):
        size: int | None = 1
        for shape in shapes:
            if len(shape) < -axis:
                continue
            dim = shape[axis]
            if dim == 1:
                continue
            if size == 1 or size == dim:
                size = dim
            elif dim is None or size is None:
                size = None
            else:
                listed = ", ".join(str(tuple(s)) for s in shapes)
                raise IvyValueError(
                    f"ivy.broadcast_shapes: shapes {listed} do not broadcast (axis {axis}: {size} vs {dim})"
                )
        result.append(size)
    return tuple(result)
