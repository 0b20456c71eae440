"""``paddle.fft`` on ``ivy.fft`` (real inputs computed in complex64 unless float64)."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.paddle._tensor import Tensor, as_ivy, wrap


def _in(x: Any) -> Any:
    a = as_ivy(x)
    return a if a.dtype.kind in "fc" else ivy.astype(a, ivy.float32)


def _one(f: Any, name: str) -> Any:
    def op(x: Any, n: int | None = None, axis: int = -1, norm: str = "backward", name: str | None = None) -> Tensor:
        return wrap(f(_in(x), n=n, axis=axis, norm=norm))

    return named(op, name, f"paddle.fft.{name}.")


def _many(f: Any, name: str, default_axes: Any) -> Any:
    def op(x: Any, s: Any = None, axes: Any = default_axes, norm: str = "backward", name: str | None = None) -> Tensor:
        ax = None if axes is None else tuple(axes)
        return wrap(f(_in(x), s=None if s is None else tuple(s), axes=ax, norm=norm))

    return named(op, name, f"paddle.fft.{name}.")


fft = _one(ivy.fft.fft, "fft")
ifft = _one(ivy.fft.ifft, "ifft")
rfft = _one(ivy.fft.rfft, "rfft")
irfft = _one(ivy.fft.irfft, "irfft")
hfft = _one(ivy.fft.hfft, "hfft")
ihfft = _one(ivy.fft.ihfft, "ihfft")
fftn = _many(ivy.fft.fftn, "fftn", None)
ifftn = _many(ivy.fft.ifftn, "ifftn", None)
rfftn = _many(ivy.fft.rfftn, "rfftn", None)
irfftn = _many(ivy.fft.irfftn, "irfftn", None)
fft2 = _many(ivy.fft.fftn, "fft2", (-2, -1))
ifft2 = _many(ivy.fft.ifftn, "ifft2", (-2, -1))
rfft2 = _many(ivy.fft.rfftn, "rfft2", (-2, -1))
irfft2 = _many(ivy.fft.irfftn, "irfft2", (-2, -1))


def fftfreq(n: int, d: float = 1.0, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.fftfreq."""
    return wrap(ivy.astype(ivy.fft.fftfreq(n, d=d), ivy.float32))


def rfftfreq(n: int, d: float = 1.0, dtype: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.rfftfreq."""
    return wrap(ivy.astype(ivy.fft.rfftfreq(n, d=d), ivy.float32))


def fftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.fftshift."""
    return wrap(
        ivy.fft.fftshift(as_ivy(x), axes=None if axes is None else tuple(axes) if isinstance(axes, list) else axes)
    )


def ifftshift(x: Any, axes: Any = None, name: str | None = None) -> Tensor:
    """paddle.fft.ifftshift."""
    return wrap(
        ivy.fft.ifftshift(as_ivy(x), axes=None if axes is None else tuple(axes) if isinstance(axes, list) else axes)
    )
