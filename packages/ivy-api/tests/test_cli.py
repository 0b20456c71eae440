"""The ``ivy`` command, run as a user runs it: as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest


def ivy(*args: str, cwd=None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "IVY_BACKEND": "numpy"}
    return subprocess.run([sys.executable, "-m", "ivy.cli", *args], capture_output=True, text=True, cwd=cwd,
                          env=environment)  # fmt: skip


def test_help_lists_the_subcommands():
    done = ivy("--help")
    assert done.returncode == 0
    for command in ("backends", "support", "graph"):
        assert command in done.stdout


def test_backends_lists_numpy_with_its_version():
    import numpy

    done = ivy("backends")
    assert done.returncode == 0
    assert f"numpy {numpy.__version__}" in done.stdout and "devices: cpu" in done.stdout


def test_support_for_one_backend():
    done = ivy("support", "--backend", "numpy")
    assert done.returncode == 0
    assert done.stdout.startswith("# Support matrix") and "| `add` | numeric | ✓ |" in done.stdout


def test_unknown_backend_is_a_usage_error():
    done = ivy("support", "--backend", "nope")
    assert done.returncode == 2 and "unknown backend 'nope'" in done.stderr


@pytest.mark.parametrize("suffix", ["svg", "py", "json"])
def test_graph_writes_the_traced_function(tmp_path, suffix):
    (tmp_path / "model.py").write_text(
        textwrap.dedent("""
        import ivy

        def forward(x, w):
            return ivy.nn.relu(x @ w)
    """)
    )
    done = ivy("graph", "model:forward", "--example-input", "2,3", "--example-input", "3,4:float64",
               "-o", f"out.{suffix}", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 nodes (matmul: 1, nn.relu: 1)" in done.stdout
    written = (tmp_path / f"out.{suffix}").read_text()
    assert {"svg": "<svg", "py": "ivy.nn.relu(", "json": '"format": "ivy.graph/1"'}[suffix] in written


def test_graph_reports_what_it_cannot_load(tmp_path):
    done = ivy("graph", "missing_module:forward", "--example-input", "2", cwd=tmp_path)
    assert done.returncode == 2 and "cannot load 'missing_module:forward'" in done.stderr
    done = ivy("graph", "model", "--example-input", "2", cwd=tmp_path)
    assert done.returncode == 2 and "expected MODULE:OBJECT" in done.stderr


def test_bad_example_input_is_a_usage_error():
    done = ivy("graph", "m:f", "--example-input", "two,3")
    assert done.returncode == 2 and "expected SHAPE[:DTYPE]" in done.stderr
