"""NumPy kernels for the commonest layers; other inputs go to the core's composites.

Only floating inputs of one dtype take the kernels (where NumPy's result is the
composite's to the bit): ``linear`` is ``x @ w.T + b`` and ``relu`` is
``maximum(x, 0)`` either way, minus the per-call dispatch of the composite's
three Ivy calls, which is what a traced graph bound to NumPy would pay.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import composite_fallback, hookimpl

_fallback = composite_fallback(lambda value: isinstance(value, np.ndarray | np.generic))


def _same_floating(x: Any, *others: Any) -> bool:
    if type(x) is not np.ndarray or x.dtype.kind != "f":
        return False
    return all(o is None or (type(o) is np.ndarray and o.dtype == x.dtype) for o in others)


@hookimpl
def nn_linear(x: Any, weight: Any, bias: Any) -> Any:
    if _same_floating(x, weight, bias) and weight.ndim == 2 and x.ndim >= 1 and x.shape[-1] == weight.shape[1]:
        out = np.matmul(x, weight.T)
        if bias is None:
            return out
        if bias.shape == (weight.shape[0],):
            out += bias  # a fresh result: add in place
            return out
    return _fallback("nn_linear", x, weight, bias)


@hookimpl
def nn_relu(x: Any) -> Any:
    if type(x) is np.ndarray and x.dtype.kind == "f":
        return np.maximum(x, x.dtype.type(0))
    return _fallback("nn_relu", x)
