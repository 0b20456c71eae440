"""``import ivy`` imports no JAX; selecting the jax backend does."""

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_import_ivy_imports_no_jax():
    out = _run(
        """
        import sys
        import ivy
        assert "jax" in ivy.available_backends()
        ivy.add  # generating a public function imports nothing either
        print(sorted(m for m in sys.modules if m == "jax" or m.startswith(("jax.", "jaxlib", "ivy_backend_jax"))))
        """
    )
    assert out == "[]"


def test_selecting_the_backend_imports_jax():
    out = _run(
        """
        import sys
        import ivy
        ivy.set_backend("jax")
        print("jax" in sys.modules, "ivy_backend_jax" in sys.modules)
        """
    )
    assert out == "True True"


def test_environment_variable_selects_jax_on_first_use():
    out = _run(
        """
        import os, sys
        os.environ["IVY_BACKEND"] = "jax"
        import ivy
        before = "jax" in sys.modules
        x = ivy.asarray([1.0])
        print(before, type(ivy.to_native(x)).__module__.split(".")[0], ivy.current_backend())
        """
    )
    assert out == "False jaxlib jax"
