"""The ``fft`` extension. ``jax.numpy.fft`` keeps single precision
(float32 in, complex64 out) as the standard asks."""

from __future__ import annotations

from typing import Any

import jax.numpy as jnp
import numpy as np

from ivy_backend_jax._common import DEFAULT_FLOAT, from_host, host_target, kernel, scoped

_fft = jnp.fft


@kernel("n", "axis", "norm")
def fft_fft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.fft(x, n=n, axis=axis, norm=norm)


@kernel("n", "axis", "norm")
def fft_ifft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.ifft(x, n=n, axis=axis, norm=norm)


@kernel("s", "axes", "norm")
def fft_fftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fft.fftn(x, s=s, axes=axes, norm=norm)


@kernel("s", "axes", "norm")
def fft_ifftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fft.ifftn(x, s=s, axes=axes, norm=norm)


@kernel("n", "axis", "norm")
def fft_rfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.rfft(x, n=n, axis=axis, norm=norm)


@kernel("n", "axis", "norm")
def fft_irfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.irfft(x, n=n, axis=axis, norm=norm)


@kernel("s", "axes", "norm")
def fft_rfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fft.rfftn(x, s=s, axes=axes, norm=norm)


@kernel("s", "axes", "norm")
def fft_irfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _fft.irfftn(x, s=s, axes=axes, norm=norm)


@kernel("n", "axis", "norm")
def fft_hfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.hfft(x, n=n, axis=axis, norm=norm)


@kernel("n", "axis", "norm")
def fft_ihfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _fft.ihfft(x, n=n, axis=axis, norm=norm)


@scoped
def fft_fftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or DEFAULT_FLOAT
    host, device = host_target(device)
    if host:
        return from_host(np.fft.fftfreq(n, d).astype(dtype), device)
    return _fft.fftfreq(n, d, dtype=dtype, device=device)


@scoped
def fft_rfftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    dtype = dtype or DEFAULT_FLOAT
    host, device = host_target(device)
    if host:
        return from_host(np.fft.rfftfreq(n, d).astype(dtype), device)
    return _fft.rfftfreq(n, d, dtype=dtype, device=device)


@kernel("axes", host=lambda x, axes: np.fft.fftshift(x, axes))
def fft_fftshift(x: Any, axes: Any) -> Any:
    return _fft.fftshift(x, axes=axes)


@kernel("axes", host=lambda x, axes: np.fft.ifftshift(x, axes))
def fft_ifftshift(x: Any, axes: Any) -> Any:
    return _fft.ifftshift(x, axes=axes)
