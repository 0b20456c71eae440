"""Rules for namespaces that follow the Array API's names (``numpy``, ``jax.numpy``), derived from name lists."""

from __future__ import annotations

import math

from ivy_transpiler._emit._static import normalized_axes, pool_plan
from ivy_transpiler._emit._writer import Call, Rule, Unsupported

#: Elementwise functions of one argument spelled as in the standard.
UNARY = (
    "abs acos acosh asin asinh atan atanh ceil conj cos cosh exp expm1 floor imag isfinite isinf isnan log log1p "
    "log2 log10 logical_not negative positive real round sign signbit sin sinh square sqrt tan tanh trunc"
).split()
#: Elementwise functions of two arguments spelled as in the standard (the others are operators).
BINARY = "atan2 copysign hypot logaddexp logical_and logical_or logical_xor maximum minimum nextafter".split()
#: Reductions ``f(x, axis=, keepdims=)``.
REDUCTIONS = "sum prod mean max min all any".split()
#: Creation functions of a shape and a dtype.
FILLED = "zeros ones empty".split()
FILLED_LIKE = "zeros_like ones_like empty_like".split()


#: Helpers written once per file, the same for every Array-API namespace (``{ns}`` is its alias).
HELPERS = {
    "_layer_norm": '''
def _layer_norm(x, weight, bias, axes, eps):
    """Normalise over ``axes`` (biased variance), then scale and shift."""
    centred = x - {ns}.mean(x, axis=axes, keepdims=True)
    y = centred / {ns}.sqrt({ns}.mean(centred * centred, axis=axes, keepdims=True) + eps)
    y = y if weight is None else y * weight
    return y if bias is None else y + bias
''',
    "_batch_norm": '''
def _batch_norm(x, mean, var, weight, bias, training, momentum, eps, channel):
    """Batch normalisation over every axis but ``channel``; returns (y, new running mean, new running var)."""
    axes = tuple(a for a in range(x.ndim) if a != channel)
    shape = tuple(-1 if a == channel else 1 for a in range(x.ndim))
    if training or mean is None:
        batch_mean, batch_var = {ns}.mean(x, axis=axes), {ns}.var(x, axis=axes)
    else:
        batch_mean, batch_var = mean, var
    y = (x - batch_mean.reshape(shape)) / {ns}.sqrt(batch_var.reshape(shape) + eps)
    y = y if weight is None else y * weight.reshape(shape)
    y = y if bias is None else y + bias.reshape(shape)
    if training and mean is not None:
        count = x.size // x.shape[channel]
        mean = mean * (1 - momentum) + batch_mean * momentum
        var = var * (1 - momentum) + batch_var * (count / max(count - 1, 1)) * momentum
    return y, mean, var
''',
    "_softmax": '''
def _softmax(x, axis):
    """exp(x) / sum(exp(x)) along ``axis``, shifted by the maximum for stability."""
    e = {ns}.exp(x - {ns}.max(x, axis=axis, keepdims=True))
    return e / {ns}.sum(e, axis=axis, keepdims=True)
''',
    "_attention": '''
def _attention(query, key, value, mask, is_causal, scale):
    """softmax(query @ key^T * scale + mask) @ value; a boolean mask keeps where True."""
    scale = 1.0 / query.shape[-1] ** 0.5 if scale is None else scale
    scores = {ns}.matmul(query, {ns}.swapaxes(key, -1, -2)) * scale
    if is_causal:
        scores = {ns}.where({ns}.tril({ns}.ones(scores.shape[-2:], dtype=bool)), scores, -{ns}.inf)
    if mask is not None:
        scores = {ns}.where(mask, scores, -{ns}.inf) if mask.dtype == bool else scores + mask
    e = {ns}.exp(scores - {ns}.max(scores, axis=-1, keepdims=True))
    return {ns}.matmul(e / {ns}.sum(e, axis=-1, keepdims=True), value)
''',
}


def helpers(ns: str) -> dict[str, str]:
    """``HELPERS`` written for the namespace alias ``ns``."""
    return {name: text.strip().replace("{ns}", ns) for name, text in HELPERS.items()}


def layer_norm(call: Call) -> str:
    arrays = f"{call['x']}, {call['weight']}, {call['bias']}"
    return f"{call.helper('_layer_norm')}({arrays}, {normalized_axes(call)!r}, {call['eps']})"


def batch_norm(call: Call) -> str:
    channel = len(call.shape_of("x")) - 1 if call.raw("channels_last") else 1
    return (
        f"{call.helper('_batch_norm')}({call['x']}, {call['running_mean']}, {call['running_var']}, {call['weight']}, "
        f"{call['bias']}, {call['training']}, {call['momentum']}, {call['eps']}, {channel})"
    )


def attention(call: Call) -> str:
    if call.raw("dropout_p"):
        raise Unsupported("with dropout")
    return (
        f"{call.helper('_attention')}({call['query']}, {call['key']}, {call['value']}, {call['mask']}, "
        f"{call['is_causal']}, {call['scale']})"
    )


def pool(kind: str, ns: str, combine: str) -> Rule:
    """Max or average pooling with the dialect's ``_pool(x, init, combine, window, strides, pads, dilation, out)``."""

    def rule(call: Call) -> str:
        plan = pool_plan(call, dilated=kind == "max")
        shape = call.shape_of("x")
        lead, trail = plan["lead"], len(shape) - plan["lead"] - plan["n"]
        window = (1,) * lead + plan["kernel"] + (1,) * trail
        strides = (1,) * lead + plan["stride"] + (1,) * trail
        pads = ((0, 0),) * lead + plan["pads"] + ((0, 0),) * trail
        dilation = (1,) * lead + plan["dilation"] + (1,) * trail
        out = shape[:lead] + plan["out"] + shape[lead + plan["n"] :]
        rest = f"{window!r}, {strides!r}, {pads!r}, {dilation!r}, {out!r})"
        if kind == "max":
            return f"{call.helper('_pool')}({call['x']}, -{ns}.inf, {combine}, {rest}"
        total = f"{call.helper('_pool')}({call['x']}, 0.0, {combine}, {rest}"
        padded = any(p != (0, 0) for p in plan["pads"])
        if padded and (not call.raw("count_include_pad") or plan["ceil"]):
            if call.raw("count_include_pad"):
                raise Unsupported("average pooling counting padding in ceil_mode's partial windows")
            ones = f"{ns}.ones({shape!r}, dtype={call['out_dtype']})"
            return f"{total} / {call.helper('_pool')}({ones}, 0.0, {combine}, {rest}"
        return f"{total} / {math.prod(plan['kernel'])}"

    return rule


def getitem(call: Call) -> str:
    return f"{call['x']}[{call.writer.index(call.raw('key'))}]"


def table(ns: str) -> dict[str, Rule]:
    """The rules every Array-API-named namespace ``ns`` shares."""
    rules: dict[str, Rule] = {}
    rules.update({name: f"{ns}.{name}({{x}})" for name in UNARY})
    rules.update({name: f"{ns}.{name}({{x1}}, {{x2}})" for name in BINARY})
    rules.update({name: f"{ns}.{name}({{x}}, axis={{axis}}, keepdims={{keepdims}})" for name in REDUCTIONS})
    rules.update({name: f"{ns}.{name}({{shape}}, dtype={{out_dtype}})" for name in FILLED})
    rules.update({name: f"{ns}.{name}({{x}}, dtype={{out_dtype}})" for name in FILLED_LIKE})
    rules.update(
        {
            "reciprocal": "1 / {x}",
            "bitwise_invert": f"{ns}.invert({{x}})",
            "std": f"{ns}.std({{x}}, axis={{axis}}, ddof={{correction}}, keepdims={{keepdims}})",
            "var": f"{ns}.var({{x}}, axis={{axis}}, ddof={{correction}}, keepdims={{keepdims}})",
            "argmax": f"{ns}.argmax({{x}}, axis={{axis}}, keepdims={{keepdims}}).astype({{out_dtype}})",
            "argmin": f"{ns}.argmin({{x}}, axis={{axis}}, keepdims={{keepdims}}).astype({{out_dtype}})",
            "cumulative_sum": f"{ns}.cumulative_sum({{x}}, axis={{axis}}, include_initial={{include_initial}})",
            "cumulative_prod": f"{ns}.cumulative_prod({{x}}, axis={{axis}}, include_initial={{include_initial}})",
            "count_nonzero": f"{ns}.count_nonzero({{x}}, axis={{axis}}, keepdims={{keepdims}}).astype({{out_dtype}})",
            "reshape": f"{ns}.reshape({{x}}, {{shape}})",
            "permute_dims": f"{ns}.transpose({{x}}, {{axes}})",
            "matrix_transpose": f"{ns}.swapaxes({{x}}, -1, -2)",
            "expand_dims": f"{ns}.expand_dims({{x}}, {{axis}})",
            "squeeze": f"{ns}.squeeze({{x}}, {{axis}})",
            "concat": f"{ns}.concatenate({{arrays}}, axis={{axis}})",
            "stack": f"{ns}.stack({{arrays}}, axis={{axis}})",
            "flip": f"{ns}.flip({{x}}, axis={{axis}})",
            "roll": f"{ns}.roll({{x}}, {{shift}}, axis={{axis}})",
            "broadcast_to": f"{ns}.broadcast_to({{x}}, {{shape}})",
            "tile": f"{ns}.tile({{x}}, {{repetitions}})",
            "repeat": f"{ns}.repeat({{x}}, {{repeats}}, axis={{axis}})",
            "moveaxis": f"{ns}.moveaxis({{x}}, {{source}}, {{destination}})",
            "where": f"{ns}.where({{condition}}, {{x1}}, {{x2}})",
            "tensordot": f"{ns}.tensordot({{x1}}, {{x2}}, axes={{axes}})",
            "vecdot": f"{ns}.sum({ns}.conj({{x1}}) * {{x2}}, axis={{axis}})",
            "linalg_outer": f"{ns}.outer({{x1}}, {{x2}})",
            "einsum": lambda c: f"{ns}.einsum({c['subscripts']}, {', '.join(c.render(o) for o in c.raw('operands'))})",
            "clip": f"{ns}.clip({{x}}, {{min}}, {{max}})",
            "take": f"{ns}.take({{x}}, {{indices}}, axis={{axis}})",
            "take_along_axis": f"{ns}.take_along_axis({{x}}, {{indices}}, axis={{axis}})",
            "full": f"{ns}.full({{shape}}, {{fill_value}}, dtype={{out_dtype}})",
            "full_like": f"{ns}.full_like({{x}}, {{fill_value}}, dtype={{out_dtype}})",
            "arange": f"{ns}.arange({{start}}, {{stop}}, {{step}}, dtype={{out_dtype}})",
            "eye": f"{ns}.eye({{n_rows}}, {{n_cols}}, k={{k}}, dtype={{out_dtype}})",
            "linspace": f"{ns}.linspace({{start}}, {{stop}}, {{num}}, endpoint={{endpoint}}, dtype={{out_dtype}})",
            "tril": f"{ns}.tril({{x}}, k={{k}})",
            "triu": f"{ns}.triu({{x}}, k={{k}})",
            "astype": "{x}.astype({dtype})",
            "asarray": f"{ns}.array({{obj}}, dtype={{out_dtype}})",
            "getitem": getitem,
            "nn_linear": lambda c: f"{c['x']} @ {c['weight']}.T" + ("" if c.raw("bias") is None else f" + {c['bias']}"),
            "nn_embedding": "{weight}[{indices}]",
            "nn_dropout": dropout,
            "nn_layer_norm": layer_norm,
            "nn_batch_norm": batch_norm,
            "nn_scaled_dot_product_attention": attention,
            "linalg_vector_norm": f"{ns}.linalg.vector_norm({{x}}, axis={{axis}}, keepdims={{keepdims}}, ord={{ord}})",
            "linalg_inv": f"{ns}.linalg.inv({{x}})",
            "linalg_det": f"{ns}.linalg.det({{x}})",
            "linalg_solve": f"{ns}.linalg.solve({{x1}}, {{x2}})",
        }
    )
    return rules


def dropout(call: Call) -> str:
    """Dropout outside training (or with ``p == 0``) is the identity; random masks are not written."""
    if call.raw("training") and call.raw("p") != 0:
        raise Unsupported("in training mode: random masks are not written as source")
    return call["x"]
