"""Modules of JAX's model libraries to torch: flax linen (bound) and nnx, equinox, haiku
(``(transformed, params)``), each a small model of a common layer family, random init."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SOURCE = "jax"
TARGETS = ["torch"]


def _x(seed: int, shape: tuple[int, ...]) -> Any:
    import numpy as np

    return np.random.default_rng(seed).standard_normal(shape).astype("float32")


def _inputs(shape: tuple[int, ...]) -> Callable[[int], tuple[tuple, dict]]:
    import jax.numpy as jnp

    return lambda seed: ((jnp.asarray(_x(seed, shape)),), {})


def _linen(kind: str) -> tuple[Any, Any]:
    import flax.linen as nn
    import jax

    shape = (2, 8, 8, 3) if kind in ("cnn", "batchnorm") else (2, 6, 16)
    mutable = kind == "batchnorm_train"

    class Net(nn.Module):
        @nn.compact
        def __call__(self, x: Any) -> Any:
            if kind == "mlp":
                return nn.Dense(4)(nn.gelu(nn.Dense(32)(x)))
            if kind == "cnn":
                x = nn.relu(nn.Conv(8, (3, 3))(x))
                return nn.Dense(4)(nn.avg_pool(x, (2, 2), (2, 2)).reshape(x.shape[0], -1))
            if kind in ("batchnorm", "batchnorm_train"):
                x = nn.Conv(8, (3, 3))(x) if x.ndim == 4 else nn.Dense(8)(x)
                return nn.BatchNorm(use_running_average=not mutable)(x)
            if kind == "attention":
                return nn.LayerNorm()(nn.MultiHeadDotProductAttention(num_heads=2)(x))
            if kind == "lstm":
                return nn.RNN(nn.LSTMCell(8))(x)
            return nn.RNN(nn.GRUCell(8))(x)

    net = Net()
    if kind == "batchnorm_train":
        shape = (4, 16)
    variables = net.init(jax.random.PRNGKey(0), _x(0, shape))
    return net.bind(variables, mutable=["batch_stats"] if mutable else False), _inputs(shape)


def _nnx(kind: str) -> tuple[Any, Any]:
    from flax import nnx

    rngs = nnx.Rngs(0)
    if kind == "mlp":
        model = nnx.Sequential(nnx.Linear(16, 32, rngs=rngs), nnx.gelu, nnx.Linear(32, 4, rngs=rngs))
        return model, _inputs((2, 16))
    if kind == "cnn":
        model = nnx.Sequential(nnx.Conv(3, 8, (3, 3), rngs=rngs), nnx.BatchNorm(8, rngs=rngs), nnx.relu)
        model.eval()
        return model, _inputs((2, 8, 8, 3))
    if kind == "attention":
        model = nnx.MultiHeadAttention(2, 16, decode=False, rngs=rngs)
        return model, _inputs((2, 6, 16))
    model = nnx.RNN(nnx.LSTMCell(16, 8, rngs=rngs))
    return model, _inputs((2, 6, 16))


def _equinox(kind: str) -> tuple[Any, Any]:
    import equinox as eqx
    import jax

    key = jax.random.PRNGKey(0)
    if kind == "mlp":
        return eqx.nn.MLP(16, 4, 32, 2, key=key), _inputs((16,))
    if kind == "cnn":
        return eqx.nn.Conv2d(3, 8, 3, key=key), _inputs((3, 8, 8))
    if kind == "attention":
        attention = eqx.nn.MultiheadAttention(2, 16, key=key)

        class SelfAttention(eqx.Module):
            inner: eqx.nn.MultiheadAttention

            def __call__(self, x: Any) -> Any:
                return self.inner(x, x, x)

        return SelfAttention(attention), _inputs((6, 16))
    if kind == "layernorm":
        return eqx.nn.LayerNorm(16), _inputs((16,))
    cell = eqx.nn.GRUCell(16, 8, key=key)

    class Unrolled(eqx.Module):
        cell: eqx.nn.GRUCell

        def __call__(self, xs: Any) -> Any:
            def step(h: Any, x: Any) -> Any:
                h = self.cell(x, h)
                return h, h

            return jax.lax.scan(step, jax.numpy.zeros(8), xs)[1]

    return Unrolled(cell), _inputs((6, 16))


def _haiku(kind: str) -> tuple[Any, Any]:
    import haiku as hk
    import jax

    shape = {"cnn": (2, 8, 8, 3), "attention": (2, 6, 16), "lstm": (6, 2, 16)}.get(kind, (2, 16))

    def forward(x: Any) -> Any:
        if kind == "mlp":
            return hk.nets.MLP([32, 4])(x)
        if kind == "cnn":
            return hk.Flatten()(jax.nn.relu(hk.Conv2D(8, 3)(x)))
        if kind == "attention":
            y = hk.MultiHeadAttention(2, 8, w_init=hk.initializers.VarianceScaling(1.0))(x, x, x)
            return hk.LayerNorm(-1, True, True)(y)
        core = hk.LSTM(8)
        return hk.dynamic_unroll(core, x, core.initial_state(x.shape[1]))[0]

    transformed = hk.without_apply_rng(hk.transform(forward))
    params = transformed.init(jax.random.PRNGKey(0), _x(0, shape))
    return (transformed, params), _inputs(shape)


BUILDERS = {"linen": _linen, "nnx": _nnx, "equinox": _equinox, "haiku": _haiku}
CASES = {
    "linen": ["mlp", "cnn", "batchnorm", "batchnorm_train", "attention", "lstm", "gru"],
    "nnx": ["mlp", "cnn", "attention", "lstm"],
    "equinox": ["mlp", "cnn", "attention", "layernorm", "gru"],
    "haiku": ["mlp", "cnn", "attention", "lstm"],
}


def cases() -> list[str]:
    return [f"{library}.{kind}" for library, kinds in CASES.items() for kind in kinds]


def build(name: str) -> tuple[Any, Any]:
    library, kind = name.split(".")
    return BUILDERS[library](kind)


def run(model: Any, args: tuple, kwargs: dict) -> Any:
    """The model run by its library, its state left as it was."""
    from ivy_frontends.jax import _flax

    if isinstance(model, tuple):
        return _flax.call(model, args, kwargs)
    import flax.linen

    if isinstance(model, flax.linen.Module):
        return _flax.call(model, args, kwargs)
    return model(*args, **kwargs)
