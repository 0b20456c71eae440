"""JAX target: models as pytrees whose leaves are their parameters (``jax.grad``, ``jax.jit``, optax work)."""

from __future__ import annotations

from typing import Any

from ivy.plugin import import_framework
from ivy_transpiler._program import Program
from ivy_transpiler._targets.base import Target

jax = import_framework("jax")  # through its backend: its import-order guard runs first

try:  # whether no JAX transformation is tracing this call (JAX 0.4.36+: one trace context per thread)
    from jax._src.core import trace_ctx as _trace_ctx

    _top_level = _trace_ctx.is_top_level
except (ImportError, AttributeError):  # pragma: no cover - another JAX: always the 64-bit scope

    def _top_level() -> bool:
        return True


class _Static:
    """What a model's pytree carries besides its leaves: compared by identity, so ``jax.jit`` caches per model."""

    def __init__(self, program: Program, names: tuple[str, ...], buffers: dict[str, Any], training: bool) -> None:
        self.program, self.names, self.buffers, self.training = program, names, buffers, training


@jax.tree_util.register_pytree_node_class
class JaxModel:
    """A transpiled model as a JAX pytree: ``model(*args)``, ``model.params`` and ``model.apply(params, *args)``.

    The leaves are the parameters (by source name, in source order); buffers (BatchNorm's running
    statistics) ride along as constants. The model is pure: buffer updates a training-mode source
    makes are not applied.
    """

    def __init__(self, params: dict[str, Any], static: _Static) -> None:
        self.params = params
        self._static = static

    @property
    def buffers(self) -> dict[str, Any]:
        """Non-trainable state (running statistics), by source name."""
        return self._static.buffers

    @property
    def training(self) -> bool:
        """The source's train/eval mode at transpile time, which the graph was traced in."""
        return self._static.training

    def apply(self, params: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """The model with ``params`` in place of its own (a pure function of them)."""
        static = self._static
        state = [params[n] if n in params else static.buffers[n] for n in static.program.state_names]
        args, kwargs = TARGET.convert_inputs((args, kwargs))
        result, _ = static.program(state, args, kwargs)
        return result

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.apply(self.params, *args, **kwargs)

    @property
    def graph(self) -> Any:
        """The ivy graph of the latest call."""
        return self._static.program.graph

    def tree_flatten(self) -> tuple[list, tuple]:
        return [self.params[n] for n in self._static.names], (self._static,)

    @classmethod
    def tree_unflatten(cls, aux: tuple, leaves: list) -> JaxModel:
        (static,) = aux
        return cls(dict(zip(static.names, leaves, strict=True)), static)

    def __repr__(self) -> str:
        program = self._static.program
        return f"<JaxModel {program.name} transpiled from {program.source}: {len(self.params)} parameters>"


class JaxTarget(Target):
    trainable = True

    def trace_backend(self) -> str:
        """NumPy when installed: XLA compiles every new eager operation, so tracing on JAX would
        compile each op of the program once (seconds for a model); the graph is the same."""
        import ivy

        return "numpy" if "numpy" in ivy.available_backends() else self.name

    def compile(self, run: Any) -> Any:
        """The bound graph under ``jax.jit``: one XLA program per input signature, not one per op.
        Called eagerly it runs with 64-bit types on, like every call of Ivy's JAX backend (for this
        thread only); inside the caller's own trace (``jax.jit``, ``jax.grad``) it follows that
        program's 64-bit mode, since one XLA program cannot mix the two."""
        jitted = jax.jit(run)

        def call(*args: Any) -> Any:
            if not _top_level():
                return jitted(*args)
            with jax.enable_x64(True):
                return jitted(*args)

        return call

    def model(self, program: Program, parameters: list[str], training: bool) -> JaxModel:
        params, buffers = self.split_state(program, parameters)
        return JaxModel(params, _Static(program, tuple(parameters), buffers, training))


TARGET = JaxTarget("jax")
