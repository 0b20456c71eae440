"""What a transpiler plugin author needs: the classes a source, a target and a dialect are made of.

A package adds a framework to the transpiler by registering, each under the framework's name,

- ``[project.entry-points."ivy_transpiler.sources"]``: a :class:`Source`;
- ``[project.entry-points."ivy_transpiler.targets"]``: a :class:`Target` (subclassed to build models);
- ``[project.entry-points."ivy_transpiler.dialects"]``: a :class:`Dialect` (for ``output="source"``);

beside its ``ivy.backends`` backend and ``ivy.frontends`` frontend (:mod:`ivy.capture`). Any
of the three may be left out. See ``docs/writing-a-transpiler-target.md``.
"""

from __future__ import annotations

from ivy_transpiler._emit import _arrayapi
from ivy_transpiler._emit._writer import Call, Dialect, Rule, Unsupported
from ivy_transpiler._plugins import DIALECTS, SOURCES, TARGETS
from ivy_transpiler._program import Program
from ivy_transpiler._sources import Source
from ivy_transpiler._targets.base import Target, TranspiledFunction

#: Rules writing a layer norm, a batch norm and attention as calls to the helpers ``_layer_norm(x, weight,
#: bias, axes, eps)``, ``_batch_norm(x, mean, var, weight, bias, training, momentum, eps, channel)`` and
#: ``_attention(query, key, value, mask, is_causal, scale)``, which the dialect's ``helpers`` define.
HELPER_RULES: dict[str, Rule] = {
    "nn_layer_norm": _arrayapi.layer_norm,
    "nn_batch_norm": _arrayapi.batch_norm,
    "nn_scaled_dot_product_attention": _arrayapi.attention,
}

__all__ = [
    "DIALECTS",
    "HELPER_RULES",
    "SOURCES",
    "TARGETS",
    "Call",
    "Dialect",
    "Program",
    "Rule",
    "Source",
    "Target",
    "TranspiledFunction",
    "Unsupported",
]
