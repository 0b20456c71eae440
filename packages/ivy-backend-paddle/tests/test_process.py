"""Laziness, the TensorFlow import-order crash, and devices (in fresh processes
where the import state matters)."""

import importlib.util
import subprocess
import sys
import textwrap

import pytest

import ivy


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=600, check=False
    )


def test_import_ivy_does_not_import_paddle():
    result = python(
        """
        import sys
        import ivy
        assert "paddle" in ivy.available_backends()
        assert "paddle" not in sys.modules and "ivy_backend_paddle" not in sys.modules
        ivy.set_backend("paddle")  # selecting the backend imports it
        assert "paddle" in sys.modules
        assert ivy.asarray([1.0]).dtype is ivy.float64
        """
    )
    assert result.returncode == 0, result.stderr


def test_selecting_paddle_after_tensorflow_is_a_clear_error_not_a_crash():
    # A stand-in module: with the real wheels this order segfaults inside paddle's import.
    result = python(
        """
        import sys, types
        sys.modules["tensorflow"] = types.ModuleType("tensorflow")
        import ivy
        try:
            ivy.set_backend("paddle")
        except ImportError as error:
            assert "TensorFlow is already imported" in str(error), error
            assert "paddle" not in sys.modules
            print("refused")
        """
    )
    assert result.returncode == 0, result.stderr
    assert "refused" in result.stdout


def test_paddle_already_imported_before_tensorflow_is_fine():
    result = python(
        """
        import sys, types
        import paddle
        sys.modules["tensorflow"] = types.ModuleType("tensorflow")
        import ivy
        ivy.set_backend("paddle")
        assert ivy.asarray([1.0]).dtype is ivy.float64
        """
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(importlib.util.find_spec("tensorflow") is None, reason="tensorflow is not installed")
@pytest.mark.parametrize("first", ["tensorflow", "paddle"])
def test_both_backends_in_one_process_never_crash(first):
    second = "paddle" if first == "tensorflow" else "tensorflow"
    result = python(
        f"""
        import ivy
        for name in ({first!r}, {second!r}):
            try:
                with ivy.using_backend(name):
                    ivy.add(ivy.asarray([1.0]), 1.0)
            except ImportError as error:
                print("refused", name, error)
        """
    )
    assert result.returncode == 0, f"crashed with {result.returncode}: {result.stderr[-2000:]}"


def test_devices():
    info = ivy.__array_namespace_info__()
    assert ivy.Device("cpu") in info.devices()
    x = ivy.asarray([1.0, 2.0], device="cpu")
    assert x.device == ivy.Device("cpu")
    assert x.to_device("cpu").device == ivy.Device("cpu")
    gpus = [d for d in info.devices() if d.kind == "gpu"]
    if not gpus:
        with pytest.raises(ValueError, match="GPU"):
            ivy.zeros((1,), device="gpu:0")
        return
    y = x.to_device(gpus[0])
    assert y.device == gpus[0]
    assert float(ivy.sum(y + 1)) == 5.0
    assert ivy.zeros((2,), device=gpus[0]).device == gpus[0]
