"""``import ivy`` imports no framework; selecting a backend imports only its own."""

import json
import subprocess
import sys

FRAMEWORKS = ("numpy", "torch", "jax", "jaxlib", "tensorflow", "paddle", "array_api_strict")


def _imported_after(code: str) -> list[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return [m for m in json.loads(output.strip().splitlines()[-1]) if m in FRAMEWORKS]


def test_import_ivy_imports_no_framework():
    assert _imported_after("import ivy; ivy.available_backends(); ivy.float32; ivy.linalg; ivy.fft") == []


def test_selecting_numpy_imports_only_numpy():
    assert _imported_after("import ivy; ivy.set_backend('numpy'); ivy.add(ivy.asarray([1]), 1)") == ["numpy"]
