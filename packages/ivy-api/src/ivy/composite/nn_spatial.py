"""Spatial layers of ``ivy.nn`` (convolution, pooling, resizing) and ``ivy.pad``/``ivy.unfold``, as composites.

Everything is written with Ivy's public functions, so it runs and
differentiates on every backend:

- a window operation reads its (padded) input once per kernel offset, as a
  strided slice: ``O(kernel volume)`` calls, never a loop over output pixels;
- convolution stacks those slices into a ``(C * K, N * L)`` matrix of
  columns (im2col) and contracts it with the weight in one ``matmul`` (groups
  are a batch axis of it);
- transposed convolution is computed per output phase (``o mod stride``):
  each phase is a stride-1 convolution of the input with a subset of the
  flipped taps, and the phases are interleaved, so no zeros are inserted and
  no product is wasted;
- pooling is separable: per spatial axis, ``maximum`` (``-inf`` padding) or
  ``add`` (then an exact divisor) over the kernel's strided slices;
- adaptive pooling and resizing are separable too: per spatial axis, ``take``
  the taps each output needs, then reduce them or sum them weighted.

Arguments are validated here, at the boundary, with errors that name the
public function, the argument and what was expected.
"""

from __future__ import annotations

import itertools
import math
import operator
import struct

import ivy
from ivy._arguments import same_padding
from ivy.composite import composite

# -- argument handling ----------------------------------------------------------


def _error(fname: str, message: str) -> ivy.IvyValueError:
    return ivy.IvyValueError(f"ivy.{fname}: {message}")


def _type_error(fname: str, message: str) -> ivy.IvyTypeError:
    return ivy.IvyTypeError(f"ivy.{fname}: {message}")


def _as_int(value, fname: str, arg: str) -> int:
    if isinstance(value, bool):
        raise _type_error(fname, f"argument '{arg}' must be an int, got {value!r}")
    try:
        return operator.index(value)
    except TypeError:
        raise _type_error(fname, f"argument '{arg}' must be an int, got {value!r}") from None


def _ints(value, n: int, fname: str, arg: str, minimum: float) -> tuple[int, ...]:
    """An int, or a sequence of one or ``n`` ints, as ``n`` ints ``>= minimum``."""
    if isinstance(value, (list, tuple)):
        items = tuple(_as_int(v, fname, arg) for v in value)
        if len(items) == 1:
            items = items * n
        if len(items) != n:
            raise _error(fname, f"argument '{arg}' must be an int or a tuple of {n} ints, got {value!r}")
    else:
        try:
            items = (_as_int(value, fname, arg),) * n
        except ivy.IvyTypeError:
            raise _type_error(fname, f"argument '{arg}' must be an int or a tuple of {n} ints, got {value!r}") from None
    if any(v < minimum for v in items):
        raise _error(fname, f"argument '{arg}' must be >= {minimum}, got {value!r}")
    return items


def _pairs(value, n: int, fname: str, arg: str) -> list[tuple[int, int]]:
    """Padding as one non-negative ``(before, after)`` pair per spatial axis."""
    expected = f"an int, a tuple of {n} ints or a tuple of {n} (before, after) pairs"
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, (list, tuple)) for v in value):
        if len(value) != n or any(len(v) != 2 for v in value):
            raise _error(fname, f"argument '{arg}' must be {expected}, got {value!r}")
        pairs = [(_as_int(b, fname, arg), _as_int(a, fname, arg)) for b, a in value]
    else:
        try:
            pairs = [(p, p) for p in _ints(value, n, fname, arg, minimum=-math.inf)]
        except ivy.IvyError:
            raise _error(fname, f"argument '{arg}' must be {expected}, got {value!r}") from None
    if any(b < 0 or a < 0 for b, a in pairs):
        raise _error(fname, f"argument '{arg}' must be non-negative, got {value!r}")
    return pairs


def _conv_padding(value, fname, sizes, kernel, stride, dilation) -> list[tuple[int, int]]:
    """``padding`` of a convolution: ints, pairs, ``"VALID"`` or ``"SAME"`` (any case)."""
    n = len(kernel)
    if isinstance(value, str):
        mode = value.upper()
        if mode == "VALID":
            return [(0, 0)] * n
        if mode != "SAME":
            raise _error(fname, f"argument 'padding' must be 'SAME', 'VALID', ints or pairs, got {value!r}")
        return list(same_padding(sizes, kernel, stride, dilation))
    return _pairs(value, n, fname, "padding")


def _check_arrays(fname: str, **arrays) -> None:
    """Arrays the selected backend does not own arrive as they are: let the dispatcher's diagnosis name them."""
    for arg, value in arrays.items():
        if value is not None and not isinstance(value, ivy.Array):
            if isinstance(value, (bool, int, float, complex, str)):
                raise _type_error(fname, f"argument '{arg}' must be an array, got {type(value).__name__} {value!r}")
            raise TypeError(f"argument '{arg}' must be an array, got {type(value).__name__}")


def _check_dtype(fname: str, arg: str, x, kinds, expected: str) -> None:
    if not ivy.isdtype(x.dtype, kinds):
        raise _type_error(fname, f"argument '{arg}' has dtype {x.dtype.name}; expected {expected} dtype")


def _check_floating(fname: str, arg: str, x) -> None:
    _check_dtype(fname, arg, x, "real floating", "a real floating-point")


def _check_float_or_complex(fname: str, arg: str, x) -> None:
    _check_dtype(fname, arg, x, ("real floating", "complex floating"), "a floating-point")


def _check_real(fname: str, arg: str, x) -> None:
    _check_dtype(fname, arg, x, ("real floating", "integral"), "a real numeric")


def _out_sizes(fname, sizes, pads, kernel, stride, dilation, what="input") -> tuple[int, ...]:
    out = []
    for size, (b, a), k, s, d in zip(sizes, pads, kernel, stride, dilation, strict=True):
        span = d * (k - 1) + 1
        if size + b + a < span:
            raise _error(
                fname,
                f"the kernel (extent {span} with dilation {d}) is larger than the padded {what} "
                f"({size} + padding {b} + {a}) along a spatial axis; got {what} spatial shape {tuple(sizes)}",
            )
        out.append((size + b + a - span) // s + 1)
    return tuple(out)


# -- building blocks --------------------------------------------------------------


def _constant(values: list, shape: tuple[int, ...], dtype, device):
    """An array of ``shape`` from a flat list, built in one call (so it never
    meets another constant in an operation: inside a tracer's program, every
    operation on it also takes traced input)."""
    nested = values
    for dim in reversed(shape[1:]):
        nested = [nested[i : i + dim] for i in range(0, len(nested), dim)]
    return ivy.asarray(nested, dtype=dtype, device=device)


def _pad_axes(x, pads, lead: int, value=0):
    """Constant-pad the spatial axes that start at ``lead`` (trailing axes untouched)."""
    if not any(b or a for b, a in pads):
        return x
    widths = [(0, 0)] * lead + list(pads) + [(0, 0)] * (x.ndim - lead - len(pads))
    return ivy.pad(x, tuple(widths), mode="constant", value=value)


def _windows(x, lead: int, kernel, stride, dilation, out) -> list:
    """One strided slice of ``x`` per kernel offset (row-major), each of spatial shape ``out``."""
    head = (slice(None),) * lead
    slices = []
    for offsets in itertools.product(*(range(k) for k in kernel)):
        key = head + tuple(
            slice(o * d, o * d + (m - 1) * s + 1, s) for o, d, m, s in zip(offsets, dilation, out, stride, strict=True)
        )
        slices.append(x[key])
    return slices


def _columns(x, kernel, stride, dilation, out):
    """``(N, C, *S)`` (already padded) -> ``(N, C, K, *out)``: the window of every output position."""
    slices = _windows(x, 2, kernel, stride, dilation, out)
    if len(slices) == 1:
        return ivy.expand_dims(slices[0], axis=2)
    return ivy.stack(slices, axis=2)


def _conv_cn(x, weight, bias, stride, pads, dilation, groups):
    """Convolution of ``x`` laid out ``(C, N, *S)``, giving ``(O, N, *out)``.

    Channels first and batch second make the stacked windows one
    ``(C * K, N * L)`` matrix, so the contraction is a single matrix product
    (one per group): the fastest form for BLAS-backed frameworks.
    """
    n = weight.ndim - 2
    channels, batch = x.shape[0], x.shape[1]
    out_channels, kernel = weight.shape[0], tuple(weight.shape[2:])
    out = _out_sizes("nn.conv", x.shape[2:], pads, kernel, stride, dilation)
    x = _pad_axes(x, pads, 2)
    volume, length = math.prod(kernel), math.prod(out)
    slices = _windows(x, 2, kernel, stride, dilation, out)
    columns = slices[0] if volume == 1 else ivy.stack(slices, axis=1)  # (C, K, N, *out)
    if groups == 1:
        w = ivy.reshape(weight, (out_channels, channels * volume))
        y = ivy.matmul(w, ivy.reshape(columns, (channels * volume, batch * length)))
    else:
        per_group = channels // groups * volume
        w = ivy.reshape(weight, (groups, out_channels // groups, per_group))
        y = ivy.matmul(w, ivy.reshape(columns, (groups, per_group, batch * length)))
    y = ivy.reshape(y, (out_channels, batch, *out))
    if bias is not None:
        y = y + ivy.reshape(bias, (out_channels,) + (1,) * (n + 1))
    return y


def _conv(fname, x, weight, bias, stride, padding, dilation, groups, channels_last, n=None):
    """Validate a convolution's arguments (``n``: the spatial rank the function requires), then convolve."""
    _check_arrays(fname, x=x, weight=weight, bias=bias)
    _check_float_or_complex(fname, "x", x)
    _check_float_or_complex(fname, "weight", weight)
    if n is None:
        if weight.ndim < 3:
            raise _error(
                fname,
                f"argument 'weight' must have at least 3 dimensions (out, in / groups, *kernel), got {weight.shape}",
            )
        n = weight.ndim - 2
    elif weight.ndim != n + 2:
        raise _error(
            fname,
            f"argument 'weight' must be {n + 2}-d (out_channels, in_channels / groups, {n} kernel sizes), "
            f"got shape {weight.shape}",
        )
    if x.ndim not in (n + 1, n + 2):
        layout = "(N, *spatial, C)" if channels_last else "(N, C, *spatial)"
        raise _error(
            fname,
            f"argument 'x' must be {n + 2}-d {layout} (or {n + 1}-d unbatched) for a {n + 2}-d weight, "
            f"got shape {x.shape}",
        )
    groups = _as_int(groups, fname, "groups")
    unbatched = x.ndim == n + 1
    if unbatched:
        x = ivy.expand_dims(x, axis=0)
    channels, out_channels = x.shape[-1 if channels_last else 1], weight.shape[0]
    sizes = x.shape[1:-1] if channels_last else x.shape[2:]
    if groups < 1:
        raise _error(fname, f"argument 'groups' must be >= 1, got {groups}")
    if channels % groups or out_channels % groups:
        raise _error(
            fname,
            f"in_channels ({channels}) and out_channels ({out_channels}) must both be divisible by groups ({groups})",
        )
    if weight.shape[1] * groups != channels:
        raise _error(
            fname,
            f"argument 'weight' has {weight.shape[1]} input channels per group (shape {weight.shape}); "
            f"expected in_channels / groups = {channels} / {groups} = {channels // groups}",
        )
    if bias is not None and tuple(bias.shape) != (out_channels,):
        raise _error(fname, f"argument 'bias' must have shape ({out_channels},), got {bias.shape}")
    stride = _ints(stride, n, fname, "stride", 1)
    dilation = _ints(dilation, n, fname, "dilation", 1)
    kernel = tuple(weight.shape[2:])
    pads = _conv_padding(padding, fname, sizes, kernel, stride, dilation)
    _out_sizes(fname, sizes, pads, kernel, stride, dilation)
    spatial = tuple(range(1, n + 1)) if channels_last else tuple(range(2, n + 2))
    x = ivy.permute_dims(x, (n + 1 if channels_last else 1, 0, *spatial))
    y = _conv_cn(x, weight, bias, stride, pads, dilation, groups)
    y = ivy.permute_dims(y, (1, *range(2, n + 2), 0) if channels_last else (1, 0, *range(2, n + 2)))
    return ivy.squeeze(y, axis=0) if unbatched else y


@composite
def nn_conv(x, weight, bias, stride, padding, dilation, groups, channels_last):
    return _conv("nn.conv", x, weight, bias, stride, padding, dilation, groups, channels_last)


@composite
def nn_conv1d(x, weight, bias, stride, padding, dilation, groups, channels_last):
    return _conv("nn.conv1d", x, weight, bias, stride, padding, dilation, groups, channels_last, n=1)


@composite
def nn_conv2d(x, weight, bias, stride, padding, dilation, groups, channels_last):
    return _conv("nn.conv2d", x, weight, bias, stride, padding, dilation, groups, channels_last, n=2)


@composite
def nn_conv3d(x, weight, bias, stride, padding, dilation, groups, channels_last):
    return _conv("nn.conv3d", x, weight, bias, stride, padding, dilation, groups, channels_last, n=3)


@composite
def nn_depthwise_conv2d(x, weight, bias, stride, padding, dilation, channels_last):
    fname = "nn.depthwise_conv2d"
    _check_arrays(fname, x=x, weight=weight, bias=bias)
    if x.ndim not in (3, 4):
        raise _error(fname, f"argument 'x' must be 4-d (or 3-d unbatched), got shape {x.shape}")
    channels = x.shape[-1] if channels_last else x.shape[x.ndim - 3]
    if weight.ndim != 4 or weight.shape[1] != 1 or channels == 0 or weight.shape[0] % channels:
        raise _error(
            fname,
            f"argument 'weight' must have shape (channels * multiplier, 1, kh, kw) with channels = {channels}, "
            f"got {weight.shape}",
        )
    return _conv(fname, x, weight, bias, stride, padding, dilation, channels, channels_last, n=2)


# -- transposed convolution -------------------------------------------------------


def _transpose_phases(size, stride, dilation, kernel, before, length):
    """How a transposed convolution computes its outputs ``o = stride * j + rho`` along one axis.

    ``o + before = stride * i + dilation * t`` ties output ``o`` to input ``i``
    and tap ``t``; the outputs of one phase ``rho`` use only the taps with
    ``dilation * t = o + before`` modulo ``stride``, with input index ``j - q_t``.
    That is a stride-1 convolution of the input with those taps (flipped,
    dilated by ``dilation / g``, ``g = gcd(stride, dilation)``), so no zeros are
    inserted and no product is wasted. Per phase: ``(count, plan)`` with
    ``plan = (first tap, tap step, tap dilation, (input start, stop), (pad before, after))``,
    or ``None`` where the phase reads no input (its outputs are zero).
    """
    g = math.gcd(stride, dilation)
    phases = []
    for rho in range(stride):
        count = max(-(-(length - rho) // stride), 0)
        residue, first = (rho + before) % stride, (rho + before) // stride
        taps = [t for t in range(kernel) if (t * dilation - residue) % stride == 0]
        if not count or not taps:
            phases.append((count, None))
            continue
        q_low, q_high = ((t * dilation - residue) // stride for t in (taps[0], taps[-1]))
        low, high = first - q_high, first + count - 1 - q_low  # the input positions read
        if high < 0 or low > size - 1:
            phases.append((count, None))
            continue
        window = (max(low, 0), min(high, size - 1) + 1)
        phases.append((count, (taps[0], stride // g, dilation // g, window, (max(-low, 0), max(high - size + 1, 0)))))
    return phases


def _conv_transpose(fname, x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last, n=None):
    _check_arrays(fname, x=x, weight=weight, bias=bias)
    _check_float_or_complex(fname, "x", x)
    _check_float_or_complex(fname, "weight", weight)
    if n is None:
        if weight.ndim < 3:
            raise _error(
                fname,
                f"argument 'weight' must have at least 3 dimensions (in, out / groups, *kernel), got {weight.shape}",
            )
        n = weight.ndim - 2
    elif weight.ndim != n + 2:
        raise _error(
            fname,
            f"argument 'weight' must be {n + 2}-d (in_channels, out_channels / groups, {n} kernel sizes), "
            f"got shape {weight.shape}",
        )
    if x.ndim not in (n + 1, n + 2):
        layout = "(N, *spatial, C)" if channels_last else "(N, C, *spatial)"
        raise _error(
            fname,
            f"argument 'x' must be {n + 2}-d {layout} (or {n + 1}-d unbatched) for a {n + 2}-d weight, "
            f"got shape {x.shape}",
        )
    groups = _as_int(groups, fname, "groups")
    unbatched = x.ndim == n + 1
    if unbatched:
        x = ivy.expand_dims(x, axis=0)
    channels = x.shape[-1 if channels_last else 1]
    sizes = x.shape[1:-1] if channels_last else x.shape[2:]
    if groups < 1:
        raise _error(fname, f"argument 'groups' must be >= 1, got {groups}")
    if weight.shape[0] != channels:
        raise _error(
            fname, f"argument 'weight' has {weight.shape[0]} input channels (shape {weight.shape}); x has {channels}"
        )
    if channels % groups:
        raise _error(fname, f"in_channels ({channels}) must be divisible by groups ({groups})")
    out_channels = weight.shape[1] * groups
    if bias is not None and tuple(bias.shape) != (out_channels,):
        raise _error(fname, f"argument 'bias' must have shape ({out_channels},), got {bias.shape}")
    stride = _ints(stride, n, fname, "stride", 1)
    dilation = _ints(dilation, n, fname, "dilation", 1)
    extra = _ints(output_padding, n, fname, "output_padding", 0)
    pads = _pairs(padding, n, fname, "padding")
    kernel = tuple(weight.shape[2:])
    for e, s, d in zip(extra, stride, dilation, strict=True):
        if e >= max(s, d):
            raise _error(
                fname,
                f"argument 'output_padding' must be smaller than stride or dilation, got output_padding={extra}, "
                f"stride={stride}, dilation={dilation}",
            )
    out = [
        (m - 1) * s - b - a + d * (k - 1) + e + 1
        for m, s, (b, a), d, k, e in zip(sizes, stride, pads, dilation, kernel, extra, strict=True)
    ]
    if any(o <= 0 for o in out):
        raise _error(fname, f"the output would have spatial shape {tuple(out)}; padding {padding!r} is too large")
    # (in, out / g, *k) -> (out, in / g, *k), the layout of a convolution's weight
    w = ivy.reshape(weight, (groups, channels // groups, weight.shape[1], *kernel))
    w = ivy.permute_dims(w, (0, 2, 1, *range(3, n + 3)))
    w = ivy.reshape(w, (out_channels, channels // groups, *kernel))
    spatial = tuple(range(1, n + 1)) if channels_last else tuple(range(2, n + 2))
    x = ivy.permute_dims(x, (n + 1 if channels_last else 1, 0, *spatial))  # (C, N, *S), as _conv_cn takes it
    batch = x.shape[1]
    plans = [
        _transpose_phases(m, s, d, k, b, o)
        for m, s, d, k, (b, _), o in zip(sizes, stride, dilation, kernel, pads, out, strict=True)
    ]
    counts = [-(-o // s) for o, s in zip(out, stride, strict=True)]  # outputs of the fullest phase
    parts = []
    for phase in itertools.product(*plans):
        if any(plan is None for _, plan in phase):
            dtype = ivy.result_type(x, w)
            parts.append(ivy.zeros((out_channels, batch, *counts), dtype=dtype, device=x.device))
            continue
        crop = tuple(slice(*plan[3]) for _, plan in phase)
        taps = tuple(slice(plan[0], None, plan[1]) for _, plan in phase)
        sub = ivy.flip(w[(slice(None), slice(None), *taps)], axis=tuple(range(2, n + 2)))
        z = _conv_cn(
            x[(slice(None), slice(None), *crop)],
            sub,
            None,
            (1,) * n,
            [plan[4] for _, plan in phase],
            tuple(plan[2] for _, plan in phase),
            groups,
        )
        parts.append(_pad_axes(z, [(0, c - count) for c, (count, _) in zip(counts, phase, strict=True)], 2))
    if len(parts) == 1:
        y = parts[0]
    else:  # interleave the phases: (O, N, *counts, *stride) -> (O, N, counts[0] * stride[0], ...)
        y = ivy.reshape(ivy.stack(parts, axis=-1), (out_channels, batch, *counts, *stride))
        y = ivy.permute_dims(y, (0, 1, *(a for i in range(n) for a in (2 + i, 2 + n + i))))
        y = ivy.reshape(y, (out_channels, batch, *(c * s for c, s in zip(counts, stride, strict=True))))
        y = y[(slice(None), slice(None), *(slice(0, o) for o in out))]
    if bias is not None:
        y = y + ivy.reshape(bias, (out_channels,) + (1,) * (n + 1))
    y = ivy.permute_dims(y, (1, *range(2, n + 2), 0) if channels_last else (1, 0, *range(2, n + 2)))
    return ivy.squeeze(y, axis=0) if unbatched else y


@composite
def nn_conv_transpose(x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last):
    return _conv_transpose(
        "nn.conv_transpose", x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last
    )


@composite
def nn_conv_transpose1d(x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last):
    return _conv_transpose(
        "nn.conv_transpose1d", x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last, 1
    )


@composite
def nn_conv_transpose2d(x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last):
    return _conv_transpose(
        "nn.conv_transpose2d", x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last, 2
    )


@composite
def nn_conv_transpose3d(x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last):
    return _conv_transpose(
        "nn.conv_transpose3d", x, weight, bias, stride, padding, output_padding, dilation, groups, channels_last, 3
    )


# -- pooling ------------------------------------------------------------------------


def _spatial(fname, x, size_arg, value, channels_last):
    """``(n, lead)``: the spatial rank (from a tuple argument, else ``x.ndim - 2``) and the first spatial axis."""
    if isinstance(value, (list, tuple)):
        n = len(value)
    else:
        n = x.ndim - 2
    extra = 1 if channels_last else 0
    if n < 1 or x.ndim < n + 1:
        raise _error(
            fname,
            f"argument 'x' of shape {x.shape} has no {max(n, 1)}-d spatial axes to pool with {size_arg}={value!r} "
            f"(an int {size_arg} pools all axes after batch and channels; pass a tuple for other layouts)",
        )
    return n, x.ndim - n - extra


def _pool_setup(fname, x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    n, lead = _spatial(fname, x, "kernel_size", kernel_size, channels_last)
    kernel = _ints(kernel_size, n, fname, "kernel_size", 1)
    stride = kernel if stride is None else _ints(stride, n, fname, "stride", 1)
    dilation = _ints(dilation, n, fname, "dilation", 1)
    pads = _ints(padding, n, fname, "padding", 0)
    for p, k in zip(pads, kernel, strict=True):
        if p > k // 2:
            raise _error(
                fname,
                f"argument 'padding' must be at most half the kernel size, got padding={padding!r} and "
                f"kernel_size={kernel_size!r}",
            )
    sizes = x.shape[lead : lead + n]
    out = []
    for size, p, k, s, d in zip(sizes, pads, kernel, stride, dilation, strict=True):
        span = d * (k - 1) + 1
        room = size + 2 * p - span
        if room < 0:
            raise _error(
                fname,
                f"the kernel (extent {span}) is larger than the padded input ({size} + 2 * {p}) along a spatial axis; "
                f"input spatial shape {tuple(sizes)}",
            )
        o = (-(-room // s) if ceil_mode else room // s) + 1
        if ceil_mode and (o - 1) * s >= size + p:  # the last window must start inside the input or left padding
            o -= 1
        out.append(o)
    return n, lead, kernel, stride, dilation, pads, tuple(sizes), tuple(out)


def _pooled_windows(x, lead, kernel, stride, dilation, pads, sizes, out, fill, combine):
    """Pad with ``fill`` (also on the far side for ``ceil_mode``'s partial windows) and
    reduce each window with ``combine`` (``maximum`` or ``add``): one axis at a time, as
    both reductions are separable, so a window costs ``sum(kernel)`` calls, not ``prod(kernel)``."""
    widths = []
    for size, p, k, s, d, o in zip(sizes, pads, kernel, stride, dilation, out, strict=True):
        needed = (o - 1) * s + d * (k - 1) + 1
        widths.append((p, max(needed - size - p, p)))
    x = _pad_axes(x, widths, lead, value=fill)
    for axis, (k, s, d, o) in enumerate(zip(kernel, stride, dilation, out, strict=True)):
        head = (slice(None),) * (lead + axis)
        result = None
        for t in range(k):
            part = x[(*head, slice(t * d, t * d + (o - 1) * s + 1, s))]
            result = part if result is None else combine(result, part)
        x = result
    return x


@composite
def nn_max_pool(x, kernel_size, stride, padding, dilation, ceil_mode, channels_last):
    fname = "nn.max_pool"
    _check_arrays(fname, x=x)
    _check_real(fname, "x", x)
    _, lead, kernel, stride, dilation, pads, sizes, out = _pool_setup(
        fname, x, kernel_size, stride, padding, dilation, ceil_mode, channels_last
    )
    fill = -math.inf if ivy.isdtype(x.dtype, "real floating") else ivy.iinfo(x.dtype).min
    return _pooled_windows(x, lead, kernel, stride, dilation, pads, sizes, out, fill, ivy.maximum)


@composite
def nn_avg_pool(x, kernel_size, stride, padding, ceil_mode, count_include_pad, channels_last):
    fname = "nn.avg_pool"
    _check_arrays(fname, x=x)
    _check_floating(fname, "x", x)
    n, lead, kernel, stride, dilation, pads, sizes, out = _pool_setup(
        fname, x, kernel_size, stride, padding, 1, ceil_mode, channels_last
    )
    total = _pooled_windows(x, lead, kernel, stride, dilation, pads, sizes, out, 0, ivy.add)
    # The divisor of each window is separable: per axis, its extent within the
    # padded input (count_include_pad) or within the input itself.
    counts = []
    for size, p, k, s, o in zip(sizes, pads, kernel, stride, out, strict=True):
        axis_counts = []
        for i in range(o):
            start = i * s - p
            end = min(start + k, size + p)
            axis_counts.append(end - start if count_include_pad else min(end, size) - max(start, 0))
        counts.append(axis_counts)
    if all(c == k for axis_counts, k in zip(counts, kernel, strict=True) for c in axis_counts):
        return total / float(math.prod(kernel))
    trailing = (1,) * (x.ndim - lead - n)
    divisor = [float(math.prod(c)) for c in itertools.product(*counts)]
    divisor = _constant(divisor, (*out, *trailing), x.dtype, x.device)
    return total / divisor


def _bins(size: int, out: int) -> list[tuple[int, int]]:
    """PyTorch's adaptive bins: ``[floor(i * size / out), ceil((i + 1) * size / out))``."""
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _adaptive(fname, x, output_size, channels_last, reduce_max: bool):
    _check_arrays(fname, x=x)
    (_check_real if reduce_max else _check_floating)(fname, "x", x)
    n, lead = _spatial(fname, x, "output_size", output_size, channels_last)
    if isinstance(output_size, (list, tuple)):
        sizes = [x.shape[lead + i] if v is None else v for i, v in enumerate(output_size)]
    else:
        sizes = output_size
    targets = _ints(sizes, n, fname, "output_size", 1)
    for axis, target in enumerate(targets):
        a = lead + axis
        size = x.shape[a]
        if size == 0:
            raise _error(fname, f"argument 'x' has an empty spatial axis (shape {x.shape})")
        if size == target:
            continue
        shape = x.shape
        if size % target == 0:  # equal bins: split the axis
            x = ivy.reshape(x, (*shape[:a], target, size // target, *shape[a + 1 :]))
            x = ivy.max(x, axis=a + 1) if reduce_max else ivy.mean(x, axis=a + 1)
            continue
        bins = _bins(size, target)
        width = max(end - start for start, end in bins)
        # every bin read as `width` taps, short bins repeating their last element
        taps = [min(start + j, end - 1) for start, end in bins for j in range(width)]
        y = ivy.take(x, ivy.asarray(taps, dtype=ivy.int64, device=x.device), axis=a)
        y = ivy.reshape(y, (*shape[:a], target, width, *shape[a + 1 :]))
        if reduce_max:
            x = ivy.max(y, axis=a + 1)
            continue
        trailing = (1,) * (x.ndim - a - 1)
        mask = [float(j < end - start) for start, end in bins for j in range(width)]
        mask = _constant(mask, (target, width, *trailing), x.dtype, x.device)
        counts = _constant([float(end - start) for start, end in bins], (target, *trailing), x.dtype, x.device)
        x = ivy.sum(y * mask, axis=a + 1) / counts
    return x


@composite
def nn_adaptive_avg_pool(x, output_size, channels_last):
    return _adaptive("nn.adaptive_avg_pool", x, output_size, channels_last, reduce_max=False)


@composite
def nn_adaptive_max_pool(x, output_size, channels_last):
    return _adaptive("nn.adaptive_max_pool", x, output_size, channels_last, reduce_max=True)


# -- resizing -------------------------------------------------------------------------

_MODES = {"nearest": None, "linear": 1, "bilinear": 2, "trilinear": 3, "bicubic": 2}
_CUBIC_A = -0.75  # PyTorch's (and OpenCV's) cubic convolution coefficient


def _float32(value: float) -> float:
    return struct.unpack("f", struct.pack("f", value))[0]


def _nearest_taps(size: int, out: int, scale: float | None, spatial: int) -> list[int]:
    """PyTorch's ``nearest`` source indices: ``floor(i * ratio)``, computed in float32 as it does
    (``ratio`` is ``1 / scale_factor`` when one is given, else ``size / out``). Its 2-d kernel
    keeps two legacy shortcuts that differ from the rule for some scale factors (1-d and 3-d
    do not): an unchanged size copies, a doubled size repeats each element."""
    if spatial == 2 and out == size:
        return list(range(out))
    if spatial == 2 and out == 2 * size:
        return [i // 2 for i in range(out)]
    ratio = _float32(1.0 / scale) if scale else _float32(size / out)
    return [min(math.floor(_float32(i * ratio)), size - 1) for i in range(out)]


def _source_ratio(size: int, out: int, scale: float | None, align_corners: bool) -> float:
    if align_corners:
        return (size - 1) / (out - 1) if out > 1 else 0.0
    return 1.0 / scale if scale else size / out


def _linear_taps(size, out, scale, align_corners):
    ratio = _source_ratio(size, out, scale, align_corners)
    left, right, weights_left, weights_right = [], [], [], []
    for i in range(out):
        src = ratio * i if align_corners else max(ratio * (i + 0.5) - 0.5, 0.0)
        j = min(int(src), size - 1)
        t = src - j
        left.append(j)
        right.append(min(j + 1, size - 1))
        weights_left.append(1.0 - t)
        weights_right.append(t)
    return [left, right], [weights_left, weights_right]


def _cubic_weights(t: float) -> list[float]:
    a = _CUBIC_A

    def near(d):  # |d| <= 1
        return ((a + 2) * d - (a + 3)) * d * d + 1

    def far(d):  # 1 < |d| < 2
        return ((a * d - 5 * a) * d + 8 * a) * d - 4 * a

    return [far(t + 1), near(t), near(1 - t), far(2 - t)]


def _cubic_taps(size, out, scale, align_corners):
    ratio = _source_ratio(size, out, scale, align_corners)
    indices, weights = [[], [], [], []], [[], [], [], []]
    for i in range(out):
        src = ratio * i if align_corners else ratio * (i + 0.5) - 0.5
        j = math.floor(src)
        for tap, w in enumerate(_cubic_weights(src - j)):
            indices[tap].append(min(max(j - 1 + tap, 0), size - 1))  # clamped at the borders
            weights[tap].append(w)
    return indices, weights


@composite
def nn_interpolate(x, size, scale_factor, mode, align_corners, channels_last):
    fname = "nn.interpolate"
    _check_arrays(fname, x=x)
    _check_floating(fname, "x", x)
    if mode not in _MODES:
        raise _error(fname, f"argument 'mode' must be one of {', '.join(map(repr, _MODES))}, got {mode!r}")
    n = x.ndim - 2
    if n < 1:
        raise _error(fname, f"argument 'x' must have batch, channel and spatial axes, got shape {x.shape}")
    if _MODES[mode] is not None and _MODES[mode] != n:
        raise _error(
            fname, f"mode {mode!r} resizes {_MODES[mode]}-d spatial input ({_MODES[mode] + 2}-d x), got shape {x.shape}"
        )
    lead = 1 if channels_last else 2
    sizes = x.shape[lead : lead + n]
    if (size is None) == (scale_factor is None):
        raise _error(fname, "exactly one of 'size' and 'scale_factor' must be given")
    if size is not None:
        targets = _ints(size, n, fname, "size", 1)
        scales = (None,) * n
    else:
        factors = scale_factor if isinstance(scale_factor, (list, tuple)) else (scale_factor,) * n
        if len(factors) == 1:
            factors = tuple(factors) * n
        if len(factors) != n or not all(isinstance(f, (int, float)) and f > 0 for f in factors):
            raise _error(
                fname, f"argument 'scale_factor' must be a positive number or {n} of them, got {scale_factor!r}"
            )
        scales = tuple(float(f) for f in factors)
        targets = tuple(math.floor(m * f) for m, f in zip(sizes, scales, strict=True))
        if any(t < 1 for t in targets):
            raise _error(fname, f"scale_factor {scale_factor!r} gives an empty output of spatial shape {targets}")
    if any(m == 0 for m in sizes):
        raise _error(fname, f"argument 'x' has an empty spatial axis (shape {x.shape})")
    for axis, (m, target, scale) in enumerate(zip(sizes, targets, scales, strict=True)):
        a = lead + axis
        if mode == "nearest":
            taps = _nearest_taps(m, target, scale, n)
            if taps != list(range(m)):
                x = ivy.take(x, ivy.asarray(taps, dtype=ivy.int64, device=x.device), axis=a)
            continue
        if mode != "bicubic" and target == m:
            continue  # PyTorch's linear modes copy an axis whose size does not change, whatever the scale
            # (bicubic resamples it, so non-finite values spread there as in PyTorch)
        indices, weights = (_cubic_taps if mode == "bicubic" else _linear_taps)(m, target, scale, align_corners)
        trailing = (1,) * (x.ndim - a - 1)
        result = None
        for tap_indices, tap_weights in zip(indices, weights, strict=True):
            picked = ivy.take(x, ivy.asarray(tap_indices, dtype=ivy.int64, device=x.device), axis=a)
            term = picked * _constant(tap_weights, (target, *trailing), x.dtype, x.device)
            result = term if result is None else result + term
        x = result
    return x


# -- ivy.pad and ivy.unfold -------------------------------------------------------------

_PAD_MODES = {
    "constant": "constant",
    "reflect": "reflect",
    "symmetric": "symmetric",
    "replicate": "edge",
    "edge": "edge",
    "circular": "wrap",
    "wrap": "wrap",
}


def _pad_widths(pad_width, ndim: int) -> list[tuple[int, int]]:
    """NumPy's broadcasting of ``pad_width`` to one ``(before, after)`` pair per axis."""
    expected = "an int, a (before, after) pair or one (before, after) pair per axis"
    if isinstance(pad_width, (list, tuple)):
        rows = list(pad_width)
        if rows and all(isinstance(r, (list, tuple)) for r in rows):
            rows = [tuple(_as_int(v, "pad", "pad_width") for v in r) for r in rows]
            if any(len(r) not in (1, 2) for r in rows) or len(rows) not in (1, ndim):
                raise _error("pad", f"argument 'pad_width' must be {expected} ({ndim} axes), got {pad_width!r}")
            rows = [r * 2 if len(r) == 1 else r for r in rows] * (ndim if len(rows) == 1 else 1)
        else:
            flat = tuple(_as_int(v, "pad", "pad_width") for v in rows)
            if len(flat) not in (1, 2):
                raise _error("pad", f"argument 'pad_width' must be {expected} ({ndim} axes), got {pad_width!r}")
            rows = [flat * 2 if len(flat) == 1 else flat] * ndim
    else:
        p = _as_int(pad_width, "pad", "pad_width")
        rows = [(p, p)] * ndim
    if any(v < 0 for r in rows for v in r):
        raise _error("pad", f"argument 'pad_width' must be non-negative, got {pad_width!r}")
    return [(b, a) for b, a in rows]


def _pad_source(j: int, size: int, mode: str) -> int:
    """The index of ``x`` that padded position ``j`` (``0 <= j < size`` inside) reads."""
    if mode == "edge":
        return min(max(j, 0), size - 1)
    if mode == "wrap":
        return j % size
    if mode == "symmetric":
        j %= 2 * size
        return j if j < size else 2 * size - 1 - j
    if size == 1:  # reflect
        return 0
    j %= 2 * size - 2
    return j if j < size else 2 * size - 2 - j


@composite
def pad(x, pad_width, mode, value):
    _check_arrays("pad", x=x)
    if not isinstance(mode, str) or mode not in _PAD_MODES:
        raise _error("pad", f"argument 'mode' must be one of {', '.join(map(repr, _PAD_MODES))}, got {mode!r}")
    mode = _PAD_MODES[mode]
    widths = _pad_widths(pad_width, x.ndim)
    for axis, (before, after) in enumerate(widths):
        if not (before or after):
            continue
        shape = x.shape
        size = shape[axis]
        if mode == "constant":
            parts = [x]
            if before:
                parts.insert(
                    0, ivy.full((*shape[:axis], before, *shape[axis + 1 :]), value, dtype=x.dtype, device=x.device)
                )
            if after:
                parts.append(
                    ivy.full((*shape[:axis], after, *shape[axis + 1 :]), value, dtype=x.dtype, device=x.device)
                )
            x = ivy.concat(parts, axis=axis)
            continue
        if size == 0:
            raise _error("pad", f"mode {mode!r} cannot extend the empty axis {axis} of shape {shape}")
        taps = [_pad_source(j, size, mode) for j in range(-before, size + after)]
        x = ivy.take(x, ivy.asarray(taps, dtype=ivy.int64, device=x.device), axis=axis)
    return x


@composite
def unfold(x, kernel_size, dilation, padding, stride):
    fname = "unfold"
    _check_arrays(fname, x=x)
    if x.ndim not in (3, 4):
        raise _error(fname, f"argument 'x' must be 4-d (N, C, H, W) or 3-d (C, H, W), got shape {x.shape}")
    unbatched = x.ndim == 3
    if unbatched:
        x = ivy.expand_dims(x, axis=0)
    kernel = _ints(kernel_size, 2, fname, "kernel_size", 1)
    dilation = _ints(dilation, 2, fname, "dilation", 1)
    pads = [(p, p) for p in _ints(padding, 2, fname, "padding", 0)]
    stride = _ints(stride, 2, fname, "stride", 1)
    out = _out_sizes(fname, x.shape[2:], pads, kernel, stride, dilation)
    batch, channels = x.shape[0], x.shape[1]
    columns = _columns(_pad_axes(x, pads, 2), kernel, stride, dilation, out)
    y = ivy.reshape(columns, (batch, channels * math.prod(kernel), math.prod(out)))
    return ivy.squeeze(y, axis=0) if unbatched else y
