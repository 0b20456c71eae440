"""The ``fft`` extension.

``tf.signal`` transforms the innermost axis only and scales only its inverse
transforms (the standard's ``"backward"`` norm); other axes are moved
innermost, lengths are padded or cropped as the standard says, and the other
norms are applied as a scale factor. N-dimensional transforms are sequences
of one-dimensional ones (the transform is separable). Precision is kept:
float32/complex64 in, complex64/float32 out.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import tensorflow as tf

from ivy.plugin import hookimpl, normalize_axes
from ivy_backend_tensorflow._common import COMPLEX64, COMPLEX128, DEFAULT_FLOAT, FLOAT32, FLOAT64, as_tensor
from ivy_backend_tensorflow.protocol import on_device

_s = tf.signal


def _innermost(function: Any, x: tf.Tensor, axis: int) -> tf.Tensor:
    """``function`` applied with ``axis`` moved innermost, then moved back."""
    last = x.shape.rank - 1
    if axis == last:
        return function(x)
    perm = list(range(x.shape.rank))
    perm[axis], perm[last] = last, axis
    return tf.transpose(function(tf.transpose(x, perm)), perm)


def _fit(x: tf.Tensor, n: int) -> tf.Tensor:
    """The innermost axis cropped or zero-padded to length ``n``."""
    size = x.shape[-1]
    if n == size:
        return x
    if n < size:
        return x[..., :n]
    padding = [[0, 0]] * (x.shape.rank - 1) + [[0, n - size]]
    return tf.pad(x, padding)


def _scale(result: tf.Tensor, n: int, norm: str, inverse: bool) -> tf.Tensor:
    """Apply ``norm`` to a result that tf.signal scaled by 1/n (inverse) or not at all."""
    if norm == "backward":
        return result
    if norm == "ortho":
        factor = math.sqrt(n) if inverse else 1 / math.sqrt(n)
    elif norm == "forward":
        factor = n if inverse else 1 / n
    else:
        raise ValueError(f"norm must be 'backward', 'ortho' or 'forward', got {norm!r}")
    return result * tf.constant(factor, result.dtype)


def _complex_input(x: tf.Tensor) -> tf.Tensor:
    if x.dtype in (COMPLEX64, COMPLEX128):
        return x
    if x.dtype is FLOAT32:
        return tf.cast(x, COMPLEX64)
    if x.dtype is FLOAT64:
        return tf.cast(x, COMPLEX128)
    raise TypeError(f"fft: expected a floating-point array, got {x.dtype.name}")


def _real_input(x: tf.Tensor) -> tf.Tensor:
    if x.dtype in (FLOAT32, FLOAT64):
        return x
    raise TypeError(f"fft: expected a real floating-point array, got {x.dtype.name}")


def _c2c(x: tf.Tensor, n: Any, axis: int, norm: str, inverse: bool) -> tf.Tensor:
    x = _complex_input(x)
    axis = normalize_axes(axis, x.shape.rank)[0]
    n = x.shape[axis] if n is None else int(n)
    if n < 1:
        raise ValueError(f"fft: invalid number of points {n}")
    kernel = _s.ifft if inverse else _s.fft
    return _scale(_innermost(lambda t: kernel(_fit(t, n)), x, axis), n, norm, inverse)


def _r2c(x: tf.Tensor, n: Any, axis: int, norm: str) -> tf.Tensor:
    x = _real_input(x)
    axis = normalize_axes(axis, x.shape.rank)[0]
    n = x.shape[axis] if n is None else int(n)
    if n < 1:
        raise ValueError(f"rfft: invalid number of points {n}")
    complex_dtype = COMPLEX64 if x.dtype is FLOAT32 else COMPLEX128
    result = _innermost(lambda t: _s.rfft(_fit(t, n), fft_length=[n]), x, axis)
    return _scale(tf.cast(result, complex_dtype), n, norm, False)


def _c2r(x: tf.Tensor, n: Any, axis: int, norm: str) -> tf.Tensor:
    x = _complex_input(x)
    axis = normalize_axes(axis, x.shape.rank)[0]
    n = 2 * (x.shape[axis] - 1) if n is None else int(n)
    if n < 1:
        raise ValueError(f"irfft: invalid number of points {n}")
    real_dtype = FLOAT32 if x.dtype is COMPLEX64 else FLOAT64
    result = _innermost(lambda t: _s.irfft(_fit(t, n // 2 + 1), fft_length=[n]), x, axis)
    return _scale(tf.cast(result, real_dtype), n, norm, True)


@hookimpl
def fft_fft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _c2c(as_tensor(x), n, axis, norm, False)


@hookimpl
def fft_ifft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _c2c(as_tensor(x), n, axis, norm, True)


@hookimpl
def fft_rfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _r2c(as_tensor(x), n, axis, norm)


@hookimpl
def fft_irfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    return _c2r(as_tensor(x), n, axis, norm)


_SWAP = {"backward": "forward", "forward": "backward", "ortho": "ortho"}


@hookimpl
def fft_hfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    if norm not in _SWAP:
        raise ValueError(f"norm must be 'backward', 'ortho' or 'forward', got {norm!r}")
    x = _complex_input(as_tensor(x))
    return _c2r(tf.math.conj(x), n, axis, _SWAP[norm])


@hookimpl
def fft_ihfft(x: Any, n: Any, axis: Any, norm: Any) -> Any:
    if norm not in _SWAP:
        raise ValueError(f"norm must be 'backward', 'ortho' or 'forward', got {norm!r}")
    return tf.math.conj(_r2c(as_tensor(x), n, axis, _SWAP[norm]))


def _plan(x: tf.Tensor, s: Any, axes: Any, last_default: Any = None) -> tuple[list[int], list[int]]:
    """The axes and lengths of an n-dimensional transform."""
    ndim = x.shape.rank
    if axes is None:
        axes = list(range(ndim)) if s is None else list(range(ndim - len(s), ndim))
    else:
        axes = list(axes)
    axes = [normalize_axes(a, ndim)[0] for a in axes]
    if s is None:
        sizes = [x.shape[a] for a in axes]
        if last_default is not None and axes:
            sizes[-1] = last_default(x.shape[axes[-1]])
    else:
        sizes = [int(v) for v in s]
        if len(sizes) != len(axes):
            raise ValueError("fftn: s and axes must have the same length")
        sizes = [x.shape[a] if v == -1 else v for v, a in zip(sizes, axes, strict=False)]
    return axes, sizes


def _c2c_n(x: tf.Tensor, s: Any, axes: Any, norm: str, inverse: bool) -> tf.Tensor:
    x = _complex_input(as_tensor(x))
    axes, sizes = _plan(x, s, axes)
    for axis, n in zip(axes, sizes, strict=False):
        x = _c2c(x, n, axis, norm, inverse)
    return x


@hookimpl
def fft_fftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _c2c_n(x, s, axes, norm, False)


@hookimpl
def fft_ifftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    return _c2c_n(x, s, axes, norm, True)


@hookimpl
def fft_rfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    x = _real_input(as_tensor(x))
    axes, sizes = _plan(x, s, axes)
    if not axes:
        return _complex_input(x)
    result = _r2c(x, sizes[-1], axes[-1], norm)
    for axis, n in zip(axes[:-1], sizes[:-1], strict=False):
        result = _c2c(result, n, axis, norm, False)
    return result


@hookimpl
def fft_irfftn(x: Any, s: Any, axes: Any, norm: Any) -> Any:
    x = _complex_input(as_tensor(x))
    axes, sizes = _plan(x, s, axes, last_default=lambda m: 2 * (m - 1))
    if not axes:
        return tf.math.real(x)
    for axis, n in zip(axes[:-1], sizes[:-1], strict=False):
        x = _c2c(x, n, axis, norm, True)
    return _c2r(x, sizes[-1], axes[-1], norm)


def _frequencies(values: np.ndarray, dtype: Any, device: Any) -> tf.Tensor:
    dtype = dtype or DEFAULT_FLOAT
    return on_device(device, lambda: tf.cast(tf.constant(values), dtype))


@hookimpl
def fft_fftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return _frequencies(np.fft.fftfreq(n, d), dtype, device)


@hookimpl
def fft_rfftfreq(n: Any, d: Any, dtype: Any, device: Any) -> Any:
    return _frequencies(np.fft.rfftfreq(n, d), dtype, device)


def _shift(x: Any, axes: Any, inverse: bool) -> tf.Tensor:
    x = as_tensor(x)
    if axes is None:
        axes = list(range(x.shape.rank))
    axes = normalize_axes(axes, x.shape.rank)
    if not axes or x.shape.rank == 0:
        return x
    shifts = [(-(x.shape[a] // 2) if inverse else x.shape[a] // 2) for a in axes]
    return tf.roll(x, shifts, axes)


@hookimpl
def fft_fftshift(x: Any, axes: Any) -> Any:
    return _shift(x, axes, False)


@hookimpl
def fft_ifftshift(x: Any, axes: Any) -> Any:
    return _shift(x, axes, True)
