"""Differentiation with ``torch.autograd`` and compilation with ``torch.compile``.

The leaves are fresh graph leaves (``detach().requires_grad_()``), so only
they are differentiated: tensors the function closes over are constants.
Nesting (``ivy.grad`` of ``ivy.grad``, or leaves that already belong to a
graph) is detected, and then the graph of the derivatives is kept
(``create_graph=True``) and results are left attached; at the outermost
level they are detached, so no graph outlives the call.
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

import torch

from ivy.plugin import backend_readers, hookimpl, selected_backend

_state = threading.local()


class _Level:
    """One level of differentiation in this thread (``depth`` counts them)."""

    def __enter__(self) -> None:
        _state.depth = getattr(_state, "depth", 0) + 1

    def __exit__(self, *exc: object) -> None:
        _state.depth -= 1


def _nested(leaves: list) -> bool:
    return getattr(_state, "depth", 0) > 0 or any(leaf.requires_grad for leaf in leaves)


def _inputs(leaves: list, nested: bool) -> list:
    # inside another differentiation a leaf keeps its tie to the outer graph (a view of it)
    return [
        leaf.view_as(leaf) if nested and leaf.requires_grad else leaf.detach().requires_grad_(True) for leaf in leaves
    ]


def _grads(output: Any, inputs: list, nested: bool, **options: Any) -> list:
    if not inputs or not output.requires_grad:
        return [torch.zeros_like(x) for x in inputs]
    grads = torch.autograd.grad(output, inputs, create_graph=nested, allow_unused=True, **options)
    return [torch.zeros_like(x) if g is None else g for g, x in zip(grads, inputs, strict=True)]


@hookimpl
def autodiff_value_and_grad(function: Any, leaves: list) -> tuple:
    nested = _nested(leaves)
    with torch.enable_grad(), _Level():
        inputs = _inputs(leaves, nested)
        value, aux = function(inputs)
        grads = _grads(value, inputs, nested)
    if not nested:
        value, aux = value.detach(), [a.detach() for a in aux]
    return value, grads, aux


@hookimpl
def autodiff_jacobian(function: Any, leaves: list) -> list:
    nested = _nested(leaves)
    with torch.enable_grad(), _Level():
        inputs = _inputs(leaves, nested)
        outputs = function(inputs)
        rows = []
        for output in outputs:
            flat = output.reshape(-1)
            per_element = [_grads(flat[k], inputs, nested, retain_graph=True) for k in range(flat.numel())]
            row = []
            for j, x in enumerate(inputs):
                if per_element:
                    block = torch.stack([grads[j] for grads in per_element])
                else:
                    block = torch.zeros((0, *x.shape), dtype=x.dtype, device=x.device)
                row.append(block.reshape(*output.shape, *x.shape))
            rows.append(row)
    if not nested:
        rows = [[block.detach() for block in row] for row in rows]
    return rows


@hookimpl
def stop_gradient(x: Any) -> Any:
    return x.detach()


#: The ivy backend a compilation traces on, as ivy's dispatch is shown to Dynamo.
_traced_backend: list = [None]
_polyfilled: list = []


def _show_dispatch_to_dynamo() -> None:
    """Dynamo cannot trace ``ContextVar.get``, which ivy uses to find the selected backend (in
    its dispatch, and for an array's methods): every ivy call would end a graph. While tracing,
    Dynamo reads the backend from ``_traced_backend`` instead (set before each compiled call);
    eager calls are unaffected. Each substitution is optional: without one, graphs break there
    and results stay right."""
    if _polyfilled:
        return
    _polyfilled.append(True)

    def traced_backend(*args: Any) -> Any:
        return _traced_backend[0]

    for original in backend_readers():
        try:
            torch.compiler.substitute_in_graph(original, skip_signature_check=True)(traced_backend)
        except Exception:  # another torch or another ivy
            continue


@hookimpl
def jit_compile(function: Any) -> Any:
    _show_dispatch_to_dynamo()
    compiled = torch.compile(function)

    def run(*arrays: Any) -> Any:
        if run.__ivy_compiled__:
            _traced_backend[0] = selected_backend()
            try:
                return compiled(*arrays)
            except torch._dynamo.exc.TorchDynamoException as error:  # the compiler failed, not the function
                warnings.warn(
                    f"ivy.jit: torch.compile failed ({type(error).__name__}: {error}); running uncompiled",
                    RuntimeWarning,
                    stacklevel=2,
                )
                run.__ivy_compiled__ = False
        return function(*arrays)

    run.__ivy_compiled__ = True
    return run
