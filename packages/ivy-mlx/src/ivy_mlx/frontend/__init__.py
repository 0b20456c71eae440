"""The MLX frontend (the ``mlx`` entry of ``ivy.frontends``): ``mlx.core`` and ``mlx.nn``'s
functional activations and losses on ``ivy``, and capture of real MLX programs and
``mlx.nn.Module``s (MLX's functions swapped for the emulation while the program runs)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import ivy
from ivy.capture import Capture, MissingOperations, Model
from ivy.plugin import import_framework

#: real ``mlx.core`` names the capture leaves in place (classes and dtypes the MLX library itself tests against)
_KEPT = frozenset({"array", "issubdtype"})


def _modules() -> tuple[Any, Any, Any, Any, Any]:
    mx = import_framework("mlx.core")
    nn = import_framework("mlx.nn")
    activations = import_framework("mlx.nn.layers.activations")
    losses = import_framework("mlx.nn.losses")
    return mx, mx.fast, nn, activations, losses


def _flat(tree: Any) -> dict[str, Any]:
    return dict(import_framework("mlx.utils").tree_flatten(tree))


def _lookup(module: Any, name: str) -> Any:
    node = module
    for part in name.split("."):
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _assign(module: Any, values: dict[str, Any]) -> None:
    """Each ``"a.0.b"`` entry put into the module's tree as it is (``Module.update`` accepts
    only ``mx.array``s, and the capture puts emulated arrays there)."""
    for name, value in values.items():
        *path, leaf = name.split(".")
        node = module
        for part in path:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(leaf)] = value
        else:
            node[leaf] = value


@contextlib.contextmanager
def _swapped() -> Iterator[None]:
    """MLX's functions replaced by the emulation (restored on exit)."""
    from ivy_mlx.frontend import core, nn

    mx, fast, real_nn, activations, losses = _modules()
    swaps = [(mx, name, getattr(core, name)) for name in core.NAMES if name not in _KEPT and hasattr(mx, name)]
    swaps += [(fast, name, getattr(core, name)) for name in core.FAST]
    for module in (real_nn, activations):
        swaps += [(module, name, getattr(nn, name)) for name in nn.ACTIVATIONS if hasattr(module, name)]
    swaps += [(module, name, getattr(nn, name)) for module in (losses,) for name in nn.LOSSES]
    saved = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    try:
        for module, name, function in swaps:
            setattr(module, name, function)
        yield
    finally:
        for module, name, function in saved:
            setattr(module, name, function)


class MlxFrontend:
    """``ivy.capture.Frontend`` for MLX."""

    name = "mlx"

    @property
    def namespace(self) -> Any:
        from ivy_mlx.frontend import core

        return core

    def _is_module(self, program: Any) -> bool:
        return isinstance(program, _modules()[2].Module)

    def describe(self, program: Any) -> Model | None:
        if not self._is_module(program):
            return None
        trainable = list(_flat(program.trainable_parameters()))
        buffers = [n for n in _flat(program.parameters()) if n not in trainable]
        return Model(parameters=trainable, buffers=buffers, training=program.training)

    def capture(self, program: Any) -> Capture:
        from ivy_mlx.frontend._array import Array, to_ivy, wrap

        state = (
            {n: ivy.asarray(to_ivy_value(v)) for n, v in _flat(program.parameters()).items()}
            if self._is_module(program)
            else {}
        )

        def run(*args: Any, **kwargs: Any) -> Any:
            args, kwargs = wrap(args), {k: wrap(v) for k, v in kwargs.items()}
            if not state:
                with _swapped(), _missing_named():
                    return program(*args, **kwargs)
            saved = _flat(program.parameters())
            _assign(program, {n: Array(v) for n, v in capture.parameters.items()})
            try:
                with _swapped(), _missing_named():
                    result = program(*args, **kwargs)
                for name in capture.parameters:  # buffers a training-mode run assigned (running statistics)
                    value = to_ivy(_lookup(program, name))
                    if isinstance(value, ivy.Array) and value is not capture.parameters[name]:
                        capture.parameters[name] = value
            finally:
                _assign(program, saved)
            return result

        capture = Capture(run, parameters=state, name=getattr(program, "__name__", type(program).__name__))
        return capture

    def run(self, program: Any, args: tuple, kwargs: dict) -> Any:
        return program(*args, **kwargs)

    def to_ivy(self, value: Any) -> Any:
        from ivy_mlx.frontend._array import Array

        return value.ivy if isinstance(value, Array) else None

    def coverage(self) -> dict[str, tuple[list[str], list[str]]]:
        from ivy_mlx.frontend import core, nn

        mx, _, real_nn, _, _ = _modules()
        real = sorted(n for n in dir(mx) if not n.startswith("_") and callable(getattr(mx, n)))
        real_functional = sorted(n for n in nn.ACTIVATIONS + nn.LOSSES if hasattr(real_nn, n) or n in nn.LOSSES)
        return {"mlx.core": (real, core.NAMES), "mlx.nn": (real_functional, list(nn.ACTIVATIONS + nn.LOSSES))}


def to_ivy_value(value: Any) -> Any:
    """A real ``mx.array`` as NumPy (bfloat16 widened), for ``ivy.asarray``."""
    import numpy as np

    mx = _modules()[0]
    return np.array(value.astype(mx.float32) if value.dtype == mx.bfloat16 else value)


@contextlib.contextmanager
def _missing_named() -> Iterator[None]:
    """A real MLX function handed an emulated array fails inside MLX: name it as a missing operation."""
    try:
        yield
    except (TypeError, ValueError) as error:
        text = str(error)
        if "mlx" in text.lower() or "array" in text:
            import traceback

            frames = traceback.extract_tb(error.__traceback__)
            where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
            raise MissingOperations("mlx", {f"mlx ({text[:80]})": 1}, {f"mlx ({text[:80]})": where}) from error
        raise


frontend = MlxFrontend()
