"""Ivy's extensions beyond the standard (special functions, activations),
against references written here in float64 from their definitions.

The standard says nothing about these, so inputs stay finite (limits at
infinity are a matter of convention between frameworks); NaN propagates.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    Call,
    Case,
    Draw,
    conformance_test,
    derive,
    register,
    spec,
)
from ivy.testing.conformance._reference import quiet, reference_dtype_name, reference_to_numpy, xps
from ivy.testing.conformance._strategies import Context, arrays, floats, shapes

_SELU_SCALE = 1.0507009873554804934193349852946
_SELU_ALPHA = 1.6732632423543772848170429916717


def _float64_reference(formula: Callable[..., np.ndarray]) -> Callable[..., Any]:
    """A reference function (reference arrays in and out) computing ``formula`` in float64."""

    def reference(x: Any, /, **kwargs: Any) -> Any:
        dtype = reference_dtype_name(x.dtype)
        with quiet():
            result = np.asarray(formula(reference_to_numpy(x).astype(np.float64), **kwargs))
        return xps.asarray(result.astype(dtype), dtype=getattr(xps, dtype))

    return reference


def _erf(x: np.ndarray) -> np.ndarray:
    return np.vectorize(math.erf, otypes=[np.float64])(x) if x.size else x


def _erfinv(y: np.ndarray) -> np.ndarray:
    """Newton's method on ``erf``, from a closed-form first guess (float64 accurate)."""
    inside = np.abs(y) < 1
    safe = np.where(inside, y, 0.0)
    a = 0.147
    ln = np.log1p(-(safe**2))
    first = 2 / (math.pi * a) + ln / 2
    guess = np.sign(safe) * np.sqrt(np.sqrt(first**2 - ln / a) - first)
    for _ in range(6):
        guess = guess - (_erf(guess) - safe) / (2 / math.sqrt(math.pi) * np.exp(-(guess**2)))
    result = np.where(inside, guess, np.nan)
    result = np.where(y == 1, np.inf, result)
    return np.where(y == -1, -np.inf, result)


def _reduced_axes(x: np.ndarray, axis: Any) -> tuple[int, ...]:
    if axis is None:
        return tuple(range(x.ndim))
    return tuple(a % x.ndim for a in ((axis,) if isinstance(axis, int) else axis))


def _logsumexp(x: np.ndarray, axis: Any = None, keepdims: bool = False) -> np.ndarray:
    axes = _reduced_axes(x, axis)
    if x.size == 0 or 0 in [x.shape[a] for a in axes]:
        shape = [1 if a in axes else d for a, d in enumerate(x.shape)]
        result = np.full(shape, -np.inf)
    else:
        top = np.max(x, axis=axes, keepdims=True)
        top = np.where(np.isfinite(top), top, 0.0)
        result = np.log(np.sum(np.exp(x - top), axis=axes, keepdims=True)) + top
    return result if keepdims else np.squeeze(result, axis=axes)


def _softplus(x: np.ndarray, beta: float = 1.0, threshold: float = 20.0) -> np.ndarray:
    return np.where(beta * x > threshold, x, np.log1p(np.exp(beta * x)) / beta)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def _softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    shifted = np.exp(x - np.max(x, axis=axis, keepdims=True)) if x.size else x
    return shifted / np.sum(shifted, axis=axis, keepdims=True) if x.size else x


def _log_softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    return x - _logsumexp(x, axis=axis, keepdims=True) if x.size else x


def _gelu(x: np.ndarray, approximate: str = "none") -> np.ndarray:
    if approximate == "tanh":
        return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
    return 0.5 * x * (1 + _erf(x / math.sqrt(2)))


#: qualname -> float64 definition (keyword arguments as the spec names them)
DEFINITIONS: dict[str, Callable[..., np.ndarray]] = {
    "erf": _erf,
    "erfinv": _erfinv,
    "logsumexp": _logsumexp,
    "nn.relu": lambda x: np.where(x > 0, x, np.where(np.isnan(x), x, 0.0)),
    "nn.relu6": lambda x: np.where(np.isnan(x), x, np.clip(x, 0.0, 6.0)),
    "nn.leaky_relu": lambda x, negative_slope=0.01: np.where(x > 0, x, negative_slope * x),
    "nn.elu": lambda x, alpha=1.0: np.where(x > 0, x, alpha * np.expm1(x)),
    "nn.selu": lambda x: _SELU_SCALE * np.where(x > 0, x, _SELU_ALPHA * np.expm1(x)),
    "nn.gelu": _gelu,
    "nn.silu": lambda x: x * _sigmoid(x),
    "nn.mish": lambda x: x * np.tanh(_softplus(x)),
    "nn.softplus": _softplus,
    "nn.sigmoid": _sigmoid,
    "nn.hard_sigmoid": lambda x: np.where(np.isnan(x), x, np.clip(x + 3, 0.0, 6.0) / 6),
    "nn.hard_swish": lambda x: x * np.where(np.isnan(x), x, np.clip(x + 3, 0.0, 6.0) / 6),
    "nn.log_sigmoid": lambda x: -_softplus(-x),
    "nn.softmax": _softmax,
    "nn.log_softmax": _log_softmax,
}

#: Values drawn per function (the domain where the definition is the function).
DOMAINS: dict[str, tuple[float, float]] = {"erfinv": (-1.0, 1.0)}
#: Keyword arguments drawn per function.
KEYWORDS: dict[str, dict[str, st.SearchStrategy]] = {
    "nn.leaky_relu": {"negative_slope": st.sampled_from([0.01, 0.2, 1.5])},
    "nn.elu": {"alpha": st.sampled_from([1.0, 0.5, 2.0])},
    "nn.softplus": {"beta": st.sampled_from([1.0, 2.0, 0.5]), "threshold": st.sampled_from([20.0, 5.0])},
}


def _extension_case(qualname: str) -> Case:
    s = spec(qualname)
    low, high = DOMAINS.get(qualname, (-30.0, 30.0))

    def draw_call(draw: Draw, ctx: Context) -> Call:
        dtype = draw(ctx.dtype(s.dtypes))
        values = floats(dtype, low, high, infinity=False, extremes=False)
        x = draw(arrays(dtype, shapes(min_dims=1 if "softmax" in qualname else 0), values))
        chosen: dict[str, Any] = {"x": x}
        for name, strategy in KEYWORDS.get(qualname, {}).items():
            if draw(st.booleans()):
                chosen[name] = draw(strategy)
        if "axis" in s.signature.parameters and x.ndim and "softmax" in qualname:
            chosen["axis"] = draw(st.integers(-x.ndim, x.ndim - 1))
        return derive(s, draw, chosen)

    return Case(s, draw_call, tolerance="reduction", reference=_float64_reference(DEFINITIONS[qualname]))


def _available() -> list[str]:
    from ivy.testing.conformance._cases import SPECS

    return [q for q in DEFINITIONS if q in SPECS]


CASES = [register(_extension_case(q)) for q in _available()]

test_extensions = conformance_test(CASES)
