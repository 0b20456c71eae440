"""``jax.lax`` on ivy: the public functions and the primitive table that captured jaxprs run on.

``PRIMITIVES`` maps a JAX primitive's name to a function of ivy arrays taking
the equation's params as keywords (what ``jax.make_jaxpr`` records); the public
functions (``lax.add``, ``lax.dot_general``, ...) wrap the same implementations
for frontend Arrays, with JAX's public signatures.
"""

from __future__ import annotations

import builtins  # this module defines JAX's max/min/round, which shadow Python's
import functools
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends._shared.naming import named
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, cast_to, operand, to_ivy
from ivy_frontends.jax.lax import _elementwise, _indexing, _structural, _windows
from ivy_frontends.jax.lax._windows import padtype_to_pads

# ---------------------------------------------------------------- the primitive table
PRIMITIVES: dict[str, Callable[..., Any]] = {}
for _name, _fn in _elementwise.UNARY.items():  # params such as ``accuracy`` are accepted and ignored
    PRIMITIVES[_name] = functools.partial(lambda fn, x, **p: fn(x), _fn)
for _name, _fn in _elementwise.BINARY.items():
    PRIMITIVES[_name] = functools.partial(lambda fn, x, y, **p: fn(x, y), _fn)
PRIMITIVES["integer_pow"] = lambda x, y, **p: _elementwise.integer_pow(x, y)
PRIMITIVES["round"] = lambda x, rounding_method=0, **p: _elementwise._round(x, rounding_method)
PRIMITIVES.update(_structural.REDUCTIONS)
PRIMITIVES.update(_structural.CUMULATIVE)
PRIMITIVES.update(
    {
        "convert_element_type": _structural.convert_element_type,
        "broadcast_in_dim": _structural.broadcast_in_dim,
        "reshape": _structural.reshape,
        "transpose": _structural.transpose,
        "squeeze": _structural.squeeze,
        "expand_dims": _structural.expand_dims,
        "concatenate": _structural.concatenate,
        "rev": _structural.rev,
        "pad": _structural.pad,
        "slice": _structural.slice_p,
        "iota": _structural.iota,
        "sort": _structural.sort,
        "top_k": _structural.top_k,
        "split": _structural.split,
        "select_n": lambda which, *cases, **p: _structural.select_n(which, *cases),
        "clamp": lambda lo, x, hi, **p: _structural.clamp(lo, x, hi),
        "argmax": _structural.argmax,
        "argmin": _structural.argmin,
        "dynamic_slice": _indexing.dynamic_slice,
        "dynamic_update_slice": _indexing.dynamic_update_slice,
        "gather": _indexing.gather,
        "scatter": functools.partial(_indexing.scatter, how="set"),
        "scatter-add": functools.partial(_indexing.scatter, how="add"),
        "scatter_add": functools.partial(_indexing.scatter, how="add"),
        "scatter-mul": functools.partial(_indexing.scatter, how="mul"),
        "scatter_mul": functools.partial(_indexing.scatter, how="mul"),
        "scatter-min": functools.partial(_indexing.scatter, how="min"),
        "scatter_min": functools.partial(_indexing.scatter, how="min"),
        "scatter-max": functools.partial(_indexing.scatter, how="max"),
        "scatter_max": functools.partial(_indexing.scatter, how="max"),
        "dot_general": _windows.dot_general,
        "conv_general_dilated": _windows.conv_general_dilated,
        "reduce_window_sum": functools.partial(_windows.reduce_window, kind="sum"),
        "reduce_window_max": functools.partial(_windows.reduce_window, kind="max"),
        "reduce_window_min": functools.partial(_windows.reduce_window, kind="min"),
        "copy": lambda x, **p: x,
        "copy_p": lambda x, **p: x,
        "optimization_barrier": lambda *xs, **p: xs,
        "reduce_precision": lambda x, **p: x,
        "square": lambda x, **p: x * x,
    }
)
# "scatter-sub" subtracts: add the negated updates
PRIMITIVES["scatter-sub"] = lambda x, i, u, **p: _indexing.scatter(x, i, ivy.negative(u), how="add", **p)
PRIMITIVES["device_put"] = lambda *xs, **p: xs if len(xs) != 1 else xs[0]
#: primitives that return a tuple of outputs
MULTIPLE_RESULTS = {"sort", "top_k", "split", "optimization_barrier"}


# ---------------------------------------------------------------- dimension-number types
class ConvDimensionNumbers(NamedTuple):
    """Operand permutations: (batch, feature, spatial...) for lhs/out; (out feature, in feature, spatial...) for rhs."""

    lhs_spec: tuple[int, ...]
    rhs_spec: tuple[int, ...]
    out_spec: tuple[int, ...]


class GatherDimensionNumbers(NamedTuple):
    """XLA's gather dimension numbers."""

    offset_dims: tuple[int, ...]
    collapsed_slice_dims: tuple[int, ...]
    start_index_map: tuple[int, ...]
    operand_batching_dims: tuple[int, ...] = ()
    start_indices_batching_dims: tuple[int, ...] = ()


class ScatterDimensionNumbers(NamedTuple):
    """XLA's scatter dimension numbers."""

    update_window_dims: tuple[int, ...]
    inserted_window_dims: tuple[int, ...]
    scatter_dims_to_operand_dims: tuple[int, ...]
    operand_batching_dims: tuple[int, ...] = ()
    scatter_indices_batching_dims: tuple[int, ...] = ()


class GatherScatterMode:
    """Out-of-bounds index handling: ``CLIP``, ``FILL_OR_DROP``, ``PROMISE_IN_BOUNDS``."""

    CLIP = "CLIP"
    FILL_OR_DROP = "FILL_OR_DROP"
    PROMISE_IN_BOUNDS = "PROMISE_IN_BOUNDS"
    ONE_HOT = "ONE_HOT"


class Precision:
    """Accepted and ignored: ivy computes at the operands' precision."""

    DEFAULT = "DEFAULT"
    HIGH = "HIGH"
    HIGHEST = "HIGHEST"


class RoundingMethod:
    """``lax.round`` rounding methods."""

    AWAY_FROM_ZERO = 0
    TO_NEAREST_EVEN = 1


def conv_dimension_numbers(lhs_shape: Any, rhs_shape: Any, dimension_numbers: Any) -> ConvDimensionNumbers:
    """String specs (``('NHWC', 'HWIO', 'NHWC')``) or ``None`` as ``ConvDimensionNumbers``."""
    nd = len(lhs_shape)
    if dimension_numbers is None:
        return ConvDimensionNumbers(tuple(range(nd)), tuple(range(nd)), tuple(range(nd)))
    if isinstance(dimension_numbers, ConvDimensionNumbers) or hasattr(dimension_numbers, "lhs_spec"):
        return ConvDimensionNumbers(*dimension_numbers)
    lhs, rhs, out = dimension_numbers
    spatial = [c for c in rhs if c not in "OI"]

    def perm(spec: str, first: str, second: str) -> tuple[int, ...]:
        return (spec.index(first), spec.index(second), *tuple(spec.index(c) for c in spatial))

    return ConvDimensionNumbers(perm(lhs, "N", "C"), perm(rhs, "O", "I"), perm(out, "N", "C"))


# ---------------------------------------------------------------- public wrappers
def _unwrap(x: Any) -> Any:
    if isinstance(x, Array):
        return x._a
    if isinstance(x, (list, tuple)) and any(isinstance(e, Array) for e in x):
        return type(x)(_unwrap(e) for e in x)
    return x


def _wrap(x: Any) -> Any:
    if isinstance(x, ivy.Array):
        return Array(x)
    if isinstance(x, (list, tuple)):
        return type(x)(_wrap(e) for e in x) if not hasattr(x, "_fields") else x
    return x


def _arr(x: Any) -> ivy.Array:
    return to_ivy(x) if not isinstance(x, Array) else x._a


def _unary_public(name: str) -> Callable[..., Array]:
    impl = PRIMITIVES[name]

    def run(x: Any, **params: Any) -> Array:
        a = operand(x)
        return Array(impl(a._a, **params), a.weak)

    return named(run, name, f"jax.lax.{name}: elementwise.")


def _binary_public(name: str) -> Callable[..., Array]:
    impl = PRIMITIVES[name]

    def run(x: Any, y: Any) -> Array:
        a, b = operand(x), operand(y)
        d, weak = _dtypes.result(a, b)
        return Array(impl(cast_to(a, d), cast_to(b, d)), weak)

    return named(run, name, f"jax.lax.{name}: elementwise (operands of one dtype; Python scalars are weak).")


FUNCTIONS: dict[str, Callable[..., Any]] = {}
for _name in _elementwise.UNARY:
    FUNCTIONS[_name] = _unary_public(_name)
for _name in _elementwise.BINARY:
    if _name not in ("and", "or", "xor"):
        FUNCTIONS[_name] = _binary_public(_name)
FUNCTIONS["bitwise_and"] = _binary_public("and")
FUNCTIONS["bitwise_or"] = _binary_public("or")
FUNCTIONS["bitwise_xor"] = _binary_public("xor")
FUNCTIONS["bitwise_not"] = _unary_public("not")
globals().update(FUNCTIONS)


def logistic(x: Any) -> Array:
    """jax.lax.logistic: 1 / (1 + exp(-x))."""
    return FUNCTIONS["logistic"](x)


def integer_pow(x: Any, y: int) -> Array:
    """jax.lax.integer_pow: ``x ** y`` for a static integer ``y``."""
    a = operand(x)
    return Array(_elementwise.integer_pow(a._a, y), a.weak)


def round(x: Any, rounding_method: Any = 0) -> Array:  # noqa: A001 - JAX's name
    """jax.lax.round: away from zero (0) or to nearest even (1)."""
    a = operand(x)
    return Array(_elementwise._round(a._a, rounding_method), a.weak)


def reciprocal(x: Any) -> Array:
    """jax.lax.reciprocal."""
    return FUNCTIONS["div"](1, x)


def select_n(which: Any, *cases: Any) -> Array:
    """jax.lax.select_n: ``cases[which]`` elementwise."""
    return Array(_structural.select_n(_arr(which), *[_arr(c) for c in cases]))


def select(pred: Any, on_true: Any, on_false: Any) -> Array:
    """jax.lax.select: ``on_true`` where ``pred``."""
    return select_n(pred, on_false, on_true)


def clamp(min: Any, x: Any, max: Any) -> Array:  # noqa: A002 - JAX's names
    """jax.lax.clamp: ``x`` limited to [min, max]."""
    a = operand(x)
    return Array(_structural.clamp(cast_to(operand(min), a.dtype), a._a, cast_to(operand(max), a.dtype)))


def convert_element_type(operand: Any, new_dtype: Any) -> Array:
    """jax.lax.convert_element_type."""
    return Array(_structural.convert_element_type(_arr(operand), new_dtype))


def broadcast_in_dim(operand: Any, shape: Sequence[int], broadcast_dimensions: Sequence[int], **kw: Any) -> Array:
    """jax.lax.broadcast_in_dim."""
    return Array(_structural.broadcast_in_dim(_arr(operand), shape, broadcast_dimensions))


def broadcast(operand: Any, sizes: Sequence[int], **kw: Any) -> Array:
    """jax.lax.broadcast: new leading dims of ``sizes``."""
    a = _arr(operand)
    return Array(ivy.broadcast_to(a, (*tuple(sizes), *a.shape)))


def reshape(operand: Any, new_sizes: Sequence[int], dimensions: Any = None, **kw: Any) -> Array:
    """jax.lax.reshape."""
    return Array(_structural.reshape(_arr(operand), new_sizes, dimensions))


def transpose(operand: Any, permutation: Sequence[int]) -> Array:
    """jax.lax.transpose."""
    return Array(_structural.transpose(_arr(operand), permutation))


def squeeze(array: Any, dimensions: Sequence[int]) -> Array:
    """jax.lax.squeeze."""
    return Array(_structural.squeeze(_arr(array), dimensions))


def expand_dims(array: Any, dimensions: Sequence[int]) -> Array:
    """jax.lax.expand_dims."""
    return Array(_structural.expand_dims(_arr(array), dimensions))


def concatenate(operands: Sequence[Any], dimension: int) -> Array:
    """jax.lax.concatenate."""
    return Array(_structural.concatenate(*[_arr(o) for o in operands], dimension=dimension))


def rev(operand: Any, dimensions: Sequence[int]) -> Array:
    """jax.lax.rev: reverse along ``dimensions``."""
    return Array(_structural.rev(_arr(operand), dimensions))


def pad(operand: Any, padding_value: Any, padding_config: Sequence[Sequence[int]]) -> Array:
    """jax.lax.pad: (low, high, interior) per dim; negative low/high crop."""
    a = _arr(operand)
    return Array(_structural.pad(a, cast_to(padding_value, _dtypes.canonical(a.dtype)), padding_config))


def slice(operand: Any, start_indices: Sequence[int], limit_indices: Sequence[int], strides: Any = None) -> Array:  # noqa: A001
    """jax.lax.slice."""
    return Array(_structural.slice_p(_arr(operand), start_indices, limit_indices, strides))


def slice_in_dim(
    operand: Any, start_index: int | None, limit_index: int | None, stride: int = 1, axis: int = 0
) -> Array:
    """jax.lax.slice_in_dim."""
    a = _arr(operand)
    idx = [builtins_slice(None)] * a.ndim
    idx[axis] = builtins_slice(start_index, limit_index, stride)
    return Array(a[tuple(idx)])


builtins_slice = __builtins__["slice"] if isinstance(__builtins__, dict) else __builtins__.slice


def index_in_dim(operand: Any, index: int, axis: int = 0, keepdims: bool = True) -> Array:
    """jax.lax.index_in_dim."""
    out = slice_in_dim(operand, index, index + 1 if index != -1 else None, 1, axis)
    return out if keepdims else squeeze(out, (axis,))


def dynamic_slice(operand: Any, start_indices: Sequence[Any], slice_sizes: Sequence[int], **kw: Any) -> Array:
    """jax.lax.dynamic_slice: start indices clamped into range."""
    return Array(_indexing.dynamic_slice(_arr(operand), *[_unwrap(s) for s in start_indices], slice_sizes=slice_sizes))


def dynamic_update_slice(operand: Any, update: Any, start_indices: Sequence[Any], **kw: Any) -> Array:
    """jax.lax.dynamic_update_slice."""
    return Array(_indexing.dynamic_update_slice(_arr(operand), _arr(update), *[_unwrap(s) for s in start_indices]))


def dynamic_slice_in_dim(operand: Any, start_index: Any, slice_size: int, axis: int = 0) -> Array:
    """jax.lax.dynamic_slice_in_dim."""
    a = _arr(operand)
    starts = [0] * a.ndim
    starts[axis] = start_index
    sizes = list(a.shape)
    sizes[axis] = slice_size
    return dynamic_slice(Array(a), starts, sizes)


def dynamic_update_slice_in_dim(operand: Any, update: Any, start_index: Any, axis: int) -> Array:
    """jax.lax.dynamic_update_slice_in_dim."""
    a = _arr(operand)
    starts = [0] * a.ndim
    starts[axis] = start_index
    return dynamic_update_slice(Array(a), update, starts)


def dynamic_index_in_dim(operand: Any, index: Any, axis: int = 0, keepdims: bool = True) -> Array:
    """jax.lax.dynamic_index_in_dim."""
    out = dynamic_slice_in_dim(operand, index, 1, axis)
    return out if keepdims else squeeze(out, (axis,))


def gather(
    operand: Any,
    start_indices: Any,
    dimension_numbers: Any,
    slice_sizes: Sequence[int],
    *,
    mode: Any = None,
    fill_value: Any = None,
    **kw: Any,
) -> Array:
    """jax.lax.gather (XLA semantics; ``mode`` None/CLIP/PROMISE_IN_BOUNDS clamp, FILL_OR_DROP fills)."""
    return Array(_indexing.gather(_arr(operand), _arr(start_indices), dimension_numbers, slice_sizes, mode, fill_value))


def _scatter_public(how: str, name: str) -> Callable[..., Array]:
    def run(
        operand: Any, scatter_indices: Any, updates: Any, dimension_numbers: Any, *, mode: Any = None, **kw: Any
    ) -> Array:
        a = _arr(operand)
        u = _arr(updates)
        if how == "sub":
            return Array(
                _indexing.scatter(a, _arr(scatter_indices), ivy.negative(u), dimension_numbers, mode, how="add")
            )
        return Array(_indexing.scatter(a, _arr(scatter_indices), u, dimension_numbers, mode, how=how))

    return named(
        run, name, f"jax.lax.{name}: XLA scatter ({how}); mode FILL_OR_DROP drops out-of-bounds updates, others clamp."
    )


scatter = _scatter_public("set", "scatter")
scatter_add = _scatter_public("add", "scatter_add")
scatter_sub = _scatter_public("sub", "scatter_sub")
scatter_mul = _scatter_public("mul", "scatter_mul")
scatter_min = _scatter_public("min", "scatter_min")
scatter_max = _scatter_public("max", "scatter_max")


def iota(dtype: Any, size: int, **kw: Any) -> Array:
    """jax.lax.iota: 0..size-1."""
    return Array(_structural.iota(dtype, (size,), 0))


def broadcasted_iota(dtype: Any, shape: Sequence[int], dimension: int, **kw: Any) -> Array:
    """jax.lax.broadcasted_iota."""
    return Array(_structural.iota(dtype, tuple(shape), dimension))


def _reduction_public(name: str) -> Callable[..., Array]:
    impl = PRIMITIVES[name]

    def run(operand: Any, axes: Sequence[int]) -> Array:
        a = _arr(operand)
        return Array(impl(a, axes=tuple(ax % builtins.max(a.ndim, 1) for ax in axes)))

    return named(run, name, f"jax.lax.{name}: reduce over ``axes``.")


for _name in _structural.REDUCTIONS:
    FUNCTIONS[_name] = _reduction_public(_name)
    globals()[_name] = FUNCTIONS[_name]


def argmax(operand: Any, axis: int, index_dtype: Any) -> Array:
    """jax.lax.argmax (NaN counts as the maximum)."""
    return Array(_structural.argmax(_arr(operand), (axis,), index_dtype))


def argmin(operand: Any, axis: int, index_dtype: Any) -> Array:
    """jax.lax.argmin (NaN counts as the minimum)."""
    return Array(_structural.argmin(_arr(operand), (axis,), index_dtype))


def _cumulative_public(name: str) -> Callable[..., Array]:
    impl = PRIMITIVES[name]

    def run(operand: Any, axis: int = 0, reverse: bool = False) -> Array:
        a = _arr(operand)
        return Array(impl(a, axis=axis % a.ndim, reverse=reverse))

    return named(run, name, f"jax.lax.{name}: cumulative along ``axis``.")


for _name in _structural.CUMULATIVE:
    FUNCTIONS[_name] = _cumulative_public(_name)
    globals()[_name] = FUNCTIONS[_name]


def sort(operand: Any, dimension: int = -1, is_stable: bool = True, num_keys: int = 1) -> Any:
    """jax.lax.sort: one array, or a sequence sorted together by the first ``num_keys``."""
    if isinstance(operand, (list, tuple)):
        return type(operand)(
            Array(o) for o in _structural.sort(*[_arr(o) for o in operand], dimension=dimension, num_keys=num_keys)
        )
    return Array(_structural.sort(_arr(operand), dimension=dimension)[0])


def sort_key_val(keys: Any, values: Any, dimension: int = -1, is_stable: bool = True) -> tuple[Array, Array]:
    """jax.lax.sort_key_val."""
    k, v = _structural.sort(_arr(keys), _arr(values), dimension=dimension)
    return Array(k), Array(v)


def top_k(operand: Any, k: int, **kw: Any) -> tuple[Array, Array]:
    """jax.lax.top_k: the ``k`` largest along the last axis and their indices."""
    v, i = _structural.top_k(_arr(operand), k)
    return Array(v), Array(i)


def split(operand: Any, sizes: Sequence[int], axis: int = 0) -> list[Array]:
    """jax.lax.split."""
    a = _arr(operand)
    return [Array(p) for p in _structural.split(a, sizes, axis % a.ndim)]


def dot_general(
    lhs: Any, rhs: Any, dimension_numbers: Any, precision: Any = None, preferred_element_type: Any = None, **kw: Any
) -> Array:
    """jax.lax.dot_general: ((lhs_contract, rhs_contract), (lhs_batch, rhs_batch))."""
    a, b = operand(lhs), operand(rhs)
    d, _ = _dtypes.result(a, b)
    return Array(
        _windows.dot_general(cast_to(a, d), cast_to(b, d), dimension_numbers, precision, preferred_element_type)
    )


def dot(lhs: Any, rhs: Any, precision: Any = None, preferred_element_type: Any = None, **kw: Any) -> Array:
    """jax.lax.dot: vector/matrix products contracting the last axis of lhs with the first of rhs."""
    a, b = operand(lhs), operand(rhs)
    return dot_general(a, b, (((a.ndim - 1,), (0,)), ((), ())), precision, preferred_element_type)


def batch_matmul(lhs: Any, rhs: Any, precision: Any = None) -> Array:
    """jax.lax.batch_matmul."""
    a, b = operand(lhs), operand(rhs)
    n = a.ndim
    batch = tuple(range(n - 2))
    return dot_general(a, b, (((n - 1,), (n - 2,)), (batch, batch)), precision)


def conv_general_dilated(
    lhs: Any,
    rhs: Any,
    window_strides: Sequence[int],
    padding: Any,
    lhs_dilation: Sequence[int] | None = None,
    rhs_dilation: Sequence[int] | None = None,
    dimension_numbers: Any = None,
    feature_group_count: int = 1,
    batch_group_count: int = 1,
    precision: Any = None,
    preferred_element_type: Any = None,
) -> Array:
    """jax.lax.conv_general_dilated (string or explicit padding, string or numeric dimension numbers)."""
    a, b = _arr(lhs), _arr(rhs)
    dn = conv_dimension_numbers(a.shape, b.shape, dimension_numbers)
    if isinstance(padding, str):
        x_sp = [a.shape[i] for i in dn.lhs_spec[2:]]
        k_sp = [b.shape[i] for i in dn.rhs_spec[2:]]
        rd = rhs_dilation or (1,) * len(k_sp)
        ld = lhs_dilation or (1,) * len(k_sp)
        x_sp = [(n - 1) * d + 1 for n, d in zip(x_sp, ld, strict=True)]
        padding = padtype_to_pads(
            x_sp, [(k - 1) * d + 1 for k, d in zip(k_sp, rd, strict=True)], window_strides, padding
        )
    return Array(
        _windows.conv_general_dilated(
            a,
            b,
            window_strides,
            padding,
            lhs_dilation,
            rhs_dilation,
            dn,
            feature_group_count,
            batch_group_count,
            precision,
            preferred_element_type,
        )
    )


def conv(
    lhs: Any,
    rhs: Any,
    window_strides: Sequence[int],
    padding: Any,
    precision: Any = None,
    preferred_element_type: Any = None,
) -> Array:
    """jax.lax.conv: NCHW/OIHW convolution."""
    return conv_general_dilated(
        lhs, rhs, window_strides, padding, precision=precision, preferred_element_type=preferred_element_type
    )


def conv_with_general_padding(
    lhs: Any,
    rhs: Any,
    window_strides: Sequence[int],
    padding: Any,
    lhs_dilation: Any,
    rhs_dilation: Any,
    precision: Any = None,
    preferred_element_type: Any = None,
) -> Array:
    """jax.lax.conv_with_general_padding."""
    return conv_general_dilated(
        lhs,
        rhs,
        window_strides,
        padding,
        lhs_dilation,
        rhs_dilation,
        precision=precision,
        preferred_element_type=preferred_element_type,
    )


def reduce_window(
    operand: Any,
    init_value: Any,
    computation: Callable[..., Any],
    window_dimensions: Sequence[int],
    window_strides: Sequence[int],
    padding: Any,
    base_dilation: Sequence[int] | None = None,
    window_dilation: Sequence[int] | None = None,
) -> Array:
    """jax.lax.reduce_window for ``lax.add``/``lax.max``/``lax.min`` computations (init: the identity)."""
    names = {"add": "sum", "max": "max", "min": "min"}
    kind = names.get(getattr(computation, "__name__", ""))
    if kind is None:
        raise NotImplementedError("jax.lax.reduce_window: only lax.add, lax.max and lax.min computations are supported")
    a = _arr(operand)
    out = _windows.reduce_window(a, kind, window_dimensions, window_strides, padding, base_dilation, window_dilation)
    init = cast_to(init_value, _dtypes.canonical(a.dtype))
    combine = {"sum": ivy.add, "max": shared_math.maximum, "min": shared_math.minimum}[kind]
    return Array(combine(out, init))


def stop_gradient(x: Any) -> Any:
    """jax.lax.stop_gradient (pytrees of arrays pass elementwise)."""
    if isinstance(x, (list, tuple)):
        return type(x)(stop_gradient(e) for e in x)
    if isinstance(x, dict):
        return {k: stop_gradient(v) for k, v in x.items()}
    return Array(ivy.stop_gradient(_arr(x)))


def full(shape: Any, fill_value: Any, dtype: Any = None, **kw: Any) -> Array:
    """jax.lax.full."""
    d = _dtypes.optional(dtype) or _dtypes.result(fill_value)[0]
    return Array(ivy.full(tuple(shape) if not isinstance(shape, int) else (shape,), fill_value, dtype=d.ivy))


def full_like(x: Any, fill_value: Any, dtype: Any = None, shape: Any = None, **kw: Any) -> Array:
    """jax.lax.full_like."""
    a = operand(x)
    return full(a.shape if shape is None else shape, fill_value, dtype or a.dtype)


def zeros_like_array(x: Any) -> Array:
    """jax.lax.zeros_like_array."""
    return full_like(x, 0)


def tile(operand: Any, reps: Sequence[int]) -> Array:
    """jax.lax.tile."""
    return Array(ivy.tile(_arr(operand), tuple(reps)))


def collapse(operand: Any, start_dimension: int, stop_dimension: int | None = None) -> Array:
    """jax.lax.collapse: merge dims [start, stop)."""
    a = _arr(operand)
    stop = a.ndim if stop_dimension is None else stop_dimension
    n = 1
    for s in a.shape[start_dimension:stop]:
        n *= s
    return Array(ivy.reshape(a, (*a.shape[:start_dimension], n, *a.shape[stop:])))


def broadcast_shapes(*shapes: Sequence[int]) -> tuple[int, ...]:
    """jax.lax.broadcast_shapes."""
    return tuple(ivy.broadcast_shapes(*[tuple(s) for s in shapes]))


def square(x: Any) -> Array:
    """jax.lax.square."""
    a = operand(x)
    return Array(a._a * a._a, a.weak)


def stack(operands: Sequence[Any], axis: int = 0) -> Array:
    """jax.lax.stack (as ``jnp.stack``)."""
    return Array(ivy.stack([_arr(o) for o in operands], axis=axis))


def unstack(operand: Any, axis: int = 0) -> list[Array]:
    """jax.lax.unstack."""
    return [Array(p) for p in ivy.unstack(_arr(operand), axis=axis)]


def erf_inv(x: Any) -> Array:
    """jax.lax.erf_inv."""
    return FUNCTIONS["erf_inv"](x)


def dtype(x: Any) -> _dtypes.dtype:
    """jax.lax.dtype: the dtype of an array or value."""
    return _dtypes.result(x)[0]


from ivy_frontends.jax.lax._control import associative_scan, cond, fori_loop, map, scan, switch, while_loop  # noqa: E402
from ivy_frontends.jax.lax._more import (  # noqa: E402
    AccuracyMode,
    ConvGeneralDilatedDimensionNumbers,
    DotAlgorithm,
    DotAlgorithmPreset,
    DotDimensionNumbers,
    FftType,
    PrecisionLike,
    RaggedDotDimensionNumbers,
    RandomAlgorithm,
    Tolerance,
    approx_max_k,
    approx_min_k,
    broadcast_to_rank,
    clz,
    conv_general_dilated_local,
    conv_general_dilated_patches,
    conv_general_permutations,
    conv_general_shape_tuple,
    conv_shape_tuple,
    conv_transpose,
    conv_transpose_shape_tuple,
    custom_linear_solve,
    custom_root,
    dynamic_update_index_in_dim,
    empty,
    fft,
    index_take,
    mulhi,
    optimization_barrier,
    platform_dependent,
    population_count,
    ragged_dot,
    reduce,
    reduce_precision,
    reduce_window_shape_tuple,
    rng_bit_generator,
    rng_uniform,
    scatter_apply,
    shape_as_value,
    stage,
)
from ivy_frontends.jax.lax._special import FUNCTIONS as _SPECIAL_FUNCTIONS  # noqa: E402
from ivy_frontends.jax.lax._special import PRIMITIVES as _SPECIAL_PRIMITIVES  # noqa: E402

PRIMITIVES.update(_SPECIAL_PRIMITIVES)
globals().update(_SPECIAL_FUNCTIONS)
FUNCTIONS.update(
    {n: v for n, v in list(globals().items()) if callable(v) and not n.startswith("_") and n not in FUNCTIONS}
)
