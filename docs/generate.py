"""Writes the generated pages of the docs: the API reference, from the hookspecs, and the
worked examples, from the runnable scripts in examples/ (so the docs show code that runs).

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


#: the worked examples, in reading order (each a script in examples/ whose docstring explains it)
EXAMPLES = ["quickstart.py", "transpile_demo.py", "transpile_library.py", "deploy_to_jax.py", "train_digits.py"]


def _prose(body: str) -> str:
    """An example's docstring body as Markdown: its command lines (``pip ...``, ``python ...``) as console blocks."""
    out, command = [], False
    for line in body.strip("\n").splitlines():
        is_command = line.strip().startswith(("pip ", "python ")) or (command and line.startswith((" ", "\t")))
        if is_command and not command:
            out.append("```console")
        elif command and not is_command:
            out.append("```")
        out.append(line.strip() if is_command else line)
        command = is_command
    if command:
        out.append("```")
    return "\n".join(out)


def examples_page() -> str:
    """One section per example script: its docstring as prose, then the whole script."""
    import ast

    lines = ["# Worked examples", "", "Generated from the scripts in `examples/` (each runs as shown).", ""]
    for name in EXAMPLES:
        path = HERE.parent / "examples" / name
        if not path.exists():
            continue
        source = path.read_text()
        doc = inspect.cleandoc(ast.get_docstring(ast.parse(source)) or name)
        title, _, body = doc.partition("\n")
        code = source.split('"""', 2)[2].lstrip("\n") if source.lstrip().startswith('"""') else source
        lines += [f"## {title.rstrip('.')}", "", f"`examples/{name}`", "", _prose(body), ""]
        lines += [f"```python\n{code.rstrip()}\n```", ""]
    return "\n".join(lines)


def main() -> None:
    (HERE / "examples.md").write_text(examples_page())
    target = HERE / "api"
    target.mkdir(exist_ok=True)
    for namespace, text in reference_pages().items():
        (target / f"{namespace or 'ivy'}.md").write_text(text)
    print(f"wrote {len(list(target.glob('*.md')))} API pages to {target}")


if __name__ == "__main__":
    main()
