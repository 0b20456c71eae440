# ruff: noqa: A001, A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Reductions with torch's ``dim``/``keepdim`` conventions (``axis``/``keepdims`` accepted too)."""

from __future__ import annotations

import builtins
from collections import namedtuple
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import to_out
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, _dim, dims, tensor_arg, wrap

values_indices = namedtuple("values_indices", ["values", "indices"])
min_max = namedtuple("aminmax", ["min", "max"])


def _args(name: str, input: Any, dim: Any, keepdim: Any, kwargs: dict) -> tuple[Any, Any, bool]:
    x = tensor_arg(input, f"torch.{name}")
    if "axis" in kwargs:
        dim = kwargs.pop("axis")
    if "keepdims" in kwargs:
        keepdim = kwargs.pop("keepdims")
    if kwargs:
        raise TypeError(f"torch.{name}() got an unexpected keyword argument {next(iter(kwargs))!r}")
    return x._ivy, dims(dim, x._ivy.ndim, f"torch.{name}"), builtins.bool(keepdim)


def _accumulate(arr: Any, dtype: Any) -> Any:
    """torch sums bool and integer tensors as int64 unless told otherwise."""
    if dtype is not None:
        return ivy.astype(arr, D.as_dtype(dtype)._ivy)
    if arr.dtype.kind in "biu":
        return ivy.astype(arr, ivy.int64)
    return arr


def _float_only(arr: Any, name: str, dtype: Any = None) -> Any:
    if dtype is not None:
        return ivy.astype(arr, D.as_dtype(dtype)._ivy)
    if arr.dtype.kind not in "fc":
        raise RuntimeError(
            f"{name}(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. "
            f"Got: {D.from_ivy(arr.dtype)}"
        )
    return arr


@register("sum")
def sum(
    input: Tensor, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None, **kw: Any
) -> Tensor:
    """torch.sum: integers and bools accumulate in int64."""
    x, axes, keep = _args("sum", input, dim, keepdim, kw)
    return to_out(out, ivy.sum(_accumulate(x, dtype), axis=axes, keepdims=keep), "torch.sum")


@register("nansum")
def nansum(input: Tensor, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None) -> Tensor:
    """torch.nansum: NaNs count as zero."""
    x, axes, keep = _args("nansum", input, dim, keepdim, {})
    if x.dtype.kind in "fc":
        x = ivy.where(ivy.isnan(x), ivy.zeros_like(x), x)
    return to_out(out, ivy.sum(_accumulate(x, dtype), axis=axes, keepdims=keep), "torch.nansum")


@register("prod")
def prod(input: Tensor, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None) -> Tensor:
    """torch.prod over one dimension (or all)."""
    x, axes, keep = _args("prod", input, dim, keepdim, {})
    return to_out(out, ivy.prod(_accumulate(x, dtype), axis=axes, keepdims=keep), "torch.prod")


@register("mean")
def mean(
    input: Tensor, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None, **kw: Any
) -> Tensor:
    """torch.mean: floating and complex inputs only (or an explicit dtype)."""
    x, axes, keep = _args("mean", input, dim, keepdim, kw)
    return to_out(out, ivy.mean(_float_only(x, "mean", dtype), axis=axes, keepdims=keep), "torch.mean")


@register("nanmean")
def nanmean(input: Tensor, dim: Any = None, keepdim: bool = False, *, dtype: Any = None, out: Any = None) -> Tensor:
    """torch.nanmean: the mean of the non-NaN elements."""
    x, axes, keep = _args("nanmean", input, dim, keepdim, {})
    x = _float_only(x, "nanmean", dtype)
    ok = ivy.logical_not(ivy.isnan(x))
    total = ivy.sum(ivy.where(ok, x, ivy.zeros_like(x)), axis=axes, keepdims=keep)
    return to_out(out, ivy.divide(total, ivy.astype(ivy.sum(ok, axis=axes, keepdims=keep), x.dtype)), "torch.nanmean")


def _correction(unbiased: Any, correction: Any) -> float:
    if correction is not None:
        return correction
    return 1 if unbiased is None or unbiased else 0


def _stat(name: str, fn: Any) -> Any:
    def stat(
        input: Tensor,
        dim: Any = None,
        unbiased: Any = None,
        keepdim: bool = False,
        *,
        correction: Any = None,
        out: Any = None,
        **kw: Any,
    ) -> Tensor:
        if isinstance(dim, builtins.bool):  # the old form std(input, unbiased)
            dim, unbiased = None, dim
        x, axes, keep = _args(name, input, dim, keepdim, kw)
        x = _float_only(x, name)
        return to_out(
            out, fn(x, axis=axes, correction=_correction(unbiased, correction), keepdims=keep), f"torch.{name}"
        )

    return named(stat, name, f"torch.{name} with Bessel's correction by default (``unbiased``/``correction``).")


std = register("std")(_stat("std", ivy.std))
var = register("var")(_stat("var", ivy.var))


@register("std_mean", method=False)
def std_mean(
    input: Tensor, dim: Any = None, unbiased: Any = None, keepdim: bool = False, *, correction: Any = None
) -> tuple:
    """torch.std_mean: both at once."""
    return std(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


@register("var_mean", method=False)
def var_mean(
    input: Tensor, dim: Any = None, unbiased: Any = None, keepdim: bool = False, *, correction: Any = None
) -> tuple:
    """torch.var_mean: both at once."""
    return var(input, dim, unbiased, keepdim, correction=correction), mean(input, dim, keepdim)


def _extreme(name: str, reduce: Any, arg: Any, pair: Any) -> Any:
    def extreme(input: Tensor, dim: Any = None, keepdim: bool = False, *, out: Any = None) -> Any:
        x = tensor_arg(input, f"torch.{name}")
        if isinstance(dim, Tensor):  # torch.max(a, b) is the elementwise maximum
            return pair(x, dim, out=out)
        arr = x._ivy
        if dim is None:
            if arr.size == 0:
                raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
            return to_out(out, reduce(arr), f"torch.{name}")
        axis = _dim(dim, arr.ndim, f"torch.{name}")
        if arr.ndim == 0:
            return values_indices(wrap(arr), wrap(ivy.zeros((), dtype=ivy.int64)))
        values = reduce(arr, axis=axis, keepdims=keepdim)
        indices = arg(arr, axis=axis, keepdims=keepdim)
        return values_indices(wrap(values), wrap(ivy.astype(indices, ivy.int64)))

    return named(extreme, name, f"torch.{name}: over everything, or ``(values, indices)`` along ``dim``.")


def _maximum(a: Any, b: Any, out: Any = None) -> Tensor:
    from ivy_frontends.torch._registry import NAMESPACE

    return NAMESPACE["maximum"](a, b, out=out)


def _minimum(a: Any, b: Any, out: Any = None) -> Tensor:
    from ivy_frontends.torch._registry import NAMESPACE

    return NAMESPACE["minimum"](a, b, out=out)


max = register("max")(_extreme("max", ivy.max, ivy.argmax, _maximum))
min = register("min")(_extreme("min", ivy.min, ivy.argmin, _minimum))


def _amax_like(name: str, fn: Any) -> Any:
    def reduce(input: Tensor, dim: Any = (), keepdim: bool = False, *, out: Any = None) -> Tensor:
        x, axes, keep = _args(name, input, dim, keepdim, {})
        return to_out(out, fn(x, axis=axes, keepdims=keep), f"torch.{name}")

    return named(reduce, name, f"torch.{name}: reduce over ``dim`` (all dimensions by default).")


amax = register("amax")(_amax_like("amax", ivy.max))
amin = register("amin")(_amax_like("amin", ivy.min))


@register("aminmax")
def aminmax(input: Tensor, *, dim: Any = None, keepdim: bool = False) -> tuple:
    """torch.aminmax: ``(min, max)``."""
    return min_max(
        amin(input, dim if dim is not None else (), keepdim), amax(input, dim if dim is not None else (), keepdim)
    )


def _arg(name: str, fn: Any) -> Any:
    def arg(input: Tensor, dim: Any = None, keepdim: bool = False, *, out: Any = None) -> Tensor:
        x = tensor_arg(input, f"torch.{name}")._ivy
        if dim is None:
            result = fn(ivy.reshape(x, (-1,)))
            if keepdim:
                result = ivy.reshape(result, (1,) * x.ndim)
        else:
            result = fn(x, axis=_dim(dim, x.ndim, f"torch.{name}"), keepdims=keepdim)
        return to_out(out, ivy.astype(result, ivy.int64), f"torch.{name}")

    return named(arg, name, f"torch.{name}: index into the flattened tensor, or along ``dim``.")


argmax = register("argmax")(_arg("argmax", ivy.argmax))
argmin = register("argmin")(_arg("argmin", ivy.argmin))


def _boolean(name: str, fn: Any) -> Any:
    def reduce(input: Tensor, dim: Any = None, keepdim: bool = False, *, out: Any = None) -> Tensor:
        x, axes, keep = _args(name, input, dim, keepdim, {})
        result = fn(x, axis=axes, keepdims=keep)
        if x.dtype == ivy.uint8:  # torch keeps uint8 for uint8 inputs
            result = ivy.astype(result, ivy.uint8)
        return to_out(out, result, f"torch.{name}")

    return named(reduce, name, f"torch.{name}: truthiness reduced over ``dim``.")


all = register("all")(_boolean("all", ivy.all))
any = register("any")(_boolean("any", ivy.any))


@register("count_nonzero")
def count_nonzero(input: Tensor, dim: Any = None) -> Tensor:
    """torch.count_nonzero as int64."""
    x, axes, _ = _args("count_nonzero", input, dim, False, {})
    return wrap(ivy.astype(ivy.count_nonzero(x, axis=axes), ivy.int64))


@register("logsumexp")
def logsumexp(input: Tensor, dim: Any, keepdim: bool = False, *, out: Any = None) -> Tensor:
    """torch.logsumexp, stabilised by the maximum; integer inputs give the default float."""
    x, axes, keep = _args("logsumexp", input, dim, keepdim, {})
    if x.dtype.kind not in "fc":
        x = ivy.astype(x, D.get_default_dtype()._ivy)
    return to_out(out, ivy.logsumexp(x, axis=axes, keepdims=keep), "torch.logsumexp")


def _cumulative(name: str, fn: Any) -> Any:
    def cumulative(input: Tensor, dim: int, *, dtype: Any = None, out: Any = None) -> Tensor:
        x = tensor_arg(input, f"torch.{name}")._ivy
        axis = _dim(dim, x.ndim, f"torch.{name}")
        x = _accumulate(x, dtype)
        if x.ndim == 0:
            return to_out(out, x, f"torch.{name}")
        return to_out(out, fn(x, axis=axis), f"torch.{name}")

    return named(cumulative, name, f"torch.{name} along ``dim`` (integers accumulate in int64).")


cumsum = register("cumsum")(_cumulative("cumsum", ivy.cumulative_sum))
cumprod = register("cumprod")(_cumulative("cumprod", ivy.cumulative_prod))


def _cum_extreme(name: str, better: Any) -> Any:
    def cum(input: Tensor, dim: int) -> tuple:
        x = tensor_arg(input, f"torch.{name}")._ivy
        axis = _dim(dim, x.ndim, f"torch.{name}")
        moved = ivy.moveaxis(x, axis, 0)
        n = moved.shape[0] if moved.ndim else 1
        if moved.ndim == 0:
            return values_indices(wrap(x), wrap(ivy.zeros((), dtype=ivy.int64)))
        best, where = moved[0], ivy.zeros(moved.shape[1:], dtype=ivy.int64)
        values, indices = [best], [where]
        for i in range(1, n):
            cur = moved[i]
            take = better(cur, best)
            if cur.dtype.kind in "fc":
                take = ivy.logical_or(take, ivy.isnan(cur))
            best = ivy.where(take, cur, best)
            where = ivy.where(take, ivy.full(where.shape, i, dtype=ivy.int64), where)
            values.append(best)
            indices.append(where)
        return values_indices(
            wrap(ivy.moveaxis(ivy.stack(values), 0, axis)), wrap(ivy.moveaxis(ivy.stack(indices), 0, axis))
        )

    return named(cum, name, f"torch.{name}: running extreme and where it was last reached.")


cummax = register("cummax")(_cum_extreme("cummax", ivy.greater_equal))
cummin = register("cummin")(_cum_extreme("cummin", ivy.less_equal))


@register("median")
def median(input: Tensor, dim: Any = None, keepdim: bool = False) -> Any:
    """torch.median: the lower of the two middle values (no averaging), with indices along ``dim``."""
    x = tensor_arg(input, "torch.median")._ivy
    if dim is None:
        flat = ivy.sort(ivy.reshape(x, (-1,)))
        return wrap(flat[(flat.shape[0] - 1) // 2])
    axis = _dim(dim, x.ndim, "torch.median")
    order = ivy.argsort(x, axis=axis, stable=True)
    k = (x.shape[axis] - 1) // 2
    idx = ivy.take(order, ivy.asarray([k]), axis=axis)
    values = ivy.take_along_axis(x, idx, axis=axis)
    if not keepdim:
        values, idx = ivy.squeeze(values, axis), ivy.squeeze(idx, axis)
    return values_indices(wrap(values), wrap(ivy.astype(idx, ivy.int64)))


@register("norm")
def norm(input: Tensor, p: Any = "fro", dim: Any = None, keepdim: bool = False, dtype: Any = None) -> Tensor:
    """torch.norm: vector p-norms (``p`` a number) or the Frobenius/nuclear norm."""
    x = tensor_arg(input, "torch.norm")._ivy
    if dtype is not None:
        x = ivy.astype(x, D.as_dtype(dtype)._ivy)
    axes = dims(dim, x.ndim, "torch.norm")
    if p == "nuc":
        return wrap(ivy.linalg.matrix_norm(x, ord="nuc", keepdims=keepdim))
    if p == "fro" or p is None:
        p = 2
    return wrap(ivy.linalg.vector_norm(x, axis=axes, keepdims=keepdim, ord=p))


@register("norm_except_dim", method=False)
def norm_except_dim(v: Tensor, pow: Any = 2, dim: int = 0) -> Tensor:
    """torch.norm_except_dim: the ``pow``-norm over every dimension but ``dim``, kept as size-1
    dimensions (``dim=-1``: over the whole tensor, as a 0-d tensor)."""
    x = tensor_arg(v, "torch.norm_except_dim", "v")._ivy
    if dim == -1:
        return wrap(ivy.linalg.vector_norm(x, ord=pow))
    dim = dim % x.ndim
    axes = tuple(i for i in range(x.ndim) if i != dim)
    return wrap(ivy.linalg.vector_norm(x, axis=axes, keepdims=True, ord=pow))


@register("_weight_norm", method=False)
def _weight_norm(v: Tensor, g: Tensor, dim: int = 0) -> Tensor:
    """torch._weight_norm (behind ``nn.utils.weight_norm`` and its parametrization): ``v * g / ||v||``
    with the norm over every dimension but ``dim``."""
    direction = tensor_arg(v, "torch._weight_norm", "v")._ivy
    scale = ivy.divide(tensor_arg(g, "torch._weight_norm", "g")._ivy, norm_except_dim(v, 2, dim)._ivy)
    return wrap(ivy.multiply(direction, scale))
