"""Refusing, before any backend is called, an allocation that cannot succeed.

A shape whose size in bytes does not fit in a signed 64-bit integer cannot be
allocated by any framework, yet frameworks fail on it differently: NumPy and
JAX raise ``ValueError``, PyTorch ``RuntimeError``, and PaddlePaddle wraps
the size around and returns an array without storage (or crashes). The
creation functions therefore check the requested size here, which costs one
product of the shape; real out-of-memory failures below this bound come back
from the backend and are diagnosed as :class:`ivy.IvyMemoryError`.
"""

from __future__ import annotations

import math
import operator
import sys
from typing import Any

from ivy._dtypes import DType
from ivy._errors import IvyMemoryError

#: The largest size in bytes an allocation can have (what a signed 64-bit size can address).
MAX_BYTES = sys.maxsize
#: Bytes per element assumed when no dtype is given: the widest default real dtype (float64, int64).
DEFAULT_ITEMSIZE = 8


def check_size(spec: Any, shape: Any, dtype: Any = None) -> None:
    """Raise ``IvyMemoryError`` when ``shape`` of ``dtype`` needs more than ``MAX_BYTES``.

    Shapes that are not sequences of non-negative ints are left to the backend
    and the diagnosis, which say what is wrong with them.
    """
    dims = (shape,) if shape.__class__ is int else shape
    if dims.__class__ is not tuple and dims.__class__ is not list:
        return
    try:
        dims = tuple(map(operator.index, dims))
    except TypeError:
        return
    count = math.prod(dims)
    if count <= 2**31 or min(dims) < 0:
        return
    itemsize = dtype.itemsize if isinstance(dtype, DType) else DEFAULT_ITEMSIZE
    if count * itemsize > MAX_BYTES:
        raise IvyMemoryError(
            f"ivy.{spec.qualname}: an array of shape {tuple(dims)} needs {count * itemsize} bytes, "
            f"more than can be addressed ({MAX_BYTES})"
        )
