"""Refuse to import Paddle where it would crash the process.

With today's wheels, importing Paddle in a process that has already imported
TensorFlow segfaults (the other order works). A segfault cannot be caught,
so the backend checks before Paddle is imported and raises an ImportError
that says what to do instead.
"""

from __future__ import annotations

import sys


def check_import_order() -> None:
    if "paddle" in sys.modules or "tensorflow" not in sys.modules:
        return
    raise ImportError(
        "ivy: cannot load the paddle backend: TensorFlow is already imported in this process, and importing "
        "PaddlePaddle after TensorFlow crashes the interpreter (a segmentation fault in today's wheels). "
        "Import paddle before tensorflow (e.g. `import paddle` at the top of your program, or select the "
        "paddle backend before the tensorflow one), or use the two frameworks in separate processes."
    )
