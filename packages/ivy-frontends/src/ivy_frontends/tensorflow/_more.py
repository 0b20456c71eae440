# ruff: noqa: A002 - TensorFlow's own argument names (input, ...)
"""More ``tf.*`` functions: space/batch reshuffles, partitions, histograms, masks, checks and initializers."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.signatures import params, signed
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, Variable, as_tensor, binary

FUNCTIONS: dict[str, Callable[..., Any]] = {}


def register(fn: Callable[..., Any]) -> Callable[..., Any]:
    FUNCTIONS[fn.__name__.rstrip("_")] = fn
    return fn


def _ints(v: Any) -> list[int]:
    t = as_tensor(v)
    return [int(x) for x in t.numpy().reshape(-1).tolist()]


def _pairs(v: Any, m: int) -> list[tuple[int, int]]:
    flat = _ints(v) if v is not None else [0] * (2 * m)
    return [(flat[2 * i], flat[2 * i + 1]) for i in range(m)]


@register
def space_to_batch_nd(input: Any, block_shape: Any, paddings: Any, name: Any = None) -> Tensor:
    """tf.space_to_batch_nd: zero-pad the spatial axes, then move ``block_shape`` blocks into the batch."""
    x = as_tensor(input)._ivy
    block = _ints(block_shape)
    m = len(block)
    pads = _pairs(paddings, m)
    x = ivy.pad(x, ((0, 0), *pads, *(((0, 0),) * (x.ndim - 1 - m))))
    batch, spatial, rest = x.shape[0], tuple(x.shape[1 : 1 + m]), tuple(x.shape[1 + m :])
    for s, b in zip(spatial, block, strict=True):
        if s % b:
            raise InvalidArgumentError(f"padded_shape {s} is not divisible by block_shape {b}")
    split: list[int] = [batch]
    for s, b in zip(spatial, block, strict=True):
        split += [s // b, b]
    x = ivy.reshape(x, (*split, *rest))
    perm = [2 + 2 * i for i in range(m)] + [0] + [1 + 2 * i for i in range(m)] + list(range(1 + 2 * m, x.ndim))
    x = ivy.permute_dims(x, tuple(perm))
    n = batch
    for b in block:
        n *= b
    return Tensor(ivy.reshape(x, (n, *[s // b for s, b in zip(spatial, block, strict=True)], *rest)))


@register
def space_to_batch(input: Any, block_shape: Any, paddings: Any, name: Any = None) -> Tensor:
    """tf.space_to_batch: ``space_to_batch_nd``."""
    return space_to_batch_nd(input, block_shape, paddings)


@register
def batch_to_space(input: Any, block_shape: Any, crops: Any, name: Any = None) -> Tensor:
    """tf.batch_to_space: the inverse of ``space_to_batch_nd``, then ``crops`` off the spatial axes."""
    x = as_tensor(input)._ivy
    block = _ints(block_shape)
    m = len(block)
    prod = 1
    for b in block:
        prod *= b
    if x.shape[0] % prod:
        raise InvalidArgumentError(
            f"Input batch dimension {x.shape[0]} is not divisible by product of block sizes {prod}"
        )
    batch = x.shape[0] // prod
    spatial, rest = tuple(x.shape[1 : 1 + m]), tuple(x.shape[1 + m :])
    x = ivy.reshape(x, (*block, batch, *spatial, *rest))
    perm = [m]
    for i in range(m):
        perm += [m + 1 + i, i]
    perm += list(range(2 * m + 1, x.ndim))
    x = ivy.permute_dims(x, tuple(perm))
    x = ivy.reshape(x, (batch, *[s * b for s, b in zip(spatial, block, strict=True)], *rest))
    key = [slice(None)]
    for i, (lo, hi) in enumerate(_pairs(crops, m)):
        key.append(slice(lo, x.shape[1 + i] - hi))
    return Tensor(x[tuple(key)])


@register
def required_space_to_batch_paddings(
    input_shape: Any, block_shape: Any, base_paddings: Any = None, name: Any = None
) -> tuple[Tensor, Tensor]:
    """tf.required_space_to_batch_paddings: paddings making each padded size a multiple of its block, and crops."""
    shape, block = _ints(input_shape), _ints(block_shape)
    base = _pairs(base_paddings, len(block))
    pads, crops = [], []
    for s, b, (lo, hi) in zip(shape, block, base, strict=True):
        extra = (b - (s + lo + hi) % b) % b
        pads.append([lo, hi + extra])
        crops.append([0, extra])
    return Tensor(ivy.asarray(pads, dtype=ivy.int32)), Tensor(ivy.asarray(crops, dtype=ivy.int32))


@register
def broadcast_dynamic_shape(shape_x: Any, shape_y: Any) -> Tensor:
    """tf.broadcast_dynamic_shape: the broadcast of two shape vectors, in their dtype."""
    x, y = binary(shape_x, shape_y, "BroadcastArgs")
    return Tensor(ivy.asarray(list(ivy.broadcast_shapes(tuple(_ints(x)), tuple(_ints(y)))), dtype=x._ivy.dtype))


@register
def clip_by_global_norm(
    t_list: Any, clip_norm: Any, use_norm: Any = None, name: Any = None
) -> tuple[list[Any], Tensor]:
    """tf.clip_by_global_norm: scale every tensor by ``clip_norm / max(global_norm, clip_norm)``."""
    if not isinstance(t_list, (list, tuple)):
        raise TypeError("t_list should be a sequence")
    ts = [as_tensor(t) if t is not None else None for t in t_list]
    if use_norm is None:
        total = None
        for t in ts:
            if t is not None:
                s = ivy.sum(ivy.square(ivy.astype(t._ivy, ivy.float32)))
                total = s if total is None else ivy.add(total, s)
        norm = ivy.sqrt(total)
    else:
        norm = ivy.astype(as_tensor(use_norm)._ivy, ivy.float32)
    c = ivy.asarray(float(as_tensor(clip_norm)), dtype=ivy.float32)
    scale = ivy.multiply(c, ivy.divide(ivy.ones_like(norm), ivy.maximum(norm, c)))
    out = [None if t is None else Tensor(ivy.multiply(t._ivy, ivy.astype(scale, t._ivy.dtype))) for t in ts]
    return out, Tensor(norm)


@register
def complex(real: Any, imag: Any, name: Any = None) -> Tensor:  # noqa: A001
    """tf.complex: complex64 from float32 parts, complex128 from float64."""
    r, i = binary(real, imag, "Complex")
    if r.dtype.name not in ("float32", "float64"):
        raise TypeError(f"real and imag must be float32 or float64, got {r.dtype.name}")
    dt = ivy.complex64 if r.dtype.name == "float32" else ivy.complex128
    j = ivy.asarray(1j, dtype=dt)
    return Tensor(ivy.add(ivy.astype(r._ivy, dt), ivy.multiply(ivy.astype(i._ivy, dt), j)))


@register
def dynamic_partition(data: Any, partitions: Any, num_partitions: int, name: Any = None) -> list[Tensor]:
    """tf.dynamic_partition: ``data`` split by the partition number of each leading element."""
    x, p = as_tensor(data), as_tensor(partitions)
    flat_p = ivy.reshape(p._ivy, (-1,))
    flat_x = ivy.reshape(x._ivy, (-1, *tuple(x.shape[p.ndim :])))
    n = int(num_partitions)
    if flat_p.shape[0] and (bool(ivy.any(ivy.less(flat_p, 0))) or bool(ivy.any(ivy.greater_equal(flat_p, n)))):
        raise InvalidArgumentError(f"partitions must be in [0, {n})")
    return [
        Tensor(ivy.take(flat_x, ivy.nonzero(ivy.equal(flat_p, ivy.full_like(flat_p, i)))[0], axis=0)) for i in range(n)
    ]


@register
def dynamic_stitch(indices: Any, data: Any, name: Any = None) -> Tensor:
    """tf.dynamic_stitch: ``merged[indices[m][i]] = data[m][i]`` (later writes win)."""
    idx = [as_tensor(i) for i in indices]
    vals = [as_tensor(v) for v in data]
    first = vals[0]
    for v in vals[1:]:
        binary(first, v, "DynamicStitch")
    tail = tuple(vals[0].shape[idx[0].ndim :])
    flat_i = ivy.concat([ivy.reshape(i._ivy, (-1,)) for i in idx], axis=0)
    flat_v = ivy.concat([ivy.reshape(v._ivy, (-1, *tail)) for v in vals], axis=0)
    n = int(ivy.max(flat_i)) + 1 if flat_i.shape[0] else 0
    out = ivy.zeros((n, *tail), dtype=flat_v.dtype)
    return Tensor(ivy.index_put(out, (flat_i,), flat_v, accumulate=False))


def _bins(values: Any, value_range: Any, nbins: Any) -> Any:
    v = as_tensor(values)
    r = as_tensor(value_range)
    binary(v, r, "HistogramFixedWidth")
    lo, hi = r._ivy[0], r._ivy[1]
    n = int(as_tensor(nbins))
    a = ivy.astype(v._ivy, ivy.float64)
    scaled = ivy.divide(ivy.subtract(a, ivy.astype(lo, ivy.float64)), ivy.astype(ivy.subtract(hi, lo), ivy.float64))
    idx = ivy.floor(ivy.multiply(scaled, ivy.full_like(scaled, float(n))))
    return ivy.clip(idx, 0.0, float(n - 1)), n


@register
def histogram_fixed_width_bins(
    values: Any, value_range: Any, nbins: Any = 100, dtype: Any = d.int32, name: Any = None
) -> Tensor:
    """tf.histogram_fixed_width_bins: the bin of each value (out-of-range values in the edge bins)."""
    idx, _ = _bins(values, value_range, nbins)
    return Tensor(ivy.astype(idx, d.as_dtype(dtype)._ivy))


@register
def histogram_fixed_width(
    values: Any, value_range: Any, nbins: Any = 100, dtype: Any = d.int32, name: Any = None
) -> Tensor:
    """tf.histogram_fixed_width: counts of ``values`` in ``nbins`` equal bins over ``value_range``."""
    idx, n = _bins(values, value_range, nbins)
    flat = ivy.reshape(ivy.astype(idx, ivy.int64), (1, -1))
    hits = ivy.equal(flat, ivy.reshape(ivy.arange(n, dtype=ivy.int64), (n, 1)))
    return Tensor(ivy.astype(ivy.sum(ivy.astype(hits, ivy.int64), axis=1), d.as_dtype(dtype)._ivy))


@register
def identity_n(input: Any, name: Any = None) -> list[Tensor]:
    """tf.identity_n: each input as a tensor."""
    return [as_tensor(t) for t in input]


@register
def guarantee_const(input: Any, name: Any = None) -> Tensor:
    """tf.guarantee_const: the input (a hint for TF's graph optimiser)."""
    return as_tensor(input)


@register
def realdiv(x: Any, y: Any, name: Any = None) -> Tensor:
    """tf.realdiv: ``x / y`` for floating tensors of one dtype."""
    a, b = binary(x, y, "RealDiv")
    if not (a.dtype.is_floating or a.dtype.is_complex):
        raise InvalidArgumentError(
            f"Value for attr 'T' of {a.dtype.name} is not in the list of allowed values for RealDiv"
        )
    return Tensor(ivy.divide(a._ivy, b._ivy))


def _int_checked(x: Any, y: Any, op: str) -> tuple[Any, Any]:
    a, b = binary(x, y, op)
    if a.dtype.is_integer and bool(ivy.any(ivy.equal(b._ivy, ivy.zeros_like(b._ivy)))):
        raise InvalidArgumentError("Integer division by zero")
    if not (a.dtype.is_integer or a.dtype.is_floating):
        raise InvalidArgumentError(
            f"Value for attr 'T' of {a.dtype.name} is not in the list of allowed values for {op}"
        )
    return a._ivy, b._ivy


@register
def truncatediv(x: Any, y: Any, name: Any = None) -> Tensor:
    """tf.truncatediv: division rounded toward zero."""
    a, b = _int_checked(x, y, "TruncateDiv")
    if ivy.isdtype(a.dtype, "integral"):
        q = ivy.floor_divide(ivy.abs(a), ivy.abs(b))
        neg = ivy.not_equal(ivy.less(a, ivy.zeros_like(a)), ivy.less(b, ivy.zeros_like(b)))
        return Tensor(ivy.where(neg, ivy.negative(q), q))
    return Tensor(ivy.trunc(ivy.divide(a, b)))


@register
def truncatemod(x: Any, y: Any, name: Any = None) -> Tensor:
    """tf.truncatemod: the remainder with the sign of ``x`` (C's ``%``, ``fmod``)."""
    a, b = _int_checked(x, y, "TruncateMod")
    r = ivy.remainder(ivy.abs(a), ivy.abs(b))
    return Tensor(ivy.where(ivy.less(a, ivy.zeros_like(a)), ivy.negative(r), r))


@register
def reverse_sequence(
    input: Any, seq_lengths: Any, seq_axis: Any = None, batch_axis: Any = None, name: Any = None
) -> Tensor:
    """tf.reverse_sequence: reverse the first ``seq_lengths[b]`` entries along ``seq_axis`` in each batch row."""
    x = as_tensor(input)._ivy
    lens = ivy.astype(as_tensor(seq_lengths)._ivy, ivy.int64)
    sa, ba = int(seq_axis) % x.ndim, int(batch_axis or 0) % x.ndim
    n = x.shape[sa]
    if bool(ivy.any(ivy.greater(lens, ivy.full_like(lens, n)))):
        raise InvalidArgumentError(f"seq_lens(i) must be <= input.dims({sa})")
    pos = ivy.arange(n, dtype=ivy.int64)
    src = ivy.where(
        ivy.less(ivy.reshape(pos, (1, n)), ivy.reshape(lens, (-1, 1))),
        ivy.subtract(
            ivy.subtract(ivy.reshape(lens, (-1, 1)), ivy.ones_like(ivy.reshape(lens, (-1, 1)))),
            ivy.reshape(pos, (1, n)),
        ),
        ivy.broadcast_to(ivy.reshape(pos, (1, n)), (lens.shape[0], n)),
    )  # (batch, n)
    shape = [1] * x.ndim
    shape[ba], shape[sa] = lens.shape[0], n
    order = sorted([ba, sa])
    src = ivy.reshape(src if order == [ba, sa] else ivy.matrix_transpose(src), tuple(shape))
    return Tensor(ivy.take_along_axis(x, ivy.broadcast_to(src, x.shape), axis=sa))


@register
def sequence_mask(lengths: Any, maxlen: Any = None, dtype: Any = d.bool_, name: Any = None) -> Tensor:
    """tf.sequence_mask: ``mask[..., j] = j < lengths[...]`` (``maxlen`` the largest length by default)."""
    lens = as_tensor(lengths)._ivy
    n = int(ivy.max(lens)) if maxlen is None else int(as_tensor(maxlen))
    rng = ivy.arange(n, dtype=lens.dtype)
    out = ivy.less(rng, ivy.expand_dims(lens, axis=-1))
    return Tensor(ivy.astype(out, d.as_dtype(dtype)._ivy))


@register
def saturate_cast(value: Any, dtype: Any, name: Any = None) -> Tensor:
    """tf.saturate_cast: clip to the target dtype's range, then cast."""
    t = as_tensor(value)
    want = d.as_dtype(dtype)
    a = t._ivy
    if t.dtype.is_complex and not want.is_complex:
        a = ivy.real(a)
    if not want.is_bool and not want.is_complex and not t.dtype.is_bool:
        lo, hi = want.min, want.max
        src_lo, src_hi = (t.dtype.real_dtype.min, t.dtype.real_dtype.max)
        if lo > src_lo:
            a = ivy.maximum(a, ivy.asarray(lo, dtype=a.dtype))
        if hi < src_hi:
            hi_v = ivy.asarray(hi, dtype=a.dtype)
            if t.dtype.is_floating and float(hi_v) > hi:  # the bound rounds up in this float type
                hi_v = ivy.nextafter(hi_v, ivy.zeros_like(hi_v))
            a = ivy.minimum(a, hi_v)
    return Tensor(ivy.astype(a, want._ivy))


@register
def shape_n(input: Any, out_type: Any = d.int32, name: Any = None) -> list[Tensor]:
    """tf.shape_n: the shape of each input."""
    ts = [as_tensor(t) for t in input]
    for t in ts[1:]:
        binary(ts[0], t, "ShapeN")
    return [Tensor(ivy.asarray(list(t.shape), dtype=d.as_dtype(out_type)._ivy)) for t in ts]


@register
def unique_with_counts(x: Any, out_idx: Any = d.int32, name: Any = None) -> Any:
    """tf.unique_with_counts: ``unique``'s values (in order of appearance) and indices, and each value's count."""
    from ivy_frontends.tensorflow._core import unique

    y, idx = unique(x, out_idx)
    n = y.shape[0]
    hits = ivy.equal(ivy.reshape(ivy.arange(n, dtype=idx._ivy.dtype), (n, 1)), ivy.reshape(idx._ivy, (1, -1)))
    count = ivy.sum(ivy.astype(hits, idx._ivy.dtype), axis=1, dtype=idx._ivy.dtype)
    return namedtuple("UniqueWithCounts", ["y", "idx", "count"])(y, idx, Tensor(count))


@register
def unravel_index(indices: Any, dims: Any, name: Any = None) -> Tensor:
    """tf.unravel_index: flat indices as coordinates, ``(len(dims), *indices.shape)``."""
    i, dm = binary(indices, dims, "UnravelIndex")
    sizes = _ints(dm)
    total = 1
    for s in sizes:
        total *= s
    a = i._ivy
    if a.size and (
        bool(ivy.any(ivy.less(a, ivy.zeros_like(a)))) or bool(ivy.any(ivy.greater_equal(a, ivy.full_like(a, total))))
    ):
        raise InvalidArgumentError("index is out of bound as with dims")
    out = []
    for s in reversed(sizes):
        out.append(ivy.remainder(a, ivy.full_like(a, s)))
        a = ivy.floor_divide(a, ivy.full_like(a, s))
    return Tensor(ivy.stack(out[::-1], axis=0))


@register
def get_static_value(tensor: Any, partial: bool = False) -> Any:
    """tf.get_static_value: the value as a NumPy array (every frontend value is known)."""
    if isinstance(tensor, (Tensor, Variable)):
        return tensor.numpy()
    return as_tensor(tensor).numpy()


@register
def is_symbolic_tensor(tensor: Any) -> bool:
    """tf.is_symbolic_tensor: False, the frontend only has eager tensors."""
    return False


def _all_true(cond: Any) -> bool:
    return bool(ivy.all(as_tensor(cond)._ivy))


@register
def Assert(condition: Any, data: Any, summarize: Any = None, name: Any = None) -> None:  # noqa: N802
    """tf.Assert: raise ``InvalidArgumentError`` (listing ``data``) unless ``condition`` holds."""
    if not _all_true(condition):
        raise InvalidArgumentError("assertion failed: " + str([getattr(v, "numpy", lambda v=v: v)() for v in data]))


def _compare_assert(op: str, sym: str) -> Callable[..., None]:
    def check(x: Any, y: Any, message: Any = None, summarize: Any = None, name: Any = None) -> None:
        from ivy_frontends.tensorflow._math import FUNCTIONS as M

        if not _all_true(M[op](x, y)):
            raise InvalidArgumentError(f"{message or ''} Condition x {sym} y did not hold element-wise.")

    check.__name__ = check.__qualname__ = f"assert_{op}"
    check.__doc__ = f"tf.assert_{op}: raise ``InvalidArgumentError`` unless ``x {sym} y`` everywhere."
    return check


for _op, _sym in (("equal", "=="), ("greater", ">"), ("less", "<")):
    FUNCTIONS[f"assert_{_op}"] = _compare_assert(_op, _sym)


@register
def assert_rank(x: Any, rank: Any, message: Any = None, name: Any = None) -> None:
    """tf.assert_rank: raise ``ValueError`` unless ``x`` has rank ``rank``."""
    r = as_tensor(x).ndim
    if r != int(as_tensor(rank)):
        raise ValueError(f"{message or ''} Tensor must have rank {int(as_tensor(rank))}. Received rank {r}")


@register
def approx_top_k(
    input: Any,
    k: int,
    reduction_dimension: int = -1,
    recall_target: float = 0.95,
    is_max_k: bool = True,
    reduction_input_size_override: int = -1,
    aggregate_to_topk: bool = True,
    name: Any = None,
) -> tuple[Tensor, Tensor]:
    """tf.approx_top_k: the exact top ``k`` (a recall of 1)."""
    from ivy_frontends.tensorflow._math import FUNCTIONS as M

    fn = M["approx_max_k"] if is_max_k else M["approx_min_k"]
    return fn(input, k, reduction_dimension)


class _Initializer:
    """A ``tf.*_initializer``: called with a shape and dtype, returns a tensor."""

    def get_config(self) -> dict[str, Any]:
        return dict(vars(self))

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> Any:
        return cls(**config)


class constant_initializer(_Initializer):  # noqa: N801
    """tf.constant_initializer: a tensor filled with (or reshaped from) ``value``."""

    def __init__(self, value: Any = 0, support_partition: bool = False) -> None:
        self.value = value
        self.support_partition = support_partition

    def __call__(self, shape: Any, dtype: Any = None, **kwargs: Any) -> Tensor:
        from ivy_frontends.tensorflow._tensor import constant

        return constant(self.value, dtype=dtype, shape=shape)


class zeros_initializer(_Initializer):  # noqa: N801
    """tf.zeros_initializer."""

    def __call__(self, shape: Any, dtype: Any = d.float32, **kwargs: Any) -> Tensor:
        return Tensor(
            ivy.zeros(tuple(_ints(shape)) if not isinstance(shape, int) else (shape,), dtype=d.as_dtype(dtype)._ivy)
        )


class ones_initializer(_Initializer):  # noqa: N801
    """tf.ones_initializer."""

    def __call__(self, shape: Any, dtype: Any = d.float32, **kwargs: Any) -> Tensor:
        return Tensor(
            ivy.ones(tuple(_ints(shape)) if not isinstance(shape, int) else (shape,), dtype=d.as_dtype(dtype)._ivy)
        )


class random_normal_initializer(_Initializer):  # noqa: N801
    """tf.random_normal_initializer: normal samples (ivy's streams, not TF's numbers)."""

    def __init__(self, mean: float = 0.0, stddev: float = 0.05, seed: Any = None) -> None:
        self.mean, self.stddev, self.seed = mean, stddev, seed

    def __call__(self, shape: Any, dtype: Any = d.float32, **kwargs: Any) -> Tensor:
        from ivy_frontends.tensorflow.random import normal

        return normal(shape, self.mean, self.stddev, dtype=dtype, seed=self.seed)


class random_uniform_initializer(_Initializer):  # noqa: N801
    """tf.random_uniform_initializer: uniform samples in ``[minval, maxval)`` (ivy's streams)."""

    def __init__(self, minval: float = -0.05, maxval: float = 0.05, seed: Any = None) -> None:
        self.minval, self.maxval, self.seed = minval, maxval, seed

    def __call__(self, shape: Any, dtype: Any = d.float32, **kwargs: Any) -> Tensor:
        from ivy_frontends.tensorflow.random import uniform

        return uniform(shape, self.minval, self.maxval, dtype=dtype, seed=self.seed)


for _cls in (
    constant_initializer,
    zeros_initializer,
    ones_initializer,
    random_normal_initializer,
    random_uniform_initializer,
):
    FUNCTIONS[_cls.__name__] = _cls


@register
def grad_pass_through(f: Any) -> Any:
    """tf.grad_pass_through: ``f`` forward (its gradient is the identity in TF)."""
    return f


@register
def recompute_grad(f: Any) -> Any:
    """tf.recompute_grad: ``f`` (recomputing in the backward pass saves memory only)."""
    return f


@register
def custom_gradient(f: Any = None) -> Any:
    """tf.custom_gradient: the forward value of ``f`` (the first of its ``(y, grad_fn)`` pair)."""

    def wrap(fn: Any) -> Any:
        def forward(*args: Any, **kwargs: Any) -> Any:
            return fn(*args, **kwargs)[0]

        forward.__name__ = getattr(fn, "__name__", "custom_gradient")
        return forward

    return wrap if f is None else wrap(f)


def _explicit_or(padding: Any, explicit_paddings: Any) -> Any:
    from ivy_frontends.tensorflow.raw_ops import _pads

    return _pads(padding, explicit_paddings)


def _input_grad(x: Any, w: Any, dy: Any, strides: Any, pad: Any, data_format: str, dilations: Any) -> Tensor:
    from ivy_frontends.tensorflow import nn

    binary(x, w, "Conv2DBackpropInputV2")
    return nn.conv_transpose(dy, w, list(as_tensor(x).shape), strides, pad, data_format, dilations)


def _filter_grad(x: Any, w: Any, dy: Any, strides: Any, pad: Any, data_format: str, dilations: Any) -> Tensor:
    from ivy_frontends.tensorflow import nn

    x, dy = binary(x, dy, "Conv2DBackpropFilterV2")
    cl = not data_format.startswith("NC")
    st, dl = nn._tuple(strides, 2, cl), nn._tuple(dilations, 2, cl)
    return Tensor(nn._filter_grad(x._ivy, dy._ivy, tuple(as_tensor(w).shape[:2]), st, pad, dl, cl))


def _conv2d_backprop_v2(label: str, grad: Callable[..., Tensor], of: str) -> Callable[..., Tensor]:
    """``tf.<label>``: the gradient of ``conv2d`` with respect to ``of`` (the other one's shape is used)."""

    def impl(**a: Any) -> Tensor:
        pad = _explicit_or(a["padding"], a["explicit_paddings"])
        return grad(a["input"], a["filter"], a["out_backprop"], a["strides"], pad, a["data_format"], a["dilations"])

    attrs = {"use_cudnn_on_gpu": True, "explicit_paddings": (), "data_format": "NHWC", "dilations": (1, 1, 1, 1)}
    sig = params("input", "filter", "out_backprop", "strides", "padding", **attrs, name=None)
    doc = f"tf.{label}: the gradient of ``conv2d`` with respect to ``{of}`` (its shape is used)."
    return register(signed(label, sig, impl, doc))


conv2d_backprop_input_v2 = _conv2d_backprop_v2("conv2d_backprop_input_v2", _input_grad, "input")
conv2d_backprop_filter_v2 = _conv2d_backprop_v2("conv2d_backprop_filter_v2", _filter_grad, "filter")


@register
def conv(
    input: Any,
    filter: Any,
    strides: Any,
    padding: str,
    explicit_paddings: Any = (),
    data_format: str = "CHANNELS_LAST",
    dilations: Any = (),
    batch_dims: int = 1,
    groups: int = 1,
    name: Any = None,
) -> Tensor:
    """tf.conv: the N-d ``Conv`` op (full-length ``strides``/``dilations``, one batch axis)."""
    from ivy_frontends.tensorflow import nn

    if int(batch_dims) != 1:
        raise NotImplementedError("tf.conv with batch_dims != 1 is not emulated")
    layout = "NC" if data_format == "CHANNELS_FIRST" else "NHWC"
    return nn.convolution(
        input, filter, list(strides), _explicit_or(padding, explicit_paddings), layout, list(dilations) or None
    )
