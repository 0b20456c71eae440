"""The MLX transpiler target: functions of ``mx.array``s and native ``mlx.nn.Module``s.

A transpiled model keeps the source's parameters as MLX parameters under the source's
names (``"0.weight"`` is ``model["0"]["weight"]``, as ``mlx.utils.tree_flatten`` spells
it), so ``mlx.nn.value_and_grad`` and ``mlx.optimizers`` train it; buffers (running
statistics) are kept out of ``parameters()``.
"""

from __future__ import annotations

from typing import Any

from ivy.plugin import import_framework
from ivy_transpiler.plugin import Program, Target

mx = import_framework("mlx.core")  # through the backend, as every plugin imports its framework
nn = import_framework("mlx.nn")


def _nested(flat: dict[str, Any]) -> dict[str, Any]:
    """``{"a.b": v}`` as ``{"a": {"b": v}}``."""
    tree: dict[str, Any] = {}
    for name, value in flat.items():
        *path, leaf = name.split(".")
        node = tree
        for part in path:
            node = node.setdefault(part, {})
        node[leaf] = value
    return tree


def _lookup(tree: Any, name: str) -> Any:
    for part in name.split("."):
        tree = tree[part]
    return tree


class MlxModule(nn.Module):
    """A transpiled model: ``model(*args)``; ``parameters()`` holds the source's parameters by name."""

    def __init__(self, program: Program, params: dict[str, Any], buffers: dict[str, Any], training: bool) -> None:
        super().__init__()
        for key, value in _nested(params).items():
            self[key] = value
        object.__setattr__(self, "_program", program)
        object.__setattr__(self, "_buffers", dict(buffers))
        self.train(training)

    @property
    def buffers(self) -> dict[str, Any]:
        """Non-trainable state (running statistics), by source name."""
        return self._buffers

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._program.graph

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        program = self._program
        state = [self._buffers[n] if n in self._buffers else _lookup(self, n) for n in program.state_names]
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        result, updates = program(state, args, kwargs)
        for name, value in (updates or {}).items():
            if name in self._buffers:
                self._buffers[name] = mx.stop_gradient(value)
        return result

    def __repr__(self) -> str:
        return f"<MlxModule {self._program.name} transpiled from {self._program.source}>"


class MlxTarget(Target):
    trainable = True

    def is_native(self, value: Any) -> bool:
        return isinstance(value, mx.array)

    def trace_backend(self) -> str:
        """NumPy when installed (the graph is the same; tracing needs concrete values, which
        MLX would evaluate op by op)."""
        import ivy

        return "numpy" if "numpy" in ivy.available_backends() else self.name

    def model(self, program: Program, parameters: list[str], training: bool) -> MlxModule:
        params, buffers = self.split_state(program, parameters)
        return MlxModule(program, params, buffers, training)


TARGET = MlxTarget("mlx")
