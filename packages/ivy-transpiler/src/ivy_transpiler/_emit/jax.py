"""JAX source: ``jax.numpy`` for the Array API, ``jax.nn`` for activations, ``jax.lax`` for convolution and pooling."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from ivy.plugin import import_framework
from ivy.tracer.graph import Graph
from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._module import used_values
from ivy_transpiler._emit._static import conv_plan
from ivy_transpiler._emit._writer import Call, Dialect, Rule

#: ``jax.nn`` activations of one argument, by Ivy hook.
ACTIVATIONS = "relu relu6 selu silu sigmoid hard_sigmoid hard_swish log_sigmoid mish".split()

_LAYOUT = {1: ("NCH", "OIH"), 2: ("NCHW", "OIHW"), 3: ("NCDHW", "OIDHW")}

HELPERS = {
    "_pool": '''
def _pool(x, init, combine, window, strides, pads, dilation, out):
    """``combine`` over windows (padding holds ``init``), cropped to the output's size ``out``."""
    y = lax.reduce_window(x, init, combine, window, strides, pads, window_dilation=dilation)
    return y[tuple(slice(0, o) for o in out)]
''',
}


def conv(call: Call) -> str:
    plan = conv_plan(call)
    n = plan["n"]
    data, kernel = _LAYOUT[n]
    if plan["channels_last"]:
        data = data[0] + data[2:] + data[1]
    x = call["x"] if plan["batched"] else f"{call['x']}[None]"
    text = (
        f"lax.conv_general_dilated({x}, {call['weight']}, window_strides={plan['stride']!r}, "
        f"padding={plan['pads']!r}, rhs_dilation={plan['dilation']!r}, "
        f"dimension_numbers=({data!r}, {kernel!r}, {data!r}), feature_group_count={plan['groups']!r})"
    )
    if not plan["batched"]:
        text += "[0]"
    if call.raw("bias") is not None:
        bias = call["bias"] if plan["channels_last"] else f"{call['bias']}.reshape(-1{', 1' * n})"
        text += f" + {bias}"
    return text


def table() -> dict[str, Rule]:
    rules = _arrayapi.table("jnp")
    rules.update({f"nn_{name}": f"jax.nn.{name}({{x}})" for name in ACTIVATIONS})
    rules.update(
        {
            "nn_leaky_relu": "jax.nn.leaky_relu({x}, negative_slope={negative_slope})",
            "nn_elu": "jax.nn.elu({x}, alpha={alpha})",
            "nn_gelu": lambda c: f"jax.nn.gelu({c['x']}, approximate={c.raw('approximate') == 'tanh'})",
            "nn_softplus": lambda c: (
                f"jax.nn.softplus({c['x']})"
                if c.raw("beta") == 1
                else f"jax.nn.softplus({c['beta']} * {c['x']}) / {c['beta']}"
            ),
            "nn_softmax": "jax.nn.softmax({x}, axis={axis})",
            "nn_log_softmax": "jax.nn.log_softmax({x}, axis={axis})",
            "nn_one_hot": "jax.nn.one_hot({indices}, {num_classes}, dtype={out_dtype})",
            "logsumexp": "jax.scipy.special.logsumexp({x}, axis={axis}, keepdims={keepdims})",
            "erf": "jax.scipy.special.erf({x})",
            "stop_gradient": "lax.stop_gradient({x})",
            "setitem": lambda c: f"{c['x']}.at[{c.writer.index(c.raw('key'))}].set({c['value']})",
            "nn_conv": conv,
            "nn_conv1d": conv,
            "nn_conv2d": conv,
            "nn_conv3d": conv,
            "nn_max_pool": _arrayapi.pool("max", "jnp", "lax.max"),
            "nn_avg_pool": _arrayapi.pool("avg", "jnp", "lax.add"),
        }
    )
    return rules


@contextlib.contextmanager
def _x64_restored() -> Iterator[None]:
    """JAX's process-wide 64-bit switch as it was before (the prelude of a 64-bit program turns it on)."""
    config = import_framework("jax").config
    before = bool(config.jax_enable_x64)
    try:
        yield
    finally:
        config.update("jax_enable_x64", before)


def _x64(graph: Graph) -> list[str]:
    """JAX computes in 32 bits unless told: a graph with 64-bit values turns 64-bit types on."""
    values = [graph.values[i] for i in used_values(graph)]
    if any(v.dtype.name in ("float64", "int64", "uint64", "complex128") for v in values):
        return ['jax.config.update("jax_enable_x64", True)  # the program uses 64-bit types']
    return []


DIALECT = Dialect(
    name="jax",
    namespace="jnp",
    imports={
        "jax": "import jax",
        "jnp": "import jax.numpy as jnp",
        "lax": "from jax import lax",
        "jax.scipy": "import jax.scipy.special",
    },
    cast="{x}.astype({dtype})",
    constant="jnp.asarray({data}, dtype={dtype})",
    from_bytes="jnp.frombuffer({data}, dtype={dtype}).reshape({shape})",
    table=table(),
    control={
        "cond": "jax.lax.cond({pred}, lambda *o: {true}(*o{true_caps}), lambda *o: {false}(*o{false_caps}), "
        "*({operands}))",
        "while_loop": "jax.lax.while_loop(lambda c: {cond}(*c{cond_caps})[0], lambda c: {body}(*c{body_caps}), "
        "({carry}))",
        "scan": [
            "{prefix}_c, {prefix}_ys = jax.lax.scan(lambda c, x: (lambda o: (o[:{count}], o[{count}:]))"
            "({fn}(*c, *x{caps})), ({carry}), ({xs}), length={length}, reverse={reverse})",
            "{targets} = (*{prefix}_c, *{prefix}_ys)",
        ],
    },
    helpers={**_arrayapi.helpers("jnp"), **{k: v.strip() for k, v in HELPERS.items()}},
    prelude=_x64,
    scoped=_x64_restored,
)
