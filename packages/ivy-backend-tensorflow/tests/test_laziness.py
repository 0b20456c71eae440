"""``import ivy`` imports no framework; selecting the backend imports TensorFlow."""

import subprocess
import sys

import pytest


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_import_ivy_does_not_import_tensorflow():
    done = _run(
        "import sys, ivy\n"
        "assert 'tensorflow' in ivy.available_backends()\n"
        "ivy.__array_api_version__; ivy.add; ivy.linalg.det\n"
        "print('tensorflow' in sys.modules, 'ivy_backend_tensorflow' in sys.modules)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]


def test_selecting_the_backend_imports_tensorflow():
    done = _run(
        "import sys, ivy\n"
        "ivy.set_backend('tensorflow')\n"
        "x = ivy.asarray([1.0])\n"
        "print('tensorflow' in sys.modules, type(ivy.to_native(x)).__module__)\n"
    )
    assert done.returncode == 0, done.stderr
    imported, module = done.stdout.split()
    assert imported == "True" and module.startswith("tensorflow")


@pytest.mark.parametrize("variable", ["IVY_BACKEND"])
def test_environment_selection(variable):
    import os

    done = subprocess.run(
        [sys.executable, "-c", "import ivy; print(ivy.current_backend())"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, variable: "tensorflow"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "tensorflow"
