"""Signal windows as composites: computed in float64 where the backend has it, then cast.

``N`` is ``size`` for a periodic window and ``size - 1`` for a symmetric one; a window of
one point is ``[1.0]`` and one of no point is empty, as in torch.
"""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy import _dtypes
from ivy.composite import composite
from ivy.composite.special import _work_dtype


def _window(name: str, size: Any, periodic: Any, dtype: Any, device: Any) -> tuple[Any, Any]:
    """The checked dtype and the ratios ``n / N`` (in the work dtype), or ``(dtype, None)``
    when ``size`` is below 2 (the window is then all ones)."""
    where = f"ivy.{name}"
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ivy.IvyValueError(f"{where}: argument 'size' must be a nonnegative int, got {size!r}")
    if not isinstance(periodic, bool):
        raise ivy.IvyTypeError(f"{where}: argument 'periodic' must be a bool, got {type(periodic).__name__}")
    dtype = _dtypes.DEFAULTS["real floating"] if dtype is None else dtype
    if not ivy.isdtype(dtype, "real floating"):
        raise ivy.IvyTypeError(f"{where}: argument 'dtype' must be a real floating dtype, got {dtype}")
    if size < 2:
        return dtype, None
    count = size if periodic else size - 1
    return dtype, ivy.arange(size, dtype=_work_dtype(dtype), device=device) / count


def _cosine_sum(name: str, coefficients: tuple[float, ...]) -> Any:
    """The hook of the window ``sum((-1)**k a_k cos(2 pi k n / N))``."""

    def window(size, periodic, dtype, device):
        dtype, ratio = _window(name, size, periodic, dtype, device)
        if ratio is None:
            return ivy.ones((size,), dtype=dtype, device=device)
        total = coefficients[0]
        for k, a in enumerate(coefficients[1:], start=1):
            total = total + (-a if k % 2 else a) * ivy.cos(ratio * (2 * math.pi * k))
        return ivy.astype(total, dtype)

    window.__name__ = window.__qualname__ = name
    return composite(window)


hann_window = _cosine_sum("hann_window", (0.5, 0.5))
hamming_window = _cosine_sum("hamming_window", (0.54, 0.46))
blackman_window = _cosine_sum("blackman_window", (0.42, 0.5, 0.08))


@composite
def bartlett_window(size, periodic, dtype, device):
    dtype, ratio = _window("bartlett_window", size, periodic, dtype, device)
    if ratio is None:
        return ivy.ones((size,), dtype=dtype, device=device)
    return ivy.astype(1.0 - ivy.abs(2.0 * ratio - 1.0), dtype)


@composite
def kaiser_window(size, periodic, beta, dtype, device):
    dtype, ratio = _window("kaiser_window", size, periodic, dtype, device)
    if isinstance(beta, bool) or not isinstance(beta, (int, float)):
        raise ivy.IvyTypeError(f"ivy.kaiser_window: argument 'beta' must be a number, got {type(beta).__name__}")
    if ratio is None:
        return ivy.ones((size,), dtype=dtype, device=device)
    radius = ivy.sqrt(ivy.maximum(1.0 - (2.0 * ratio - 1.0) ** 2, 0.0))
    peak = ivy.i0(ivy.full((), float(beta), dtype=ratio.dtype, device=device))
    return ivy.astype(ivy.i0(radius * float(beta)) / peak, dtype)
