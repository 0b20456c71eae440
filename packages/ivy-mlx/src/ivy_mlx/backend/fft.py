"""Discrete Fourier transforms on ``mlx.core.fft`` (single precision: MLX has no complex128,
so a float64 input raises instead of being computed in single precision)."""

from __future__ import annotations

import math
from typing import Any

import mlx.core as mx
import numpy as np

from ivy.plugin import hookimpl

_CPU = mx.cpu


def _single(x: Any, hook: str) -> Any:
    if x.dtype == mx.float64:
        raise TypeError(f"{hook}: the mlx backend has no complex128, the result dtype of a float64 transform")
    return x


def _scale(result: Any, sizes: Any, norm: Any, inverse: bool) -> Any:
    """MLX normalises like ``norm="backward"``; rescale for the others."""
    count = math.prod(sizes)
    if norm == "ortho":
        factor = math.sqrt(count) if inverse else 1 / math.sqrt(count)
    elif norm == "forward":
        factor = count if inverse else 1 / count
    else:
        return result
    return result * factor


def _one(native: Any, inverse: bool, output_size: bool = False) -> Any:
    def function(x: Any, n: Any, axis: Any, norm: Any) -> Any:
        x = _single(x, native.__name__)
        result = native(x, n=n, axis=axis, stream=_CPU)
        size = result.shape[axis] if output_size else (n if n is not None else x.shape[axis])
        return _scale(result, (size,), norm, inverse)

    return function


def _many(native: Any, inverse: bool, output_size: bool = False) -> Any:
    def function(x: Any, s: Any, axes: Any, norm: Any) -> Any:
        x = _single(x, native.__name__)
        axes = list(range(-len(s), 0)) if axes is None and s is not None else axes  # MLX wants both
        result = native(x, s=s, axes=axes, stream=_CPU)
        axes = list(range(x.ndim)) if axes is None else axes
        sizes = (
            [result.shape[a] for a in axes] if output_size else [s[i] if s else x.shape[a] for i, a in enumerate(axes)]
        )
        return _scale(result, sizes, norm, inverse)

    return function


fft_fft = hookimpl(_one(mx.fft.fft, False))
fft_ifft = hookimpl(_one(mx.fft.ifft, True))
fft_rfft = hookimpl(_one(mx.fft.rfft, False))
fft_irfft = hookimpl(_one(mx.fft.irfft, True, output_size=True))
fft_fftn = hookimpl(_many(mx.fft.fftn, False))
fft_ifftn = hookimpl(_many(mx.fft.ifftn, True))
fft_rfftn = hookimpl(_many(mx.fft.rfftn, False))
fft_irfftn = hookimpl(_many(mx.fft.irfftn, True, output_size=True))


#: Hermitian transforms are real ones with the normalisation's direction swapped
_SWAPPED = {"backward": "forward", "forward": "backward", "ortho": "ortho"}


@hookimpl
def fft_hfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return fft_irfft(mx.conjugate(x), n, axis, _SWAPPED[norm])


@hookimpl
def fft_ihfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return mx.conjugate(fft_rfft(x, n, axis, _SWAPPED[norm]))


@hookimpl
def fft_fftshift(x: Any, axes: Any) -> Any:
    return mx.fft.fftshift(x, axes=[axes] if isinstance(axes, int) else axes)


@hookimpl
def fft_ifftshift(x: Any, axes: Any) -> Any:
    return mx.fft.ifftshift(x, axes=[axes] if isinstance(axes, int) else axes)


def _frequencies(numpy_function: Any) -> Any:
    def function(n: Any, d: Any, dtype: Any, device: Any) -> Any:
        values = numpy_function(n, d=d)
        dtype = dtype if dtype is not None else mx.float64
        return mx.array(values, dtype=mx.float64).astype(dtype)

    return function


fft_fftfreq = hookimpl(_frequencies(np.fft.fftfreq))
fft_rfftfreq = hookimpl(_frequencies(np.fft.rfftfreq))
