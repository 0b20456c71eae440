"""A call's example inputs as one framework's arrays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ivy_transpiler import _tree
from ivy_transpiler._frameworks import is_any_array, to_numpy


def convert(
    args: tuple, kwargs: dict, is_native: Callable[[Any], bool], from_numpy: Callable[[np.ndarray], Any]
) -> tuple[tuple, dict]:
    """``(args, kwargs)`` with every array that is not ``is_native`` converted through NumPy by ``from_numpy``."""
    template, arrays = _tree.flatten((tuple(args), dict(kwargs)), is_any_array)
    arrays = [a if is_native(a) else from_numpy(np.array(to_numpy(a), copy=True)) for a in arrays]
    return _tree.unflatten(template, arrays)
