"""What every target shares: native arrays, input conversion, and transpiled functions."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_transpiler import _plugins, _tree
from ivy_transpiler._frameworks import framework_of_value, is_any_array, to_numpy
from ivy_transpiler._program import Program


class Target:
    """A framework programs are transpiled to; functions work for any ivy backend, models need a subclass."""

    #: whether transpiled models train (have gradients through their parameters)
    trainable = False
    #: ``write_input(native, value)`` puts ``value`` into a caller's array in place, as a source program that
    #: writes its input (``x.add_(1)``) does; None where the target's arrays are immutable (the transpile refuses)
    write_input: Any = None

    def __init__(self, name: str) -> None:
        self.name = name

    def trace_backend(self) -> str:
        """The ivy backend the example run is traced on: the target itself unless that is costly."""
        return self.name

    def compile(self, run: Any) -> Any:
        """A bound graph made ready to run (as it is, unless the target compiles it)."""
        return run

    def is_native(self, value: Any) -> bool:
        """Whether ``value`` is one of the target's arrays."""
        return framework_of_value(value) == self.name and hasattr(value, "shape") and hasattr(value, "dtype")

    def from_numpy(self, array: Any) -> Any:
        """A NumPy array as the target's array (same dtype)."""
        with ivy.using_backend(self.name):
            return ivy.to_native(ivy.asarray(array))

    def convert_inputs(self, tree: Any) -> Any:
        """A call's arguments with arrays of other frameworks (NumPy included) as the target's."""
        if _only_natives(tree, self.is_native):  # the usual call: nothing to convert
            return tree
        template, arrays = _tree.flatten(tree, is_any_array)
        return _tree.unflatten(template, [a if self.is_native(a) else self.from_numpy(to_numpy(a)) for a in arrays])

    def state(self, program: Program) -> dict[str, Any]:
        """The program's parameters and buffers at transpile time, as the target's arrays."""
        return {name: ivy.to_native(value) for name, value in program.example_state.items()}

    def function(self, program: Program) -> TranspiledFunction:
        """A transpiled function."""
        return TranspiledFunction(program, self)

    def split_state(
        self, program: Program, parameters: list[str], copy: Any = None
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The state at transpile time as ``(parameters, buffers)`` by name, each value through ``copy``."""
        state = {n: copy(v) if copy else v for n, v in self.state(program).items()}
        params = {n: state[n] for n in parameters}
        return params, {n: v for n, v in state.items() if n not in params}

    def model(self, program: Program, parameters: list[str], training: bool) -> Any:
        """A transpiled model with ``parameters`` trainable (the other state entries are buffers)."""
        raise NotImplementedError(
            f"ivy_transpiler.transpile: models cannot be transpiled to {self.name} yet (functions can); "
            f"registered targets: {', '.join(_plugins.names(_plugins.TARGETS))}"
        )


class TranspiledFunction:
    """A source function as a function of the target's arrays; new shapes, dtypes or static arguments retrace."""

    def __init__(self, program: Program, target: Target) -> None:
        self._program = program
        self._target = target
        self.__name__ = program.name
        self.__doc__ = f"{program.name} transpiled from {program.source} to {program.target}."

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        args, kwargs = self._target.convert_inputs((args, kwargs))
        result, _ = self._program([], args, kwargs)
        return result

    @property
    def graph(self) -> ivy.Graph:
        """The ivy graph of the latest call (the example inputs' right after transpiling)."""
        return self._program.graph

    def __repr__(self) -> str:
        return f"<transpiled function {self._program.name}: {self._program.source} -> {self._program.target}>"


def _only_natives(tree: Any, is_native: Any) -> bool:
    """Whether ``tree`` is ``(args, {})`` with every positional argument a native array."""
    return (
        type(tree) is tuple
        and len(tree) == 2
        and not tree[1]
        and type(tree[0]) is tuple
        and all(is_native(a) for a in tree[0])
    )
