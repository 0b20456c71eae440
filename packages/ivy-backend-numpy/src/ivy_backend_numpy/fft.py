"""The ``fft`` extension."""

from __future__ import annotations

from typing import Any

import numpy as np

from ivy.plugin import hookimpl


def _transform(function: Any) -> Any:
    """Call ``function`` and keep the input's single precision, as the standard asks."""

    def call(x: Any, size: Any, axes: Any, norm: Any, *, many: bool) -> Any:
        if many:
            result = function(x, s=size, axes=axes, norm=norm)
        else:
            result = function(x, n=size, axis=axes, norm=norm)
        if x.dtype in (np.float32, np.complex64):
            result = result.astype(np.complex64 if result.dtype.kind == "c" else np.float32, copy=False)
        return result

    return call


_fft, _ifft, _fftn, _ifftn = (_transform(f) for f in (np.fft.fft, np.fft.ifft, np.fft.fftn, np.fft.ifftn))
_rfft, _irfft, _rfftn, _irfftn = (_transform(f) for f in (np.fft.rfft, np.fft.irfft, np.fft.rfftn, np.fft.irfftn))
_hfft, _ihfft = (_transform(f) for f in (np.fft.hfft, np.fft.ihfft))


@hookimpl
def fft_fft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft(x, n, axis, norm, many=False)


@hookimpl
def fft_ifft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _ifft(x, n, axis, norm, many=False)


@hookimpl
def fft_fftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fftn(x, s, axes, norm, many=True)


@hookimpl
def fft_ifftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _ifftn(x, s, axes, norm, many=True)


@hookimpl
def fft_rfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _rfft(x, n, axis, norm, many=False)


@hookimpl
def fft_irfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _irfft(x, n, axis, norm, many=False)


@hookimpl
def fft_rfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _rfftn(x, s, axes, norm, many=True)


@hookimpl
def fft_irfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _irfftn(x, s, axes, norm, many=True)


@hookimpl
def fft_hfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _hfft(x, n, axis, norm, many=False)


@hookimpl
def fft_ihfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _ihfft(x, n, axis, norm, many=False)


@hookimpl
def fft_fftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return np.fft.fftfreq(n, d).astype(dtype or np.float64, copy=False)


@hookimpl
def fft_rfftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return np.fft.rfftfreq(n, d).astype(dtype or np.float64, copy=False)


@hookimpl
def fft_fftshift(x: Any, axes: Any) -> Any:
    return np.fft.fftshift(x, axes=axes)


@hookimpl
def fft_ifftshift(x: Any, axes: Any) -> Any:
    return np.fft.ifftshift(x, axes=axes)
