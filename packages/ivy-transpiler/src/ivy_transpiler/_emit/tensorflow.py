"""TensorFlow source: ``tf.math``, ``tf.nn`` and ``tf.linalg``; channels-first layers through transposes."""

from __future__ import annotations

import math

from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._static import axes, conv_plan, cumulative, normalized_axes, pool_plan, reduced_axes_list
from ivy_transpiler._emit._writer import Call, Dialect, Rule, Unsupported

#: ``tf.math`` functions named as in the standard.
UNARY = (
    "abs acos acosh asin asinh atan atanh ceil conj cos cosh exp expm1 floor imag log log1p negative real round "
    "sign sin sinh square sqrt tan tanh reciprocal"
).split()
#: Standard name -> ``tf`` function, where they differ.
RENAMED = {
    "isfinite": "tf.math.is_finite",
    "isinf": "tf.math.is_inf",
    "isnan": "tf.math.is_nan",
    "logical_not": "tf.math.logical_not",
    "bitwise_invert": "tf.bitwise.invert",
    "erf": "tf.math.erf",
    "stop_gradient": "tf.stop_gradient",
    "matrix_transpose": "tf.linalg.matrix_transpose",
    "linalg_inv": "tf.linalg.inv",
    "linalg_det": "tf.linalg.det",
}
BINARY = {
    "atan2": "tf.math.atan2",
    "maximum": "tf.math.maximum",
    "minimum": "tf.math.minimum",
    "logical_and": "tf.math.logical_and",
    "logical_or": "tf.math.logical_or",
    "logical_xor": "tf.math.logical_xor",
    "nextafter": "tf.math.nextafter",
    "bitwise_left_shift": "tf.bitwise.left_shift",
    "bitwise_right_shift": "tf.bitwise.right_shift",
}
REDUCTIONS = {name: f"tf.reduce_{name}" for name in ("sum", "mean", "max", "min", "prod", "all", "any")}
REDUCTIONS["logsumexp"] = "tf.reduce_logsumexp"
ACTIVATIONS = {
    "relu": "tf.nn.relu({x})",
    "relu6": "tf.nn.relu6({x})",
    "selu": "tf.nn.selu({x})",
    "silu": "tf.nn.silu({x})",
    "sigmoid": "tf.math.sigmoid({x})",
    "log_sigmoid": "tf.math.log_sigmoid({x})",
    "hard_sigmoid": "tf.clip_by_value({x} / 6 + 0.5, 0, 1)",
    "hard_swish": "{x} * tf.clip_by_value({x} / 6 + 0.5, 0, 1)",
    "mish": "{x} * tf.tanh(tf.math.softplus({x}))",
    "leaky_relu": "tf.nn.leaky_relu({x}, alpha={negative_slope})",
    "elu": "tf.where({x} > 0, {x}, {alpha} * tf.math.expm1({x}))",
    "softmax": "tf.nn.softmax({x}, axis={axis})",
    "log_softmax": "tf.nn.log_softmax({x}, axis={axis})",
}

HELPERS = {
    "_setitem": '''
def _setitem(x, key, value):
    """A copy of ``x`` with ``x[key] = value`` (written through the flat positions ``key`` selects)."""
    positions = tf.reshape(tf.range(tf.size(x)), tf.shape(x))[key]
    value = tf.broadcast_to(tf.cast(value, x.dtype), tf.shape(positions))
    flat = tf.tensor_scatter_nd_update(tf.reshape(x, [-1]), tf.reshape(positions, [-1, 1]), tf.reshape(value, [-1]))
    return tf.reshape(flat, tf.shape(x))
''',
    "_layer_norm": '''
def _layer_norm(x, weight, bias, axes, eps):
    """Normalise over ``axes`` (biased variance), then scale and shift."""
    centred = x - tf.reduce_mean(x, axis=axes, keepdims=True)
    y = centred / tf.sqrt(tf.reduce_mean(centred * centred, axis=axes, keepdims=True) + eps)
    y = y if weight is None else y * weight
    return y if bias is None else y + bias
''',
    "_batch_norm": '''
def _batch_norm(x, mean, var, weight, bias, training, momentum, eps, channel):
    """Batch normalisation over every axis but ``channel``; returns (y, new running mean, new running var)."""
    axes = [a for a in range(len(x.shape)) if a != channel]
    shape = [-1 if a == channel else 1 for a in range(len(x.shape))]
    if training or mean is None:
        batch_mean, batch_var = tf.nn.moments(x, axes)
    else:
        batch_mean, batch_var = mean, var
    y = (x - tf.reshape(batch_mean, shape)) / tf.sqrt(tf.reshape(batch_var, shape) + eps)
    y = y if weight is None else y * tf.reshape(weight, shape)
    y = y if bias is None else y + tf.reshape(bias, shape)
    if training and mean is not None:
        count = int(tf.size(x)) // x.shape[channel]
        mean = mean * (1 - momentum) + batch_mean * momentum
        var = var * (1 - momentum) + batch_var * (count / max(count - 1, 1)) * momentum
    return y, mean, var
''',
    "_attention": '''
def _attention(query, key, value, mask, is_causal, scale):
    """softmax(query @ key^T * scale + mask) @ value; a boolean mask keeps where True."""
    scale = 1.0 / query.shape[-1] ** 0.5 if scale is None else scale
    scores = tf.matmul(query, key, transpose_b=True) * scale
    if is_causal:
        keep = tf.linalg.band_part(tf.ones(scores.shape[-2:], dtype=tf.bool), -1, 0)
        scores = tf.where(keep, scores, float("-inf"))
    if mask is not None:
        scores = tf.where(mask, scores, float("-inf")) if mask.dtype == tf.bool else scores + mask
    return tf.matmul(tf.nn.softmax(scores, axis=-1), value)
''',
}


def _to_channels_last(x: str, n: int, rank: int) -> str:
    order = (0, *range(2, rank), 1) if rank == n + 2 else (*range(1, rank), 0)
    return f"tf.transpose({x}, {order!r})"


def _to_channels_first(x: str, n: int, rank: int) -> str:
    order = (0, rank - 1, *range(1, rank - 1)) if rank == n + 2 else (rank - 1, *range(rank - 1))
    return f"tf.transpose({x}, {order!r})"


def conv(call: Call) -> str:
    plan = conv_plan(call)
    n, rank = plan["n"], len(call.shape_of("x"))
    if plan["groups"] != 1:
        raise Unsupported("grouped convolution")
    x = call["x"] if plan["channels_last"] else _to_channels_last(call["x"], n, rank)
    if not plan["batched"]:
        x = f"{x}[None]"
    if any(p != (0, 0) for p in plan["pads"]):
        x = f"tf.pad({x}, {((0, 0), *plan['pads'], (0, 0))!r})"
    kernel = f"tf.transpose({call['weight']}, {(*range(2, n + 2), 1, 0)!r})"
    text = (
        f"tf.nn.convolution({x}, {kernel}, strides={plan['stride']!r}, padding='VALID', dilations={plan['dilation']!r})"
    )
    if call.raw("bias") is not None:
        text += f" + {call['bias']}"
    if not plan["batched"]:
        text = f"({text})[0]"
    return text if plan["channels_last"] else _to_channels_first(text, n, rank)


def pool(kind: str) -> Rule:
    def rule(call: Call) -> str:
        plan = pool_plan(call, dilated=kind == "max")
        n, shape = plan["n"], call.shape_of("x")
        rank = len(shape)
        if plan["lead"] not in (rank - n - 1, rank - n) or any(d != 1 for d in plan["dilation"]):
            raise Unsupported("dilated pooling")
        batched = rank == n + 2
        x = call["x"] if plan["channels_last"] else _to_channels_last(call["x"], n, rank)
        if not batched:
            x = f"{x}[None]"
        padded = any(p != (0, 0) for p in plan["pads"])
        if kind == "avg" and padded and (not call.raw("count_include_pad") or plan["ceil"]):
            raise Unsupported("average pooling that does not count padding")
        if padded:
            fill = "float('-inf')" if kind == "max" else "0"
            x = f"tf.pad({x}, {((0, 0), *plan['pads'], (0, 0))!r}, constant_values={fill})"
        pooling = "MAX" if kind == "max" else "AVG"
        text = f"tf.nn.pool({x}, {plan['kernel']!r}, {pooling!r}, strides={plan['stride']!r}, padding='VALID')"
        natural = [
            (size + b + a - k) // s + 1
            for size, (b, a), k, s in zip(
                shape[plan["lead"] : plan["lead"] + n], plan["pads"], plan["kernel"], plan["stride"], strict=True
            )
        ]
        if tuple(natural) != plan["out"]:
            text = f"{text}[:, {', '.join(f':{o}' for o in plan['out'])}]"
        if not batched:
            text = f"({text})[0]"
        return text if plan["channels_last"] else _to_channels_first(text, n, rank)

    return rule


def reduction(function: str) -> Rule:
    return lambda call: f"{function}({call['x']}, axis={reduced_axes_list(call)}, keepdims={call['keepdims']})"


def statistic(root: bool) -> Rule:
    def rule(call: Call) -> str:
        shape = call.shape_of("x")
        found = axes(call.raw("axis"))
        count = math.prod(shape[a] for a in (range(len(shape)) if found is None else found))
        x, dims = call["x"], reduced_axes_list(call)
        centred = f"{x} - tf.reduce_mean({x}, axis={dims}, keepdims=True)"
        text = (
            f"tf.reduce_sum(tf.square({centred}), axis={dims}, keepdims={call['keepdims']}) / "
            f"{max(count - call.raw('correction'), 0)!r}"
        )
        return f"tf.sqrt({text})" if root else text

    return rule


def arg(function: str) -> Rule:
    def rule(call: Call) -> str:
        axis, x = call.raw("axis"), call["x"]
        if axis is None:
            text = f"{function}(tf.reshape({x}, [-1]), axis=0, output_type={call['out_dtype']})"
        else:
            text = f"{function}({x}, axis={axis!r}, output_type={call['out_dtype']})"
        return f"tf.reshape({text}, {call.out.shape!r})" if call.raw("keepdims") else text

    return rule


def scalar_or_tensor(call: Call, name: str) -> str:
    if call.dtype_of(name) is not None:
        return call[name]
    return f"tf.constant({call[name]}, dtype={call['out_dtype']})"


def moveaxis(call: Call) -> str:
    rank = len(call.shape_of("x"))
    source = [s % rank for s in axes(call.raw("source"))]
    destination = [d % rank for d in axes(call.raw("destination"))]
    order = [a for a in range(rank) if a not in source]
    for d, s in sorted(zip(destination, source, strict=True)):
        order.insert(d, s)
    return f"tf.transpose({call['x']}, {order!r})"


def triangle(lower: bool) -> Rule:
    def rule(call: Call) -> str:
        if call.raw("k") != 0:
            raise Unsupported("k != 0")
        return f"tf.linalg.band_part({call['x']}, {-1 if lower else 0}, {0 if lower else -1})"

    return rule


def getitem(call: Call) -> str:
    key = call.raw("key")
    keys = key if isinstance(key, tuple) else (key,)
    if any(call.writer.graph.values.get(getattr(k, "id", -1)) is not None for k in keys if hasattr(k, "id")):
        raise Unsupported("an array index")
    return _arrayapi.getitem(call)


def linear(call: Call) -> str:
    rank = len(call.shape_of("x"))
    text = f"tf.tensordot({call['x']}, {call['weight']}, [[{rank - 1}], [1]])"
    return text if call.raw("bias") is None else f"{text} + {call['bias']}"


def asarray(call: Call) -> str:
    if call.dtype_of("obj") is None:
        return f"tf.constant({call['obj']}, dtype={call['out_dtype']})"
    return f"tf.identity(tf.cast({call['obj']}, {call['out_dtype']}))"


def table() -> dict[str, Rule]:
    rules: dict[str, Rule] = {name: f"tf.math.{name}({{x}})" for name in UNARY}
    rules.update({name: f"{function}({{x}})" for name, function in RENAMED.items()})
    rules.update({name: f"{function}({{x1}}, {{x2}})" for name, function in BINARY.items()})
    rules.update({name: reduction(function) for name, function in REDUCTIONS.items()})
    rules.update({f"nn_{name}": template for name, template in ACTIVATIONS.items()})
    rules.update({name: f"tf.{name}({{shape}}, dtype={{out_dtype}})" for name in ("zeros", "ones")})
    rules.update({name: f"tf.{name}({{x}}, dtype={{out_dtype}})" for name in ("zeros_like", "ones_like")})
    rules.update(
        {
            "positive": "{x}",
            "trunc": "tf.where({x} < 0, tf.math.ceil({x}), tf.math.floor({x}))",
            "log2": "tf.math.log({x}) / tf.math.log(tf.constant(2, dtype={out_dtype}))",
            "log10": "tf.math.log({x}) / tf.math.log(tf.constant(10, dtype={out_dtype}))",
            "std": statistic(root=True),
            "var": statistic(root=False),
            "argmax": arg("tf.math.argmax"),
            "argmin": arg("tf.math.argmin"),
            "cumulative_sum": cumulative("tf.math.cumsum"),
            "reshape": "tf.reshape({x}, {shape})",
            "permute_dims": "tf.transpose({x}, {axes})",
            "expand_dims": lambda c: f"tf.reshape({c['x']}, {c.out.shape!r})",
            "squeeze": lambda c: f"tf.reshape({c['x']}, {c.out.shape!r})",
            "concat": "tf.concat({arrays}, axis={axis})",
            "stack": "tf.stack({arrays}, axis={axis})",
            "flip": lambda c: f"tf.reverse({c['x']}, axis={reduced_axes_list(c)})",
            "roll": "tf.roll({x}, {shift}, axis={axis})",
            "broadcast_to": "tf.broadcast_to({x}, {shape})",
            "tile": "tf.tile({x}, {repetitions})",
            "repeat": "tf.repeat({x}, {repeats}, axis={axis})",
            "moveaxis": moveaxis,
            "where": lambda c: f"tf.where({c['condition']}, {scalar_or_tensor(c, 'x1')}, {scalar_or_tensor(c, 'x2')})",
            "tensordot": "tf.tensordot({x1}, {x2}, axes={axes})",
            "vecdot": "tf.reduce_sum(tf.math.conj({x1}) * {x2}, axis={axis})",
            "einsum": lambda c: f"tf.einsum({c['subscripts']}, {', '.join(c.render(o) for o in c.raw('operands'))})",
            "clip": lambda c: (
                f"tf.clip_by_value({c['x']}, {c['min']}, {c['max']})"
                if c.raw("min") is not None and c.raw("max") is not None
                else _unsupported("one-sided clip")
            ),
            "take": "tf.gather({x}, {indices}, axis={axis})",
            "full": "tf.fill({shape}, tf.constant({fill_value}, dtype={out_dtype}))",
            "full_like": lambda c: f"tf.fill({c.out.shape!r}, tf.constant({c['fill_value']}, dtype={c['out_dtype']}))",
            "arange": "tf.range({start}, {stop}, {step}, dtype={out_dtype})",
            "eye": lambda c: (
                f"tf.eye({c['n_rows']}, {c['n_cols']}, dtype={c['out_dtype']})"
                if c.raw("k") == 0
                else _unsupported("k != 0")
            ),
            "tril": triangle(lower=True),
            "triu": triangle(lower=False),
            "astype": "tf.cast({x}, {dtype})",
            "asarray": asarray,
            "getitem": getitem,
            "setitem": lambda c: f"{c.helper('_setitem')}({c['x']}, {c.render(c.raw('key'))}, {c['value']})",
            "nn_gelu": lambda c: f"tf.nn.gelu({c['x']}, approximate={c.raw('approximate') == 'tanh'})",
            "nn_softplus": lambda c: (
                f"tf.math.softplus({c['x']})"
                if c.raw("beta") == 1
                else f"tf.math.softplus({c['beta']} * {c['x']}) / {c['beta']}"
            ),
            "nn_linear": linear,
            "nn_embedding": "tf.gather({weight}, {indices})",
            "nn_one_hot": "tf.one_hot({indices}, {num_classes}, dtype={out_dtype})",
            "nn_dropout": _arrayapi.dropout,
            "nn_layer_norm": lambda c: (
                f"{c.helper('_layer_norm')}({c['x']}, {c['weight']}, {c['bias']}, {list(normalized_axes(c))!r}, "
                f"{c['eps']})"
            ),
            "nn_batch_norm": lambda c: (
                f"{c.helper('_batch_norm')}({c['x']}, {c['running_mean']}, {c['running_var']}, {c['weight']}, "
                f"{c['bias']}, {c['training']}, {c['momentum']}, {c['eps']}, "
                f"{len(c.shape_of('x')) - 1 if c.raw('channels_last') else 1})"
            ),
            "nn_scaled_dot_product_attention": _arrayapi.attention,
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "nn_max_pool": pool("max"),
            "nn_avg_pool": pool("avg"),
            "linalg_vector_norm": "tf.norm({x}, ord={ord}, axis={axis}, keepdims={keepdims})",
        }
    )
    return rules


def _unsupported(why: str) -> str:
    raise Unsupported(why)


DIALECT = Dialect(
    name="tensorflow",
    namespace="tf",
    imports={"tf": "import tensorflow as tf"},
    cast="tf.cast({x}, {dtype})",
    constant="tf.constant({data}, dtype={dtype})",
    from_bytes="tf.reshape(tf.io.decode_raw({data}, {dtype}), {shape})",
    table=table(),
    helpers={k: v.strip() for k, v in HELPERS.items()},
    control={
        "cond": "tf.cond({pred}, lambda: {true}({true_args}), lambda: {false}({false_args}))",
        "while_loop": "tf.while_loop(lambda *c: {cond}(*c{cond_caps})[0], lambda *c: {body}(*c{body_caps}), ({carry}))",
    },
)
