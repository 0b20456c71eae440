"""Sorting, searching and set operations: ``sort``, ``argmax``, ``where``, ``nonzero``, ``unique``, ``isin``..."""

# ruff: noqa: A002 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.numpy._helpers import arr, axis_arg, finish
from ivy_frontends.numpy._ndarray import ndarray, operand, wrap

__all__ = [
    "sort",
    "argsort",
    "partition",
    "argpartition",
    "lexsort",
    "searchsorted",
    "argmax",
    "argmin",
    "argwhere",
    "nonzero",
    "flatnonzero",
    "where",
    "unique",
    "unique_values",
    "unique_counts",
    "unique_inverse",
    "unique_all",
    "isin",
    "intersect1d",
    "union1d",
    "setdiff1d",
    "setxor1d",
    "sort_complex",
]


def _uniq(x: ivy.Array) -> ivy.Array:
    return ivy.sort(ivy.unique_values(x))


def _flat_if_none(x: ivy.Array, axis: Any, name: str) -> tuple[ivy.Array, int]:
    if axis is None:
        return ivy.reshape(x, (-1,)), 0
    return x, axis_arg(axis, x.ndim, name)


def sort(a: Any, axis: int | None = -1, kind: str | None = None, order: Any = None, *, stable: Any = None) -> ndarray:
    """A sorted copy along ``axis`` (flattened when ``None``); NaNs last."""
    x, ax = _flat_if_none(arr(a, "numpy.sort"), axis, "numpy.sort")
    if x.dtype.kind == "c" and x.ndim:  # lexicographic: by real part, ties by imaginary part
        by_imag = ivy.take_along_axis(x, ivy.argsort(ivy.imag(x), axis=ax, stable=True), axis=ax)
        return ndarray(ivy.take_along_axis(by_imag, ivy.argsort(ivy.real(by_imag), axis=ax, stable=True), axis=ax))
    return ndarray(ivy.sort(x, axis=ax) if x.ndim else x)


def argsort(
    a: Any, axis: int | None = -1, kind: str | None = None, order: Any = None, *, stable: Any = None
) -> ndarray:
    """Indices that sort along ``axis`` (a stable sort)."""
    x, ax = _flat_if_none(arr(a, "numpy.argsort"), axis, "numpy.argsort")
    return ndarray(ivy.argsort(x, axis=ax, stable=True) if x.ndim else ivy.zeros((), dtype=ivy.int64))


def partition(a: Any, kth: Any, axis: int | None = -1, kind: str = "introselect", order: Any = None) -> ndarray:
    """A full sort, which satisfies ``partition``'s contract (the kth element in place, smaller ones before)."""
    return sort(a, axis)


def argpartition(a: Any, kth: Any, axis: int | None = -1, kind: str = "introselect", order: Any = None) -> ndarray:
    """``argsort``, which satisfies ``argpartition``'s contract."""
    return argsort(a, axis)


def lexsort(keys: Any, axis: int = -1) -> ndarray:
    """Indices sorting by the last key, then the one before, ... (stable sorts from the first key on)."""
    ks = [arr(k, "numpy.lexsort", "keys") for k in keys]
    order = ivy.argsort(ks[0], axis=axis, stable=True)
    for k in ks[1:]:
        sub = ivy.argsort(ivy.take_along_axis(k, order, axis=axis), axis=axis, stable=True)
        order = ivy.take_along_axis(order, sub, axis=axis)
    return ndarray(order)


def searchsorted(a: Any, v: Any, side: str = "left", sorter: Any = None) -> Any:
    """Where ``v`` would be inserted into sorted ``a`` to keep it sorted."""
    if side not in ("left", "right"):
        raise ValueError(f"numpy.searchsorted: argument 'side' must be 'left' or 'right', got {side!r}")
    x = arr(a, "numpy.searchsorted")
    values = arr(v, "numpy.searchsorted", "v")
    s = arr(sorter, "numpy.searchsorted", "sorter") if sorter is not None else None
    return ndarray(ivy.searchsorted(x, values, side=side, sorter=s))


def _arg(name: str, fn: Any, a: Any, axis: Any, out: Any, keepdims: bool) -> Any:
    x = arr(a, f"numpy.{name}")
    if x.size == 0:
        raise ValueError(f"numpy.{name}: attempt to get {name} of an empty sequence")
    if axis is None:
        result = fn(ivy.reshape(x, (-1,)), axis=0)
        if keepdims:
            result = ivy.reshape(result, (1,) * x.ndim)
    else:
        result = fn(x, axis=axis_arg(axis, x.ndim, f"numpy.{name}"), keepdims=keepdims)
    return finish(result, out, f"numpy.{name}")


def argmax(a: Any, axis: int | None = None, out: Any = None, *, keepdims: bool = False) -> Any:
    """Index of the first largest value along ``axis`` (of the flattened array when ``None``)."""
    return _arg("argmax", ivy.argmax, a, axis, out, keepdims)


def argmin(a: Any, axis: int | None = None, out: Any = None, *, keepdims: bool = False) -> Any:
    """Index of the first smallest value along ``axis``."""
    return _arg("argmin", ivy.argmin, a, axis, out, keepdims)


def nonzero(a: Any) -> tuple[ndarray, ...]:
    """Indices of the non-zero entries, one array per axis."""
    x = arr(a, "numpy.nonzero")
    if x.ndim == 0:
        raise ValueError("numpy.nonzero: calling nonzero on 0d arrays is not allowed; use atleast_1d(a).nonzero()")
    return tuple(wrap(ivy.nonzero(x)))


def flatnonzero(a: Any) -> ndarray:
    """Indices of the non-zero entries of the flattened array."""
    return nonzero(ivy.reshape(arr(a, "numpy.flatnonzero"), (-1,)))[0]


def argwhere(a: Any) -> ndarray:
    """Indices of the non-zero entries, one row per entry."""
    x = arr(a, "numpy.argwhere")
    if x.ndim == 0:
        x = ivy.reshape(x, (1,))
        return ndarray(ivy.reshape(ivy.nonzero(x)[0], (-1, 0)))
    return ndarray(ivy.stack(ivy.nonzero(x), axis=1))


def where(condition: Any, x: Any = None, y: Any = None) -> Any:
    """Elements of ``x`` where ``condition`` holds, else of ``y``; ``nonzero`` with one argument."""
    if x is None and y is None:
        return nonzero(condition)
    if x is None or y is None:
        raise ValueError("numpy.where: either both or neither of x and y should be given")
    cond = ivy.astype(arr(condition, "numpy.where", "condition"), ivy.bool)
    return ndarray(ivy.where(cond, operand(x, "numpy.where", "x"), operand(y, "numpy.where", "y")))


def unique(
    ar: Any,
    return_index: bool = False,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: int | None = None,
    *,
    equal_nan: bool = True,
    sorted: bool = True,
) -> Any:
    """The sorted unique values (flattened), optionally with first indices, inverse and counts."""
    x = arr(ar, "numpy.unique", "ar")
    if axis is not None:
        raise NotImplementedError("numpy.unique: argument 'axis' is not supported by the frontend")
    flat = ivy.reshape(x, (-1,))
    if not (return_index or return_inverse or return_counts):
        return ndarray(ivy.sort(ivy.unique_values(flat)))
    values, indices, inverse, counts = _sorted_unique_all(flat)
    extras = [ndarray(values)]
    if return_index:
        extras.append(ndarray(indices))
    if return_inverse:
        extras.append(ndarray(ivy.reshape(inverse, x.shape)))
    if return_counts:
        extras.append(ndarray(counts))
    return tuple(extras)


def _sorted_unique_all(flat: ivy.Array) -> tuple[ivy.Array, ...]:
    """``ivy.unique_all`` in NumPy's sorted order (the standard leaves the order open)."""
    res = ivy.unique_all(flat)
    order = ivy.argsort(res.values)
    rank = ivy.argsort(order)
    as_int = [ivy.astype(a, ivy.int64) for a in (res.indices, res.inverse_indices, res.counts)]
    return (
        ivy.take(res.values, order),
        ivy.take(as_int[0], order),
        ivy.take(rank, ivy.reshape(as_int[1], (-1,))),
        ivy.take(as_int[2], order),
    )


def unique_values(x: Any) -> ndarray:
    """The standard's unique values (sorted here)."""
    return ndarray(ivy.sort(ivy.unique_values(ivy.reshape(arr(x, "numpy.unique_values", "x"), (-1,)))))


def unique_counts(x: Any) -> Any:
    """``(values, counts)``."""
    values, _, _, counts = _sorted_unique_all(ivy.reshape(arr(x, "numpy.unique_counts", "x"), (-1,)))
    return wrap(ivy.unique_counts(values)._replace(values=values, counts=counts))


def unique_inverse(x: Any) -> Any:
    """``(values, inverse_indices)``, the inverse in ``x``'s shape."""
    a = arr(x, "numpy.unique_inverse", "x")
    values, _, inverse, _ = _sorted_unique_all(ivy.reshape(a, (-1,)))
    return wrap(ivy.unique_inverse(values)._replace(values=values, inverse_indices=ivy.reshape(inverse, a.shape)))


def unique_all(x: Any) -> Any:
    """``(values, indices, inverse_indices, counts)``."""
    a = arr(x, "numpy.unique_all", "x")
    values, indices, inverse, counts = _sorted_unique_all(ivy.reshape(a, (-1,)))
    return wrap(
        ivy.unique_all(values)._replace(
            values=values, indices=indices, inverse_indices=ivy.reshape(inverse, a.shape), counts=counts
        )
    )


def isin(
    element: Any, test_elements: Any, assume_unique: bool = False, invert: bool = False, *, kind: Any = None
) -> ndarray:
    """Whether each element of ``element`` occurs in ``test_elements``."""
    x = arr(element, "numpy.isin", "element")
    t = ivy.reshape(arr(test_elements, "numpy.isin", "test_elements"), (-1,))
    return ndarray(ivy.isin(x, t, invert=invert))


def intersect1d(ar1: Any, ar2: Any, assume_unique: bool = False, return_indices: bool = False) -> Any:
    """Sorted values in both inputs."""
    a = _uniq(ivy.reshape(arr(ar1, "numpy.intersect1d", "ar1"), (-1,)))
    b = ivy.reshape(arr(ar2, "numpy.intersect1d", "ar2"), (-1,))
    if return_indices:
        raise NotImplementedError("numpy.intersect1d: argument 'return_indices' is not supported by the frontend")
    return ndarray(a[ivy.isin(a, b)])


def union1d(ar1: Any, ar2: Any) -> ndarray:
    """Sorted values in either input."""
    a, b = arr(ar1, "numpy.union1d", "ar1"), arr(ar2, "numpy.union1d", "ar2")
    d = ivy.result_type(a, b)
    both = ivy.concat([ivy.reshape(ivy.astype(a, d), (-1,)), ivy.reshape(ivy.astype(b, d), (-1,))])
    return ndarray(_uniq(both))


def setdiff1d(ar1: Any, ar2: Any, assume_unique: bool = False) -> ndarray:
    """Sorted unique values of ``ar1`` not in ``ar2``."""
    a = ivy.reshape(arr(ar1, "numpy.setdiff1d", "ar1"), (-1,))
    if not assume_unique:
        a = _uniq(a)
    b = ivy.reshape(arr(ar2, "numpy.setdiff1d", "ar2"), (-1,))
    return ndarray(a[ivy.isin(a, b, invert=True)])


def setxor1d(ar1: Any, ar2: Any, assume_unique: bool = False) -> ndarray:
    """Sorted values in exactly one of the inputs."""
    a = _uniq(ivy.reshape(arr(ar1, "numpy.setxor1d", "ar1"), (-1,)))
    b = _uniq(ivy.reshape(arr(ar2, "numpy.setxor1d", "ar2"), (-1,)))
    d = ivy.result_type(a, b)
    a, b = ivy.astype(a, d), ivy.astype(b, d)
    return ndarray(ivy.sort(ivy.concat([a[ivy.isin(a, b, invert=True)], b[ivy.isin(b, a, invert=True)]])))


def sort_complex(a: Any) -> ndarray:
    """Sort by real part, then imaginary part, as complex."""
    x = arr(a, "numpy.sort_complex")
    if x.dtype.kind != "c":
        x = ivy.astype(
            x, ivy.complex64 if x.dtype in (ivy.float32, ivy.float16, ivy.int8, ivy.uint8) else ivy.complex128
        )
    order = lexsort([ivy.imag(x), ivy.real(x)])._a
    return ndarray(ivy.take(x, order, axis=0))
