"""Static argument forms shared by the dialects: every shape is known when the source is written.

Convolution and pooling arguments (an int or a sequence, ``"same"``, ``ceil_mode``) are reduced
here to explicit per-axis numbers, so each dialect writes one plain native call.
"""

from __future__ import annotations

from typing import Any

from ivy_transpiler._emit._writer import Call, Rule, Unsupported


def ints(value: Any, n: int, what: str) -> tuple[int, ...]:
    """An int, or a sequence of one or ``n`` ints, as ``n`` ints."""
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,) * n
    if isinstance(value, (tuple, list)) and all(isinstance(v, int) for v in value):
        items = tuple(value) * n if len(value) == 1 else tuple(value)
        if len(items) == n:
            return items
    raise Unsupported(f"{what}={value!r}")


def conv_plan(call: Call) -> dict[str, Any]:
    """A convolution's static form: spatial rank, strides, dilations, (before, after) pads, batched, channels_last."""
    weight = call.shape_of("weight")
    shape = call.shape_of("x")
    n = len(weight) - 2
    if n < 1 or len(shape) not in (n + 1, n + 2):
        raise Unsupported(f"a {len(shape)}-d input with a {len(weight)}-d weight")
    channels_last = bool(call.raw("channels_last")) if "channels_last" in call.args else False
    stride, dilation = ints(call.raw("stride"), n, "stride"), ints(call.raw("dilation"), n, "dilation")
    sizes = shape[-n - 1 : -1] if channels_last else shape[-n:]
    padding = call.raw("padding")
    if isinstance(padding, str):
        if padding.lower() == "valid":
            pads = ((0, 0),) * n
        elif padding.lower() == "same":
            pads = []
            for size, k, s, d in zip(sizes, weight[2:], stride, dilation, strict=True):
                total = max((-(-size // s) - 1) * s + d * (k - 1) + 1 - size, 0)
                pads.append((total // 2, total - total // 2))
            pads = tuple(pads)
        else:
            raise Unsupported(f"padding={padding!r}")
    elif isinstance(padding, (tuple, list)) and padding and isinstance(padding[0], (tuple, list)):
        pads = tuple((int(a), int(b)) for a, b in padding)
    else:
        pads = tuple((p, p) for p in ints(padding, n, "padding"))
    groups = call.raw("groups") if "groups" in call.args else shape[-1 if channels_last else -n - 1]
    return {
        "n": n,
        "stride": stride,
        "dilation": dilation,
        "pads": pads,
        "batched": len(shape) == n + 2,
        "channels_last": channels_last,
        "groups": groups,
    }


def pool_plan(call: Call, dilated: bool) -> dict[str, Any]:
    """A pooling's static form: the window's axes (``lead``), kernel, strides, dilations, pads and output sizes.

    Pads are ``(before, after)`` per axis, the far side extended for ``ceil_mode``'s partial windows;
    ``out`` is the output's size per axis (the native result is cropped to it where the pads overshoot).
    """
    shape = call.shape_of("x")
    kernel_size = call.raw("kernel_size")
    n = len(kernel_size) if isinstance(kernel_size, (tuple, list)) else len(shape) - 2
    channels_last = bool(call.raw("channels_last"))
    kernel = ints(kernel_size, n, "kernel_size")
    stride = kernel if call.raw("stride") is None else ints(call.raw("stride"), n, "stride")
    padding = ints(call.raw("padding"), n, "padding")
    dilation = ints(call.raw("dilation"), n, "dilation") if dilated else (1,) * n
    ceil = bool(call.raw("ceil_mode"))
    lead = len(shape) - n - (1 if channels_last else 0)
    pads, out = [], []
    for size, p, k, s, d in zip(shape[lead : lead + n], padding, kernel, stride, dilation, strict=True):
        span = d * (k - 1) + 1
        room = size + 2 * p - span
        if room < 0:
            raise Unsupported("a window larger than the padded input")
        o = (-(-room // s) if ceil else room // s) + 1
        if ceil and (o - 1) * s >= size + p:
            o -= 1
        pads.append((p, max((o - 1) * s + span - size - p, 0)))
        out.append(o)
    return {
        "n": n,
        "lead": lead,
        "kernel": kernel,
        "stride": stride,
        "dilation": dilation,
        "pads": tuple(pads),
        "padding": padding,
        "out": tuple(out),
        "ceil": ceil,
        "channels_last": channels_last,
    }


def axes(value: Any) -> Any:
    """An ``axis`` argument as a tuple (or None)."""
    if value is None:
        return None
    return tuple(value) if isinstance(value, (tuple, list)) else (value,)


def reduced_axes(call: Call) -> tuple[int, ...]:
    """The axes a reduction's ``axis`` names: all of ``x``'s when it is None."""
    found = axes(call.raw("axis"))
    return tuple(range(len(call.shape_of("x")))) if found is None else found


def reduced_axes_list(call: Call) -> str:
    """:func:`reduced_axes` as a list literal (the ``axis``/``dim`` argument of torch, paddle, tf)."""
    return repr(list(reduced_axes(call)))


def cumulative(function: str, keyword: str = "axis") -> Rule:
    """``cumulative_sum``/``cumulative_prod`` as ``function(x, <keyword>=axis)`` (an axis of None is 0:
    the standard allows it for 1-d ``x`` only); ``include_initial=True`` has no such form."""

    def rule(call: Call) -> str:
        if call.raw("include_initial"):
            raise Unsupported("include_initial=True")
        axis = call.raw("axis")
        return f"{function}({call['x']}, {keyword}={0 if axis is None else axis!r})"

    return rule


def as_shape(value: Any) -> tuple[int, ...]:
    """An int or a sequence of ints as a shape tuple."""
    return (value,) if isinstance(value, int) else tuple(value)


def normalized_axes(call: Call) -> tuple[int, ...]:
    """The trailing axes a layer norm normalises over."""
    shape = call.raw("normalized_shape")
    n = 1 if isinstance(shape, int) else len(shape)
    rank = len(call.shape_of("x"))
    return tuple(range(rank - n, rank))
