# ruff: noqa: A006, E501, E731, N802, N803, N812 - TensorFlow's own op and argument names (input, Tout, ...)
"""``tf.raw_ops``: the graph-level ops (keyword arguments as TF names them), the vocabulary of captured graphs.

Each op returns a Tensor, or a tuple for ops with several outputs (``FusedBatchNormV3``,
``Unpack``, ``Split``, ...). ``OPS`` maps each op name to its function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared import signatures as _sg
from ivy_frontends.tensorflow import _core as C
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow import image as _image
from ivy_frontends.tensorflow import linalg as L
from ivy_frontends.tensorflow import nn as N
from ivy_frontends.tensorflow import signal as S
from ivy_frontends.tensorflow._math import FUNCTIONS as M
from ivy_frontends.tensorflow._tensor import Tensor, as_tensor

OPS: dict[str, Callable[..., Any]] = {}

_UNARY = {
    "Abs": "abs", "Acos": "acos", "Acosh": "acosh", "Asin": "asin", "Asinh": "asinh", "Atan": "atan",
    "Atanh": "atanh", "Ceil": "ceil", "Cos": "cos", "Cosh": "cosh", "Erf": "erf", "Erfc": "erfc",
    "Erfinv": "erfinv", "Exp": "exp", "Expm1": "expm1", "Floor": "floor", "IsFinite": "is_finite",
    "IsInf": "is_inf", "IsNan": "is_nan", "Log": "log", "Log1p": "log1p", "LogicalNot": "logical_not",
    "Neg": "negative", "Reciprocal": "reciprocal", "Inv": "reciprocal", "Rint": "rint", "Round": "round",
    "Rsqrt": "rsqrt", "Sigmoid": "sigmoid", "Sign": "sign", "Sin": "sin", "Sinh": "sinh", "Sqrt": "sqrt",
    "Square": "square", "Tan": "tan", "Tanh": "tanh", "Ndtri": "ndtri",
}  # fmt: skip
_BINARY = {
    "Add": "add", "AddV2": "add", "Sub": "subtract", "Mul": "multiply", "RealDiv": "truediv", "Div": "floordiv",
    "DivNoNan": "divide_no_nan", "FloorDiv": "floordiv", "FloorMod": "floormod", "Maximum": "maximum",
    "Minimum": "minimum", "Pow": "pow", "SquaredDifference": "squared_difference", "Xdivy": "xdivy",
    "Xlogy": "xlogy", "Xlog1py": "xlog1py", "MulNoNan": "multiply_no_nan", "Less": "less",
    "LessEqual": "less_equal", "Greater": "greater", "GreaterEqual": "greater_equal",
    "LogicalAnd": "logical_and", "LogicalOr": "logical_or",
}  # fmt: skip
_REDUCE = {"Sum": "reduce_sum", "Mean": "reduce_mean", "Max": "reduce_max", "Min": "reduce_min",
           "Prod": "reduce_prod", "All": "reduce_all", "Any": "reduce_any", "EuclideanNorm": "reduce_euclidean_norm"}  # fmt: skip
_FEATURES = {
    "Relu": N.relu,
    "Relu6": N.relu6,
    "Elu": N.elu,
    "Selu": N.selu,
    "Softplus": M["softplus"],
    "Softsign": M["softsign"],
}


def _op(name: str, fn: Callable[..., Any], doc: str) -> None:
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = doc
    OPS[name] = fn


for _n, _f in _UNARY.items():
    _op(_n, lambda x, name=None, _f=_f: M[_f](x), f"tf.raw_ops.{_n}(x): tf.math.{_f}.")
for _n, _f in _BINARY.items():
    _op(_n, lambda x, y, name=None, _f=_f: M[_f](x, y), f"tf.raw_ops.{_n}(x, y): tf.math.{_f}.")
for _n, _f in _REDUCE.items():
    _op(
        _n,
        lambda input, axis, keep_dims=False, name=None, _f=_f: M[_f](input, axis, keep_dims),
        f"tf.raw_ops.{_n}: tf.math.{_f}.",
    )
for _n, _f in _FEATURES.items():
    _op(_n, lambda features, name=None, _f=_f: _f(features), f"tf.raw_ops.{_n}(features).")
_op("Equal", lambda x, y, incompatible_shape_error=True, name=None: M["equal"](x, y), "tf.raw_ops.Equal.")
_op("NotEqual", lambda x, y, incompatible_shape_error=True, name=None: M["not_equal"](x, y), "tf.raw_ops.NotEqual.")
_op("Atan2", lambda y, x, name=None: M["atan2"](y, x), "tf.raw_ops.Atan2(y, x).")
_op("NextAfter", lambda x1, x2, name=None: M["nextafter"](x1, x2), "tf.raw_ops.NextAfter.")
_op("LeakyRelu", lambda features, alpha=0.2, name=None: N.leaky_relu(features, alpha), "tf.raw_ops.LeakyRelu.")
_op("Softmax", lambda logits, name=None: N.softmax(logits), "tf.raw_ops.Softmax (last axis).")
_op("LogSoftmax", lambda logits, name=None: N.log_softmax(logits), "tf.raw_ops.LogSoftmax (last axis).")
_op("Real", lambda input, Tout=None, name=None: M["real"](input), "tf.raw_ops.Real.")
_op("Imag", lambda input, Tout=None, name=None: M["imag"](input), "tf.raw_ops.Imag.")
_op("Conj", lambda input, name=None: M["conj"](input), "tf.raw_ops.Conj.")
_op("Angle", lambda input, Tout=None, name=None: M["angle"](input), "tf.raw_ops.Angle.")
_op("AddN", lambda inputs, name=None: M["add_n"](inputs), "tf.raw_ops.AddN.")
_op("Identity", lambda input, name=None: as_tensor(input), "tf.raw_ops.Identity.")
_op("IdentityN", lambda input, name=None: tuple(as_tensor(i) for i in input), "tf.raw_ops.IdentityN.")
_op("StopGradient", lambda input, name=None: C.stop_gradient(input), "tf.raw_ops.StopGradient.")
_op("PreventGradient", lambda input, message="", name=None: as_tensor(input), "tf.raw_ops.PreventGradient.")
_op("Snapshot", lambda input, name=None: as_tensor(input), "tf.raw_ops.Snapshot.")
_op(
    "MatMul",
    lambda a, b, transpose_a=False, transpose_b=False, grad_a=False, grad_b=False, name=None: C.matmul(
        a, b, transpose_a=transpose_a, transpose_b=transpose_b
    ),
    "tf.raw_ops.MatMul.",
)
_op(
    "BatchMatMulV2",
    lambda x, y, adj_x=False, adj_y=False, grad_x=False, grad_y=False, name=None: C.matmul(
        x, y, adjoint_a=adj_x, adjoint_b=adj_y
    ),
    "tf.raw_ops.BatchMatMulV2.",
)
_op(
    "BatchMatMulV3",
    lambda x, y, Tout=None, adj_x=False, adj_y=False, grad_x=False, grad_y=False, name=None: C.matmul(
        x, y, adjoint_a=adj_x, adjoint_b=adj_y
    ),
    "tf.raw_ops.BatchMatMulV3.",
)
_op(
    "BiasAdd",
    lambda value, bias, data_format="NHWC", name=None: N.bias_add(value, bias, _s(data_format)),
    "tf.raw_ops.BiasAdd.",
)
_op("Reshape", lambda tensor, shape, name=None: C.reshape(tensor, shape), "tf.raw_ops.Reshape.")
_op("Transpose", lambda x, perm, name=None: C.transpose(x, perm), "tf.raw_ops.Transpose.")
_op("ExpandDims", lambda input, axis, name=None: C.expand_dims(input, int(as_tensor(axis))), "tf.raw_ops.ExpandDims.")
_op("Squeeze", lambda input, axis=(), name=None: C.squeeze(input, list(axis) or None), "tf.raw_ops.Squeeze.")
_op("Tile", lambda input, multiples, name=None: C.tile(input, multiples), "tf.raw_ops.Tile.")
_op("Fill", lambda dims, value, name=None: C.fill(dims, value), "tf.raw_ops.Fill.")
_op("ZerosLike", lambda x, name=None: C.zeros_like(x), "tf.raw_ops.ZerosLike.")
_op("OnesLike", lambda x, name=None: C.ones_like(x), "tf.raw_ops.OnesLike.")
_op("Range", lambda start, limit, delta, name=None: C.range(start, limit, delta), "tf.raw_ops.Range.")
_op("Shape", lambda input, out_type=d.int32, name=None: C.shape(input, out_type), "tf.raw_ops.Shape.")
_op("Size", lambda input, out_type=d.int32, name=None: C.size(input, out_type), "tf.raw_ops.Size.")
_op("Rank", lambda input, name=None: C.rank(input), "tf.raw_ops.Rank.")
_op("Cast", lambda x, DstT, Truncate=False, name=None: C.cast(x, DstT), "tf.raw_ops.Cast.")
_op("ConcatV2", lambda values, axis, name=None: C.concat(values, int(as_tensor(axis))), "tf.raw_ops.ConcatV2.")
_op("Concat", lambda concat_dim, values, name=None: C.concat(values, int(as_tensor(concat_dim))), "tf.raw_ops.Concat.")
_op("Pack", lambda values, axis=0, name=None: C.stack(values, axis), "tf.raw_ops.Pack.")
_op("Unpack", lambda value, num, axis=0, name=None: tuple(C.unstack(value, num, axis)), "tf.raw_ops.Unpack.")
_op(
    "Split",
    lambda axis, value, num_split, name=None: tuple(C.split(value, int(num_split), int(as_tensor(axis)))),
    "tf.raw_ops.Split.",
)
_op(
    "SplitV",
    lambda value, size_splits, axis, num_split, name=None: tuple(C.split(value, size_splits, int(as_tensor(axis)))),
    "tf.raw_ops.SplitV.",
)
_op("Pad", lambda input, paddings, name=None: C.pad(input, paddings), "tf.raw_ops.Pad.")
_op(
    "PadV2",
    lambda input, paddings, constant_values, name=None: C.pad(input, paddings, constant_values=constant_values),
    "tf.raw_ops.PadV2.",
)
_op(
    "MirrorPad", lambda input, paddings, mode, name=None: C.pad(input, paddings, mode=_s(mode)), "tf.raw_ops.MirrorPad."
)
_op("Slice", lambda input, begin, size, name=None: C.slice(input, begin, size), "tf.raw_ops.Slice.")
_op(
    "StridedSlice",
    lambda input, begin, end, strides, begin_mask=0, end_mask=0, ellipsis_mask=0, new_axis_mask=0, shrink_axis_mask=0, name=None: (
        C.strided_slice(
            input, begin, end, strides, begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask
        )
    ),
    "tf.raw_ops.StridedSlice.",
)
_op(
    "GatherV2",
    lambda params, indices, axis, batch_dims=0, name=None: C.gather(
        params, indices, axis=int(as_tensor(axis)), batch_dims=batch_dims
    ),
    "tf.raw_ops.GatherV2.",
)
_op("Gather", lambda params, indices, validate_indices=True, name=None: C.gather(params, indices), "tf.raw_ops.Gather.")
_op(
    "GatherNd",
    lambda params, indices, bad_indices_policy="", name=None: C.gather_nd(params, indices),
    "tf.raw_ops.GatherNd.",
)
_op(
    "ScatterNd",
    lambda indices, updates, shape, bad_indices_policy="", name=None: C.scatter_nd(indices, updates, shape),
    "tf.raw_ops.ScatterNd.",
)
_op(
    "TensorScatterUpdate",
    lambda tensor, indices, updates, bad_indices_policy="", name=None: C.FUNCTIONS["tensor_scatter_nd_update"](
        tensor, indices, updates
    ),
    "tf.raw_ops.TensorScatterUpdate.",
)
_op(
    "TensorScatterAdd",
    lambda tensor, indices, updates, bad_indices_policy="", name=None: C.FUNCTIONS["tensor_scatter_nd_add"](
        tensor, indices, updates
    ),
    "tf.raw_ops.TensorScatterAdd.",
)
_op(
    "TensorScatterSub",
    lambda tensor, indices, updates, bad_indices_policy="", name=None: C.FUNCTIONS["tensor_scatter_nd_sub"](
        tensor, indices, updates
    ),
    "tf.raw_ops.TensorScatterSub.",
)
_op("SelectV2", lambda condition, t, e, name=None: C.where(condition, t, e), "tf.raw_ops.SelectV2.")
_op("Select", lambda condition, x, y, name=None: C.where(condition, x, y), "tf.raw_ops.Select.")
_op("Where", lambda input, name=None: C.where(input), "tf.raw_ops.Where.")
_op(
    "ClipByValue",
    lambda t, clip_value_min, clip_value_max, name=None: C.clip_by_value(t, clip_value_min, clip_value_max),
    "tf.raw_ops.ClipByValue.",
)
_op("BroadcastTo", lambda input, shape, name=None: C.broadcast_to(input, shape), "tf.raw_ops.BroadcastTo.")
_op(
    "ArgMax",
    lambda input, dimension, output_type=d.int64, name=None: M["argmax"](input, int(as_tensor(dimension)), output_type),
    "tf.raw_ops.ArgMax.",
)
_op(
    "ArgMin",
    lambda input, dimension, output_type=d.int64, name=None: M["argmin"](input, int(as_tensor(dimension)), output_type),
    "tf.raw_ops.ArgMin.",
)
_op(
    "Cumsum",
    lambda x, axis, exclusive=False, reverse=False, name=None: M["cumsum"](x, int(as_tensor(axis)), exclusive, reverse),
    "tf.raw_ops.Cumsum.",
)
_op(
    "Cumprod",
    lambda x, axis, exclusive=False, reverse=False, name=None: M["cumprod"](
        x, int(as_tensor(axis)), exclusive, reverse
    ),
    "tf.raw_ops.Cumprod.",
)
_op(
    "TopKV2",
    lambda input, k, sorted=True, index_type=d.int32, name=None: tuple(
        M["top_k"](input, int(as_tensor(k)), index_type=index_type)
    ),
    "tf.raw_ops.TopKV2.",
)
_op(
    "OneHot",
    lambda indices, depth, on_value, off_value, axis=-1, name=None: C.one_hot(
        indices, int(as_tensor(depth)), on_value, off_value, axis, as_tensor(on_value).dtype
    ),
    "tf.raw_ops.OneHot.",
)
_op("Einsum", lambda inputs, equation, name=None: C.einsum(_s(equation), *inputs), "tf.raw_ops.Einsum.")
_op("L2Loss", lambda t, name=None: N.l2_loss(t), "tf.raw_ops.L2Loss.")
_op("ReverseV2", lambda tensor, axis, name=None: C.reverse(tensor, axis), "tf.raw_ops.ReverseV2.")
_op("Roll", lambda input, shift, axis, name=None: C.roll(input, shift, axis), "tf.raw_ops.Roll.")
_op("MatrixInverse", lambda input, adjoint=False, name=None: L.inv(input, adjoint), "tf.raw_ops.MatrixInverse.")
_op("MatrixDeterminant", lambda input, name=None: L.det(input), "tf.raw_ops.MatrixDeterminant.")
_op("Cholesky", lambda input, name=None: L.cholesky(input), "tf.raw_ops.Cholesky.")
_op("Qr", lambda input, full_matrices=False, name=None: L.qr(input, full_matrices), "tf.raw_ops.Qr.")
_op(
    "MatrixSolve",
    lambda matrix, rhs, adjoint=False, name=None: L.solve(matrix, rhs, adjoint),
    "tf.raw_ops.MatrixSolve.",
)
_op("FFT", lambda input, name=None: S.fft(input), "tf.raw_ops.FFT.")
_op("IFFT", lambda input, name=None: S.ifft(input), "tf.raw_ops.IFFT.")
_op("RFFT", lambda input, fft_length, Tcomplex=None, name=None: S.rfft(input, fft_length), "tf.raw_ops.RFFT.")
_op("IRFFT", lambda input, fft_length, Treal=None, name=None: S.irfft(input, fft_length), "tf.raw_ops.IRFFT.")
_op("Softmax", OPS["Softmax"], "tf.raw_ops.Softmax (last axis).")


def _s(v: Any) -> Any:
    return v.decode() if isinstance(v, bytes) else v


def _pads(padding: Any, explicit_paddings: Any) -> Any:
    padding = _s(padding)
    if padding == "EXPLICIT":
        e = list(explicit_paddings)
        return [e[i : i + 2] for i in range(0, len(e), 2)]
    return padding


def _windowed(fn: Callable[..., Tensor], first: str, window: str, dilated: bool) -> Callable[..., Tensor]:
    """A raw conv or pool op: ``fn(x, window, strides, padding, data_format[, dilations])`` of its attributes."""

    def impl(**a: Any) -> Tensor:
        pads = _pads(a["padding"], a.get("explicit_paddings", ()))
        extra = (a["dilations"],) if dilated else ()
        return fn(a[first], a[window], a["strides"], pads, _s(a["data_format"]), *extra)

    return impl


_EXPLICIT = {"explicit_paddings": ()}
_NHWC, _NDHWC = {"data_format": "NHWC"}, {"data_format": "NDHWC"}
_DIL4, _DIL5 = {"dilations": (1, 1, 1, 1)}, {"dilations": (1, 1, 1, 1, 1)}
#: the raw conv and pool ops: name, the tf.nn function, its input and window arguments, the attributes after padding
_WINDOWED = (
    ("Conv2D", N.conv2d, "input", "filter", {"use_cudnn_on_gpu": True, **_EXPLICIT, **_NHWC, **_DIL4}),
    ("Conv3D", N.conv3d, "input", "filter", {**_NDHWC, **_DIL5}),
    ("DepthwiseConv2dNative", N.depthwise_conv2d, "input", "filter", {**_EXPLICIT, **_NHWC, **_DIL4}),
    ("MaxPool", N.max_pool, "input", "ksize", {**_EXPLICIT, **_NHWC}),
    ("AvgPool", N.avg_pool, "value", "ksize", _NHWC),
)
for _n, _f, _x, _w, _attrs in _WINDOWED:
    _sig = _sg.params(_x, _w, "strides", "padding", **_attrs, name=None)
    OPS[_n] = _sg.signed(_n, _sig, _windowed(_f, _x, _w, "dilations" in _attrs), f"tf.raw_ops.{_n}.")


def _fused_batch_norm(
    x: Any, scale: Any, offset: Any, mean: Any, variance: Any, epsilon: float, data_format: str, is_training: bool
) -> tuple[Tensor, ...]:
    """tf.raw_ops.FusedBatchNormV3: (y, batch_mean, batch_variance, reserve_1, reserve_2, reserve_3)."""
    t = as_tensor(x)
    cl = not _s(data_format).startswith("NC")
    shape = (-1,) if cl else (-1,) + (1,) * (t.ndim - 2)
    if is_training:
        ax = tuple(i for i in range(t.ndim) if i != (t.ndim - 1 if cl else 1))
        m, v = N.moments(t, list(ax))
        n = 1
        for i in ax:
            n *= t.shape[i]
        unbiased = Tensor(ivy.multiply(v._ivy, ivy.asarray(n / max(n - 1, 1), dtype=v._ivy.dtype)))
    else:
        m, v = as_tensor(mean), as_tensor(variance)
        unbiased = v
    r = lambda a: Tensor(ivy.reshape(as_tensor(a)._ivy, shape))
    y = N.batch_normalization(t, r(m), r(v), r(offset), r(scale), float(epsilon))
    return y, m, unbiased, m, v, Tensor(ivy.zeros((0,), dtype=ivy.float32))


_FUSED = _sg.params("x", "scale", "offset", "mean", "variance", epsilon=0.0001, exponential_avg_factor=1.0, **_NHWC)
_FUSED += _sg.params(is_training=True, name=None)
OPS["FusedBatchNormV3"] = _sg.signed("FusedBatchNormV3", _FUSED, _fused_batch_norm)
OPS["FusedBatchNorm"] = _sg.signed(
    "FusedBatchNorm", _FUSED, lambda **a: OPS["FusedBatchNormV3"](**a)[:5], "tf.raw_ops.FusedBatchNorm."
)


def SoftmaxCrossEntropyWithLogits(features: Any, labels: Any, name: Any = None) -> tuple[Tensor, Tensor]:
    """tf.raw_ops.SoftmaxCrossEntropyWithLogits: (loss, backprop)."""
    loss = N.softmax_cross_entropy_with_logits(labels, features)
    back = Tensor(ivy.subtract(N.softmax(features)._ivy, as_tensor(labels)._ivy))
    return loss, back


def SparseSoftmaxCrossEntropyWithLogits(features: Any, labels: Any, name: Any = None) -> tuple[Tensor, Tensor]:
    """tf.raw_ops.SparseSoftmaxCrossEntropyWithLogits: (loss, backprop)."""
    f = as_tensor(features)
    loss = N.sparse_softmax_cross_entropy_with_logits(labels, f)
    hot = ivy.nn.one_hot(ivy.astype(as_tensor(labels)._ivy, ivy.int64), f.shape[-1], dtype=f._ivy.dtype)
    return loss, Tensor(ivy.subtract(N.softmax(f)._ivy, hot))


def ResizeBilinear(
    images: Any, size: Any, align_corners: bool = False, half_pixel_centers: bool = False, name: Any = None
) -> Tensor:
    """tf.raw_ops.ResizeBilinear with ``half_pixel_centers`` (TF2's resize)."""
    if align_corners or not half_pixel_centers:
        raise NotImplementedError("ResizeBilinear: only half_pixel_centers=True, align_corners=False is emulated")
    return _image.resize(images, size, "bilinear")


def ResizeNearestNeighbor(
    images: Any, size: Any, align_corners: bool = False, half_pixel_centers: bool = False, name: Any = None
) -> Tensor:
    """tf.raw_ops.ResizeNearestNeighbor with ``half_pixel_centers`` (TF2's resize)."""
    if align_corners or not half_pixel_centers:
        raise NotImplementedError("ResizeNearestNeighbor: only half_pixel_centers=True is emulated")
    return _image.resize(images, size, "nearest")


def NoOp(name: Any = None) -> None:
    """tf.raw_ops.NoOp."""
    return None


for _fn in (
    SoftmaxCrossEntropyWithLogits,
    SparseSoftmaxCrossEntropyWithLogits,
    ResizeBilinear,
    ResizeNearestNeighbor,
    NoOp,
):
    OPS[_fn.__name__] = _fn
globals().update(OPS)
