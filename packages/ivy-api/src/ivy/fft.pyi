# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.
"""``ivy.fft``."""


import builtins
from collections.abc import Sequence
from ivy import ArrayIn
from ivy._array import Array
from ivy._devices import Device
from ivy._dtypes import DType
from typing import Literal


def fft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """One-dimensional discrete Fourier transform."""
    ...


def ifft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """One-dimensional inverse discrete Fourier transform."""
    ...


def fftn(x: ArrayIn, /, *, s: Sequence[int] | None = ..., axes: Sequence[int] | None = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """N-dimensional discrete Fourier transform."""
    ...


def ifftn(x: ArrayIn, /, *, s: Sequence[int] | None = ..., axes: Sequence[int] | None = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """N-dimensional inverse discrete Fourier transform."""
    ...


def rfft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """One-dimensional discrete Fourier transform of real input."""
    ...


def irfft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """Inverse of ``rfft``: real output from a Hermitian half-spectrum."""
    ...


def rfftn(x: ArrayIn, /, *, s: Sequence[int] | None = ..., axes: Sequence[int] | None = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """N-dimensional discrete Fourier transform of real input."""
    ...


def irfftn(x: ArrayIn, /, *, s: Sequence[int] | None = ..., axes: Sequence[int] | None = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """Inverse of ``rfftn``."""
    ...


def hfft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """Discrete Fourier transform of a Hermitian-symmetric signal (real output)."""
    ...


def ihfft(x: ArrayIn, /, *, n: int | None = ..., axis: int = ..., norm: Literal['backward', 'ortho', 'forward'] = ...) -> Array:
    """Inverse of ``hfft``."""
    ...


def fftfreq(n: int, /, *, d: float = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Sample frequencies of a length-``n`` discrete Fourier transform."""
    ...


def rfftfreq(n: int, /, *, d: float = ..., dtype: DType | None = ..., device: Device | None = ...) -> Array:
    """Non-negative sample frequencies of a length-``n`` real transform."""
    ...


def fftshift(x: ArrayIn, /, *, axes: int | Sequence[int] | None = ...) -> Array:
    """Spectrum with the zero-frequency term moved to the centre."""
    ...


def ifftshift(x: ArrayIn, /, *, axes: int | Sequence[int] | None = ...) -> Array:
    """Inverse of ``fftshift``."""
    ...


def stft(x: ArrayIn, /, n_fft: int, *, hop_length: int | None = ..., win_length: int | None = ..., window: ArrayIn | None = ..., center: builtins.bool = ..., pad_mode: Literal['constant', 'reflect', 'replicate', 'circular'] = ..., normalized: builtins.bool = ..., onesided: builtins.bool | None = ...) -> Array:
    """The complex STFT of a signal ``(L,)`` or batch ``(B, L)``: ``(B?, freqs, frames)``."""
    ...


def istft(x: ArrayIn, /, n_fft: int, *, hop_length: int | None = ..., win_length: int | None = ..., window: ArrayIn | None = ..., center: builtins.bool = ..., normalized: builtins.bool = ..., onesided: builtins.bool | None = ..., length: int | None = ...) -> Array:
    """The signal whose ``stft`` is ``x`` (``(B?, freqs, frames)``), by windowed"""
    ...
