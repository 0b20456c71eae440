"""Window functions (``torch.hann_window`` and its family): cosine sums, triangle and Kaiser windows of a static length.

Computed in float64 on ``arange(length)`` and cast to the requested floating dtype; a periodic
window is the symmetric window one longer with the last value dropped, as torch defines it.
"""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends.torch._dtypes import as_dtype, get_default_dtype
from ivy_frontends.torch._registry import register
from ivy_frontends.torch._tensor import Tensor, wrap


def _window(name: str, length: Any, periodic: bool, dtype: Any, shape: Any) -> Tensor:
    """``shape(n, d)`` on ``n = arange(length)`` with ``d`` the symmetric window's last index, as ``dtype``."""
    if not isinstance(length, int) or isinstance(length, bool) or length < 0:
        raise ValueError(f"torch.{name}: argument 'window_length': expected a non-negative int, got {length!r}")
    d = get_default_dtype() if dtype is None else as_dtype(dtype, f"torch.{name}")
    if not d.is_floating_point:
        raise ValueError(f"torch.{name}: argument 'dtype': expected a floating point dtype, got {d}")
    if length <= 1:
        return wrap(ivy.ones((length,), dtype=d._ivy))
    n = ivy.arange(length, dtype=ivy.float64)
    return wrap(ivy.astype(shape(n, float(length if periodic else length - 1)), d._ivy))


def _cosines(n: Any, d: float, *coefficients: float) -> Any:
    """``sum_k (-1)^k a_k cos(2 pi k n / d)``: the Hann, Hamming and Blackman windows."""
    total = ivy.full(n.shape, coefficients[0], dtype=ivy.float64)
    for k, a in enumerate(coefficients[1:], start=1):
        total = ivy.add(total, ivy.multiply(ivy.cos(ivy.multiply(n, 2 * math.pi * k / d)), (-1) ** k * a))
    return total


@register("hann_window", method=False)
def hann_window(window_length: int, periodic: bool = True, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.hann_window: ``0.5 - 0.5 cos(2 pi n / d)``."""
    return _window("hann_window", window_length, periodic, dtype, lambda n, d: _cosines(n, d, 0.5, 0.5))


@register("hamming_window", method=False)
def hamming_window(
    window_length: int,
    periodic: bool = True,
    alpha: float = 0.54,
    beta: float = 0.46,
    *,
    dtype: Any = None,
    **kw: Any,
) -> Tensor:
    """torch.hamming_window: ``alpha - beta cos(2 pi n / d)``."""
    return _window("hamming_window", window_length, periodic, dtype, lambda n, d: _cosines(n, d, alpha, beta))


@register("blackman_window", method=False)
def blackman_window(window_length: int, periodic: bool = True, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.blackman_window: ``0.42 - 0.5 cos(2 pi n / d) + 0.08 cos(4 pi n / d)``."""
    return _window("blackman_window", window_length, periodic, dtype, lambda n, d: _cosines(n, d, 0.42, 0.5, 0.08))


@register("bartlett_window", method=False)
def bartlett_window(window_length: int, periodic: bool = True, *, dtype: Any = None, **kw: Any) -> Tensor:
    """torch.bartlett_window: the triangle ``1 - |2 n / d - 1|``."""
    return _window(
        "bartlett_window",
        window_length,
        periodic,
        dtype,
        lambda n, d: ivy.subtract(1.0, ivy.abs(ivy.subtract(ivy.multiply(n, 2.0 / d), 1.0))),
    )


@register("kaiser_window", method=False)
def kaiser_window(
    window_length: int, periodic: bool = True, beta: float = 12.0, *, dtype: Any = None, **kw: Any
) -> Tensor:
    """torch.kaiser_window: ``I0(beta sqrt(1 - (2 n / d - 1)^2)) / I0(beta)``."""
    from ivy_frontends.torch.special import _i0

    def shape(n: Any, d: float) -> Any:
        inside = ivy.maximum(ivy.subtract(1.0, ivy.square(ivy.subtract(ivy.multiply(n, 2.0 / d), 1.0))), 0.0)
        scale = _i0(ivy.asarray(beta, dtype=ivy.float64))
        return ivy.divide(_i0(ivy.multiply(ivy.sqrt(inside), beta)), scale)

    return _window("kaiser_window", window_length, periodic, dtype, shape)
