# ruff: noqa: A002, E501, N803, N812 - torch's own argument names (input, A); long lines are torch's error messages
"""torch functions built from other frontend functions: splits, strided views and their scatters,
integer arithmetic (gcd/lcm/ldexp/frexp), integration, linear-algebra aliases, quantiles, predicates,
and the functions torch removed (which raise as torch does)."""

from __future__ import annotations

import builtins
import math
from typing import Any

import ivy
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._promotion import binary, unary_float
from ivy_frontends.torch._reduction import values_indices
from ivy_frontends.torch._registry import NAMESPACE, add, register
from ivy_frontends.torch._tensor import Tensor, _dim, as_ivy, tensor_arg, wrap


def _t(x: Any, function: str, argument: str = "input") -> Tensor:
    return tensor_arg(x, f"torch.{function}", argument)


def _legacy(dtype: D.dtype) -> str:
    """torch's kernel-error name of a dtype (``Float``, ``Long``, ``Bool``...)."""
    from ivy_frontends.torch._tensor import _LEGACY

    return _LEGACY.get(dtype._ivy.name, dtype._ivy.name)


def _call(name: str, *args: Any, **kwargs: Any) -> Any:
    return NAMESPACE[name](*args, **kwargs)


# -- splits -------------------------------------------------------------------------------------
@register("split_with_sizes", "unsafe_split_with_sizes")
def split_with_sizes(input: Tensor, split_sizes: Any, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.split_with_sizes: pieces of the given sizes (they must sum to the dimension)."""
    return _call("split", input, list(split_sizes), dim)


@register("unsafe_split")
def unsafe_split(input: Tensor, split_size: int, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.unsafe_split: ``split`` (no aliasing to be unsafe about)."""
    return _call("split", input, split_size, dim)


@register("unsafe_chunk")
def unsafe_chunk(input: Tensor, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
    """torch.unsafe_chunk: ``chunk``."""
    return _call("chunk", input, chunks, dim)


def _directional_split(name: str, dim: int, min_dims: int) -> Any:
    def split(input: Tensor, indices_or_sections: Any) -> tuple[Tensor, ...]:
        x = _t(input, name)
        if x.ndim < min_dims:
            raise RuntimeError(
                f"torch.{name} requires a tensor with at least {min_dims} dimension, but got a tensor with {x.ndim} dimensions!"
            )
        d = 0 if name == "hsplit" and x.ndim == 1 else dim
        if isinstance(indices_or_sections, int) and x.shape[d] % indices_or_sections:
            raise RuntimeError(
                f"torch.{name} attempted to split along dimension {d}, but the size of the dimension {x.shape[d]} is not divisible by the split_size {indices_or_sections}!"
            )
        return _call("tensor_split", x, indices_or_sections, d)

    split.__name__ = split.__qualname__ = name
    split.__doc__ = f"torch.{name}: ``tensor_split`` along dimension {dim}."
    return split


for _name, _d, _n in (("hsplit", 1, 1), ("vsplit", 0, 2), ("dsplit", 2, 3)):
    add(_name, _directional_split(_name, _d, _n))


# -- strided views and scatters ------------------------------------------------------------------
def _strided_index(size: Any, stride: Any, offset: int) -> Any:
    """Flat positions ``offset + sum(i_k * stride_k)`` of every element of a ``size`` view."""
    index = ivy.full((), offset, dtype=ivy.int64)
    for k, (n, s) in enumerate(zip(size, stride, strict=True)):
        shape = [1] * len(size)
        shape[k] = n
        index = ivy.add(index, ivy.reshape(ivy.multiply(ivy.arange(n, dtype=ivy.int64), s), tuple(shape)))
    return ivy.broadcast_to(index, tuple(size))


@register("as_strided")
def as_strided(input: Tensor, size: Any, stride: Any, storage_offset: int | None = None) -> Tensor:
    """torch.as_strided over the tensor's row-major storage (a copy: views do not alias)."""
    x = _t(input, "as_strided")
    size, stride, offset = tuple(int(s) for s in size), tuple(int(s) for s in stride), int(storage_offset or 0)
    if len(size) != len(stride):
        raise RuntimeError(f"mismatch in length of strides and shape: {len(stride)} vs {len(size)}")
    if any(s < 0 for s in stride):
        raise RuntimeError(
            "as_strided: Negative strides are not supported at the moment, got strides: " + str(list(stride))
        )
    flat = ivy.reshape(x._ivy, (-1,))
    needed = offset + builtins.sum((n - 1) * s for n, s in zip(size, stride, strict=True)) + 1 if all(size) else 0
    if needed > flat.shape[0]:
        raise RuntimeError(
            f"setStorage: sizes {list(size)}, strides {list(stride)}, storage offset {offset}, and itemsize {x.element_size()} requiring a storage size of {needed * x.element_size()} are out of bounds for storage of size {flat.shape[0] * x.element_size()}"
        )
    if not all(size):
        return wrap(ivy.zeros(size, dtype=x._ivy.dtype))
    return wrap(ivy.reshape(ivy.take(flat, ivy.reshape(_strided_index(size, stride, offset), (-1,)), axis=0), size))


@register("as_strided_")
def as_strided_(input: Tensor, size: Any, stride: Any, storage_offset: int | None = None) -> Tensor:
    """In-place ``as_strided``: the tensor becomes the strided view's values."""
    input._ivy = as_strided(input, size, stride, storage_offset)._ivy
    return input


def _scatter_view(x: Tensor, src: Any, index: Any, function: str) -> Tensor:
    """``x`` with the elements at flat positions ``index`` (shaped like ``src``) replaced by ``src``."""
    s = _t(src, function, "src")
    if tuple(s.shape) != tuple(index.shape):
        raise RuntimeError(
            f"{function}: expected src to have a size equal to the slice of self. src size = {list(s.shape)}, slice size = {list(index.shape)}"
        )
    flat = ivy.reshape(x._ivy, (-1,))
    values = ivy.astype(ivy.reshape(s._ivy, (-1,)), flat.dtype)
    out = ivy.index_put(flat, (ivy.reshape(index, (-1,)),), values) if index.size else flat
    return wrap(ivy.reshape(out, x._ivy.shape))


def _contiguous_strides(shape: tuple[int, ...]) -> list[int]:
    strides, acc = [], 1
    for n in reversed(shape):
        strides.append(acc)
        acc *= builtins.max(n, 1)
    return strides[::-1]


@register("as_strided_scatter")
def as_strided_scatter(input: Tensor, src: Tensor, size: Any, stride: Any, storage_offset: int | None = None) -> Tensor:
    """torch.as_strided_scatter: ``input`` with its strided view replaced by ``src``."""
    x = _t(input, "as_strided_scatter")
    index = _strided_index(tuple(size), tuple(stride), int(storage_offset or 0))
    return _scatter_view(x, src, index, "as_strided_scatter")


def _view_index(x: Tensor, key: tuple) -> Any:
    """Flat positions of ``x[key]`` (the view a ``*_scatter`` replaces)."""
    positions = ivy.reshape(ivy.arange(math.prod(x.shape), dtype=ivy.int64), tuple(x.shape))
    return positions[key]


@register("slice_scatter")
def slice_scatter(
    input: Tensor, src: Tensor, dim: int = 0, start: int | None = None, end: int | None = None, step: int = 1
) -> Tensor:
    """torch.slice_scatter: ``input`` with ``input[start:end:step]`` along ``dim`` replaced by ``src``."""
    x = _t(input, "slice_scatter")
    key = [slice(None)] * x.ndim
    key[_dim(dim, x.ndim, "torch.slice_scatter")] = slice(start, end, step)
    return _scatter_view(x, src, _view_index(x, tuple(key)), "slice_scatter")


@register("select_scatter")
def select_scatter(input: Tensor, src: Tensor, dim: int, index: int) -> Tensor:
    """torch.select_scatter: ``input`` with ``input.select(dim, index)`` replaced by ``src``."""
    x = _t(input, "select_scatter")
    d = _dim(dim, x.ndim, "torch.select_scatter")
    if not -x.shape[d] <= index < x.shape[d]:
        raise IndexError(f"select(): index {index} out of range for tensor of size {list(x.shape)} at dimension {d}")
    key: list[Any] = [slice(None)] * x.ndim
    key[d] = int(index)
    return _scatter_view(x, src, _view_index(x, tuple(key)), "select_scatter")


@register("diagonal_scatter")
def diagonal_scatter(input: Tensor, src: Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    """torch.diagonal_scatter: ``input`` with ``input.diagonal(offset, dim1, dim2)`` replaced by ``src``."""
    x = _t(input, "diagonal_scatter")
    positions = wrap(ivy.reshape(ivy.arange(math.prod(x.shape), dtype=ivy.int64), tuple(x.shape)))
    index = _call("diagonal", positions, offset, dim1, dim2)._ivy
    return _scatter_view(x, src, index, "diagonal_scatter")


@register("slice", namespace=False, method=False)
def slice_(input: Tensor, dim: int = 0, start: int | None = None, end: int | None = None, step: int = 1) -> Tensor:
    """``input[start:end:step]`` along ``dim`` (the base of torch.slice_copy)."""
    x = _t(input, "slice_copy")
    key = [slice(None)] * x.ndim
    key[_dim(dim, x.ndim, "torch.slice_copy")] = slice(start, end, step)
    return wrap(x._ivy[tuple(key)])


NAMESPACE["slice"] = slice_


@register("alias", namespace=False, method=False)
def alias(input: Tensor) -> Tensor:
    """torch.alias: the same values (a copy here)."""
    return wrap(_t(input, "alias")._ivy)


@register("detach", method=False)
def detach(input: Tensor) -> Tensor:
    """torch.detach: the same values, outside autograd."""
    return wrap(_t(input, "detach")._ivy)


@register("fill", method=False)
def fill(input: Tensor, value: Any) -> Tensor:
    """torch.fill: a tensor like ``input`` filled with ``value``."""
    x = _t(input, "fill")
    v = value._ivy if isinstance(value, Tensor) else value
    if isinstance(value, Tensor) and value.ndim:
        raise RuntimeError(f"fill_ only supports 0-dimension value tensor but got tensor with {value.ndim} dimensions.")
    return wrap(ivy.broadcast_to(ivy.astype(ivy.asarray(v), x._ivy.dtype), tuple(x.shape)))


# -- integer arithmetic -------------------------------------------------------------------------
def _integer_pair(a: Any, b: Any, function: str) -> tuple[Any, Any]:
    x, y, dtype = binary(a, b, f"torch.{function}")
    if dtype.is_floating_point or dtype.is_complex or dtype is D.bool:
        raise RuntimeError(f"\"{function}_cpu\" not implemented for '{_legacy(dtype)}'")
    return x, y


def _gcd(x: Any, y: Any) -> Any:
    """Euclid's algorithm on whole arrays (a fixed number of rounds covers 64-bit integers)."""
    x, y = ivy.abs(x), ivy.abs(y)
    for _ in range(94):
        nonzero = ivy.not_equal(y, 0)
        safe = ivy.where(nonzero, y, ivy.ones_like(y))
        x, y = ivy.where(nonzero, y, x), ivy.where(nonzero, ivy.remainder(x, safe), y)
    return x


@register("gcd")
def gcd(input: Tensor, other: Tensor, *, out: Any = None) -> Tensor:
    """torch.gcd of integer tensors (non-negative)."""
    x, y = _integer_pair(input, other, "gcd")
    return wrap(_gcd(x, y))


@register("lcm")
def lcm(input: Tensor, other: Tensor, *, out: Any = None) -> Tensor:
    """torch.lcm of integer tensors (non-negative; 0 when either is 0)."""
    x, y = _integer_pair(input, other, "lcm")
    g = _gcd(x, y)
    safe = ivy.where(ivy.equal(g, 0), ivy.ones_like(g), g)
    return wrap(ivy.abs(ivy.multiply(ivy.floor_divide(x, safe), y)))


@register("ldexp")
def ldexp(input: Tensor, other: Tensor, *, out: Any = None) -> Tensor:
    """torch.ldexp: ``input * 2 ** other`` (float result, as torch's ``mul(input, pow(2, other))``)."""
    return _call("mul", input, _call("pow", 2.0, other if isinstance(other, Tensor) else wrap(as_ivy(other))))


@register("frexp")
def frexp(input: Tensor, *, out: Any = None) -> tuple[Tensor, Tensor]:
    """torch.frexp: mantissa in [0.5, 1) with the input's sign, and the int32 exponent."""
    x = _t(input, "frexp")
    if not x.dtype.is_floating_point:
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    a = x._ivy
    finite = ivy.logical_and(ivy.isfinite(a), ivy.not_equal(a, 0))
    safe = ivy.where(finite, ivy.abs(a), ivy.ones_like(a))
    e = ivy.add(ivy.floor(ivy.log2(ivy.astype(safe, ivy.float64))), 1)
    m = ivy.divide(ivy.astype(a, ivy.float64), ivy.pow(2.0, e))
    # the logarithm may be off by one at exact powers of two: renormalize into [0.5, 1)
    big = ivy.greater_equal(ivy.abs(m), 1.0)
    m, e = ivy.where(big, ivy.divide(m, 2.0), m), ivy.where(big, ivy.add(e, 1), e)
    small = ivy.logical_and(ivy.less(ivy.abs(m), 0.5), finite)
    m, e = ivy.where(small, ivy.multiply(m, 2.0), m), ivy.where(small, ivy.subtract(e, 1), e)
    m = ivy.where(finite, ivy.astype(m, a.dtype), a)
    e = ivy.where(finite, ivy.astype(e, ivy.int32), ivy.zeros_like(e, dtype=ivy.int32))
    return wrap(m), wrap(e)


# -- integration and polynomials ----------------------------------------------------------------
def _spacing(y: Tensor, x: Any, dx: Any, d: int) -> Any:
    if x is None:
        return 1.0 if dx is None else dx
    xs = _t(x, "trapezoid", "x")._ivy
    if xs.ndim == 1:
        shape = [1] * y.ndim
        shape[d] = xs.shape[0] - 1
        return ivy.reshape(ivy.diff(xs), tuple(shape))
    return ivy.diff(xs, axis=d)


def _pieces(y: Tensor, x: Any, dx: Any, dim: int) -> tuple[Any, int]:
    d = _dim(dim, y.ndim, "torch.trapezoid")
    a = unary_float(y)
    n = a.shape[d]
    lo, hi = [slice(None)] * a.ndim, [slice(None)] * a.ndim
    lo[d], hi[d] = slice(0, n - 1), slice(1, n)
    mean = ivy.divide(ivy.add(a[tuple(lo)], a[tuple(hi)]), 2)
    return ivy.multiply(mean, _spacing(y, x, dx, d)), d


@register("trapezoid", "trapz", method=False)
def trapezoid(y: Tensor, x: Any = None, *, dx: Any = None, dim: int = -1) -> Tensor:
    """torch.trapezoid: the trapezoidal rule along ``dim`` (spacing ``dx`` or sample points ``x``)."""
    if x is not None and not isinstance(x, Tensor):
        x, dx = None, x
    pieces, d = _pieces(_t(y, "trapezoid", "y"), x, dx, dim)
    return wrap(ivy.sum(pieces, axis=d))


@register("cumulative_trapezoid", method=False)
def cumulative_trapezoid(y: Tensor, x: Any = None, *, dx: Any = None, dim: int = -1) -> Tensor:
    """torch.cumulative_trapezoid: the running trapezoidal integral along ``dim``."""
    if x is not None and not isinstance(x, Tensor):
        x, dx = None, x
    pieces, d = _pieces(_t(y, "cumulative_trapezoid", "y"), x, dx, dim)
    return wrap(ivy.cumulative_sum(pieces, axis=d))


@register("vander", method=False)
def vander(x: Tensor, N: int | None = None, increasing: bool = False) -> Tensor:
    """torch.vander: columns ``x ** (N-1) ... x ** 0`` (or increasing powers)."""
    v = _t(x, "vander", "x")
    if v.ndim != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = v.shape[0] if N is None else int(N)
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    a = v._ivy if v.dtype not in (D.bool, D.uint8, D.int8, D.int16, D.int32) else ivy.astype(v._ivy, ivy.int64)
    powers = ivy.arange(n, dtype=ivy.int64) if increasing else ivy.arange(n - 1, -1, -1, dtype=ivy.int64)
    cols = ivy.pow(ivy.expand_dims(a, axis=-1), ivy.astype(powers, a.dtype))
    return wrap(cols)


@register("logcumsumexp")
def logcumsumexp(input: Tensor, dim: int) -> Tensor:
    """torch.logcumsumexp: ``log(cumsum(exp(x)))`` computed stably (shifted by the running maximum's bound)."""
    x = _t(input, "logcumsumexp")
    if not (x.dtype.is_floating_point or x.dtype.is_complex):
        raise RuntimeError('"logcumsumexp_out_cpu" not implemented for \'' + _legacy(x.dtype) + "'")
    a = x._ivy
    d = _dim(dim, x.ndim, "torch.logcumsumexp")
    if a.ndim == 0 or a.shape[d] == 0:
        return wrap(a)
    m = ivy.max(a, axis=d, keepdims=True)
    m = ivy.where(ivy.isfinite(m), m, ivy.zeros_like(m))
    return wrap(ivy.add(ivy.log(ivy.cumulative_sum(ivy.exp(ivy.subtract(a, m)), axis=d)), m))


# -- predicates ----------------------------------------------------------------------------------
@register("is_same_size", method=True)
def is_same_size(input: Tensor, other: Tensor) -> bool:
    """torch.is_same_size: equal shapes."""
    return tuple(_t(input, "is_same_size").shape) == tuple(_t(other, "is_same_size", "other").shape)


@register("is_signed")
def is_signed(input: Tensor) -> bool:
    """torch.is_signed: the dtype holds negative values."""
    return _t(input, "is_signed").dtype.is_signed


@register("is_conj", "is_neg")
def is_conj(input: Tensor) -> bool:
    """torch.is_conj / is_neg: never (the frontend materializes conjugation and negation)."""
    _t(input, "is_conj")
    return False


@register("is_inference")
def is_inference(input: Tensor) -> bool:
    """torch.is_inference: never (frontend tensors carry no autograd state to shed)."""
    _t(input, "is_inference")
    return False


# -- linear-algebra and reduction aliases --------------------------------------------------------
def _linalg(name: str, target: str, alias: str | None = None) -> Any:
    def fn(input: Tensor, *args: Any, **kwargs: Any) -> Any:
        from ivy_frontends.torch import linalg

        return getattr(linalg, target)(_t(input, alias or name), *args, **kwargs)

    fn.__name__ = fn.__qualname__ = alias or name
    fn.__doc__ = f"torch.{alias or name}: torch.linalg.{target}."
    return fn


for _alias, _target in (("det", "det"), ("inverse", "inv"), ("matrix_power", "matrix_power"), ("pinverse", "pinv")):
    add(_alias, _linalg(_alias, _target))


@register("logdet")
def logdet(input: Tensor) -> Tensor:
    """torch.logdet: ``log(det)`` (NaN for a negative determinant, -inf for a singular matrix)."""
    from ivy_frontends.torch import linalg

    sign, logabs = linalg.slogdet(_t(input, "logdet"))
    s = sign._ivy
    return wrap(ivy.where(ivy.less(s, 0), ivy.full_like(logabs._ivy, math.nan), logabs._ivy))


@register("slogdet")
def slogdet(input: Tensor) -> Any:
    """torch.slogdet: torch.linalg.slogdet."""
    from ivy_frontends.torch import linalg

    return linalg.slogdet(_t(input, "slogdet"))


@register("qr")
def qr(input: Tensor, some: bool = True, *, out: Any = None) -> Any:
    """torch.qr: reduced (``some``) or complete QR."""
    from ivy_frontends.torch import linalg

    return linalg.qr(_t(input, "qr"), "reduced" if some else "complete")


@register("svd")
def svd(input: Tensor, some: bool = True, compute_uv: bool = True, *, out: Any = None) -> Any:
    """torch.svd: ``U, S, V`` (V, not V^H, as torch.svd returns)."""
    from ivy_frontends.torch import linalg

    x = _t(input, "svd")
    u, s, vh = linalg.svd(x, full_matrices=not some)
    v = _call("conj", vh).transpose(-2, -1) if vh.dtype.is_complex else vh.transpose(-2, -1)
    if not compute_uv:
        return s, wrap(ivy.zeros_like(u._ivy)), wrap(ivy.zeros_like(v._ivy))
    return u, s, v


@register("cholesky")
def cholesky(input: Tensor, upper: bool = False, *, out: Any = None) -> Tensor:
    """torch.cholesky: torch.linalg.cholesky with ``upper``."""
    from ivy_frontends.torch import linalg

    return linalg.cholesky(_t(input, "cholesky"), upper=upper)


@register("cholesky_solve")
def cholesky_solve(input: Tensor, input2: Tensor, upper: bool = False, *, out: Any = None) -> Tensor:
    """torch.cholesky_solve: ``A^{-1} B`` from A's Cholesky factor ``input2``."""
    from ivy_frontends.torch import linalg

    b, factor = _t(input, "cholesky_solve"), _t(input2, "cholesky_solve", "input2")
    lower = factor.mH if upper else factor
    y = linalg.solve_triangular(lower, b, upper=False)
    return linalg.solve_triangular(lower.mH, y, upper=True)


@register("cholesky_inverse")
def cholesky_inverse(input: Tensor, upper: bool = False, *, out: Any = None) -> Tensor:
    """torch.cholesky_inverse: ``A^{-1}`` from A's Cholesky factor."""
    from ivy_frontends.torch import linalg

    factor = _t(input, "cholesky_inverse")
    a = factor.mH @ factor if upper else factor @ factor.mH
    return linalg.inv(a)


@register("triangular_solve")
def triangular_solve(
    b: Tensor, A: Tensor, upper: bool = True, transpose: bool = False, unitriangular: bool = False
) -> Any:
    """torch.triangular_solve: ``(solution, A)`` for a triangular ``A`` (optionally transposed)."""
    from ivy_frontends.torch import linalg

    a = _t(A, "triangular_solve", "A")
    m = a.mT if transpose else a
    return linalg.solve_triangular(
        m, _t(b, "triangular_solve", "b"), upper=upper != transpose, unitriangular=unitriangular
    ), a


@register("dist")
def dist(input: Tensor, other: Tensor, p: float = 2) -> Tensor:
    """torch.dist: the ``p``-norm of ``input - other``."""
    from ivy_frontends.torch import linalg

    diff = _call("sub", _t(input, "dist"), _t(other, "dist", "other"))
    return linalg.vector_norm(diff, p)


@register("renorm")
def renorm(input: Tensor, p: float, dim: int, maxnorm: float) -> Tensor:
    """torch.renorm: each slice along ``dim`` rescaled so its ``p``-norm is at most ``maxnorm``."""
    from ivy_frontends.torch import linalg

    x = _t(input, "renorm")
    d = _dim(dim, x.ndim, "torch.renorm")
    others = tuple(i for i in range(x.ndim) if i != d)
    norm = linalg.vector_norm(x, p, dim=others, keepdim=True)._ivy
    scale = ivy.where(ivy.greater(norm, maxnorm), ivy.divide(maxnorm, ivy.add(norm, 1e-7)), ivy.ones_like(norm))
    return wrap(ivy.multiply(x._ivy, ivy.astype(scale, x._ivy.dtype)))


@register("diagflat")
def diagflat(input: Tensor, offset: int = 0) -> Tensor:
    """torch.diagflat: the flattened input on the ``offset`` diagonal of a square matrix."""
    return _call("diag", _call("flatten", _t(input, "diagflat")), offset)


@register("block_diag", method=False)
def block_diag(*tensors: Tensor) -> Tensor:
    """torch.block_diag: the (at most 2-d) tensors along the diagonal of one matrix."""
    mats = []
    for t in tensors:
        a = _t(t, "block_diag", "tensors")
        if a.ndim > 2:
            raise RuntimeError(
                f"torch.block_diag: Input tensors must have 2 or fewer dimensions. Input 0 has {a.ndim} dimensions"
            )
        mats.append(ivy.reshape(a._ivy, (1, -1)) if a.ndim < 2 else a._ivy)
    if not mats:
        return wrap(ivy.zeros((1, 0), dtype=D.get_default_dtype()._ivy))
    dtype = D.result_type_of([D.from_ivy(m.dtype) for m in mats], [], [])._ivy
    rows, cols = builtins.sum(m.shape[0] for m in mats), builtins.sum(m.shape[1] for m in mats)
    out, r, c = ivy.zeros((rows, cols), dtype=dtype), 0, 0
    for m in mats:
        pad = ((r, rows - r - m.shape[0]), (c, cols - c - m.shape[1]))
        out = ivy.add(out, ivy.pad(ivy.astype(m, dtype), pad))
        r, c = r + m.shape[0], c + m.shape[1]
    return wrap(out)


@register("combinations", method=False)
def combinations(input: Tensor, r: int = 2, with_replacement: bool = False) -> Tensor:
    """torch.combinations: the ``r``-element combinations of a 1-d tensor, as rows."""
    import itertools

    x = _t(input, "combinations")
    if x.ndim != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape {list(x.shape)}")
    pick = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    index = list(pick(range(x.shape[0]), r))
    if not index:
        return wrap(ivy.zeros((0, r), dtype=x._ivy.dtype))
    return wrap(ivy.take(x._ivy, ivy.asarray(index, dtype=ivy.int64), axis=0))


@register("unravel_index", method=False)
def unravel_index(indices: Tensor, shape: Any) -> tuple[Tensor, ...]:
    """torch.unravel_index: the coordinates of flat ``indices`` (taken modulo the size, as torch does) in ``shape``."""
    i = _t(indices, "unravel_index", "indices")
    if i.dtype.is_floating_point or i.dtype.is_complex or i.dtype is D.bool:
        raise TypeError(f"expected 'indices' to be integer dtype, but got {i.dtype}")
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    total = math.prod(shape)
    a = ivy.astype(i._ivy, ivy.int64)
    a = ivy.remainder(a, total) if total else a  # torch wraps out-of-range indices
    out = []
    for n in reversed(shape):
        out.append(ivy.remainder(a, n))
        a = ivy.floor_divide(a, n)
    return tuple(wrap(c) for c in reversed(out))


# -- quantiles and modes -------------------------------------------------------------------------
def _quantile(input: Tensor, q: Any, dim: Any, keepdim: bool, interpolation: str, function: str, nan: bool) -> Tensor:
    x = _t(input, function)
    if not x.dtype.is_floating_point:
        raise RuntimeError(f"{function}() input tensor must be either float or double dtype")
    qs = q._ivy if isinstance(q, Tensor) else ivy.asarray(q, dtype=x._ivy.dtype)
    scalar_q = qs.ndim == 0
    qs = ivy.reshape(ivy.astype(qs, x._ivy.dtype), (-1,))
    if bool(ivy.any(ivy.logical_or(ivy.less(qs, 0), ivy.greater(qs, 1)))):
        raise RuntimeError(f"{function}() q values must be in the range [0, 1]")
    a = ivy.reshape(x._ivy, (-1,)) if dim is None else x._ivy
    d = 0 if dim is None else _dim(dim, x.ndim, f"torch.{function}")
    a = ivy.moveaxis(a, d, -1)
    if a.ndim == 0:
        a = ivy.reshape(a, (1,))
    isnan = ivy.isnan(a)
    valid = ivy.sum(ivy.astype(ivy.logical_not(isnan), ivy.int64), axis=-1, keepdims=True)
    n = a.shape[-1]
    srt = ivy.sort(a, axis=-1)  # NaNs sort last
    count = valid if nan else ivy.full_like(valid, n)
    pos = ivy.multiply(ivy.astype(ivy.subtract(count, 1), a.dtype), qs)  # (..., nq)
    lo, hi = ivy.floor(pos), ivy.ceil(pos)
    frac = ivy.subtract(pos, lo)
    if interpolation == "lower":
        pos_lo = pos_hi = lo
    elif interpolation == "higher":
        pos_lo = pos_hi = hi
    elif interpolation == "nearest":
        pos_lo = pos_hi = ivy.round(pos)
    else:
        pos_lo, pos_hi = lo, hi
    clip = lambda p: ivy.astype(ivy.clip(p, 0, builtins.max(n - 1, 0)), ivy.int64)  # noqa: E731
    v_lo = ivy.take_along_axis(srt, clip(pos_lo), axis=-1)
    v_hi = ivy.take_along_axis(srt, clip(pos_hi), axis=-1)
    if interpolation == "linear":
        val = ivy.add(v_lo, ivy.multiply(ivy.subtract(v_hi, v_lo), frac))
    elif interpolation == "midpoint":
        val = ivy.divide(ivy.add(v_lo, v_hi), 2)
    else:
        val = v_lo
    has_nan = ivy.any(isnan, axis=-1, keepdims=True)
    empty = ivy.equal(valid, 0) if nan else has_nan
    val = ivy.where(empty, ivy.full_like(val, math.nan), val)
    val = ivy.moveaxis(val, -1, 0)  # (nq, ...)
    if keepdim:
        val = ivy.expand_dims(val, axis=d + 1) if dim is not None else ivy.reshape(val, (val.shape[0],) + (1,) * x.ndim)
    return wrap(val[0] if scalar_q else val)


_INTERPOLATIONS = ("linear", "lower", "higher", "midpoint", "nearest")


def _quantile_fn(name: str, nan: bool) -> Any:
    def fn(
        input: Tensor, q: Any, dim: Any = None, keepdim: bool = False, *, interpolation: str = "linear", out: Any = None
    ) -> Tensor:
        if interpolation not in _INTERPOLATIONS:
            raise RuntimeError(
                f"{name}() interpolation must be one of linear, lower, higher, midpoint or nearest. Got {interpolation}"
            )
        return _quantile(input, q, dim, keepdim, interpolation, name, nan)

    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"torch.{name}: the ``q``-th quantiles along ``dim`` ({'ignoring' if nan else 'propagating'} NaN)."
    return fn


add("quantile", _quantile_fn("quantile", False))
add("nanquantile", _quantile_fn("nanquantile", True))


@register("nanmedian")
def nanmedian(input: Tensor, dim: Any = None, keepdim: bool = False) -> Any:
    """torch.nanmedian: the lower median of the non-NaN values (with indices when ``dim`` is given)."""
    x = _t(input, "nanmedian")
    a = x._ivy
    if dim is None:
        flat = ivy.reshape(a, (-1,))
        srt = ivy.sort(flat)
        k = ivy.sum(ivy.astype(ivy.logical_not(ivy.isnan(flat)), ivy.int64))
        idx = ivy.clip(ivy.floor_divide(ivy.subtract(k, 1), 2), 0, None)
        return wrap(srt[idx] if flat.shape[0] else ivy.full((), math.nan, dtype=a.dtype))
    d = _dim(dim, x.ndim, "torch.nanmedian")
    a2 = ivy.moveaxis(a if a.ndim else ivy.reshape(a, (1,)), d, -1)
    order = ivy.argsort(a2, axis=-1, stable=True)
    srt = ivy.take_along_axis(a2, order, axis=-1)
    k = ivy.sum(ivy.astype(ivy.logical_not(ivy.isnan(a2)), ivy.int64), axis=-1, keepdims=True)
    pos = ivy.clip(ivy.floor_divide(ivy.subtract(k, 1), 2), 0, None)
    vals = ivy.take_along_axis(srt, pos, axis=-1)
    idx = ivy.take_along_axis(order, pos, axis=-1)
    vals, idx = ivy.moveaxis(vals, -1, d), ivy.moveaxis(idx, -1, d)
    if not keepdim or a.ndim == 0:
        vals, idx = ivy.squeeze(vals, axis=d), ivy.squeeze(idx, axis=d)
    return values_indices(wrap(vals), wrap(ivy.astype(idx, ivy.int64)))


@register("mode")
def mode(input: Tensor, dim: int = -1, keepdim: bool = False) -> Any:
    """torch.mode: the most frequent value along ``dim`` (the smallest among ties) and an index of it."""
    x = _t(input, "mode")
    a = x._ivy if x.ndim else ivy.reshape(x._ivy, (1,))
    d = _dim(dim, x.ndim, "torch.mode")
    a2 = ivy.moveaxis(a, d, -1)
    counts = ivy.sum(
        ivy.astype(ivy.equal(ivy.expand_dims(a2, axis=-1), ivy.expand_dims(a2, axis=-2)), ivy.int64), axis=-1
    )
    best = ivy.max(counts, axis=-1, keepdims=True)
    # among the most frequent, the smallest value
    big = ivy.where(ivy.equal(counts, best), a2, ivy.broadcast_to(ivy.max(a2), a2.shape))
    vals = ivy.min(big, axis=-1, keepdims=True)
    n = a2.shape[-1]
    hits = ivy.logical_and(ivy.equal(a2, vals), ivy.equal(counts, best))
    last = ivy.max(ivy.where(hits, ivy.arange(n, dtype=ivy.int64), ivy.full_like(counts, -1)), axis=-1, keepdims=True)
    vals, idx = ivy.moveaxis(vals, -1, d), ivy.moveaxis(last, -1, d)
    if not keepdim or x.ndim == 0:
        vals, idx = ivy.squeeze(vals, axis=d), ivy.squeeze(idx, axis=d)
    return values_indices(wrap(vals), wrap(idx))


# -- removed functions ---------------------------------------------------------------------------
def _removed(name: str, instead: str) -> Any:
    def removed(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(
            f"This function was deprecated since version 1.9 and is now removed. `torch.{name}` is deprecated in favor of `{instead}`."
        )

    removed.__name__ = removed.__qualname__ = name
    removed.__doc__ = f"torch.{name}: removed in torch 1.9 (raises, as torch does); use ``{instead}``."
    return removed


for _name, _instead in (
    ("solve", "torch.linalg.solve"),
    ("symeig", "torch.linalg.eigh"),
    ("eig", "torch.linalg.eig"),
    ("lstsq", "torch.linalg.lstsq"),
    ("matrix_rank", "torch.linalg.matrix_rank"),
):
    add(_name, _removed(_name, _instead), method=_name != "matrix_rank")
