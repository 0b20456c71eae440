"""PyTorch target: models as ``torch.nn.Module`` with ``nn.Parameter``s named like the source's."""

from __future__ import annotations

from typing import Any

from ivy.plugin import import_framework
from ivy_transpiler._program import Program
from ivy_transpiler._targets.base import Target

torch = import_framework("torch")  # through its backend: its import-order guard runs first


class TranspiledModule(torch.nn.Module):
    """A transpiled model as a torch module.

    Dotted source names (``"0.weight"``) become nested submodules, so ``named_parameters()`` and
    ``state_dict()`` give the source's names and ``load_state_dict`` of the source's state works.
    The graph was traced in the source's train/eval mode at transpile time (``traced_training``);
    ``train()``/``eval()`` here do not retrace. Buffer updates of a training-mode graph are written back.
    """

    def __init__(self, program: Program, params: dict[str, Any], buffers: dict[str, Any], training: bool) -> None:
        super().__init__()
        self._program = program
        self.traced_training = training
        self.train(training)
        #: (owning module, attribute, whether a parameter): the owner's table is looked up on every call, since
        #: ``torch.export`` and ``torch.func.functional_call`` swap in tables of their own while they trace
        self._slots: list[tuple[torch.nn.Module, str, bool]] = []
        for name in program.state_names:
            owner, leaf = self._owner(name)
            if name in params:
                owner.register_parameter(leaf, torch.nn.Parameter(params[name]))
            else:
                owner.register_buffer(leaf, buffers[name])
            self._slots.append((owner, leaf, name in params))

    def _owner(self, name: str) -> tuple[torch.nn.Module, str]:
        *path, leaf = name.split(".")
        owner: torch.nn.Module = self
        for part in path:
            child = owner._modules.get(part)
            if child is None:
                child = torch.nn.Module()
                owner.add_module(part, child)
            owner = child
        return owner, leaf

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        state = [
            (o._parameters if p else o._buffers)[leaf] for o, leaf, p in self._slots
        ]  # nn.Module's getattr is slow
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        result, updates = self._program(state, args, kwargs)
        if updates:
            with torch.no_grad():
                for name, value in updates.items():
                    owner, leaf = self._owner(name)
                    getattr(owner, leaf).copy_(value)
        return result

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._program.graph


class TorchTarget(Target):
    trainable = True

    def is_native(self, value: Any) -> bool:
        return isinstance(value, torch.Tensor)

    def write_input(self, native: Any, value: Any) -> None:
        native.copy_(value)  # as the source's in-place operation, recorded by autograd

    def model(self, program: Program, parameters: list[str], training: bool) -> TranspiledModule:
        params, buffers = self.split_state(program, parameters, lambda v: v.detach().clone())
        return TranspiledModule(program, params, buffers, training)


TARGET = TorchTarget("torch")
