"""RESULTS.md as sections: each benchmark script replaces its own ``## section`` and keeps the others."""

from __future__ import annotations

import re
from pathlib import Path

RESULTS = Path(__file__).parent / "RESULTS.md"


def replace_section(title: str, body: list[str], path: Path = RESULTS) -> None:
    """Write ``## title`` with ``body`` in place of the section of that title (appended if there is none)."""
    text = path.read_text() if path.exists() else "# Benchmark results\n"
    section = "\n".join([f"## {title}", "", *body]).rstrip("\n") + "\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n")
