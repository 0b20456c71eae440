"""TensorFlow as a source: functions, ``tf.Module``s and Keras models/layers (tf.keras or Keras 3 on TF).

A model's parameters are its trainable variables by Keras path (``"sequential/dense/kernel"``)
or TF name; its non-trainable variables (BatchNorm's moving statistics) are buffers. Keras
models are captured and run with ``training=False``.
"""

from __future__ import annotations

import sys
from typing import Any

import tensorflow as tf

from ivy_frontends.tensorflow._capture import variable_name
from ivy_transpiler._sources._inputs import convert


def _is_keras(obj: Any) -> bool:
    return any(
        name in sys.modules and isinstance(obj, sys.modules[name].layers.Layer)
        for name in ("keras", "tf_keras")
        if hasattr(sys.modules.get(name), "layers")
    )


def model_info(obj: Any) -> tuple[list[str], bool] | None:
    """Trainable variable names of a Keras layer or ``tf.Module`` (mode: inference); None for a function."""
    if _is_keras(obj) or isinstance(obj, tf.Module):
        return [variable_name(v) for v in obj.trainable_variables], False
    return None


def run(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The program in TensorFlow (Keras models in inference mode, as they are captured)."""
    args, kwargs = convert(args, kwargs, lambda a: isinstance(a, (tf.Tensor, tf.Variable)), tf.constant)
    if _is_keras(obj):
        kwargs = {**kwargs, "training": False}
    return obj(*args, **kwargs)
