"""Plots of benchmarks/RESULTS.md: one PNG per table with a ``ratio`` column.

Each bar is a row's ratio (Ivy / native, or transpiled / reference); the line at 1.0 is parity.
The PNGs go to docs/images/benchmarks/ and RESULTS.md links them under each table, so the
results and their pictures are regenerated together by ``nox -s bench``.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

HERE = Path(__file__).parent
RESULTS = HERE / "RESULTS.md"
IMAGES = HERE.parent / "docs" / "images" / "benchmarks"
LINK = "../docs/images/benchmarks/"  # from benchmarks/RESULTS.md
MARK = "<!-- plot -->"


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def tables(text: str) -> list[tuple[str, list[str], list[list[str]], int]]:
    """``(section title, header, rows, index of the line after the table)`` for each Markdown table."""
    lines = text.splitlines()
    found, title, i = [], "results", 0
    while i < len(lines):
        if lines[i].startswith("#"):
            title = lines[i].lstrip("#").strip()
        elif lines[i].startswith("**") and lines[i].rstrip().endswith("**"):  # a table's own bold title
            title = lines[i].strip().strip("*")
        if lines[i].startswith("|") and i + 1 < len(lines) and set(lines[i + 1]) <= set("|-: "):
            header, rows, j = _cells(lines[i]), [], i + 2
            while j < len(lines) and lines[j].startswith("|"):
                rows.append(_cells(lines[j]))
                j += 1
            found.append((title, header, rows, j))
            i = j
        else:
            i += 1
    return found


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "results"


def plot(title: str, header: list[str], rows: list[list[str]], path: Path) -> None:
    """A horizontal bar per row: its ratio, labelled by the row's non-numeric cells."""
    ratio = header.index("ratio")
    numeric = {k for k, h in enumerate(header) if re.search(r"\((us|ms|instructions)\)|^ms$", h)}
    labels = [" | ".join(c for k, c in enumerate(r) if k != ratio and k not in numeric) for r in rows]
    values = [float(r[ratio].replace(",", "")) for r in rows]
    fig, ax = plt.subplots(figsize=(8, 0.28 * len(rows) + 1.2))
    colors = ["#4c9a2a" if v <= 1.05 else "#d98c1f" if v <= 1.5 else "#c0392b" for v in values]
    ax.barh(range(len(rows)), values, color=colors)
    ax.axvline(1.0, color="black", linewidth=0.8)
    ax.set_yticks(range(len(rows)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("ratio (1.0 = parity; lower is faster)")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> None:
    text = re.sub(r"\n\n!\[[^\]]*\]\([^)]*\)\n" + re.escape(MARK), "", RESULTS.read_text())  # the last run's
    IMAGES.mkdir(parents=True, exist_ok=True)
    lines = text.splitlines()
    inserts = []
    for title, header, rows, end in tables(text):
        if "ratio" not in header or not rows:
            continue
        name = f"{_slug(title)}.png"
        plot(title, header, rows, IMAGES / name)
        inserts.append((end, f"\n![{title}]({LINK}{name})\n{MARK}"))
    for end, link in reversed(inserts):
        lines.insert(end, link)
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"{len(inserts)} plots -> {IMAGES}")


if __name__ == "__main__":
    main()
