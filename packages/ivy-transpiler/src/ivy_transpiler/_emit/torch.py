"""PyTorch source: ``torch`` functions and ``torch.nn.functional`` (as ``F``)."""

from __future__ import annotations

from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._static import as_shape, conv_plan, cumulative, pool_plan, reduced_axes_list
from ivy_transpiler._emit._writer import Call, Dialect, Rule, Unsupported

#: Elementwise functions spelled as in the standard.
UNARY = [n for n in _arrayapi.UNARY if n != "conj"] + ["reciprocal"]
#: Elementwise functions of two tensors spelled as in the standard (a scalar operand becomes a tensor).
BINARY = [n for n in _arrayapi.BINARY if n not in ("maximum", "minimum")]
#: ``F`` activations of one argument, by Ivy name.
ACTIVATIONS = {
    "relu": "F.relu",
    "relu6": "F.relu6",
    "selu": "F.selu",
    "silu": "F.silu",
    "mish": "F.mish",
    "sigmoid": "torch.sigmoid",
    "hard_sigmoid": "F.hardsigmoid",
    "hard_swish": "F.hardswish",
    "log_sigmoid": "F.logsigmoid",
}
#: Reductions over ``dim`` (a tuple), by Ivy name.
REDUCTIONS = {"sum": "torch.sum", "mean": "torch.mean", "max": "torch.amax", "min": "torch.amin",
              "all": "torch.all", "any": "torch.any", "logsumexp": "torch.logsumexp"}  # fmt: skip

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
    mean = None if mean is None else mean.clone()
    var = None if var is None else var.clone()
    return F.batch_norm(x, mean, var, weight, bias, training, momentum, eps), mean, var
''',
}


def _scalar_as_tensor(call: Call, name: str, other: str) -> str:
    if call.dtype_of(name) is not None:
        return call[name]
    dtype = call.casts.get(other) or call.dtype_of(other)
    return f"torch.tensor({call.render(call.raw(name))}, dtype={call.dtype(dtype)})"


def binary(function: str) -> Rule:
    def rule(call: Call) -> str:
        return f"{function}({_scalar_as_tensor(call, 'x1', 'x2')}, {_scalar_as_tensor(call, 'x2', 'x1')})"

    return rule


def extreme(bound: str, function: str) -> Rule:
    """``maximum``/``minimum``: ``torch.clamp`` against a scalar, else the tensor function."""

    def rule(call: Call) -> str:
        for array, scalar in (("x1", "x2"), ("x2", "x1")):
            if call.dtype_of(scalar) is None:
                return f"torch.clamp({call[array]}, {bound}={call[scalar]})"
        return f"{function}({call['x1']}, {call['x2']})"

    return rule


def reduction(function: str) -> Rule:
    def rule(call: Call) -> str:
        return f"{function}({call['x']}, dim={reduced_axes_list(call)}, keepdim={call['keepdims']})"

    return rule


def single_axis(function: str, extra: str = "") -> Rule:
    """A function of one ``dim`` (``None``: over the flattened tensor, kept dims restored by reshape)."""

    def rule(call: Call) -> str:
        axis = call.raw("axis")
        if isinstance(axis, (tuple, list)):
            if len(axis) != 1:
                raise Unsupported(f"several axes {axis!r}")
            axis = axis[0]
        if axis is None:
            text = f"{function}({call['x']}{extra})"
            return f"torch.reshape({text}, {call.out.shape!r})" if call.raw("keepdims") else text
        return f"{function}({call['x']}, dim={axis!r}, keepdim={call['keepdims']}{extra})"

    return rule


def statistic(function: str) -> Rule:
    def rule(call: Call) -> str:
        dims = reduced_axes_list(call)
        return f"{function}({call['x']}, dim={dims}, correction={call['correction']}, keepdim={call['keepdims']})"

    return rule


def conv(call: Call) -> str:
    plan = conv_plan(call)
    n, x = plan["n"], call["x"]
    if plan["channels_last"]:
        x = f"torch.movedim({x}, -1, {-n - 1})"
    pads = plan["pads"]
    if all(b == a for b, a in pads):
        padding = tuple(b for b, _ in pads)
    else:
        flat = tuple(p for pair in reversed(pads) for p in pair)
        x, padding = f"F.pad({x}, {flat!r})", (0,) * n
    text = (
        f"F.conv{n}d({x}, {call['weight']}, {call['bias']}, stride={plan['stride']!r}, padding={padding!r}, "
        f"dilation={plan['dilation']!r}, groups={plan['groups']!r})"
    )
    return f"torch.movedim({text}, {-n - 1}, -1)" if plan["channels_last"] else text


def pool(kind: str) -> Rule:
    def rule(call: Call) -> str:
        plan = pool_plan(call, dilated=kind == "max")
        n, x = plan["n"], call["x"]
        if plan["channels_last"]:
            x = f"torch.movedim({x}, -1, {-n - 1})"
        common = f"{x}, {plan['kernel']!r}, stride={plan['stride']!r}, padding={plan['padding']!r}"
        if kind == "max":
            text = f"F.max_pool{n}d({common}, dilation={plan['dilation']!r}, ceil_mode={plan['ceil']})"
        else:
            text = f"F.avg_pool{n}d({common}, ceil_mode={plan['ceil']}, count_include_pad={call['count_include_pad']})"
        return f"torch.movedim({text}, {-n - 1}, -1)" if plan["channels_last"] else text

    return rule


def batch_norm(call: Call) -> str:
    if call.raw("channels_last"):
        raise Unsupported("channels_last")
    args = ", ".join(
        call[n] for n in ("x", "running_mean", "running_var", "weight", "bias", "training", "momentum", "eps")
    )
    return f"{call.helper('_batch_norm')}({args})"


def attention(call: Call) -> str:
    if call.raw("dropout_p"):
        raise Unsupported("with dropout")
    return (
        f"F.scaled_dot_product_attention({call['query']}, {call['key']}, {call['value']}, attn_mask={call['mask']}, "
        f"is_causal={call['is_causal']}, scale={call['scale']})"
    )


def asarray(call: Call) -> str:
    obj = call.raw("obj")
    if call.dtype_of("obj") is None:
        return f"torch.tensor({call['obj']}, dtype={call['out_dtype']})"
    if call.dtype_of("obj") is call.out.dtype:
        return f"{call['obj']}.clone()"
    return f"{call.render(obj)}.to({call['out_dtype']})"


def getitem(call: Call) -> str:
    key = call.raw("key")
    keys = key if isinstance(key, tuple) else (key,)
    if any((isinstance(k, slice) and k.step is not None and not isinstance(k.step, int)) or
           (isinstance(k, slice) and isinstance(k.step, int) and k.step < 0) for k in keys):  # fmt: skip
        raise Unsupported("a negative slice step (torch has none)")
    return _arrayapi.getitem(call)


def table() -> dict[str, Rule]:
    rules: dict[str, Rule] = {name: f"torch.{name}({{x}})" for name in UNARY}
    rules.update({name: binary(f"torch.{name}") for name in BINARY})
    rules.update({name: reduction(function) for name, function in REDUCTIONS.items()})
    rules.update({f"nn_{name}": f"{function}({{x}})" for name, function in ACTIVATIONS.items()})
    rules.update({name: f"torch.{name}({{shape}}, dtype={{out_dtype}})" for name in _arrayapi.FILLED})
    rules.update({name: f"torch.{name}({{x}}, dtype={{out_dtype}})" for name in _arrayapi.FILLED_LIKE})
    rules.update({name: "torch.reshape({x}, {shape})" for name in ("reshape",)})
    rules.update(
        {
            "conj": "torch.conj_physical({x})",
            "bitwise_invert": "torch.bitwise_not({x})",
            "maximum": extreme("min", "torch.maximum"),
            "minimum": extreme("max", "torch.minimum"),
            "prod": single_axis("torch.prod"),
            "argmax": single_axis("torch.argmax"),
            "argmin": single_axis("torch.argmin"),
            "std": statistic("torch.std"),
            "var": statistic("torch.var"),
            "cumulative_sum": cumulative("torch.cumsum", "dim"),
            "cumulative_prod": cumulative("torch.cumprod", "dim"),
            "permute_dims": "torch.permute({x}, {axes})",
            "matrix_transpose": "torch.transpose({x}, -1, -2)",
            "expand_dims": lambda c: f"torch.reshape({c['x']}, {c.out.shape!r})",
            "squeeze": lambda c: f"torch.reshape({c['x']}, {c.out.shape!r})",
            "concat": lambda c: (
                f"torch.cat({c['arrays']}, dim={c['axis']})"
                if c.raw("axis") is not None
                else (f"torch.cat([torch.reshape(a, (-1,)) for a in {c['arrays']}])")
            ),
            "stack": "torch.stack({arrays}, dim={axis})",
            "flip": lambda c: f"torch.flip({c['x']}, {reduced_axes_list(c)})",
            "roll": "torch.roll({x}, {shift}, {axis})",
            "broadcast_to": "torch.broadcast_to({x}, {shape})",
            "tile": "torch.tile({x}, {repetitions})",
            "repeat": "torch.repeat_interleave({x}, {repeats}, dim={axis})",
            "moveaxis": "torch.movedim({x}, {source}, {destination})",
            "where": "torch.where({condition}, {x1}, {x2})",
            "tensordot": "torch.tensordot({x1}, {x2}, dims={axes})",
            "vecdot": "torch.linalg.vecdot({x1}, {x2}, dim={axis})",
            "einsum": lambda c: f"torch.einsum({c['subscripts']}, {', '.join(c.render(o) for o in c.raw('operands'))})",
            "clip": "torch.clamp({x}, {min}, {max})",
            "take_along_axis": "torch.take_along_dim({x}, {indices}, dim={axis})",
            "full": "torch.full({shape}, {fill_value}, dtype={out_dtype})",
            "full_like": "torch.full_like({x}, {fill_value}, dtype={out_dtype})",
            "arange": lambda c: (
                f"torch.arange({c['start']}, {c['stop']}, {c['step']}, dtype={c['out_dtype']})"
                if c.raw("stop") is not None
                else f"torch.arange({c['start']}, dtype={c['out_dtype']})"
            ),
            "tril": "torch.tril({x}, diagonal={k})",
            "triu": "torch.triu({x}, diagonal={k})",
            "astype": "{x}.to({dtype})",
            "asarray": asarray,
            "getitem": getitem,
            "setitem": lambda c: f"{c.helper('_setitem')}({c['x']}, {c.render(c.raw('key'))}, {c['value']})",
            "stop_gradient": "{x}.detach()",
            "nn_leaky_relu": "F.leaky_relu({x}, {negative_slope})",
            "nn_elu": "F.elu({x}, {alpha})",
            "nn_gelu": "F.gelu({x}, approximate={approximate})",
            "nn_softplus": "F.softplus({x}, beta={beta}, threshold={threshold})",
            "nn_softmax": "torch.softmax({x}, {axis})",
            "nn_log_softmax": "torch.log_softmax({x}, {axis})",
            "nn_linear": "F.linear({x}, {weight}, {bias})",
            "nn_embedding": "F.embedding({indices}, {weight})",
            "nn_one_hot": "F.one_hot({indices}, {num_classes}).to({out_dtype})",
            "nn_dropout": _arrayapi.dropout,
            "nn_layer_norm": lambda c: (
                f"F.layer_norm({c['x']}, {as_shape(c.raw('normalized_shape'))!r}, {c['weight']}, {c['bias']}, "
                f"{c['eps']})"
            ),
            "nn_batch_norm": batch_norm,
            "nn_scaled_dot_product_attention": attention,
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "nn_max_pool": pool("max"),
            "nn_avg_pool": pool("avg"),
            "erf": "torch.erf({x})",
            "linalg_vector_norm": "torch.linalg.vector_norm({x}, ord={ord}, dim={axis}, keepdim={keepdims})",
            "linalg_inv": "torch.linalg.inv({x})",
            "linalg_det": "torch.linalg.det({x})",
            "linalg_solve": "torch.linalg.solve({x1}, {x2})",
            "linalg_outer": "torch.outer({x1}, {x2})",
        }
    )
    return rules


DIALECT = Dialect(
    name="torch",
    namespace="torch",
    imports={"torch": "import torch", "F": "import torch.nn.functional as F"},
    cast="{x}.to({dtype})",
    constant="torch.tensor({data}, dtype={dtype})",
    from_bytes="torch.frombuffer(bytearray({data}), dtype={dtype}).reshape({shape})",
    table=table(),
    helpers={k: v.strip() for k, v in HELPERS.items()},
)
