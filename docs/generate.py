"""Writes the generated pages of the docs: the API reference, from the hookspecs.

python docs/generate.py      (nox -s docs runs it before building)
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from ivy.spec import SPECS

HERE = Path(__file__).parent
TITLES = {"": "ivy", "linalg": "ivy.linalg", "fft": "ivy.fft", "nn": "ivy.nn", "random": "ivy.random"}


def _signature(spec) -> str:
    """The signature as written in the spec (annotations as source text)."""
    text = str(inspect.signature(spec.function)).replace("'", "")
    return re.sub(r"\bArray\b", "array", text)


def reference_pages() -> dict[str, str]:
    pages: dict[str, list[str]] = {}
    for spec in SPECS.values():
        if not spec.public:
            continue
        lines = pages.setdefault(spec.namespace, [])
        lines += [
            f"### `{spec.qualname}`",
            "",
            f"```python\nivy.{spec.qualname}{_signature(spec)}\n```",
            "",
            inspect.cleandoc(spec.doc),
            "",
            f"*{'Standard' if spec.standard else 'Ivy extension'}; category {spec.category}"
            + (f"; array arguments of {spec.dtypes} dtype" if spec.dtypes else "")
            + ("; implemented once in the core" if spec.core else "")
            + ".*",
            "",
        ]
    header = "Generated from the hookspecs (`ivy.spec`): do not edit."
    return {
        namespace: "\n".join([f"# `{TITLES.get(namespace, 'ivy.' + namespace)}`", "", header, "", *lines])
        for namespace, lines in pages.items()
    }


def main() -> None:
    target = HERE / "api"
    target.mkdir(exist_ok=True)
    for namespace, text in reference_pages().items():
        (target / f"{namespace or 'ivy'}.md").write_text(text)
    print(f"wrote {len(list(target.glob('*.md')))} API pages to {target}")


if __name__ == "__main__":
    main()
