"""PaddlePaddle source: ``paddle`` functions and ``paddle.nn.functional`` (as ``F``)."""

from __future__ import annotations

from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._static import as_shape, conv_plan, cumulative, pool_plan, reduced_axes_list
from ivy_transpiler._emit._writer import Call, Dialect, Rule, Unsupported

#: Elementwise functions spelled as in the standard (``paddle.negative``/``positive`` included).
UNARY = [*_arrayapi.UNARY, "reciprocal", "erf"]
#: Elementwise functions of two tensors spelled as in the standard (a scalar operand becomes a tensor).
BINARY = list(_arrayapi.BINARY)
#: ``F`` activations of one argument, by Ivy name.
ACTIVATIONS = {
    "relu": "F.relu",
    "relu6": "F.relu6",
    "selu": "F.selu",
    "silu": "F.silu",
    "mish": "F.mish",
    "sigmoid": "F.sigmoid",
    "hard_sigmoid": "F.hardsigmoid",
    "hard_swish": "F.hardswish",
    "log_sigmoid": "F.log_sigmoid",
}
#: Reductions over ``axis`` (a list), by Ivy name.
REDUCTIONS = {"mean": "paddle.mean", "max": "paddle.amax", "min": "paddle.amin", "all": "paddle.all",
              "any": "paddle.any", "logsumexp": "paddle.logsumexp"}  # fmt: skip

HELPERS = {
    "_setitem": '''
def _setitem(x, key, value):
    """A copy of ``x`` with ``x[key] = value``."""
    x = x.clone()
    x[key] = value
    return x
''',
    "_batch_norm": '''
def _batch_norm(x, mean, var, weight, bias, training, momentum, eps):
    """F.batch_norm on copies of the running statistics; returns (y, new running mean, new running var)."""
    mean, var = mean.clone(), var.clone()
    y = F.batch_norm(x, mean, var, weight, bias, training=training, momentum=1 - momentum, epsilon=eps)
    return y, mean, var
''',
    "_attention": '''
def _attention(query, key, value, mask, is_causal, scale):
    """softmax(query @ key^T * scale + mask) @ value; a boolean mask keeps where True."""
    scale = 1.0 / query.shape[-1] ** 0.5 if scale is None else scale
    scores = paddle.matmul(query, key, transpose_y=True) * scale
    if is_causal:
        keep = paddle.tril(paddle.ones(scores.shape[-2:], dtype=paddle.int32)).astype(paddle.bool)
        scores = paddle.where(keep, scores, paddle.full_like(scores, float("-inf")))
    if mask is not None:
        if mask.dtype == paddle.bool:
            scores = paddle.where(mask, scores, paddle.full_like(scores, float("-inf")))
        else:
            scores = scores + mask
    return paddle.matmul(F.softmax(scores, axis=-1), value)
''',
}


def _tensor(call: Call, name: str, dtype: object) -> str:
    """The argument ``name``; a Python scalar becomes a tensor of ``dtype``."""
    if call.dtype_of(name) is not None:
        return call[name]
    return f"paddle.to_tensor({call.render(call.raw(name))}, dtype={call.dtype(dtype)})"


def _scalar_as_tensor(call: Call, name: str, other: str) -> str:
    return _tensor(call, name, call.casts.get(other) or call.dtype_of(other))


def binary(function: str) -> Rule:
    def rule(call: Call) -> str:
        return f"{function}({_scalar_as_tensor(call, 'x1', 'x2')}, {_scalar_as_tensor(call, 'x2', 'x1')})"

    return rule


def reduction(function: str, dtype: bool = False) -> Rule:
    def rule(call: Call) -> str:
        extra = f", dtype={call['out_dtype']}" if dtype else ""
        return f"{function}({call['x']}, axis={reduced_axes_list(call)}, keepdim={call['keepdims']}{extra})"

    return rule


def single_axis(function: str, dtype: bool = False) -> Rule:
    """A function of one ``axis`` (``None``: over the flattened tensor, kept dims restored by reshape)."""

    def rule(call: Call) -> str:
        extra = f", dtype={call['out_dtype']}" if dtype else ""
        axis = call.raw("axis")
        if isinstance(axis, (tuple, list)):
            if len(axis) != 1:
                raise Unsupported(f"several axes {axis!r}")
            axis = axis[0]
        if axis is None:
            text = f"{function}(paddle.reshape({call['x']}, [-1]), axis=0{extra})"
            return f"paddle.reshape({text}, {list(call.out.shape)!r})"
        return f"{function}({call['x']}, axis={axis!r}, keepdim={call['keepdims']}{extra})"

    return rule


def statistic(function: str) -> Rule:
    def rule(call: Call) -> str:
        correction = call.raw("correction")
        if correction not in (0, 1):
            raise Unsupported(f"correction={correction!r}")
        axis = reduced_axes_list(call)
        return f"{function}({call['x']}, axis={axis}, unbiased={bool(correction)}, keepdim={call['keepdims']})"

    return rule


def extreme(function: str) -> Rule:
    """``maximum``/``minimum``: a scalar operand becomes a tensor of the other's dtype."""
    return binary(function)


def conv(call: Call) -> str:
    plan = conv_plan(call)
    n, x = plan["n"], call["x"]
    if plan["channels_last"]:
        x = f"paddle.moveaxis({x}, -1, {-n - 1})"
    padding = [p for pair in plan["pads"] for p in pair]
    text = (
        f"F.conv{n}d({x}, {call['weight']}, {call['bias']}, stride={list(plan['stride'])!r}, padding={padding!r}, "
        f"dilation={list(plan['dilation'])!r}, groups={plan['groups']!r})"
    )
    return f"paddle.moveaxis({text}, {-n - 1}, -1)" if plan["channels_last"] else text


def pool(kind: str) -> Rule:
    def rule(call: Call) -> str:
        plan = pool_plan(call, dilated=kind == "max")
        n, x = plan["n"], call["x"]
        if n not in (1, 2, 3):
            raise Unsupported(f"{n}-d pooling")
        if any(d != 1 for d in plan["dilation"]):
            raise Unsupported("dilated max pooling (paddle has none)")
        shape = call.shape_of("x")
        lead = plan["lead"]
        for size, p, k, s, o in zip(shape[lead : lead + n], plan["padding"], plan["kernel"], plan["stride"],
                                    plan["out"], strict=True):  # fmt: skip
            room = size + 2 * p - k
            native = (-(-room // s) if plan["ceil"] else room // s) + 1
            if native != o:
                raise Unsupported("ceil_mode with a last window starting in the padding")
        if plan["channels_last"]:
            x = f"paddle.moveaxis({x}, -1, {-n - 1})"
        common = (
            f"{x}, {list(plan['kernel'])!r}, stride={list(plan['stride'])!r}, padding={list(plan['padding'])!r}, "
            f"ceil_mode={plan['ceil']}"
        )
        if kind == "max":
            text = f"F.max_pool{n}d({common})"
        else:
            text = f"F.avg_pool{n}d({common}, exclusive={not call.raw('count_include_pad')})"
        return f"paddle.moveaxis({text}, {-n - 1}, -1)" if plan["channels_last"] else text

    return rule


def batch_norm(call: Call) -> str:
    if call.raw("channels_last"):
        raise Unsupported("channels_last")
    if call.raw("running_mean") is None or call.raw("running_var") is None:
        raise Unsupported("without running statistics")
    args = ", ".join(
        call[n] for n in ("x", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps")
    )
    return f"{call.helper('_batch_norm')}({args})"


def asarray(call: Call) -> str:
    if call.dtype_of("obj") is None:
        return f"paddle.to_tensor({call['obj']}, dtype={call['out_dtype']})"
    if call.dtype_of("obj") is call.out.dtype:
        return f"{call['obj']}.clone()"
    return f"{call.render(call.raw('obj'))}.astype({call['out_dtype']})"


def where(call: Call) -> str:
    x1, x2 = (_tensor(call, n, call.out.dtype) for n in ("x1", "x2"))
    return f"paddle.where({call['condition']}, {x1}, {x2})"


def clip(call: Call) -> str:
    text = call["x"]
    for name, function in (("min", "paddle.maximum"), ("max", "paddle.minimum")):
        if call.raw(name) is not None:
            text = f"{function}({text}, {_tensor(call, name, call.out.dtype)})"
    return text


def matrix_transpose(call: Call) -> str:
    rank = len(call.shape_of("x"))
    perm = [*range(rank - 2), rank - 1, rank - 2]
    return f"paddle.transpose({call['x']}, perm={perm!r})"


def linear(call: Call) -> str:
    bias = "" if call.raw("bias") is None else f" + {call['bias']}"
    return f"paddle.matmul({call['x']}, {call['weight']}, transpose_y=True){bias}"


def concat(call: Call) -> str:
    if call.raw("axis") is None:
        return f"paddle.concat([paddle.reshape(a, [-1]) for a in {call['arrays']}])"
    return f"paddle.concat({call['arrays']}, axis={call['axis']})"


def arange(call: Call) -> str:
    if call.raw("stop") is None:
        return f"paddle.arange({call['start']}, dtype={call['out_dtype']})"
    return f"paddle.arange({call['start']}, {call['stop']}, {call['step']}, dtype={call['out_dtype']})"


def table() -> dict[str, Rule]:
    rules: dict[str, Rule] = {name: f"paddle.{name}({{x}})" for name in UNARY}
    rules.update({name: binary(f"paddle.{name}") for name in BINARY})
    rules.update({name: reduction(function) for name, function in REDUCTIONS.items()})
    rules.update({f"nn_{name}": f"{function}({{x}})" for name, function in ACTIVATIONS.items()})
    rules.update({name: f"paddle.{name}({{shape}}, dtype={{out_dtype}})" for name in _arrayapi.FILLED})
    rules.update({name: f"paddle.{name}({{x}}, dtype={{out_dtype}})" for name in _arrayapi.FILLED_LIKE})
    rules.update(
        {
            "bitwise_invert": "paddle.bitwise_not({x})",
            "maximum": extreme("paddle.maximum"),
            "minimum": extreme("paddle.minimum"),
            "sum": reduction("paddle.sum", dtype=True),
            "prod": single_axis("paddle.prod", dtype=True),
            "argmax": single_axis("paddle.argmax", dtype=True),
            "argmin": single_axis("paddle.argmin", dtype=True),
            "std": statistic("paddle.std"),
            "var": statistic("paddle.var"),
            "cumulative_sum": cumulative("paddle.cumsum"),
            "cumulative_prod": cumulative("paddle.cumprod"),
            "reshape": lambda c: f"paddle.reshape({c['x']}, {list(c.out.shape)!r})",
            "permute_dims": lambda c: f"paddle.transpose({c['x']}, perm={list(c.raw('axes'))!r})",
            "matrix_transpose": matrix_transpose,
            "expand_dims": lambda c: f"paddle.reshape({c['x']}, {list(c.out.shape)!r})",
            "squeeze": lambda c: f"paddle.reshape({c['x']}, {list(c.out.shape)!r})",
            "concat": concat,
            "stack": "paddle.stack({arrays}, axis={axis})",
            "flip": lambda c: f"paddle.flip({c['x']}, axis={reduced_axes_list(c)})",
            "roll": "paddle.roll({x}, {shift}, axis={axis})",
            "broadcast_to": lambda c: f"paddle.broadcast_to({c['x']}, {list(c.out.shape)!r})",
            "tile": "paddle.tile({x}, {repetitions})",
            "repeat": "paddle.repeat_interleave({x}, {repeats}, axis={axis})",
            "moveaxis": "paddle.moveaxis({x}, {source}, {destination})",
            "where": where,
            "tensordot": "paddle.tensordot({x1}, {x2}, axes={axes})",
            "vecdot": "paddle.sum(paddle.conj({x1}) * {x2}, axis={axis})",
            "einsum": lambda c: (
                f"paddle.einsum({c['subscripts']}, {', '.join(c.render(o) for o in c.raw('operands'))})"
            ),
            "clip": clip,
            "take_along_axis": "paddle.take_along_axis({x}, {indices}, axis={axis})",
            "full": "paddle.full({shape}, {fill_value}, dtype={out_dtype})",
            "full_like": "paddle.full_like({x}, {fill_value}, dtype={out_dtype})",
            "arange": arange,
            "tril": "paddle.tril({x}, diagonal={k})",
            "triu": "paddle.triu({x}, diagonal={k})",
            "astype": "{x}.astype({dtype})",
            "asarray": asarray,
            "getitem": _arrayapi.getitem,
            "setitem": lambda c: f"{c.helper('_setitem')}({c['x']}, {c.render(c.raw('key'))}, {c['value']})",
            "stop_gradient": "{x}.detach()",
            "nn_leaky_relu": "F.leaky_relu({x}, {negative_slope})",
            "nn_elu": "F.elu({x}, {alpha})",
            "nn_gelu": "F.gelu({x}, approximate={approximate})",
            "nn_softplus": "F.softplus({x}, beta={beta}, threshold={threshold})",
            "nn_softmax": "F.softmax({x}, axis={axis})",
            "nn_log_softmax": "F.log_softmax({x}, axis={axis})",
            "nn_linear": linear,
            "nn_embedding": "F.embedding({indices}, {weight})",
            "nn_one_hot": "F.one_hot({indices}, {num_classes}).astype({out_dtype})",
            "nn_dropout": _arrayapi.dropout,
            "nn_layer_norm": lambda c: (
                f"F.layer_norm({c['x']}, {list(as_shape(c.raw('normalized_shape')))!r}, {c['weight']}, {c['bias']}, "
                f"{c['eps']})"
            ),
            "nn_batch_norm": batch_norm,
            "nn_scaled_dot_product_attention": _arrayapi.attention,
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "nn_max_pool": pool("max"),
            "nn_avg_pool": pool("avg"),
            "linalg_vector_norm": "paddle.linalg.vector_norm({x}, p={ord}, axis={axis}, keepdim={keepdims})",
            "linalg_inv": "paddle.linalg.inv({x})",
            "linalg_det": "paddle.linalg.det({x})",
            "linalg_solve": "paddle.linalg.solve({x1}, {x2})",
            "linalg_outer": "paddle.outer({x1}, {x2})",
        }
    )
    return rules


DIALECT = Dialect(
    name="paddle",
    namespace="paddle",
    imports={"paddle": "import paddle", "F": "import paddle.nn.functional as F"},
    cast="{x}.astype({dtype})",
    constant="paddle.to_tensor({data}, dtype={dtype})",
    from_bytes="paddle.to_tensor(list({data}), dtype=paddle.uint8).view({dtype}).reshape({shape})",
    table=table(),
    helpers={k: v.strip() for k, v in HELPERS.items()},
)
