"""paddle target: models as ``paddle.nn.Layer`` with paddle Parameters under the source's names.

Naming. paddle forbids dots in a parameter's attribute name, so a dotted source name
(``"0.weight"``, ``"linear1.kernel"``) becomes nested sublayers (``"0"`` holding ``"weight"``):
``named_parameters()``, ``named_buffers()`` and ``state_dict()`` then give the source's names.
A part paddle cannot take as it is (empty, or an attribute every ``Layer`` has, such as
``"training"`` or ``"parameters"``) gets a trailing ``"_"``; ``names`` maps each source name to
the name paddle reports, and ``params`` is keyed by the source names whatever paddle calls
them. Parameters keep paddle's own unique ``Parameter.name`` (optimizers key their state by it).
"""

from __future__ import annotations

import functools
import inspect
import types
from typing import Any

from ivy.plugin import import_framework
from ivy_transpiler._program import Program
from ivy_transpiler._targets.base import Target

paddle = import_framework("paddle")  # through its backend: its import-order guard runs first


class PaddleLayer(paddle.nn.Layer):
    """A transpiled model as a paddle layer; trains with ``paddle.optimizer`` and ``loss.backward()``.

    The graph was traced in the source's train/eval mode at transpile time (``traced_training``);
    ``train()``/``eval()`` here do not retrace. Buffer updates of a training-mode graph are written back.
    """

    def __init__(self, program: Program, params: dict[str, Any], buffers: dict[str, Any], training: bool) -> None:
        super().__init__()
        self._program = program
        self.traced_training = training
        self.train() if training else self.eval()
        self.names: dict[str, str] = {}
        self.params: dict[str, Any] = {}
        self._buffer_slots: dict[str, Any] = {}
        for name in program.state_names:
            owner, leaf, reported = self._owner(name)
            self.names[name] = reported
            if name in params:
                value = params[name]
                parameter = owner.create_parameter(
                    shape=list(value.shape),
                    dtype=value.dtype,
                    default_initializer=paddle.nn.initializer.Assign(value),
                )
                owner.add_parameter(leaf, parameter)
                self.params[name] = parameter
            else:
                owner.register_buffer(leaf, buffers[name])
                self._buffer_slots[name] = buffers[name]

    def _owner(self, name: str) -> tuple[paddle.nn.Layer, str, str]:
        """``(layer, attribute, name paddle reports)`` for a source name, making sublayers on the way."""
        *path, leaf = [_part(p) for p in name.split(".")]
        owner: paddle.nn.Layer = self
        for part in path:
            child = owner._sub_layers.get(part)
            if child is None:
                child = paddle.nn.Layer()
                owner.add_sublayer(part, child)
            owner = child
        return owner, leaf, ".".join([*path, leaf])

    @paddle.jit.not_to_static  # generated code: plain paddle calls, nothing for dy2static to convert
    def _forward(self, *args: Any, **kwargs: Any) -> Any:
        program = self._program
        state = [self.params[n] if n in self.params else self._buffer_slots[n] for n in program.state_names]
        if not paddle.in_dynamic_mode():  # inside paddle.jit.to_static: the state as the program's own values
            state = [_static_state(value) for value in state]
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        result, updates = program(state, args, kwargs)
        if updates:
            with paddle.no_grad():
                for name, value in updates.items():
                    buffer = self._buffer_slots[name]
                    paddle.assign(value.astype(buffer.dtype), output=buffer)
        return result

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._program.graph


class _Forward:
    """``PaddleLayer.forward``: the layer's call, with a signature of as many positional inputs as its latest
    call had arrays (``x0, x1, ...``), since ``paddle.jit.to_static`` maps an ``input_spec`` onto the signature."""

    def __get__(self, layer: Any, owner: type | None = None) -> Any:
        if layer is None:
            return PaddleLayer._forward
        program = layer._program
        count = None if program.last is None else len(program.last.graph.inputs) - len(program.state_names)
        return types.MethodType(_forward_with(count), layer)


@functools.cache
def _forward_with(count: int | None) -> Any:
    """``PaddleLayer._forward`` with ``count`` named positional parameters (``*args`` where None)."""

    def forward(self: PaddleLayer, *args: Any, **kwargs: Any) -> Any:
        return self._forward(*args, **kwargs)

    if count is not None:
        kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
        names = ["self", *(f"x{i}" for i in range(count))]
        forward.__signature__ = inspect.Signature([inspect.Parameter(n, kind) for n in names])  # type: ignore[attr-defined]
    return forward


PaddleLayer.forward = _Forward()  # type: ignore[assignment]


def _static_state(tensor: Any) -> Any:
    """A parameter or buffer as the value that stands for it in the program ``paddle.jit.to_static`` builds.

    Paddle's own layers get this for free: their ops convert eager tensors on the way in. Generated code
    also meets them in Python operators (``y + bias``), which take only values, so the layer converts its
    state first, the way ``paddle.jit`` does for the parameters it saves (through the same recorder).
    """
    from paddle.base.dygraph.base import _convert_into_variable

    return _convert_into_variable(tensor)


def _part(part: str) -> str:
    """A part of a source name as a paddle attribute name: a trailing ``_`` where paddle would refuse it."""
    if "probe" not in _TAKEN:
        _TAKEN["probe"] = paddle.nn.Layer()
    taken = not part or hasattr(_TAKEN["probe"], part) or part in _OWN
    return f"{part}_" if taken else part


#: attributes of ``PaddleLayer`` itself that a parameter must not shadow
_OWN = {"names", "params", "traced_training", "graph"}
_TAKEN: dict[str, Any] = {}


class PaddleTarget(Target):
    trainable = True

    def is_native(self, value: Any) -> bool:
        # a Value (a static Variable under the legacy IR): inside paddle.jit.to_static
        return isinstance(value, (paddle.Tensor, paddle.pir.Value, paddle.static.Variable))

    def write_input(self, native: Any, value: Any) -> None:
        paddle.assign(value, output=native)

    def model(self, program: Program, parameters: list[str], training: bool) -> PaddleLayer:
        params, buffers = self.split_state(program, parameters, lambda v: v.detach().clone())
        return PaddleLayer(program, params, buffers, training)


TARGET = PaddleTarget("paddle")
