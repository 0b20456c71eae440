"""The dependency rule (.importlinter, run by ``nox -s lint``): the tree keeps it, and each
contract breaks on the import it forbids, added to a copy of the sources."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / ".importlinter"
LINT = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
if LINT is None:
    pytest.fail("lint-imports is not installed: nox installs import-linter in the sessions that run this file")


def _sources(tmp_path: Path) -> Path:
    """A copy of every package's import package, side by side."""
    target = tmp_path / "src"
    for src in sorted(ROOT.glob("packages/*/src")):
        for package in src.iterdir():
            if (package / "__init__.py").exists():
                shutil.copytree(package, target / package.name, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    return target


def _lint(src: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(src), "COLUMNS": "400"}
    return subprocess.run(
        [LINT, "--no-cache", "--config", str(CONFIG)], cwd=src, env=env, capture_output=True, text=True, check=False
    )


def test_the_tree_keeps_the_contracts(tmp_path: Path) -> None:
    done = _lint(_sources(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


#: (contract name, file added to the copy, its violating import)
VIOLATIONS = [
    ("The core's layers", "ivy/spec/_probe.py", "import ivy.stateful"),
    ("The core imports no plugin package", "ivy/_probe.py", "import ivy_backend_numpy"),
    ("the core's private modules", "ivy_backend_numpy/_probe.py", "from ivy import _dtypes"),
    ("the core's private modules", "ivy_transpiler/_probe.py", "from ivy.spec._marker import PROJECT"),
    ("Frontends and the transpiler never import a backend", "ivy_frontends/_probe.py", "import ivy_backend_torch"),
    ("Frontends and the transpiler never import a backend", "ivy_transpiler/_probe.py", "import ivy_backend_jax"),
    ("The transpiler never imports the frontends", "ivy_transpiler/_probe.py", "import ivy_frontends"),
]


@pytest.mark.parametrize(("contract", "path", "statement"), VIOLATIONS)
def test_a_forbidden_import_breaks_its_contract(tmp_path: Path, contract: str, path: str, statement: str) -> None:
    src = _sources(tmp_path)
    (src / path).write_text(f"{statement}\n")
    done = _lint(src)
    assert done.returncode != 0, done.stdout
    broken = [line for line in done.stdout.splitlines() if " BROKEN" in line]
    assert len(broken) == 1 and contract in broken[0], done.stdout
    assert path.removesuffix(".py").replace("/", ".") in done.stdout
