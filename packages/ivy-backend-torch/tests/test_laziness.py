"""``import ivy`` imports no framework; selecting the torch backend imports torch."""

from __future__ import annotations

import json
import subprocess
import sys


def _run(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_import_ivy_does_not_import_torch() -> None:
    state = _run(
        "import json, sys; import ivy; ivy.available_backends(); "
        "print(json.dumps({'torch': 'torch' in sys.modules, 'backend': 'ivy_backend_torch' in sys.modules, "
        "'listed': 'torch' in ivy.available_backends()}))"
    )
    assert state == {"torch": False, "backend": False, "listed": True}


def test_selecting_torch_imports_it() -> None:
    state = _run(
        "import json, sys; import ivy; before = 'torch' in sys.modules; ivy.set_backend('torch'); "
        "print(json.dumps({'before': before, 'after': 'torch' in sys.modules, 'current': ivy.current_backend()}))"
    )
    assert state == {"before": False, "after": True, "current": "torch"}


def test_environment_variable_selects_torch_on_first_use() -> None:
    code = (
        "import json, os, sys; os.environ['IVY_BACKEND'] = 'torch'; import ivy; before = 'torch' in sys.modules; "
        "x = ivy.asarray([1.0]); import torch; "
        "print(json.dumps({'before': before, 'native': isinstance(x.data, torch.Tensor), 'dtype': x.dtype.name}))"
    )
    assert _run(code) == {"before": False, "native": True, "dtype": "float64"}
