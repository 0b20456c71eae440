"""Index helpers: ``r_``/``c_``/``s_``, ``mgrid``/``ogrid``, ``ix_``, diagonal and triangle indices,
``ravel_multi_index``/``unravel_index``, ``ndindex``/``ndenumerate``, ``apply_along_axis``,
``piecewise`` and ``select``."""

from __future__ import annotations

import itertools
import math
import operator
from collections.abc import Callable, Iterator
from typing import Any

import ivy
from ivy_frontends._shared.indices import INDEX_MODES, into_range
from ivy_frontends.numpy._dtypes import result_type
from ivy_frontends.numpy._helpers import arr, shape_arg
from ivy_frontends.numpy._ndarray import _SCALARS, ndarray

__all__ = [
    "r_",
    "c_",
    "s_",
    "index_exp",
    "mgrid",
    "ogrid",
    "ix_",
    "diag_indices",
    "diag_indices_from",
    "fill_diagonal",
    "tril_indices",
    "tril_indices_from",
    "triu_indices",
    "triu_indices_from",
    "mask_indices",
    "ravel_multi_index",
    "unravel_index",
    "ndindex",
    "ndenumerate",
    "apply_along_axis",
    "apply_over_axes",
    "piecewise",
    "select",
]


def _slice_values(s: slice, name: str) -> ivy.Array:
    """A slice of ``r_``/``mgrid``: ``start:stop:step``, or ``start:stop:Nj`` for N points including stop."""
    start = 0 if s.start is None else s.start
    step = 1 if s.step is None else s.step
    if isinstance(step, complex):
        num = int(abs(step))
        return ivy.linspace(float(start), float(s.stop), num, dtype=ivy.float64)
    if any(isinstance(v, float) for v in (start, s.stop, step)):
        return ivy.arange(float(start), float(s.stop), float(step), dtype=ivy.float64)
    return ivy.arange(start, s.stop, step, dtype=ivy.int64)


class _Concatenator:
    """``r_`` and ``c_``: slices, arrays and scalars joined along an axis."""

    def __init__(self, name: str, axis: int, ndmin: int, trans1d: int) -> None:
        self.name, self.axis, self.ndmin, self.trans1d = name, axis, ndmin, trans1d

    def _expand(self, a: ivy.Array, ndmin: int, trans1d: int) -> ivy.Array:
        if a.ndim >= ndmin:
            return a
        k2 = ndmin - a.ndim
        a = ivy.reshape(a, (1,) * k2 + a.shape)
        if trans1d == -1:
            return a
        k1 = trans1d if trans1d >= 0 else trans1d + k2 + 1
        order = list(range(ndmin))
        return ivy.permute_dims(a, tuple(order[:k1] + order[k2:] + order[k1:k2]))

    def __getitem__(self, key: Any) -> ndarray:
        items = key if isinstance(key, tuple) else (key,)
        axis, ndmin, trans1d = self.axis, self.ndmin, self.trans1d
        if items and isinstance(items[0], str):
            if items[0] in ("r", "c"):
                raise NotImplementedError(f"numpy.{self.name}: the matrix directives 'r' and 'c' are not supported")
            spec = [int(v) for v in items[0].split(",")]  # "axis[,ndmin[,trans1d]]"
            axis, ndmin, trans1d = (spec + [ndmin, trans1d][len(spec) - 1 :])[:3]
            items = items[1:]
        parts, weak, strong = [], [], []
        for item in items:
            if isinstance(item, slice):
                a = _slice_values(item, self.name)
                strong.append(a)
            elif isinstance(item, _SCALARS):
                a = ivy.asarray(item)
                weak.append(item)
            else:
                a = arr(item, f"numpy.{self.name}", "key")
                strong.append(a)
            parts.append(self._expand(ivy.reshape(a, (1,)) if a.ndim == 0 else a, ndmin, trans1d))
        if not parts:
            return ndarray(ivy.zeros((0,), dtype=ivy.float64))
        d = result_type(*strong, *weak).ivy
        return ndarray(ivy.concat([ivy.astype(p, d) for p in parts], axis=axis))

    def __len__(self) -> int:
        return 0


r_ = _Concatenator("r_", 0, 1, -1)
c_ = _Concatenator("c_", -1, 2, 0)


class _IndexExpression:
    """``s_`` (the key as given) and ``index_exp`` (always a tuple)."""

    def __init__(self, maketuple: bool) -> None:
        self.maketuple = maketuple

    def __getitem__(self, item: Any) -> Any:
        return (item,) if self.maketuple and not isinstance(item, tuple) else item


s_ = _IndexExpression(False)
index_exp = _IndexExpression(True)


class _Grid:
    """``mgrid`` (dense) and ``ogrid`` (open): coordinate arrays from slices."""

    def __init__(self, sparse: bool) -> None:
        self.sparse = sparse

    def __getitem__(self, key: Any) -> Any:
        name = "ogrid" if self.sparse else "mgrid"
        if isinstance(key, slice):
            return ndarray(_slice_values(key, name))
        axes = [_slice_values(k, name) for k in key]
        floating = any(a.dtype.kind == "f" for a in axes)
        axes = [ivy.astype(a, ivy.float64) if floating else a for a in axes]
        n = len(axes)
        shaped = [ivy.reshape(a, tuple(a.shape[0] if j == i else 1 for j in range(n))) for i, a in enumerate(axes)]
        if self.sparse:
            return tuple(ndarray(s) for s in shaped)
        shape = tuple(a.shape[0] for a in axes)
        return ndarray(ivy.stack([ivy.broadcast_to(s, shape) for s in shaped]))


mgrid = _Grid(False)
ogrid = _Grid(True)


def ix_(*args: Any) -> tuple[ndarray, ...]:
    """Open-mesh index arrays: the ``k``-th sequence shaped along axis ``k``."""
    out = []
    n = len(args)
    for k, seq in enumerate(args):
        a = arr(seq, "numpy.ix_", "args") if not (isinstance(seq, (list, tuple)) and len(seq) == 0) else None
        a = ivy.zeros((0,), dtype=ivy.int64) if a is None else a
        if a.ndim != 1:
            raise ValueError("numpy.ix_: Cross index must be 1 dimensional")
        if a.dtype is ivy.bool:
            a = ivy.nonzero(a)[0]
        out.append(ndarray(ivy.reshape(a, (1,) * k + (a.shape[0],) + (1,) * (n - k - 1))))
    return tuple(out)


def diag_indices(n: int, ndim: int = 2) -> tuple[ndarray, ...]:
    """Indices of the main diagonal of an ``n``-sided ``ndim``-dimensional array."""
    idx = ivy.arange(operator.index(n), dtype=ivy.int64)
    return tuple(ndarray(idx) for _ in range(ndim))


def diag_indices_from(arr_: Any) -> tuple[ndarray, ...]:
    """``diag_indices`` for an array whose sides are all equal."""
    a = arr(arr_, "numpy.diag_indices_from", "arr")
    if a.ndim < 2:
        raise ValueError("numpy.diag_indices_from: input array must be at least 2-d")
    if len(set(a.shape)) != 1:
        raise ValueError("numpy.diag_indices_from: All dimensions of input must be of equal length")
    return diag_indices(a.shape[0], a.ndim)


def fill_diagonal(a: ndarray, val: Any, wrap: bool = False) -> None:
    """Write ``val`` (repeated as needed) onto the main diagonal of ``a``, in place."""
    if not isinstance(a, ndarray):
        raise TypeError("numpy.fill_diagonal: argument 'a' must be an ndarray (it is written in place)")
    x = a._a
    if x.ndim < 2:
        raise ValueError("numpy.fill_diagonal: array must be at least 2-d")
    if x.ndim == 2:
        step = x.shape[1] + 1
        end = x.size if wrap else min(x.size, x.shape[1] * x.shape[1])
    else:
        if len(set(x.shape)) != 1:
            raise ValueError("numpy.fill_diagonal: All dimensions of input must be of equal length")
        step = 1 + sum(math.prod(x.shape[:i]) for i in range(1, x.ndim))
        end = x.size
    idx = ivy.arange(0, end, step, dtype=ivy.int64)
    v = ivy.reshape(ivy.astype(arr(val, "numpy.fill_diagonal", "val"), x.dtype), (-1,))
    if idx.shape[0] == 0 or v.shape[0] == 0:
        return
    v = ivy.take(v, ivy.remainder(ivy.arange(idx.shape[0], dtype=ivy.int64), v.shape[0]))
    a._a = ivy.reshape(ivy.index_put(ivy.reshape(x, (-1,)), (idx,), v), x.shape)


def _tri_mask(n: int, k: int, m: int | None, upper: bool) -> ivy.Array:
    m = n if m is None else m
    rows = ivy.reshape(ivy.arange(n, dtype=ivy.int64), (n, 1))
    cols = ivy.reshape(ivy.arange(m, dtype=ivy.int64), (1, m))
    diff = ivy.subtract(cols, rows)
    return ivy.greater_equal(diff, k) if upper else ivy.less_equal(diff, k)


def tril_indices(n: int, k: int = 0, m: int | None = None) -> tuple[ndarray, ...]:
    """Row and column indices of the lower triangle (diagonal offset ``k``)."""
    return tuple(ndarray(i) for i in ivy.nonzero(_tri_mask(operator.index(n), k, m, False)))


def triu_indices(n: int, k: int = 0, m: int | None = None) -> tuple[ndarray, ...]:
    """Row and column indices of the upper triangle (diagonal offset ``k``)."""
    return tuple(ndarray(i) for i in ivy.nonzero(_tri_mask(operator.index(n), k, m, True)))


def _square_2d(a: Any, name: str) -> ivy.Array:
    x = arr(a, f"numpy.{name}", "arr")
    if x.ndim != 2:
        raise ValueError(f"numpy.{name}: input array must be 2-d")
    return x


def tril_indices_from(arr_: Any, k: int = 0) -> tuple[ndarray, ...]:
    """``tril_indices`` for the shape of a 2-d array."""
    x = _square_2d(arr_, "tril_indices_from")
    return tril_indices(x.shape[0], k, x.shape[1])


def triu_indices_from(arr_: Any, k: int = 0) -> tuple[ndarray, ...]:
    """``triu_indices`` for the shape of a 2-d array."""
    x = _square_2d(arr_, "triu_indices_from")
    return triu_indices(x.shape[0], k, x.shape[1])


def mask_indices(n: int, mask_func: Callable, k: int = 0) -> tuple[ndarray, ...]:
    """Indices where ``mask_func(ones((n, n)), k)`` is non-zero."""
    m = ndarray(ivy.ones((n, n), dtype=ivy.int64))
    mask = arr(mask_func(m, k), "numpy.mask_indices", "mask_func")
    return tuple(ndarray(i) for i in ivy.nonzero(ivy.not_equal(mask, 0)))


def _strides(dims: tuple[int, ...], order: str) -> list[int]:
    if order not in ("C", "F"):
        raise ValueError("numpy: argument 'order' must be 'C' or 'F'")
    seq = dims if order == "F" else dims[::-1]
    strides, acc = [], 1
    for d in seq:
        strides.append(acc)
        acc *= d
    return strides if order == "F" else strides[::-1]


def ravel_multi_index(multi_index: Any, dims: Any, mode: Any = "raise", order: str = "C") -> ndarray:
    """Flat indices of coordinate arrays in an array of shape ``dims``."""
    name = "numpy.ravel_multi_index"
    shape = shape_arg(dims, name)
    coords = [arr(c, name, "multi_index") for c in multi_index]
    if len(coords) != len(shape):
        raise ValueError(f"{name}: parameter multi_index must be a sequence of length {len(shape)}")
    modes = mode if isinstance(mode, (tuple, list)) else [mode] * len(shape)
    total = None
    for c, d, s, md in zip(coords, shape, _strides(shape, order), modes, strict=False):
        if c.dtype.kind not in "iu":
            raise TypeError(f"{name}: only int indices permitted")
        if md not in INDEX_MODES:
            raise ValueError(f"{name}: clipmode must be one of 'clip', 'raise', or 'wrap'")
        if md == "raise" and bool(ivy.any(ivy.logical_or(ivy.less(c, 0), ivy.greater_equal(c, d)))):
            raise ValueError(f"{name}: invalid entry in coordinates array")
        term = ivy.multiply(ivy.astype(into_range(c, d, md), ivy.int64), s)
        total = term if total is None else ivy.add(total, term)
    return ndarray(total)


def unravel_index(indices: Any, shape: Any, order: str = "C") -> tuple[ndarray, ...]:
    """Coordinate arrays of flat ``indices`` in an array of ``shape``."""
    name = "numpy.unravel_index"
    dims = shape_arg(shape, name)
    idx = arr(indices, name, "indices")
    if idx.dtype.kind not in "iu":
        raise TypeError(f"{name}: only int indices permitted")
    size = math.prod(dims)
    bad = ivy.logical_or(ivy.less(idx, 0), ivy.greater_equal(idx, size))
    if bool(ivy.any(bad)):
        first = int(ivy.reshape(idx, (-1,))[ivy.nonzero(ivy.reshape(bad, (-1,)))[0][0]])
        raise ValueError(f"{name}: index {first} is out of bounds for array with size {size}")
    idx = ivy.astype(idx, ivy.int64)
    return tuple(
        ndarray(ivy.remainder(ivy.floor_divide(idx, s), d)) for d, s in zip(dims, _strides(dims, order), strict=False)
    )


class ndindex:  # noqa: N801 - NumPy's name
    """Every index tuple of an array of the given shape, in C order."""

    def __init__(self, *shape: Any) -> None:
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        self.shape = tuple(operator.index(s) for s in shape)
        self._it = itertools.product(*(range(s) for s in self.shape))

    def __iter__(self) -> Iterator[tuple[int, ...]]:
        return self

    def __next__(self) -> tuple[int, ...]:
        return next(self._it)


class ndenumerate:  # noqa: N801 - NumPy's name
    """``(index, value)`` for every element, in C order."""

    def __init__(self, arr_: Any) -> None:
        self.array = ndarray(arr(arr_, "numpy.ndenumerate", "arr"))
        self._it = ndindex(self.array.shape)

    def __iter__(self) -> Iterator[tuple[tuple[int, ...], Any]]:
        return self

    def __next__(self) -> tuple[tuple[int, ...], Any]:
        idx = next(self._it)
        return idx, self.array[idx]


def apply_along_axis(func1d: Callable, axis: int, arr_: Any, *args: Any, **kwargs: Any) -> ndarray:
    """``func1d`` applied to every 1-d slice along ``axis``; its result's axes replace ``axis``."""
    a = arr(arr_, "numpy.apply_along_axis", "arr")
    if not -a.ndim <= axis < a.ndim:
        raise ivy.AxisError(f"numpy.apply_along_axis: axis {axis} is out of bounds for array of dimension {a.ndim}")
    axis %= a.ndim
    moved = ivy.moveaxis(a, axis, -1)
    outer = moved.shape[:-1]
    if math.prod(outer) == 0:
        raise ValueError("numpy.apply_along_axis: Cannot apply_along_axis when any iteration dimensions are 0")
    results = [
        arr(func1d(ndarray(moved[idx]), *args, **kwargs), "numpy.apply_along_axis", "func1d") for idx in ndindex(outer)
    ]
    d = result_type(*results).ivy
    res = ivy.reshape(ivy.stack([ivy.astype(r, d) for r in results]), outer + results[0].shape)
    k = results[0].ndim
    order = list(range(axis)) + list(range(len(outer), len(outer) + k)) + list(range(axis, len(outer)))
    return ndarray(ivy.permute_dims(res, tuple(order)))


def apply_over_axes(func: Callable, a: Any, axes: Any) -> ndarray:
    """``func(a, axis)`` applied over each of ``axes`` in turn, keeping the number of dimensions."""
    val = ndarray(arr(a, "numpy.apply_over_axes", "a"))
    n = val.ndim
    for axis in axes if isinstance(axes, (tuple, list)) else [axes]:
        ax = axis + n if axis < 0 else axis
        res = ndarray(arr(func(val, ax), "numpy.apply_over_axes", "func"))
        if res.ndim != val.ndim:
            res = ndarray(ivy.expand_dims(res._a, axis=ax))
            if res.ndim != val.ndim:
                raise ValueError("numpy.apply_over_axes: function is not returning an array of the correct shape")
        val = res
    return val


def piecewise(x: Any, condlist: Any, funclist: Any, *args: Any, **kw: Any) -> ndarray:
    """``funclist[i]`` (a function or a value) where ``condlist[i]`` holds; the extra one elsewhere."""
    xs = arr(x, "numpy.piecewise", "x")
    if isinstance(condlist, (list, tuple)) and not any(isinstance(c, _SCALARS) for c in condlist):
        conds = [ivy.astype(arr(c, "numpy.piecewise", "condlist"), ivy.bool) for c in condlist]
    else:
        conds = [ivy.astype(arr(condlist, "numpy.piecewise", "condlist"), ivy.bool)]
        if conds[0].shape != xs.shape and conds[0].ndim == xs.ndim + 1:
            conds = list(ivy.unstack(conds[0]))
    n, n2 = len(conds), len(funclist)
    if n == n2 - 1:
        others = ivy.logical_not(ivy.any(ivy.stack([ivy.broadcast_to(c, xs.shape) for c in conds]), axis=0))
        conds.append(others)
    elif n != n2:
        raise ValueError(f"numpy.piecewise: with {n} condition(s), either {n} or {n + 1} functions are expected")
    y = ivy.zeros_like(xs)
    for cond, func in zip(conds, funclist, strict=False):
        cond = ivy.broadcast_to(cond, xs.shape)
        if not callable(func):
            y = ivy.where(cond, ivy.astype(arr(func, "numpy.piecewise", "funclist"), y.dtype), y)
            continue
        picked = ivy.nonzero(cond)
        if picked[0].shape[0] == 0:
            continue
        vals = arr(func(ndarray(xs[picked]), *args, **kw), "numpy.piecewise", "funclist")
        y = ivy.index_put(y, picked, ivy.astype(ivy.broadcast_to(vals, picked[0].shape), y.dtype))
    return ndarray(y)


def select(condlist: Any, choicelist: Any, default: Any = 0) -> ndarray:
    """From ``choicelist[i]`` where ``condlist[i]`` is first true; ``default`` where none is."""
    name = "numpy.select"
    if len(condlist) != len(choicelist):
        raise ValueError(f"{name}: list of cases must be same length as list of conditions")
    if len(condlist) == 0:
        raise ValueError(f"{name}: select with an empty condition list is not possible")
    choices = [arr(c, name, "choicelist") for c in choicelist] + [arr(default, name, "default")]
    weak_default = default if isinstance(default, _SCALARS) else choices[-1]  # NEP 50: a Python default is weak
    d = result_type(*choices[:-1], weak_default).ivy
    conds = []
    for i, c in enumerate(condlist):
        ci = arr(c, name, "condlist")
        if ci.dtype is not ivy.bool:
            raise TypeError(f"{name}: invalid entry {i} in condlist: should be boolean ndarray")
        conds.append(ci)
    shape = ivy.broadcast_shapes(*(c.shape for c in conds), *(c.shape for c in choices))
    result = ivy.broadcast_to(ivy.astype(choices[-1], d), shape)
    for c, choice in zip(conds[::-1], choices[-2::-1], strict=False):
        result = ivy.where(ivy.broadcast_to(c, shape), ivy.broadcast_to(ivy.astype(choice, d), shape), result)
    return ndarray(result)
