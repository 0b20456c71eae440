# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""Activations of ``torch.nn.functional``, table-driven where they map one-to-one onto ``ivy.nn``."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch.nn._common import arr, out

# torch name -> (ivy computation on the array, the keyword arguments and their defaults, in torch's order)
SIMPLE: dict[str, tuple[Callable[..., Any], tuple[tuple[str, Any], ...]]] = {
    "relu": (lambda x: ivy.nn.relu(x) if x.dtype.kind == "f" else ivy.maximum(x, 0), ()),  # native kernels
    "relu6": (lambda x: ivy.clip(x, 0, 6), ()),
    "selu": (ivy.nn.selu, ()),
    "silu": (ivy.nn.silu, ()),
    "mish": (ivy.nn.mish, ()),
    "sigmoid": (ivy.nn.sigmoid, ()),
    "tanh": (ivy.tanh, ()),
    "hardsigmoid": (ivy.nn.hard_sigmoid, ()),
    "hardswish": (ivy.nn.hard_swish, ()),
    "logsigmoid": (ivy.nn.log_sigmoid, ()),
    "softsign": (lambda x: ivy.divide(x, ivy.add(ivy.abs(x), 1)), ()),
    "tanhshrink": (lambda x: ivy.subtract(x, ivy.tanh(x)), ()),
    "elu": (lambda x, alpha: ivy.nn.elu(x, alpha=alpha), (("alpha", 1.0),)),
    "celu": (
        lambda x, alpha: ivy.nn.elu(ivy.divide(x, alpha), alpha=1.0) * alpha if alpha != 1.0 else ivy.nn.elu(x),
        (("alpha", 1.0),),
    ),
    "leaky_relu": (
        lambda x, negative_slope: ivy.nn.leaky_relu(x, negative_slope=negative_slope),
        (("negative_slope", 0.01),),
    ),
    "softplus": (
        lambda x, beta, threshold: ivy.nn.softplus(x, beta=beta, threshold=threshold),
        (("beta", 1.0), ("threshold", 20.0)),
    ),
    "hardtanh": (lambda x, min_val, max_val: ivy.clip(x, min_val, max_val), (("min_val", -1.0), ("max_val", 1.0))),
    "softshrink": (
        lambda x, lambd: ivy.where(
            ivy.greater(x, lambd),
            ivy.subtract(x, lambd),
            ivy.where(ivy.less(x, -lambd), ivy.add(x, lambd), ivy.zeros_like(x)),
        ),
        (("lambd", 0.5),),
    ),
    "hardshrink": (lambda x, lambd: ivy.where(ivy.greater(ivy.abs(x), lambd), x, ivy.zeros_like(x)), (("lambd", 0.5),)),
    "threshold": (
        lambda x, threshold, value: ivy.where(ivy.greater(x, threshold), x, ivy.full_like(x, value)),
        (("threshold", None), ("value", None)),
    ),
    "gelu": (lambda x, approximate: ivy.nn.gelu(x, approximate=approximate), (("approximate", "none"),)),
}
#: those that take ``inplace`` (and so get an ``name_`` form in torch.nn.functional)
INPLACE = {"relu", "selu", "elu", "celu", "leaky_relu", "hardtanh", "threshold"}


def make(name: str, compute: Callable[..., Any], params: tuple[tuple[str, Any], ...]) -> Callable[..., Any]:
    """A ``torch.nn.functional`` activation taking torch's positional/keyword arguments and ``inplace``."""
    names = [p for p, _ in params]
    defaults = dict(params)

    def activation(input: Any, *args: Any, **kwargs: Any) -> Any:
        x = arr(input, name)
        inplace = kwargs.pop("inplace", False)
        values = dict(defaults)
        for key, value in zip(names, args, strict=False):
            values[key] = value
        if len(args) > len(names):
            inplace = args[len(names)]
        for key, value in kwargs.items():
            if key not in values:
                raise TypeError(f"torch.nn.functional.{name}() got an unexpected keyword argument {key!r}")
            values[key] = value
        if x.dtype.kind not in "fc" and name not in ("relu", "relu6", "hardtanh", "threshold", "leaky_relu"):
            raise RuntimeError(f"torch.nn.functional.{name}: \"{name}\" not implemented for '{D.from_ivy(x.dtype)}'")
        return out(compute(x, *values.values()), input, inplace)

    return named(activation, name, f"torch.nn.functional.{name}")


def make_inplace(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The ``name_`` form: ``inplace=True``."""

    def inplace(input: Any, *args: Any, **kwargs: Any) -> Any:
        return fn(input, *args, inplace=True, **kwargs)

    return named(inplace, fn.__name__ + "_", f"torch.nn.functional.{fn.__name__}_: in place.")


FUNCTIONS: dict[str, Callable[..., Any]] = {}
for _name, (_compute, _params) in SIMPLE.items():
    FUNCTIONS[_name] = make(_name, _compute, _params)
    if _name in INPLACE:
        FUNCTIONS[f"{_name}_"] = make_inplace(FUNCTIONS[_name])


def _softmax_dtype(x: Any, dtype: Any) -> Any:
    return ivy.astype(x, D.as_dtype(dtype)._ivy) if dtype is not None else x


def _implicit_dim(ndim: int) -> int:
    return 0 if ndim in (0, 1, 3) else 1


def _normalizer(name: str, fn: Callable[..., Any], of_scalar: Callable[[Any], Any] | None, doc: str) -> Any:
    """A softmax-like function: along ``dim`` (torch's legacy implicit dim when None), ``of_scalar`` for 0-d."""

    def normalize(input: Any, dim: Any = None, _stacklevel: int = 3, dtype: Any = None) -> Any:
        x = _softmax_dtype(arr(input, name), dtype)
        if x.ndim == 0 and of_scalar is not None:
            return out(of_scalar(x))
        return out(fn(x, axis=_implicit_dim(x.ndim) if dim is None else dim))

    return named(normalize, name, f"torch.nn.functional.{name}: {doc}.")


softmax = _normalizer("softmax", ivy.nn.softmax, ivy.ones_like, "softmax along ``dim``")
log_softmax = _normalizer("log_softmax", ivy.nn.log_softmax, ivy.zeros_like, "log of softmax along ``dim``")
softmin = _normalizer(
    "softmin", lambda x, axis: ivy.nn.softmax(ivy.negative(x), axis=axis), None, "softmax of ``-input``"
)


def glu(input: Any, dim: int = -1) -> Any:
    """torch.nn.functional.glu: first half times sigmoid of the second half along ``dim``."""
    x = arr(input, "glu")
    a, b = ivy.split(x, 2, axis=dim)
    return out(ivy.multiply(a, ivy.nn.sigmoid(b)))


def prelu(input: Any, weight: Any) -> Any:
    """torch.nn.functional.prelu: a learned negative slope per channel (dim 1)."""
    x, w = arr(input, "prelu"), arr(weight, "prelu", "weight")
    if w.size > 1 and x.ndim > 1:
        w = ivy.reshape(w, (-1,) + (1,) * (x.ndim - 2))
    return out(ivy.where(ivy.greater_equal(x, 0), x, ivy.multiply(w, x)))


def rrelu(
    input: Any, lower: float = 1.0 / 8, upper: float = 1.0 / 3, training: bool = False, inplace: bool = False
) -> Any:
    """torch.nn.functional.rrelu: random slopes in training, their mean otherwise."""
    x = arr(input, "rrelu")
    if training:
        slope = ivy.random.uniform(x.shape, low=lower, high=upper, dtype=x.dtype)
    else:
        slope = (lower + upper) / 2
    return out(ivy.where(ivy.greater_equal(x, 0), x, ivy.multiply(x, slope)), input, inplace)


def gumbel_softmax(logits: Any, tau: float = 1.0, hard: bool = False, eps: float = 1e-10, dim: int = -1) -> Any:
    """torch.nn.functional.gumbel_softmax: softmax of logits plus Gumbel noise (one-hot when ``hard``)."""
    x = arr(logits, "gumbel_softmax", "logits")
    u = ivy.random.uniform(x.shape, dtype=x.dtype)
    g = ivy.negative(ivy.log(ivy.negative(ivy.log(ivy.add(u, 1e-20)))))
    y = ivy.nn.softmax(ivy.divide(ivy.add(x, g), tau), axis=dim)
    if hard:
        idx = ivy.argmax(y, axis=dim, keepdims=True)
        shape = [1] * y.ndim
        shape[dim] = y.shape[dim]
        y = ivy.astype(ivy.equal(ivy.reshape(ivy.arange(y.shape[dim]), tuple(shape)), idx), y.dtype)
    return out(y)


FUNCTIONS.update(softmax=softmax, log_softmax=log_softmax, softmin=softmin, glu=glu, prelu=prelu, rrelu=rrelu)
FUNCTIONS["rrelu_"] = make_inplace(rrelu)
FUNCTIONS["gumbel_softmax"] = gumbel_softmax
del math
