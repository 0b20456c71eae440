"""Argument forms a backend's native fast paths take (public as :mod:`ivy.plugin`).

A hook that calls a native kernel first reduces the spec's flexible argument
forms (an axis or a sequence of them, an int or a tuple for a window, padding
as ints, pairs or ``"SAME"``) to one canonical form. The window helpers answer
``None`` for anything that is not a valid form, so the hook hands such calls to
the core's composite, whose errors name the function and the argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple


def normalize_axes(axis: Any, ndim: int) -> tuple[int, ...]:
    """``axis`` (None, an int or a sequence of ints) as a tuple of non-negative axes of an ``ndim``-d array.

    Raises the builtin ``IndexError`` for an axis out of range and ``ValueError`` for a
    repeated one, as a framework would: the core then diagnoses the call and raises its
    error naming the function and the argument. A 0-d array accepts axis 0 and -1.
    """
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, int):
        axis = (axis,)
    bound = max(ndim, 1)
    result = []
    for a in axis:
        a = int(a)
        if not -bound <= a < bound:
            raise IndexError(f"axis {a} is out of range for an array of {ndim} dimension(s)")
        result.append(a % bound)
    if len(set(result)) != len(result):
        raise ValueError(f"repeated axis in {tuple(axis)}")
    return tuple(result)


def window_ints(value: Any, n: int, minimum: int) -> tuple[int, ...] | None:
    """An int, or a sequence of one or ``n`` ints, as ``n`` ints ``>= minimum`` (None: another form)."""
    if type(value) is int:
        items = (value,) * n
    elif isinstance(value, (tuple, list)) and all(type(v) is int for v in value):
        items = tuple(value) * n if len(value) == 1 else tuple(value)
        if len(items) != n:
            return None
    else:
        return None
    return items if all(v >= minimum for v in items) else None


def same_padding(sizes: tuple, kernel: tuple, stride: tuple, dilation: tuple) -> tuple[tuple[int, int], ...]:
    """``padding="SAME"``: output ``ceil(size / stride)``, the extra split evenly (the odd one after).

    As TensorFlow and JAX do; with stride 1 this is PyTorch's ``padding="same"``.
    """
    pairs = []
    for size, k, s, d in zip(sizes, kernel, stride, dilation, strict=True):
        total = max((-(-size // s) - 1) * s + d * (k - 1) + 1 - size, 0)
        pairs.append((total // 2, total - total // 2))
    return tuple(pairs)


def padding_pairs(padding: Any, sizes: tuple, kernel: tuple, stride: tuple, dilation: tuple) -> tuple | None:
    """A convolution's ``padding`` (ints, pairs, ``"VALID"``, ``"SAME"``) as one ``(before, after)`` pair per axis."""
    n = len(kernel)
    if isinstance(padding, str):
        mode = padding.upper()
        if mode == "VALID":
            return ((0, 0),) * n
        return same_padding(sizes, kernel, stride, dilation) if mode == "SAME" else None
    if isinstance(padding, (tuple, list)) and padding and all(isinstance(p, (tuple, list)) for p in padding):
        if len(padding) != n or any(len(p) != 2 or type(p[0]) is not int or type(p[1]) is not int for p in padding):
            return None
        pairs = tuple((p[0], p[1]) for p in padding)
        return pairs if all(b >= 0 and a >= 0 for b, a in pairs) else None
    widths = window_ints(padding, n, 0)
    return None if widths is None else tuple((p, p) for p in widths)


class ConvPlan(NamedTuple):
    """A valid convolution in canonical form (see :func:`conv_plan`)."""

    n: int  #: spatial axes
    unbatched: bool  #: the input has no batch axis
    sizes: tuple[int, ...]  #: the input's spatial sizes
    kernel: tuple[int, ...]  #: the kernel's spatial sizes
    stride: tuple[int, ...]
    padding: tuple[tuple[int, int], ...]  #: (before, after) per spatial axis
    dilation: tuple[int, ...]
    channels: int  #: input channels
    out_channels: int


def conv_plan(
    x_shape: Sequence, weight_shape: Sequence, bias_shape: Sequence | None, stride: Any, padding: Any, dilation: Any,
    groups: Any, channels_last: bool, n: int | None = None,
) -> ConvPlan | None:  # fmt: skip
    """The arguments of ``ivy.nn.conv`` (``n`` spatial axes, or as many as the weight has) in
    canonical form, or None where they are not valid (the composite then raises the error).

    Shapes are sequences of ints; the weight is ``(out_channels, channels / groups, *kernel)``.
    """
    x_shape, weight_shape = tuple(x_shape), tuple(weight_shape)
    ndim, wdim = len(x_shape), len(weight_shape)
    if n is None:
        n = wdim - 2
    if n < 1 or wdim != n + 2 or ndim not in (n + 1, n + 2) or type(groups) is not int:
        return None
    channels = x_shape[-1] if channels_last else x_shape[ndim - n - 1]
    out_channels = weight_shape[0]
    if groups < 1 or channels % groups or out_channels % groups or weight_shape[1] * groups != channels:
        return None
    if bias_shape is not None and tuple(bias_shape) != (out_channels,):
        return None
    stride, dilation = window_ints(stride, n, 1), window_ints(dilation, n, 1)
    if stride is None or dilation is None:
        return None
    sizes = tuple(x_shape[-n - 1 : -1] if channels_last else x_shape[-n:])
    kernel = tuple(weight_shape[2:])
    pairs = padding_pairs(padding, sizes, kernel, stride, dilation)
    if pairs is None:
        return None
    for size, (b, a), k, d in zip(sizes, pairs, kernel, dilation, strict=True):
        if size + b + a < d * (k - 1) + 1:
            return None
    return ConvPlan(n, ndim == n + 1, sizes, kernel, stride, pairs, dilation, channels, out_channels)


class PoolPlan(NamedTuple):
    """A valid pooling in canonical form (see :func:`pool_plan`)."""

    n: int  #: spatial axes
    lead: int  #: the first spatial axis
    kernel: tuple[int, ...]
    stride: tuple[int, ...]
    padding: tuple[int, ...]  #: symmetric padding per spatial axis, at most half the kernel
    dilation: tuple[int, ...]
    widths: tuple[tuple[int, int], ...]  #: padding that gives exactly the output's windows (after: may be < 0)
    out: tuple[int, ...]  #: the output's spatial sizes
    dropped: bool  #: ``ceil_mode`` dropped a last window that starts in the padding (as the spec asks)


def pool_plan(
    x_shape: Sequence, kernel_size: Any, stride: Any, padding: Any, dilation: Any, ceil_mode: bool, channels_last: bool
) -> PoolPlan | None:
    """The arguments of ``ivy.nn.max_pool``/``avg_pool`` in canonical form, or None where they are
    not valid. The spatial axes are the last ``len(kernel_size)`` before the channels (or the last
    ``ndim - 2`` for an int kernel); every axis before them is a batch axis."""
    x_shape = tuple(x_shape)
    ndim = len(x_shape)
    n = len(kernel_size) if isinstance(kernel_size, (tuple, list)) else ndim - 2
    if n < 1 or ndim < n + 1:
        return None
    kernel = window_ints(kernel_size, n, 1)
    if kernel is None:
        return None
    stride = kernel if stride is None else window_ints(stride, n, 1)
    pads, dilation = window_ints(padding, n, 0), window_ints(dilation, n, 1)
    if stride is None or pads is None or dilation is None:
        return None
    lead = ndim - n - (1 if channels_last else 0)
    widths, out, dropped = [], [], False
    for size, p, k, s, d in zip(x_shape[lead : lead + n], pads, kernel, stride, dilation, strict=True):
        span = d * (k - 1) + 1
        room = size + 2 * p - span
        if p > k // 2 or room < 0:
            return None
        o = (-(-room // s) if ceil_mode else room // s) + 1
        if ceil_mode and (o - 1) * s >= size + p:
            o -= 1
            dropped = True
        widths.append((p, (o - 1) * s + span - size - p))
        out.append(o)
    return PoolPlan(n, lead, kernel, stride, pads, dilation, tuple(widths), tuple(out), dropped)


def window_counts(plan: PoolPlan, x_shape: Sequence, count_include_pad: bool) -> tuple[tuple[int, ...], ...] | None:
    """The divisor of each average-pooling window of ``plan``, per spatial axis (a window's divisor is
    the product of its axes'); None where every window divides by the whole kernel."""
    counts = []
    sizes = tuple(x_shape)[plan.lead : plan.lead + plan.n]
    for size, (p, _), k, s, o in zip(sizes, plan.widths, plan.kernel, plan.stride, plan.out, strict=True):
        starts = [i * s - p for i in range(o)]
        ends = [min(start + k, size + p) for start in starts]
        if count_include_pad:
            counts.append(tuple(end - start for start, end in zip(starts, ends, strict=True)))
        else:
            counts.append(tuple(min(end, size) - max(start, 0) for start, end in zip(starts, ends, strict=True)))
    if all(c == k for axis, k in zip(counts, plan.kernel, strict=True) for c in axis):
        return None
    return tuple(counts)
