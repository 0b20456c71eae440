"""TensorFlow as a source: functions, ``tf.Module``s and Keras models/layers (tf.keras or Keras 3 on TF).

A model's parameters are its trainable variables by Keras path (``"sequential/dense/kernel"``)
or TF name; its non-trainable variables are buffers; Keras models are captured and run with
``training=False`` (see the tensorflow frontend).
"""

from __future__ import annotations

from ivy_transpiler._sources import Source

SOURCE = Source("tensorflow", modules=("tensorflow", "keras", "tf_keras"))
