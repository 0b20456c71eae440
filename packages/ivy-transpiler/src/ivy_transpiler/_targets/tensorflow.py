"""TensorFlow target: models as ``tf.Module`` with ``tf.Variable``s (``tf.GradientTape`` works)."""

from __future__ import annotations

from typing import Any

from ivy.plugin import import_framework
from ivy_transpiler._program import Program
from ivy_transpiler._targets.base import Target, TranspiledFunction

tf = import_framework("tensorflow")  # through its backend: its import-order guard runs first


class TFModel(tf.Module):
    """A transpiled model as a ``tf.Module``: ``params`` (trainable) and ``buffers`` are dicts of ``tf.Variable``.

    Keys are the source's names (``"0.weight"``); the variables' own names have dots as underscores.
    Buffer updates of a training-mode graph are assigned back. ``tf.saved_model.save`` of a model called
    at least once exports ``__call__`` (and the ``serving_default`` signature) as a ``tf.function`` with the
    latest call's input signature, so ``tf.saved_model.load(path)(x)`` works without this package.
    """

    def __init__(self, program: Program, params: dict[str, Any], buffers: dict[str, Any], training: bool) -> None:
        super().__init__(name=_identifier(program.name))
        self._program = program
        self.training = training
        self.params = {n: tf.Variable(v, trainable=True, name=_identifier(n)) for n, v in params.items()}
        self.buffers = {n: tf.Variable(v, trainable=False, name=_identifier(n)) for n, v in buffers.items()}
        self._signature: tuple | None = None  # ((shape, dtype), ...) of the latest call with positional tensors
        self._exported: tuple | None = None  # (signature, its tf.function), made when the model is saved

    @tf.autograph.experimental.do_not_convert  # generated code: plain TensorFlow calls, nothing to convert
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        program = self._program
        variables = [self.params[n] if n in self.params else self.buffers[n] for n in program.state_names]
        state = [tf.convert_to_tensor(v) for v in variables]
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        if not kwargs and all(isinstance(a, tf.Tensor) and a.shape.is_fully_defined() for a in args):
            signature = tuple((a.shape, a.dtype) for a in args)
            if signature != self._signature:  # tf.Module's attribute assignment is slow: only when it changes
                self._signature = signature
        result, updates = program(state, args, kwargs)
        for name, value in updates.items():
            self.buffers[name].assign(tf.cast(value, self.buffers[name].dtype))
        return result

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._program.graph

    def serving_function(self) -> Any:
        """``__call__`` as a ``tf.function`` with the latest call's input signature (None before a call)."""
        if self._signature is None:
            return None
        if self._exported is None or self._exported[0] != self._signature:
            specs = [tf.TensorSpec(shape, dtype, name=f"x{i}") for i, (shape, dtype) in enumerate(self._signature)]
            self._exported = (self._signature, tf.function(self.__call__, input_signature=specs))
        return self._exported[1]

    def _trackable_children(self, save_type: str = "checkpoint", **kwargs: Any) -> dict[str, Any]:
        children = super()._trackable_children(save_type, **kwargs)
        if save_type == "savedmodel" and self.serving_function() is not None:
            children["__call__"] = self.serving_function()
        return children


def _identifier(name: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else "_" for c in name) or "model"


class TFFunction(TranspiledFunction):
    """A transpiled function for TensorFlow (usable inside ``tf.function`` without AutoGraph warnings)."""

    @tf.autograph.experimental.do_not_convert
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return super().__call__(*args, **kwargs)


class TensorFlowTarget(Target):
    trainable = True

    def function(self, program: Program) -> TFFunction:
        return TFFunction(program, self)

    def is_native(self, value: Any) -> bool:
        return isinstance(value, (tf.Tensor, tf.Variable))

    def model(self, program: Program, parameters: list[str], training: bool) -> TFModel:
        params, buffers = self.split_state(program, parameters)
        return TFModel(program, params, buffers, training)


TARGET = TensorFlowTarget("tensorflow")
