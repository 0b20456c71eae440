"""The same operations written directly in each framework: the benchmarks' baselines.

One adapter per framework maps an operation name to a native function of
native arrays; ``sync`` waits for an asynchronous result (JAX; None where results are ready on return). An operation a
framework has no native call for is simply absent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def numpy_ops() -> dict[str, Callable]:
    import numpy as np

    return {
        "add": np.add,
        "matmul": np.matmul,
        "mlp": lambda x, w1, b1, w2, b2: np.maximum(x @ w1.T + b1, 0) @ w2.T + b2,
        "sync": None,
    }


def torch_ops() -> dict[str, Callable]:
    import torch
    import torch.nn.functional as F

    return {
        "add": torch.add,
        "matmul": torch.matmul,
        "mlp": lambda x, w1, b1, w2, b2: F.linear(F.relu(F.linear(x, w1, b1)), w2, b2),
        "conv2d": lambda x, w, b: F.conv2d(x, w, b, padding=1),
        "layer_norm": lambda x, w, b: F.layer_norm(x, x.shape[-1:], w, b),
        "sdpa": F.scaled_dot_product_attention,
        "sync": None,
    }


def jax_ops() -> dict[str, Callable]:
    import jax
    import jax.numpy as jnp

    def layer_norm(x, w, b):
        mean = x.mean(-1, keepdims=True)
        return (x - mean) / jnp.sqrt(((x - mean) ** 2).mean(-1, keepdims=True) + 1e-5) * w + b

    def sdpa(q, k, v):
        # jax.nn.dot_product_attention takes (batch, seq, heads, dim)
        swap = lambda t: jnp.swapaxes(t, 1, 2)
        return swap(jax.nn.dot_product_attention(swap(q), swap(k), swap(v)))

    conv = lambda x, w, b: jax.lax.conv_general_dilated(x, w, (1, 1), ((1, 1), (1, 1))) + b[None, :, None, None]
    return {
        "add": jnp.add,
        "matmul": jnp.matmul,
        "mlp": lambda x, w1, b1, w2, b2: jnp.maximum(x @ w1.T + b1, 0) @ w2.T + b2,
        "conv2d": jax.jit(conv),
        "layer_norm": jax.jit(layer_norm),
        "sdpa": jax.jit(sdpa),
        "sync": lambda r: r.block_until_ready(),
    }


def tensorflow_ops() -> dict[str, Callable]:
    import tensorflow as tf

    def layer_norm(x, w, b):
        mean, variance = tf.nn.moments(x, axes=[-1], keepdims=True)
        return (x - mean) / tf.sqrt(variance + 1e-5) * w + b

    def conv2d(x, w, b):
        # the benchmark's NCHW data and OIHW filters; TensorFlow's CPU kernels take NHWC and HWIO
        y = tf.nn.conv2d(tf.transpose(x, [0, 2, 3, 1]), tf.transpose(w, [2, 3, 1, 0]), 1, "SAME") + b
        return tf.transpose(y, [0, 3, 1, 2])

    def sdpa(q, k, v):
        scores = tf.matmul(q, k, transpose_b=True) / float(q.shape[-1]) ** 0.5
        return tf.matmul(tf.nn.softmax(scores, axis=-1), v)

    return {
        "add": tf.add,
        "matmul": tf.matmul,
        "mlp": lambda x, w1, b1, w2, b2: (
            tf.matmul(tf.nn.relu(tf.matmul(x, w1, transpose_b=True) + b1), w2, transpose_b=True) + b2
        ),
        "layer_norm": layer_norm,
        "conv2d": conv2d,
        "sdpa": sdpa,
        "sync": None,
    }


def paddle_ops() -> dict[str, Callable]:
    import paddle
    import paddle.nn.functional as F

    return {
        "add": paddle.add,
        "matmul": paddle.matmul,
        "mlp": lambda x, w1, b1, w2, b2: F.linear(F.relu(F.linear(x, w1.T, b1)), w2.T, b2),
        "conv2d": lambda x, w, b: F.conv2d(x, w, b, padding=1),
        "layer_norm": lambda x, w, b: F.layer_norm(x, x.shape[-1:], w, b),
        "sdpa": lambda q, k, v: paddle.matmul(
            F.softmax(paddle.matmul(q, k, transpose_y=True) / float(q.shape[-1]) ** 0.5, axis=-1), v
        ),
        "sync": None,
    }


def mlx_ops() -> dict[str, Callable]:
    import mlx.core as mx

    return {
        "add": mx.add,
        "matmul": mx.matmul,
        "mlp": lambda x, w1, b1, w2, b2: mx.maximum(x @ w1.T + b1, 0) @ w2.T + b2,
        "sync": mx.eval,  # MLX is lazy: a result is computed when evaluated
    }


#: Backend name -> adapter. Paddle before tensorflow: importing tensorflow first crashes paddle.
NATIVE: dict[str, Callable[[], dict[str, Any]]] = {
    "numpy": numpy_ops,
    "torch": torch_ops,
    "jax": jax_ops,
    "paddle": paddle_ops,
    "tensorflow": tensorflow_ops,
    "mlx": mlx_ops,
}
