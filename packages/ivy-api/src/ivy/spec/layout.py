"""Padding and patch extraction (Ivy extensions, main namespace).

The building blocks of the spatial layers in ``ivy.nn`` (convolution and
pooling pad their input and read it in windows); both are composites in the
core that backends may replace with native kernels (``numpy.pad``,
``torch.nn.functional.pad``/``unfold``, ``jax.numpy.pad``...).
"""

from __future__ import annotations

from typing import Literal

from ivy.spec._marker import SpecGroup
from ivy.spec._types import *  # noqa: F403

spec = SpecGroup(category="layout", standard=False)


@spec()
def pad(
    x: Array,
    /,
    pad_width: int | tuple[int, ...] | tuple[tuple[int, int], ...],
    *,
    mode: Literal["constant", "reflect", "replicate", "edge", "circular", "wrap", "symmetric"] = "constant",
    value: bool | int | float | complex = 0,
) -> Array:
    """Pad every axis of ``x``, NumPy-style.

    ``pad_width`` is an int (the same on both sides of every axis), a
    ``(before, after)`` pair (the same for every axis) or one
    ``(before, after)`` pair per axis; widths are non-negative.

    ``mode``: ``"constant"`` fills with ``value``; ``"reflect"`` mirrors
    without repeating the edge (``3 2 | 1 2 3 | 2 1``); ``"symmetric"``
    mirrors repeating it; ``"replicate"`` (alias ``"edge"``) repeats the edge;
    ``"circular"`` (alias ``"wrap"``) wraps around. Widths larger than the
    axis repeat the pattern as NumPy does.
    """


@spec()
def unfold(
    x: Array,
    /,
    kernel_size: int | tuple[int, int],
    *,
    dilation: int | tuple[int, int] = 1,
    padding: int | tuple[int, int] = 0,
    stride: int | tuple[int, int] = 1,
) -> Array:
    """Sliding 2-d patches as columns (im2col), as ``torch.nn.functional.unfold``.

    ``(N, C, H, W)`` gives ``(N, C * kh * kw, L)`` with ``L`` the number of
    window positions in row-major order (``(C, H, W)`` gives
    ``(C * kh * kw, L)``); ``padding`` is zeros on both sides of each axis.
    """
