"""NumPy source: the Array API names of ``numpy``, with small NumPy helpers for the nn functions."""

from __future__ import annotations

from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._static import conv_plan
from ivy_transpiler._emit._writer import Call, Dialect, Rule

#: Activations as NumPy expressions of ``{x}`` (Python scalars keep ``x``'s dtype).
ACTIVATIONS = {
    "relu": "np.maximum({x}, 0)",
    "relu6": "np.clip({x}, 0, 6)",
    "sigmoid": "1 / (1 + np.exp(-{x}))",
    "silu": "{x} / (1 + np.exp(-{x}))",
    "log_sigmoid": "-np.logaddexp(0, -{x})",
    "hard_sigmoid": "np.clip({x} / 6 + 0.5, 0, 1)",
    "hard_swish": "{x} * np.clip({x} / 6 + 0.5, 0, 1)",
    "mish": "{x} * np.tanh(np.logaddexp({x}, 0))",
    "selu": "1.0507009873554805 * np.where({x} > 0, {x}, 1.6732632423543772 * np.expm1({x}))",
}

HELPERS = {
    "_erf": '''
def _erf(x):
    """The error function, elementwise (NumPy has none: ``math.erf`` per element, in ``x``'s dtype)."""
    return np.vectorize(math.erf, otypes=[np.float64])(x).astype(x.dtype)
''',
    "_setitem": '''
def _setitem(x, key, value):
    """A copy of ``x`` with ``x[key] = value``."""
    x = x.copy()
    x[key] = value
    return x
''',
    "_logsumexp": '''
def _logsumexp(x, axis, keepdims):
    """log(sum(exp(x))) along ``axis``, shifted by the maximum for stability."""
    top = np.max(x, axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0)
    y = np.log(np.sum(np.exp(x - top), axis=axis, keepdims=True)) + top
    return y if keepdims else np.squeeze(y, axis=axis)
''',
    "_pool": '''
def _pool(x, init, reduce, window, strides, pads, dilation, out):
    """``reduce`` over windows (padding holds ``init``), cropped to the output's size ``out``."""
    x = np.pad(x, pads, constant_values=init)
    spans = tuple(d * (k - 1) + 1 for k, d in zip(window, dilation))
    views = np.lib.stride_tricks.sliding_window_view(x, spans)
    views = views[tuple(slice(None, None, s) for s in strides) + tuple(slice(None, None, d) for d in dilation)]
    y = reduce(views, axis=tuple(range(x.ndim, 2 * x.ndim)))
    return y[tuple(slice(0, o) for o in out)]
''',
    "_conv": '''
def _conv(x, weight, bias, stride, pads, dilation, groups):
    """Cross-correlation of a batched, channels-first ``x`` with ``weight`` (out, in / groups, *kernel)."""
    n = weight.ndim - 2
    x = np.pad(x, ((0, 0), (0, 0), *pads))
    spans = tuple(d * (k - 1) + 1 for k, d in zip(weight.shape[2:], dilation))
    views = np.lib.stride_tricks.sliding_window_view(x, spans, axis=tuple(range(2, 2 + n)))
    steps = tuple(slice(None, None, s) for s in stride) + tuple(slice(None, None, d) for d in dilation)
    views = views[(slice(None),) * 2 + steps]
    batch, channels, out_channels = x.shape[0], x.shape[1], weight.shape[0]
    views = views.reshape(batch, groups, channels // groups, *views.shape[2:])
    kernels = weight.reshape(groups, out_channels // groups, *weight.shape[1:])
    space, window = "ijk"[:n], "pqr"[:n]
    y = np.einsum(f"bgc{space}{window},goc{window}->bgo{space}", views, kernels)
    y = y.reshape(batch, out_channels, *y.shape[3:])
    return y if bias is None else y + bias.reshape(-1, *(1,) * n)
''',
}


def gelu(call: Call) -> str:
    x = call["x"]
    if call.raw("approximate") == "tanh":
        return f"0.5 * {x} * (1 + np.tanh(0.7978845608028654 * ({x} + 0.044715 * {x} ** 3)))"
    return f"0.5 * {x} * (1 + {call.helper('_erf')}({x} * 0.7071067811865476))"


def conv(call: Call) -> str:
    plan = conv_plan(call)
    x = call["x"]
    if plan["channels_last"]:
        x = f"np.moveaxis({x}, -1, {0 if not plan['batched'] else 1})"
    if not plan["batched"]:
        x = f"{x}[None]"
    text = (
        f"{call.helper('_conv')}({x}, {call['weight']}, {call['bias']}, {plan['stride']!r}, {plan['pads']!r}, "
        f"{plan['dilation']!r}, {plan['groups']!r})"
    )
    if not plan["batched"]:
        text += "[0]"
    if plan["channels_last"]:
        text = f"np.moveaxis({text}, {0 if not plan['batched'] else 1}, -1)"
    return text


def softplus(call: Call) -> str:
    x, beta, threshold = call["x"], call["beta"], call["threshold"]
    return f"np.where({beta} * {x} > {threshold}, {x}, np.logaddexp({beta} * {x}, 0) / {beta})"


def table() -> dict[str, Rule]:
    rules = _arrayapi.table("np")
    rules.update({f"nn_{name}": template for name, template in ACTIVATIONS.items()})
    rules.update(
        {
            "nn_leaky_relu": "np.where({x} >= 0, {x}, {x} * {negative_slope})",
            "nn_elu": "np.where({x} > 0, {x}, {alpha} * np.expm1({x}))",
            "nn_gelu": gelu,
            "nn_softplus": softplus,
            "nn_softmax": lambda c: f"{c.helper('_softmax')}({c['x']}, {c['axis']})",
            "nn_log_softmax": lambda c: f"{c['x']} - {c.helper('_logsumexp')}({c['x']}, {c['axis']}, True)",
            "nn_one_hot": "(np.arange({num_classes}) == {indices}[..., None]).astype({out_dtype})",
            "logsumexp": lambda c: f"{c.helper('_logsumexp')}({c['x']}, {c['axis']}, {c['keepdims']})",
            "erf": lambda c: f"{c.helper('_erf')}({c['x']})",
            "stop_gradient": "{x}",
            "setitem": lambda c: f"{c.helper('_setitem')}({c['x']}, {c.render(c.raw('key'))}, {c['value']})",
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "nn_max_pool": _arrayapi.pool("max", "np", "np.max"),
            "nn_avg_pool": _arrayapi.pool("avg", "np", "np.sum"),
        }
    )
    return rules


DIALECT = Dialect(
    name="numpy",
    namespace="np",
    imports={"np": "import numpy as np", "math": "import math"},
    cast="{x}.astype({dtype})",
    constant="np.asarray({data}, dtype={dtype})",
    from_bytes="np.frombuffer({data}, dtype={dtype}).reshape({shape}).copy()",
    table=table(),
    helpers={**_arrayapi.helpers("np"), **{k: v.strip() for k, v in HELPERS.items()}},
)
