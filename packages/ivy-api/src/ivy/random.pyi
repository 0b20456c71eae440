# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.
"""``ivy.random``."""


import builtins
from ivy import ArrayIn
from ivy._array import Array
from ivy._devices import Device
from ivy._dtypes import DType


def seed(value: int, /) -> None:
    """Start a reproducible stream of seeds in the current context."""
    ...


def next_seed() -> int:
    """The next seed of the current context's stream (what a call without ``seed=`` uses), in ``[0, 2**63)``."""
    ...


def uniform(shape: int | tuple[int, ...] = ..., *, low: float | ArrayIn = ..., high: float | ArrayIn = ..., dtype: DType | None = ..., device: Device | None = ..., seed: int | ArrayIn | None = ...) -> Array:
    """Samples from the uniform distribution on ``[low, high)``."""
    ...


def normal(shape: int | tuple[int, ...] = ..., *, mean: float | ArrayIn = ..., std: float | ArrayIn = ..., dtype: DType | None = ..., device: Device | None = ..., seed: int | ArrayIn | None = ...) -> Array:
    """Samples from the normal distribution with ``mean`` and standard deviation ``std`` (``>= 0``)."""
    ...


def truncated_normal(shape: int | tuple[int, ...] = ..., *, mean: float = ..., std: float = ..., low: float = ..., high: float = ..., dtype: DType | None = ..., device: Device | None = ..., seed: int | ArrayIn | None = ...) -> Array:
    """Samples from the normal distribution truncated to ``[mean + low * std, mean + high * std]``."""
    ...


def bernoulli(p: float | ArrayIn, /, shape: int | tuple[int, ...] | None = ..., *, dtype: DType | None = ..., seed: int | ArrayIn | None = ...) -> Array:
    """``1`` with probability ``p`` (in ``[0, 1]``), else ``0``."""
    ...


def randint(low: int, high: int, /, shape: int | tuple[int, ...] = ..., *, dtype: DType | None = ..., device: Device | None = ..., seed: int | ArrayIn | None = ...) -> Array:
    """Integers drawn uniformly from ``[low, high)`` (``low < high``); ``dtype`` defaults to ``int64``."""
    ...


def permutation(x: int | ArrayIn, /, *, seed: int | ArrayIn | None = ...) -> Array:
    """A random permutation of ``range(x)`` (an ``int64`` array), or of an array along its first axis."""
    ...


def shuffle(x: ArrayIn, /, *, axis: int = ..., seed: int | ArrayIn | None = ...) -> Array:
    """``x`` with its entries along ``axis`` in a random order (a new array)."""
    ...


def categorical(logits: ArrayIn, /, num_samples: int = ..., *, replacement: builtins.bool = ..., seed: int | ArrayIn | None = ...) -> Array:
    """Category indices drawn from ``softmax(logits)`` over the last axis."""
    ...
