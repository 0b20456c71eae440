"""NumPy as a source: functions only (NumPy has no models)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy_transpiler._sources._inputs import convert


def model_info(obj: Any) -> tuple[list[str], bool] | None:
    """Always None: a NumPy program is a function."""
    return None


def run(obj: Any, args: tuple, kwargs: dict) -> Any:
    """The program in NumPy."""
    args, kwargs = convert(args, kwargs, lambda a: isinstance(a, np.ndarray), np.asarray)
    return obj(*args, **kwargs)
