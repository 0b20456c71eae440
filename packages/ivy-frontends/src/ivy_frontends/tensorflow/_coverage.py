"""Coverage of the real TensorFlow namespaces by the frontend.

Rule: the public names of ``tensorflow``, ``tensorflow.math``, ``tensorflow.nn``,
``tensorflow.linalg`` and ``tensorflow.raw_ops`` are the callables in ``dir()`` of
each (functions and classes, not submodules) whose name has no leading ``_``. A name
is emulated when the frontend's matching namespace has a callable of that name.
"""

from __future__ import annotations

import inspect
from typing import Any

from ivy_frontends._plugin import import_framework


def _public(module: Any) -> set[str]:
    return {
        n
        for n in dir(module)
        if not n.startswith("_")
        and not inspect.ismodule(getattr(module, n, None))
        and callable(getattr(module, n, None))
    }


def coverage() -> dict[str, tuple[set[str], set[str]]]:
    """``{namespace: (real public names, emulated names)}``."""
    tf = import_framework("tensorflow")
    from ivy_frontends import tensorflow as fe

    report = {}
    for label, real_mod, mine in [
        ("tensorflow", tf, fe),
        ("tensorflow.math", tf.math, fe.math),
        ("tensorflow.nn", tf.nn, fe.nn),
        ("tensorflow.linalg", tf.linalg, fe.linalg),
        ("tensorflow.raw_ops", tf.raw_ops, fe.raw_ops),
    ]:
        real = _public(real_mod)
        report[label] = (
            real,
            {n for n in real if callable(getattr(mine, n, None)) and not inspect.ismodule(getattr(mine, n))},
        )
    return report
