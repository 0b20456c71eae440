"""``numpy.fft`` on ivy: one ivy call per transform; 2-d variants are the n-d ones on the last two axes."""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.numpy._helpers import arr
from ivy_frontends.numpy._ndarray import ndarray

__all__ = [
    "fft",
    "ifft",
    "rfft",
    "irfft",
    "hfft",
    "ihfft",
    "fftn",
    "ifftn",
    "rfftn",
    "irfftn",
    "fft2",
    "ifft2",
    "rfft2",
    "irfft2",
    "fftfreq",
    "rfftfreq",
    "fftshift",
    "ifftshift",
]


def _norm(norm: str | None) -> str:
    if norm not in (None, "backward", "ortho", "forward"):
        raise ValueError(
            f"numpy.fft: argument 'norm': invalid norm value {norm!r}; should be 'backward', 'ortho' or 'forward'"
        )
    return norm or "backward"


def _input(a: Any, name: str, real: bool = False) -> ivy.Array:
    x = arr(a, f"numpy.fft.{name}")
    if real and x.dtype.kind == "c":
        raise TypeError(f"numpy.fft.{name}: argument 'a' must be real, got {x.dtype.name}")
    if x.dtype.kind in "fc" and x.dtype is not ivy.float16:
        return (
            x
            if x.dtype.kind == "c" or real
            else ivy.astype(x, ivy.complex64 if x.dtype is ivy.float32 else ivy.complex128)
        )
    return ivy.astype(x, ivy.float64 if real else ivy.complex128)


def _one(name: str, fn: Any, real: bool = False) -> Any:
    def transform(a: Any, n: int | None = None, axis: int = -1, norm: str | None = None, out: Any = None) -> ndarray:
        return ndarray(fn(_input(a, name, real), n=n, axis=axis, norm=_norm(norm)))

    transform.__name__ = name
    transform.__doc__ = f"NumPy's ``fft.{name}`` over one axis."
    return transform


def _many(name: str, fn: Any, real: bool = False, default_axes: Any = None) -> Any:
    def transform(a: Any, s: Any = None, axes: Any = default_axes, norm: str | None = None, out: Any = None) -> ndarray:
        x = _input(a, name, real)
        ax = axes
        if ax is None and s is not None:
            ax = tuple(range(-len(s), 0))
        if ax is not None:
            ax = tuple(i % x.ndim for i in ax)
        return ndarray(fn(x, s=None if s is None else tuple(s), axes=ax, norm=_norm(norm)))

    transform.__name__ = name
    transform.__doc__ = f"NumPy's ``fft.{name}`` over several axes."
    return transform


fft = _one("fft", ivy.fft.fft)
ifft = _one("ifft", ivy.fft.ifft)
rfft = _one("rfft", ivy.fft.rfft, real=True)
irfft = _one("irfft", ivy.fft.irfft)
hfft = _one("hfft", ivy.fft.hfft)
ihfft = _one("ihfft", ivy.fft.ihfft, real=True)
fftn = _many("fftn", ivy.fft.fftn)
ifftn = _many("ifftn", ivy.fft.ifftn)
rfftn = _many("rfftn", ivy.fft.rfftn, real=True)
irfftn = _many("irfftn", ivy.fft.irfftn)
fft2 = _many("fft2", ivy.fft.fftn, default_axes=(-2, -1))
ifft2 = _many("ifft2", ivy.fft.ifftn, default_axes=(-2, -1))
rfft2 = _many("rfft2", ivy.fft.rfftn, real=True, default_axes=(-2, -1))
irfft2 = _many("irfft2", ivy.fft.irfftn, default_axes=(-2, -1))


def fftfreq(n: int, d: float = 1.0, device: Any = None) -> ndarray:
    """Sample frequencies of an ``n``-point FFT."""
    return ndarray(ivy.fft.fftfreq(n, d=d, dtype=ivy.float64))


def rfftfreq(n: int, d: float = 1.0, device: Any = None) -> ndarray:
    """Sample frequencies of an ``n``-point real FFT."""
    return ndarray(ivy.fft.rfftfreq(n, d=d, dtype=ivy.float64))


def fftshift(x: Any, axes: Any = None) -> ndarray:
    """Zero frequency moved to the centre."""
    return ndarray(ivy.fft.fftshift(arr(x, "numpy.fft.fftshift", "x"), axes=axes))


def ifftshift(x: Any, axes: Any = None) -> ndarray:
    """Inverse of ``fftshift``."""
    return ndarray(ivy.fft.ifftshift(arr(x, "numpy.fft.ifftshift", "x"), axes=axes))
