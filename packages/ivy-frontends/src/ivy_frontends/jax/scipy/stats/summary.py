"""``mode``, ``rankdata`` and ``sem`` of ``jax.scipy.stats``.

``mode`` and ``rankdata`` work on sorted values: runs of equal values are found from the
positions where a new value starts (a stable ``argsort`` of "not a start" lists those
positions first, in order), so no pairwise comparison is materialized.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple

import ivy
from ivy_frontends.jax._array import Array, to_ivy
from ivy_frontends.jax.scipy.special import inexact

_NAN_POLICIES = ("propagate", "omit", "raise")


class ModeResult(NamedTuple):
    """``mode`` and ``count`` of ``jax.scipy.stats.mode``."""

    mode: Array
    count: Array


def _check_nan_policy(name: str, nan_policy: str) -> None:
    if nan_policy not in _NAN_POLICIES:
        raise ValueError(f"Illegal nan_policy value {nan_policy!r}; expected one of {set(_NAN_POLICIES)}")
    if nan_policy != "propagate":
        raise NotImplementedError(f"jax.scipy.stats.{name}: nan_policy={nan_policy!r} is not implemented (as in JAX)")


def _runs(s: ivy.Array) -> tuple[ivy.Array, ivy.Array, ivy.Array]:
    """For values sorted along the last axis: where each run starts, the start of each position's run, run ids."""
    first = ivy.ones_like(s[..., :1], dtype=ivy.bool)
    new = ivy.concat([first, ivy.not_equal(s[..., 1:], s[..., :-1])], axis=-1)
    starts = ivy.argsort(ivy.astype(ivy.logical_not(new), ivy.int64), axis=-1, stable=True)
    run = ivy.cumulative_sum(ivy.astype(new, ivy.int64), axis=-1) - 1
    return starts, ivy.take_along_axis(starts, run, axis=-1), run


def mode(a: Any, axis: int | None = 0, nan_policy: str = "propagate", keepdims: bool = False) -> ModeResult:
    """jax.scipy.stats.mode: the most frequent value along ``axis`` (the smallest on ties) and its count."""
    _check_nan_policy("mode", nan_policy)
    x = to_ivy(a)
    if x.ndim == 0:
        x = ivy.reshape(x, (1,))
    if axis is None:
        shape = (1,) * x.ndim if keepdims else ()
        x, axis = ivy.reshape(x, (-1,)), 0
    else:
        if not -x.ndim <= axis < x.ndim:
            raise ValueError(f"jax.scipy.stats.mode: axis {axis} is out of bounds for an array of dimension {x.ndim}")
        axis %= x.ndim
        shape = tuple(1 if i == axis else d for i, d in enumerate(x.shape) if keepdims or i != axis)
    if x.shape[axis] == 0:
        return ModeResult(
            Array(ivy.full(shape, math.nan, dtype=ivy.float64)), Array(ivy.zeros(shape, dtype=ivy.float64))
        )
    s = ivy.sort(ivy.moveaxis(x, axis, -1), axis=-1)
    _, start, _ = _runs(s)
    length = ivy.arange(s.shape[-1], dtype=ivy.int64) - start + 1  # at a run's end: the run's length
    best = ivy.argmax(length, axis=-1, keepdims=True)  # the first longest run: the smallest value on ties
    value = ivy.take_along_axis(s, best, axis=-1)
    count = ivy.take_along_axis(length, best, axis=-1)
    return ModeResult(Array(ivy.reshape(value, shape)), Array(ivy.reshape(count, shape)))


def _rank(x: ivy.Array, method: str) -> ivy.Array:
    """Ranks along the last axis as float64, JAX's way (all nan for a slice holding a nan)."""
    n = x.shape[-1]
    sorter = ivy.argsort(x, axis=-1, stable=True)
    inv = ivy.argsort(sorter, axis=-1, stable=True)
    if method == "ordinal":
        rank = ivy.astype(inv + 1, ivy.float64)
    else:
        s = ivy.take_along_axis(x, sorter, axis=-1)
        starts, _, run = _runs(s)
        dense = ivy.take_along_axis(run, inv, axis=-1) + 1
        if method == "dense":
            rank = ivy.astype(dense, ivy.float64)
        else:
            groups = ivy.max(run, axis=-1, keepdims=True) + 1
            count = ivy.where(ivy.less(ivy.arange(n, dtype=ivy.int64), groups), starts, n)
            count = ivy.astype(ivy.concat([count, ivy.full_like(count[..., :1], n)], axis=-1), ivy.float64)
            high = ivy.take_along_axis(count, dense, axis=-1)
            low = ivy.take_along_axis(count, dense - 1, axis=-1)
            rank = {"max": high, "min": low + 1.0, "average": 0.5 * (high + low + 1.0)}[method]
    has_nan = ivy.any(ivy.isnan(ivy.astype(x, ivy.float64)), axis=-1, keepdims=True)
    return ivy.where(has_nan, math.nan, rank)


def rankdata(a: Any, method: str = "average", *, axis: int | None = None, nan_policy: str = "propagate") -> Array:
    """jax.scipy.stats.rankdata: 1-based float ranks (``average``, ``min``, ``max``, ``dense``, ``ordinal``)."""
    _check_nan_policy("rankdata", nan_policy)
    if method not in ("average", "min", "max", "dense", "ordinal"):
        raise ValueError(f"unknown method '{method}'")
    x = to_ivy(a)
    if axis is None:
        return Array(_rank(ivy.reshape(x, (-1,)), method))
    return Array(ivy.moveaxis(_rank(ivy.moveaxis(x, axis, -1), method), -1, axis))


def sem(a: Any, axis: int | None = 0, ddof: int = 1, nan_policy: str = "propagate", *, keepdims: bool = False) -> Array:
    """jax.scipy.stats.sem: the standard error of the mean, ``std(ddof) / sqrt(n)``."""
    from ivy_frontends.jax import numpy as jnp

    (b,), weak = inexact(a)
    b = Array(b, weak)
    if nan_policy == "propagate":
        size = b.size if axis is None else b.shape[axis]
        return b.std(axis, ddof=ddof, keepdims=keepdims) / jnp.sqrt(size).astype(b.dtype)
    if nan_policy == "omit":
        count = (~jnp.isnan(b)).sum(axis, keepdims=keepdims)
        return jnp.nanstd(b, axis, ddof=ddof, keepdims=keepdims) / jnp.sqrt(count).astype(b.dtype)
    raise ValueError(f"{nan_policy} is not supported")
