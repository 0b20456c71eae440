"""The MLX source dialect (``transpile(..., target="mlx", output="source")``): a traced graph
written with ``mlx.core`` and ``mlx.nn`` only.

Built on the transpiler's public ``Dialect`` (imports no framework). MLX spells some of the
standard's names differently (``arccos``, ``cumsum``, ``bool_``), has no ``signbit``,
``copysign``, ``hypot`` or ``nextafter``, and convolves channels-last; a hook it cannot
write is left out of the table, so ``MissingHooks`` names it.
"""

from __future__ import annotations

from typing import Any

from ivy_transpiler.plugin import HELPER_RULES, Call, Dialect, Rule, Unsupported

#: Ivy hook -> ``mx`` function of one argument.
UNARY = {
    "abs": "abs",
    "acos": "arccos",
    "acosh": "arccosh",
    "asin": "arcsin",
    "asinh": "arcsinh",
    "atan": "arctan",
    "atanh": "arctanh",
    "ceil": "ceil",
    "conj": "conjugate",
    "cos": "cos",
    "cosh": "cosh",
    "exp": "exp",
    "expm1": "expm1",
    "floor": "floor",
    "imag": "imag",
    "isfinite": "isfinite",
    "isinf": "isinf",
    "isnan": "isnan",
    "log": "log",
    "log1p": "log1p",
    "log2": "log2",
    "log10": "log10",
    "logical_not": "logical_not",
    "negative": "negative",
    "real": "real",
    "round": "round",
    "sign": "sign",
    "sin": "sin",
    "sinh": "sinh",
    "square": "square",
    "sqrt": "sqrt",
    "tan": "tan",
    "tanh": "tanh",
    "reciprocal": "reciprocal",
    "erf": "erf",
    "bitwise_invert": "bitwise_invert",
    "stop_gradient": "stop_gradient",
}
#: Ivy hook -> ``mx`` function of two arguments.
BINARY = {
    "atan2": "arctan2",
    "logaddexp": "logaddexp",
    "maximum": "maximum",
    "minimum": "minimum",
    "logical_and": "logical_and",
    "logical_or": "logical_or",
    "logical_xor": "not_equal",  # of booleans
}
#: Reductions ``mx.f(x, axis=, keepdims=)`` (``axis=None`` reduces everything, as in Ivy).
REDUCTIONS = ("sum", "prod", "mean", "max", "min", "all", "any", "logsumexp")
#: ``mlx.nn`` activations of one argument, by Ivy hook.
ACTIVATIONS = ("relu", "relu6", "selu", "silu", "sigmoid", "log_sigmoid", "mish")

HELPERS = {
    "_exp64": '''
def _exp64(x):
    """Float64 e^x from MLX's exact expm1 (its exp computes float64 in single precision)."""
    m = mx.expm1(mx.abs(mx.where(x < -700, x + 700, x)))
    small = 1 / (m + 1)
    return mx.where(x >= 0, m + 1, mx.where(x < -700, small * 9.859676543759770e-305, small))
''',
    "_cos_sin64": '''
def _cos_sin64(x):
    """Float64 (cos x, sin x) from MLX's exact tan (its sin and cos are single precision)."""
    t = mx.tan(x)
    cos = mx.where(mx.abs(mx.tan(x / 2)) > 1, -1.0, 1.0).astype(x.dtype) * mx.rsqrt(1 + t * t)
    return cos, t * cos
''',
    "_setitem": '''
def _setitem(x, key, value):
    """A copy of ``x`` with ``x[key] = value`` (MLX assigns in place)."""
    x = mx.array(x)
    x[key] = value
    return x
''',
    "_layer_norm": '''
def _layer_norm(x, weight, bias, axes, eps):
    """Normalise over ``axes`` (biased variance), then scale and shift."""
    centred = x - mx.mean(x, axis=axes, keepdims=True)
    y = centred * mx.rsqrt(mx.mean(centred * centred, axis=axes, keepdims=True) + eps)
    y = y if weight is None else y * weight
    return y if bias is None else y + bias
''',
    "_batch_norm": '''
def _batch_norm(x, mean, var, weight, bias, training, momentum, eps, channel):
    """Batch normalisation over every axis but ``channel``; returns (y, new running mean, new running var)."""
    axes = tuple(a for a in range(x.ndim) if a != channel)
    shape = tuple(-1 if a == channel else 1 for a in range(x.ndim))
    if training or mean is None:
        batch_mean, batch_var = mx.mean(x, axis=axes), mx.var(x, axis=axes)
    else:
        batch_mean, batch_var = mean, var
    y = (x - batch_mean.reshape(shape)) * mx.rsqrt(batch_var.reshape(shape) + eps)
    y = y if weight is None else y * weight.reshape(shape)
    y = y if bias is None else y + bias.reshape(shape)
    if training and mean is not None:
        count = x.size // x.shape[channel]
        mean = mean * (1 - momentum) + batch_mean * momentum
        var = var * (1 - momentum) + batch_var * (count / max(count - 1, 1)) * momentum
    return y, mean, var
''',
    "_attention": '''
def _attention(query, key, value, mask, is_causal, scale):
    """softmax(query @ key^T * scale + mask) @ value; a boolean mask keeps where True."""
    scale = 1.0 / query.shape[-1] ** 0.5 if scale is None else scale
    scores = (query @ mx.swapaxes(key, -1, -2)) * scale
    if is_causal:
        keep = mx.tril(mx.ones(scores.shape[-2:], dtype=mx.bool_))
        scores = mx.where(keep, scores, mx.array(-float("inf"), dtype=scores.dtype))
    if mask is not None:
        if mask.dtype == mx.bool_:
            scores = mx.where(mask, scores, mx.array(-float("inf"), dtype=scores.dtype))
        else:
            scores = scores + mask
    return mx.softmax(scores, axis=-1, precise=True) @ value
''',
    "_cumulative": '''
def _cumulative(native, x, axis, include_initial, identity):
    """``native`` (``mx.cumsum``/``mx.cumprod``) along ``axis`` (flattened for None), optionally led by ``identity``."""
    if axis is None:
        x, axis = x.reshape(-1), 0
    y = native(x, axis=axis)
    if include_initial:
        shape = list(x.shape)
        shape[axis] = 1
        y = mx.concatenate([mx.full(shape, identity, dtype=x.dtype), y], axis=axis)
    return y
''',
}


def _ints(value: Any, n: int) -> tuple[int, ...]:
    return (int(value),) * n if isinstance(value, int) else tuple(int(v) for v in value)


def conv(call: Call) -> str:
    """``mx.conv_general`` on channels-last data; a channels-first graph is transposed around it."""
    weight, shape = call.shape_of("weight"), call.shape_of("x")
    n = len(weight) - 2
    if n < 1 or len(shape) not in (n + 1, n + 2):
        raise Unsupported(f"a {len(shape)}-d input with a {len(weight)}-d weight")
    channels_last = bool(call.raw("channels_last"))
    stride, dilation = _ints(call.raw("stride"), n), _ints(call.raw("dilation"), n)
    padding = call.raw("padding")
    if isinstance(padding, str) and padding.lower() == "valid":
        pads: Any = ((0, 0),) * n
    elif isinstance(padding, str):
        sizes = shape[-n - 1 : -1] if channels_last else shape[-n:]
        pads = []
        for size, k, s, d in zip(sizes, weight[2:], stride, dilation, strict=True):
            total = max((-(-size // s) - 1) * s + d * (k - 1) + 1 - size, 0)
            pads.append((total // 2, total - total // 2))
    elif isinstance(padding, (tuple, list)) and padding and isinstance(padding[0], (tuple, list)):
        pads = [(int(a), int(b)) for a, b in padding]
    else:
        pads = [(p, p) for p in _ints(padding, n)]
    low, high = [p[0] for p in pads], [p[1] for p in pads]
    x = call["x"] if len(shape) == n + 2 else f"{call['x']}[None]"
    if not channels_last:
        x = f"mx.moveaxis({x}, 1, -1)"
    kernel = f"mx.moveaxis({call['weight']}, 1, -1)"  # Ivy's (out, in / groups, *k): MLX's (out, *k, in / groups)
    text = (
        f"mx.conv_general({x}, {kernel}, stride={list(stride)!r}, padding=({low!r}, {high!r}), "
        f"kernel_dilation={list(dilation)!r}, groups={call['groups']})"
    )
    if call.raw("bias") is not None:
        text = f"{text} + {call['bias']}"
    if not channels_last:
        text = f"mx.moveaxis({text}, -1, 1)"
    return text if len(shape) == n + 2 else f"{text}[0]"


def float64(name: str, helper: str, suffix: str = "") -> Rule:
    """``mx.name(x)``, or the precise helper for a float64 ``x`` (see ``HELPERS``)."""

    def rule(call: Call) -> str:
        if call.out is not None and call.out.dtype.name == "float64":
            return f"{call.helper(helper)}({call['x']}){suffix}"
        return f"mx.{name}({call['x']})"

    return rule


def softplus(call: Call) -> str:
    x, beta, threshold = call["x"], call["beta"], call["threshold"]
    return f"mx.where({beta} * {x} > {threshold}, {x}, mx.logaddexp({beta} * {x}, 0) / {beta})"


def arg(name: str) -> Rule:
    def rule(call: Call) -> str:
        if call.raw("axis") is None:
            text = f"mx.{name}({call['x']}.reshape(-1), axis=0)"
            if call.raw("keepdims"):
                text = f"{text}.reshape({(1,) * len(call.shape_of('x'))!r})"
        else:
            text = f"mx.{name}({call['x']}, axis={call['axis']}, keepdims={call['keepdims']})"
        return f"{text}.astype({call['out_dtype']})"

    return rule


def cumulative(native: str, identity: int) -> Rule:
    def rule(call: Call) -> str:
        return (
            f"{call.helper('_cumulative')}(mx.{native}, {call['x']}, {call['axis']}, {call['include_initial']}, "
            f"{identity})"
        )

    return rule


def concat(call: Call) -> str:
    if call.raw("axis") is None:
        return f"mx.concatenate([a.reshape(-1) for a in {call['arrays']}])"
    return call.format("mx.concatenate({arrays}, axis={axis})")


def linspace(call: Call) -> str:
    if not call.raw("endpoint"):
        raise Unsupported("with endpoint=False")
    return call.format("mx.linspace({start}, {stop}, {num}, dtype={out_dtype})")


def getitem(call: Call) -> str:
    key = call.raw("key")
    for part in key if isinstance(key, tuple) else (key,):
        dtype = call.writer.graph.values[part.id].dtype if hasattr(part, "id") else None
        if dtype is not None and dtype.kind == "b":
            raise Unsupported("with a boolean mask (a data-dependent shape)")
    return f"{call['x']}[{call.writer.index(key)}]"


def dropout(call: Call) -> str:
    if call.raw("training") and call.raw("p") != 0:
        raise Unsupported("in training mode: random masks are not written as source")
    return call["x"]


def table() -> dict[str, Rule]:
    rules: dict[str, Rule] = {hook: f"mx.{name}({{x}})" for hook, name in UNARY.items()}
    rules.update({hook: f"mx.{name}({{x1}}, {{x2}})" for hook, name in BINARY.items()})
    rules.update({name: f"mx.{name}({{x}}, axis={{axis}}, keepdims={{keepdims}})" for name in REDUCTIONS})
    rules.update({name: f"mx.{name}({{shape}}, dtype={{out_dtype}})" for name in ("zeros", "ones")})
    rules.update({f"{name}_like": f"mx.{name}({{x}}.shape, dtype={{out_dtype}})" for name in ("zeros", "ones")})
    rules.update({f"nn_{name}": f"nn.{name}({{x}})" for name in ACTIVATIONS})
    rules.update(
        {
            "exp": float64("exp", "_exp64"),
            "cos": float64("cos", "_cos_sin64", "[0]"),
            "sin": float64("sin", "_cos_sin64", "[1]"),
            "empty": "mx.zeros({shape}, dtype={out_dtype})",
            "empty_like": "mx.zeros({x}.shape, dtype={out_dtype})",
            "positive": "{x}",
            "trunc": "mx.where({x} < 0, mx.ceil({x}), mx.floor({x}))",
            "std": "mx.std({x}, axis={axis}, ddof={correction}, keepdims={keepdims})",
            "var": "mx.var({x}, axis={axis}, ddof={correction}, keepdims={keepdims})",
            "argmax": arg("argmax"),
            "argmin": arg("argmin"),
            "cumulative_sum": cumulative("cumsum", 0),
            "cumulative_prod": cumulative("cumprod", 1),
            "count_nonzero": "mx.sum({x} != 0, axis={axis}, keepdims={keepdims}).astype({out_dtype})",
            "reshape": "mx.reshape({x}, {shape})",
            "permute_dims": "mx.transpose({x}, {axes})",
            "matrix_transpose": "mx.swapaxes({x}, -1, -2)",
            "expand_dims": "mx.expand_dims({x}, {axis})",
            "squeeze": "mx.squeeze({x}, {axis})",
            "concat": concat,
            "stack": "mx.stack({arrays}, axis={axis})",
            "flip": "mx.flip({x}, axis={axis})",
            "roll": "mx.roll({x}, {shift}, axis={axis})",
            "broadcast_to": "mx.broadcast_to({x}, {shape})",
            "tile": "mx.tile({x}, {repetitions})",
            "repeat": "mx.repeat({x}, {repeats}, axis={axis})",
            "moveaxis": "mx.moveaxis({x}, {source}, {destination})",
            "where": "mx.where({condition}, {x1}, {x2})",
            "tensordot": "mx.tensordot({x1}, {x2}, axes={axes})",
            "vecdot": "mx.sum(mx.conjugate({x1}) * {x2}, axis={axis})",
            "linalg_outer": "mx.outer({x1}, {x2})",
            "einsum": lambda c: f"mx.einsum({c['subscripts']}, {', '.join(c.render(o) for o in c.raw('operands'))})",
            "clip": "mx.clip({x}, {min}, {max})",
            "take": "mx.take({x}, {indices}, axis={axis})",
            "take_along_axis": "mx.take_along_axis({x}, {indices}, axis={axis})",
            "full": "mx.full({shape}, {fill_value}, dtype={out_dtype})",
            "full_like": "mx.full({x}.shape, {fill_value}, dtype={out_dtype})",
            "arange": "mx.arange({start}, {stop}, {step}, dtype={out_dtype})",
            "eye": "mx.eye({n_rows}, {n_cols}, k={k}, dtype={out_dtype})",
            "linspace": linspace,
            "tril": "mx.tril({x}, k={k})",
            "triu": "mx.triu({x}, k={k})",
            "astype": "{x}.astype({dtype})",
            "asarray": "mx.array({obj}, dtype={out_dtype})",
            "getitem": getitem,
            "setitem": lambda c: f"{c.helper('_setitem')}({c['x']}, {c.render(c.raw('key'))}, {c['value']})",
            "nn_linear": lambda c: f"{c['x']} @ {c['weight']}.T" + ("" if c.raw("bias") is None else f" + {c['bias']}"),
            "nn_embedding": "{weight}[{indices}]",
            "nn_dropout": dropout,
            **HELPER_RULES,
            "nn_leaky_relu": "nn.leaky_relu({x}, negative_slope={negative_slope})",
            "nn_elu": "nn.elu({x}, alpha={alpha})",
            "nn_gelu": lambda c: (
                f"nn.gelu_approx({c['x']})" if c.raw("approximate") == "tanh" else f"nn.gelu({c['x']})"
            ),
            "nn_softplus": softplus,
            "nn_softmax": "mx.softmax({x}, axis={axis}, precise=True)",
            "nn_log_softmax": "{x} - mx.logsumexp({x}, axis={axis}, keepdims=True)",
            "nn_one_hot": "(mx.arange({num_classes}) == {indices}[..., None]).astype({out_dtype})",
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "linalg_inv": "mx.linalg.inv({x}, stream=mx.cpu)",
            "linalg_solve": "mx.linalg.solve({x1}, {x2}, stream=mx.cpu)",
        }
    )
    return rules


def _cpu_for_64_bits(graph: Any) -> list[str]:
    """MLX computes 64-bit floats on the CPU only: a graph with them runs there."""
    if any(getattr(v.dtype, "name", "") == "float64" for v in graph.values.values()):
        return ["mx.set_default_device(mx.cpu)  # the program uses float64, which MLX computes on the CPU"]
    return []


class MlxDialect(Dialect):
    """MLX spells the boolean dtype ``mx.bool_``."""

    def dtype(self, dtype: Any) -> str:
        return "mx.bool_" if dtype.name == "bool" else f"mx.{dtype.name}"


DIALECT = MlxDialect(
    name="mlx",
    namespace="mx",
    imports={"mx": "import mlx.core as mx", "nn": "import mlx.nn as nn"},
    cast="{x}.astype({dtype})",
    constant="mx.array({data}, dtype={dtype})",
    from_bytes="mx.array(memoryview({data}).cast('B')).view({dtype}).reshape({shape})",
    table=table(),
    helpers={name: text.strip() for name, text in HELPERS.items()},
    prelude=_cpu_for_64_bits,
)
