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


FORWARD = """
import ivy

def forward(x, w):
    return ivy.nn.relu(x @ w)
"""


def test_the_readme_graph_form_works_whatever_backends_are_installed(tmp_path):
    (tmp_path / "model.py").write_text(FORWARD)
    environment = {k: v for k, v in os.environ.items() if k != "IVY_BACKEND"}
    done = subprocess.run([sys.executable, "-m", "ivy.cli", "graph", "model:forward", "--example-input", "8,3:float32",
                           "--example-input", "3,2", "-o", "graph.svg"], capture_output=True, text=True, cwd=tmp_path,
                          env=environment)  # fmt: skip
    assert done.returncode == 0, done.stderr
    from importlib.metadata import entry_points

    # the child sees the installed backends only (this process may have registered toy ones)
    installed = sorted({ep.name for ep in entry_points(group="ivy.backends")})
    assert f"traced on {installed[0]}>" in done.stdout
    if len(installed) > 1:  # the choice is said, with how to make another
        assert f"tracing on {installed[0]!r}" in done.stderr and "--backend" in done.stderr
    assert (tmp_path / "graph.svg").read_text().startswith("<svg")


def test_graph_traces_integer_and_boolean_example_inputs(tmp_path):
    (tmp_path / "model.py").write_text("import ivy\n\ndef f(i, m):\n    return ivy.where(m, i, 0) + 1\n")
    done = ivy("graph", "model:f", "--example-input", "4:int32", "--example-input", "4:bool", "-o", "g.py",
               cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "ivy.where(" in (tmp_path / "g.py").read_text()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--example-input", "2,3:floa"), "argument --example-input: unknown dtype 'floa' in '2,3:floa'; choose from"),
        (("--example-input", "2,-3"), "argument --example-input: sizes must be non-negative"),
        (("--example-input", "2", "--backend", "nope"), "unknown backend 'nope' for --backend; installed:"),
    ],
)
def test_bad_graph_arguments_are_usage_errors(tmp_path, arguments, message):
    (tmp_path / "model.py").write_text(FORWARD)
    done = ivy("graph", "model:forward", *arguments, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    if "dtype" in message:
        assert "float32" in done.stderr and "int64" in done.stderr and "bool" in done.stderr


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("raise RuntimeError('broken at import')\n", "ivy graph: RuntimeError: broken at import"),
        ("def forward(x):\n    return x[\n", "ivy graph: SyntaxError"),
        ("import ivy\n\ndef forward(x):\n    return ivy.matmul(x, x)\n", "ivy graph: IvyValueError: ivy.matmul"),
    ],
)
def test_failures_are_messages_without_a_traceback(tmp_path, source, message):
    (tmp_path / "model.py").write_text(source)
    done = ivy("graph", "model:forward", "--example-input", "2,3", cwd=tmp_path)
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_plugin_command_that_fails_to_load_leaves_the_others_working(monkeypatch, capsys):
    from ivy import cli

    class Broken:
        name = "broken"

        def load(self):
            raise ImportError("no module named 'missing_framework'")

    monkeypatch.setattr(cli, "entry_points", lambda group: [Broken()])
    assert cli.main(["broken", "mypkg:f", "--any", "thing"]) == 1
    assert "ivy broken: RuntimeError: this command could not be loaded (ImportError: no module named" in (
        capsys.readouterr().err
    )
    assert cli.main(["support", "--backend", "nope"]) == 2
