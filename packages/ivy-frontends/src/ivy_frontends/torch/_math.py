# ruff: noqa: A001, A002, N812, E501 - long lines are torch's error messages; torch's own argument and function names (input, min, max, sum, ...)
"""Elementwise functions with extra arguments: clamp, lerp, addcmul/addcdiv, round(decimals), nan_to_num,
isclose/allclose/equal, logit, float_power, heaviside, diff."""

from __future__ import annotations

import builtins
from typing import Any

import ivy
from ivy_frontends._shared import math as shared_math
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._inplace import make_inplace, to_out
from ivy_frontends.torch._promotion import binary, result_type, unary_float
from ivy_frontends.torch._registry import add, register
from ivy_frontends.torch._tensor import Tensor, _dim, as_ivy, tensor_arg, wrap


def _bound(b: Any, dtype: Any) -> Any:
    if b is None:
        return None
    if isinstance(b, Tensor):
        return ivy.astype(b._ivy, dtype)
    return ivy.astype(as_ivy(b), dtype) if not isinstance(b, (int, float)) else b


@register("clamp", "clip")
def clamp(input: Tensor, min: Any = None, max: Any = None, *, out: Any = None) -> Tensor:
    """torch.clamp: bounds may be numbers or tensors (a float bound on an int tensor promotes)."""
    x = tensor_arg(input, "torch.clamp")
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    target = result_type(x, *(b for b in (min, max) if b is not None))
    arr = x._ivy if x.dtype is target else ivy.astype(x._ivy, target._ivy)
    lo, hi = _bound(min, target._ivy), _bound(max, target._ivy)
    if lo is not None:
        arr = ivy.where(
            ivy.less(arr, lo), ivy.astype(ivy.asarray(lo), target._ivy) if not isinstance(lo, ivy.Array) else lo, arr
        )
    if hi is not None:
        arr = ivy.where(
            ivy.greater(arr, hi), ivy.astype(ivy.asarray(hi), target._ivy) if not isinstance(hi, ivy.Array) else hi, arr
        )
    if lo is not None and hi is not None and isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        arr = ivy.full_like(arr, hi)
    return to_out(out, arr, "torch.clamp")


@register("clamp_min")
def clamp_min(input: Tensor, min: Any) -> Tensor:
    """torch.clamp_min."""
    return clamp(input, min=min)


@register("clamp_max")
def clamp_max(input: Tensor, max: Any) -> Tensor:
    """torch.clamp_max."""
    return clamp(input, max=max)


for _name, _fn in (("clamp", clamp), ("clip", clamp), ("clamp_min", clamp_min), ("clamp_max", clamp_max)):
    add(f"{_name}_", make_inplace(_fn, _name), namespace=_name == "clamp")


@register("lerp")
def lerp(input: Tensor, end: Tensor, weight: Any, *, out: Any = None) -> Tensor:
    """torch.lerp: ``input + weight * (end - input)``."""
    a, b, _ = binary(input, end, "torch.lerp")
    w = weight._ivy if isinstance(weight, Tensor) else weight
    return to_out(out, ivy.add(a, ivy.multiply(w, ivy.subtract(b, a))), "torch.lerp")


@register("addcmul")
def addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: Any = 1, out: Any = None) -> Tensor:
    """torch.addcmul: ``input + value * tensor1 * tensor2``."""
    prod = tensor1 * tensor2
    return to_out(out, (input + prod * value if value != 1 else input + prod)._ivy, "torch.addcmul")


@register("addcdiv")
def addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, *, value: Any = 1, out: Any = None) -> Tensor:
    """torch.addcdiv: ``input + value * tensor1 / tensor2``."""
    if not (tensor1.is_floating_point() or tensor1.is_complex()) and not (
        tensor2.is_floating_point() or tensor2.is_complex()
    ):
        raise RuntimeError(
            "Integer division with addcdiv is no longer supported, and in a future release addcdiv will perform a true division of tensor1 and tensor2."
        )
    quot = tensor1 / tensor2
    return to_out(out, (input + quot * value if value != 1 else input + quot)._ivy, "torch.addcdiv")


for _name in ("lerp", "addcmul", "addcdiv"):
    add(f"{_name}_", make_inplace(globals()[_name], _name), namespace=False)


@register("round")
def round(input: Tensor, *, decimals: int = 0, out: Any = None) -> Tensor:
    """torch.round: half to even, optionally to ``decimals`` places."""
    x = tensor_arg(input, "torch.round")._ivy
    if decimals == 0 or x.dtype.kind not in "fc":
        return to_out(out, ivy.round(x), "torch.round")
    scale = 10.0**decimals
    return to_out(out, ivy.divide(ivy.round(ivy.multiply(x, scale)), scale), "torch.round")


add("round_", make_inplace(round, "round"), namespace=True)


@register("nan_to_num")
def nan_to_num(input: Tensor, nan: float = 0.0, posinf: Any = None, neginf: Any = None, *, out: Any = None) -> Tensor:
    """torch.nan_to_num: NaN and infinities replaced by finite values (the dtype's extremes by default)."""
    x = tensor_arg(input, "torch.nan_to_num")._ivy
    if x.dtype.kind not in "f":
        return to_out(out, x, "torch.nan_to_num")
    info = D.finfo(D.from_ivy(x.dtype))
    big = info.max if posinf is None else posinf
    small = info.min if neginf is None else neginf
    x = ivy.where(ivy.isnan(x), ivy.full_like(x, nan), x)
    x = ivy.where(ivy.logical_and(ivy.isinf(x), ivy.greater(x, 0)), ivy.full_like(x, big), x)
    x = ivy.where(ivy.logical_and(ivy.isinf(x), ivy.less(x, 0)), ivy.full_like(x, small), x)
    return to_out(out, x, "torch.nan_to_num")


add("nan_to_num_", make_inplace(nan_to_num, "nan_to_num"), namespace=True)


@register("logit")
def logit(input: Tensor, eps: Any = None, *, out: Any = None) -> Tensor:
    """torch.logit: ``log(p / (1 - p))``, ``p`` clamped to ``[eps, 1 - eps]`` when given."""
    x = unary_float(tensor_arg(input, "torch.logit"))
    if eps is not None:
        x = ivy.clip(x, eps, 1 - eps)
    return to_out(out, ivy.log(ivy.divide(x, ivy.subtract(1, x))), "torch.logit")


add("logit_", make_inplace(logit, "logit"), namespace=False)


@register("float_power")
def float_power(input: Any, exponent: Any, *, out: Any = None) -> Tensor:
    """torch.float_power: ``pow`` in double precision."""
    a, b, target = binary(input, exponent, "torch.float_power")
    wide = ivy.complex128 if target.is_complex else ivy.float64
    a = ivy.astype(a, wide) if isinstance(a, ivy.Array) else ivy.asarray(a, dtype=wide)
    b = ivy.astype(b, wide) if isinstance(b, ivy.Array) else b
    return to_out(out, ivy.pow(a, b), "torch.float_power")


@register("heaviside")
def heaviside(input: Tensor, values: Tensor) -> Tensor:
    """torch.heaviside: 0 below zero, 1 above, ``values`` at zero."""
    a, b, _ = binary(input, values, "torch.heaviside")
    return wrap(shared_math.heaviside(a, b, nan_gives_zero=True))


@register("isclose")
def isclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> Tensor:
    """torch.isclose: ``|a - b| <= atol + rtol * |b|``."""
    a, b, _ = binary(input, other, "torch.isclose")
    if not isinstance(b, ivy.Array):
        b = as_ivy(b, D.from_ivy(a.dtype))
    if a.dtype.kind in "biu":
        return wrap(
            ivy.equal(a, b)
            if a.dtype.kind == "b"
            else ivy.less_equal(
                ivy.abs(ivy.subtract(ivy.astype(a, ivy.float64), ivy.astype(b, ivy.float64))),
                atol + rtol * ivy.abs(ivy.astype(b, ivy.float64)),
            )
        )
    close = ivy.logical_or(
        ivy.equal(a, b), ivy.less_equal(ivy.abs(ivy.subtract(a, b)), ivy.add(atol, ivy.multiply(rtol, ivy.abs(b))))
    )
    if equal_nan:
        close = ivy.logical_or(close, ivy.logical_and(ivy.isnan(a), ivy.isnan(b)))
    return wrap(close)


@register("allclose")
def allclose(input: Tensor, other: Tensor, rtol: float = 1e-05, atol: float = 1e-08, equal_nan: bool = False) -> bool:
    """torch.allclose: every element close."""
    return builtins.bool(ivy.all(isclose(input, other, rtol, atol, equal_nan)._ivy))


@register("equal")
def equal(input: Tensor, other: Tensor) -> bool:
    """torch.equal: same shape and same values."""
    if tuple(input.shape) != tuple(other.shape):
        return False
    a, b, _ = binary(input, other, "torch.equal")
    return builtins.bool(ivy.all(ivy.equal(a, b)))


@register("diff")
def diff(input: Tensor, n: int = 1, dim: int = -1, prepend: Any = None, append: Any = None) -> Tensor:
    """torch.diff: ``n``-th forward difference along ``dim``."""
    x = tensor_arg(input, "torch.diff")._ivy
    d = _dim(dim, x.ndim, "torch.diff")
    pre = prepend._ivy if isinstance(prepend, Tensor) else prepend
    app = append._ivy if isinstance(append, Tensor) else append
    if x.dtype.kind == "b":
        parts = [p for p in (pre, x, app) if p is not None]
        x = ivy.concat(parts, axis=d) if len(parts) > 1 else x
        for _ in range(n):
            n_ = x.shape[d]
            x = ivy.not_equal(ivy.take(x, ivy.arange(1, n_), axis=d), ivy.take(x, ivy.arange(0, n_ - 1), axis=d))
        return wrap(x)
    return wrap(ivy.diff(x, axis=d, n=n, prepend=pre, append=app))


@register("cartesian_prod", method=False)
def cartesian_prod(*tensors: Tensor) -> Tensor:
    """torch.cartesian_prod: all combinations as rows."""
    grids = ivy.meshgrid(*[t._ivy for t in tensors], indexing="ij")
    if len(tensors) == 1:
        return wrap(tensors[0]._ivy)
    return wrap(ivy.stack([ivy.reshape(g, (-1,)) for g in grids], axis=1))


@register("cov")
def cov(input: Tensor, *, correction: int = 1, fweights: Any = None, aweights: Any = None) -> Tensor:
    """torch.cov of variables in rows, observations in columns (unweighted)."""
    x = tensor_arg(input, "torch.cov")._ivy
    if x.ndim == 1:
        x = ivy.reshape(x, (1, -1))
    if x.dtype.kind not in "fc":
        x = ivy.astype(x, D.get_default_dtype()._ivy)
    centered = ivy.subtract(x, ivy.mean(x, axis=1, keepdims=True))
    c = ivy.divide(ivy.matmul(centered, ivy.conj(ivy.matrix_transpose(centered))), x.shape[1] - correction)
    return wrap(ivy.squeeze(c, (0, 1)) if c.shape == (1, 1) else c)


@register("corrcoef")
def corrcoef(input: Tensor) -> Tensor:
    """torch.corrcoef: Pearson correlation of the rows."""
    c = cov(input)._ivy
    if c.ndim == 0:
        return wrap(ivy.divide(c, c))
    d = ivy.sqrt(ivy.linalg.diagonal(c))
    return wrap(ivy.clip(ivy.divide(ivy.divide(c, ivy.expand_dims(d, 1)), d), -1, 1))
