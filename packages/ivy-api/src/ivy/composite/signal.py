"""``ivy.fft.stft`` / ``istft`` as composites: frames gathered with ``take``, transformed
with ``rfft``/``fft``; the inverse overlap-adds in ``ceil(n_fft / hop)`` shifted sums (not
one per frame), then divides by the overlap-added squared window, as torch does."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy.composite import composite

_PAD_MODES = ("constant", "reflect", "replicate", "circular")


def _positive(value: Any, name: str, where: str, upper: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or (upper is not None and value > upper):
        bound = f" and at most {upper}" if upper is not None else ""
        raise ivy.IvyValueError(f"{where}: argument '{name}' must be a positive int{bound}, got {value!r}")
    return value


def _setup(where: str, x: Any, n_fft: Any, hop_length: Any, win_length: Any, window: Any) -> tuple[int, int, Any]:
    """The checked ``n_fft``, ``hop`` and the window zero-padded to ``n_fft`` points."""
    n_fft = _positive(n_fft, "n_fft", where)
    hop = _positive(n_fft // 4 if hop_length is None else hop_length, "hop_length", where)
    win_length = _positive(n_fft if win_length is None else win_length, "win_length", where, n_fft)
    if window is None:
        window = ivy.ones((win_length,), dtype=ivy.real(x).dtype, device=x.device)
    elif not isinstance(window, ivy.Array) or window.shape != (win_length,):
        got = getattr(window, "shape", type(window).__name__)
        raise ivy.IvyValueError(f"{where}: argument 'window' must be a 1-d array of {win_length} points, got {got}")
    left = (n_fft - win_length) // 2
    return n_fft, hop, ivy.pad(window, ((left, n_fft - win_length - left),))


def _batched(x: Any, where: str, ndims: tuple[int, ...]) -> tuple[Any, bool]:
    if not isinstance(x, ivy.Array) or x.ndim not in ndims:
        raise ivy.IvyValueError(f"{where}: argument 'x' must be an array of {' or '.join(map(str, ndims))} dimensions")
    return (x, True) if x.ndim == ndims[-1] else (x[None], False)


@composite
def fft_stft(x, n_fft, hop_length, win_length, window, center, pad_mode, normalized, onesided):
    where = "ivy.fft.stft"
    x, batched = _batched(x, where, (1, 2))
    n_fft, hop, window = _setup(where, x, n_fft, hop_length, win_length, window)
    if pad_mode not in _PAD_MODES:
        raise ivy.IvyValueError(f"{where}: argument 'pad_mode' must be one of {_PAD_MODES}, got {pad_mode!r}")
    if center:
        mode = "wrap" if pad_mode == "circular" else pad_mode
        x = ivy.pad(x, ((0, 0), (n_fft // 2, n_fft // 2)), mode=mode)
    if x.shape[-1] < n_fft:
        raise ivy.IvyValueError(f"{where}: the (padded) signal has {x.shape[-1]} points, fewer than n_fft={n_fft}")
    count = 1 + (x.shape[-1] - n_fft) // hop
    starts = ivy.arange(count, device=x.device)[:, None] * hop
    indices = ivy.reshape(starts + ivy.arange(n_fft, device=x.device), (-1,))
    frames = ivy.reshape(ivy.take(x, indices, axis=-1), (x.shape[0], count, n_fft)) * window
    real = not ivy.isdtype(frames.dtype, "complex floating")
    onesided = real if onesided is None else onesided
    if onesided and not real:
        raise ivy.IvyValueError(f"{where}: onesided=True needs a real signal and window")
    norm = "ortho" if normalized else "backward"
    if onesided:
        spectra = ivy.fft.rfft(frames, axis=-1, norm=norm)
    else:
        complex_dtype = ivy.complex128 if frames.dtype in (ivy.float64, ivy.complex128) else ivy.complex64
        spectra = ivy.fft.fft(ivy.astype(frames, complex_dtype), axis=-1, norm=norm)
    spectra = ivy.matrix_transpose(spectra)
    return spectra if batched else spectra[0]


def _overlap_add(frames: Any, n_fft: int, hop: int) -> Any:
    """``sum_i frames[..., i, :]`` placed at ``i * hop``: ``(..., hop * (count - 1) + n_fft)``."""
    batch, count = frames.shape[:-2], frames.shape[-2]
    parts = math.ceil(n_fft / hop)
    frames = ivy.pad(frames, [(0, 0)] * (frames.ndim - 1) + [(0, parts * hop - n_fft)])
    segments = ivy.reshape(frames, (*batch, count, parts, hop))
    total = None
    for j in range(parts):  # segment j of frame i lands in block i + j
        rows = [(0, 0)] * len(batch) + [(j, parts - 1 - j), (0, 0)]
        shifted = ivy.pad(segments[..., j, :], rows)
        total = shifted if total is None else total + shifted
    flat = ivy.reshape(total, (*batch, (count + parts - 1) * hop))
    return flat[..., : hop * (count - 1) + n_fft]


@composite
def fft_istft(x, n_fft, hop_length, win_length, window, center, normalized, onesided, length):
    where = "ivy.fft.istft"
    x, batched = _batched(x, where, (2, 3))
    if not ivy.isdtype(x.dtype, "complex floating"):
        raise ivy.IvyTypeError(f"{where}: argument 'x' must be complex, got {x.dtype}")
    n_fft, hop, window = _setup(where, x, n_fft, hop_length, win_length, window)
    onesided = x.shape[-2] != n_fft if onesided is None else onesided
    expected = n_fft // 2 + 1 if onesided else n_fft
    if x.shape[-2] != expected:
        raise ivy.IvyValueError(f"{where}: argument 'x' must have {expected} frequencies, got {x.shape[-2]}")
    norm = "ortho" if normalized else "backward"
    # a real signal: a full spectrum is taken as Hermitian, its upper half ignored (as torch)
    spectra = ivy.matrix_transpose(x)[..., : n_fft // 2 + 1]
    frames = ivy.fft.irfft(spectra, n=n_fft, axis=-1, norm=norm)
    window = ivy.astype(window, frames.dtype)
    signal = _overlap_add(frames * window, n_fft, hop)
    envelope = _overlap_add(ivy.broadcast_to(window * window, (x.shape[-1], n_fft)), n_fft, hop)
    start = n_fft // 2 if center else 0
    end = envelope.shape[-1] - (n_fft // 2 if center else 0)
    if length is not None:
        end = min(start + _positive(length, "length", where), envelope.shape[-1]) if length else start
    envelope = envelope[start:end]
    if bool(ivy.any(ivy.abs(envelope) < 1e-11)):
        raise ivy.IvyValueError(f"{where}: the window's overlap-added square is zero somewhere (NOLA fails)")
    signal = signal[..., start:end] / envelope
    if length is not None and signal.shape[-1] < length:
        signal = ivy.pad(signal, [(0, 0)] * (signal.ndim - 1) + [(0, length - signal.shape[-1])])
    return signal if batched else signal[0]
