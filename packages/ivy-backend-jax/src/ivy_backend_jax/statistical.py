"""Statistical functions."""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp

from ivy_backend_jax._common import DEFAULT_INT, FLOAT32, NATIVE, UINT64, cast, kernel

_HALF = (NATIVE["float16"], NATIVE["bfloat16"])


def accumulator(x: Any, dtype: Any) -> Any:
    """The standard's accumulation dtype when none is given: the default
    integer (unsigned for unsigned input) for integers and booleans, the
    input's own otherwise."""
    if dtype is not None:
        return dtype
    kind = x.dtype.kind
    if kind in "bi":
        return DEFAULT_INT
    if kind == "u":
        return UINT64
    return x.dtype


@kernel("axis", "dtype", "include_initial")
def cumulative_sum(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return jnp.cumulative_sum(x, axis=axis, dtype=accumulator(x, dtype), include_initial=include_initial)


@kernel("axis", "dtype", "include_initial")
def cumulative_prod(x: Any, axis: Any, dtype: Any, include_initial: Any) -> Any:
    return jnp.cumulative_prod(x, axis=axis, dtype=accumulator(x, dtype), include_initial=include_initial)


@kernel("axis", "keepdims")
def max(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.max(x, axis=axis, keepdims=keepdims)


@kernel("axis", "keepdims")
def min(x: Any, axis: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.min(x, axis=axis, keepdims=keepdims)


def _in_float32(function: Any, x: Any, **options: Any) -> Any:
    """Half-precision statistics computed in float32 and rounded once, as NumPy does
    (the sums of squares of a variance overflow float16 long before the result does)."""
    if x.dtype in _HALF:
        return cast(function(cast(x, FLOAT32), **options), x.dtype)
    return function(x, **options)


@kernel("axis", "keepdims")
def mean(x: Any, axis: Any, keepdims: Any) -> Any:
    return _in_float32(jnp.mean, x, axis=axis, keepdims=keepdims)


@kernel("axis", "dtype", "keepdims")
def prod(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:
    return jnp.prod(x, axis=axis, dtype=accumulator(x, dtype), keepdims=keepdims)


@kernel("axis", "dtype", "keepdims")
def sum(x: Any, axis: Any, dtype: Any, keepdims: Any) -> Any:  # noqa: A001 - the standard's name
    return jnp.sum(x, axis=axis, dtype=accumulator(x, dtype), keepdims=keepdims)


@kernel("axis", "correction", "keepdims")
def std(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _in_float32(jnp.std, x, axis=axis, ddof=correction, keepdims=keepdims)


@kernel("axis", "correction", "keepdims")
def var(x: Any, axis: Any, correction: Any, keepdims: Any) -> Any:
    return _in_float32(jnp.var, x, axis=axis, ddof=correction, keepdims=keepdims)
