"""TensorFlow and paddle in one process, in every order: backends, transpile targets, sources, the CLI.

Importing paddle after TensorFlow crashes the interpreter with today's wheels. Every package
imports frameworks through ``ivy.plugin.import_framework`` (the backends' guards), so each
order below must work; a program that imported TensorFlow itself before paddle gets the
paddle backend's ImportError, never a crash. Each case runs in a fresh interpreter.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not all(importlib.util.find_spec(f) for f in ("tensorflow", "paddle")),
    reason="needs both tensorflow and paddle installed",
)

PRELUDE = """
import numpy as np
import ivy
import ivy_transpiler
from ivy.plugin import import_framework

x = np.linspace(-1.0, 1.0, 6, dtype="float32").reshape(2, 3)
expected = np.tanh(x) + x * x


def check(result):
    np.testing.assert_allclose(np.asarray(result), expected, rtol=1e-5, atol=1e-6)


def program_of(framework):
    module = import_framework(framework)
    return lambda v: module.tanh(v) + v * v if framework == "paddle" else module.math.tanh(v) + v * v
"""

CASES = {
    "backends tensorflow then paddle": """
for name in ("tensorflow", "paddle"):
    with ivy.using_backend(name):
        check(ivy.to_native(ivy.tanh(ivy.asarray(x)) + ivy.asarray(x) * ivy.asarray(x)))
""",
    "backends paddle then tensorflow": """
for name in ("paddle", "tensorflow"):
    with ivy.using_backend(name):
        check(ivy.to_native(ivy.tanh(ivy.asarray(x)) + ivy.asarray(x) * ivy.asarray(x)))
""",
    "torch to tensorflow then to paddle": """
import torch
fn = lambda v: torch.tanh(v) + v * v
for target in ("tensorflow", "paddle"):
    check(ivy_transpiler.transpile(fn, source="torch", target=target, args=(torch.from_numpy(x),))(x))
""",
    "torch to paddle then to tensorflow": """
import torch
fn = lambda v: torch.tanh(v) + v * v
for target in ("paddle", "tensorflow"):
    check(ivy_transpiler.transpile(fn, source="torch", target=target, args=(torch.from_numpy(x),))(x))
""",
    "tensorflow source to paddle": """
f = ivy_transpiler.transpile(program_of("tensorflow"), source="tensorflow", target="paddle", args=(x,))
check(f(x))
""",
    "paddle source to tensorflow": """
f = ivy_transpiler.transpile(program_of("paddle"), source="paddle", target="tensorflow", args=(x,))
check(f(x))
""",
    "tensorflow source to paddle source output": """
fn = program_of("tensorflow")
code = ivy_transpiler.transpile(fn, source="tensorflow", target="paddle", args=(x,), output="source")
namespace = {}
exec(compile(str(code), "<transpiled>", "exec"), namespace)
check(namespace["forward"](import_framework("paddle").to_tensor(x)))
""",
    "tensorflow imported plainly, then paddle: a clear ImportError": """
import tensorflow
try:
    ivy_transpiler.transpile(lambda v: v * 2.0, source="numpy", target="paddle", args=(x,))
except ImportError as error:
    assert "paddle" in str(error) and "before" in str(error), error
else:
    raise AssertionError("paddle after a plain tensorflow import: expected the backend's ImportError")
""",
}


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_order_works_in_a_fresh_process(case: str, tmp_path: Path) -> None:
    script = textwrap.dedent(PRELUDE) + textwrap.dedent(CASES[case]) + "\nprint('order ok')\n"
    done = _run([sys.executable, "-c", script], tmp_path)
    assert done.returncode == 0, f"exit {done.returncode}:\n{done.stderr[-4000:]}"
    assert "order ok" in done.stdout


PROGRAMS = {
    "tensorflow": "import tensorflow as tf\n\n\ndef fn(v):\n    return tf.math.tanh(v) + v * v\n",
    "paddle": "import paddle\n\n\ndef fn(v):\n    return paddle.tanh(v) + v * v\n",
}


@pytest.mark.parametrize(("source", "target"), [("tensorflow", "paddle"), ("paddle", "tensorflow")])
def test_the_cli_transpiles_across_tensorflow_and_paddle(source: str, target: str, tmp_path: Path) -> None:
    (tmp_path / "prog.py").write_text(PROGRAMS[source])  # imports its framework plainly, as users do
    done = _run(
        [
            sys.executable,
            "-m",
            "ivy.cli",
            "transpile",
            "prog:fn",
            "--source",
            source,
            "--target",
            target,
            "--example-input",
            "2,3",
        ],
        tmp_path,
    )
    assert done.returncode == 0, f"exit {done.returncode}:\n{done.stderr[-4000:]}"
    assert f"import {target}" in done.stdout
