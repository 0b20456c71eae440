"""Special functions NumPy lacks, computed exactly with Python's math module."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from ivy.plugin import hookimpl

_erf = np.frompyfunc(math.erf, 1, 1)


@hookimpl
def erf(x: Any) -> Any:
    dtype = x.dtype if x.dtype.kind == "f" else np.float64
    return np.asarray(_erf(x), dtype=np.float64).astype(dtype, copy=False)


@hookimpl
def einsum(subscripts: str, operands: Any) -> Any:
    return np.einsum(subscripts, *operands)
