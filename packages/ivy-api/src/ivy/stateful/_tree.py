"""Named trees: nested dicts (and lists/tuples) of arrays, addressed by dotted paths.

Parameters, buffers, gradients and optimizer slots are all trees with the
same shape; these helpers turn them into ``{"encoder.layers.0.weight":
leaf}`` and back, and map functions over matching leaves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


def items(tree: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """``(dotted path, leaf)`` pairs of a nested dict/list/tuple, in order."""
    found: list[tuple[str, Any]] = []
    _collect(tree, prefix, found)
    return iter(found)


def _collect(tree: Any, prefix: str, found: list) -> None:
    # a list filled by plain recursion: a generator per level (``yield from``) costs more
    if isinstance(tree, dict):
        for key, value in tree.items():
            _collect(value, f"{prefix}{key}.", found)
    elif isinstance(tree, (list, tuple)) and not hasattr(tree, "_fields"):
        for index, value in enumerate(tree):
            _collect(value, f"{prefix}{index}.", found)
    else:
        found.append((prefix[:-1], tree))


def flat(tree: Any) -> dict[str, Any]:
    """The tree as a flat ``{dotted path: leaf}`` dict (a flat dict is returned as a copy)."""
    return dict(items(tree))


def nest(flat_items: dict[str, Any]) -> dict[str, Any]:
    """A flat ``{dotted path: leaf}`` dict as nested dicts."""
    root: dict[str, Any] = {}
    for path, leaf in flat_items.items():
        node = root
        *parents, last = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = leaf
    return root


def rebuild(tree: Any, leaves: dict[str, Any]) -> Any:
    """A tree of the same structure as ``tree`` with each leaf replaced by ``leaves[path]``."""

    def build(node: Any, prefix: str) -> Any:
        if isinstance(node, dict):
            return type(node)((key, build(value, f"{prefix}{key}.")) for key, value in node.items())
        if isinstance(node, (list, tuple)) and not hasattr(node, "_fields"):
            return type(node)(build(value, f"{prefix}{index}.") for index, value in enumerate(node))
        return leaves[prefix[:-1]]

    return build(tree, "")


def map_leaves(function: Callable, tree: Any, *others: Any) -> Any:
    """``function`` applied to the leaves of ``tree`` and the matching leaves of ``others``."""
    flats = [flat(other) for other in others]
    return rebuild(tree, {path: function(leaf, *(o[path] for o in flats)) for path, leaf in items(tree)})
