"""The ``ivy.frontends`` plugin object of the tensorflow frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Model
from ivy_frontends._shared.plugin import FrontendPlugin


class TensorFlowFrontend(FrontendPlugin):
    """TensorFlow emulated on ivy: ``namespace`` plays ``tf``; ``capture`` runs real TF programs on it."""

    name = "tensorflow"
    array = ("._tensor", "Tensor", "_ivy")

    def describe(self, program: Any) -> Model | None:
        """A Keras layer's or ``tf.Module``'s variables by Keras path or TF name (trainable ones are the
        parameters, the others, BatchNorm's moving statistics, buffers; mode: inference); None otherwise."""
        tf = sys.modules.get("tensorflow")
        if not (_is_keras(program) or (tf is not None and isinstance(program, tf.Module))):
            return None
        from ivy_frontends.tensorflow._capture import variable_name

        trainable = [variable_name(v) for v in program.trainable_variables]
        buffers = [variable_name(v) for v in program.variables if variable_name(v) not in set(trainable)]
        return Model(trainable, buffers, False)

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        """The program in TensorFlow (Keras models in inference mode, as they are captured)."""
        if _is_keras(program):
            kwargs = {**kwargs, "training": False}
        return program(*args, **kwargs)


def _is_keras(program: Any) -> bool:
    """A Keras layer or model (tf.keras or Keras 3), told without importing Keras."""
    return any(
        isinstance(program, sys.modules[name].layers.Layer)
        for name in ("keras", "tf_keras")
        if hasattr(sys.modules.get(name), "layers")
    )


frontend = TensorFlowFrontend()
