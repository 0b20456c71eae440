"""Every hook a bundled backend implements is found by the search docs/writing-a-backend.md shows:
the line that binds it starts with its name (``def matmul(``, ``matmul = ...``, or ``matmul=...``
in a table of natives)."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

from ivy.spec import SPECS

BACKENDS = ["numpy", "torch", "jax", "paddle", "tensorflow"]  # paddle before tensorflow


def search(hook: str, source: str) -> bool:
    """``grep -rnE "^\\s*(def HOOK\\(|HOOK *=)"``, the documented search."""
    return re.search(rf"^\s*(def {hook}\(|{hook} *=)", source, re.MULTILINE) is not None


@pytest.mark.parametrize("name", BACKENDS)
def test_every_hook_is_found_by_the_search(name: str) -> None:
    package = f"ivy_backend_{name}"
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"{package} is not installed in this environment")
    plugin = importlib.import_module(package).plugin
    folder = Path(importlib.import_module(package).__file__).parent
    source = "\n".join(path.read_text() for path in sorted(folder.rglob("*.py")))
    hooks = [hook for hook in vars(plugin) if hook in SPECS]
    assert hooks
    missing = [hook for hook in hooks if not search(hook, source)]
    assert not missing, f"{package} binds these hooks where the search does not find them: {missing}"


def test_the_search_tells_a_binding_from_a_use() -> None:
    assert search("matmul", "@hookimpl\ndef matmul(x1, x2):\n")
    assert search("matmul", "matmul = hookimpl(_matmul)\n")
    assert search("add", "native_impls(\n    add=np.add,\n)\n")
    assert not search("add", "    return np.add(x1, x2)\n")
    assert not search("add", "native_impls(subtract=np.subtract, add=np.add)\n")
