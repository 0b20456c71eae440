"""Selecting the tensorflow and paddle backends in one process, in either order, does not crash.

With today's wheels ``import tensorflow`` followed by ``import paddle`` segfaults;
the tensorflow backend imports paddle first when it is installed. Each order
runs in its own interpreter (a crash would take pytest down with it).
"""

import importlib.util
import subprocess
import sys

import pytest

import ivy

needs_paddle = pytest.mark.skipif(
    importlib.util.find_spec("paddle") is None or "paddle" not in ivy.available_backends(),
    reason="needs paddlepaddle and the ivy paddle backend installed",
)

PROGRAM = """
import ivy
for name in {order!r}:
    ivy.set_backend(name)
    x = ivy.asarray([1.0, 2.0, 3.0])
    assert float(ivy.sum(x * 2)) == 12.0, name
    assert ivy.current_backend() == name
print("ok")
"""


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)


@needs_paddle
@pytest.mark.parametrize("order", [("tensorflow", "paddle"), ("paddle", "tensorflow")], ids="-then-".join)
def test_both_backends_in_one_process(order):
    done = _run(PROGRAM.format(order=order))
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip().endswith("ok")


@needs_paddle
def test_context_selection_in_either_order():
    code = (
        "import ivy\n"
        "with ivy.using_backend('tensorflow'):\n"
        "    a = float(ivy.sum(ivy.ones((3,))))\n"
        "with ivy.using_backend('paddle'):\n"
        "    b = float(ivy.sum(ivy.ones((3,))))\n"
        "print(a + b)\n"
    )
    done = _run(code)
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip().splitlines()[-1] == "6.0"


def test_paddle_is_not_imported_when_tensorflow_came_first():
    """Importing paddle after TensorFlow is the crash: the guard must never do it."""
    code = (
        "import sys, tensorflow\n"
        "from ivy_backend_tensorflow._import_order import paddle_first\n"
        "print(paddle_first(), 'paddle' in sys.modules)\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-2:] == ["False", "False"]
