"""The ``fft`` extension."""

from __future__ import annotations

from typing import Any

import torch

from ivy.plugin import hookimpl

_fft = torch.fft


def _one(native: Any) -> Any:
    def run(x: Any, n: Any, axis: Any, norm: Any) -> Any:
        return native(x, n=n, dim=axis, norm=norm).resolve_conj()  # torch may return lazily conjugated views

    return run


def _many(native: Any) -> Any:
    def run(x: Any, s: Any, axes: Any, norm: Any) -> Any:
        axes = None if axes is None else tuple(axes)
        return native(x, s=None if s is None else tuple(s), dim=axes, norm=norm).resolve_conj()

    return run


_f, _if, _rf, _irf, _hf, _ihf = (_one(f) for f in (_fft.fft, _fft.ifft, _fft.rfft, _fft.irfft, _fft.hfft, _fft.ihfft))
_fn, _ifn, _rfn, _irfn = (_many(f) for f in (_fft.fftn, _fft.ifftn, _fft.rfftn, _fft.irfftn))


@hookimpl
def fft_fft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _f(x, n, axis, norm)


@hookimpl
def fft_ifft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _if(x, n, axis, norm)


@hookimpl
def fft_fftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fn(x, s, axes, norm)


@hookimpl
def fft_ifftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _ifn(x, s, axes, norm)


@hookimpl
def fft_rfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _rf(x, n, axis, norm)


@hookimpl
def fft_irfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _irf(x, n, axis, norm)


@hookimpl
def fft_rfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _rfn(x, s, axes, norm)


@hookimpl
def fft_irfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _irfn(x, s, axes, norm)


@hookimpl
def fft_hfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _hf(x, n, axis, norm)


@hookimpl
def fft_ihfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _ihf(x, n, axis, norm)


@hookimpl
def fft_fftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return _fft.fftfreq(n, d, dtype=dtype or torch.float64, device=device)


@hookimpl
def fft_rfftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return _fft.rfftfreq(n, d, dtype=dtype or torch.float64, device=device)


@hookimpl
def fft_fftshift(x: Any, axes: Any) -> Any:
    if axes is not None and not isinstance(axes, int) and len(axes) == 0:
        return x.clone()
    return _fft.fftshift(x, dim=axes if axes is None or isinstance(axes, int) else tuple(axes))


@hookimpl
def fft_ifftshift(x: Any, axes: Any) -> Any:
    if axes is not None and not isinstance(axes, int) and len(axes) == 0:
        return x.clone()
    return _fft.ifftshift(x, dim=axes if axes is None or isinstance(axes, int) else tuple(axes))
