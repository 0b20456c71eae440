"""The frontend functions whose signatures come from parameter tables take TF's parameters, in TF's order.

Keyword names and positions are what user code binds to; a table that drifted from TF would break
calls like ``tf.nn.conv2d(x, w, strides=1, padding="SAME", dilations=2)`` silently.
"""

from __future__ import annotations

import inspect

import pytest
import tensorflow as tf

from ivy_frontends import tensorflow as fe

#: namespace -> the functions built with ``_shared.signatures.signed``
SIGNED = {
    "": ["while_loop", "scan", "foldl", "foldr", "map_fn", "matmul", "strided_slice"],
    "nn": [
        "convolution", "conv1d", "conv2d", "conv3d", "depthwise_conv2d", "separable_conv2d", "conv_transpose",
        "conv1d_transpose", "conv2d_transpose", "conv3d_transpose", "depthwise_conv2d_backprop_input",
        "depthwise_conv2d_backprop_filter", "dilation2d", "erosion2d", "pool", "embedding_lookup_sparse",
        "safe_embedding_lookup_sparse", "with_space_to_batch", "ctc_loss", "nce_loss", "sampled_softmax_loss",
    ],
    "raw_ops": [
        "Conv2D", "Conv3D", "DepthwiseConv2dNative", "MaxPool", "AvgPool", "FusedBatchNorm", "FusedBatchNormV3",
    ],
    "signal": ["frame", "stft", "inverse_stft", "mdct"],
    "linalg": ["tridiagonal_matmul", "tridiagonal_solve"],
    "image": ["resize"],
}  # fmt: skip


def _resolve(root: object, path: str, name: str) -> object:
    ns = root
    for part in filter(None, path.split(".")):
        ns = getattr(ns, part)
    return getattr(ns, name)


@pytest.mark.parametrize(("path", "name"), [(p, n) for p, names in SIGNED.items() for n in names])
def test_signature_names(path, name):
    mine = inspect.signature(_resolve(fe, path, name)).parameters
    ref = inspect.signature(_resolve(tf, path, name)).parameters
    assert list(mine) == list(ref), f"{path}.{name}: {list(mine)} != TF's {list(ref)}"
    for n, p in ref.items():  # TF's optional parameters stay optional (defaults may be emulated differently)
        if p.default is not inspect.Parameter.empty:
            assert mine[n].default is not inspect.Parameter.empty, f"{path}.{name}: {n} has no default"
