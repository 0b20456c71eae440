"""Coverage of the real torch namespaces by the frontend.

"Public names" of a real namespace, by rule:

- ``torch``, ``torch.nn.functional``, ``torch.linalg``, ``torch.fft``, ``torch.special``:
  the routines (functions and builtins, not classes, modules or constants) whose name
  does not start with ``_``, and, for ``torch.nn.functional``, that torch defines itself
  (not the typing helpers and ``torch.overrides`` imports the module re-exports);
- ``torch.Tensor``: the methods and properties whose name does not start with ``_``.

A name is emulated when the frontend has a callable (or property) of that name in the
matching place.
"""

from __future__ import annotations

import inspect
from typing import Any

from ivy_frontends._plugin import import_framework
from ivy_frontends._shared.coverage import routines


def _routines(module: Any, own_prefix: str | None = None) -> set[str]:
    if own_prefix is None:
        return routines(module)

    def own(obj: Any) -> bool:
        mod = getattr(obj, "__module__", None) or ""
        return mod.startswith(own_prefix) or mod == "torch" or mod.startswith("torch._C")

    return routines(module, own)


def _tensor_names(cls: type) -> set[str]:
    return {n for n in dir(cls) if not n.startswith("_")}


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}`` for torch's main namespaces."""
    torch = import_framework("torch")
    from ivy_frontends import torch as fe

    report = {}
    real = _routines(torch)
    report["torch"] = (
        real,
        {n for n in real if callable(getattr(fe, n, None)) and not isinstance(getattr(fe, n), fe.dtype)},
    )
    real = _tensor_names(torch.Tensor)
    report["torch.Tensor"] = (real, {n for n in real if hasattr(fe.Tensor, n)})
    real = _routines(torch.nn.functional, "torch.nn.functional")
    report["torch.nn.functional"] = (real, set(real) & set(fe.nn.functional.FUNCTIONS))
    for sub in ("linalg", "fft", "special"):
        real = _routines(getattr(torch, sub))
        mine = getattr(fe, sub)
        report[f"torch.{sub}"] = (real, {n for n in real if inspect.isfunction(getattr(mine, n, None))})
    return report
