# ruff: noqa: A002 - TensorFlow's own argument names (input, ...)
"""``tf.math``: elementwise functions from two tables, reductions, segment ops and the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, as_tensor, binary

FUNCTIONS: dict[str, Callable[..., Any]] = {}


def _t(x: Any) -> Tensor:
    return as_tensor(x)


def _check(t: Tensor, kinds: str, name: str) -> None:
    dt = t.dtype
    ok = (
        ("f" in kinds and dt.is_floating)
        or ("c" in kinds and dt.is_complex)
        or ("i" in kinds and dt.is_integer)
        or ("b" in kinds and dt.is_bool)
    )
    if not ok:
        raise InvalidArgumentError(f"Value for attr 'T' of {dt.name} is not in the list of allowed values for {name}")


def _sigmoid(a: Any) -> Any:
    return ivy.nn.sigmoid(a)


def _rsqrt(a: Any) -> Any:
    return ivy.reciprocal(ivy.sqrt(a))


def _erfc(a: Any) -> Any:
    return ivy.subtract(ivy.ones_like(a), ivy.erf(a))


def _softsign(a: Any) -> Any:
    return ivy.divide(a, ivy.add(ivy.abs(a), ivy.ones_like(a)))


def _ndtri(a: Any) -> Any:
    two = ivy.full_like(a, 2.0)
    return ivy.multiply(ivy.sqrt(two), ivy.erfinv(ivy.subtract(ivy.multiply(two, a), ivy.ones_like(a))))


def _reciprocal(a: Any) -> Any:
    if a.dtype in (ivy.int8, ivy.int16, ivy.int32, ivy.int64):
        return ivy.astype(ivy.trunc(ivy.divide(ivy.ones_like(a, dtype=ivy.float64), a)), a.dtype)
    return ivy.reciprocal(a)


def _angle(a: Any) -> Any:
    if a.dtype in (ivy.complex64, ivy.complex128):
        return ivy.atan2(ivy.imag(a), ivy.real(a))
    return ivy.where(ivy.less(a, ivy.zeros_like(a)), ivy.full_like(a, ivy.pi), ivy.zeros_like(a))


def _real(a: Any) -> Any:
    return ivy.real(a) if a.dtype in (ivy.complex64, ivy.complex128) else a


def _imag(a: Any) -> Any:
    return ivy.imag(a) if a.dtype in (ivy.complex64, ivy.complex128) else ivy.zeros_like(a)


def _round(a: Any) -> Any:
    return a if a.dtype not in (ivy.float16, ivy.bfloat16, ivy.float32, ivy.float64) else ivy.round(a)


#: name: (ivy function, allowed kinds: f float, c complex, i integer, b bool)
UNARY: dict[str, tuple[Callable[[Any], Any], str]] = {
    "abs": (ivy.abs, "fic"),
    "negative": (ivy.negative, "fic"),
    "sign": (ivy.sign, "fic"),
    "square": (ivy.square, "fic"),
    "sqrt": (ivy.sqrt, "fc"),
    "rsqrt": (_rsqrt, "fc"),
    "exp": (ivy.exp, "fc"),
    "expm1": (ivy.expm1, "fc"),
    "log": (ivy.log, "fc"),
    "log1p": (ivy.log1p, "fc"),
    "sin": (ivy.sin, "fc"),
    "cos": (ivy.cos, "fc"),
    "tan": (ivy.tan, "fc"),
    "asin": (ivy.asin, "fc"),
    "acos": (ivy.acos, "fc"),
    "atan": (ivy.atan, "fc"),
    "sinh": (ivy.sinh, "fc"),
    "cosh": (ivy.cosh, "fc"),
    "tanh": (ivy.tanh, "fc"),
    "asinh": (ivy.asinh, "fc"),
    "acosh": (ivy.acosh, "fc"),
    "atanh": (ivy.atanh, "fc"),
    "erf": (ivy.erf, "f"),
    "erfc": (_erfc, "f"),
    "erfinv": (ivy.erfinv, "f"),
    "ndtri": (_ndtri, "f"),
    "floor": (ivy.floor, "f"),
    "ceil": (ivy.ceil, "f"),
    "round": (_round, "fic"),
    "rint": (ivy.round, "f"),
    "reciprocal": (_reciprocal, "fic"),
    "sigmoid": (_sigmoid, "fc"),
    "softplus": (ivy.nn.softplus, "f"),
    "softsign": (_softsign, "f"),
    "log_sigmoid": (ivy.nn.log_sigmoid, "f"),
    "is_nan": (ivy.isnan, "f"),
    "is_inf": (ivy.isinf, "f"),
    "is_finite": (ivy.isfinite, "f"),
    "logical_not": (ivy.logical_not, "b"),
    "conj": (ivy.conj, "fcib"),
    "real": (_real, "fci"),
    "imag": (_imag, "fci"),
    "angle": (_angle, "fc"),
}


def _truediv(a: Any, b: Any) -> Any:
    if a.dtype in (ivy.int8, ivy.int16, ivy.uint8, ivy.uint16):
        a, b = ivy.astype(a, ivy.float32), ivy.astype(b, ivy.float32)
    elif a.dtype in (ivy.int32, ivy.int64, ivy.uint32, ivy.uint64):
        a, b = ivy.astype(a, ivy.float64), ivy.astype(b, ivy.float64)
    return ivy.divide(a, b)


def _floordiv(a: Any, b: Any) -> Any:
    if ivy.isdtype(a.dtype, "integral") and bool(ivy.any(ivy.equal(b, ivy.zeros_like(b)))):
        raise InvalidArgumentError("Integer division by zero")
    return ivy.floor_divide(a, b)


def _floormod(a: Any, b: Any) -> Any:
    if ivy.isdtype(a.dtype, "integral") and bool(ivy.any(ivy.equal(b, ivy.zeros_like(b)))):
        raise InvalidArgumentError("Integer division by zero")
    return ivy.remainder(a, b)


def _squared_difference(a: Any, b: Any) -> Any:
    diff = ivy.subtract(a, b)
    return ivy.multiply(diff, ivy.conj(diff)) if ivy.isdtype(a.dtype, "complex floating") else ivy.square(diff)


def _zero(b: Any) -> Any:
    return ivy.equal(b, ivy.zeros_like(b))


def _divide_no_nan(a: Any, b: Any) -> Any:
    zero = _zero(b)
    safe = ivy.where(zero, ivy.ones_like(b), b)
    return ivy.where(zero, ivy.zeros_like(a), ivy.divide(a, safe))


def _multiply_no_nan(a: Any, b: Any) -> Any:
    return ivy.where(_zero(b), ivy.zeros_like(a), ivy.multiply(a, b))


def _xlogy(a: Any, b: Any) -> Any:
    return ivy.where(_zero(a), ivy.zeros_like(a), ivy.multiply(a, ivy.log(b)))


def _xlog1py(a: Any, b: Any) -> Any:
    return ivy.where(_zero(a), ivy.zeros_like(a), ivy.multiply(a, ivy.log1p(b)))


def _xdivy(a: Any, b: Any) -> Any:
    return ivy.where(_zero(a), ivy.zeros_like(a), ivy.divide(a, b))


def _pow(a: Any, b: Any) -> Any:
    if ivy.isdtype(a.dtype, "integral") and bool(ivy.any(ivy.less(b, ivy.zeros_like(b)))):
        raise InvalidArgumentError("Integers to negative integer powers are not allowed")
    return ivy.pow(a, b)


#: name: (ivy function, allowed kinds, result is bool)
BINARY: dict[str, tuple[Callable[[Any, Any], Any], str]] = {
    "add": (ivy.add, "fic"),
    "subtract": (ivy.subtract, "fic"),
    "multiply": (ivy.multiply, "fic"),
    "truediv": (_truediv, "fic"),
    "divide": (_truediv, "fic"),
    "floordiv": (_floordiv, "fi"),
    "floormod": (_floormod, "fi"),
    "mod": (_floormod, "fi"),
    "pow": (_pow, "fic"),
    "maximum": (ivy.maximum, "fi"),
    "minimum": (ivy.minimum, "fi"),
    "atan2": (ivy.atan2, "f"),
    "squared_difference": (_squared_difference, "fic"),
    "divide_no_nan": (_divide_no_nan, "fc"),
    "multiply_no_nan": (_multiply_no_nan, "fc"),
    "xlogy": (_xlogy, "fc"),
    "xlog1py": (_xlog1py, "fc"),
    "xdivy": (_xdivy, "fc"),
    "nextafter": (ivy.nextafter, "f"),
    "equal": (ivy.equal, "ficb"),
    "not_equal": (ivy.not_equal, "ficb"),
    "less": (ivy.less, "fi"),
    "less_equal": (ivy.less_equal, "fi"),
    "greater": (ivy.greater, "fi"),
    "greater_equal": (ivy.greater_equal, "fi"),
    "logical_and": (ivy.logical_and, "b"),
    "logical_or": (ivy.logical_or, "b"),
    "logical_xor": (ivy.logical_xor, "b"),
}


def _make_unary(name: str, fn: Callable[[Any], Any], kinds: str) -> Callable[..., Tensor]:
    def op(x: Any, name_: str | None = None, **kwargs: Any) -> Tensor:
        t = _t(x)
        _check(t, kinds, name)
        return Tensor(fn(t._ivy))

    return named(op, name, f"tf.math.{name}: elementwise, on {kinds!r} dtypes (f float, c complex, i int, b bool).")


def _make_binary(name: str, fn: Callable[[Any, Any], Any], kinds: str) -> Callable[..., Tensor]:
    def op(x: Any, y: Any, name_: str | None = None, **kwargs: Any) -> Tensor:
        a, b = binary(x, y, name)
        _check(a, kinds, name)
        return Tensor(fn(a._ivy, b._ivy))

    return named(op, name, f"tf.math.{name}: broadcasting, same-dtype operands on {kinds!r} dtypes.")


for _n, (_f, _k) in UNARY.items():
    FUNCTIONS[_n] = _make_unary(_n, _f, _k)
for _n, (_f, _k) in BINARY.items():
    FUNCTIONS[_n] = _make_binary(_n, _f, _k)


def register(fn: Callable[..., Any]) -> Callable[..., Any]:
    FUNCTIONS[fn.__name__.rstrip("_")] = fn
    return fn


def axes(axis: Any, ndim: int) -> tuple[int, ...] | None:
    """A TF ``axis`` argument (None, int, list, tensor) as a tuple of non-negative ints."""
    if axis is None:
        return None
    if isinstance(axis, Tensor):
        axis = axis.numpy().tolist()
    if isinstance(axis, int):
        axis = [axis]
    out = []
    for a in axis:
        a = int(a)
        if not -max(ndim, 1) <= a < max(ndim, 1):
            raise InvalidArgumentError(f"Invalid reduction dimension {a} for input with {ndim} dimensions")
        out.append(a % max(ndim, 1))
    return tuple(out)


def _reduction(name: str, kinds: str, fn: Callable[[Any, Any, bool], Any]) -> Callable[..., Tensor]:
    def op(input_tensor: Any, axis: Any = None, keepdims: bool = False, name: str | None = None) -> Tensor:
        t = _t(input_tensor)
        _check(t, kinds, name_)
        ax = axes(axis, t.ndim)
        if ax == ():
            return t
        return Tensor(fn(t._ivy, ax, bool(keepdims)))

    name_ = name
    return named(op, name, f"tf.math.{name} over ``axis`` (all axes if None).")


def _int_mean(a: Any, ax: Any, keep: bool) -> Any:
    if ivy.isdtype(a.dtype, "integral"):
        s = ivy.sum(a, axis=ax, dtype=a.dtype, keepdims=keep)
        n = 1
        for i in ax if ax is not None else range(a.ndim):
            n *= a.shape[i]
        q = ivy.floor_divide(ivy.abs(s), ivy.full_like(s, n))
        return ivy.where(ivy.less(s, ivy.zeros_like(s)), ivy.negative(q), q)
    return ivy.mean(a, axis=ax, keepdims=keep)


def _euclid(a: Any, ax: Any, keep: bool) -> Any:
    sq = ivy.multiply(a, ivy.conj(a)) if ivy.isdtype(a.dtype, "complex floating") else ivy.square(a)
    return ivy.sqrt(ivy.sum(sq, axis=ax, dtype=a.dtype, keepdims=keep))


REDUCTIONS = {
    "reduce_sum": ("fic", lambda a, ax, k: ivy.sum(a, axis=ax, dtype=a.dtype, keepdims=k)),
    "reduce_prod": ("fic", lambda a, ax, k: ivy.prod(a, axis=ax, dtype=a.dtype, keepdims=k)),
    "reduce_mean": ("fic", _int_mean),
    "reduce_max": ("fi", lambda a, ax, k: ivy.max(a, axis=ax, keepdims=k)),
    "reduce_min": ("fi", lambda a, ax, k: ivy.min(a, axis=ax, keepdims=k)),
    "reduce_all": ("b", lambda a, ax, k: ivy.all(a, axis=ax, keepdims=k)),
    "reduce_any": ("b", lambda a, ax, k: ivy.any(a, axis=ax, keepdims=k)),
    "reduce_logsumexp": ("f", lambda a, ax, k: ivy.logsumexp(a, axis=ax, keepdims=k)),
    "reduce_std": ("fc", lambda a, ax, k: ivy.std(a, axis=ax, keepdims=k)),
    "reduce_variance": ("fc", lambda a, ax, k: ivy.var(a, axis=ax, keepdims=k)),
    "reduce_euclidean_norm": ("fc", _euclid),
}
for _n, (_k, _f) in REDUCTIONS.items():
    FUNCTIONS[_n] = _reduction(_n, _k, _f)


@register
def add_n(inputs: Any, name: str | None = None) -> Tensor:
    """tf.math.add_n: elementwise sum of same-shape, same-dtype tensors."""
    ts = [_t(i) for i in inputs]
    out = ts[0]
    for t in ts[1:]:
        a, b = binary(out, t, "AddN")
        out = Tensor(ivy.add(a._ivy, b._ivy))
    return out


@register
def scalar_mul(scalar: Any, x: Any, name: str | None = None) -> Tensor:
    """tf.math.scalar_mul."""
    return FUNCTIONS["multiply"](x, scalar)


def _arg(fn: Callable[..., Any], name: str) -> Callable[..., Tensor]:
    def op(input: Any, axis: Any = None, output_type: Any = d.int64, name: str | None = None) -> Tensor:
        t = _t(input)
        ax = 0 if axis is None else int(axis) % max(t.ndim, 1)
        return Tensor(ivy.astype(fn(t._ivy, axis=ax), d.as_dtype(output_type)._ivy))

    return named(op, name, f"tf.math.{name}: index along ``axis`` (0 by default) as ``output_type``.")


FUNCTIONS["argmax"] = _arg(ivy.argmax, "argmax")
FUNCTIONS["argmin"] = _arg(ivy.argmin, "argmin")


def _cumulative(fn: Callable[..., Any], neutral: float, name: str) -> Callable[..., Tensor]:
    def op(x: Any, axis: int = 0, exclusive: bool = False, reverse: bool = False, name: str | None = None) -> Tensor:
        t = _t(x)
        a = t._ivy
        ax = int(axis) % max(t.ndim, 1)
        if reverse:
            a = ivy.flip(a, axis=ax)
        out = fn(a, axis=ax, dtype=a.dtype, include_initial=bool(exclusive))
        if exclusive:
            out = ivy.take(out, ivy.arange(a.shape[ax]), axis=ax)
        if reverse:
            out = ivy.flip(out, axis=ax)
        return Tensor(out)

    return named(op, name, f"tf.math.{name} along ``axis`` (optionally exclusive and/or reversed).")


FUNCTIONS["cumsum"] = _cumulative(ivy.cumulative_sum, 0, "cumsum")
FUNCTIONS["cumprod"] = _cumulative(ivy.cumulative_prod, 1, "cumprod")


@register
def cumulative_logsumexp(
    x: Any, axis: int = 0, exclusive: bool = False, reverse: bool = False, name: str | None = None
) -> Tensor:
    """tf.math.cumulative_logsumexp (stabilised by the global maximum)."""
    t = _t(x)
    m = ivy.max(t._ivy)
    e = Tensor(ivy.exp(ivy.subtract(t._ivy, m)))
    s = FUNCTIONS["cumsum"](e, axis, exclusive, reverse)
    return Tensor(ivy.add(ivy.log(s._ivy), m))


@register
def count_nonzero(
    input: Any,
    axis: Any = None,
    keepdims: bool = False,
    dtype: Any = d.int64,
    name: str | None = None,
) -> Tensor:
    """tf.math.count_nonzero."""
    t = _t(input)
    return Tensor(
        ivy.astype(ivy.count_nonzero(t._ivy, axis=axes(axis, t.ndim), keepdims=keepdims), d.as_dtype(dtype)._ivy)
    )


def _segment_mask(ids: Any, num: int) -> Any:
    rng = ivy.reshape(ivy.arange(num, dtype=ids.dtype), (num,) + (1,) * ids.ndim)
    return ivy.equal(rng, ivy.expand_dims(ids, axis=0))


def _segment(kind: str, sorted_: bool) -> Callable[..., Tensor]:
    def op(data: Any, segment_ids: Any, num_segments: Any = None, name: str | None = None) -> Tensor:
        t, ids = _t(data), _t(segment_ids)
        num = int(num_segments) if num_segments is not None else int(ivy.max(ids._ivy)) + 1
        mask = _segment_mask(ids._ivy, num)  # (num, *ids.shape)
        k = ids.ndim
        extra = t.ndim - k
        m = ivy.reshape(mask, tuple(mask.shape) + (1,) * extra)
        x = ivy.expand_dims(t._ivy, axis=0)
        red = tuple(range(1, k + 1))
        if kind == "sum":
            out = ivy.sum(ivy.where(m, x, ivy.zeros_like(x)), axis=red, dtype=x.dtype)
        elif kind == "prod":
            out = ivy.prod(ivy.where(m, x, ivy.ones_like(x)), axis=red, dtype=x.dtype)
        elif kind == "mean":
            s = ivy.sum(ivy.where(m, x, ivy.zeros_like(x)), axis=red, dtype=x.dtype)
            c = ivy.astype(ivy.sum(ivy.astype(m, x.dtype), axis=red, dtype=x.dtype), x.dtype)
            out = ivy.divide(s, ivy.maximum(c, ivy.ones_like(c)))
        else:
            if ivy.isdtype(x.dtype, "real floating"):
                info = ivy.finfo(x.dtype)
                fill = info.min if kind == "max" else info.max
            else:
                info = ivy.iinfo(x.dtype)
                fill = info.min if kind == "max" else info.max
            filled = ivy.where(m, x, ivy.full_like(x, fill))
            out = (ivy.max if kind == "max" else ivy.min)(filled, axis=red)
            if sorted_:
                present = ivy.any(m, axis=red)
                out = ivy.where(present, out, ivy.zeros_like(out))
        return Tensor(out)

    return op


for _kind in ("sum", "prod", "mean", "max", "min"):
    FUNCTIONS[f"segment_{_kind}"] = _segment(_kind, True)
    FUNCTIONS[f"unsorted_segment_{_kind}"] = _segment(_kind, False)
    FUNCTIONS[f"segment_{_kind}"].__name__ = f"segment_{_kind}"
    FUNCTIONS[f"unsorted_segment_{_kind}"].__name__ = f"unsorted_segment_{_kind}"


@register
def top_k(input: Any, k: int = 1, sorted: bool = True, index_type: Any = d.int32, name: str | None = None) -> Any:
    """tf.math.top_k: (values, indices) of the ``k`` largest along the last axis."""
    t = _t(input)
    res = ivy.top_k(t._ivy, int(k), axis=-1, largest=True, sorted=True)
    values, indices = res[0], res[1]
    from collections import namedtuple

    return namedtuple("TopKV2", ["values", "indices"])(
        Tensor(values), Tensor(ivy.astype(indices, d.as_dtype(index_type)._ivy))
    )


@register
def in_top_k(targets: Any, predictions: Any, k: int, name: str | None = None) -> Tensor:
    """tf.math.in_top_k: whether each target's prediction is among the ``k`` largest of its row."""
    p, tg = _t(predictions)._ivy, _t(targets)._ivy
    picked = ivy.take_along_axis(p, ivy.expand_dims(ivy.astype(tg, ivy.int64), axis=-1), axis=-1)
    greater = ivy.sum(ivy.astype(ivy.greater(p, picked), ivy.int32), axis=-1)
    return Tensor(ivy.less(greater, ivy.full_like(greater, int(k))))


@register
def invert_permutation(x: Any, name: str | None = None) -> Tensor:
    """tf.math.invert_permutation."""
    a = _t(x)._ivy
    return Tensor(ivy.astype(ivy.argsort(a), a.dtype))


@register
def l2_normalize(x: Any, axis: Any = None, epsilon: float = 1e-12, name: str | None = None, dim: Any = None) -> Tensor:
    """tf.math.l2_normalize: ``x / sqrt(max(sum(x**2), epsilon))``."""
    t = _t(x)
    ax = axes(axis if axis is not None else dim, t.ndim)
    sq = ivy.sum(ivy.square(t._ivy), axis=ax, keepdims=True)
    return Tensor(ivy.multiply(t._ivy, ivy.reciprocal(ivy.sqrt(ivy.maximum(sq, ivy.full_like(sq, epsilon))))))


@register
def softmax(logits: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """tf.math.softmax."""
    return Tensor(ivy.nn.softmax(_t(logits)._ivy, axis=int(axis)))


@register
def log_softmax(logits: Any, axis: int = -1, name: str | None = None) -> Tensor:
    """tf.math.log_softmax."""
    return Tensor(ivy.nn.log_softmax(_t(logits)._ivy, axis=int(axis)))


@register
def polyval(coeffs: Any, x: Any, name: str | None = None) -> Tensor:
    """tf.math.polyval: Horner's rule."""
    t = _t(x)
    out = Tensor(ivy.zeros_like(t._ivy))
    for c in coeffs:
        out = FUNCTIONS["add"](FUNCTIONS["multiply"](out, t), c)
    return out


@register
def zero_fraction(value: Any, name: str | None = None) -> Tensor:
    """tf.math.zero_fraction: share of zeros, float32."""
    a = _t(value)._ivy
    return Tensor(ivy.astype(ivy.mean(ivy.astype(_zero(a), ivy.float32)), ivy.float32))


@register
def is_non_decreasing(x: Any, name: str | None = None) -> Tensor:
    """tf.math.is_non_decreasing over the flattened tensor."""
    a = ivy.reshape(_t(x)._ivy, (-1,))
    return Tensor(ivy.all(ivy.greater_equal(a[1:], a[:-1])))


@register
def is_strictly_increasing(x: Any, name: str | None = None) -> Tensor:
    """tf.math.is_strictly_increasing over the flattened tensor."""
    a = ivy.reshape(_t(x)._ivy, (-1,))
    return Tensor(ivy.all(ivy.greater(a[1:], a[:-1])))


@register
def bincount(
    arr: Any,
    weights: Any = None,
    minlength: Any = None,
    maxlength: Any = None,
    dtype: Any = d.int32,
    name: str | None = None,
    axis: Any = None,
    binary_output: bool = False,
) -> Tensor:
    """tf.math.bincount of a flat non-negative int tensor."""
    a = ivy.reshape(_t(arr)._ivy, (-1,))
    n = int(ivy.max(a)) + 1 if a.shape[0] else 0
    if minlength is not None:
        n = max(n, int(minlength))
    if maxlength is not None:
        n = min(n, int(maxlength))
    mask = ivy.equal(ivy.reshape(ivy.arange(n, dtype=a.dtype), (n, 1)), ivy.expand_dims(a, axis=0))
    if weights is not None:
        w = ivy.reshape(_t(weights)._ivy, (-1,))
        return Tensor(ivy.sum(ivy.where(mask, ivy.expand_dims(w, axis=0), ivy.zeros_like(w)), axis=1, dtype=w.dtype))
    out = ivy.sum(ivy.astype(mask, d.as_dtype(dtype)._ivy), axis=1, dtype=d.as_dtype(dtype)._ivy)
    if binary_output:
        out = ivy.astype(ivy.greater(out, ivy.zeros_like(out)), out.dtype)
    return Tensor(out)


@register
def confusion_matrix(
    labels: Any, predictions: Any, num_classes: Any = None, weights: Any = None, dtype: Any = d.int32, name: Any = None
) -> Tensor:
    """tf.math.confusion_matrix: rows are labels, columns predictions."""
    lab, pred = _t(labels)._ivy, _t(predictions)._ivy
    n = int(num_classes) if num_classes is not None else int(ivy.maximum(ivy.max(lab), ivy.max(pred))) + 1
    dt = d.as_dtype(dtype)._ivy
    rows = ivy.nn.one_hot(ivy.astype(lab, ivy.int64), n, dtype=dt)
    cols = ivy.nn.one_hot(ivy.astype(pred, ivy.int64), n, dtype=dt)
    if weights is not None:
        rows = ivy.multiply(rows, ivy.expand_dims(ivy.astype(_t(weights)._ivy, dt), axis=-1))
    return Tensor(ivy.matmul(ivy.matrix_transpose(rows), cols))


FUNCTIONS["floor_div"] = FUNCTIONS["floordiv"]


@register
def reciprocal_no_nan(x: Any, name: str | None = None) -> Tensor:
    """tf.math.reciprocal_no_nan: ``1 / x``, 0 where ``x`` is 0."""
    return FUNCTIONS["divide_no_nan"](Tensor(ivy.ones_like(_t(x)._ivy)), x)


@register
def accumulate_n(inputs: Any, shape: Any = None, tensor_dtype: Any = None, name: str | None = None) -> Tensor:
    """tf.math.accumulate_n: the elementwise sum of ``inputs`` (as ``add_n``)."""
    return add_n(inputs)


@register
def erfcinv(x: Any, name: str | None = None) -> Tensor:
    """tf.math.erfcinv: the inverse of ``erfc`` on ``[0, 2]``, ``-ndtri(x / 2) / sqrt(2)``."""
    t = _t(x)
    _check(t, "f", "erfcinv")
    half = ivy.divide(t._ivy, ivy.full_like(t._ivy, 2.0))
    return Tensor(ivy.divide(ivy.negative(_ndtri(half)), ivy.sqrt(ivy.full_like(half, 2.0))))


@register
def unsorted_segment_sqrt_n(data: Any, segment_ids: Any, num_segments: Any, name: str | None = None) -> Tensor:
    """tf.math.unsorted_segment_sqrt_n: each segment's sum over the square root of its size (0 if empty)."""
    s = FUNCTIONS["unsorted_segment_sum"](data, segment_ids, num_segments)._ivy
    ones = Tensor(ivy.ones_like(_t(data)._ivy))
    n = FUNCTIONS["unsorted_segment_sum"](ones, segment_ids, num_segments)._ivy
    return Tensor(ivy.divide(s, ivy.sqrt(ivy.maximum(n, ivy.ones_like(n)))))


def _approx_k(largest: bool, label: str) -> Callable[..., Any]:
    def op(
        operand: Any,
        k: int,
        reduction_dimension: int = -1,
        recall_target: float = 0.95,
        reduction_input_size_override: int = -1,
        aggregate_to_topk: bool = True,
        name: str | None = None,
    ) -> tuple[Tensor, Tensor]:
        t = _t(operand)
        if t.dtype.name not in ("float16", "bfloat16", "float32"):
            raise InvalidArgumentError(
                f"{label}: Value for attr 'T' of {t.dtype.name} is not in the list of allowed values"
            )
        res = ivy.top_k(t._ivy, int(k), axis=int(reduction_dimension), largest=largest, sorted=True)
        return Tensor(res[0]), Tensor(ivy.astype(res[1], ivy.int32))

    return named(op, label, f"tf.math.{label}: the exact ``k`` {'largest' if largest else 'smallest'} (a recall of 1).")


FUNCTIONS["approx_max_k"] = _approx_k(True, "approx_max_k")
FUNCTIONS["approx_min_k"] = _approx_k(False, "approx_min_k")


def _core_fn(*candidates: str) -> Callable[..., Any] | None:
    """The first of ``candidates`` the core declares (special functions arrive there one by one)."""
    for c in candidates:
        fn = getattr(ivy, c, None) or getattr(getattr(ivy, "special", None), c, None)
        if callable(fn):
            return fn
    return None


#: TF special functions: tf name -> (core names to try, arity)
_SPECIAL = {
    "lgamma": (("lgamma",), 1),
    "digamma": (("digamma",), 1),
    "bessel_i0": (("i0", "bessel_i0"), 1),
    "bessel_i0e": (("i0e", "bessel_i0e"), 1),
    "bessel_i1": (("i1", "bessel_i1"), 1),
    "bessel_i1e": (("i1e", "bessel_i1e"), 1),
    "igamma": (("igamma", "gammainc"), 2),
    "igammac": (("igammac", "gammaincc"), 2),
    "polygamma": (("polygamma",), 2),
    "zeta": (("zeta",), 2),
    "betainc": (("betainc",), 3),
}


def _make_special(label: str, fn: Callable[..., Any], arity: int) -> Callable[..., Tensor]:
    def op(*args: Any, name: str | None = None) -> Tensor:
        ts = [_t(a) for a in args[:arity]]
        for other in ts[1:]:
            binary(ts[0], other, label)
        _check(ts[0], "f", label)
        return Tensor(fn(*[t._ivy for t in ts]))

    return named(op, label, f"tf.math.{label}: elementwise on float tensors of one dtype.")


for _n, (_cands, _arity) in _SPECIAL.items():
    _fn = _core_fn(*_cands)
    if _fn is not None:
        FUNCTIONS[_n] = _make_special(_n, _fn, _arity)
if "lgamma" in FUNCTIONS:

    @register
    def lbeta(x: Any, name: str | None = None) -> Tensor:
        """tf.math.lbeta: ``log|B(x)|`` over the last axis, ``sum(lgamma(x)) - lgamma(sum(x))``."""
        t = _t(x)
        _check(t, "f", "lbeta")
        lg = FUNCTIONS["lgamma"]
        a = t._ivy
        return Tensor(ivy.subtract(ivy.sum(lg(a)._ivy, axis=-1), lg(ivy.sum(a, axis=-1))._ivy))
