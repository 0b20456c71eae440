"""The ``ivy.frontends`` plugin object of the tensorflow frontend."""

from __future__ import annotations

import sys
from typing import Any

from ivy_frontends._plugin import Capture, Model


class TensorFlowFrontend:
    """TensorFlow emulated on ivy: ``namespace`` plays ``tf``; ``capture`` runs real TF programs on it."""

    name = "tensorflow"

    @property
    def namespace(self) -> Any:
        import ivy_frontends.tensorflow as namespace

        return namespace

    def capture(self, program: Any, *example_args: Any) -> Capture:
        """A real TF function or Keras model traced to a graph and bound to the raw-ops frontend."""
        from ivy_frontends.tensorflow._capture import capture

        return capture(program, *example_args)

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

    def to_ivy(self, value: Any) -> Any:
        """The ``ivy.Array`` inside one of the frontend's ``Tensor``s; None for any other value."""
        from ivy_frontends.tensorflow._tensor import Tensor

        return value._ivy if isinstance(value, Tensor) else None

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per TF namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.tensorflow._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'tensorflow'>"


def _is_keras(program: Any) -> bool:
    """A Keras layer or model (tf.keras or Keras 3), told without importing Keras."""
    return any(
        isinstance(program, sys.modules[name].layers.Layer)
        for name in ("keras", "tf_keras")
        if hasattr(sys.modules.get(name), "layers")
    )


frontend = TensorFlowFrontend()
