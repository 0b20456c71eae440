"""Shape and layout: ``reshape``, ``transpose``, joins and splits, ``flip``, ``roll``, ``pad``, ``tile``..."""

from __future__ import annotations

import builtins
import itertools
import operator
from typing import Any

import ivy
from ivy_frontends._shared.indices import into_range
from ivy_frontends._shared.shapes import section_bounds
from ivy_frontends.numpy._dtypes import result_type
from ivy_frontends.numpy._helpers import arr, axis_arg, shape_arg
from ivy_frontends.numpy._ndarray import ndarray, wrap

__all__ = [
    "reshape",
    "ravel",
    "transpose",
    "permute_dims",
    "matrix_transpose",
    "moveaxis",
    "swapaxes",
    "rollaxis",
    "expand_dims",
    "squeeze",
    "concatenate",
    "concat",
    "stack",
    "vstack",
    "hstack",
    "dstack",
    "column_stack",
    "split",
    "array_split",
    "hsplit",
    "vsplit",
    "dsplit",
    "unstack",
    "flip",
    "fliplr",
    "flipud",
    "roll",
    "rot90",
    "tile",
    "repeat",
    "pad",
    "broadcast_to",
    "broadcast_arrays",
    "broadcast_shapes",
    "take",
    "take_along_axis",
    "put_along_axis",
    "put",
    "append",
    "delete",
    "insert",
    "resize",
    "shape",
    "ndim",
    "size",
    "trim_zeros",
    "block",
    "choose",
    "compress",
    "extract",
    "place",
    "putmask",
    "copyto",
    "diagonal",
    "trace",
]


def reshape(a: Any, shape: Any = None, order: str = "C", *, newshape: Any = None, copy: bool | None = None) -> ndarray:
    """``a`` with a new shape; one dimension may be ``-1``."""
    x = arr(a, "numpy.reshape")
    s = shape_arg(shape if shape is not None else newshape, "numpy.reshape")
    if order not in ("C", "A"):
        raise NotImplementedError(f"numpy.reshape: argument 'order': only 'C' order is supported, got {order!r}")
    known = 1
    for n in s:
        known *= n if n != -1 else 1
    if (-1 not in s and known != x.size) or (-1 in s and (known == 0 or x.size % known)):
        raise ValueError(f"numpy.reshape: cannot reshape array of size {x.size} into shape {s}")
    return ndarray(ivy.reshape(x, s))


def ravel(a: Any, order: str = "C") -> ndarray:
    """``a`` flattened to 1-d."""
    return ndarray(ivy.reshape(arr(a, "numpy.ravel"), (-1,)))


def transpose(a: Any, axes: Any = None) -> ndarray:
    """``a`` with its axes permuted (reversed by default)."""
    x = arr(a, "numpy.transpose")
    perm = tuple(range(x.ndim))[::-1] if axes is None else axis_arg(tuple(axes), x.ndim, "numpy.transpose")
    if sorted(perm) != list(range(x.ndim)):
        raise ValueError(f"numpy.transpose: argument 'axes': {axes} is not a permutation of {x.ndim} axes")
    return ndarray(ivy.permute_dims(x, perm))


def permute_dims(a: Any, axes: Any = None) -> ndarray:
    """The standard's name for ``transpose``."""
    return transpose(a, axes)


def matrix_transpose(x: Any, /) -> ndarray:
    """Swap the last two axes."""
    return ndarray(ivy.matrix_transpose(arr(x, "numpy.matrix_transpose", "x")))


def moveaxis(a: Any, source: Any, destination: Any) -> ndarray:
    """Move axes to new positions, keeping the others' order."""
    x = arr(a, "numpy.moveaxis")
    return ndarray(
        ivy.moveaxis(x, axis_arg(source, x.ndim, "numpy.moveaxis"), axis_arg(destination, x.ndim, "numpy.moveaxis"))
    )


def swapaxes(a: Any, axis1: int, axis2: int) -> ndarray:
    """Exchange two axes."""
    x = arr(a, "numpy.swapaxes")
    perm = list(range(x.ndim))
    i, j = axis_arg(axis1, x.ndim, "numpy.swapaxes"), axis_arg(axis2, x.ndim, "numpy.swapaxes")
    perm[i], perm[j] = perm[j], perm[i]
    return ndarray(ivy.permute_dims(x, tuple(perm)))


def rollaxis(a: Any, axis: int, start: int = 0) -> ndarray:
    """Move ``axis`` to before position ``start``."""
    x = arr(a, "numpy.rollaxis")
    axis = axis_arg(axis, x.ndim, "numpy.rollaxis")
    start = start % (x.ndim + 1) if start < 0 else start
    return moveaxis(x, axis, start - 1 if axis < start else start)


def expand_dims(a: Any, axis: Any) -> ndarray:
    """New length-1 axes at ``axis``."""
    x = arr(a, "numpy.expand_dims")
    axes = (axis,) if isinstance(axis, int) else tuple(axis)
    return ndarray(ivy.expand_dims(x, axis=axis_arg(axes, x.ndim + len(axes), "numpy.expand_dims")))


def squeeze(a: Any, axis: Any = None) -> ndarray:
    """Remove length-1 axes (all of them, or those in ``axis``)."""
    x = arr(a, "numpy.squeeze")
    if axis is None:
        axis = tuple(i for i, n in enumerate(x.shape) if n == 1)
    axis = axis_arg(axis, x.ndim, "numpy.squeeze")
    for i in (axis,) if isinstance(axis, int) else axis:
        if x.shape[i] != 1:
            raise ValueError("numpy.squeeze: cannot select an axis to squeeze out which has size not equal to one")
    return ndarray(ivy.squeeze(x, axis=axis)) if axis != () else ndarray(x)


def _arrays(seq: Any, name: str, dtype: Any = None) -> list[ivy.Array]:
    xs = [arr(a, name, "arrays") for a in seq]
    if not xs:
        raise ValueError(f"{name}: need at least one array to join")
    common = result_type(*xs).ivy if dtype is None else result_type(dtype).ivy
    return [ivy.astype(x, common) for x in xs]


def concatenate(arrays: Any, axis: int | None = 0, out: Any = None, dtype: Any = None, **kwargs: Any) -> ndarray:
    """Join arrays along an existing axis (``None``: flatten first)."""
    xs = _arrays(arrays, "numpy.concatenate", dtype)
    if axis is not None:
        nd = xs[0].ndim
        if nd == 0:
            raise ValueError("numpy.concatenate: zero-dimensional arrays cannot be concatenated")
        for x in xs:
            if x.ndim != nd:
                raise ValueError(
                    "numpy.concatenate: all the input arrays must have same number of dimensions, got"
                    f" {nd} and {x.ndim}"
                )
        axis = axis_arg(axis, nd, "numpy.concatenate")
    from ivy_frontends.numpy._helpers import finish

    return finish(ivy.concat(xs, axis=axis), out, "numpy.concatenate")


def concat(arrays: Any, axis: int | None = 0, **kwargs: Any) -> ndarray:
    """The standard's name for ``concatenate``."""
    return concatenate(arrays, axis, **kwargs)


def stack(arrays: Any, axis: int = 0, out: Any = None, dtype: Any = None, **kwargs: Any) -> ndarray:
    """Join arrays along a new axis."""
    xs = _arrays(arrays, "numpy.stack", dtype)
    if len({x.shape for x in xs}) > 1:
        raise ValueError("numpy.stack: all input arrays must have the same shape")
    axis = axis_arg(axis, xs[0].ndim + 1, "numpy.stack")
    from ivy_frontends.numpy._helpers import finish

    return finish(ivy.stack(xs, axis=axis), out, "numpy.stack")


def vstack(tup: Any, *, dtype: Any = None, **kwargs: Any) -> ndarray:
    """Stack row-wise (1-d inputs become rows)."""
    xs = [ivy.reshape(x, (1, -1)) if x.ndim < 2 else x for x in _arrays(tup, "numpy.vstack", dtype)]
    return concatenate(xs, 0)


def hstack(tup: Any, *, dtype: Any = None, **kwargs: Any) -> ndarray:
    """Stack column-wise (along axis 1, or 0 for 1-d inputs)."""
    xs = [ivy.reshape(x, (1,)) if x.ndim == 0 else x for x in _arrays(tup, "numpy.hstack", dtype)]
    return concatenate(xs, 0 if xs[0].ndim == 1 else 1)


def dstack(tup: Any) -> ndarray:
    """Stack along the third axis."""
    from ivy_frontends.numpy.creation import atleast_3d

    xs = [atleast_3d(x) for x in _arrays(tup, "numpy.dstack")]
    return concatenate(xs, 2)


def column_stack(tup: Any) -> ndarray:
    """1-d inputs as columns of a 2-d array."""
    xs = [ivy.reshape(x, (-1, 1)) if x.ndim < 2 else x for x in _arrays(tup, "numpy.column_stack")]
    return concatenate(xs, 1)


def array_split(ary: Any, indices_or_sections: Any, axis: int = 0) -> list[ndarray]:
    """Split into sections (possibly unequal) or at the given indices."""
    x = arr(ary, "numpy.array_split", "ary")
    axis = axis_arg(axis, x.ndim, "numpy.array_split")
    n = x.shape[axis]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        if k <= 0:
            raise ValueError("numpy.array_split: number sections must be larger than 0")
        bounds = section_bounds(n, k)
    else:
        bounds = [operator.index(i) for i in indices_or_sections]
    edges = [0, *bounds, n]
    parts = []
    for lo, hi in itertools.pairwise(edges):
        lo, hi = builtins.min(builtins.max(lo if lo >= 0 else lo + n, 0), n), builtins.min(hi if hi >= 0 else hi + n, n)
        key = (slice(None),) * axis + (slice(lo, builtins.max(hi, lo)),)
        parts.append(ndarray(x[key]))
    return parts


def split(ary: Any, indices_or_sections: Any, axis: int = 0) -> list[ndarray]:
    """Split into equal sections or at the given indices."""
    x = arr(ary, "numpy.split", "ary")
    if isinstance(indices_or_sections, int):
        n = x.shape[axis_arg(axis, x.ndim, "numpy.split")]
        if indices_or_sections <= 0 or n % indices_or_sections:
            raise ValueError("numpy.split: array split does not result in an equal division")
    return array_split(x, indices_or_sections, axis)


def hsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along axis 1 (0 for 1-d)."""
    x = arr(ary, "numpy.hsplit", "ary")
    return split(x, indices_or_sections, 1 if x.ndim > 1 else 0)


def vsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along axis 0."""
    return split(ary, indices_or_sections, 0)


def dsplit(ary: Any, indices_or_sections: Any) -> list[ndarray]:
    """``split`` along axis 2."""
    return split(ary, indices_or_sections, 2)


def unstack(x: Any, /, *, axis: int = 0) -> tuple[ndarray, ...]:
    """The slices along ``axis``."""
    a = arr(x, "numpy.unstack", "x")
    return tuple(wrap(ivy.unstack(a, axis=axis_arg(axis, a.ndim, "numpy.unstack"))))


def flip(m: Any, axis: Any = None) -> ndarray:
    """Reverse the order along ``axis`` (all axes by default)."""
    x = arr(m, "numpy.flip", "m")
    return ndarray(ivy.flip(x, axis=axis_arg(axis, x.ndim, "numpy.flip")))


def fliplr(m: Any) -> ndarray:
    """Reverse along axis 1."""
    return flip(m, 1)


def flipud(m: Any) -> ndarray:
    """Reverse along axis 0."""
    return flip(m, 0)


def roll(a: Any, shift: Any, axis: Any = None) -> ndarray:
    """Shift elements cyclically along ``axis`` (flattened when ``None``)."""
    x = arr(a, "numpy.roll")
    if isinstance(shift, (tuple, list)) and isinstance(axis, int):
        axis = (axis,) * len(shift)
    if isinstance(axis, (tuple, list)) and isinstance(shift, int):
        shift = (shift,) * len(axis)
    return ndarray(ivy.roll(x, shift, axis=axis_arg(axis, x.ndim, "numpy.roll")))


def rot90(m: Any, k: int = 1, axes: tuple = (0, 1)) -> ndarray:
    """Rotate by 90 degrees ``k`` times in the plane of ``axes``."""
    x = arr(m, "numpy.rot90", "m")
    a0, a1 = axes
    k %= 4
    if k == 0:
        return ndarray(x)
    if k == 2:
        return ndarray(ivy.flip(x, axis=(a0, a1)))
    perm = list(range(x.ndim))
    perm[a0], perm[a1] = perm[a1], perm[a0]
    if k == 1:
        return ndarray(ivy.permute_dims(ivy.flip(x, axis=a1), tuple(perm)))
    return ndarray(ivy.flip(ivy.permute_dims(x, tuple(perm)), axis=a1))


def tile(A: Any, reps: Any) -> ndarray:  # noqa: N803
    """``A`` repeated ``reps`` times per axis."""
    x = arr(A, "numpy.tile", "A")
    reps = (reps,) if isinstance(reps, int) else tuple(reps)
    if len(reps) < x.ndim:
        reps = (1,) * (x.ndim - len(reps)) + reps
    x = ivy.reshape(x, (1,) * (len(reps) - x.ndim) + x.shape)
    return ndarray(ivy.tile(x, reps))


def repeat(a: Any, repeats: Any, axis: int | None = None) -> ndarray:
    """Each element repeated ``repeats`` times (flattened when ``axis`` is ``None``)."""
    x = arr(a, "numpy.repeat")
    r = repeats if isinstance(repeats, int) else arr(repeats, "numpy.repeat", "repeats")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    return ndarray(ivy.repeat(x, r, axis=axis_arg(axis, x.ndim, "numpy.repeat")))


_PAD_MODES = {"constant": "constant", "edge": "edge", "reflect": "reflect", "symmetric": "symmetric", "wrap": "wrap"}


def pad(array: Any, pad_width: Any, mode: str = "constant", **kwargs: Any) -> ndarray:
    """Pad each axis; modes 'constant', 'edge', 'reflect', 'symmetric', 'wrap'."""
    x = arr(array, "numpy.pad", "array")
    if mode not in _PAD_MODES:
        raise NotImplementedError(
            f"numpy.pad: argument 'mode': {mode!r} is not supported (use one of {list(_PAD_MODES)})"
        )
    pw = pad_width.tolist() if isinstance(pad_width, ndarray) else pad_width
    if isinstance(pw, int):
        pw = ((pw, pw),) * x.ndim
    elif all(isinstance(p, int) for p in pw):  # one (before, after) pair, or one width, for every axis
        pw = (tuple(pw) * (2 // len(pw)),) * x.ndim
    pw = [tuple(p) if isinstance(p, (tuple, list)) else (p, p) for p in pw]
    if len(pw) == 1:
        pw = pw * x.ndim
    pw = [(p * 2 if len(p) == 1 else p) for p in pw]
    value = kwargs.get("constant_values", 0)
    return ndarray(ivy.pad(x, tuple(tuple(p) for p in pw), mode=_PAD_MODES[mode], value=value))


def broadcast_to(array: Any, shape: Any, subok: bool = False) -> ndarray:
    """``array`` broadcast to ``shape``."""
    return ndarray(ivy.broadcast_to(arr(array, "numpy.broadcast_to", "array"), shape_arg(shape, "numpy.broadcast_to")))


def broadcast_arrays(*args: Any, subok: bool = False) -> tuple[ndarray, ...]:
    """The inputs broadcast against each other."""
    return tuple(wrap(ivy.broadcast_arrays(*(arr(a, "numpy.broadcast_arrays", "args") for a in args))))


def broadcast_shapes(*args: Any) -> tuple[int, ...]:
    """The shape the given shapes broadcast to."""
    return tuple(ivy.broadcast_shapes(*(shape_arg(s, "numpy.broadcast_shapes") for s in args)))


def take(a: Any, indices: Any, axis: int | None = None, out: Any = None, mode: str = "raise") -> ndarray:
    """Elements at ``indices`` along ``axis`` (of the flattened array when ``None``)."""
    from ivy_frontends.numpy._helpers import finish

    x = arr(a, "numpy.take")
    idx = arr(indices, "numpy.take", "indices")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    axis = axis_arg(axis, x.ndim, "numpy.take")
    idx = into_range(idx, x.shape[axis], mode)
    flat = ivy.reshape(idx, (-1,))
    key = (slice(None),) * axis + (flat,)
    result = x[key]
    return finish(ivy.reshape(result, x.shape[:axis] + idx.shape + x.shape[axis + 1 :]), out, "numpy.take")


def take_along_axis(arr_: Any = None, indices: Any = None, axis: int | None = -1, **kwargs: Any) -> ndarray:
    """Pick values along ``axis`` with an index array of matching rank."""
    x = arr(kwargs.pop("arr", arr_), "numpy.take_along_axis", "arr")
    idx = arr(indices, "numpy.take_along_axis", "indices")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    return ndarray(ivy.take_along_axis(x, idx, axis=axis_arg(axis, x.ndim, "numpy.take_along_axis")))


def _along_axis_key(idx: ivy.Array, axis: int) -> tuple:
    key = []
    for i, n in enumerate(idx.shape):
        if i == axis:
            key.append(idx)
        else:
            shape = [1] * idx.ndim
            shape[i] = n
            key.append(ivy.reshape(ivy.arange(n), tuple(shape)))
    return tuple(key)


def put_along_axis(arr_: Any, indices: Any, values: Any, axis: int | None) -> None:
    """Write ``values`` into ``arr_`` at ``indices`` along ``axis``, in place."""
    idx = arr(indices, "numpy.put_along_axis", "indices")
    target = arr_ if isinstance(arr_, ndarray) else None
    if target is None:
        raise TypeError("numpy.put_along_axis: argument 'arr' must be an ndarray (it is written in place)")
    if axis is None:
        flat = ravel(target)
        flat[idx] = values
        target._a = ivy.reshape(flat._a, target.shape)
        return
    axis = axis_arg(axis, target.ndim, "numpy.put_along_axis")
    target[_along_axis_key(ivy.broadcast_to(idx, idx.shape), axis)] = values


def put(a: Any, ind: Any, v: Any, mode: str = "raise") -> None:
    """Write ``v`` at flat positions ``ind`` of ``a``, in place."""
    if not isinstance(a, ndarray):
        raise TypeError("numpy.put: argument 'a' must be an ndarray (it is written in place)")
    flat = ivy.reshape(a._a, (-1,))
    idx = ivy.reshape(arr(ind, "numpy.put", "ind"), (-1,))
    vals = ivy.reshape(ivy.astype(arr(v, "numpy.put", "v"), flat.dtype), (-1,))
    if vals.shape[0] != idx.shape[0]:
        vals = ivy.take(ivy.tile(vals, (idx.shape[0] // builtins.max(vals.shape[0], 1) + 1,)), ivy.arange(idx.shape[0]))
    flat = ivy.asarray(flat, copy=True)
    flat[idx] = vals
    a._a = ivy.reshape(flat, a.shape)


def append(arr_: Any, values: Any, axis: int | None = None) -> ndarray:
    """``arr_`` with ``values`` appended (both flattened when ``axis`` is ``None``)."""
    x, v = arr(arr_, "numpy.append", "arr"), arr(values, "numpy.append", "values")
    if axis is None:
        return concatenate([ivy.reshape(x, (-1,)), ivy.reshape(v, (-1,))])
    return concatenate([x, v], axis)


def delete(arr_: Any, obj: Any, axis: int | None = None) -> ndarray:
    """``arr_`` without the entries ``obj`` along ``axis``."""
    x = arr(arr_, "numpy.delete", "arr")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    axis = axis_arg(axis, x.ndim, "numpy.delete")
    n = x.shape[axis]
    keep = ivy.ones((n,), dtype=ivy.bool)
    if isinstance(obj, slice):
        keep[obj] = False
    else:
        idx = arr(obj, "numpy.delete", "obj")
        keep[ivy.remainder(idx, n) if idx.dtype.kind in "iu" else idx] = False
    return ndarray(x[(slice(None),) * axis + (keep,)])


def insert(arr_: Any, obj: Any, values: Any, axis: int | None = None) -> ndarray:
    """``values`` inserted before position ``obj`` (an int) along ``axis``."""
    x = arr(arr_, "numpy.insert", "arr")
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    axis = axis_arg(axis, x.ndim, "numpy.insert")
    if not isinstance(obj, int):
        raise NotImplementedError("numpy.insert: argument 'obj': only a single integer position is supported")
    n = x.shape[axis]
    pos = obj + n if obj < 0 else obj
    v = ivy.astype(arr(values, "numpy.insert", "values"), x.dtype)
    shape = list(x.shape)
    shape[axis] = 1
    if v.ndim < x.ndim:
        v = ivy.broadcast_to(
            ivy.reshape(v, tuple(shape)) if v.size == 1 else ivy.expand_dims(v, axis=axis), tuple(shape)
        )
    lo = x[(slice(None),) * axis + (slice(0, pos),)]
    hi = x[(slice(None),) * axis + (slice(pos, None),)]
    return ndarray(ivy.concat([lo, v, hi], axis=axis))


def resize(a: Any, new_shape: Any) -> ndarray:
    """A new array of ``new_shape`` filled by repeating ``a``."""
    x = ivy.reshape(arr(a, "numpy.resize"), (-1,))
    s = shape_arg(new_shape, "numpy.resize")
    n = 1
    for d in s:
        n *= d
    if x.shape[0] == 0 or n == 0:
        return ndarray(ivy.zeros(s, dtype=x.dtype))
    reps = -(-n // x.shape[0])
    return ndarray(ivy.reshape(ivy.tile(x, (reps,))[:n], s))


def shape(a: Any) -> tuple[int, ...]:
    """The shape of ``a``."""
    return tuple(arr(a, "numpy.shape").shape)


def ndim(a: Any) -> int:
    """The number of dimensions of ``a``."""
    return arr(a, "numpy.ndim").ndim


def size(a: Any, axis: int | None = None) -> int:
    """The number of elements (along ``axis``)."""
    x = arr(a, "numpy.size")
    return int(x.size) if axis is None else x.shape[axis]


def trim_zeros(filt: Any, trim: str = "fb") -> ndarray:
    """``filt`` without leading ('f') and trailing ('b') zeros."""
    x = arr(filt, "numpy.trim_zeros", "filt")
    nz = [i for i, v in enumerate(ndarray(x).tolist()) if v != 0]
    lo = nz[0] if nz and "f" in trim else (x.shape[0] if not nz and "f" in trim else 0)
    hi = nz[-1] + 1 if nz and "b" in trim else (0 if not nz and "b" in trim else x.shape[0])
    return ndarray(x[lo : builtins.max(hi, lo)])


def block(arrays: Any) -> ndarray:
    """Assemble nested lists of blocks (innermost lists join along the last axis)."""

    def depth(b: Any) -> int:
        return 1 + depth(b[0]) if isinstance(b, list) else 0

    total = depth(arrays)

    def assemble(b: Any, level: int) -> ivy.Array:
        if not isinstance(b, list):
            x = arr(b, "numpy.block", "arrays")
            return ivy.reshape(x, (1,) * (total - x.ndim) + x.shape) if x.ndim < total else x
        parts = [assemble(p, level + 1) for p in b]
        common = result_type(*parts).ivy
        return ivy.concat([ivy.astype(p, common) for p in parts], axis=level - total)

    return ndarray(assemble(arrays, 0))


def choose(a: Any, choices: Any, out: Any = None, mode: str = "raise") -> ndarray:
    """Pick from ``choices[a[i]]`` elementwise."""
    idx = arr(a, "numpy.choose")
    stacked = ivy.stack(list(ivy.broadcast_arrays(*(arr(c, "numpy.choose", "choices") for c in choices), idx))[:-1])
    picked = ivy.take_along_axis(stacked, ivy.expand_dims(ivy.broadcast_to(idx, stacked.shape[1:]), axis=0), axis=0)
    from ivy_frontends.numpy._helpers import finish

    return finish(ivy.squeeze(picked, axis=0), out, "numpy.choose")


def compress(condition: Any, a: Any, axis: int | None = None, out: Any = None) -> ndarray:
    """The slices of ``a`` along ``axis`` where ``condition`` is true."""
    x = arr(a, "numpy.compress")
    cond = ivy.astype(arr(condition, "numpy.compress", "condition"), ivy.bool)
    if axis is None:
        x, axis = ivy.reshape(x, (-1,)), 0
    n = x.shape[axis]
    if cond.shape[0] < n:
        cond = ivy.concat([cond, ivy.zeros((n - cond.shape[0],), dtype=ivy.bool)])
    return ndarray(x[(slice(None),) * axis + (cond[:n],)])


def extract(condition: Any, arr_: Any) -> ndarray:
    """The elements of ``arr_`` where ``condition`` is true (both flattened)."""
    x = ivy.reshape(arr(arr_, "numpy.extract", "arr"), (-1,))
    c = ivy.reshape(ivy.astype(arr(condition, "numpy.extract", "condition"), ivy.bool), (-1,))
    return ndarray(x[c])


def place(arr_: ndarray, mask: Any, vals: Any) -> None:
    """Write ``vals`` (cycled) where ``mask`` is true, in place."""
    m = ivy.astype(arr(mask, "numpy.place", "mask"), ivy.bool)
    count = int(ivy.count_nonzero(m))
    v = ivy.reshape(arr(vals, "numpy.place", "vals"), (-1,))
    if count:
        arr_[m] = ivy.tile(v, (-(-count // v.shape[0]),))[:count]


def putmask(a: ndarray, mask: Any, values: Any) -> None:
    """``a[mask] = values`` with ``values`` repeated over the flat positions, in place."""
    m = ivy.astype(arr(mask, "numpy.putmask", "mask"), ivy.bool)
    v = ivy.reshape(arr(values, "numpy.putmask", "values"), (-1,))
    full = ivy.reshape(ivy.tile(v, (-(-a.size // v.shape[0]),))[: a.size], a.shape)
    a._a = ivy.where(m, ivy.astype(full, a._a.dtype), a._a)


def copyto(dst: ndarray, src: Any, casting: str = "same_kind", where: Any = True) -> None:
    """Copy ``src`` into ``dst`` (broadcast, cast) where ``where`` is true."""
    from ivy_frontends.numpy._dtypes import can_cast

    s = arr(src, "numpy.copyto", "src")
    if not can_cast(s.dtype, dst._a.dtype, casting):
        raise TypeError(f"numpy.copyto: cannot cast from {s.dtype.name} to {dst.dtype} with casting={casting!r}")
    s = ivy.broadcast_to(ivy.astype(s, dst._a.dtype), dst.shape)
    if where is not True:
        s = ivy.where(ivy.astype(arr(where, "numpy.copyto", "where"), ivy.bool), s, dst._a)
    dst._a = s


def diagonal(a: Any, offset: int = 0, axis1: int = 0, axis2: int = 1) -> ndarray:
    """The diagonal over ``axis1`` and ``axis2`` (as the last axis)."""
    x = arr(a, "numpy.diagonal")
    x = ivy.moveaxis(x, (axis1, axis2), (-2, -1))
    return ndarray(ivy.linalg.diagonal(x, offset=offset))


def trace(a: Any, offset: int = 0, axis1: int = 0, axis2: int = 1, dtype: Any = None, out: Any = None) -> ndarray:
    """The sum along a diagonal."""
    from ivy_frontends.numpy._helpers import dtype_arg, finish

    x = arr(a, "numpy.trace")
    d = ivy.linalg.diagonal(ivy.moveaxis(x, (axis1, axis2), (-2, -1)), offset=offset)
    return finish(ivy.sum(d, axis=-1, dtype=dtype_arg(dtype, "numpy.trace")), out, "numpy.trace")
