"""The ``fft`` extension.

``paddle.fft`` follows NumPy's signatures. Paddle computes single precision
in single precision (as the standard asks); integer and half-float inputs are
not accepted by the standard's signatures and are computed in float64 /
float32 here.
"""

from __future__ import annotations

from typing import Any

import paddle
from paddle import _C_ops

from ivy.plugin import normalize_axes
from ivy_backend_paddle._common import C64, C128, COMPLEX, F32, F64, HALF, hookimpl, hooks

_fft = paddle.fft


def _real(x: Any) -> Any:
    dtype = x.dtype
    if dtype in (F32, F64):
        return x
    if dtype in COMPLEX:
        return x
    return _C_ops.cast(x, F32 if dtype in HALF else F64)


def _complex(x: Any) -> Any:
    dtype = x.dtype
    if dtype in COMPLEX:
        return x
    return _C_ops.cast(x, C64 if dtype in HALF or dtype == F32 else C128)


def _one(native: Any, prepare: Any) -> Any:
    def function(x: Any, n: Any, axis: Any, norm: Any) -> Any:
        return native(prepare(x), n=n, axis=axis, norm=norm)

    return function


def _many(native: Any, prepare: Any) -> Any:
    def function(x: Any, s: Any, axes: Any, norm: Any) -> Any:
        s = None if s is None else list(s)
        return native(prepare(x), s=s, axes=None if axes is None else list(axes), norm=norm)

    return function


globals().update(
    hooks(
        dict(
            fft_fft=_one(_fft.fft, _complex),
            fft_ifft=_one(_fft.ifft, _complex),
            fft_rfft=_one(_fft.rfft, _real),
            fft_irfft=_one(_fft.irfft, _complex),
            fft_hfft=_one(_fft.hfft, _complex),
            fft_ihfft=_one(_fft.ihfft, _real),
            fft_fftn=_many(_fft.fftn, _complex),
            fft_ifftn=_many(_fft.ifftn, _complex),
            fft_rfftn=_many(_fft.rfftn, _real),
            fft_irfftn=_many(_fft.irfftn, _complex),
        )
    )
)


@hookimpl
def fft_fftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    result = _fft.fftfreq(n, d, dtype=F64 if dtype is None or dtype in HALF else dtype)
    return _place(_cast(result, dtype), device)


@hookimpl
def fft_rfftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    result = _fft.rfftfreq(n, d, dtype=F64 if dtype is None or dtype in HALF else dtype)
    return _place(_cast(result, dtype), device)


def _cast(x: Any, dtype: Any) -> Any:
    return x if dtype is None or x.dtype == dtype else _C_ops.cast(x, dtype)


def _place(x: Any, device: Any) -> Any:
    from ivy_backend_paddle.protocol import move

    return move(x, device)


def _shift(x: Any, axes: Any, inverse: bool) -> Any:
    from ivy_backend_paddle.manipulation import roll

    if x.ndim == 0:
        return x.clone()
    if axes is None:
        axes = list(range(x.ndim))
    elif isinstance(axes, int):
        axes = [axes]
    axes = list(normalize_axes(axes, x.ndim))
    if not axes:
        return x.clone()
    shifts = [(-(x.shape[a] // 2) if inverse else x.shape[a] // 2) for a in axes]
    return roll(x, shifts, axes)


@hookimpl
def fft_fftshift(x: Any, axes: Any) -> Any:
    return _shift(x, axes, inverse=False)


@hookimpl
def fft_ifftshift(x: Any, axes: Any) -> Any:
    return _shift(x, axes, inverse=True)
