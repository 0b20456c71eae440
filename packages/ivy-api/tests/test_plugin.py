"""A third-party backend, built and pip-installed as its own package, works
without any edit of the core."""

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PACKAGE = "ivy-backend-strictdemo"

PYPROJECT = """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "ivy-backend-strictdemo"
version = "0.0.1"
dependencies = []

[project.entry-points."ivy.backends"]
strictdemo = "ivy_backend_strictdemo"

[tool.hatch.build.targets.wheel]
packages = ["src/ivy_backend_strictdemo"]
"""

CHECK = """
import ivy
assert "strictdemo" in ivy.available_backends(), ivy.available_backends()
ivy.set_backend("strictdemo")
x = ivy.asarray([1.0, 2.0, 3.0])
assert type(x.data).__module__.startswith("array_api_strict")
assert float(ivy.sum(ivy.add(x, 1))) == 9.0
assert ivy.multiply(x, x).dtype == ivy.float64
try:
    ivy.sin(x)
except ivy.NotImplementedByBackend as error:
    assert str(error) == "ivy.sin is not implemented by backend 'strictdemo'", error
else:
    raise AssertionError("ivy.sin should not exist on strictdemo")
print("ok")
"""


def _pip(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pip", *args], capture_output=True, text=True)


@pytest.fixture
def installed_plugin(tmp_path: Path):
    source = tmp_path / "src" / "ivy_backend_strictdemo"
    source.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(PYPROJECT))
    shutil.copy(Path(__file__).parent / "strict_backend.py", source / "__init__.py")
    done = _pip("install", "--no-build-isolation", "--no-deps", "--no-index", "-q", str(tmp_path))
    assert done.returncode == 0, done.stderr
    yield
    _pip("uninstall", "-y", "-q", PACKAGE)


def test_installed_plugin_is_discovered_and_works(installed_plugin):
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
