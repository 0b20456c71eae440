"""The transpiler's plugins: sources, targets and source dialects, found through entry points.

Three entry-point groups, each entry named after its framework:

- ``ivy_transpiler.sources``: a :class:`ivy_transpiler.plugin.Source` (how programs of a
  framework are recognised, and its arrays converted);
- ``ivy_transpiler.targets``: a :class:`ivy_transpiler.plugin.Target` (how a traced graph
  becomes the framework's native function or trainable model);
- ``ivy_transpiler.dialects``: a :class:`ivy_transpiler.plugin.Dialect` (how a graph is
  written as the framework's Python source, for ``output="source"``).

The five built-in frameworks are registered in the transpiler's own ``pyproject.toml``,
exactly as a third-party package registers its own. An entry is imported (and with it its
framework) only when that framework is used.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import Any

SOURCES = "ivy_transpiler.sources"
TARGETS = "ivy_transpiler.targets"
DIALECTS = "ivy_transpiler.dialects"

_loaded: dict[tuple[str, str], Any] = {}


@cache
def _points(group: str) -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=group)}


def names(group: str) -> tuple[str, ...]:
    """The names registered in ``group`` (nothing is imported), in registration order."""
    return tuple(_points(group))


def load(group: str, name: str) -> Any:
    """The object registered as ``name`` in ``group``, imported on first use; ``KeyError`` when there is none."""
    key = (group, name)
    if key not in _loaded:
        _loaded[key] = _points(group)[name].load()
    return _loaded[key]
