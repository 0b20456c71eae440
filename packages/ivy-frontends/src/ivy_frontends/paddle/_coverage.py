"""Coverage of the real paddle namespaces by the frontend.

"Public names" of a real namespace, by rule:

- ``paddle``, ``paddle.nn.functional``, ``paddle.linalg``, ``paddle.fft``: the routines
  (functions and builtins, not classes, modules, dtypes or other constants) whose name
  does not start with ``_``;
- ``paddle.Tensor``: the methods and properties whose name does not start with ``_``.

A name is emulated when the frontend has a callable (or property) of that name in the
matching place.
"""

from __future__ import annotations

import inspect
from typing import Any

from ivy_frontends._plugin import import_framework
from ivy_frontends._shared.coverage import routines as _routines


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}`` for paddle's main namespaces."""
    paddle = import_framework("paddle")
    from ivy_frontends import paddle as fe

    def has(mod: Any, n: str) -> bool:
        obj = getattr(mod, n, None)
        return callable(obj) and not isinstance(obj, (type, fe.dtype)) and not inspect.ismodule(obj)

    report = {}
    real = _routines(paddle)
    report["paddle"] = (real, {n for n in real if has(fe, n)})
    real = {n for n in dir(paddle.Tensor) if not n.startswith("_")}
    report["paddle.Tensor"] = (real, {n for n in real if n in dir(fe.Tensor)})
    real = _routines(paddle.nn.functional)
    report["paddle.nn.functional"] = (real, set(real) & set(fe.nn.functional.FUNCTIONS))
    for sub in ("linalg", "fft"):
        real = _routines(getattr(paddle, sub))
        mine = getattr(fe, sub)
        report[f"paddle.{sub}"] = (real, {n for n in real if inspect.isfunction(getattr(mine, n, None))})
    return report
