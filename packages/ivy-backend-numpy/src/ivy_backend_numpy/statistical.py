"""Statistical functions."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl


def _accumulator(x: Any, dtype: Any) -> Any:
    """The standard's accumulation dtype when none is given: the default
    integer (of the same signedness) for integers, the input's own otherwise."""
    if dtype is not None:
        return dtype
    if x.dtype.kind in "bi":
        return np.int64
    if x.dtype.kind == "u":
        return np.uint64
    return None


@hookimpl
def cumulative_sum(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return np.cumulative_sum(x, axis=axis, dtype=_accumulator(x, dtype), include_initial=include_initial)


@hookimpl
def cumulative_prod(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return np.cumulative_prod(x, axis=axis, dtype=_accumulator(x, dtype), include_initial=include_initial)


@hookimpl
def max(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return np.max(x, axis=axis, keepdims=keepdims)


@hookimpl
def min(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return np.min(x, axis=axis, keepdims=keepdims)


@hookimpl
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    return np.mean(x, axis=axis, keepdims=keepdims)


@hookimpl
def prod(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    return np.prod(x, axis=axis, dtype=_accumulator(x, dtype), keepdims=keepdims)


@hookimpl
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return np.sum(x, axis=axis, dtype=_accumulator(x, dtype), keepdims=keepdims)


def _degrees_of_freedom_left(x: Any, axis: Any, correction: Any) -> bool:
    axes = range(x.ndim) if axis is None else (axis,) if isinstance(axis, int) else axis
    count = 1
    for a in axes:
        count *= x.shape[a]
    return count - correction > 0


@hookimpl
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.std(x, axis=axis, ddof=correction, keepdims=keepdims)
    # The standard: NaN when no degrees of freedom are left (NumPy divides by a non-positive count).
    return result if _degrees_of_freedom_left(x, axis, correction) else np.full_like(result, np.nan)


@hookimpl
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    with np.errstate(divide="ignore", invalid="ignore"):
        result = np.var(x, axis=axis, ddof=correction, keepdims=keepdims)
    return result if _degrees_of_freedom_left(x, axis, correction) else np.full_like(result, np.nan)
