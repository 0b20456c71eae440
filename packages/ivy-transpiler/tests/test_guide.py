"""Every Python block of the transpiler guide (docs/transpiler.md) runs as written."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[3] / "docs" / "transpiler.md"
_TEXT = GUIDE.read_text() if GUIDE.exists() else ""
#: each block padded with the newlines before it, so its lines are the guide's (``inspect.getsource`` finds
#: a function's source there, as converting its control flow needs)
BLOCKS = [
    "\n" * _TEXT[: m.start(1)].count("\n") + m.group(1) for m in re.finditer(r"```python\n(.*?)```", _TEXT, re.DOTALL)
]


def _needs(code: str) -> list[str]:
    """The top-level modules a block imports."""
    found = re.findall(r"^(?:import|from) ([A-Za-z_]\w*)", code, re.MULTILINE)
    return sorted(set(found))


def test_the_guide_has_examples() -> None:
    assert len(BLOCKS) >= 8, GUIDE


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_guide_block_runs(code: str) -> None:
    missing = [m for m in _needs(code) if importlib.util.find_spec(m) is None]
    if missing:  # the transpiler session installs all of them; a narrower environment may not
        pytest.skip(f"needs {missing}")
    exec(compile(code, str(GUIDE), "exec"), {"__name__": "guide"})
