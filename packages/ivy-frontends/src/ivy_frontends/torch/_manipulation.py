# ruff: noqa: A002, N812, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Shape and layout functions: reshape/view, permute, cat/stack, split/chunk, squeeze, repeat..."""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends._shared.shapes import section_bounds
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import to_out
from ivy_frontends.torch._promotion import result_type
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, _dim, as_ivy, shape_args, tensor_arg, wrap


def _arr(x: Any, function: str, argument: str = "input") -> Any:
    return tensor_arg(x, function, argument)._ivy


def _reshape(x: Any, shape: tuple[int, ...], function: str) -> Any:
    try:
        return ivy.reshape(x, shape)
    except (ValueError, ivy.IvyError) as error:
        raise RuntimeError(f"{function}: shape '{list(shape)}' is invalid for input of size {x.size}") from error


@register("reshape")
def reshape(input: Tensor, *shape: Any) -> Tensor:
    """torch.reshape / Tensor.reshape(*shape)."""
    return wrap(_reshape(_arr(input, "torch.reshape"), shape_args(shape, "reshape"), "reshape"))


@register("view", namespace=False)
def view(self: Tensor, *shape: Any, dtype: Any = None) -> Tensor:
    """Tensor.view(*shape) (a copy here, see the module notes); ``view(dtype)`` of the same width converts."""
    if len(shape) == 1 and (isinstance(shape[0], D.dtype) or dtype is not None):
        return self.to(shape[0] if dtype is None else dtype)
    return wrap(_reshape(self._ivy, shape_args(shape, "view"), "view"))


@register("view_as", "reshape_as", namespace=False)
def view_as(self: Tensor, other: Tensor) -> Tensor:
    """Tensor.view_as / reshape_as: the shape of ``other``."""
    return wrap(_reshape(self._ivy, tuple(other.shape), "view_as"))


@register("flatten")
def flatten(input: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    """torch.flatten of the dimensions ``start_dim..end_dim``."""
    x = _arr(input, "torch.flatten")
    if x.ndim == 0:
        return wrap(ivy.reshape(x, (1,)))
    s, e = _dim(start_dim, x.ndim, "flatten", "start_dim"), _dim(end_dim, x.ndim, "flatten", "end_dim")
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    shape = x.shape
    return wrap(
        ivy.reshape(
            x, (*shape[:s], -1, *shape[e + 1 :]) if x.size else (*shape[:s], _prod(shape[s : e + 1]), *shape[e + 1 :])
        )
    )


def _prod(xs: Any) -> int:
    n = 1
    for x in xs:
        n *= x
    return n


@register("ravel")
def ravel(input: Tensor) -> Tensor:
    """torch.ravel: the flattened tensor."""
    return wrap(ivy.reshape(_arr(input, "torch.ravel"), (-1,)))


@register("unflatten")
def unflatten(input: Tensor, dim: int, sizes: Any) -> Tensor:
    """torch.unflatten: split one dimension into ``sizes``."""
    x = _arr(input, "torch.unflatten")
    d = _dim(dim, x.ndim, "unflatten")
    return wrap(ivy.reshape(x, (*x.shape[:d], *sizes, *x.shape[d + 1 :])))


@register("squeeze")
def squeeze(input: Tensor, dim: Any = None) -> Tensor:
    """torch.squeeze: drop size-one dimensions (only those named by ``dim``; others are kept silently)."""
    x = _arr(input, "torch.squeeze")
    if dim is None:
        axes = tuple(i for i, s in enumerate(x.shape) if s == 1)
    else:
        ds = dim if isinstance(dim, (tuple, list)) else (dim,)
        axes = tuple(i for i in (_dim(d, x.ndim, "squeeze") for d in ds) if x.ndim and x.shape[i] == 1)
    return wrap(ivy.squeeze(x, axes)) if axes else wrap(x)


@register("unsqueeze")
def unsqueeze(input: Tensor, dim: int) -> Tensor:
    """torch.unsqueeze: a new size-one dimension at ``dim``."""
    x = _arr(input, "torch.unsqueeze")
    return wrap(ivy.expand_dims(x, _dim(dim, x.ndim + 1, "unsqueeze")))


@register("permute")
def permute(input: Tensor, *dims: Any) -> Tensor:
    """torch.permute(input, dims) / Tensor.permute(*dims)."""
    x = _arr(input, "torch.permute")
    axes = tuple(_dim(d, x.ndim, "permute") for d in shape_args(dims, "permute"))
    if len(axes) != x.ndim or len(set(axes)) != x.ndim:
        raise RuntimeError(
            f"permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = {x.ndim} is not equal to len(dims) = {len(axes)}"
        )
    return wrap(ivy.permute_dims(x, axes))


@register("transpose", "swapaxes", "swapdims")
def transpose(input: Tensor, dim0: int, dim1: int) -> Tensor:
    """torch.transpose: swap two dimensions."""
    x = _arr(input, "torch.transpose")
    if x.ndim < 2:
        _dim(dim0, x.ndim, "transpose", "dim0"), _dim(dim1, x.ndim, "transpose", "dim1")
        return wrap(x)
    a, b = _dim(dim0, x.ndim, "transpose", "dim0"), _dim(dim1, x.ndim, "transpose", "dim1")
    axes = list(range(x.ndim))
    axes[a], axes[b] = b, a
    result = wrap(ivy.permute_dims(x, tuple(axes)))
    if x.ndim == 3 and {a, b} == {0, 1}:  # batch-first attention inputs: see multi_head_attention_forward
        result._swapped = x
    return result


@register("t")
def t(input: Tensor) -> Tensor:
    """torch.t: transpose a matrix (vectors unchanged)."""
    x = _arr(input, "torch.t")
    if x.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {x.ndim}D")
    return wrap(ivy.matrix_transpose(x)) if x.ndim == 2 else wrap(x)


@register("adjoint")
def adjoint(input: Tensor) -> Tensor:
    """torch.adjoint: conjugate transpose of the last two dimensions."""
    return wrap(ivy.conj(ivy.matrix_transpose(_arr(input, "torch.adjoint"))))


@register("movedim", "moveaxis")
def movedim(input: Tensor, source: Any, destination: Any) -> Tensor:
    """torch.movedim: move dimensions to new positions."""
    x = _arr(input, "torch.movedim")
    return wrap(ivy.moveaxis(x, source, destination))


def _joined(tensors: Any, function: str) -> tuple[list[Any], Any]:
    if not isinstance(tensors, (list, tuple)):
        raise TypeError(f"{function}(): argument 'tensors' must be tuple of Tensors, not {type(tensors).__name__}")
    if not tensors:
        raise RuntimeError(f"{function}(): expected a non-empty list of Tensors")
    target = result_type(*tensors) if len(tensors) > 1 else tensor_arg(tensors[0], function, "tensors").dtype
    arrs = [tensor_arg(t, function, "tensors")._ivy for t in tensors]
    return [a if a.dtype == target._ivy else ivy.astype(a, target._ivy) for a in arrs], target


@register("cat", "concat", "concatenate", method=False)
def cat(tensors: Any, dim: int = 0, *, out: Any = None, axis: Any = None) -> Tensor:
    """torch.cat: join along an existing dimension (empty 1-d tensors are skipped, as in torch)."""
    arrs, _ = _joined(tensors, "torch.cat")
    if axis is not None:
        dim = axis
    keep = [a for a in arrs if not (a.ndim == 1 and a.shape[0] == 0)] or arrs[:1]
    d = _dim(dim, keep[0].ndim, "torch.cat")
    try:
        return to_out(out, ivy.concat(keep, axis=d), "torch.cat")
    except (ValueError, ivy.IvyError) as error:
        shapes = ", ".join(str(list(a.shape)) for a in keep)
        raise RuntimeError(f"torch.cat(): Sizes of tensors must match except in dimension {d}; got {shapes}") from error


@register("stack", method=False)
def stack(tensors: Any, dim: int = 0, *, out: Any = None) -> Tensor:
    """torch.stack: join along a new dimension."""
    arrs, _ = _joined(tensors, "torch.stack")
    shapes = {a.shape for a in arrs}
    if len(shapes) > 1:
        raise RuntimeError(f"stack expects each tensor to be equal size, but got {[list(s) for s in shapes]}")
    return to_out(out, ivy.stack(arrs, axis=_dim(dim, arrs[0].ndim + 1, "torch.stack")), "torch.stack")


def _atleast(n: int) -> Any:
    def atleast(*tensors: Any) -> Any:
        if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
            return tuple(atleast(t) for t in tensors[0])
        if len(tensors) > 1:
            return tuple(atleast(t) for t in tensors)
        x = _arr(tensors[0], f"torch.atleast_{n}d")
        if x.ndim >= n:
            return wrap(x)
        shape = {1: (1,), 2: (1, 1), 3: (1, 1, 1)}[n]
        if x.ndim == 1:
            shape = {2: (1, x.shape[0]), 3: (1, x.shape[0], 1)}[n]
        elif x.ndim == 2:
            shape = (*x.shape, 1)
        return wrap(ivy.reshape(x, shape))

    return named(atleast, f"atleast_{n}d", f"torch.atleast_{n}d: view with at least {n} dimensions.")


for _n in (1, 2, 3):
    register(f"atleast_{_n}d", method=False)(_atleast(_n))


@register("hstack", method=False)
def hstack(tensors: Any, *, out: Any = None) -> Tensor:
    """torch.hstack: along dim 1 (dim 0 for vectors)."""
    ts = [_atleast(1)(t) for t in tensors]
    return cat(ts, 0 if ts[0].ndim == 1 else 1, out=out)


@register("vstack", "row_stack", method=False)
def vstack(tensors: Any, *, out: Any = None) -> Tensor:
    """torch.vstack: along dim 0 after making each at least 2-d."""
    return cat([_atleast(2)(t) for t in tensors], 0, out=out)


@register("dstack", method=False)
def dstack(tensors: Any, *, out: Any = None) -> Tensor:
    """torch.dstack: along dim 2 after making each at least 3-d."""
    return cat([_atleast(3)(t) for t in tensors], 2, out=out)


@register("column_stack", method=False)
def column_stack(tensors: Any, *, out: Any = None) -> Tensor:
    """torch.column_stack: vectors become columns."""
    ts = [
        t.reshape(-1, 1) if t.ndim < 2 else t for t in (tensor_arg(t, "torch.column_stack", "tensors") for t in tensors)
    ]
    return cat(ts, 1, out=out)


@register("split")
def split(tensor: Tensor, split_size_or_sections: Any, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.split: pieces of ``split_size`` (the last smaller), or of the given sizes."""
    x = _arr(tensor, "torch.split", "tensor")
    d = _dim(dim, x.ndim, "torch.split")
    n = x.shape[d]
    if isinstance(split_size_or_sections, int):
        size = split_size_or_sections
        sizes = [size] * (n // size) + ([n % size] if n % size else []) if size else [0]
    else:
        sizes = list(split_size_or_sections)
        if builtins.sum(sizes) != n:
            raise RuntimeError(
                f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's size at dimension {d}), but got split_sizes={sizes}"
            )
    bounds, start = [], 0
    for s in sizes[:-1]:
        start += s
        bounds.append(start)
    return tuple(wrap(p) for p in ivy.split(x, tuple(bounds), axis=d)) if bounds else (wrap(x),)


@register("tensor_split")
def tensor_split(input: Tensor, indices_or_sections: Any, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.tensor_split: ``n`` nearly equal parts (the first ones larger), or at indices."""
    x = _arr(input, "torch.tensor_split")
    d = _dim(dim, x.ndim, "torch.tensor_split")
    n = x.shape[d]
    if isinstance(indices_or_sections, int):
        bounds = section_bounds(n, indices_or_sections)
    else:
        bounds = [builtins.min(int(i), n) for i in indices_or_sections]
    pieces, prev = [], 0
    for b in [*bounds, n]:
        idx = [slice(None)] * x.ndim
        idx[d] = slice(prev, builtins.max(b, prev))
        pieces.append(wrap(x[tuple(idx)]))
        prev = builtins.max(b, prev)
    return tuple(pieces)


@register("chunk")
def chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.chunk: at most ``chunks`` pieces of ``ceil(n / chunks)``."""
    x = _arr(input, "torch.chunk")
    if chunks <= 0:
        raise RuntimeError("chunk expects `chunks` to be greater than 0, got: " + str(chunks))
    n = x.shape[_dim(dim, x.ndim, "torch.chunk")]
    size = -(-n // chunks) if n else 1
    return split(input, size, dim)


@register("unbind")
def unbind(input: Tensor, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.unbind: the slices along ``dim``."""
    x = _arr(input, "torch.unbind")
    return tuple(wrap(a) for a in ivy.unstack(x, axis=_dim(dim, x.ndim, "torch.unbind")))


@register("narrow")
def narrow(input: Tensor, dim: int, start: Any, length: int) -> Tensor:
    """torch.narrow: ``length`` entries from ``start`` along ``dim``."""
    x = _arr(input, "torch.narrow")
    d = _dim(dim, x.ndim, "torch.narrow")
    start = int(start) % x.shape[d] if int(start) < 0 else int(start)
    if start + length > x.shape[d]:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({x.shape[d]}).")
    idx = [slice(None)] * x.ndim
    idx[d] = slice(start, start + length)
    return input[tuple(idx)] if isinstance(input, Tensor) else wrap(x[tuple(idx)])  # a view of a Tensor


@register("select")
def select(input: Tensor, dim: int, index: int) -> Tensor:
    """torch.select: one index along ``dim``, which is removed."""
    x = _arr(input, "torch.select")
    idx: list[Any] = [slice(None)] * x.ndim
    idx[_dim(dim, x.ndim, "torch.select")] = int(index)
    return input[tuple(idx)] if isinstance(input, Tensor) else wrap(x[tuple(idx)])  # a view of a Tensor


@register("expand", namespace=False)
def expand(self: Tensor, *sizes: Any) -> Tensor:
    """Tensor.expand: broadcast to ``sizes`` (-1 keeps a dimension)."""
    x = self._ivy
    sizes = shape_args(sizes, "expand")
    lead = len(sizes) - x.ndim
    if lead < 0:
        raise RuntimeError(
            f"expand: the number of sizes provided ({len(sizes)}) must be greater or equal to the number of dimensions in the tensor ({x.ndim})"
        )
    shape = tuple(x.shape[i - lead] if s == -1 else s for i, s in enumerate(sizes))
    return wrap(ivy.broadcast_to(x, shape))


@register("expand_as", namespace=False)
def expand_as(self: Tensor, other: Tensor) -> Tensor:
    """Tensor.expand_as: broadcast to ``other``'s shape."""
    return wrap(ivy.broadcast_to(self._ivy, tuple(other.shape)))


@register("broadcast_to")
def broadcast_to(input: Tensor, size: Any) -> Tensor:
    """torch.broadcast_to."""
    return expand(tensor_arg(input, "torch.broadcast_to"), *size)


@register("broadcast_tensors", method=False)
def broadcast_tensors(*tensors: Tensor) -> tuple[Tensor, ...]:
    """torch.broadcast_tensors."""
    return tuple(
        wrap(a) for a in ivy.broadcast_arrays(*[_arr(t, "torch.broadcast_tensors", "tensors") for t in tensors])
    )


@register("broadcast_shapes", method=False)
def broadcast_shapes(*shapes: Any) -> tuple:
    """torch.broadcast_shapes."""
    from ivy_frontends.torch._device import Size

    return Size(ivy.broadcast_shapes(*[(s,) if isinstance(s, int) else tuple(s) for s in shapes]))


@register("repeat", namespace=False)
def repeat(self: Tensor, *sizes: Any) -> Tensor:
    """Tensor.repeat: tile the tensor ``sizes`` times (NumPy's tile)."""
    reps = shape_args(sizes, "repeat")
    if len(reps) < self._ivy.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
    x = ivy.reshape(self._ivy, (1,) * (len(reps) - self._ivy.ndim) + tuple(self._ivy.shape))
    return wrap(ivy.tile(x, reps))


@register("tile")
def tile(input: Tensor, dims: Any) -> Tensor:
    """torch.tile: like Tensor.repeat, padding ``dims`` with ones on the left."""
    x = _arr(input, "torch.tile")
    reps = (1,) * builtins.max(0, x.ndim - len(dims)) + tuple(dims)
    return repeat(wrap(x), *reps)


@register("repeat_interleave")
def repeat_interleave(input: Tensor, repeats: Any = None, dim: Any = None, *, output_size: Any = None) -> Tensor:
    """torch.repeat_interleave: each element repeated (flattened when ``dim`` is None)."""
    x = _arr(input, "torch.repeat_interleave")
    if repeats is None:  # repeat_interleave(repeats): indices repeated by their count
        counts = x
        return wrap(ivy.repeat(ivy.arange(counts.shape[0], dtype=ivy.int64), counts))
    if isinstance(repeats, Tensor):
        repeats = repeats._ivy if repeats.ndim else int(repeats.item())
    if dim is None:
        return wrap(ivy.repeat(ivy.reshape(x, (-1,)), repeats, axis=0))
    return wrap(ivy.repeat(x, repeats, axis=_dim(dim, x.ndim, "torch.repeat_interleave")))


@register("flip")
def flip(input: Tensor, *dims: Any) -> Tensor:
    """torch.flip: reverse the order along ``dims``."""
    x = _arr(input, "torch.flip")
    axes = tuple(_dim(d, x.ndim, "torch.flip") for d in shape_args(dims, "flip"))
    return wrap(ivy.flip(x, axis=axes)) if axes else wrap(x)


@register("fliplr")
def fliplr(input: Tensor) -> Tensor:
    """torch.fliplr: reverse dim 1."""
    return flip(input, (1,))


@register("flipud")
def flipud(input: Tensor) -> Tensor:
    """torch.flipud: reverse dim 0."""
    return flip(input, (0,))


@register("roll")
def roll(input: Tensor, shifts: Any, dims: Any = None) -> Tensor:
    """torch.roll: cyclic shift (of the flattened tensor when ``dims`` is None)."""
    x = _arr(input, "torch.roll")
    if dims is None:
        return wrap(ivy.reshape(ivy.roll(ivy.reshape(x, (-1,)), shifts), x.shape))
    return wrap(ivy.roll(x, shifts, axis=dims))


@register("rot90")
def rot90(input: Tensor, k: int = 1, dims: Any = (0, 1)) -> Tensor:
    """torch.rot90: rotate by 90 degrees ``k`` times in the plane ``dims``."""
    x = wrap(_arr(input, "torch.rot90"))
    a, b = dims
    k %= 4
    if k == 1:
        return flip(x, (b,)).transpose(a, b)
    if k == 2:
        return flip(x, (a, b))
    if k == 3:
        return flip(x.transpose(a, b), (b,))
    return x


def _tri(name: str, fn: Any) -> Any:
    def tri(input: Tensor, diagonal: int = 0, *, out: Any = None) -> Tensor:
        return to_out(out, fn(_arr(input, f"torch.{name}"), k=diagonal), f"torch.{name}")

    return named(
        tri, name, f"torch.{name}: keep the {'lower' if name == 'tril' else 'upper'} triangle from ``diagonal``."
    )


tril = register("tril")(_tri("tril", ivy.tril))
triu = register("triu")(_tri("triu", ivy.triu))


@register("diagonal")
def diagonal(input: Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    """torch.diagonal: the ``offset`` diagonal of dims ``dim1``/``dim2``, moved last."""
    x = _arr(input, "torch.diagonal")
    a, b = _dim(dim1, x.ndim, "torch.diagonal", "dim1"), _dim(dim2, x.ndim, "torch.diagonal", "dim2")
    moved = ivy.moveaxis(x, (a, b), (-2, -1))
    return wrap(ivy.linalg.diagonal(moved, offset=offset))


@register("diag")
def diag(input: Tensor, diagonal: int = 0) -> Tensor:
    """torch.diag: a vector's diagonal matrix, or a matrix's diagonal."""
    x = _arr(input, "torch.diag")
    if x.ndim == 2:
        return wrap(ivy.linalg.diagonal(x, offset=diagonal))
    if x.ndim != 1:
        raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {x.ndim}D")
    return diag_embed(wrap(x), diagonal)


@register("diag_embed")
def diag_embed(input: Tensor, offset: int = 0, dim1: int = -2, dim2: int = -1) -> Tensor:
    """torch.diag_embed: the last dimension placed on a diagonal of new trailing matrices."""
    x = _arr(input, "torch.diag_embed")
    n = x.shape[-1] + builtins.abs(offset)
    eye = ivy.eye(x.shape[-1], dtype=x.dtype)
    mats = (
        ivy.multiply(ivy.expand_dims(x, -1), eye)
        if x.dtype.kind != "b"
        else ivy.logical_and(ivy.expand_dims(x, -1), ivy.astype(eye, ivy.bool))
    )
    lo, hi = (0, offset) if offset >= 0 else (-offset, 0)
    pad = [(0, 0)] * (mats.ndim - 2) + [(lo, hi), (hi, lo)]
    out = ivy.pad(mats, tuple(pad)) if offset else mats
    del n
    if (dim1, dim2) not in ((-2, -1), (out.ndim - 2, out.ndim - 1)):
        out = ivy.moveaxis(out, (-2, -1), (dim1, dim2))
    return wrap(out)


@register("trace")
def trace(input: Tensor) -> Tensor:
    """torch.trace: the sum of a matrix's diagonal (integers accumulate in int64)."""
    x = _arr(input, "torch.trace")
    d = ivy.linalg.diagonal(x)
    return wrap(ivy.sum(ivy.astype(d, ivy.int64) if d.dtype.kind in "biu" else d))


@register("clone")
def clone(input: Tensor, *, memory_format: Any = None) -> Tensor:
    """torch.clone."""
    return wrap(_arr(input, "torch.clone"))


@register("numel", method=False)
def numel(input: Tensor) -> int:
    """torch.numel."""
    return tensor_arg(input, "torch.numel").numel()


@register("meshgrid", method=False)
def meshgrid(*tensors: Any, indexing: str = "ij") -> tuple[Tensor, ...]:
    """torch.meshgrid (``ij`` indexing by default)."""
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    return tuple(
        wrap(a) for a in ivy.meshgrid(*[_arr(t, "torch.meshgrid", "tensors") for t in tensors], indexing=indexing)
    )


@register("contiguous", namespace=False)
def contiguous(self: Tensor, memory_format: Any = None) -> Tensor:
    """Tensor.contiguous (tensors here always are)."""
    return self


def _as(x: Any) -> Any:
    return as_ivy(x)


@register("unfold", namespace=False)
def unfold(self: Tensor, dimension: int, size: int, step: int) -> Tensor:
    """Tensor.unfold: the windows of ``size`` along ``dimension`` (every ``step``), as a new last dimension."""
    x = tensor_arg(self, "torch.Tensor.unfold")._ivy
    axis = _dim(dimension, max(x.ndim, 1), "torch.Tensor.unfold")
    length = x.shape[axis] if x.ndim else 1
    if size < 0 or size > length:
        raise RuntimeError(
            f"torch.Tensor.unfold: maximum size for tensor at dimension {axis} is {length} but size is {size}"
        )
    if step <= 0:
        raise RuntimeError(f"torch.Tensor.unfold: step is {step} but must be > 0")
    if x.ndim == 0:
        return wrap(ivy.reshape(x, (1,)))
    count = (length - size) // step + 1
    index = ivy.reshape(ivy.arange(count)[:, None] * step + ivy.arange(size)[None, :], (count * size,))
    windows = ivy.take(x, index, axis=axis)
    shape = (*x.shape[:axis], count, size, *x.shape[axis + 1 :])
    return wrap(ivy.moveaxis(ivy.reshape(windows, shape), axis + 1, -1))
