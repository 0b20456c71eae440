"""More of ``jax.lax``: shape helpers, transposed and patch convolutions, integer bit ops, generic
reductions, FFTs, ragged dots, the RNG ops and the enum/config types, all on ivy calls."""

from __future__ import annotations

import builtins
import enum
import math
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends._shared.signatures import more_keywords, params, signed
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, operand, to_ivy
from ivy_frontends.jax.lax import (
    ConvDimensionNumbers,
    conv_dimension_numbers,
    conv_general_dilated,
    dynamic_update_slice_in_dim,
    scatter,
    top_k,
)
from ivy_frontends.jax.lax._windows import padtype_to_pads


# ---------------------------------------------------------------- enum and config types
class FftType(enum.IntEnum):
    """jax.lax.FftType."""

    FFT = 0
    IFFT = 1
    RFFT = 2
    IRFFT = 3


class RandomAlgorithm(enum.IntEnum):
    """jax.lax.RandomAlgorithm (accepted; the bits are ivy's)."""

    RNG_DEFAULT = 0
    RNG_THREE_FRY = 1
    RNG_PHILOX = 2


class AccuracyMode(enum.Enum):
    """jax.lax.AccuracyMode (accepted and ignored)."""

    HIGHEST = 1
    DEFAULT = 2


DotAlgorithmPreset = enum.Enum(  # accepted and ignored: ivy computes at the operands' precision
    "DotAlgorithmPreset",
    "DEFAULT ANY_F8_ANY_F8_F32 ANY_F8_ANY_F8_F32_FAST_ACCUM ANY_F8_ANY_F8_ANY ANY_F8_ANY_F8_ANY_FAST_ACCUM"
    " F16_F16_F16 F16_F16_F32 BF16_BF16_BF16 BF16_BF16_F32 BF16_BF16_F32_X3 BF16_BF16_F32_X6 BF16_BF16_F32_X9"
    " TF32_TF32_F32 TF32_TF32_F32_X3 F32_F32_F32 F64_F64_F64",
)


class DotAlgorithm(NamedTuple):
    """jax.lax.DotAlgorithm (accepted and ignored)."""

    lhs_precision_type: Any
    rhs_precision_type: Any
    accumulation_type: Any
    lhs_component_count: int = 1
    rhs_component_count: int = 1
    num_primitive_operations: int = 1
    allow_imprecise_accumulation: bool = False


class Tolerance(NamedTuple):
    """jax.lax.Tolerance for ``accuracy=`` (accepted and ignored)."""

    atol: float = 0.0
    rtol: float = 0.0
    ulps: int = 0


class RaggedDotDimensionNumbers(NamedTuple):
    """jax.lax.RaggedDotDimensionNumbers."""

    dot_dimension_numbers: Any
    lhs_ragged_dimensions: Sequence[int]
    rhs_group_dimensions: Sequence[int]


DotDimensionNumbers = tuple  # ((lhs_contract, rhs_contract), (lhs_batch, rhs_batch))
ConvGeneralDilatedDimensionNumbers = Any  # None, a tuple of spec strings, or ConvDimensionNumbers
PrecisionLike = Any


# ---------------------------------------------------------------- shapes
def _spec_perms(dimension_numbers: Any, nd: int) -> ConvDimensionNumbers:
    return conv_dimension_numbers((0,) * nd, (0,) * nd, dimension_numbers)


def conv_general_permutations(dimension_numbers: Any) -> tuple[tuple[int, ...], ...]:
    """jax.lax.conv_general_permutations: the (lhs, rhs, out) permutations of string specs."""
    lhs, rhs, out = dimension_numbers
    for spec, pair in ((lhs, "NC"), (rhs, "OI"), (out, "NC")):
        if len(set(spec)) != len(spec) or any(c not in spec for c in pair):
            raise TypeError(f"jax.lax.conv_general_permutations: invalid dimension spec {spec!r}")
    return tuple(_spec_perms(dimension_numbers, len(lhs)))


def conv_shape_tuple(
    lhs_shape: Sequence[int], rhs_shape: Sequence[int], strides: Sequence[int], pads: Any, batch_group_count: int = 1
) -> tuple[int, ...]:
    """jax.lax.conv_shape_tuple: output shape of an NC.../OI... convolution."""
    if isinstance(pads, str):
        pads = padtype_to_pads(lhs_shape[2:], rhs_shape[2:], strides, pads)
    spatial = tuple(
        builtins.max(0, (n + lo + hi - k) // s + 1)
        for n, k, s, (lo, hi) in zip(lhs_shape[2:], rhs_shape[2:], strides, pads, strict=True)
    )
    return (lhs_shape[0] // batch_group_count, rhs_shape[0], *spatial)


def _permuted(shape: Sequence[int], perm: Sequence[int]) -> tuple[int, ...]:
    return tuple(shape[i] for i in perm)


def _in_layout(label: str, rule: Callable[..., tuple[int, ...]]) -> Callable[..., tuple[int, ...]]:
    """``jax.lax.<label>``: ``rule`` (on NC.../OI... shapes) applied to shapes laid out by ``dimension_numbers``."""

    def shape_tuple(
        lhs_shape: Sequence[int],
        rhs_shape: Sequence[int],
        window_strides: Sequence[int],
        padding: Any,
        dimension_numbers: Any,
    ) -> tuple[int, ...]:
        dn = conv_dimension_numbers(lhs_shape, rhs_shape, dimension_numbers)
        out = rule(_permuted(lhs_shape, dn.lhs_spec), _permuted(rhs_shape, dn.rhs_spec), window_strides, padding)
        result = [0] * len(out)
        for pos, dim in enumerate(dn.out_spec):
            result[dim] = out[pos]
        return tuple(result)

    return named(shape_tuple, label, f"jax.lax.{label}.")


conv_general_shape_tuple = _in_layout("conv_general_shape_tuple", conv_shape_tuple)


def _transpose_pads(k: int, s: int, padding: Any) -> tuple[int, int]:
    """Padding of the stride-dilated input for a transposed convolution (kernel extent ``k``, stride ``s``)."""
    if padding == "SAME":
        total = k + s - 2
        low = k - 1 if s > k - 1 else math.ceil(total / 2)
    elif padding == "VALID":
        total = k + s - 2 + builtins.max(k - s, 0)
        low = k - 1
    else:
        raise ValueError(f"jax.lax.conv_transpose: padding must be 'SAME', 'VALID' or pairs, got {padding!r}")
    return low, total - low


def _transpose_padding(kernel: Sequence[int], strides: Sequence[int], padding: Any, rd: Sequence[int]) -> Any:
    if not isinstance(padding, str):
        return [tuple(p) for p in padding]
    extents = [(k - 1) * d + 1 for k, d in zip(kernel, rd, strict=True)]
    return [_transpose_pads(k, s, padding) for k, s in zip(extents, strides, strict=True)]


def _transpose_shape(
    lhs: Sequence[int], rhs: Sequence[int], window_strides: Sequence[int], padding: Any
) -> tuple[int, ...]:
    """The output shape of an NC.../OI... transposed convolution."""
    pads = _transpose_padding(rhs[2:], window_strides, padding, (1,) * len(window_strides))
    spatial = tuple(
        builtins.max(0, (n - 1) * s + 1 + lo + hi - k + 1)
        for n, k, s, (lo, hi) in zip(lhs[2:], rhs[2:], window_strides, pads, strict=True)
    )
    return (lhs[0], rhs[0], *spatial)


conv_transpose_shape_tuple = _in_layout("conv_transpose_shape_tuple", _transpose_shape)


def reduce_window_shape_tuple(
    operand_shape: Sequence[int],
    window_dimensions: Sequence[int],
    window_strides: Sequence[int],
    padding: Sequence[Sequence[int]],
    base_dilation: Sequence[int] | None = None,
    window_dilation: Sequence[int] | None = None,
) -> tuple[int, ...]:
    """jax.lax.reduce_window_shape_tuple."""
    nd = len(operand_shape)
    bd = base_dilation or (1,) * nd
    wd = window_dilation or (1,) * nd
    return tuple(
        builtins.max(0, ((n - 1) * b + 1 + lo + hi - ((w - 1) * d + 1)) // s + 1)
        for n, w, s, (lo, hi), b, d in zip(
            operand_shape, window_dimensions, window_strides, padding, bd, wd, strict=True
        )
    )


def broadcast_to_rank(x: Any, rank: int) -> Array:
    """jax.lax.broadcast_to_rank: leading unit dims up to ``rank``."""
    a = operand(x)
    a = a if isinstance(a, Array) else Array(to_ivy(a))
    if a.ndim >= rank:
        return a
    return Array(ivy.reshape(a._a, (1,) * (rank - a.ndim) + a.shape), a.weak)


def shape_as_value(shape: Sequence[int]) -> Array:
    """jax.lax.shape_as_value: the shape as an int64 array."""
    return Array(ivy.asarray(list(shape), dtype=ivy.int64))


def empty(shape: Sequence[int], dtype: Any, *, out_sharding: Any = None) -> Array:
    """jax.lax.empty: an array of ``shape`` (zeros: XLA leaves the contents unspecified)."""
    return Array(ivy.zeros(tuple(shape), dtype=_dtypes.canonical(dtype).ivy))


def stage(x: Any, /) -> Array:
    """jax.lax.stage: the value as an Array."""
    return x if isinstance(x, Array) else Array(to_ivy(x))


def optimization_barrier(operand: Any, /) -> Any:
    """jax.lax.optimization_barrier: the pytree unchanged (no compiler to hold back)."""
    return operand


def platform_dependent(*args: Any, default: Callable[..., Any] | None = None, **per_platform: Any) -> Any:
    """jax.lax.platform_dependent: the ``cpu`` branch if given, else ``default``."""
    fn = per_platform.get("cpu", default)
    if fn is None:
        raise NotImplementedError("jax.lax.platform_dependent: no branch for 'cpu' and no default")
    return fn(*args)


def dynamic_update_index_in_dim(operand: Any, update: Any, index: Any, axis: int, **kw: Any) -> Array:
    """jax.lax.dynamic_update_index_in_dim: ``update`` (with or without the ``axis`` dim) at ``index``."""
    a, u = Array(to_ivy(operand)) if not isinstance(operand, Array) else operand, to_ivy(update)
    if u.ndim == a.ndim - 1:
        u = ivy.expand_dims(u, axis=axis)
    return dynamic_update_slice_in_dim(a, Array(u), index, axis)


def index_take(src: Any, idxs: Any, axes: Sequence[int]) -> Array:
    """jax.lax.index_take: ``idxs[k]`` indexes ``axes[k]`` (wrapping), the remaining dims follow."""
    a = to_ivy(src)
    axes = [ax % a.ndim for ax in axes]
    rows = [to_ivy(idxs[k]) for k in range(len(axes))]
    rest = [d for d in range(a.ndim) if d not in axes]
    moved = ivy.permute_dims(a, (*axes, *rest))
    key = tuple(ivy.remainder(i, a.shape[ax]) for i, ax in zip(rows, axes, strict=True))
    return Array(moved[key])


# ---------------------------------------------------------------- convolutions
def conv_transpose(
    lhs: Any,
    rhs: Any,
    strides: Sequence[int],
    padding: Any,
    rhs_dilation: Sequence[int] | None = None,
    dimension_numbers: Any = None,
    transpose_kernel: bool = False,
    precision: Any = None,
    preferred_element_type: Any = None,
    use_consistent_padding: bool = False,
) -> Array:
    """jax.lax.conv_transpose: a convolution of the stride-dilated input (``transpose_kernel``: flip and swap I/O)."""
    a, w = to_ivy(lhs), to_ivy(rhs)
    nd = w.ndim
    if dimension_numbers is None:
        dimension_numbers = ("NC", "IO", "NC") if nd == 2 else None
        if nd > 2:
            sp = "HWDXYZ"[: nd - 2]
            dimension_numbers = (f"NC{sp}", f"IO{sp}", f"NC{sp}")
    dn = conv_dimension_numbers(a.shape, w.shape, dimension_numbers)
    kernel = [w.shape[i] for i in dn.rhs_spec[2:]]
    rd = rhs_dilation or (1,) * len(kernel)
    pads = _transpose_padding(kernel, strides, padding, rd)
    if transpose_kernel:
        w = ivy.flip(w, axis=tuple(dn.rhs_spec[2:]))
        spec = list(dn.rhs_spec)
        spec[0], spec[1] = spec[1], spec[0]
        dn = ConvDimensionNumbers(dn.lhs_spec, tuple(spec), dn.out_spec)
    return conv_general_dilated(
        Array(a),
        Array(w),
        (1,) * len(kernel),
        pads,
        lhs_dilation=strides,
        rhs_dilation=rd,
        dimension_numbers=dn,
        precision=precision,
        preferred_element_type=preferred_element_type,
    )


def conv_general_dilated_patches(
    lhs: Any,
    filter_shape: Sequence[int],
    window_strides: Sequence[int],
    padding: Any,
    lhs_dilation: Sequence[int] | None = None,
    rhs_dilation: Sequence[int] | None = None,
    dimension_numbers: Any = None,
    precision: Any = None,
    preferred_element_type: Any = None,
) -> Array:
    """jax.lax.conv_general_dilated_patches: each window's values as features (channel-major, then window)."""
    a = to_ivy(lhs)
    dn = conv_dimension_numbers(a.shape, a.shape, dimension_numbers)
    channels = a.shape[dn.lhs_spec[1]]
    k = math.prod(filter_shape)
    eye = ivy.eye(k, dtype=a.dtype)  # output feature c*k + j reads channel c at window position j
    kernel_oi = ivy.reshape(ivy.tile(eye, (channels, 1)), (channels * k, 1, *filter_shape))
    kernel = ivy.permute_dims(kernel_oi, tuple(_inverse_perm(dn.rhs_spec)))
    return conv_general_dilated(
        Array(a),
        Array(kernel),
        window_strides,
        padding,
        lhs_dilation,
        rhs_dilation,
        dn,
        feature_group_count=channels,
        precision=precision,
        preferred_element_type=preferred_element_type,
    )


def _inverse_perm(perm: Sequence[int]) -> list[int]:
    inv = [0] * len(perm)
    for i, p in enumerate(perm):
        inv[p] = i
    return inv


def conv_general_dilated_local(
    lhs: Any,
    rhs: Any,
    window_strides: Sequence[int],
    padding: Any,
    filter_shape: Sequence[int],
    lhs_dilation: Sequence[int] | None = None,
    rhs_dilation: Sequence[int] | None = None,
    dimension_numbers: Any = None,
    precision: Any = None,
) -> Array:
    """jax.lax.conv_general_dilated_local: an unshared convolution (one filter per output position)."""
    a, w = to_ivy(lhs), to_ivy(rhs)
    dn = conv_dimension_numbers(a.shape, w.shape, dimension_numbers)
    patches = to_ivy(
        conv_general_dilated_patches(
            Array(a), filter_shape, window_strides, padding, lhs_dilation, rhs_dilation, dn, precision
        )
    )
    p = ivy.permute_dims(patches, dn.out_spec)  # N, C*K, spatial...
    wk = ivy.permute_dims(w, dn.rhs_spec)  # O, C*K, spatial...
    out = ivy.einsum("nk...,ok...->no...", p, wk)
    return Array(ivy.permute_dims(out, tuple(_inverse_perm(dn.out_spec))))


# ---------------------------------------------------------------- integers
def population_count(x: Any) -> Array:
    """jax.lax.population_count: set bits per element."""
    a = to_ivy(x)
    bits = _dtypes.canonical(a.dtype).itemsize * 8
    one = ivy.asarray(1, dtype=a.dtype)
    count = ivy.zeros_like(a)
    for k in range(bits):
        count = count + ivy.bitwise_and(ivy.bitwise_right_shift(a, ivy.asarray(k, dtype=a.dtype)), one)
    return Array(count)


def clz(x: Any) -> Array:
    """jax.lax.clz: leading zero bits per element."""
    a = to_ivy(x)
    bits = _dtypes.canonical(a.dtype).itemsize * 8
    total = ivy.zeros_like(a)
    seen = ivy.zeros(a.shape, dtype=ivy.bool)
    one = ivy.asarray(1, dtype=a.dtype)
    for k in range(bits - 1, -1, -1):
        bit = ivy.equal(ivy.bitwise_and(ivy.bitwise_right_shift(a, ivy.asarray(k, dtype=a.dtype)), one), one)
        seen = ivy.logical_or(seen, bit)
        total = total + ivy.astype(ivy.logical_not(seen), a.dtype)
    return Array(total)


_WIDER = {"int8": "int16", "int16": "int32", "int32": "int64", "uint8": "uint16", "uint16": "uint32"}
_WIDER["uint32"] = "uint64"


def mulhi(x: Any, y: Any, /) -> Array:
    """jax.lax.mulhi: the high half of the double-width product (integers up to 32 bits)."""
    a, b = to_ivy(x), to_ivy(y)
    name = a.dtype.name
    if name not in _WIDER:
        raise NotImplementedError(f"jax.lax.mulhi: {name} is not supported (integers of up to 32 bits)")
    wide = getattr(ivy, _WIDER[name])
    shift = ivy.asarray(_dtypes.canonical(a.dtype).itemsize * 8, dtype=wide)
    prod = ivy.multiply(ivy.astype(a, wide), ivy.astype(b, wide))
    return Array(ivy.astype(ivy.bitwise_right_shift(prod, shift), a.dtype))


# ---------------------------------------------------------------- reductions and precision
_REDUCERS = {
    "add": lambda a, axes: ivy.sum(a, axis=axes, dtype=a.dtype),
    "mul": lambda a, axes: ivy.prod(a, axis=axes, dtype=a.dtype),
    "max": lambda a, axes: ivy.max(a, axis=axes),
    "min": lambda a, axes: ivy.min(a, axis=axes),
    "bitwise_and": lambda a, axes: ivy.all(a, axis=axes) if a.dtype == ivy.bool else None,
    "bitwise_or": lambda a, axes: ivy.any(a, axis=axes) if a.dtype == ivy.bool else None,
}


def reduce(
    operands: Any, init_values: Any, computation: Callable[..., Any], dimensions: Sequence[int], **kw: Any
) -> Any:
    """jax.lax.reduce: ``computation`` folded over ``dimensions`` from ``init_values`` (pytrees allowed)."""
    dims = tuple(dimensions)
    single = isinstance(operands, Array) or not isinstance(operands, (list, tuple, dict))
    name = getattr(computation, "__name__", "")
    if single and name in _REDUCERS:
        a = to_ivy(operands)
        out = _REDUCERS[name](a, dims) if a.ndim else a
        if out is not None:
            return computation(Array(out), init_values)
    flat_ops = [to_ivy(o) for o in (operands if not single else [operands])]
    ops = [ivy.permute_dims(o, (*dims, *[d for d in range(o.ndim) if d not in dims])) for o in flat_ops]
    n = math.prod(ops[0].shape[: len(dims)])
    rest = ops[0].shape[len(dims) :]
    ops = [ivy.reshape(o, (n, *rest)) for o in ops]
    acc = init_values if not single else [init_values]
    acc = [Array(ivy.broadcast_to(to_ivy(v), rest)) if not isinstance(v, Array) or v.shape != rest else v for v in acc]
    for i in range(n):
        step = [Array(o[i]) for o in ops]
        res = computation(acc[0], step[0]) if single else computation(type(operands)(acc), type(operands)(step))
        acc = [res] if single else list(res)
    return acc[0] if single else type(operands)(acc)


def reduce_precision(operand: Any, exponent_bits: int, mantissa_bits: int) -> Array:
    """jax.lax.reduce_precision: each value rounded (half to even) to the float format of those bits."""
    a = operand if isinstance(operand, Array) else Array(to_ivy(operand))
    e_bits, m_bits = int(exponent_bits), int(mantissa_bits)
    if e_bits < 1 or m_bits < 0:
        raise ValueError(
            f"jax.lax.reduce_precision: needs exponent_bits >= 1 and mantissa_bits >= 0, got {e_bits}, {m_bits}"
        )
    x = a._a
    info = ivy.finfo(x.dtype)
    if e_bits >= {16: 5, 32: 8, 64: 11}.get(info.bits, 8) and m_bits >= {16: 10, 32: 23, 64: 52}.get(info.bits, 7):
        return a
    max_exp = 2 ** (e_bits - 1) - 1
    mag = ivy.abs(x)
    safe = ivy.where(ivy.greater(mag, 0), mag, ivy.ones_like(mag))
    e = ivy.floor(ivy.log2(safe))
    e = ivy.where(ivy.less(safe, ivy.pow(2.0, e)), e - 1, e)  # log2 rounding just below a power of two
    quantum = ivy.pow(ivy.asarray(2.0, dtype=x.dtype), e - m_bits)
    rounded = ivy.round(x / quantum) * quantum
    largest = (2 - 2.0**-m_bits) * 2.0**max_exp
    out = ivy.where(ivy.greater(ivy.abs(rounded), largest), ivy.sign(x) * float("inf"), rounded)
    out = ivy.where(ivy.less(ivy.abs(out), 2.0 ** (1 - max_exp)), x * 0, out)  # XLA flushes subnormals
    out = ivy.where(ivy.isfinite(x), out, x)
    return Array(ivy.astype(out, x.dtype), a.weak)


def _approx_max_k(operand: Any, k: int, reduction_dimension: int) -> tuple[Array, Array]:
    """jax.lax.approx_max_k: the exact top ``k`` along ``reduction_dimension`` (recall 1)."""
    a = to_ivy(operand)
    moved = ivy.moveaxis(a, reduction_dimension, -1)
    v, i = top_k(Array(moved), k)
    return Array(ivy.moveaxis(v._a, -1, reduction_dimension)), Array(ivy.moveaxis(i._a, -1, reduction_dimension))


def _approx_min_k(operand: Any, k: int, reduction_dimension: int) -> tuple[Array, Array]:
    """jax.lax.approx_min_k: the exact bottom ``k`` along ``reduction_dimension``."""
    v, i = _approx_max_k(Array(ivy.negative(to_ivy(operand))), k, reduction_dimension)
    return Array(ivy.negative(v._a)), i


#: approx_max_k/approx_min_k: the search tuning JAX takes is moot for an exact top k
_APPROX = params("operand", "k", reduction_dimension=-1, recall_target=0.95, reduction_input_size_override=-1)
_APPROX += params(aggregate_to_topk=True)
approx_max_k = signed("approx_max_k", _APPROX, _approx_max_k)
approx_min_k = signed("approx_min_k", _APPROX, _approx_min_k)


# ---------------------------------------------------------------- fft, solves, ragged dot, scatter_apply
def fft(x: Any, fft_type: Any, fft_lengths: Sequence[int]) -> Array:
    """jax.lax.fft over the last ``len(fft_lengths)`` axes."""
    a = to_ivy(x)
    kind = FftType[fft_type.upper()] if isinstance(fft_type, str) else FftType(int(fft_type))
    axes = tuple(range(-len(fft_lengths), 0))
    lengths = tuple(int(n) for n in fft_lengths)
    if kind == FftType.FFT:
        return Array(ivy.fft.fftn(a, s=lengths, axes=axes))
    if kind == FftType.IFFT:
        return Array(ivy.fft.ifftn(a, s=lengths, axes=axes))
    if kind == FftType.RFFT:
        return Array(ivy.fft.rfftn(a, s=lengths, axes=axes))
    return Array(ivy.fft.irfftn(a, s=lengths, axes=axes))


def custom_linear_solve(
    matvec: Callable[..., Any],
    b: Any,
    solve: Callable[..., Any],
    transpose_solve: Any = None,
    symmetric: bool = False,
    has_aux: bool = False,
) -> Any:
    """jax.lax.custom_linear_solve: ``solve(matvec, b)`` (the custom derivative is JAX's concern)."""
    return solve(matvec, b)


def custom_root(
    f: Callable[..., Any], initial_guess: Any, solve: Callable[..., Any], tangent_solve: Any, has_aux: bool = False
) -> Any:
    """jax.lax.custom_root: ``solve(f, initial_guess)``."""
    return solve(f, initial_guess)


def _ragged_dot(lhs: Any, rhs: Any, group_sizes: Any, preferred_element_type: Any, group_offset: Any) -> Array:
    """jax.lax.ragged_dot: ``lhs`` [m, k] rows in consecutive groups, group ``g`` times ``rhs[g]`` [k, n]."""
    if group_offset is not None:
        raise NotImplementedError("jax.lax.ragged_dot: group_offset is not supported")
    a, w, g = operand(lhs), operand(rhs), to_ivy(group_sizes)
    d = _dtypes.optional(preferred_element_type) or _dtypes.result(a, w)[0]
    a_, w_ = ivy.astype(to_ivy(a), d.ivy), ivy.astype(to_ivy(w), d.ivy)
    ends = ivy.cumulative_sum(ivy.astype(g, ivy.int64))
    rows = ivy.arange(a_.shape[0], dtype=ivy.int64)
    gid = ivy.sum(ivy.astype(ivy.greater_equal(rows[:, None], ends[None, :]), ivy.int64), axis=1)
    inside = ivy.less(gid, w_.shape[0])
    picked = ivy.take(w_, ivy.clip(gid, 0, w_.shape[0] - 1), axis=0)
    out = ivy.einsum("mk,mkn->mn", a_, picked)
    return Array(ivy.where(inside[:, None], out, ivy.zeros_like(out)))


_RAGGED = params("lhs", "rhs", "group_sizes", precision=None, preferred_element_type=None, group_offset=None)
ragged_dot = signed("ragged_dot", _RAGGED + more_keywords("kw"), _ragged_dot)


def scatter_apply(
    operand: Any,
    scatter_indices: Any,
    func: Callable[[Any], Any],
    dimension_numbers: Any,
    *,
    update_shape: Sequence[int] = (),
    mode: Any = None,
    **kw: Any,
) -> Array:
    """jax.lax.scatter_apply: ``func`` applied to the elements the scatter addresses."""
    a = operand if isinstance(operand, Array) else Array(to_ivy(operand))
    hit = scatter(
        Array(ivy.zeros(a.shape, dtype=ivy.bool)),
        scatter_indices,
        Array(ivy.ones(tuple(update_shape), dtype=ivy.bool)),
        dimension_numbers,
        mode=mode,
    )
    applied = func(a)
    return Array(ivy.where(hit._a, to_ivy(applied), a._a))


# ---------------------------------------------------------------- random bits
def _seed_of(key: ivy.Array) -> int:
    words = [int(w) for w in Array(ivy.reshape(ivy.astype(key, ivy.int64), (-1,))).tolist()]
    seed = 0x345678
    for w in words:
        seed = (seed * 1000003 ^ w) & 0x7FFFFFFF
    return seed


def rng_bit_generator(
    key: Any, shape: Sequence[int], dtype: Any = "uint32", algorithm: Any = 0, *, out_sharding: Any = None
) -> tuple[Array, Array]:
    """jax.lax.rng_bit_generator: ``(new key, random bits)``; ivy's streams, not XLA's."""
    k = to_ivy(key)
    d = _dtypes.canonical(dtype)
    if d.kind != "u":
        raise TypeError(f"jax.lax.rng_bit_generator: dtype must be unsigned, got {d}")
    seed = _seed_of(k)
    new_key = ivy.random.randint(0, 2**31 - 1, tuple(k.shape), dtype=ivy.int64, seed=seed)
    top = 2 ** builtins.min(d.itemsize * 8, 31) - 1
    bits = ivy.random.randint(0, top, tuple(shape), dtype=ivy.int64, seed=seed ^ 0x55555555)
    return Array(ivy.astype(new_key, k.dtype)), Array(ivy.astype(bits, d.ivy))


def rng_uniform(a: Any, b: Any, shape: Sequence[int]) -> Array:
    """jax.lax.rng_uniform: uniform in [a, b) (stateful in XLA; drawn from ivy's global stream)."""
    lo, hi = to_ivy(a), to_ivy(b)
    d = lo.dtype
    if d.kind in "iu":
        return Array(ivy.random.randint(int(lo), int(hi), tuple(shape), dtype=d))
    return Array(ivy.random.uniform(tuple(shape), low=float(lo), high=float(hi), dtype=d))
