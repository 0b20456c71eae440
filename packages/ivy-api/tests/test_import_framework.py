"""``ivy.plugin.import_framework``: a framework is imported after its backend (whose guard runs first).

Fake frameworks and backends are written to a temporary directory and registered in a fresh
interpreter, so the process running the tests keeps its own backends as they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

FILES = {
    "order_log.py": "ORDER = []\n",
    "fakefw.py": "import order_log\norder_log.ORDER.append('fakefw')\n",
    "ivy_backend_fakefw.py": "import order_log\norder_log.ORDER.append('backend')\nimport fakefw\n",
    "crashyfw.py": "raise SystemExit('crashyfw must never be imported')\n",
    "ivy_backend_crashyfw.py": "raise ImportError('ivy: cannot load the crashyfw backend: import it first')\n",
}

SCRIPT = """
import sys
import ivy
from ivy.plugin import import_framework
import order_log

ivy.register_backend("ivy_backend_fakefw", name="fakefw")
ivy.register_backend("ivy_backend_crashyfw", name="crashyfw")

module = import_framework("fakefw")
assert module is sys.modules["fakefw"], module
assert order_log.ORDER == ["backend", "fakefw"], order_log.ORDER
import_framework("fakefw")  # already imported: nothing runs again
assert order_log.ORDER == ["backend", "fakefw"], order_log.ORDER

try:
    import_framework("crashyfw")
except ImportError as error:
    assert "crashyfw backend" in str(error), error
else:
    raise AssertionError("the backend's ImportError must reach the caller")
assert "crashyfw" not in sys.modules

assert import_framework("json.decoder").__name__ == "json.decoder"  # no backend of that name: a plain import
print("import_framework ok")
"""


def test_the_backend_is_imported_before_its_framework(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT)], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "import_framework ok" in done.stdout
