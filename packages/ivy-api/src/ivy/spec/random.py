"""``ivy.random``: reproducible random numbers, the same on every backend.

The state is explicit and lives in the core. ``ivy.random.seed(s)`` starts a
stream of seeds in the current context (thread, task); a function called
without ``seed=`` takes the next seed of that stream, so a program that seeds
once draws the same numbers on every run. A function called with ``seed=``
is a pure function of its arguments and that seed: it neither reads nor
advances the stream. A context that never called ``seed`` draws from the
process's stream, seeded from the operating system when ``ivy`` is imported.

``seed=`` takes an int (taken modulo ``2**64``) or a 0-d integer array of
the same value, which gives the same numbers. An array seed may be traced:
inside ``ivy.jit``, pass seeds as array arguments (for instance
``ivy.asarray(ivy.random.next_seed())`` per call), since an int or a draw
from the stream is a constant of the compilation.

The generator is a composite of the core (:mod:`ivy.composite.random`): a
counter-based hash computed with the standard's integer operations only, so
a seed gives the same bits on every backend; uniform floats get as many
random bits as their dtype has significand bits (24 for float32, 53 for
float64), normals use Box-Muller and truncated normals the inverse CDF.

A backend may implement these hooks natively; ``seed`` then reaches it as the
caller gave it (``None``, an int or a native 0-d integer array), and
``None`` must draw ``ivy.random.next_seed()``. Floating results default to ``float64``
(ivy's default floating dtype), integer results to ``int64``.
"""

from __future__ import annotations

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="random", namespace="random", standard=False)

Shape = int | tuple[int, ...]


@spec(core="ivy._random:seed")
def seed(value: int, /) -> None:
    """Start a reproducible stream of seeds in the current context.

    Calls without ``seed=`` made afterwards in this context (thread, task)
    draw their seeds from the stream, in order; the same ``value`` replays
    the same numbers.
    """


@spec(core="ivy._random:next_seed")
def next_seed() -> int:
    """The next seed of the current context's stream (what a call without ``seed=`` uses), in ``[0, 2**63)``."""


@spec()
def uniform(
    shape: Shape = (),
    *,
    low: float | Array = 0.0,
    high: float | Array = 1.0,
    dtype: DType | None = None,
    device: Device | None = None,
    seed: int | Array | None = None,
) -> Array:
    """Samples from the uniform distribution on ``[low, high)``.

    ``low`` and ``high`` are numbers or arrays broadcasting to ``shape``;
    ``low < high`` is required. ``dtype`` is a real floating dtype
    (default ``float64``).
    """


@spec()
def normal(
    shape: Shape = (),
    *,
    mean: float | Array = 0.0,
    std: float | Array = 1.0,
    dtype: DType | None = None,
    device: Device | None = None,
    seed: int | Array | None = None,
) -> Array:
    """Samples from the normal distribution with ``mean`` and standard deviation ``std`` (``>= 0``)."""


@spec()
def truncated_normal(
    shape: Shape = (),
    *,
    mean: float = 0.0,
    std: float = 1.0,
    low: float = -2.0,
    high: float = 2.0,
    dtype: DType | None = None,
    device: Device | None = None,
    seed: int | Array | None = None,
) -> Array:
    """Samples from the normal distribution truncated to ``[mean + low * std, mean + high * std]``.

    ``low`` and ``high`` are in units of ``std`` around ``mean`` (as in JAX,
    Flax and TensorFlow), so the default keeps samples within two standard
    deviations whatever ``std`` is.
    """


@spec(dtypes="real floating")
def bernoulli(
    p: float | Array,
    /,
    shape: Shape | None = None,
    *,
    dtype: DType | None = None,
    seed: int | Array | None = None,
) -> Array:
    """``1`` with probability ``p`` (in ``[0, 1]``), else ``0``.

    ``shape`` defaults to the shape of ``p``; otherwise ``p`` broadcasts to
    it. ``dtype`` defaults to the floating dtype of ``p`` (``float64`` for a
    number); ``bool`` and integer dtypes are accepted.
    """


@spec()
def randint(
    low: int,
    high: int,
    /,
    shape: Shape = (),
    *,
    dtype: DType | None = None,
    device: Device | None = None,
    seed: int | Array | None = None,
) -> Array:
    """Integers drawn uniformly from ``[low, high)`` (``low < high``); ``dtype`` defaults to ``int64``."""


@spec()
def permutation(x: int | Array, /, *, seed: int | Array | None = None) -> Array:
    """A random permutation of ``range(x)`` (an ``int64`` array), or of an array along its first axis."""


@spec()
def shuffle(x: Array, /, *, axis: int = 0, seed: int | Array | None = None) -> Array:
    """``x`` with its entries along ``axis`` in a random order (a new array)."""


@spec(dtypes="real floating")
def categorical(
    logits: Array, /, num_samples: int = 1, *, replacement: bool = True, seed: int | Array | None = None
) -> Array:
    """Category indices drawn from ``softmax(logits)`` over the last axis.

    The result has shape ``logits.shape[:-1] + (num_samples,)`` and dtype
    ``int64``. Without ``replacement`` each row's indices are distinct
    (``num_samples`` at most the number of categories).
    """
