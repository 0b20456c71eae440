"""Capture: Keras 3 models and tf.functions traced to graphs and run through the frontend on the torch backend."""

from __future__ import annotations

import os

import keras
import numpy as np
import pytest
import tensorflow as tf

import ivy
from ivy_frontends import MissingOperations, load

assert os.environ.get("KERAS_BACKEND", "tensorflow") == "tensorflow"
FE = load("tensorflow")


def _run_torch(cap, *args):
    with ivy.using_backend("torch"):
        out = cap(*args)
        return [o.numpy() for o in out] if isinstance(out, (list, tuple)) else out.numpy()


def test_keras_mlp_on_torch():
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((6,)), keras.layers.Dense(16, activation="relu"), keras.layers.Dense(3)])
    x = np.random.default_rng(1).standard_normal((5, 6)).astype(np.float32)
    cap = FE.capture(model)
    assert set(cap.parameters) == {v.path for v in model.variables}
    got = _run_torch(cap, x)
    np.testing.assert_allclose(got, model(x).numpy(), rtol=1e-5, atol=1e-5)


def test_keras_conv_batchnorm_on_torch():
    keras.utils.set_random_seed(2)
    model = keras.Sequential(
        [
            keras.Input((10, 10, 3)),
            keras.layers.Conv2D(6, 3, padding="same", use_bias=False),
            keras.layers.BatchNormalization(),
            keras.layers.Activation("gelu"),
            keras.layers.AveragePooling2D(2),
            keras.layers.Conv2D(4, 3, strides=2, padding="valid"),
            keras.layers.MaxPooling2D(padding="same"),
            keras.layers.Flatten(),
            keras.layers.Dense(3, activation="softmax"),
        ]
    )
    bn = model.layers[1]  # non-trivial running statistics, so inference normalisation is exercised
    bn.moving_mean.assign(np.linspace(-0.5, 0.5, 6).astype(np.float32))
    bn.moving_variance.assign(np.linspace(0.5, 2.0, 6).astype(np.float32))
    x = np.random.default_rng(3).standard_normal((2, 10, 10, 3)).astype(np.float32)
    got = _run_torch(FE.capture(model), x)
    np.testing.assert_allclose(got, model(x, training=False).numpy(), rtol=1e-5, atol=1e-5)


def test_tf_function_with_variables_and_structure():
    w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2), name="w")

    class M(tf.Module):
        def __init__(self):
            super().__init__()
            self.w = w

        @tf.function
        def __call__(self, x):
            y = tf.matmul(x, self.w)
            return {"y": tf.nn.softmax(y), "s": tf.reduce_sum(y, axis=0) + 1.0}

    m = M()
    x = np.random.default_rng(4).standard_normal((4, 3)).astype(np.float32)
    cap = FE.capture(m)
    assert list(cap.parameters) == ["w"]
    with ivy.using_backend("torch"):
        out = cap(x)
        got = {k: v.numpy() for k, v in out.items()}
    ref = m(tf.constant(x))
    for k in ("y", "s"):
        np.testing.assert_allclose(got[k], ref[k].numpy(), rtol=1e-5, atol=1e-5)


def test_missing_ops_reported_by_full_name():
    @tf.function
    def f(a):
        return tf.math.lgamma(a) + tf.math.lgamma(a * 2.0) + tf.math.digamma(a) + tf.nn.relu(a)

    with pytest.raises(MissingOperations) as info:
        FE.capture(f)(np.ones(3, np.float32))
    assert dict(info.value.missing) == {"tf.raw_ops.Lgamma": 2, "tf.raw_ops.Digamma": 1}
    assert "tf.raw_ops.Lgamma: 2 call(s)" in str(info.value)


def test_coverage_counts_real_names():
    report = FE.coverage()
    assert set(report) == {
        "tensorflow",
        "tensorflow.math",
        "tensorflow.nn",
        "tensorflow.linalg",
        "tensorflow.signal",
        "tensorflow.raw_ops",
    }
    emulated = sum(len(set(e) & set(r)) for r, e, _ in report.values())
    assert emulated >= 600
    assert "Conv2D" in report["tensorflow.raw_ops"][1] and "sobol_sample" not in report["tensorflow.math"][1]
    out_of_scope = report["tensorflow"][2]
    assert "DeviceSpec" in out_of_scope and "device" not in out_of_scope
    assert set(out_of_scope) <= report["tensorflow"][0]
    assert all(why for why in out_of_scope.values())
