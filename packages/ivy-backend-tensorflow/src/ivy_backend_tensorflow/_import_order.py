"""Keep TensorFlow and PaddlePaddle importable in one process.

With today's wheels, importing ``tensorflow`` and then ``paddle`` in one
process crashes the interpreter (a segmentation fault inside paddle's
native library); the other order works. A user who selects both backends,
in either order, must not crash, so before this package imports TensorFlow
it imports paddle first when paddle is installed and not imported yet.
Finding out costs one lookup on ``sys.path`` when paddle is absent.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys


def paddle_first() -> bool:
    """Import paddle before TensorFlow if it is installed; whether it is now imported."""
    if "paddle" in sys.modules:
        return True
    if "tensorflow" in sys.modules:
        return False  # too late to choose the order; nothing to gain by importing paddle now
    try:
        found = importlib.util.find_spec("paddle") is not None
    except (ImportError, ValueError):
        found = False
    if not found:
        return False
    try:
        importlib.import_module("paddle")
    except Exception:  # a broken paddle install must not break the tensorflow backend
        return False
    return True
