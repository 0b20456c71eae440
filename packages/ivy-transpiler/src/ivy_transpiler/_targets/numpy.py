"""NumPy target: inference-only functions and models."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy_transpiler._program import Program
from ivy_transpiler._targets.base import Target


class NumpyModel:
    """A transpiled model for inference with NumPy: ``model(*args)``, ``model.params``, ``model.buffers``."""

    def __init__(self, program: Program, params: dict[str, Any], buffers: dict[str, Any], training: bool) -> None:
        self.params, self.buffers, self.training = params, buffers, training
        self._program = program

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        program = self._program
        state = [self.params[n] if n in self.params else self.buffers[n] for n in program.state_names]
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        result, updates = program(state, args, kwargs)
        self.buffers.update(updates)
        return result

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._program.graph

    def __repr__(self) -> str:
        return (
            f"<NumpyModel {self._program.name} transpiled from {self._program.source}: {len(self.params)} parameters>"
        )


class NumpyTarget(Target):
    def is_native(self, value: Any) -> bool:
        return isinstance(value, np.ndarray)

    def write_input(self, native: Any, value: Any) -> None:
        np.copyto(native, value)

    def model(self, program: Program, parameters: list[str], training: bool) -> NumpyModel:
        params, buffers = self.split_state(program, parameters, lambda v: np.array(v, copy=True))
        return NumpyModel(program, params, buffers, training)


TARGET = NumpyTarget("numpy")
