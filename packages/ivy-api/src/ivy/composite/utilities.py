"""Array utilities as composites of the standard's functions.

Scatter operations reduce to a one-hot contraction (correct and
differentiable everywhere, memory linear in ``updates x target size``);
backends with native scatter kernels override them.
"""

from __future__ import annotations

import itertools
import math

import ivy
from ivy._checks import check_axis, check_indices
from ivy.composite import composite
from ivy.spec.utilities import TopKResult


def _error(function: str, message: str) -> ivy.IvyValueError:
    return ivy.IvyValueError(f"ivy.{function}: {message}")


def _parse_einsum(subscripts: str, operands) -> tuple[list[str], str]:
    spec = subscripts.replace(" ", "")
    if "..." in spec:
        raise _error("einsum", "ellipsis ('...') is not supported by the composite; the backend has no native einsum")
    inputs, arrow, output = spec.partition("->")
    terms = inputs.split(",")
    if len(terms) != len(operands):
        raise _error("einsum", f"{len(terms)} operand subscripts for {len(operands)} operands")
    if not arrow:
        counts = {c: inputs.count(c) for c in set(inputs) if c.isalpha()}
        output = "".join(sorted(c for c, n in counts.items() if n == 1))
    for term, operand in zip(terms, operands, strict=True):
        if len(term) != operand.ndim:
            raise _error("einsum", f"subscripts {term!r} do not match an operand of rank {operand.ndim}")
    return terms, output


@composite
def einsum(subscripts, operands):
    terms, output = _parse_einsum(subscripts, operands)
    letters = list(dict.fromkeys(output + "".join(terms)))
    aligned = []
    for term, operand in zip(terms, operands, strict=True):
        # Repeated letters in one term (a diagonal): take it by masking with the identity.
        while len(set(term)) < len(term):
            letter = next(c for c in term if term.count(c) > 1)
            first, second = term.index(letter), term.index(letter, term.index(letter) + 1)
            size = operand.shape[first]
            eye = ivy.reshape(ivy.eye(size, dtype=operand.dtype), [size if a in (first, second) else 1
                                                                     for a in range(operand.ndim)])  # fmt: skip
            operand = ivy.sum(operand * eye, axis=second)
            term = term[:second] + term[second + 1 :]
        order = sorted(range(len(term)), key=lambda i: letters.index(term[i]))
        operand = ivy.permute_dims(operand, tuple(order))
        present = [term[i] for i in order]
        shape = [operand.shape[present.index(c)] if c in present else 1 for c in letters]
        aligned.append(ivy.reshape(operand, tuple(shape)))
    product = aligned[0]
    for operand in aligned[1:]:
        product = product * operand
    summed = tuple(i for i, c in enumerate(letters) if c not in output)
    result = ivy.sum(product, axis=summed) if summed else product
    kept = [c for c in letters if c in output]
    return ivy.permute_dims(result, tuple(kept.index(c) for c in output)) if output else result


def _checked_coordinates(function: str, indices, shape):
    """``indices`` (..., depth) with every coordinate checked against ``shape`` and negatives wrapped."""
    for axis in range(indices.shape[-1]):
        check_indices(function, indices[..., axis], shape[axis], axis=axis)
    sizes = ivy.asarray(shape[: indices.shape[-1]], dtype=indices.dtype)
    return ivy.where(indices < 0, indices + sizes, indices)


@composite
def gather(x, indices, axis, batch_dims):
    axis = check_axis("gather", axis, x.ndim)
    if batch_dims:
        if tuple(x.shape[:batch_dims]) != tuple(indices.shape[:batch_dims]):
            raise _error("gather", f"batch dims of x {x.shape} and indices {indices.shape} differ")
        # Offset each batch's indices into a flattened batch axis.
        batch = math.prod(x.shape[:batch_dims])
        flat_x = ivy.reshape(x, (batch, *x.shape[batch_dims:]))
        flat_i = ivy.reshape(indices, (batch, *indices.shape[batch_dims:]))
        parts = [gather(flat_x[b], flat_i[b], axis - batch_dims, 0) for b in range(batch)]
        stacked = ivy.stack(parts) if parts else ivy.zeros((0,), dtype=x.dtype)
        return ivy.reshape(stacked, (*x.shape[:batch_dims], *stacked.shape[1:]))
    picked = ivy.take(x, ivy.reshape(indices, (-1,)), axis=axis)
    return ivy.reshape(picked, (*x.shape[:axis], *indices.shape, *x.shape[axis + 1 :]))


@composite
def gather_nd(x, indices, batch_dims):
    if batch_dims:
        batch = math.prod(x.shape[:batch_dims])
        flat_x = ivy.reshape(x, (batch, *x.shape[batch_dims:]))
        flat_i = ivy.reshape(indices, (batch, *indices.shape[batch_dims:]))
        parts = ivy.stack([gather_nd(flat_x[b], flat_i[b], 0) for b in range(batch)])
        return ivy.reshape(parts, (*x.shape[:batch_dims], *parts.shape[1:]))
    depth = indices.shape[-1]
    if depth > x.ndim:
        raise _error("gather_nd", f"indices address {depth} axes of an array of rank {x.ndim}")
    indices = _checked_coordinates("gather_nd", indices, x.shape)
    strides = [math.prod(x.shape[i + 1 : depth]) for i in range(depth)]
    linear = ivy.sum(indices * ivy.asarray(strides, dtype=indices.dtype), axis=-1)
    flat = ivy.reshape(x, (math.prod(x.shape[:depth]), *x.shape[depth:]))
    return gather(flat, linear, 0, 0)


def _combine_one_hot(linear, updates, size: int, reduction: str, base=None):
    """Combine ``updates`` (K, ...) into ``size`` rows at ``linear`` (K,) positions of ``base`` (zeros if None)."""
    rest = (1,) * (updates.ndim - 1)
    hits = ivy.expand_dims(linear, axis=-1) == ivy.arange(size, dtype=linear.dtype)  # (K, size)
    base = ivy.zeros((size, *updates.shape[1:]), dtype=updates.dtype) if base is None else base
    if reduction == "add":
        return base + ivy.tensordot(ivy.astype(hits, updates.dtype), updates, axes=((0,), (0,)))
    touched = ivy.reshape(ivy.any(hits, axis=0), (size, *rest))
    if reduction == "update":  # the last update of a row wins
        order = ivy.reshape(ivy.arange(1, hits.shape[0] + 1, dtype=ivy.int64), (-1, 1))
        last = ivy.max(ivy.where(hits, order, 0), axis=0)
        chosen = ivy.take(updates, ivy.maximum(last - 1, 0), axis=0)
        return ivy.where(touched, chosen, base)
    if reduction not in ("min", "max"):
        raise _error("scatter_nd", f"argument 'reduction' must be 'add', 'update', 'min' or 'max', got {reduction!r}")
    if ivy.isdtype(updates.dtype, "integral"):
        info = ivy.iinfo(updates.dtype)
        fill = info.min if reduction == "max" else info.max
    else:
        fill = -math.inf if reduction == "max" else math.inf
    mask = ivy.reshape(hits, (*hits.shape, *rest))
    reducer = ivy.max if reduction == "max" else ivy.min
    chosen = reducer(ivy.where(mask, ivy.expand_dims(updates, axis=1), fill), axis=0)
    return ivy.where(touched, chosen, base)


@composite
def scatter_nd(indices, updates, shape, reduction):
    shape = tuple(shape)
    depth = indices.shape[-1]
    indices = _checked_coordinates("scatter_nd", indices, shape)
    strides = [math.prod(shape[i + 1 : depth]) for i in range(depth)]
    linear = ivy.reshape(ivy.sum(indices * ivy.asarray(strides, dtype=indices.dtype), axis=-1), (-1,))
    rows = math.prod(shape[:depth])
    flat_updates = ivy.reshape(updates, (linear.shape[0], *shape[depth:]))
    return ivy.reshape(_combine_one_hot(linear, flat_updates, rows, reduction), shape)


@composite
def scatter_add(x, indices, updates, axis):
    axis = check_axis("scatter_add", axis, x.ndim)
    check_indices("scatter_add", indices, x.shape[axis], axis=axis)
    indices = ivy.where(indices < 0, indices + x.shape[axis], indices)
    if indices.shape != updates.shape:
        raise _error("scatter_add", f"indices {indices.shape} and updates {updates.shape} must have the same shape")
    # Address every update by its full coordinate, with ``indices`` on ``axis``.
    grids = ivy.meshgrid(*(ivy.arange(n) for n in indices.shape), indexing="ij")
    coordinates = [ivy.astype(indices, ivy.int64) if i == axis else g for i, g in enumerate(grids)]
    stacked = ivy.reshape(ivy.stack(coordinates, axis=-1), (-1, x.ndim))
    added = scatter_nd(stacked, ivy.reshape(updates, (-1,)), x.shape, "add")
    return x + ivy.astype(added, x.dtype)


@composite
def index_put(x, indices, values, accumulate):
    depth = len(indices)
    broadcast = ivy.broadcast_arrays(*indices)
    coordinates = ivy.reshape(ivy.stack([ivy.astype(i, ivy.int64) for i in broadcast], axis=-1), (-1, depth))
    coordinates = _checked_coordinates("index_put", coordinates, x.shape)
    count = coordinates.shape[0]
    values = ivy.broadcast_to(ivy.astype(values, x.dtype), (*broadcast[0].shape, *x.shape[depth:])) if count else values
    values = ivy.reshape(values, (count, *x.shape[depth:]))
    if accumulate:
        return x + scatter_nd(coordinates, values, x.shape, "add")
    strides = [math.prod(x.shape[i + 1 : depth]) for i in range(depth)]
    linear = ivy.sum(coordinates * ivy.asarray(strides, dtype=ivy.int64), axis=-1)
    flat = ivy.reshape(x, (math.prod(x.shape[:depth]), *x.shape[depth:]))
    return ivy.reshape(_combine_one_hot(linear, values, flat.shape[0], "update", base=flat), x.shape)


@composite
def top_k(x, k, axis, largest, sorted):
    size = x.shape[axis]
    if not 0 <= k <= size:
        raise _error("top_k", f"argument 'k' = {k} must be in [0, {size}] for axis {axis} of shape {x.shape}")
    order = ivy.argsort(x, axis=axis, descending=largest, stable=True)
    picked = ivy.take(order, ivy.arange(k), axis=axis)
    return TopKResult(ivy.take_along_axis(x, picked, axis=axis), picked)


@composite
def split(x, indices_or_sections, axis):
    size = x.shape[axis]
    if isinstance(indices_or_sections, int):
        if indices_or_sections <= 0 or size % indices_or_sections:
            raise _error(
                "split", f"{size} elements along axis {axis} do not split into {indices_or_sections} equal parts"
            )
        step = size // indices_or_sections
        bounds = list(range(0, size + 1, step)) if step else [0] * (indices_or_sections + 1)
    else:
        bounds = [0, *(min(max(int(i), 0), size) for i in indices_or_sections), size]
    axis = axis % x.ndim
    return tuple(
        x[(slice(None),) * axis + (slice(start, max(start, stop)),)] for start, stop in itertools.pairwise(bounds)
    )
