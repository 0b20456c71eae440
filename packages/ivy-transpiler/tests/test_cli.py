"""``ivy transpile`` as a user runs it: a subprocess of ``python -m ivy.cli``."""

from __future__ import annotations

import runpy
import subprocess
import sys
import textwrap

import numpy as np
import pytest
import torch

MODULE = textwrap.dedent(
    """
    import torch

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            torch.manual_seed(0)
            self.fc1 = torch.nn.Linear(6, 8)
            self.fc2 = torch.nn.Linear(8, 3)

        def forward(self, x):
            return torch.softmax(self.fc2(torch.tanh(self.fc1(x))), dim=-1)

    def scale(x, y):
        return x * 2 - y.mean()
    """
)


def ivy(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "ivy.cli", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def project(tmp_path):
    (tmp_path / "mynets.py").write_text(MODULE)
    return tmp_path


def test_transpile_a_model_class_to_a_file_that_runs(project):
    done = ivy(
        "transpile",
        "mynets:Net",
        "--source",
        "torch",
        "--target",
        "numpy",
        "--example-input",
        "4,6",
        "-o",
        "net_np.py",
        cwd=project,
    )
    assert done.returncode == 0, done.stderr
    assert (project / "net_np.py").exists() and (project / "net_np.npz").exists()
    code = (project / "net_np.py").read_text()
    assert "import numpy as np" in code and "ivy" not in code.replace("ivy_transpiler", "")
    namespace = runpy.run_path(str(project / "net_np.py"))
    params = namespace["load_params"](str(project / "net_np.npz"))
    sys.path.insert(0, str(project))
    try:
        import mynets

        net = mynets.Net().eval()
    finally:
        sys.path.remove(str(project))
        sys.modules.pop("mynets", None)
    x = torch.randn(4, 6)
    np.testing.assert_allclose(namespace["forward"](params, x.numpy()), net(x).detach().numpy(), rtol=1e-5, atol=1e-6)


def test_function_to_stdout(project):
    done = ivy(
        "transpile",
        "mynets:scale",
        "--source",
        "torch",
        "--target",
        "jax",
        "--example-input",
        "3",
        "--example-input",
        "2,3",
        cwd=project,
    )
    assert done.returncode == 0, done.stderr
    assert "def forward(x, y):" in done.stdout and "jnp.mean(y" in done.stdout


def test_help_explains_objects_and_exit_codes(project):
    done = ivy("transpile", "--help", cwd=project)
    assert done.returncode == 0
    for words in ("MODULE:OBJ", "instantiated with no arguments", "--example-input", "exit status", "load_params"):
        assert words in done.stdout


def test_bad_object_is_a_usage_error(project):
    done = ivy(
        "transpile", "mynets:Missing", "--source", "torch", "--target", "jax", "--example-input", "3", cwd=project
    )
    assert done.returncode == 2
    assert "cannot load 'mynets:Missing'" in done.stderr and "MODULE:OBJ" in done.stderr
    done = ivy(
        "transpile", "no_such_module:f", "--source", "torch", "--target", "jax", "--example-input", "3", cwd=project
    )
    assert done.returncode == 2 and "No module named 'no_such_module'" in done.stderr


def test_unknown_target_and_bad_shape(project):
    done = ivy(
        "transpile", "mynets:Net", "--source", "torch", "--target", "mxnet", "--example-input", "4,6", cwd=project
    )
    assert done.returncode == 2
    assert "unknown --target 'mxnet'" in done.stderr and "jax" in done.stderr
    done = ivy("transpile", "mynets:Net", "--source", "torch", "--target", "jax", "--example-input", "4,x", cwd=project)
    assert done.returncode == 2 and "SHAPE[:DTYPE]" in done.stderr


def test_transpile_failure_exits_1_with_the_message(project):
    done = ivy(
        "transpile", "mynets:Net", "--source", "torch", "--target", "jax", "--example-input", "4,5", cwd=project
    )  # the model needs 6 features
    assert done.returncode == 1
    assert done.stderr.startswith("ivy transpile: ") and "Traceback" not in done.stderr
